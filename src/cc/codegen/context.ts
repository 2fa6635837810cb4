// The state of one function being lowered to the intermediate form: the instruction list, virtual
// registers, labels, frame slots, where each variable lives, and the loop and switch targets.

import type { Expression, FunctionDefinition, StringLiteral, VariableSymbol } from '../ast.js';
import type { CLocation } from '../diagnostics.js';
import {
  firstVirtual,
  instruction,
  pseudo,
  type Arg,
  type FrameRef,
  type FunctionCode,
  type Instr,
  type JumpTable,
  type Reg,
} from './ir.js';
import { alignTo } from './text.js';

/** Thrown when the tree holds something the code generator cannot translate; becomes a C4001 diagnostic. */
export class Unsupported extends Error {
  constructor(
    readonly what: string,
    readonly at: CLocation,
  ) {
    super(`${what} is not supported`);
  }
}

/** Where a variable lives. */
export type Home =
  /** In a virtual register for the whole function. */
  | { readonly kind: 'register'; readonly reg: Reg }
  /** In the frame. */
  | { readonly kind: 'frame'; readonly ref: FrameRef }
  /** In memory at the address a register holds (struct parameters: the caller's copy). */
  | { readonly kind: 'indirect'; readonly reg: Reg }
  /** At a label (globals, statics, externs). */
  | { readonly kind: 'static'; readonly label: string };

/** Labels shared by all functions of a unit. */
export interface UnitLabels {
  /** A fresh compiler-made label. */
  fresh(): string;
  /** The label of a string literal. */
  stringLabel(literal: StringLiteral): string;
}

/** The builder for one function. */
export class FunctionEmitter {
  readonly code: FunctionCode;
  /** Loop nesting depth of the code being emitted. */
  depth = 0;
  /** Where each variable of the function lives, by symbol id. */
  readonly homes = new Map<number, Home>();
  /** Registers that hold variables: an expression must copy them before changing them. */
  readonly variableRegs = new Set<Reg>();
  /** The innermost `break` and `continue` targets. */
  breakLabel: string | undefined;
  continueLabel: string | undefined;
  /**
   * The variable-length arrays live here, outermost first: for each, the register holding rsp from
   * before its allocation, which leaving its scope restores.
   */
  readonly stackMarks: Reg[] = [];
  /** How many of `stackMarks` are live at the `break` and `continue` targets. */
  breakMarks = 0;
  continueMarks = 0;
  /** How many variable-length arrays are live at each C label (statements.ts, `countLabelMarks`). */
  readonly labelMarks = new Map<string, number>();
  /** The labels of the innermost switch's cases, by case id. */
  caseLabels = new Map<number, string>();
  /** C labels (for goto), by name. */
  readonly userLabels = new Map<string, string>();
  /** Locals aligned beyond 8 bytes: the register that holds each one's address, rounded up in `ref`. */
  readonly overAligned: { readonly reg: Reg; readonly ref: FrameRef; readonly align: number }[] = [];
  /** The register holding the caller's result space, for functions returning a struct. */
  resultAddress: Reg | undefined;
  /** Whether the frame holds objects whose address may be known to others (no tail calls then). */
  hasAddressedLocals = false;
  /**
   * Updates of narrow integer variables whose result is known to be in range, so that it needs no
   * normalising: `i++` on a loop counter that the loop's condition bounds (statements.ts).
   */
  readonly exactUpdates = new Set<Expression>();

  constructor(
    readonly definition: FunctionDefinition,
    readonly labels: UnitLabels,
    exported: boolean,
  ) {
    this.code = {
      label: definition.symbol.label,
      exported,
      at: definition.at,
      instrs: [],
      tables: [],
      outgoingSize: 0,
      localsSize: 0,
      spillSlots: 0,
      dynamicStack: false,
      nextReg: firstVirtual,
    };
  }

  /** A fresh virtual register. */
  newReg(): Reg {
    return this.code.nextReg++;
  }

  /** Append a VP instruction. */
  emit(op: string, ...args: Arg[]): Instr {
    const instr = instruction(op, args, this.depth);
    this.code.instrs.push(instr);
    return instr;
  }

  /** Append a branch (or a jump) to `target`. */
  emitBranch(op: string, args: Arg[], target: string): void {
    this.code.instrs.push(instruction(op, [...args, { label: target, addend: 0 }], this.depth, [target]));
  }

  /** Append an unconditional jump. */
  emitJump(target: string): void {
    this.emitBranch('vp-jmp', [], target);
  }

  /** Append a jump through a register that can reach `targets`. */
  emitJumpRegister(reg: Reg, targets: readonly string[]): void {
    const instr = instruction('vp-jmp-r', [reg], this.depth, targets);
    this.code.instrs.push(instr);
  }

  /** Append a pseudo-instruction. */
  emitPseudo(op: Parameters<typeof pseudo>[0], fields: Parameters<typeof pseudo>[1]): void {
    this.code.instrs.push(pseudo(op, fields, this.depth));
  }

  /** Place a label here. */
  placeLabel(label: string): void {
    this.emitPseudo('label', { args: [{ label, addend: 0 }] });
  }

  /** Record the source position of the code that follows. */
  emitLoc(at: CLocation): void {
    this.emitPseudo('loc', { at });
  }

  /** A fresh label. */
  newLabel(): string {
    return this.labels.fresh();
  }

  /** Reserve `size` bytes in the frame's locals area. */
  frameSlot(size: number, align: number): FrameRef {
    const offset = alignTo(this.code.localsSize, Math.max(1, Math.min(align, 8)));
    this.code.localsSize = offset + Math.max(size, 1);
    return { area: 'locals', offset };
  }

  /** Make sure the argument area for outgoing calls holds `bytes`. */
  reserveOutgoing(bytes: number): void {
    this.code.outgoingSize = Math.max(this.code.outgoingSize, bytes);
  }

  /** Add a jump table; returns its label. */
  addTable(targets: readonly string[]): string {
    const table: JumpTable = { label: this.newLabel(), targets };
    this.code.tables.push(table);
    return table.label;
  }

  /** Where a variable lives. */
  homeOf(symbol: VariableSymbol, at: CLocation): Home {
    const home = this.homes.get(symbol.id);
    if (home !== undefined) return home;
    if (symbol.storage === 'global' || symbol.storage === 'static' || symbol.storage === 'extern') {
      return { kind: 'static', label: symbol.label };
    }
    throw new Unsupported(`the variable '${symbol.name}' outside its function`, at);
  }
}
