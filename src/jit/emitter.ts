// Emits one VP function as one Wasm function. Every compiled function has the same signature: the 16
// registers and the fuel left in, the block to start at; the 16 registers, the fuel and a status out (the word
// index the function returned to, or -1 when it left compiled code, having stored the machine state).
//
// Shape of a function of n blocks (forward branches are `br`s, backward ones go round the dispatch loop):
//   block $propagate  block $bail  loop $top
//     block L(n-1) ... block L0  br_table L0..L(n-1) on $label  end  code of block 0
//     end  code of block 1 ...  end  code of block n-1
//   end  unreachable  end  (store registers, fuel, ip, reason)  end  return status -1

import { decode, textBase } from '../isa/index.js';
import { stateLayout, type DecodedText } from '../vm/index.js';
import type { Block, JitFunction } from './discover.js';
import { instructionAt } from './discover.js';
import { wasmCases } from './semantics.js';
import { CodeWriter, valueType, type ValueType } from './wasm.js';

/** Exit reasons compiled code leaves with (the interpreter's, see src/vm/interpreter.ts). */
const reason = { compiled: 7, interpret: 8 } as const;

/** The most nested Wasm calls before compiled code hands a call to the interpreter (the host stack is finite). */
export const maxCallDepth = 800;

/** Locals after the parameters: registers 0-15, fuel 16, label 17 are the parameters. */
const local = {
  fuel: 16,
  label: 17,
  t0: 18,
  t1: 19,
  t2: 20,
  f0: 21,
  ip: 22,
  reason: 23,
  x: 24,
  y: 25,
  callee: 26,
} as const;
/** Types of the locals after the parameters, in order. */
export const extraLocals: readonly ValueType[] = [
  valueType.i64,
  valueType.i64,
  valueType.i64,
  valueType.f64,
  valueType.i32,
  valueType.i32,
  valueType.i32,
  valueType.i32,
  valueType.i32,
];

/** What an emitter needs to know about the machine and the other functions. */
export interface EmitContext {
  readonly text: DecodedText;
  /** Machine layout. */
  readonly lowest: number;
  readonly dataBase: number;
  readonly memorySize: number;
  readonly stackLimit: number;
  /** Byte address of the state area. */
  readonly stateBase: number;
  /** Byte address of the table of block numbers in the state area. */
  readonly entryBlocks: number;
  readonly shadowCapacity: number;
  /** Wasm function index of the compiled function whose entry is this word, if any. */
  functionAt(word: number): number | undefined;
  /** Index of the function type every compiled function has. */
  readonly functionType: number;
  /** Index of the imported `interpret(ip) -> reason` and of the call-depth global. */
  readonly interpretImport: number;
  readonly depthGlobal: number;
}

/** Emits the body of one function; the per-instruction cases (semantics.ts) call back into it. */
export class FunctionEmitter {
  readonly w = new CodeWriter();
  /** The current instruction: word index, register fields, first value operand, branch target, length. */
  ip = 0;
  a = 0;
  b = 0;
  c = 0;
  K = 0n;
  target = 0;
  length = 1;
  /** The current block's number and the index of the current instruction in it. */
  private blockNumber = 0;
  private block: Block | undefined = undefined;
  private indexInBlock = 0;
  /** Structured constructs opened inside the current block's code (they deepen every branch). */
  private nesting = 0;
  readonly f64Temp = local.f0;

  constructor(
    private readonly ctx: EmitContext,
    private readonly fn: JitFunction,
    /** This function's index in the table of compiled functions. */
    private readonly tableIndex: number,
  ) {}

  /** The whole body. */
  emit(): CodeWriter {
    const n = this.fn.blocks.length;
    const w = this.w;
    w.block().block().loop();
    for (let i = 0; i < n; i++) w.block();
    w.localGet(local.label).brTable(
      Array.from({ length: n }, (_, i) => i),
      0,
    );
    for (let i = 0; i < n; i++) {
      w.end();
      this.emitBlock(i);
    }
    w.end().op('unreachable').end(); // end of the dispatch loop (every block ends in a branch), then $bail
    this.storeState();
    w.end();
    this.returnStatus(() => w.i32Const(-1));
    return w;
  }

