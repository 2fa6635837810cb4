// Printing one allocated function as VP assembly: prologue, body with its line table, epilogues,
// jump tables. Frame offsets are resolved here, once the callee-saved registers and the frame size are known.

import type { CLocation } from '../diagnostics.js';
import type { Allocation } from './allocate.js';
import type { Home } from './context.js';
import type { Scope } from './debug-info.js';
import {
  framePointer,
  isReg,
  labelOf,
  rsp,
  type Arg,
  type FrameRef,
  type FunctionCode,
  type Instr,
  type Reg,
} from './ir.js';

/** Options for printing. */
export interface TextOptions {
  readonly debug: boolean;
  /** The function's named variables, for `debug-var` directives. */
  readonly variables?: readonly DebugVariableText[];
}

/** A variable for the debugger: its name, type number (debug-info.ts), home and scope. */
export interface DebugVariableText {
  readonly name: string;
  readonly type: number;
  readonly home: Home;
  readonly scope: Scope;
}

/** The function as assembly lines. */
export function emitFunctionText(code: FunctionCode, allocation: Allocation, options: TextOptions): string[] {
  const lines: string[] = [];
  const pushed = allocation.calleeSavedUsed;
  const localsBase = code.outgoingSize;
  const spillBase = localsBase + alignTo(code.localsSize, 8);
  const frameSize = spillBase + 8 * code.spillSlots;
  const incomingBase = frameSize + 8 * pushed.length + 8;
  const resolve = (ref: FrameRef): number => {
    switch (ref.area) {
      case 'outgoing':
        return ref.offset;
      case 'locals':
        return localsBase + ref.offset;
      case 'spill':
        return spillBase + ref.offset;
      case 'incoming':
        return incomingBase + ref.offset;
      case 'dynamic':
        return localsBase + ref.offset;
    }
  };
  // When rsp moves in the body, the frame is addressed from the frame pointer, which holds rsp as the
  // prologue left it; only the argument area, and what was allocated above it, stay rsp-relative.
  const isFrameBased = (ref: FrameRef): boolean =>
    code.dynamicStack && ref.area !== 'outgoing' && ref.area !== 'dynamic';
  const machineOf = (r: Reg): Reg => {
    const machine = allocation.assignment[r] ?? -1;
    if (machine < 0) throw new Error(`virtual register ${r} has no machine register`);
    return machine;
  };
  const reg = (r: Reg): string => registerNames[machineOf(r)]!;
  const operand = (arg: Arg, next: Arg | undefined): string => {
    if (isReg(arg)) {
      const isBase = arg === rsp && next !== undefined && typeof next === 'object' && 'area' in next;
      return isBase && isFrameBased(next) ? registerNames[framePointer]! : reg(arg);
    }
    if (typeof arg === 'bigint') return BigInt.asIntN(64, arg).toString();
    if ('label' in arg) return arg.addend === 0 ? `'${arg.label}` : `(+ '${arg.label} ${arg.addend})`;
    return String(resolve(arg));
  };
  const pushList = pushed.map((r) => `r${r}`).join(' ');
  const epilogue = (): void => {
    if (!framed) return;
    if (code.dynamicStack) push(`  (vp-cpy-rr ${registerNames[framePointer]} rsp)`);
    if (frameSize > 0) push(`  (vp-free ${frameSize})`);
    if (pushed.length > 0) push(`  (vp-pop ${pushList})`);
  };

  // A position is printed only before the next instruction, and only when it changed.
  let lastLoc = '';
  let pendingLoc = '';
  const quotedFiles = new Map<string, string>();
  const loc = (at: CLocation | undefined): void => {
    if (!options.debug || at === undefined) return;
    let file = quotedFiles.get(at.file);
    if (file === undefined) quotedFiles.set(at.file, (file = quote(at.file)));
    pendingLoc = `(loc ${file} ${at.line} ${at.column})`;
  };
  const push = (line: string): void => {
    if (pendingLoc !== lastLoc) {
      lines.push(`  ${pendingLoc}`);
      lastLoc = pendingLoc;
    }
    lines.push(line);
  };

  // The definition's position comes before its label, so that a link error about the name points at it.
  loc(code.at);
  if (pendingLoc !== '') lines.push((lastLoc = pendingLoc));
  if (code.exported) lines.push(`(export '${code.label})`);
  lines.push(`(function '${code.label})`);
  // The frame's address is rsp at entry, where the return address is: incoming slot 0 is 8 above it.
  for (const v of options.variables ?? []) {
    const { from, to } = v.scope;
    const offset = v.home.kind === 'frame' ? resolve(v.home.ref) - incomingBase + 8 : 0;
    const where =
      v.home.kind === 'frame' && offset >= -0x80000000 && offset <= 0x7fffffff
        ? `frame ${offset}`
        : v.home.kind === 'static'
          ? `static '${v.home.label}`
          : 'none 0';
    lines.push(
      `(debug-var ${quote(v.name)} ${v.type} ${where} ${from.line} ${from.column} ${to.line} ${to.column})`,
    );
  }

  // The frame begins at the `prologue`, or at the start when there is none (statements.ts, earlyReturn).
  let framed = false;
  const prologue = (): void => {
    if (pushed.length > 0) push(`  (vp-push ${pushList})`);
    if (frameSize > 0) push(`  (vp-alloc ${frameSize})`);
    if (code.dynamicStack) push(`  (vp-cpy-rr rsp ${registerNames[framePointer]})`);
    framed = true;
  };
  if (!code.instrs.some((instr) => instr.op === 'prologue')) prologue();

  // Which machine registers hold the same value, within a block: value[r] names r's current value.
  // A copy between two registers that already agree is dropped.
  const value = new Int32Array(16);
  let nextValue = 0;
  const forget = (): void => {
    for (let r = 0; r < 16; r++) value[r] = nextValue++;
  };
  forget();
  const instrs = code.instrs;
  for (let i = 0; i < instrs.length; i++) {
    const instr = instrs[i]!;
    if (instr.op === 'vp-cpy-rr') {
      const from = machineOf(instr.args[0] as Reg);
      const to = machineOf(instr.args[1] as Reg);
      if (value[from] === value[to]) continue;
      value[to] = value[from]!;
    } else {
      for (const d of instr.defs) value[machineOf(d)] = nextValue++;
    }
    switch (instr.op) {
      case 'label':
        forget();
        lines.push(`(vp-label '${labelOf(instr)!})`);
        continue;
      case 'loc':
        loc(instr.at);
        continue;
      case 'entry':
        continue;
      case 'prologue':
        prologue();
        continue;
      case 'call': {
        const target = instr.args[0]!;
        push(isReg(target) ? `  (vp-call-r ${reg(target)})` : `  (vp-call ${operand(target, undefined)})`);
        continue;
      }
      case 'ret':
        epilogue();
        push('  (vp-ret)');
        continue;
      case 'tailcall': {
        const target = instr.args[0]!;
        epilogue();
        push(isReg(target) ? `  (vp-jmp-r ${reg(target)})` : `  (vp-jmp ${operand(target, undefined)})`);
        continue;
      }
      case 'commute': {
        // d = a op b: into b's or a's register when d has it, else copy a first.
        const [a, b, d] = (instr.args as Reg[]).map(machineOf) as [Reg, Reg, Reg];
        const [source, copied] = d === b ? [a, b] : d === a ? [b, a] : [b, a];
        if (copied !== d) push(`  (vp-cpy-rr ${registerNames[copied]} ${registerNames[d]})`);
        push(`  (${instr.operation} ${registerNames[source]} ${registerNames[d]})`);
        continue;
      }
    }
    if (instr.op === 'vp-jmp' && jumpsToNext(instrs, i)) continue;
    push(`  (${instr.op} ${instr.args.map((arg, k) => operand(arg, instr.args[k + 1])).join(' ')})`);
  }

  for (const table of code.tables) {
    lines.push('(vp-align 8)', `(vp-label '${table.label})`);
    for (let i = 0; i < table.targets.length; i += 8) {
      lines.push(
        `  (vp-long ${table.targets
          .slice(i, i + 8)
          .map((t) => `'${t}`)
          .join(' ')})`,
      );
    }
  }
  return lines;
}

const registerNames: readonly string[] = Array.from({ length: 16 }, (_, r) => (r === rsp ? 'rsp' : `r${r}`));

/** Whether the jump at `i` goes to a label that follows it with only labels and locs between. */
function jumpsToNext(instrs: readonly Instr[], i: number): boolean {
  const target = instrs[i]!.args[0];
  if (target === undefined || isReg(target) || typeof target === 'bigint' || !('label' in target))
    return false;
  for (let j = i + 1; j < instrs.length; j++) {
    const next = instrs[j]!;
    if (next.op === 'loc') continue;
    if (next.op !== 'label') return false;
    if (labelOf(next) === target.label) return true;
  }
  return false;
}

/** `value` rounded up to a multiple of `alignment`. */
export function alignTo(value: number, alignment: number): number {
  return Math.ceil(value / alignment) * alignment;
}

/** A string as an assembly string literal (UTF-8). */
export function quote(text: string): string {
  return quoteBytes(new TextEncoder().encode(text));
}

/** Bytes as an assembly string literal. */
export function quoteBytes(bytes: ArrayLike<number>): string {
  let out = '"';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]! & 0xff;
    if (byte === 0x22 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += `\\x${byte.toString(16).padStart(2, '0')}`;
  }
  return out + '"';
}
