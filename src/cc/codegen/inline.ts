// Inlining: a call to a small leaf function of the same unit becomes a copy of the callee's intermediate
// code, before register allocation, so that the call's cost goes (its instructions, the return-address push,
// the caller-saved registers it clobbers) and the callee's code is allocated with the caller's. A callee
// qualifies when it makes no calls, uses no frame (no locals in memory, no arguments beyond the registers, no
// variable-length arrays), has no jump tables and cannot trap: its code reads its arguments from r0-r5 after
// `entry` and leaves its result in r0 at each `ret`, which is exactly what the caller's `call` expects.

import { firstVirtual, isReg, labelOf, type Arg, type FunctionCode, type Instr } from './ir.js';
import type { UnitLabels } from './context.js';

/** The most instructions (labels and source positions not counted) a callee may have. */
export const maxInlinedInstructions = 30;

/** Instructions that may trap: memory through a register, the stack, division. */
const mayTrap = /^vp-(cpy-(ir|dr|ri|rd)|div|rem|alloc|free|push|pop|copy|fill|brk)/;

/**
 * Whether `code` can run in place of a call to it: besides the shape above, nothing in it may trap (a
 * division only by a constant other than 0 and -1), so that a trap report never names the caller for a line
 * of the callee (the module's function ranges know nothing of inlining).
 */
function inlinable(code: FunctionCode): boolean {
  if (code.tables.length > 0 || code.localsSize > 0 || code.outgoingSize > 0 || code.dynamicStack)
    return false;
  const definitions = new Map<number, Instr[]>();
  for (const instr of code.instrs) {
    for (const d of instr.defs) definitions.set(d, [...(definitions.get(d) ?? []), instr]);
  }
  const safeDivisor = (reg: Arg | undefined): boolean => {
    const defs = reg !== undefined && isReg(reg) ? definitions.get(reg) : undefined;
    const only = defs?.length === 1 ? defs[0]! : undefined;
    const value = only?.op === 'vp-cpy-cr' ? only.args[0] : undefined;
    return typeof value === 'bigint' && value !== 0n && value !== -1n;
  };
  let size = 0;
  for (const instr of code.instrs) {
    if (instr.op === 'label' || instr.op === 'loc' || instr.op === 'entry' || instr.op === 'prologue')
      continue;
    if (instr.op === 'call' || instr.op === 'tailcall') return false;
    if (instr.op === 'vp-jmp-r' || instr.defs.includes(15)) return false;
    if (instr.args.some((arg) => typeof arg === 'object' && 'area' in arg)) return false;
    if (mayTrap.test(instr.op) && !(/^vp-(div|rem)-rr/.test(instr.op) && safeDivisor(instr.args[0])))
      return false;
    size += 1;
  }
  return size <= maxInlinedInstructions;
}

/** The label a call's target names, when it is a label without an addend. */
function calledLabel(instr: Instr): string | undefined {
  const target = instr.args[0];
  return target !== undefined && typeof target === 'object' && 'label' in target && target.addend === 0
    ? target.label
    : undefined;
}

/**
 * Replace, in every function of `functions`, the calls (and tail calls) to the small leaf functions among them
 * by their code, but for those in `noinline` (`__attribute__((noinline))`).
 * Returns the functions that changed (to be cleaned up again).
 */
export function inlineCalls(
  functions: readonly FunctionCode[],
  labels: UnitLabels,
  noinline: ReadonlySet<FunctionCode> = new Set(),
): Set<FunctionCode> {
  const callees = new Map<string, FunctionCode>();
  for (const code of functions) if (!noinline.has(code) && inlinable(code)) callees.set(code.label, code);
  const changed = new Set<FunctionCode>();
  if (callees.size === 0) return changed;
  for (const caller of functions) {
    if (callees.has(caller.label)) continue; // a leaf: it calls nothing
    const out: Instr[] = [];
    let lastLoc: Instr | undefined;
    for (const instr of caller.instrs) {
      if (instr.op === 'loc') lastLoc = instr;
      const tail = instr.op === 'tailcall';
      const callee = instr.op === 'call' || tail ? callees.get(calledLabel(instr) ?? '') : undefined;
      if (callee === undefined) {
        out.push(instr);
        continue;
      }
      out.push(...copyOf(callee, caller, instr.depth, labels, tail));
      // The caller's code after the call belongs to the caller's line again.
      if (lastLoc !== undefined) out.push(lastLoc);
      changed.add(caller);
    }
    if (changed.has(caller)) caller.instrs = out;
  }
  return changed;
}

/**
 * The callee's code for one call site: its virtual registers renumbered above the caller's, its labels made
 * anew, `entry` dropped (the caller's argument registers are its arguments) and `prologue` too (no frame), each
 * `ret` a jump to the end (r0 holds the result, as after a call), or for a tail call the caller's own return.
 */
function copyOf(
  callee: FunctionCode,
  caller: FunctionCode,
  depth: number,
  labels: UnitLabels,
  tail: boolean,
): Instr[] {
  const shift = caller.nextReg - firstVirtual;
  caller.nextReg += callee.nextReg - firstVirtual;
  const register = (reg: number): number => (reg >= firstVirtual ? reg + shift : reg);
  const renamed = new Map<string, string>();
  for (const instr of callee.instrs) {
    const label = labelOf(instr);
    if (label !== undefined) renamed.set(label, labels.fresh());
  }
  const end = labels.fresh();
  const label = (name: string): string => renamed.get(name) ?? name;
  const arg = (a: Arg): Arg => {
    if (isReg(a)) return register(a);
    if (typeof a === 'object' && 'label' in a) return { label: label(a.label), addend: a.addend };
    return a;
  };
  const body: Instr[] = [];
  for (const instr of callee.instrs) {
    if (instr.op === 'entry' || instr.op === 'prologue') continue;
    if (instr.op === 'ret' && !tail) {
      body.push({
        op: 'vp-jmp',
        operation: '',
        args: [{ label: end, addend: 0 }],
        uses: [],
        defs: [],
        targets: [end],
        terminal: true,
        depth: depth + instr.depth,
        at: undefined,
      });
      continue;
    }
    body.push({
      ...instr,
      args: instr.args.map(arg),
      uses: instr.uses.map(register),
      defs: instr.defs.map(register),
      targets: instr.targets.map(label),
      depth: depth + instr.depth,
    });
  }
  body.push({
    op: 'label',
    operation: '',
    args: [{ label: end, addend: 0 }],
    uses: [],
    defs: [],
    targets: [],
    terminal: false,
    depth,
    at: undefined,
  });
  return body;
}
