// Counted loops: innermost loops whose rounds are bounded by a difference of registers known where the loop
// starts, so that compiled code can check once, before the loop, that the fuel left pays for every round, and
// then run a copy of the loop without its fuel check (the emitter's `versioned loop`). The copy still
// subtracts each round's fuel, so the fuel stays exact wherever it stops (a trap, a bail); only the compare
// and its way out go, which V8 otherwise keeps in every round along with the values the way out needs.
//
// The shape is the one C compilers give a `for (i = a; i < n; i += s)` or a `do ... while (++i < n)`: an
// innermost loop with a test on every round that compares an induction register, changed in the loop only
// by one add or subtract of a constant or of a register the loop does not write, on every round too, with a
// bound the loop does not write either.

import { decode, invertedBranch } from '../isa/index.js';
import type { DecodedText } from '../vm/index.js';
import type { JitFunction } from './discover.js';
import type { FuelChecks } from './fuel.js';
import { writtenRegisters } from './registers.js';
import { firstBlock, type Item } from './structure.js';

/** A register, or a constant. */
export type Operand = { readonly register: number } | { readonly constant: bigint };

/**
 * A loop whose test holds at most ceil(distance / step) times from its start (when it holds there), where
 * the distance is `bound - induction` (`induction - bound` when it counts down), an unsigned 64-bit
 * difference; so its start comes round at most once more than that. A step other than one counts only
 * while it is positive and the induction register cannot wrap round before it passes the bound.
 */
export interface CountedLoop {
  readonly induction: number;
  readonly bound: Operand;
  /** How far the induction register moves each round. */
  readonly step: Operand;
  readonly down: boolean;
  /** The relation of the induction register to the bound that keeps the loop going (signed or unsigned). */
  readonly test: 'lt' | 'lo' | 'gt' | 'hi' | 'ne';
  /** The most fuel a round needs (the loop's check asks for it every round). */
  readonly roundFuel: number;
}

type Relation = 'lt' | 'lo' | 'gt' | 'hi' | 'ne' | 'le' | 'ls' | 'ge' | 'hs' | 'eq';

const relationOf: Readonly<Record<string, Relation>> = {
  'vp-blt': 'lt',
  'vp-ble': 'le',
  'vp-bgt': 'gt',
  'vp-bge': 'ge',
  'vp-blo': 'lo',
  'vp-bls': 'ls',
  'vp-bhi': 'hi',
  'vp-bhs': 'hs',
  'vp-beq': 'eq',
  'vp-bne': 'ne',
};

const maxInt = (1n << 63n) - 1n;
const minInt = -(1n << 63n);

/**
 * The loop item as a counted loop, or undefined. `checks` are the function's fuel checks: the loop's test
 * must be its only check (so no call, no inner loop, no block entered from elsewhere).
 */
export function countedLoop(
  text: DecodedText,
  fn: JitFunction,
  item: Item,
  fuel: FuelChecks,
): CountedLoop | undefined {
  if (item.kind !== 'loop') return undefined;
  // A round starts where the Wasm loop does: a rotated loop's body, else its header (which checks).
  const start = item.rotated ? firstBlock(item.items[0]!) : item.header;
  for (let b = item.header; b <= item.last; b++)
    if (b !== item.header && fuel.checks[b] === true) return undefined;
  if (fuel.checks[item.header] !== true) return undefined;
  // The test: a rotated loop's header, else any block that every round passes and whose branch stays in the
  // loop or leaves it.
  const tests = item.rotated
    ? [item.header]
    : Array.from({ length: item.last - item.header + 1 }, (_, k) => k + item.header);
  for (const test of tests) {
    const loop = countedWithTest(text, fn, item, start, test);
    if (loop !== undefined) return { ...loop, roundFuel: fuel.pathFuel[item.header]! };
  }
  return undefined;
}

