// Which registers hold a known constant where, so that the emitter can give V8 the constant itself instead of
// a local (a division by a constant becomes a multiplication, and its trap checks disappear). Compilers hoist
// a constant out of a loop into a register (`vp-cpy-cr 2 r4` before the loop, `vp-div-rr r4 r8` in it), so
// the analysis follows constants across blocks: a forward must-analysis over each function's static edges.
// Compiled code can also be entered at a block from the interpreter; the entry dispatch checks that the
// registers hold the constants the block's code assumes (the emitter's `guardEntries`), and leaves to
// the interpreter when they do not.

import type { DecodedText } from '../vm/index.js';
import { instructionAt, predecessorsOf, type JitFunction } from './discover.js';
import { writtenRegisters } from './registers.js';

/** Per register, its value when known, else undefined. */
export type Known = readonly (bigint | undefined)[];

/** Nothing known. */
export const nothingKnown: Known = new Array<undefined>(16).fill(undefined);

/** What is known after the instruction at `ip`, given what is known before it. */
export function knownAfter(text: DecodedText, ip: number, known: Known): Known {
  const info = ip < text.words ? instructionAt(text, ip) : undefined;
  if (info === undefined) return nothingKnown;
  // Register fields: a (bits 8-11) is `vp-cpy-cr`'s rd and `vp-cpy-rr`'s rs; b (bits 12-15) is `vp-cpy-rr`'s rd.
  const word = text.code[ip]!;
  const a = (word >>> 8) & 15;
  if (info.mnemonic === 'vp-cpy-cr') return withValue(known, a, text.constants[ip]!);
  if (info.mnemonic === 'vp-cpy-rr') return withValue(known, (word >>> 12) & 15, known[a]);
  const written = writtenRegisters(text, ip);
  if (written === 0 || !known.some((value, r) => value !== undefined && (written & (1 << r)) !== 0))
    return known;
  return known.map((value, r) => ((written & (1 << r)) !== 0 ? undefined : value));
}

function withValue(known: Known, r: number, value: bigint | undefined): Known {
  if (known[r] === value) return known;
  const next = known.slice();
  next[r] = value;
  return next;
}

/** The registers both agree on. */
function meet(x: Known, y: Known): Known {
  if (x === y) return x;
  return x.map((value, r) => (value !== undefined && value === y[r] ? value : undefined));
}

function same(x: Known, y: Known): boolean {
  return x.every((value, r) => value === y[r]);
}

/**
 * What is known at the start of each block (by block number): what every static predecessor agrees on at its
 * end. `written(b)` gives the registers a block's last instruction may change on its way out beyond what
 * `knownAfter` sees (a call's callee). Block 0, and blocks no static edge reaches, start knowing nothing.
 */
export function knownAtStart(
  text: DecodedText,
  fn: JitFunction,
  written: (block: number) => number,
): Known[] {
  const n = fn.blocks.length;
  const predecessors = predecessorsOf(fn);
  // undefined: not reached yet (the top of the lattice).
  const atEnd: (Known | undefined)[] = new Array<Known | undefined>(n).fill(undefined);
  const atStart: Known[] = new Array<Known>(n).fill(nothingKnown);
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 0; k < n; k++) {
      let known: Known | undefined = k === 0 ? nothingKnown : undefined;
      if (k !== 0)
        for (const p of predecessors[k]!)
          if (atEnd[p] !== undefined) known = known === undefined ? atEnd[p] : meet(known, atEnd[p]!);
      known ??= nothingKnown;
      atStart[k] = known;
      for (const ip of fn.blocks[k]!.instructions) known = knownAfter(text, ip, known);
      const out = written(k);
      if (out !== 0) known = known.map((value, r) => ((out & (1 << r)) !== 0 ? undefined : value));
      const before = atEnd[k];
      if (before === undefined || !same(before, known)) {
        atEnd[k] = known;
        changed = true;
      }
    }
  }
  return atStart;
}
