// Conditional branches and their negations: the branch taken exactly when another is not, for code that
// turns a branch round (the C compiler's peephole pass, the compiled tier's loop analysis).

/** The branch taken exactly when `mnemonic` is not (`vp-blt-cr` -> `vp-bge-cr`), or undefined. */
export function invertedBranch(mnemonic: string): string | undefined {
  const integer = /^vp-b([a-z]{2})-(cr|rr)$/.exec(mnemonic);
  if (integer !== null) {
    const condition = inverse[integer[1]!];
    return condition === undefined ? undefined : `vp-b${condition}-${integer[2]!}`;
  }
  // Of the floating branches only == and != are each other's negation (NaN makes the others differ).
  if (mnemonic === 'vp-fbeq-rr') return 'vp-fbne-rr';
  if (mnemonic === 'vp-fbne-rr') return 'vp-fbeq-rr';
  return undefined;
}

const inverse: Readonly<Record<string, string>> = {
  eq: 'ne',
  ne: 'eq',
  lt: 'ge',
  ge: 'lt',
  le: 'gt',
  gt: 'le',
  lo: 'hs',
  hs: 'lo',
  ls: 'hi',
  hi: 'ls',
};
