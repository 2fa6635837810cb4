// Which registers each compiled function can touch, itself or through the functions it calls: its Wasm
// signature passes in and returns just those, so a call moves a few values instead of all sixteen. Functions
// that tail-call each other share one set (a Wasm tail call needs the caller's results to be the callee's); an
// indirect jump needs all sixteen. An instruction the interpreter runs for compiled code touches only the
// registers it names (and r0, a host call's result). A function that calls through a register, has more than
// `maxClosedRegisters`, or calls an open one, is open: its callers keep their other registers in the state
// area around the call instead of adding the callee's registers to their own.

import { decode, layouts } from '../isa/index.js';
import type { DecodedText } from '../vm/index.js';
import { instructionAt, type Block, type JitFunction } from './discover.js';
import { interpretedMnemonics } from './semantics.js';

/** All sixteen registers, as a mask. */
export const allRegisters = 0xffff;

/** The most registers a function not otherwise open may have (its callees' included); more make it open. */
export const maxClosedRegisters = 8;

/** The registers an instruction names (its register operands and register lists); rsp for stack instructions. */
function registersNamed(text: DecodedText, ip: number): number {
  const decoded = decode(text.original, ip);
  if (decoded === undefined) return allRegisters;
  let mask = 0;
  layouts[decoded.info.layout].forEach((field, index) => {
    const operand = decoded.operands[index];
    if (field.kind === 'reg') mask |= 1 << (operand as number);
    else if (field.kind === 'regs') for (const r of operand as readonly number[]) mask |= 1 << r;
  });
  return mask | (1 << 15);
}

/** What each compiled function passes in and returns (its mask), and how its callers call it. */
export interface FunctionRegisters {
  /** Per function (by index): the registers it and the functions it calls closed (below) can touch. */
  readonly masks: readonly number[];
  /**
   * Per function: whether it is open, that is, it or a function it calls can touch registers outside its
   * mask: an indirect call (whose callee needs all sixteen), a function of all sixteen (an indirect jump), a
   * call to an open function; or it has more than `maxClosedRegisters`. An open function runs with the registers outside its mask in the state area,
   * not in its callers' locals: a call to it stores the caller's other registers there first and reloads
   * them after (emitter.ts `call`). So a function that may call `exit` or `printf` does not need all sixteen.
   */
  readonly open: readonly boolean[];
  /** Per function: a representative of its tail-call partners (which share a mask, openness, results). */
  readonly group: readonly number[];
  /** Per function: the functions it calls or tail-calls directly (by index). */
  readonly callees: readonly (readonly number[])[];
}

/** The registers of every function (by index), given each function's direct callees. */
export function functionRegisters(
  text: DecodedText,
  functions: readonly JitFunction[],
  functionAt: (word: number) => number | undefined,
): FunctionRegisters {
  const own: number[] = [];
  const open: boolean[] = [];
  const calls: number[][] = [];
  const tailCalls: number[][] = [];
  for (const fn of functions) {
    let mask = 1 << 15; // rsp, for calls and returns
    let callsDynamic = false;
    const callees: number[] = [];
    const tails: number[] = [];
    for (const block of fn.blocks) {
      for (const ip of block.instructions) {
        const info = ip < text.words ? instructionAt(text, ip) : undefined;
        if (info === undefined) continue; // a bail: the interpreter traps there
        const m = info.mnemonic;
        if (m.startsWith('vp-jmp-'))
          mask = allRegisters; // a tail call through the table
        else if (interpretedMnemonics.has(m)) mask |= interpretedRegisters(text, ip);
        else mask |= namedRegisters(text, ip);
        // A call through the table passes all sixteen: with all of them, this function is its own table entry
        // (a wrapper would double the Wasm frames of a recursion through a pointer).
        if (m === 'vp-call-r' || m === 'vp-call-i' || m === 'vp-call-p') {
          callsDynamic = true;
          mask = allRegisters;
        }
        const target = functionAt(text.targets[ip]!);
        if (m === 'vp-call' && target !== undefined) callees.push(target);
        if (m === 'vp-jmp' && target !== undefined && !fn.blockAt.has(text.targets[ip]!)) tails.push(target);
      }
    }
    own.push(mask);
    open.push(callsDynamic || mask === allRegisters);
    calls.push(callees);
    tailCalls.push(tails);
  }
  // Tail-call partners share a mask and openness: union-find over tail-call edges.
  const parent = functions.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  tailCalls.forEach((list, k) => list.forEach((t) => (parent[find(k)] = find(t))));
  const solve = (): number[] => {
    for (let changed = true; changed;) {
      changed = false;
      for (let k = 0; k < functions.length; k++) {
        const root = find(k);
        const now =
          open[k]! || open[root]! || calls[k]!.some((c) => open[c]!) || tailCalls[k]!.some((c) => open[c]!);
        if (now !== open[k] || now !== open[root]) {
          open[k] = open[root] = now;
          changed = true;
        }
      }
    }
    const masks = own.slice();
    for (let changed = true; changed;) {
      changed = false;
      for (let k = 0; k < functions.length; k++) {
        let mask = masks[k]!;
        for (const c of calls[k]!) if (!open[c]!) mask |= masks[c]!;
        for (const c of tailCalls[k]!) mask |= masks[c]!;
        mask |= masks[find(k)]!;
        if (mask !== masks[k]) {
          masks[k] = mask;
          changed = true;
        }
        const root = find(k);
        if ((masks[root]! | mask) !== masks[root]) {
          masks[root] = masks[root]! | mask;
          changed = true;
        }
      }
    }
    return masks;
  };
  let masks = solve();
  // A function of many registers (its callees' included) is open too: its callers keep theirs in the state
  // area around a call to it, so a small function that calls malloc or free, and recurses, passes a few
  // registers, not all of malloc's (binary-trees: 30 -> 27 ms).
  let widened = false;
  masks.forEach((mask, k) => {
    if (!open[k]! && registersIn(mask).length > maxClosedRegisters) open[k] = open[find(k)] = widened = true;
  });
  if (widened) masks = solve();
  return {
    masks,
    open,
    group: functions.map((_, k) => find(k)),
    callees: calls.map((list, k) => [...list, ...tailCalls[k]!]),
  };
}

