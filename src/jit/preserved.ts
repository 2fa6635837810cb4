// Which registers a function gives back as it found them: those it never writes, and those it saves with a
// push and restores with the matching pop (a C function's callee-saved registers). A compiled function does
// not return these (registers.ts), so a call returns fewer values. The analysis follows each function's stack
// of saved values from its entry: a forward must-analysis over its static edges. It only has to be right
// about what is likely: a store may overwrite a saved slot, so the emitter checks at each return that the
// registers it promised hold their entry values, and leaves the return to the interpreter when one does not.

import { decode } from '../isa/index.js';
import type { DecodedText } from '../vm/index.js';
import { instructionAt, predecessorsOf, type JitFunction } from './discover.js';
import { allRegisters, interpretedRegisters, writtenRegisters, type FunctionRegisters } from './registers.js';
import { interpretedMnemonics } from './semantics.js';

/**
 * What a call to a compiled function may change: all of its mask but what it promises to give back; and
 * whether it can return at all (`exit` cannot: it ends in the host's exit and a loop that never ends).
 */
export interface CalleeEffect {
  readonly mask: number;
  readonly open: boolean;
  readonly preserved: number;
  readonly returns: boolean;
}

/**
 * At a point of a function: the registers holding their entry values (a mask), and the stack the function
 * has pushed since its entry, bottom first, each slot holding a register's entry value (its number) or
 * something else (-1); undefined when the stack is not followed (rsp moved some other way).
 */
interface Saved {
  readonly entry: number;
  readonly stack: readonly number[] | undefined;
}

const rsp = 15;
const nothingSaved: Saved = { entry: 0, stack: undefined };

function meet(x: Saved, y: Saved): Saved {
  if (x === y) return x;
  let stack: number[] | undefined;
  if (x.stack !== undefined && y.stack !== undefined && x.stack.length === y.stack.length)
    stack = x.stack.map((v, k) => (v === y.stack![k] ? v : -1));
  return { entry: x.entry & y.entry, stack };
}

function same(x: Saved, y: Saved): boolean {
  if (x.entry !== y.entry) return false;
  if (x.stack === undefined || y.stack === undefined) return x.stack === y.stack;
  return x.stack.length === y.stack.length && x.stack.every((v, k) => v === y.stack![k]);
}

/** After the instruction at `ip`; `callee` says what a direct call's target may change. */
function savedAfter(
  text: DecodedText,
  ip: number,
  saved: Saved,
  callee: (word: number) => CalleeEffect | undefined,
): Saved {
  const info = ip < text.words ? instructionAt(text, ip) : undefined;
  if (info === undefined) return nothingSaved;
  const m = info.mnemonic;
  const { entry, stack } = saved;
  if (m === 'vp-push' || m === 'vp-pop') {
    const list = (decode(text.original, ip)?.operands[0] as readonly number[] | undefined) ?? [];
    if (m === 'vp-push') {
      return { entry, stack: stack && [...stack, ...list.map((r) => ((entry >> r) & 1 ? r : -1))] };
    }
    if (stack === undefined || stack.length < list.length || list.includes(rsp)) {
      return { entry: entry & ~list.reduce((all, r) => all | (1 << r), 0), stack: undefined };
    }
    let next = entry;
    for (let k = list.length - 1; k >= 0; k--) {
      // From the top down; the first register listed takes the deepest slot (and wins when listed twice).
      const r = list[k]!;
      next = stack[stack.length - list.length + k] === r ? next | (1 << r) : next & ~(1 << r);
    }
    return { entry: next, stack: stack.slice(0, stack.length - list.length) };
  }
  if (m === 'vp-alloc' || m === 'vp-free') {
    const slots = Number((text.constants[ip]! + 7n) / 8n);
    if (stack === undefined || slots < 0 || slots > 1 << 16) return { entry, stack: undefined };
    if (m === 'vp-alloc') return { entry, stack: [...stack, ...new Array<number>(slots).fill(-1)] };
    return { entry, stack: slots <= stack.length ? stack.slice(0, stack.length - slots) : undefined };
  }
  if (m === 'vp-call') {
    // A normal return leaves rsp where it was.
    const effect = callee(text.targets[ip]!);
    if (effect === undefined) return { entry: 0, stack };
    return { entry: entry & (effect.open ? effect.preserved : ~effect.mask | effect.preserved), stack };
  }
  if (m === 'vp-call-r' || m === 'vp-call-i' || m === 'vp-call-p') return { entry: 0, stack };
  const written = interpretedMnemonics.has(m) ? interpretedRegisters(text, ip) : writtenRegisters(text, ip);
  const after = {
    entry: entry & ~written,
    stack: (written & (1 << rsp)) !== 0 && m !== 'vp-ret' ? undefined : stack,
  };
  return after.entry === entry && after.stack === stack ? saved : after; // most instructions change nothing
}

/**
 * Per function (by index): the registers of its mask but rsp that it gives back unchanged, so that its calls
 * need not return them. All it can at first (for recursion), then less until the promises hold given each
 * other; tail-call partners share one (their results are one another's). None for a function of all sixteen
 * registers: its signature is the table's.
 */
