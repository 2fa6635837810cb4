// Clean-ups of a function's intermediate code before register allocation: 64-bit loads and stores of
// static objects name them directly, computations whose result nothing reads are dropped, jumps to jumps
// go straight to the end, a branch over a jump becomes the opposite branch, and a jump to a return
// becomes the return.

import { invertedBranch } from '../../isa/index.js';
import {
  firstVirtual,
  instruction,
  isReg,
  labelOf,
  type Arg,
  type FunctionCode,
  type Instr,
  type LabelRef,
} from './ir.js';

/** Simplify `code` in place. */
export function optimise(code: FunctionCode): void {
  addressStaticsDirectly(code);
  removeDeadComputations(code);
  simplifyJumps(code);
}

/**
 * `vp-lea-p L r` then `vp-cpy-ir r k d` (or `vp-cpy-ri s r k`), where r is written only there, becomes
 * `vp-cpy-pr L+k d` (`vp-cpy-rp s L+k`); the `vp-lea-p` goes when nothing else reads r.
 */
function addressStaticsDirectly(code: FunctionCode): void {
  const writes = new Map<number, number>();
  const address = new Map<number, LabelRef>();
  for (const instr of code.instrs) {
    for (const d of instr.defs) writes.set(d, (writes.get(d) ?? 0) + 1);
    if (instr.op === 'vp-lea-p') address.set(instr.args[1] as number, instr.args[0] as LabelRef);
  }
  const labelAt = (base: Arg, offset: Arg): LabelRef | undefined => {
    if (!isReg(base) || typeof offset !== 'bigint' || writes.get(base) !== 1) return undefined;
    const target = address.get(base);
    if (target === undefined || offset < -(1n << 31n) || offset >= 1n << 31n) return undefined;
    return { label: target.label, addend: target.addend + Number(offset) };
  };
  code.instrs = code.instrs.map((instr) => {
    if (instr.op === 'vp-cpy-ir') {
      const label = labelAt(instr.args[0]!, instr.args[1]!);
      if (label !== undefined) return instruction('vp-cpy-pr', [label, instr.args[2]!], instr.depth);
    } else if (instr.op === 'vp-cpy-ri') {
      const label = labelAt(instr.args[1]!, instr.args[2]!);
      if (label !== undefined) return instruction('vp-cpy-rp', [instr.args[0]!, label], instr.depth);
    }
    return instr;
  });
}

/** Instructions that only compute their result from registers and constants, and cannot trap. */
const pure =
  /^vp-(cpy-cr|cpy-rr|lea-[pid]|(add|sub|mul|and|or|xor|shl|shr|asr)-(cr|rr)|s(eq|ne|lt|le|gt|ge|lo|ls|hi|hs)-(cr|rr)|f(add|sub|mul|div|neg|abs|sqrt|min|max)-rr|fs(eq|ne|lt|le|gt|ge)-rr|cvt-[a-z]{2}|ext-rr|bswap-rr(-[is])?)$/;

function isPure(instr: Instr): boolean {
  return (instr.op === 'commute' || pure.test(instr.op)) && instr.defs.every((d) => d >= firstVirtual);
}

/** Drop pure instructions whose results no kept instruction reads (a mark from the instructions that must stay). */
function removeDeadComputations(code: FunctionCode): void {
  const instrs = code.instrs;
  const writers = new Map<number, number[]>();
  instrs.forEach((instr, i) => {
    for (const d of instr.defs) {
      if (d < firstVirtual) continue;
      const list = writers.get(d);
      if (list === undefined) writers.set(d, [i]);
      else list.push(i);
    }
  });
  const live = new Uint8Array(instrs.length);
  const needed = new Set<number>();
  const work: number[] = [];
  const need = (reg: number): void => {
    if (reg < firstVirtual || needed.has(reg)) return;
    needed.add(reg);
    for (const i of writers.get(reg) ?? []) {
      if (live[i] === 1) continue;
      live[i] = 1;
      work.push(i);
    }
  };
  instrs.forEach((instr, i) => {
    if (isPure(instr)) return;
    live[i] = 1;
    work.push(i);
  });
  while (work.length > 0) for (const u of instrs[work.pop()!]!.uses) need(u);
  if (live.every((flag) => flag === 1)) return;
  code.instrs = instrs.filter((_, i) => live[i] === 1);
}