  private emitBlock(i: number): void {
    const block = this.fn.blocks[i]!;
    this.blockNumber = i;
    this.block = block;
    this.nesting = 0;
    // Charge the block's fuel on entry; with too little left, the interpreter finishes exactly.
    this.indexInBlock = 0;
    this.ip = block.start;
    this.w.localGet(local.fuel).i64Const(block.instructions.length).op('i64.sub').localTee(local.fuel);
    this.w.i64Const(0).op('i64.lt_s');
    this.bailIf();
    const text = this.ctx.text;
    for (let k = 0; k < block.instructions.length; k++) {
      const ip = block.instructions[k]!;
      this.indexInBlock = k;
      const word = text.code[ip]!;
      this.ip = ip;
      this.a = (word >>> 8) & 15;
      this.b = (word >>> 12) & 15;
      this.c = (word >>> 16) & 15;
      this.K = text.constants[ip]!;
      this.target = text.targets[ip]!;
      this.length = text.lengths[ip]!;
      const info = ip < text.words ? instructionAt(text, ip) : undefined;
      if (info === undefined) {
        this.bail(); // not an instruction: the interpreter traps on it
        return;
      }
      wasmCases[info.mnemonic](this);
      if (info.endsRun) return;
    }
    // The block ends where another starts: go on to it.
    this.goto(this.ip + this.length);
  }

  /** Push register r (as a double when `double`). */
  getOperand(r: number, double: boolean): void {
    this.w.localGet(r);
    if (double) this.w.op('f64.reinterpret_i64');
  }

  /** An i64 scratch local (0-2). */
  i64Temp(n: 0 | 1 | 2): number {
    return local.t0 + n;
  }

  /** Leave compiled code before the current instruction: the interpreter runs it (and traps, if it must). */
  bail(): void {
    const refund = this.block!.instructions.length - this.indexInBlock;
    this.w.localGet(local.fuel).i64Const(refund).op('i64.add').localSet(local.fuel);
    this.w.i32Const(this.ip).localSet(local.ip);
    this.exit(reason.interpret);
  }

  /** Bail when the i32 on the stack is non-zero. */
  bailIf(): void {
    this.openIf();
    this.bail();
    this.closeIf();
  }

  /** Leave compiled code with `code`; local.ip and the fuel are already what the machine should see. */
  private exit(code: number): void {
    this.w.i32Const(code).localSet(local.reason);
    this.w.br(this.depthToBail());
  }

  private openIf(): void {
    this.w.if();
    this.nesting++;
  }

  private closeIf(): void {
    this.w.end();
    this.nesting--;
  }

  private depthToBlock(j: number): number {
    return j - this.blockNumber - 1 + this.nesting;
  }

  private depthToTop(): number {
    return this.fn.blocks.length - 1 - this.blockNumber + this.nesting;
  }

  private depthToBail(): number {
    return this.fn.blocks.length - this.blockNumber + this.nesting;
  }

  private depthToPropagate(): number {
    return this.depthToBail() + 1;
  }

  /** Continue at `word`, a block of this function (or leave compiled code there when it is not one). */
  goto(word: number): void {
    const j = this.fn.blockAt.get(word);
    if (j === undefined) {
      this.w.i32Const(word).localSet(local.ip);
      this.exit(reason.compiled);
    } else if (j === this.blockNumber + 1 && this.nesting === 0) {
      // falls through into the next block's code
    } else if (j > this.blockNumber) {
      this.w.br(this.depthToBlock(j));
    } else {
      this.w.i32Const(j).localSet(local.label).br(this.depthToTop());
    }
  }

  /** The end of a conditional branch: the i32 condition is on the stack. */
  branch(): void {
    this.openIf();
    this.goto(this.target);
    this.closeIf();
    this.goto(this.ip + this.length);
  }

  /** Check the i64 address on the stack for a `width`-byte access; leaves it as an i32 for the access. */
  checkAddress(width: number, store: boolean): void {
    const lowest = store ? this.ctx.dataBase : this.ctx.lowest;
    this.w.localTee(local.t2).i64Const(lowest).op('i64.sub');
    this.w.i64Const(this.ctx.memorySize - width - lowest).op('i64.gt_u');
    this.bailIf();
    this.w.localGet(local.t2).op('i32.wrap_i64');
  }

