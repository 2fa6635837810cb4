// Emits one VP function as one Wasm function. Every compiled function has the same signature: the 16
// registers and the fuel left in, the block to start at (-1: the entry); the 16 registers, the fuel and a status
// out (the word index the function returned to, or -1 when it left compiled code, having stored the state).
//
// Shape (see structure.ts for items): each level of items (the function, or a loop's body) opens one block per
// item, innermost first, so that a forward branch to an item is a `br` to the end of its block; a loop item is
// a Wasm `loop` whose back edges are `br`s to it. Entering at another block, or a backward edge that is not a
// loop's, sets $label and goes round $top; each level passes a $label it holds down to the item that has it.
//   block $propagate  block $bail  loop $top
//     block L(last) ... block L(first)  [if $label != -1: dispatch]  end  item  end  item ...
//   end  unreachable  end  (store registers, fuel, ip, reason)  end  return status -1

import { decode, textBase } from '../isa/index.js';
import { exitReason, stateLayout, type DecodedText } from '../vm/index.js';
import type { Block, JitFunction } from './discover.js';
import { instructionAt } from './discover.js';
import { wasmCases } from './semantics.js';
import { allRegisters, registersIn } from './registers.js';
import { freshAfter, freshAtStart } from './doubles.js';
import { firstBlock, lastBlock, structure, type Item } from './structure.js';
import { CodeWriter, valueType, type ValueType } from './wasm.js';

/** The most nested Wasm calls before compiled code hands a call to the interpreter (the host stack is finite). */
export const maxCallDepth = 800;

/** 0x7ff8000000000000: the one NaN the machine produces. */
const canonicalNaN = 0x7ff8000000000000n;