/** A branch or jump with a new target label. */
function retarget(instr: Instr, label: string, op = instr.op): Instr {
  const target: LabelRef = { label, addend: 0 };
  return { ...instr, op, args: [...instr.args.slice(0, -1), target], targets: [label] };
}

function isBranch(instr: Instr): boolean {
  return instr.targets.length === 1 && instr.op !== 'vp-jmp-r' && labelOf(instr) === undefined;
}

/**
 * Jump threading and its companions, repeated until nothing changes: a branch to a label whose code
 * starts with a jump goes to that jump's target; `bcc A; jmp B; A:` becomes `b!cc B; A:`; a jump to a
 * label whose code is a return becomes that return; labels nothing refers to go (merging blocks).
 */
function simplifyJumps(code: FunctionCode): void {
  for (let round = 0; round < 4; round++) {
    let instrs = code.instrs;
    /** The first instruction after each label, skipping labels and line positions. */
    const firstAfter = new Map<string, Instr | undefined>();
    for (let i = 0; i < instrs.length; i++) {
      const label = labelOf(instrs[i]!);
      if (label === undefined) continue;
      let j = i + 1;
      while (j < instrs.length && (instrs[j]!.op === 'label' || instrs[j]!.op === 'loc')) j++;
      firstAfter.set(label, instrs[j]);
    }
    const finalTarget = (label: string): string => {
      let current = label;
      for (let hops = 0; hops < 8; hops++) {
        const next = firstAfter.get(current);
        if (next === undefined || next.op !== 'vp-jmp') break;
        const target = next.targets[0]!;
        if (target === current) break;
        current = target;
      }
      return current;
    };
    let changed = false;
    instrs = instrs.map((instr) => {
      if (!isBranch(instr)) return instr;
      const label = instr.targets[0]!;
      if (instr.op === 'vp-jmp') {
        const next = firstAfter.get(label);
        if (next?.op === 'ret') {
          changed = true;
          return { ...next, depth: instr.depth };
        }
      }
      const target = finalTarget(label);
      if (target === label) return instr;
      changed = true;
      return retarget(instr, target);
    });
    // A branch over a jump: the branch's target must be the next label after the jump.
    const out: Instr[] = [];
    for (let i = 0; i < instrs.length; i++) {
      const instr = instrs[i]!;
      const jump = instrs[i + 1];
      const inverted = isBranch(instr) ? invertedBranch(instr.op) : undefined;
      if (inverted !== undefined && jump?.op === 'vp-jmp' && labelsAt(instrs, i + 2).has(instr.targets[0]!)) {
        out.push(retarget(instr, jump.targets[0]!, inverted));
        i++;
        changed = true;
        continue;
      }
      out.push(instr);
    }
    // Labels nothing jumps to split blocks for nothing.
    const referenced = new Set<string>();
    for (const instr of out) for (const target of instr.targets) referenced.add(target);
    for (const table of code.tables) for (const target of table.targets) referenced.add(target);
    code.instrs = out.filter((instr) => {
      const label = labelOf(instr);
      return label === undefined || referenced.has(label);
    });
    if (!changed) return;
  }
}

/** The labels placed at instruction `i` (with only labels and line positions before the next instruction). */
function labelsAt(instrs: readonly Instr[], i: number): Set<string> {
  const labels = new Set<string>();
  for (let j = i; j < instrs.length; j++) {
    const label = labelOf(instrs[j]!);
    if (label !== undefined) labels.add(label);
    else if (instrs[j]!.op !== 'loc') break;
  }
  return labels;
}