  /** Run the current instruction in the interpreter, then go on where it left the machine. */
  interpret(): void {
    const w = this.w;
    const sb = this.ctx.stateBase;
    this.storeRegisters();
    w.i32Const(0)
      .localGet(local.fuel)
      .memory('i64.store', sb + stateLayout.fuel);
    w.i32Const(this.ip).call(this.ctx.interpretImport).localSet(local.reason);
    for (let r = 0; r < 16; r++)
      w.i32Const(0)
        .memory('i64.load', sb + stateLayout.registers + 8 * r)
        .localSet(r);
    w.i32Const(0)
      .memory('i64.load', sb + stateLayout.fuel)
      .localSet(local.fuel);
    w.i32Const(0)
      .memory('i32.load', sb + stateLayout.ip)
      .localSet(local.ip);
    w.localGet(local.reason);
    this.openIf();
    // A trap, halt, suspension, breakpoint or want of fuel: the machine takes it from here, and the rest of
    // the block, charged on entry, never ran.
    const after = this.block!.instructions.length - this.indexInBlock - 1;
    w.localGet(local.fuel).i64Const(after).op('i64.add').localSet(local.fuel);
    w.br(this.depthToBail());
    this.closeIf();
    const next = this.ip + this.length;
    w.localGet(local.ip).i32Const(next).op('i32.ne');
    this.openIf();
    this.dispatch(false);
    this.closeIf();
    if (instructionAt(this.ctx.text, this.ip)?.endsRun === true) this.goto(next);
  }

  /**
   * Continue at the word index in local.ip: a block of this function by the dispatch loop, another function's
   * entry by a tail call (when `tailCalls`), anywhere else by leaving compiled code.
   */
  private dispatch(tailCalls: boolean): void {
    const w = this.w;
    const sb = this.ctx.stateBase;
    w.localGet(local.ip).i32Const(2).op('i32.shl').localTee(local.y);
    w.memory('i32.load', sb + stateLayout.entryFunctions).localTee(local.x);
    w.i32Const(this.tableIndex + 1).op('i32.eq');
    this.openIf();
    w.localGet(local.y).memory('i32.load', this.ctx.entryBlocks).localSet(local.label);
    w.br(this.depthToTop());
    this.closeIf();
    if (tailCalls) {
      // Another function's entry (its block 0): a tail call that keeps the Wasm stack flat.
      w.localGet(local.x).op('i32.eqz').op('i32.eqz');
      w.localGet(local.y).memory('i32.load', this.ctx.entryBlocks).op('i32.eqz').op('i32.and');
      this.openIf();
      this.pushArguments();
      w.localGet(local.x).i32Const(1).op('i32.sub').callIndirect(this.ctx.functionType, true);
      this.closeIf();
    }
    this.exit(reason.compiled);
  }

  /** The target address (i64) on the stack: check it is a word of text, leave its word index in local.ip. */
  private targetWord(): void {
    const w = this.w;
    w.i64Const(textBase).op('i64.sub').localTee(local.t1);
    w.i64Const(this.ctx.text.words * 4).op('i64.ge_u');
    w.localGet(local.t1).op('i32.wrap_i64').i32Const(3).op('i32.and').op('i32.or');
    this.bailIf();
    w.localGet(local.t1).op('i32.wrap_i64').i32Const(2).op('i32.shr_u').localSet(local.ip);
  }

  /** `vp-jmp`: within the function, or a tail call to another function's entry. */
  jumpDirect(): void {
    const callee = this.fn.blockAt.has(this.target) ? undefined : this.ctx.functionAt(this.target);
    if (callee === undefined) {
      this.goto(this.target);
      return;
    }
    this.pushArguments();
    this.w.returnCall(callee);
  }

  /** `vp-jmp-r/i/p`: the target address is on the stack. */
  jumpDynamic(): void {
    this.targetWord();
    // A block of this function or another's entry; anywhere else the interpreter takes the jump itself.
    const w = this.w;
    const sb = this.ctx.stateBase;
    w.localGet(local.ip)
      .i32Const(2)
      .op('i32.shl')
      .memory('i32.load', sb + stateLayout.entryFunctions);
    w.op('i32.eqz');
    this.bailIf();
    this.dispatch(true);
  }

  /** `vp-call` to a compiled function's entry (others are left to the interpreter). */
  callDirect(): void {
    const callee = this.ctx.functionAt(this.target);
    if (callee === undefined) {
      this.bail();
      return;
    }
    this.call(() => this.w.call(callee));
  }

  /** `vp-call-r/i/p`: the target address is on the stack; it must be a compiled function's entry. */
  callDynamic(): void {
    this.targetWord();
    const w = this.w;
    const sb = this.ctx.stateBase;
    w.localGet(local.ip).i32Const(2).op('i32.shl').localTee(local.y);
    w.memory('i32.load', sb + stateLayout.entryFunctions)
      .localTee(local.callee)
      .op('i32.eqz');
    w.localGet(local.y).memory('i32.load', this.ctx.entryBlocks).op('i32.eqz').op('i32.eqz').op('i32.or');
    this.bailIf();
    this.call(() => w.localGet(local.callee).i32Const(1).op('i32.sub').callIndirect(this.ctx.functionType));
  }