/** Local indexes of a function whose parameters are `registers` registers, the fuel and the label. */
function localsFor(registers: number) {
  const fuel = registers;
  return {
    fuel,
    label: fuel + 1,
    t0: fuel + 2,
    t1: fuel + 3,
    t2: fuel + 4,
    f0: fuel + 5,
    ip: fuel + 6,
    reason: fuel + 7,
    x: fuel + 8,
    y: fuel + 9,
    callee: fuel + 10,
  } as const;
}
/** Types of the locals after the parameters, in order. */
const extraLocals: readonly ValueType[] = [
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

/** A structured construct open while emitting: a forward-branch block or loop of a block, or scaffolding. */
type Construct =
  | { readonly kind: 'block' | 'loop'; readonly block: number }
  | { readonly kind: 'propagate' | 'bail' | 'packed' | 'ret' | 'top' | 'reset' | 'if' };

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
  functionAt(word: number): { readonly index: number; readonly mask: number } | undefined;
  /** Index of the function type every compiled function has. */
  readonly functionType: number;
  /** Index of the imported `interpret(ip) -> reason`, and of the global holding the shadow-stack depth at
   * which compiled calls stop (`enter` sets it `maxCallDepth` above the depth it starts at). */
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
  /** The current block and the index of the current instruction in it. */
  private block: Block | undefined = undefined;
  private indexInBlock = 0;
  /** The open structured constructs, outermost first: what a `br` of each depth reaches. */
  private readonly control: Construct[] = [];
  /** Local index of each register this function has (its mask), and of the other locals. */
  private readonly registerLocal: readonly number[];
  /** The register of each register local, and the f64 local that mirrors it while it is fresh. */
  private readonly localRegister: readonly number[];
  private readonly doubleLocal: readonly number[];
  /** Registers (a mask) whose f64 local holds their value as a double now (doubles.ts). */
  private fresh = 0;
  /** Whether the function has a `vp-ret` (the return sequence is emitted once, after $ret). */
  private returns = false;
  /** The fresh registers at the start of each block. */
  private freshIn: readonly number[] = [];
  /** Types of this function's locals after its parameters. */
  readonly locals: readonly ValueType[];
  private readonly L: ReturnType<typeof localsFor>;
  readonly f64Temp: number;
  /** Local index of rsp. */
  readonly rsp: number;

  constructor(
    private readonly ctx: EmitContext,
    private readonly fn: JitFunction,
    /** This function's index in the table of compiled functions. */
    private readonly tableIndex: number,
    /** The registers this function and its callees can touch: its parameters and results. */
    private readonly mask: number,
  ) {
    const registers = registersIn(mask);
    const locals = new Array<number>(16).fill(-1);
    registers.forEach((r, k) => (locals[r] = k));
    this.registerLocal = locals;
    this.L = localsFor(registers.length);
    this.localRegister = registers;
    this.doubleLocal = registers.map((_, k) => this.L.callee + 1 + k);
    this.locals = [...extraLocals, ...registers.map(() => valueType.f64)];
    this.f64Temp = this.L.f0;
    this.rsp = locals[15]!;
  }

  /** The whole body. */
  emit(): CodeWriter {
    const w = this.w;
    for (const kind of ['propagate', 'bail', 'packed', 'ret'] as const) {
      w.block();
      this.control.push({ kind });
    }
    w.loop();
    this.control.push({ kind: 'top' });
    this.freshIn = freshAtStart(this.ctx.text, this.fn, (b) => this.writtenLeaving(b));
    this.emitLevel(structure(this.fn), true);
    w.end().op('unreachable'); // every block ends in a branch
    this.control.pop();
    w.end();
    this.control.pop();
    if (this.returns) this.emitReturn();
    else w.op('unreachable');
    w.end();
    this.control.pop();
    // A packed bail: local.ip holds the word index << 8 | the fuel to give back << 1 | 1 for want of fuel.
    w.localGet(this.L.fuel).localGet(this.L.ip).i32Const(1).op('i32.shr_u').i32Const(127).op('i32.and');
    w.op('i64.extend_i32_u').op('i64.add').localSet(this.L.fuel);
    w.i32Const(exitReason.needFuel).i32Const(exitReason.interpret);
    w.localGet(this.L.ip).i32Const(1).op('i32.and').op('select').localSet(this.L.reason);
    w.localGet(this.L.ip).i32Const(8).op('i32.shr_u').localSet(this.L.ip);
    w.end();
    this.control.pop();
    this.storeState();
    w.end();
    this.control.pop();
    // Leaving compiled code (having bailed, or because a callee did): the registers as they are now.
    this.storeRegisters();
    this.returnStatus(() => w.i32Const(-1));
    return w;
  }

  /** One level of items: a block for each to branch forward to, the entry dispatch, then the items. */
  private emitLevel(items: readonly Item[], top = false): void {
    const w = this.w;
    for (let k = items.length - 1; k >= 0; k--) {
      w.block();
      this.control.push({ kind: 'block', block: firstBlock(items[k]!) });
    }
    // Entering at a block inside this level: $label holds it. Pass it into the loop holding it, or clear it
    // and go to its block. A level's items hold consecutive blocks, lo to hi.
    const lo = firstBlock(items[0]!);
    const hi = lastBlock(items[items.length - 1]!);
    const itemOf = new Array<number>(hi - lo + 1);
    items.forEach((item, k) => itemOf.fill(k, firstBlock(item) - lo, lastBlock(item) - lo + 1));
    w.localGet(this.L.label).i32Const(-1).op('i32.ne');
    this.openIf();
    if (top) {
      // Entering at any block: the f64 locals of the registers fresh at some block's start must hold their values.
      const everFresh = this.freshIn.reduce((all, fresh) => all | fresh, 0);
      this.localRegister.forEach((r, k) => {
        if ((everFresh & (1 << r)) !== 0)
          w.localGet(k).op('f64.reinterpret_i64').localSet(this.doubleLocal[k]!);
      });
    }
    // Inside the `if` the item blocks are at depths 1 (the first item) and up; inside `reset` one more.
    w.block();
    this.control.push({ kind: 'reset' });
    w.localGet(this.L.label);
    if (lo !== 0) w.i32Const(lo).op('i32.sub');
    w.brTable(
      itemOf.map((k) => (items[k]!.kind === 'loop' ? k + 2 : 0)),
      0,
    );
    w.end();
    this.control.pop();
    w.localGet(this.L.label);
    if (lo !== 0) w.i32Const(lo).op('i32.sub');
    w.i32Const(-1).localSet(this.L.label);
    w.brTable(
      itemOf.map((k) => k + 1),
      1,
    );
    this.closeIf();
    for (const item of items) {
      w.end();
      this.control.pop();
      if (item.kind === 'block') {
        this.emitBlock(item.block);
      } else {
        w.loop();
        this.control.push({ kind: 'loop', block: item.header });
        this.emitLevel(item.items, false);
        w.end();
        this.control.pop();
      }
    }
  }

  private emitBlock(i: number): void {
    const block = this.fn.blocks[i]!;
    this.block = block;
    // Charge the block's fuel on entry. With too little left, leave: the machine either gives compiled code
    // more (the budget was a chunk) or finishes exactly in the interpreter.
    this.indexInBlock = 0;
    this.ip = block.start;
    const cost = block.instructions.length;
    this.w.localGet(this.L.fuel).i64Const(cost).op('i64.sub').localTee(this.L.fuel);
    this.w.i64Const(0).op('i64.lt_s');
    this.openIf();
    this.w
      .i32Const(0)
      .i32Const(cost)
      .memory('i32.store', this.ctx.stateBase + stateLayout.need);
    this.bail(exitReason.needFuel);
    this.closeIf();
    const text = this.ctx.text;
    this.fresh = this.freshIn[i]!;
    for (let k = 0; k < block.instructions.length; k++) {
      const ip = block.instructions[k]!;
      const freshBefore = this.fresh;
      this.indexInBlock = k;
      const word = text.code[ip]!;
      this.ip = ip;
      this.a = this.registerLocal[(word >>> 8) & 15]!;
      this.b = this.registerLocal[(word >>> 12) & 15]!;
      this.c = this.registerLocal[(word >>> 16) & 15]!;
      this.K = text.constants[ip]!;
      this.target = text.targets[ip]!;
      this.length = text.lengths[ip]!;
      const info = ip < text.words ? instructionAt(text, ip) : undefined;
      if (info === undefined) {
        this.bail(); // not an instruction: the interpreter traps on it
        return;
      }
      wasmCases[info.mnemonic](this);
      this.fresh = freshAfter(text, ip, freshBefore);
      if (info.endsRun) return;
    }
    // The block ends where another starts: go on to it.
    this.goto(this.ip + this.length);
  }

  /** The `br` depth of the innermost open construct of this kind (and block), or -1 when none is open. */
  private depthOf(kind: Construct['kind'], block = -1): number {
    for (let d = this.control.length - 1; d >= 0; d--) {
      const c = this.control[d]!;
      if (c.kind === kind && ('block' in c ? c.block : -1) === block) return this.control.length - 1 - d;
    }
    return -1;
  }

  /** Push register r (as a double when `double`). */
  getOperand(local: number, double: boolean): void {
    if (!double) {
      this.w.localGet(local);
      return;
    }
    const r = this.localRegister[local]!;
    const mirror = this.doubleLocal[local]!;
    if ((this.fresh & (1 << r)) !== 0) {
      this.w.localGet(mirror);
    } else {
      this.w.localGet(local).op('f64.reinterpret_i64').localTee(mirror);
      this.fresh |= 1 << r;
    }
  }

  /** Set register local `local` from the double on the stack (NaN made canonical unless it cannot be one). */
  setDouble(local: number, canonical = true): void {
    const t = this.f64Temp;
    // Chosen among doubles, so that the value stays in a float register for the next double operation.
    if (canonical)
      this.w.localTee(t).f64ConstBits(canonicalNaN).localGet(t).localGet(t).op('f64.eq').op('select');
    this.w.localTee(this.doubleLocal[local]!).op('i64.reinterpret_f64').localSet(local);
    this.fresh |= 1 << this.localRegister[local]!;
  }

  /** `vp-cpy-rr`: the f64 mirror goes along when the source has one. */
  copyRegister(from: number, to: number): void {
    this.w.localGet(from).localSet(to);
    if ((this.fresh & (1 << this.localRegister[from]!)) !== 0) {
      this.w.localGet(this.doubleLocal[from]!).localSet(this.doubleLocal[to]!);
    }
  }

  /** Registers a block's last instruction may change beyond its own operands: a callee's. */
  private writtenLeaving(b: number): number {
    const block = this.fn.blocks[b]!;
    const ip = block.instructions[block.instructions.length - 1]!;
    const m = ip < this.ctx.text.words ? instructionAt(this.ctx.text, ip)?.mnemonic : undefined;
    if (m === 'vp-call') return this.ctx.functionAt(this.ctx.text.targets[ip]!)?.mask ?? allRegisters;
    return m !== undefined && m.startsWith('vp-call') ? allRegisters : 0;
  }

  /** An i64 scratch local (0-2). */
  i64Temp(n: 0 | 1 | 2): number {
    return this.L.t0 + n;
  }

  /** Leave compiled code before the current instruction: the interpreter runs it (and traps, if it must). */
  bail(why: number = exitReason.interpret): void {
    const refund = this.block!.instructions.length - this.indexInBlock;
    if (refund < 128 && this.ip < 1 << 23 && (why === exitReason.interpret || why === exitReason.needFuel)) {
      // The common case in one constant, decoded after $packed (most instructions have a bail site).
      this.w.i32Const((this.ip << 8) | (refund << 1) | (why === exitReason.needFuel ? 1 : 0));
      this.w.localSet(this.L.ip).br(this.depthOf('packed'));
      return;
    }
    this.w.localGet(this.L.fuel).i64Const(refund).op('i64.add').localSet(this.L.fuel);
    this.w.i32Const(this.ip).localSet(this.L.ip);
    this.exit(why);
  }

  /** Bail when the i32 on the stack is non-zero. */
  bailIf(): void {
    this.openIf();
    this.bail();
    this.closeIf();
  }

  /** Leave compiled code with `code`; this.L.ip and the fuel are already what the machine should see. */
  private exit(code: number): void {
    this.w.i32Const(code).localSet(this.L.reason);
    this.w.br(this.depthToBail());
  }

  private openIf(): void {
    this.w.if();
    this.control.push({ kind: 'if' });
  }

  private closeIf(): void {
    this.w.end();
    this.control.pop();
  }

  private depthToTop(): number {
    return this.depthOf('top');
  }

  private depthToBail(): number {
    return this.depthOf('bail');
  }

  private depthToPropagate(): number {
    return this.depthOf('propagate');
  }

  /** Continue at `word`, a block of this function (or leave compiled code there when it is not one). */
  goto(word: number): void {
    const j = this.fn.blockAt.get(word);
    const top = this.control[this.control.length - 1]!;
    if (j === undefined) {
      this.w.i32Const(word).localSet(this.L.ip);
      this.exit(exitReason.compiled);
    } else if (top.kind === 'block' && top.block === j) {
      // the next thing emitted is the end of that block: fall through into it
    } else if (this.depthOf('loop', j) >= 0) {
      this.w.br(this.depthOf('loop', j)); // a loop's back edge
    } else if (this.depthOf('block', j) >= 0) {
      this.w.br(this.depthOf('block', j));
    } else {
      this.w.i32Const(j).localSet(this.L.label).br(this.depthToTop());
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
    this.w.localTee(this.L.t2).i64Const(lowest).op('i64.sub');
    this.w.i64Const(this.ctx.memorySize - width - lowest).op('i64.gt_u');
    this.bailIf();
    this.w.localGet(this.L.t2).op('i32.wrap_i64');
  }

  /** Run the current instruction in the interpreter, then go on where it left the machine. */
  interpret(): void {
    const w = this.w;
    const sb = this.ctx.stateBase;
    this.storeRegisters();
    w.i32Const(0)
      .localGet(this.L.fuel)
      .memory('i64.store', sb + stateLayout.fuel);
    w.i32Const(this.ip).call(this.ctx.interpretImport).localSet(this.L.reason);
    for (const r of registersIn(this.mask)) {
      w.i32Const(0)
        .memory('i64.load', sb + stateLayout.registers + 8 * r)
        .localSet(this.registerLocal[r]!);
    }
    w.i32Const(0)
      .memory('i64.load', sb + stateLayout.fuel)
      .localSet(this.L.fuel);
    w.i32Const(0)
      .memory('i32.load', sb + stateLayout.ip)
      .localSet(this.L.ip);
    w.localGet(this.L.reason);
    this.openIf();
    // A trap, halt, suspension, breakpoint or want of fuel: the machine takes it from here, and the rest of
    // the block, charged on entry, never ran.
    const after = this.block!.instructions.length - this.indexInBlock - 1;
    w.localGet(this.L.fuel).i64Const(after).op('i64.add').localSet(this.L.fuel);
    w.br(this.depthToBail());
    this.closeIf();
    const next = this.ip + this.length;
    w.localGet(this.L.ip).i32Const(next).op('i32.ne');
    this.openIf();
    this.dispatch(false);
    this.closeIf();
    if (instructionAt(this.ctx.text, this.ip)?.endsRun === true) this.goto(next);
  }

  /**
   * Continue at the word index in this.L.ip: a block of this function by the dispatch loop, another function's
   * entry by a tail call (when `tailCalls`), anywhere else by leaving compiled code.
   */
  private dispatch(tailCalls: boolean): void {
    const w = this.w;
    const sb = this.ctx.stateBase;
    w.localGet(this.L.ip).i32Const(2).op('i32.shl').localTee(this.L.y);
    w.memory('i32.load', sb + stateLayout.entryFunctions).localTee(this.L.x);
    w.i32Const(this.tableIndex + 1).op('i32.eq');
    this.openIf();
    w.localGet(this.L.y).memory('i32.load', this.ctx.entryBlocks).localSet(this.L.label);
    w.br(this.depthToTop());
    this.closeIf();
    if (tailCalls) {
      // Another function's entry (its block 0): a tail call that keeps the Wasm stack flat.
      w.localGet(this.L.x).op('i32.eqz').op('i32.eqz');
      w.localGet(this.L.y).memory('i32.load', this.ctx.entryBlocks).op('i32.eqz').op('i32.and');
      this.openIf();
      this.pushArguments(allRegisters);
      w.localGet(this.L.x).i32Const(1).op('i32.sub').callIndirect(this.ctx.functionType, true);
      this.closeIf();
    }
    this.exit(exitReason.compiled);
  }

  /** The target address (i64) on the stack: check it is a word of text, leave its word index in this.L.ip. */
  private targetWord(): void {
    const w = this.w;
    w.i64Const(textBase).op('i64.sub').localTee(this.L.t1);
    w.i64Const(this.ctx.text.words * 4).op('i64.ge_u');
    w.localGet(this.L.t1).op('i32.wrap_i64').i32Const(3).op('i32.and').op('i32.or');
    this.bailIf();
    w.localGet(this.L.t1).op('i32.wrap_i64').i32Const(2).op('i32.shr_u').localSet(this.L.ip);
  }

  /** `vp-jmp`: within the function, or a tail call to another function's entry. */
  jumpDirect(): void {
    const callee = this.fn.blockAt.has(this.target) ? undefined : this.ctx.functionAt(this.target);
    if (callee === undefined) {
      this.goto(this.target);
      return;
    }
    this.pushArguments(callee.mask); // tail-call partners share their mask (registers.ts)
    this.w.returnCall(callee.index);
  }

  /** `vp-jmp-r/i/p`: the target address is on the stack. */
  jumpDynamic(): void {
    this.targetWord();
    // A block of this function or another's entry; anywhere else the interpreter takes the jump itself.
    const w = this.w;
    const sb = this.ctx.stateBase;
    w.localGet(this.L.ip)
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
    this.call(callee.mask, () => this.w.call(callee.index));
  }

  /** `vp-call-r/i/p`: the target address is on the stack; it must be a compiled function's entry. */
  callDynamic(): void {
    this.targetWord();
    const w = this.w;
    const sb = this.ctx.stateBase;
    w.localGet(this.L.ip).i32Const(2).op('i32.shl').localTee(this.L.y);
    w.memory('i32.load', sb + stateLayout.entryFunctions)
      .localTee(this.L.callee)
      .op('i32.eqz');
    w.localGet(this.L.y).memory('i32.load', this.ctx.entryBlocks).op('i32.eqz').op('i32.eqz').op('i32.or');
    this.bailIf();
    this.call(allRegisters, () =>
      w.localGet(this.L.callee).i32Const(1).op('i32.sub').callIndirect(this.ctx.functionType),
    );
  }

  /**
   * A call: push the return address and the shadow-stack entry as the interpreter does (checking everything
   * first, so that an unusual stack is the interpreter's), then call; the callee returns the word it returned
   * to, which goes on here when it is this call's return address.
   */
  private call(calleeMask: number, emitCall: () => void): void {
    const w = this.w;
    const ctx = this.ctx;
    const sb = ctx.stateBase;
    const back = this.ip + this.length;
    w.localGet(this.rsp).i64Const(8).op('i64.sub').localTee(this.L.t0);
    w.i64Const(ctx.stackLimit)
      .op('i64.sub')
      .i64Const(ctx.memorySize - 8 - ctx.stackLimit)
      .op('i64.gt_u');
    w.i32Const(0)
      .memory('i32.load', sb + stateLayout.shadowDepth)
      .localTee(this.L.x);
    // A full shadow stack is the interpreter's to halve; past the depth limit the host stack could run out.
    w.i32Const(ctx.shadowCapacity).op('i32.eq').op('i32.or');
    w.localGet(this.L.x).globalGet(ctx.depthGlobal).op('i32.ge_u').op('i32.or');
    this.bailIf();
    w.localGet(this.L.t0)
      .op('i32.wrap_i64')
      .i64Const(textBase + back * 4)
      .memory('i64.store');
    w.localGet(this.L.t0).localSet(this.rsp);
    w.localGet(this.L.x).i32Const(2).op('i32.shl').localTee(this.L.y);
    w.localGet(this.L.t0)
      .op('i32.wrap_i64')
      .memory('i32.store', sb + stateLayout.shadowSlots);
    w.localGet(this.L.y)
      .i32Const(back)
      .memory('i32.store', sb + stateLayout.shadowReturns);
    w.i32Const(0)
      .localGet(this.L.x)
      .i32Const(1)
      .op('i32.add')
      .memory('i32.store', sb + stateLayout.shadowDepth);
    this.pushArguments(calleeMask);
    emitCall();
    w.localSet(this.L.ip).localSet(this.L.fuel);
    const results = registersIn(calleeMask);
    for (let k = results.length - 1; k >= 0; k--) w.localSet(this.registerLocal[results[k]!]!);
    w.localGet(this.L.ip).i32Const(back).op('i32.ne');
    this.openIf();
    // The callee left compiled code, having stored the state; it returned its registers' values too, so
    // this function's locals hold every register's, and $propagate stores them all again.
    w.localGet(this.L.ip).i32Const(-1).op('i32.eq').brIf(this.depthToPropagate());
    this.exit(exitReason.compiled); // returned somewhere else (a longjmp, say): go on from there
    this.closeIf();
    this.goto(back);
  }

  /** The registers of `mask`, the fuel and label -1 (start at the entry): a compiled function's arguments. */
  private pushArguments(mask: number): void {
    for (const r of registersIn(mask)) this.w.localGet(this.registerLocal[r]!);
    this.w.localGet(this.L.fuel).i32Const(-1);
  }

  /** `vp-ret`: the function's one return sequence, after $ret, with local.ip the word of the `vp-ret`. */
  ret(): void {
    this.returns = true;
    this.w.i32Const(this.ip).localSet(this.L.ip).br(this.depthOf('ret'));
  }

  /** Pop the return address as the interpreter does and return it to the caller as a word index. */
  private emitReturn(): void {
    const w = this.w;
    const ctx = this.ctx;
    const sb = ctx.stateBase;
    const bail = (): void => {
      // The `vp-ret` ends its block: give back its own unit of fuel, and leave it to the interpreter.
      this.openIf();
      w.localGet(this.L.fuel).i64Const(1).op('i64.add').localSet(this.L.fuel);
      this.exit(exitReason.interpret);
      this.closeIf();
    };
    w.localGet(this.rsp).localTee(this.L.t0).i64Const(ctx.lowest).op('i64.sub');
    w.i64Const(ctx.memorySize - 8 - ctx.lowest).op('i64.gt_u');
    bail();
    w.localGet(this.L.t0)
      .op('i32.wrap_i64')
      .memory('i64.load')
      .i64Const(textBase)
      .op('i64.sub')
      .localTee(this.L.t1);
    w.i64Const(ctx.text.words * 4).op('i64.ge_u');
    w.localGet(this.L.t1).op('i32.wrap_i64').i32Const(3).op('i32.and').op('i32.or');
    bail(); // the halt address of the entry procedure, or a bad one: the interpreter's
    w.localGet(this.L.t0).i64Const(8).op('i64.add').localSet(this.rsp);
    // Drop the shadow-stack entries at or below the popped slot.
    w.i32Const(0)
      .memory('i32.load', sb + stateLayout.shadowDepth)
      .localSet(this.L.x);
    w.block().loop();
    w.localGet(this.L.x).op('i32.eqz').brIf(1);
    w.localGet(this.L.x)
      .i32Const(2)
      .op('i32.shl')
      .memory('i32.load', sb + stateLayout.shadowSlots - 4);
    w.localGet(this.L.t0).op('i32.wrap_i64').op('i32.gt_s').brIf(1);
    w.localGet(this.L.x).i32Const(1).op('i32.sub').localSet(this.L.x).br(0);
    w.end().end();
    w.i32Const(0)
      .localGet(this.L.x)
      .memory('i32.store', sb + stateLayout.shadowDepth);
    this.returnStatus(() => w.localGet(this.L.t1).op('i32.wrap_i64').i32Const(2).op('i32.shr_u'));
  }

  /** `vp-push`: all slots checked before any is written; rsp is pushed as it was before. */
  push(): void {
    const regs = this.registerList();
    const w = this.w;
    const ctx = this.ctx;
    const bytes = 8 * regs.length;
    w.localGet(this.rsp).i64Const(bytes).op('i64.sub').localTee(this.L.t0);
    w.i64Const(ctx.stackLimit)
      .op('i64.sub')
      .i64Const(ctx.memorySize - bytes - ctx.stackLimit)
      .op('i64.gt_u');
    this.bailIf();
    regs.forEach((r, k) => {
      w.localGet(this.L.t0)
        .op('i32.wrap_i64')
        .localGet(this.registerLocal[r]!)
        .memory('i64.store', 8 * (regs.length - 1 - k));
    });
    w.localGet(this.L.t0).localSet(this.rsp);
  }

  /** `vp-pop`: in reverse order; a slot popped into rsp is skipped. */
  pop(): void {
    const regs = this.registerList();
    const w = this.w;
    const ctx = this.ctx;
    const bytes = 8 * regs.length;
    w.localGet(this.rsp).localTee(this.L.t0).i64Const(ctx.lowest).op('i64.sub');
    w.i64Const(ctx.memorySize - bytes - ctx.lowest).op('i64.gt_u');
    this.bailIf();
    let offset = 0;
    for (let k = regs.length - 1; k >= 0; k--) {
      const r = regs[k]!;
      if (r !== 15) {
        w.localGet(this.L.t0).op('i32.wrap_i64').memory('i64.load', offset).localSet(this.registerLocal[r]!);
      }
      offset += 8;
    }
    w.localGet(this.L.t0).i64Const(bytes).op('i64.add').localSet(this.rsp);
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
    w.localGet(this.rsp).i64Const(0x80000000n).op('i64.ge_u');
    w.localGet(this.rsp)
      .i64Const(amount)
      .op('i64.sub')
      .i64Const(this.ctx.stackLimit)
      .op('i64.lt_s')
      .op('i32.or');
    this.bailIf();
    w.localGet(this.rsp).i64Const(amount).op('i64.sub').localSet(this.rsp);
  }

  /** The register list of `vp-push`/`vp-pop` (past five registers it goes on in extension words). */
  private registerList(): readonly number[] {
    return (decode(this.ctx.text.original, this.ip)?.operands[0] as readonly number[] | undefined) ?? [];
  }

  /** Store the registers of `mask` (by default all this function has) into the state area. */
  private storeRegisters(mask = this.mask): void {
    const sb = this.ctx.stateBase;
    for (const r of registersIn(mask)) {
      this.w
        .i32Const(0)
        .localGet(this.registerLocal[r]!)
        .memory('i64.store', sb + stateLayout.registers + 8 * r);
    }
  }

  /** The $bail code: the machine state as the interpreter will see it. */
  private storeState(): void {
    const sb = this.ctx.stateBase;
    this.w
      .i32Const(0)
      .localGet(this.L.fuel)
      .memory('i64.store', sb + stateLayout.fuel);
    this.w
      .i32Const(0)
      .localGet(this.L.ip)
      .memory('i32.store', sb + stateLayout.ip);
    this.w
      .i32Const(0)
      .localGet(this.L.reason)
      .memory('i32.store', sb + stateLayout.reason);
  }

  /** Return the registers, the fuel and the status `emitStatus` pushes. */
  private returnStatus(emitStatus: () => void): void {
    for (let local = 0; local <= this.L.fuel; local++) this.w.localGet(local);
    emitStatus();
    this.w.op('return');
  }
}