function countedWithTest(
  text: DecodedText,
  fn: JitFunction,
  item: Item & { kind: 'loop' },
  start: number,
  test: number,
): Omit<CountedLoop, 'roundFuel'> | undefined {
  const inside = (b: number | undefined): boolean => b !== undefined && b >= item.header && b <= item.last;
  const testBlock = fn.blocks[test]!;
  const last = testBlock.instructions[testBlock.instructions.length - 1]!;
  const branch = decode(text.original, last);
  const relation = branch === undefined ? undefined : relationOf[branch.info.mnemonic.slice(0, 6)];
  if (branch === undefined || relation === undefined || !branch.info.mnemonic.startsWith('vp-b'))
    return undefined;
  const taken = fn.blockAt.get(text.targets[last]!);
  const fallThrough = fn.blockAt.get(last + text.lengths[last]!);
  // The relation of rd to the bound that keeps the loop going: the branch's, or when it leaves, its negation's.
  let holds: Relation;
  if (inside(taken) && !inside(fallThrough)) holds = relation;
  else if (inside(fallThrough) && !inside(taken))
    holds = relationOf[invertedBranch(branch.info.mnemonic)?.slice(0, 6) ?? '']!;
  else return undefined;
  if (!onEveryRound(fn, item, start, test)) return undefined;
  const constantBound = branch.info.layout === 'crl';
  if (!constantBound && branch.info.layout !== 'rrl') return undefined;
  const induction = branch.operands[1] as number;
  let bound: Operand = constantBound
    ? { constant: text.constants[last]! }
    : { register: branch.operands[0] as number };
  // A constant bound of <= or >= is < or > the next constant (unless there is none: then the loop never ends).
  if ('constant' in bound) {
    const k = bound.constant;
    const unsigned = BigInt.asUintN(64, k);
    const next = BigInt.asIntN(64, k + 1n); // as an unsigned bound too
    const before = BigInt.asIntN(64, k - 1n);
    if (holds === 'le' && k !== maxInt) [holds, bound] = ['lt', { constant: next }];
    else if (holds === 'ge' && k !== minInt) [holds, bound] = ['gt', { constant: before }];
    else if (holds === 'ls' && unsigned !== (1n << 64n) - 1n) [holds, bound] = ['lo', { constant: next }];
    else if (holds === 'hs' && unsigned !== 0n) [holds, bound] = ['hi', { constant: before }];
  }
  // The induction register moves by a step each round, toward the bound; the bound and the step stay.
  let move: { block: number; down: boolean; step: Operand } | undefined;
  for (let b = item.header; b <= item.last; b++) {
    for (const ip of fn.blocks[b]!.instructions) {
      const written = writtenRegisters(text, ip);
      if ('register' in bound && (written & (1 << bound.register)) !== 0) return undefined;
      if ((written & (1 << induction)) === 0) continue;
      const found = written === 1 << induction ? stepOf(text, ip) : undefined;
      if (move !== undefined || found === undefined) return undefined;
      move = { block: b, ...found };
    }
  }
  if (move === undefined || ('register' in bound && bound.register === induction)) return undefined;
  const { step, down } = move;
  if ('register' in step) {
    if (step.register === induction) return undefined;
    for (let b = item.header; b <= item.last; b++) {
      for (const ip of fn.blocks[b]!.instructions)
        if ((writtenRegisters(text, ip) & (1 << step.register)) !== 0) return undefined;
    }
  }
  // By one, the loop can also go on while the induction register is not the bound (it gets there).
  const byOne = 'constant' in step && step.constant === 1n;
  const toward = down ? ['gt', 'hi'] : ['lt', 'lo'];
  if (!toward.includes(holds) && !(byOne && holds === 'ne')) return undefined;
  if (!onEveryRound(fn, item, start, move.block)) return undefined;
  return { induction, bound, step, down, test: holds as CountedLoop['test'] };
}

/** How an instruction moves its register (rd) when it is a step: by a constant, or by another register. */
function stepOf(text: DecodedText, ip: number): { step: Operand; down: boolean } | undefined {
  const decoded = decode(text.original, ip);
  const m = decoded?.info.mnemonic;
  if (m === 'vp-add-cr' || m === 'vp-sub-cr') {
    const k = text.constants[ip]!;
    if (k === 0n || k === minInt) return undefined;
    const down = (m === 'vp-sub-cr') !== k < 0n;
    return { step: { constant: k < 0n ? -k : k }, down };
  }
  if (m === 'vp-add-rr' || m === 'vp-sub-rr')
    return { step: { register: decoded!.operands[0] as number }, down: m === 'vp-sub-rr' };
  return undefined;
}

/** Whether every round (a way from the loop's start back to it) passes `block`. */
function onEveryRound(fn: JitFunction, item: Item & { kind: 'loop' }, start: number, block: number): boolean {
  if (block === start) return true;
  const inside = (b: number): boolean => b >= item.header && b <= item.last;
  const next = (b: number): number[] =>
    fn.blocks[b]!.successors.map((word) => fn.blockAt.get(word)).filter(
      (to): to is number => to !== undefined && inside(to),
    );
  const seen = new Set<number>([block]);
  const work = next(start);
  while (work.length > 0) {
    const b = work.pop()!;
    if (b === start) return false;
    if (seen.has(b)) continue;
    seen.add(b);
    work.push(...next(b));
  }
  return true;
}