  /**
   * A call: push the return address and the shadow-stack entry as the interpreter does (checking everything
   * first, so that an unusual stack is the interpreter's), then call; the callee returns the word it returned
   * to, which goes on here when it is this call's return address.
   */
  private call(emitCall: () => void): void {
    const w = this.w;
    const ctx = this.ctx;
    const sb = ctx.stateBase;
    const back = this.ip + this.length;
    w.localGet(15).i64Const(8).op('i64.sub').localTee(local.t0);
    w.i64Const(ctx.stackLimit)
      .op('i64.sub')
      .i64Const(ctx.memorySize - 8 - ctx.stackLimit)
      .op('i64.gt_u');
    w.localGet(local.t0).op('i32.wrap_i64').i32Const(7).op('i32.and').op('i32.or');
    w.i32Const(0)
      .memory('i32.load', sb + stateLayout.shadowDepth)
      .localTee(local.x);
    w.i32Const(ctx.shadowCapacity).op('i32.eq').op('i32.or');
    w.globalGet(ctx.depthGlobal).i32Const(maxCallDepth).op('i32.ge_u').op('i32.or');
    this.bailIf();
    w.localGet(local.t0)
      .op('i32.wrap_i64')
      .i64Const(textBase + back * 4)
      .memory('i64.store');
    w.localGet(local.t0).localSet(15);
    w.localGet(local.x).i32Const(2).op('i32.shl').localTee(local.y);
    w.localGet(local.t0)
      .op('i32.wrap_i64')
      .memory('i32.store', sb + stateLayout.shadowSlots);
    w.localGet(local.y)
      .i32Const(back)
      .memory('i32.store', sb + stateLayout.shadowReturns);
    w.i32Const(0)
      .localGet(local.x)
      .i32Const(1)
      .op('i32.add')
      .memory('i32.store', sb + stateLayout.shadowDepth);
    w.globalGet(ctx.depthGlobal).i32Const(1).op('i32.add').globalSet(ctx.depthGlobal);
    this.pushArguments();
    emitCall();
    w.localSet(local.ip).localSet(local.fuel);
    for (let r = 15; r >= 0; r--) w.localSet(r);
    w.globalGet(ctx.depthGlobal).i32Const(1).op('i32.sub').globalSet(ctx.depthGlobal);
    w.localGet(local.ip).i32Const(back).op('i32.ne');
    this.openIf();
    w.localGet(local.ip).i32Const(-1).op('i32.eq').brIf(this.depthToPropagate());
    this.exit(reason.compiled); // returned somewhere else (a longjmp, say): go on from there
    this.closeIf();
    this.goto(back);
  }

  /** The registers, the fuel and block 0: the arguments of a compiled function. */
  private pushArguments(): void {
    for (let r = 0; r <= local.fuel; r++) this.w.localGet(r);
    this.w.i32Const(0);
  }

  /** `vp-ret`: pop the return address as the interpreter does and return it to the caller as a word index. */
  ret(): void {
    const w = this.w;
    const ctx = this.ctx;
    const sb = ctx.stateBase;
    w.localGet(15).localTee(local.t0).i64Const(ctx.lowest).op('i64.sub');
    w.i64Const(ctx.memorySize - 8 - ctx.lowest).op('i64.gt_u');
    w.localGet(local.t0).op('i32.wrap_i64').i32Const(7).op('i32.and').op('i32.or');
    this.bailIf();
    w.localGet(local.t0)
      .op('i32.wrap_i64')
      .memory('i64.load')
      .i64Const(textBase)
      .op('i64.sub')
      .localTee(local.t1);
    w.i64Const(ctx.text.words * 4).op('i64.ge_u');
    w.localGet(local.t1).op('i32.wrap_i64').i32Const(3).op('i32.and').op('i32.or');
    this.bailIf(); // the halt address of the entry procedure, or a bad one: the interpreter's
    w.localGet(local.t0).i64Const(8).op('i64.add').localSet(15);
    // Drop the shadow-stack entries at or below the popped slot.
    w.i32Const(0)
      .memory('i32.load', sb + stateLayout.shadowDepth)
      .localSet(local.x);
    w.block().loop();
    w.localGet(local.x).op('i32.eqz').brIf(1);
    w.localGet(local.x)
      .i32Const(2)
      .op('i32.shl')
      .memory('i32.load', sb + stateLayout.shadowSlots - 4);
    w.localGet(local.t0).op('i32.wrap_i64').op('i32.gt_s').brIf(1);
    w.localGet(local.x).i32Const(1).op('i32.sub').localSet(local.x).br(0);
    w.end().end();
    w.i32Const(0)
      .localGet(local.x)
      .memory('i32.store', sb + stateLayout.shadowDepth);
    this.returnStatus(() => w.localGet(local.t1).op('i32.wrap_i64').i32Const(2).op('i32.shr_u'));
  }

