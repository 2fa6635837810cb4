// The code generator's intermediate form: VP instructions over virtual registers, in one list per
// function, before register allocation. Each instruction knows which registers it reads and writes.

import type { CLocation } from '../diagnostics.js';

/** A register: 0-14 are the machine's, 15 is rsp, 16 and up are virtual. */
export type Reg = number;
export const rsp: Reg = 15;
export const firstVirtual: Reg = 16;
/** The caller-saved registers a call may change (docs/ABI.md "Registers"). */
export const callerSaved: readonly Reg[] = [0, 1, 2, 3, 4, 5, 14];
/** The callee-saved registers. */
export const calleeSaved: readonly Reg[] = [6, 7, 8, 9, 10, 11, 12, 13];
/** Argument registers, slot order. */
export const argumentRegisters: readonly Reg[] = [0, 1, 2, 3, 4, 5];
/**
 * The frame base of a function whose stack grows while it runs (variable-length arrays): rsp just after
 * the prologue, kept for the whole function. Frame offsets other than the argument area are from it.
 */
export const framePointer: Reg = 13;

/**
 * The parts of a frame, laid out from rsp up: the argument area of the calls it makes (slot i at
 * `outgoing` offset 8 * i), locals, spill slots; then, above the saved registers and the return
 * address, the caller's argument area (slot i at `incoming` offset 8 * i). `dynamic` is the end of the
 * argument area, where a variable-length array just allocated below the frame starts: always from
 * rsp, which moves (docs/ABI.md "Frames").
 */
export type FrameArea = 'outgoing' | 'locals' | 'spill' | 'incoming' | 'dynamic';

/** An rsp-relative offset, resolved when the frame's size is known. */
export interface FrameRef {
  readonly area: FrameArea;
  readonly offset: number;
}

/** An address in the module: a label plus an addend. */
export interface LabelRef {
  readonly label: string;
  readonly addend: number;
}

/** An operand: a register (number), a constant (bigint), a label or a frame offset. */
export type Arg = Reg | bigint | LabelRef | FrameRef;

/**
 * One instruction: a VP mnemonic with its operands in assembly order, or a pseudo-instruction:
 * `label` (args: the label), `loc` (a source position), `entry` (defines the parameter registers),
 * `call` (args: the target, a label or register), `ret` and `tailcall` (the epilogue comes at emission),
 * `prologue` (where the frame begins, when not at the start: code before it uses only r0-r5 and r14),
 * `commute` (args: a, b, d; `d = a op b` for the commutative `operation`, printed as one two-operand
 * instruction when d shares a register with a or b, else as a copy and the operation).
 */
export interface Instr {
  readonly op: string;
  /** The VP mnemonic of a `commute` (e.g. `vp-add-rr`); '' for every other instruction. */
  readonly operation: string;
  args: Arg[];
  /** Registers read, including implicit ones (argument registers of a call). */
  uses: Reg[];
  /** Registers written, including implicit ones (everything a call may change). */
  defs: Reg[];
  /** Labels this instruction may jump to. */
  readonly targets: readonly string[];
  /** Whether control never continues with the next instruction. */
  readonly terminal: boolean;
  /** Loop nesting depth, to weigh register uses. */
  readonly depth: number;
  /** The source position of a `loc`. */
  readonly at: CLocation | undefined;
}

/** How an instruction uses each of its operands: read, written, both, or not a register. */
type Role = 'u' | 'd' | 'ud' | '-';

const roleCache = new Map<string, readonly Role[]>();

/** The operand roles of a VP mnemonic (only the ones the code generator uses). */
export function rolesOf(op: string): readonly Role[] {
  let roles = roleCache.get(op);
  if (roles === undefined) {
    roles = computeRoles(op);
    roleCache.set(op, roles);
  }
  return roles;
}

function computeRoles(op: string): readonly Role[] {
  if (op === 'vp-cpy-rr' || /^vp-cvt-|^vp-f(neg|abs|sqrt)-rr$|^vp-bswap-/.test(op)) return ['u', 'd'];
  if (op === 'vp-cpy-cr') return ['-', 'd'];
  if (/^vp-cpy-ir|^vp-lea-i$/.test(op)) return ['u', '-', 'd'];
  if (/^vp-cpy-dr|^vp-lea-d$/.test(op)) return ['u', 'u', 'd'];
  if (/^vp-cpy-ri/.test(op)) return ['u', 'u', '-'];
  if (/^vp-cpy-rd|^vp-(copy|fill)-rrr$/.test(op)) return ['u', 'u', 'u'];
  if (op === 'vp-lea-p' || op === 'vp-cpy-pr') return ['-', 'd'];
  if (op === 'vp-cpy-rp') return ['u', '-'];
  if (/^vp-f?b[a-z]+-rr$/.test(op)) return ['u', 'u', '-'];
  if (/^vp-b[a-z]+-cr$/.test(op)) return ['-', 'u', '-'];
  if (op === 'vp-jmp-r' || op === 'vp-call-r') return ['u'];
  if (op === 'vp-jmp' || op === 'vp-call' || op === 'vp-alloc') return ['-'];
  if (/-rr(-u)?$/.test(op)) return ['u', 'ud'];
  if (/-cr$/.test(op)) return ['-', 'ud'];
  throw new Error(`no operand roles for ${op}`);
}

