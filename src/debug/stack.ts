// The call stack as the debugger sees it: live frames from the machine's shadow stack, each with its frame
// address (CFA: rsp at the function's entry, where its return address is), function and source location.

import { textBase } from '../isa/index.js';
import type { Machine } from '../vm/index.js';
import type { FunctionInfo, LineMap, SourceLocation } from './lines.js';

/** One frame of the call stack. */
export interface StackFrame {
  /** 0 for the innermost frame (where the program stopped), then its callers. */
  readonly index: number;
  /** Byte address: of the next instruction in frame 0, of the call instruction in callers. */
  readonly pc: number;
  /** Byte address the frame returns to (the return address stored at `cfa`). */
  readonly returnAddress: number;
  /**
   * The frame address (canonical frame address): rsp at the function's entry, which points at the return
   * address. Frame variables live at `cfa + offset`. A tail call reuses its caller's frame, hence its CFA.
   */
  readonly cfa: number;
  /** The function running in the frame, when known. */
  readonly function: FunctionInfo | undefined;
  /** The function's name, or `symbol+0xoffset`, or the hexadecimal address. */
  readonly name: string;
  /** Source location of `pc`, when the line table covers it. */
  readonly location: SourceLocation | undefined;
}

/** A live call: the slot of its return address (the callee's CFA) and the return address's word index. */
interface LiveCall {
  readonly slot: number;
  readonly returnIndex: number;
}

/** rsp as a number (the machine keeps it below 1 GiB; a corrupt rsp reads as its low 32 bits, unsigned). */
export function stackPointer(machine: Machine): number {
  return machine.R32[30]! >>> 0;
}

/** Whether the shadow stack entry still describes a live call: at or above rsp, its slot holding the return address. */
function isLive(machine: Machine, slot: number, returnIndex: number, sp: number): boolean {
  if (slot < sp || slot + 8 > machine.memorySize) return false;
  return machine.DV.getBigInt64(slot, true) === BigInt(textBase + returnIndex * 4);
}

/** The live calls, innermost first (the machine's backtrace rule: entries left behind by longjmp are skipped). */
export function liveCalls(machine: Machine, limit = Infinity): LiveCall[] {
  // Slots rise outwards (see Machine.backtrace): an entry below a live one made after it is dead.
  let above = stackPointer(machine);
  const calls: LiveCall[] = [];
  for (const call of machine.shadow.frames()) {
    if (calls.length >= limit) break;
    if (isLive(machine, call.slot, call.returnIndex, above)) {
      calls.push(call);
      above = call.slot + 8;
    }
  }
  return calls;
}

/** The frame address of the entry procedure: where the machine put its halt address. */
export function entryCfa(machine: Machine): number {
  return machine.entryStackTop - 8;
}

/** The CFA of the innermost frame: the slot of the innermost live call, else the entry procedure's. */
export function innermostCfa(machine: Machine): number {
  const { slots, returns, depth } = machine.shadow;
  const sp = stackPointer(machine);
  for (let d = depth[0]! - 1; d >= 0; d--) {
    if (isLive(machine, slots[d]!, returns[d]!, sp)) return slots[d]!;
  }
  return entryCfa(machine);
}

/** The frames of the call stack, innermost first, at most `limit`. */
export function stackFrames(machine: Machine, lines: LineMap, limit = Infinity): StackFrame[] {
  const calls = liveCalls(machine, limit);
  const frames: StackFrame[] = [];
  const haltReturn = machine.DV.getBigInt64(entryCfa(machine), true);
  for (let index = 0; index <= calls.length && index < limit; index++) {
    const callee = calls[index - 1];
    let pc = machine.pc;
    if (callee !== undefined) {
      const call = machine.text.callBefore[callee.returnIndex] ?? 0;
      pc = textBase + 4 * (call === 0 ? callee.returnIndex : call - 1);
    }
    const own = calls[index];
    const cfa = own?.slot ?? entryCfa(machine);
    const returnAddress = own === undefined ? Number(haltReturn) : textBase + 4 * own.returnIndex;
    const fn = lines.functionAt(pc);
    frames.push({
      index,
      pc,
      returnAddress,
      cfa,
      function: fn,
      name: nameAt(machine, fn, pc),
      location: lines.locationOf(pc),
    });
  }
  return frames;
}

/** `function`, `function+0xdelta`, the innermost symbol's, or the hexadecimal address. */
export function nameAt(machine: Machine, fn: FunctionInfo | undefined, pc: number): string {
  if (fn !== undefined) return pc === fn.start ? fn.name : `${fn.name}+0x${(pc - fn.start).toString(16)}`;
  const offset = pc - textBase;
  let best: { name: string; offset: number } | undefined;
  for (const s of machine.module.symbols) {
    if (s.section !== 'text' || s.offset > offset || offset >= s.offset + Math.max(s.size, 1)) continue;
    if (best === undefined || s.offset > best.offset) best = s;
  }
  if (best === undefined) return `0x${pc.toString(16)}`;
  return best.offset === offset ? best.name : `${best.name}+0x${(offset - best.offset).toString(16)}`;
}