  /** `vp-push`: all slots checked before any is written; rsp is pushed as it was before. */
  push(): void {
    const regs = this.registerList();
    const w = this.w;
    const ctx = this.ctx;
    const bytes = 8 * regs.length;
    w.localGet(15).i64Const(bytes).op('i64.sub').localTee(local.t0);
    w.i64Const(ctx.stackLimit)
      .op('i64.sub')
      .i64Const(ctx.memorySize - bytes - ctx.stackLimit)
      .op('i64.gt_u');
    w.localGet(local.t0).op('i32.wrap_i64').i32Const(7).op('i32.and').op('i32.or');
    this.bailIf();
    regs.forEach((r, k) => {
      w.localGet(local.t0)
        .op('i32.wrap_i64')
        .localGet(r)
        .memory('i64.store', 8 * (regs.length - 1 - k));
    });
    w.localGet(local.t0).localSet(15);
  }

  /** `vp-pop`: in reverse order; a slot popped into rsp is skipped. */
  pop(): void {
    const regs = this.registerList();
    const w = this.w;
    const ctx = this.ctx;
    const bytes = 8 * regs.length;
    w.localGet(15).localTee(local.t0).i64Const(ctx.lowest).op('i64.sub');
    w.i64Const(ctx.memorySize - bytes - ctx.lowest).op('i64.gt_u');
    w.localGet(local.t0).op('i32.wrap_i64').i32Const(7).op('i32.and').op('i32.or');
    this.bailIf();
    let offset = 0;
    for (let k = regs.length - 1; k >= 0; k--) {
      const r = regs[k]!;
      if (r !== 15) w.localGet(local.t0).op('i32.wrap_i64').memory('i64.load', offset).localSet(r);
      offset += 8;
    }
    w.localGet(local.t0).i64Const(bytes).op('i64.add').localSet(15);
  }

  /** `vp-alloc`: rsp -= c rounded up to 8; the interpreter traps below the stack limit. */
  alloc(): void {
    const n = this.K;
    if (n < 0n || n >= 0x40000000n) {
      this.bail();
      return;
    }
    const amount = (n + 7n) & -8n;
    const w = this.w;
    w.localGet(15).i64Const(0x80000000n).op('i64.ge_u');
    w.localGet(15).i64Const(amount).op('i64.sub').i64Const(this.ctx.stackLimit).op('i64.lt_s').op('i32.or');
    this.bailIf();
    w.localGet(15).i64Const(amount).op('i64.sub').localSet(15);
  }

  /** The register list of `vp-push`/`vp-pop` (past five registers it goes on in extension words). */
  private registerList(): readonly number[] {
    return (decode(this.ctx.text.original, this.ip)?.operands[0] as readonly number[] | undefined) ?? [];
  }

  /** Store the registers into the state area. */
  private storeRegisters(): void {
    const sb = this.ctx.stateBase;
    for (let r = 0; r < 16; r++)
      this.w
        .i32Const(0)
        .localGet(r)
        .memory('i64.store', sb + stateLayout.registers + 8 * r);
  }

  /** The $bail code: the machine state as the interpreter will see it. */
  private storeState(): void {
    const sb = this.ctx.stateBase;
    this.storeRegisters();
    this.w
      .i32Const(0)
      .localGet(local.fuel)
      .memory('i64.store', sb + stateLayout.fuel);
    this.w
      .i32Const(0)
      .localGet(local.ip)
      .memory('i32.store', sb + stateLayout.ip);
    this.w
      .i32Const(0)
      .localGet(local.reason)
      .memory('i32.store', sb + stateLayout.reason);
  }

  /** Return the registers, the fuel and the status `emitStatus` pushes. */
  private returnStatus(emitStatus: () => void): void {
    for (let r = 0; r <= local.fuel; r++) this.w.localGet(r);
    emitStatus();
    this.w.op('return');
  }
}