/** Whether an instruction computes a value from nothing that changes while the function runs. */
export function isInvariant(instr: Instr): boolean {
  if (instr.op === 'vp-lea-i' && instr.args[0] === rsp) {
    const offset = instr.args[1];
    return typeof offset === 'object' && 'area' in offset && offset.area !== 'dynamic';
  }
  return instr.op === 'vp-cpy-cr' || instr.op === 'vp-lea-p';
}

/** Whether an operand is a register. */
export function isReg(arg: Arg): arg is Reg {
  return typeof arg === 'number';
}

/**
 * Build an instruction whose register uses and definitions follow from its mnemonic. Reading rsp is
 * not a use (it is no allocatable register); writing it is a definition, so that the write is kept and
 * no copy of the old rsp is taken for the new one.
 */
export function instruction(op: string, args: Arg[], depth: number, targets: readonly string[] = []): Instr {
  const roles = rolesOf(op);
  const uses: Reg[] = [];
  const defs: Reg[] = [];
  args.forEach((arg, i) => {
    if (!isReg(arg)) return;
    const role = roles[i] ?? '-';
    if (arg === rsp) {
      if (role === 'd' || role === 'ud') defs.push(rsp);
      return;
    }
    if (role === 'u' || role === 'ud') uses.push(arg);
    if (role === 'd' || role === 'ud') defs.push(arg);
  });
  const terminal = op === 'vp-jmp' || op === 'vp-jmp-r';
  return { op, operation: '', args, uses, defs, targets, terminal, depth, at: undefined };
}

/** The commutative operations that `commute` can carry. */
export const commutativeOps: ReadonlySet<string> = new Set([
  'vp-add-rr',
  'vp-mul-rr',
  'vp-and-rr',
  'vp-or-rr',
  'vp-xor-rr',
  'vp-fadd-rr',
  'vp-fmul-rr',
]);

/** `d = a op b` for a commutative `operation` (see `Instr`). */
export function commute(operation: string, a: Reg, b: Reg, d: Reg, depth: number): Instr {
  if (!commutativeOps.has(operation)) throw new Error(`${operation} is not commutative`);
  return {
    op: 'commute',
    operation,
    args: [a, b, d],
    uses: a === b ? [a] : [a, b],
    defs: [d],
    targets: [],
    terminal: false,
    depth,
    at: undefined,
  };
}

/** Build a pseudo-instruction with explicit register effects. */
export function pseudo(
  op: 'label' | 'loc' | 'entry' | 'prologue' | 'call' | 'ret' | 'tailcall',
  fields: {
    args?: Arg[];
    uses?: Reg[];
    defs?: Reg[];
    terminal?: boolean;
    at?: CLocation;
  },
  depth: number,
): Instr {
  return {
    op,
    operation: '',
    args: fields.args ?? [],
    uses: fields.uses ?? [],
    defs: fields.defs ?? [],
    targets: [],
    terminal: fields.terminal ?? false,
    depth,
    at: fields.at,
  };
}

/** The label an instruction defines, if it is a `label`. */
export function labelOf(instr: Instr): string | undefined {
  if (instr.op !== 'label') return undefined;
  const arg = instr.args[0];
  return arg !== undefined && typeof arg === 'object' && 'label' in arg ? arg.label : undefined;
}

/** A jump table: its label and the labels of its entries. */
export interface JumpTable {
  readonly label: string;
  readonly targets: readonly string[];
}

/** One function's code as it is being built and then allocated. */
export interface FunctionCode {
  readonly label: string;
  readonly exported: boolean;
  readonly at: CLocation;
  instrs: Instr[];
  readonly tables: JumpTable[];
  /** Bytes of the argument area for the calls the function makes. */
  outgoingSize: number;
  /** Bytes of the locals area. */
  localsSize: number;
  /** Number of 8-byte spill slots. */
  spillSlots: number;
  /** Whether rsp moves in the body (variable-length arrays): the frame is then addressed from `framePointer`. */
  dynamicStack: boolean;
  /** Next virtual register number. */
  nextReg: Reg;
}