const registerLists = new Map<number, readonly number[]>();

/** The registers of a mask, ascending. */
export function registersIn(mask: number): readonly number[] {
  let list = registerLists.get(mask);
  if (list === undefined) {
    const registers: number[] = [];
    for (let r = 0; r < 16; r++) if ((mask & (1 << r)) !== 0) registers.push(r);
    list = registers;
    registerLists.set(mask, list);
  }
  return list;
}

/**
 * A register mask per instruction word of a text, computed by `compute` the first time a word is asked for
 * and kept with the text.
 */
export function perWord(
  compute: (text: DecodedText, ip: number) => number,
): (text: DecodedText, ip: number) => number {
  const tables = new WeakMap<DecodedText, Int32Array>();
  return (text, ip) => {
    let table = tables.get(text);
    if (table === undefined) {
      table = new Int32Array(text.words + 1).fill(-1);
      tables.set(text, table);
    }
    if (table[ip]! < 0) table[ip] = compute(text, ip);
    return table[ip]!;
  };
}

/** The registers the instruction at `ip` names (its register operands and lists, and rsp); cached per text. */
export const namedRegisters = perWord(registersNamed);

/** Host calls: the host function's result goes to r0, which the instruction need not name. */
const hostCalls: ReadonlySet<string> = new Set(['vp-call-abi', 'vp-call-host']);

/**
 * The registers an instruction the interpreter runs for compiled code (semantics.ts `interpret`) may read or
 * write when it hands control back: those it names, rsp, and r0 for a host call. (A breakpoint, a trap, a
 * suspension or a halt never hands back: compiled code stores every register on its way out.)
 * test/jit/registers.test.ts checks it against the interpreter.
 */
export function interpretedRegisters(text: DecodedText, ip: number): number {
  const m = instructionAt(text, ip)?.mnemonic;
  return namedRegisters(text, ip) | (m !== undefined && hostCalls.has(m) ? 1 : 0);
}

/** Layouts whose `rd` operand is only read: compare-and-branch, and the target of `vp-call-r`/`vp-jmp-r`. */
const readOnlyLayouts: ReadonlySet<string> = new Set(['crl', 'rrl', 'r']);

/** Instructions that write their source register too (their table meaning says how). */
const writesBoth: ReadonlySet<string> = new Set(['vp-swp-rr', 'vp-lnot-rr', 'vp-land-rr']);

/**
 * The registers the instruction at `ip` may write on its way to the next instruction (the destinations its
 * operand names mark: `rd`, `rdh`, `rdl`; both operands of `writesBoth`; a pop's list; rsp for the stack
 * instructions); all sixteen when its effect is not so simple (calls, host calls, bulk operations and
 * whatever the interpreter runs). test/jit/registers.test.ts checks it against the interpreter. Cached
 * per text.
 */
export const writtenRegisters = perWord(registersWritten);

function registersWritten(text: DecodedText, ip: number): number {
  const decoded = decode(text.original, ip);
  if (decoded === undefined) return allRegisters;
  const { info, operands } = decoded;
  const m = info.mnemonic;
  if (interpretedMnemonics.has(m) || m.startsWith('vp-call') || m === 'vp-brk') return allRegisters;
  const rsp = 1 << 15;
  if (m === 'vp-push' || m === 'vp-alloc' || m === 'vp-free' || m === 'vp-ret') return rsp;
  if (writesBoth.has(m)) return (1 << (operands[0] as number)) | (1 << (operands[1] as number));
  let mask = m === 'vp-pop' ? rsp : 0;
  layouts[info.layout].forEach((field, index) => {
    const operand = operands[index];
    if (field.kind === 'regs' && m === 'vp-pop') for (const r of operand as readonly number[]) mask |= 1 << r;
    if (field.kind === 'reg' && info.operands[index]!.startsWith('rd') && !readOnlyLayouts.has(info.layout))
      mask |= 1 << (operand as number);
  });
  return mask;
}

/** The most instructions of a function the emitter puts in place of calls to it. */
const maxInlined = 24;

/**
 * The one block of a small leaf function that calls can run in place (one block of at most `maxInlined`
 * instructions ending in `vp-ret`, none of them a call or one the interpreter runs), or undefined.
 */
export function inlineBlock(text: DecodedText, fn: JitFunction): Block | undefined {
  if (fn.blocks.length !== 1) return undefined;
  const block = fn.blocks[0]!;
  const n = block.instructions.length;
  if (n > maxInlined) return undefined;
  for (let k = 0; k < n; k++) {
    const ip = block.instructions[k]!;
    const info = ip < text.words ? instructionAt(text, ip) : undefined;
    if (info === undefined || interpretedMnemonics.has(info.mnemonic)) return undefined;
    if (info.endsRun !== (k === n - 1)) return undefined;
    if (k === n - 1 && info.mnemonic !== 'vp-ret') return undefined;
  }
  return block;
}
