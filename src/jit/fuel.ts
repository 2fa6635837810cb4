// Where compiled code checks its fuel, and what it leaves owed. Every block is charged its own instructions as it
// is entered, but the subtraction waits until the fuel is next read (`owedAtStart`), and only some blocks
// check that the fuel left can pay: the function's entry, loop headers (any block entered by a backward edge),
// blocks indirect jumps enter, and the points where a call or an interpreted instruction returns. Each check asks
// for the most fuel any path from there needs before the next check, so no block between two checks can run out;
// with less, compiled code leaves before the check and the interpreter finishes exactly (issue 4: "charge fuel per
// block and check at back edges and calls").

import type { DecodedText } from '../vm/index.js';
import { instructionAt, type JitFunction } from './discover.js';

/** Whether control comes back after this instruction only once something else has run (a callee, the host). */
export function returnsAfter(mnemonic: string): boolean {
  return (
    mnemonic.startsWith('vp-call') ||
    mnemonic === 'vp-copy-rrr' ||
    mnemonic === 'vp-fill-rrr' ||
    mnemonic === 'vp-brk'
  );
}

/**
 * Compiled code may be entered at any block (`enter`, or the dispatch inside a function): `entryBlocks` holds
 * the block number in its low 16 bits and, for a block that does not check its fuel itself, the fuel its paths
 * need above them (blocks needing more are not entered at).
 */
export const entryNeedShift = 16;
export const maxEntryNeed = 0x7fff;

/** The `entryBlocks` value of block `n`, or undefined when it is not entered. */
export function entryValue(checks: FuelChecks, n: number): number | undefined {
  const need = checks.checks[n] === true ? 0 : checks.pathFuel[n]!;
  return need > maxEntryNeed ? undefined : n | (need << entryNeedShift);
}

/**
 * Per block (layout order): whether it checks its fuel, the most fuel paths from it need before a check, and
 * the charges it expects deferred at its start (`owedAtStart`).
 */
export interface FuelChecks {
  readonly checks: readonly boolean[];
  readonly pathFuel: readonly number[];
  readonly owed: readonly number[];
  /** False for code that counts no fuel at all (`withoutCounting`). */
  readonly counted: boolean;
}

/**
 * The same checks for code that neither counts fuel nor leaves for want of it: only to measure what counting
 * costs (`node bench/run.js --fuel-overhead`); such code keeps no fuel limit.
 */
export function withoutCounting(fuel: FuelChecks): FuelChecks {
  const none = fuel.checks.map(() => 0);
  return { checks: fuel.checks, pathFuel: none, owed: none, counted: false };
}

/**
 * The most deferred charge a block expects at its start: a bail gives back the rest of its block less what is
 * owed, packed in one constant when that is -64 to 63 (emitter.ts), a longer way otherwise.
 */
const maxOwed = 32;

/**
 * The fuel checks of a laid-out function. `inlinedCost(ip)` is the number of instructions of the callee a
 * `vp-call` at `ip` runs in place (0 when the call is a real one): such a call is straight-line code, part
 * of its block's path, with no check where it returns.
 */
export function fuelChecks(
  text: DecodedText,
  fn: JitFunction,
  inlinedCost: (ip: number) => number = () => 0,
): FuelChecks {
  const n = fn.blocks.length;
  const checks = new Array<boolean>(n).fill(false);
  checks[0] = true;
  for (const word of fn.roots) {
    const b = fn.blockAt.get(word);
    if (b !== undefined) checks[b] = true;
  }
  /** Successors within the function that the block's own path goes on to (a call's return point is not one). */
  const inlinedAtEnd = new Array<number>(n).fill(0);
  const next: number[][] = fn.blocks.map((block, from) => {
    const last = block.instructions[block.instructions.length - 1]!;
    const info = last < text.words ? instructionAt(text, last) : undefined;
    const list: number[] = [];
    if (info?.mnemonic === 'vp-call') inlinedAtEnd[from] = inlinedCost(last);
    if (info?.mnemonic === 'vp-jmp' && block.successors.length === 0) {
      // A jump to another function's entry that is also a block here (code falling into the next function):
      // the emitter jumps to the block, through the dispatch, which enters only blocks that check.
      const to = fn.blockAt.get(text.targets[last]!);
      if (to !== undefined) checks[to] = true;
    }
    for (const word of block.successors) {
      const to = fn.blockAt.get(word);
      if (to === undefined) continue;
      if (to <= from) checks[to] = true; // a backward edge: its target checks
      if (
        info !== undefined &&
        info.endsRun &&
        returnsAfter(info.mnemonic) &&
        inlinedAtEnd[from] === 0 &&
        word === last + text.lengths[last]!
      )
        continue; // checked where the call returns
      list.push(to);
    }
    return list;
  });
  const pathFuel = new Array<number>(n).fill(0);
  for (let b = n - 1; b >= 0; b--) {
    let most = 0;
    for (const to of next[b]!) if (to > b && !checks[to]) most = Math.max(most, pathFuel[to]!);
    pathFuel[b] = fn.blocks[b]!.instructions.length + inlinedAtEnd[b]! + most;
  }
  return { checks, pathFuel, owed: owedAtStart(fn, checks, next, inlinedAtEnd), counted: true };
}

/**
 * Compiled code defers a block's charge to where the fuel is next read: a check (which subtracts what is owed
 * and its own block at once), a call, a way out. So a loop round pays one subtraction, at its check, however
 * many blocks it runs. The fuel local minus what is owed is the fuel left. Each edge settles what it owes to
 * what its target expects (one instruction when they differ), and entering at a block adds what it expects;
 * this chooses what each block expects so that the likely edges need nothing: a block that does not check
 * expects what the block before it (falling into it) owes, or else its first predecessor; a block that
 * checks, what its last predecessor owes (a loop's latch). The function's entry expects nothing (callers
 * pass the fuel left), and after a call nothing is owed. Any choice is correct; this one is cheap.
 */
function owedAtStart(
  fn: JitFunction,
  checks: readonly boolean[],
  next: readonly (readonly number[])[],
  inlinedAtEnd: readonly number[],
): number[] {
  const n = fn.blocks.length;
  const predecessors: number[][] = Array.from({ length: n }, () => []);
  next.forEach((list, from) => list.forEach((to) => predecessors[to]!.push(from)));
  const owed = new Array<number>(n).fill(0);
  const owedAtEnd = new Array<number>(n).fill(0);
  const expect = (from: number | undefined): number => {
    const value = from === undefined ? 0 : owedAtEnd[from]!;
    return value > maxOwed ? 0 : value;
  };
  for (let b = 0; b < n; b++) {
    const before = predecessors[b]!.filter((p) => p < b);
    if (b > 0 && !checks[b]) owed[b] = expect(before.includes(b - 1) ? b - 1 : before[0]);
    // A block ending in a real call settles before it (its return point is not among `next`).
    const settles = checks[b] || next[b]!.length === 0;
    owedAtEnd[b] = (settles ? 0 : owed[b]! + fn.blocks[b]!.instructions.length) + inlinedAtEnd[b]!;
  }
  for (let b = 1; b < n; b++) {
    if (checks[b] && predecessors[b]!.length > 0) owed[b] = expect(Math.max(...predecessors[b]!));
  }
  return owed;
}