export function preservedRegisters(
  text: DecodedText,
  functions: readonly JitFunction[],
  functionAt: (word: number) => number | undefined,
  { masks, open, group, callees }: FunctionRegisters,
): number[] {
  const preserved = masks.map((mask) => (mask === allRegisters ? 0 : mask & ~(1 << rsp)));
  for (let k = 0; k < functions.length; k++) preserved[group[k]!]! &= preserved[k]!;
  for (let k = 0; k < functions.length; k++) preserved[k] = preserved[group[k]!]!;
  const returns = functions.map((fn) => mayReturn(text, fn));
  const effectOf = (k: number): CalleeEffect => ({
    mask: masks[k]!,
    open: open[k]!,
    preserved: preserved[k]!,
    returns: returns[k]!,
  });
  const effects = functions.map((_, k) => effectOf(k));
  const effect = (word: number): CalleeEffect | undefined => {
    const k = functionAt(word);
    return k === undefined ? undefined : effects[k];
  };
  // A worklist of functions: when a group's promise shrinks, its members and the callers of any of them are
  // analysed again.
  const members = new Map<number, number[]>();
  functions.forEach((_, k) => {
    const list = members.get(group[k]!);
    if (list === undefined) members.set(group[k]!, [k]);
    else list.push(k);
  });
  const callers: number[][] = functions.map(() => []);
  callees.forEach((list, k) => list.forEach((c) => callers[c]!.push(k)));
  const queued = new Uint8Array(functions.length).fill(1);
  // Callees first (the worklist pops from its end), so that most callers are analysed once.
  const work = calleesFirst(callees).reverse();
  while (work.length > 0) {
    const k = work.pop()!;
    queued[k] = 0;
    const root = group[k]!;
    const now = preserved[root]! & returnsUnchanged(text, functions[k]!, effect);
    if (now === preserved[root]) continue;
    for (const m of members.get(root)!) {
      preserved[m] = now;
      effects[m] = effectOf(m);
      for (const again of [m, ...callers[m]!]) {
        if (queued[again] === 1) continue;
        queued[again] = 1;
        work.push(again);
      }
    }
  }
  return preserved;
}

/** Function indexes in depth-first post-order over the call graph: a function after those it calls (cycles aside). */
function calleesFirst(callees: readonly (readonly number[])[]): number[] {
  const order: number[] = [];
  const seen = new Uint8Array(callees.length);
  for (let root = 0; root < callees.length; root++) {
    if (seen[root] === 1) continue;
    seen[root] = 1;
    const stack: [number, number][] = [[root, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [k, next] = top;
      if (next < callees[k]!.length) {
        top[1] = next + 1;
        const c = callees[k]![next]!;
        if (seen[c] === 0) {
          seen[c] = 1;
          stack.push([c, 0]);
        }
      } else {
        order.push(k);
        stack.pop();
      }
    }
  }
  return order;
}

/**
 * Whether `fn` has a way to return to its caller: a `vp-ret`, a jump to another function or through a
 * register, code running on into another function. (Only speed depends on it: a call after which the analysis
 * assumes nothing runs still checks, at the caller's own return, the registers it promised.)
 */
function mayReturn(text: DecodedText, fn: JitFunction): boolean {
  return fn.blocks.some((block) => {
    if (block.successors.some((word) => !fn.blockAt.has(word))) return true;
    const last = block.instructions[block.instructions.length - 1]!;
    const m = last < text.words ? instructionAt(text, last)?.mnemonic : undefined;
    if (m === undefined || m === 'vp-ret' || m.startsWith('vp-jmp-')) return true;
    return m === 'vp-jmp' && !fn.blockAt.has(text.targets[last]!);
  });
}

/**
 * The registers of `fn` that hold their entry values wherever it returns (`vp-ret`) or tail-calls another
 * compiled function (whose own promise then counts); all when it never does.
 */
function returnsUnchanged(
  text: DecodedText,
  fn: JitFunction,
  callee: (word: number) => CalleeEffect | undefined,
): number {
  const n = fn.blocks.length;
  const predecessors = predecessorsOf(fn);
  const roots = new Set(fn.roots.map((word) => fn.blockAt.get(word)));
  const atEnd: (Saved | undefined)[] = new Array<Saved | undefined>(n).fill(undefined);
  // Per block: the state it was last analysed from, and what its returns and tail calls left unchanged then.
  const atStart: (Saved | undefined)[] = new Array<Saved | undefined>(n).fill(undefined);
  const returning = new Array<number>(n).fill(allRegisters);
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 0; k < n; k++) {
      let saved: Saved | undefined = k === 0 ? { entry: allRegisters, stack: [] } : undefined;
      if (roots.has(k)) saved = nothingSaved;
      for (const p of predecessors[k]!)
        if (atEnd[p] !== undefined) saved = saved === undefined ? atEnd[p] : meet(saved, atEnd[p]!);
      if (saved === undefined) continue; // not reached yet
      const previous = atStart[k];
      if (previous !== undefined && same(previous, saved)) continue; // as when last analysed
      atStart[k] = saved;
      const block = fn.blocks[k]!;
      let unchanged = allRegisters;
      for (const ip of block.instructions) {
        const info = ip < text.words ? instructionAt(text, ip) : undefined;
        if (info?.mnemonic === 'vp-ret') unchanged &= saved.entry;
        if (info?.mnemonic === 'vp-jmp' && !fn.blockAt.has(text.targets[ip]!)) {
          const target = callee(text.targets[ip]!);
          if (target !== undefined) unchanged &= saved.entry & (target.preserved | ~target.mask);
        }
        saved = savedAfter(text, ip, saved, callee);
      }
      returning[k] = unchanged;
      // A call that never returns: nothing follows it.
      const last = block.instructions[block.instructions.length - 1]!;
      const m = last < text.words ? instructionAt(text, last)?.mnemonic : undefined;
      if (m === 'vp-call' && callee(text.targets[last]!)?.returns === false) continue;
      const before = atEnd[k];
      if (before === undefined || !same(before, saved)) {
        atEnd[k] = saved;
        changed = true;
      }
    }
  }
  return returning.reduce((all, unchanged) => all & unchanged, allRegisters) & ~(1 << rsp);
}
