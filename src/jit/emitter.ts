// Emits one VP function as one Wasm function. A compiled function takes the registers it can touch (its mask,
// registers.ts), the fuel left and `ctl` (a compiled call: the shadow-stack depth below the call's entry, >= 0;
// `enter`: ~block, the block to start at); it returns those registers but rsp (a normal return leaves rsp just
// above the caller's slot, which the caller knows) and those it gives back unchanged (preserved.ts), and the
// fuel left, or -1 for fuel when it left compiled code, having stored the machine state.
//
// The shadow stack (live calls, for backtraces) is kept lazily: a compiled call pushes its return address to
// guest memory, as the interpreter does, but its shadow-stack entry only lives in the caller's locals (its slot
// and return word) and is written to the state area when compiled code leaves through the caller. A return is
// the fast kind only when it pops exactly the caller's entry: rsp is the slot of the entry and the slot still
// holds the return address (a call checks that its slot is below the slot of the entry beneath it, so the
// interpreter's pop of every entry at or below rsp would pop that one alone); any other return is the
// interpreter's.
//
// Shape (see structure.ts for items): each level of items (the function, or a loop's body) opens one block per
// item, innermost first, so that a forward branch to an item is a `br` to the end of its block; a loop item is
// a Wasm `loop` whose back edges are `br`s to it. Entering at another block, or a backward edge that is not a
// loop's, sets $label and goes round $top (a block when nothing goes round); each level passes a $label it
// holds down to the item that has it.
//   block $leave  block $propagate  block $bail  block $packed
//     (prologue)  loop $top  block L(last) ... block L(first)  [if $label != -1: dispatch]  end  item  end ...
//   end unreachable  end  (unpack)  end  (store state and registers) br $leave  end  (store the entry, registers)
//   end  return fuel -1

import { decode, textBase } from '../isa/index.js';
import { exitReason, stateLayout, type DecodedText } from '../vm/index.js';
import type { Block, JitFunction } from './discover.js';
import { instructionAt } from './discover.js';
import { wasmCases } from './semantics.js';
import { allRegisters, registersIn, writtenRegisters } from './registers.js';
import { accessChecks, type AccessCheck } from './accesses.js';
import { knownAfter, knownAtStart, nothingKnown, type Known } from './constants.js';
import {
  bitsAfter,
  bitsAtStart,
  bitsRead,
  canonicalNaN,
  defersResult,
  freshAfter,
  freshAtStart,
  infinityBits,
  magnitudeMask,
  type DoubleBits,
} from './doubles.js';
import { countedLoop, type CountedLoop, type Operand } from './counted.js';
import { maxStride, stridedAccesses, type StridedAccesses, type StridedRange } from './strides.js';
import { entryNeedShift, type FuelChecks } from './fuel.js';
import {
  dispatchesWithin,
  enteredBlocks,
  firstBlock,
  itemEntries,
  lastBlock,
  structure,
  type Item,
} from './structure.js';
import { CodeWriter, valueType, type OpName, type ValueType } from './wasm.js';

/** The most nested Wasm calls before compiled code hands a call to the interpreter (the host stack is finite). */
export const maxCallDepth = 800;

/** The Wasm comparison of each relation that keeps a counted loop going (counted.ts). */
const relationOps: Readonly<Record<CountedLoop['test'], OpName>> = {
  lt: 'i64.lt_s',
  lo: 'i64.lt_u',
  gt: 'i64.gt_s',
  hi: 'i64.gt_u',
  ne: 'i64.ne',
};

/** A counted loop's copy without fuel checks runs at most this many rounds at a time (emitter `fuelPaysFor`). */
const maxCountedRounds = 0xffff_ffffn;

/** No strided accesses: the emitter's set outside a counted loop's copy. */
const noAccesses: ReadonlySet<number> = new Set();

/** A packed bail gives back fuel from -64 to 63: its field holds that plus this. */
const packedBias = 64;

/** rsp is the stack pointer. */
const rspRegister = 15;

/** Instructions that write memory (of those an inlined callee may have). */
const storing = /^vp-cpy-r[idp]|^vp-push/;

/**
 * The slot `enter` gives a function entered with an empty shadow stack: above every stack address, so no call's
 * slot is beneath it, and its low 32 bits address the null region, which holds zeros, never a return address.
 */
export const noSlot = 1n << 40n;

/** Local indexes of a function whose parameters are `registers` registers, the fuel and `ctl`. */
function localsFor(registers: number) {
  const fuel = registers;
  return {
    fuel,
    ctl: fuel + 1,
    label: fuel + 2,
    depth: fuel + 3,
    slot: fuel + 4,
    expect: fuel + 5,
    t0: fuel + 6,
    t1: fuel + 7,
    t2: fuel + 8,
    f0: fuel + 9,
    ip: fuel + 10,
    reason: fuel + 11,
    x: fuel + 12,
    y: fuel + 13,
    callee: fuel + 14,
    inlineSlot: fuel + 15,
    /** The first of the registers' f64 locals, then the preserved registers' entry copies. */
    doubles: fuel + 16,
  } as const;
}
/** Types of the locals after the parameters, in order. */
const extraLocals: readonly ValueType[] = [
  valueType.i32,
  valueType.i32,
  valueType.i64,
  valueType.i64,
  valueType.i64,
  valueType.i64,
  valueType.i64,
  valueType.f64,
  valueType.i32,
  valueType.i32,
  valueType.i32,
  valueType.i32,
  valueType.i32,
  valueType.i64,
];

/** A structured construct open while emitting: a forward-branch block or loop of a block, or scaffolding. */
type Construct =
  | { readonly kind: 'block' | 'loop'; readonly block: number }
  | { readonly kind: 'leave' | 'propagate' | 'bail' | 'packed' | 'top' | 'reset' | 'if' };

/** What a caller needs to know of a compiled function. */
export interface CompiledFunction {
  /** Its Wasm function index, the registers it passes in and returns, whether it is open (registers.ts). */
  readonly index: number;
  readonly mask: number;
  readonly open: boolean;
  /** The registers of its mask it gives back unchanged (preserved.ts), which it does not return. */
  readonly preserved: number;
  /** Its one block, when calls run it in place. */
  readonly inline: Block | undefined;
}

/** A call through the table: the callee takes and returns all sixteen registers, and may touch any. */
const tableCallee = { mask: allRegisters, open: true, preserved: 0 } as const;

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
  /** Wasm function index of the compiled function whose entry is this word, if any. */
  functionAt(word: number): CompiledFunction | undefined;
  /** Index of the function type of the table (every register in, all but rsp out). */
  readonly functionType: number;
  /** Index of the imported `interpret(ip) -> reason`. */
  readonly interpretImport: number;
  /**
   * Globals `enter` sets: the shadow-stack depth at which compiled calls stop (`maxCallDepth` above the depth it
   * starts at, at most the shadow stack's capacity), and the depth and slot (i64) of the entry it starts under.
   */
  readonly limitGlobal: number;
  readonly rootDepthGlobal: number;
  readonly rootSlotGlobal: number;
  /** The return address of that entry (i64; -1 with none: the null region's zeros never match it). */
  readonly rootExpectGlobal: number;
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
  /** Per block, whether compiled code may be entered there (structure.ts `enteredBlocks`). */
  entered: readonly boolean[] = [];
  /** Whether the loop being emitted has a dispatch of its own (structure.ts `dispatchesWithin`). */
  private dispatching = false;
  /** Whether a branch goes back to the top to dispatch again ($top must then be a loop). */
  private goesRound = false;
  /** The open structured constructs, outermost first: what a `br` of each depth reaches. */
  private readonly control: Construct[] = [];
  /** Local index of each register this function has (its mask), and of the other locals. */
  private readonly registerLocal: readonly number[];
  /** The register of each register local, and the f64 local that mirrors it while it is fresh. */
  private readonly localRegister: readonly number[];
  private readonly doubleLocal: readonly number[];
  /** Per preserved register, the local holding its value on entry. */
  private readonly entryLocal: number[];
  /** Registers (a mask) whose f64 local holds their value as a double now (doubles.ts). */
  private fresh = 0;
  /** The fresh registers at the start of each block. */
  private freshIn: readonly number[] = [];
  /**
   * Fresh registers (a mask) whose bits wait to be written from their f64 local, NaN made canonical
   * (doubles.ts); at the start of each block. Their register locals are stale until then.
   */
  private pending = 0;
  /** Registers whose bits are no NaN but the canonical one (doubles.ts): they can start waiting at no cost. */
  private clean = 0;
  private bitsIn: readonly DoubleBits[] = [];
  /** The register local the current instruction's deferred double result went to. */
  private deferredTo = -1;
  /** Per register, the constant it holds now when known (constants.ts); at the start of each block. */
  private known: Known = nothingKnown;
  private knownIn: readonly Known[] = [];
  /** Charges not yet subtracted from the fuel local, which is this much above the fuel left (fuel.ts). */
  private owed = 0;
  /** Whether the blocks being emitted are a counted loop's copy whose rounds the fuel is known to pay for. */
  private paidFor = false;
  /** In that copy: the strided accesses checked before the loop (strides.ts), which check nothing in it. */
  private strided: ReadonlySet<number> = noAccesses;
  /** The current block's accesses that share an address check (accesses.ts), by instruction word. */
  private accessPlan: ReadonlyMap<number, AccessCheck> = new Map();
  /** While emitting an inlined callee: the local holding its slot, its return address and word. */
  private inlined:
    | { readonly slot: number; readonly address: bigint; readonly back: number; readonly checked: boolean }
    | undefined = undefined;
  /** Types of this function's locals after its parameters (emitting may add some). */
  readonly locals: ValueType[];
  /** Per register this function lacks, an i64 local holding its value from the state area across a call. */
  private readonly stateCopy = new Array<number>(16).fill(-1);
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
    /** Whether it is open: the registers outside its mask are in the state area while it runs. */
    private readonly open: boolean,
    /** The registers it gives back unchanged: each return checks they hold their values on entry. */
    private readonly preserved: number,
    /** Where the function checks its fuel, and how much (fuel.ts). */
    private readonly fuel: FuelChecks,
  ) {
    const registers = registersIn(mask);
    const locals = new Array<number>(16).fill(-1);
    registers.forEach((r, k) => (locals[r] = k));
    this.registerLocal = locals;
    this.L = localsFor(registers.length);
    this.localRegister = registers;
    this.doubleLocal = registers.map((_, k) => this.L.doubles + k);
    const entryLocals = registersIn(preserved).map(() => valueType.i64);
    this.entryLocal = new Array<number>(16).fill(-1);
    registersIn(preserved).forEach((r, k) => (this.entryLocal[r] = this.L.doubles + registers.length + k));
    this.locals = [...extraLocals, ...registers.map(() => valueType.f64), ...entryLocals];
    this.f64Temp = this.L.f0;
    this.rsp = locals[rspRegister]!;
  }

  /** The whole body. */
  emit(): CodeWriter {
    const w = this.w;
    for (const kind of ['leave', 'propagate', 'bail', 'packed'] as const) {
      w.block();
      this.control.push({ kind });
    }
    this.emitPrologue();
    const top = w.position();
    w.loop();
    this.control.push({ kind: 'top' });
    this.freshIn = freshAtStart(this.ctx.text, this.fn, (b) => this.writtenLeaving(b));
    this.knownIn = knownAtStart(this.ctx.text, this.fn, (b) => this.writtenLeaving(b));
    this.bitsIn = bitsAtStart(this.ctx.text, this.fn, (b) => this.writtenLeaving(b), this.freshIn);
    const items = structure(this.fn);
    this.entered = enteredBlocks(this.fn, items, this.fuel.checks);
    this.emitLevel(items, true);
    w.end().op('unreachable'); // every block ends in a branch
    this.control.pop();
    // Entering at a block needs no loop (the dispatch at the start branches forward); going round does.
    if (!this.goesRound) w.loopToBlock(top);
    w.end();
    this.control.pop();
    // A packed bail: local.ip holds the word index << 8 | (the fuel to give back + 64) << 1 | 1 for want of
    // fuel (given back: the rest of the block, less what is owed).
    w.localGet(this.L.fuel).localGet(this.L.ip).i32Const(1).op('i32.shr_u').i32Const(127).op('i32.and');
    w.i32Const(packedBias).op('i32.sub').op('i64.extend_i32_s').op('i64.add').localSet(this.L.fuel);
    w.i32Const(exitReason.needFuel).i32Const(exitReason.interpret);
    w.localGet(this.L.ip).i32Const(1).op('i32.and').op('select').localSet(this.L.reason);
    w.localGet(this.L.ip).i32Const(8).op('i32.shr_u').localSet(this.L.ip);
    w.end();
    this.control.pop();
    // Leaving compiled code from this function: the machine state as the interpreter will see it.
    this.storeState();
    this.storeRegisters(this.mask);
    w.br(this.depthOf('leave'));
    w.end();
    this.control.pop();
    // A callee left compiled code during the call made at local.ip with its slot in local.t0 (the call stored
    // the registers the callee did not have): write the call's shadow-stack entry.
    const sb = this.ctx.stateBase;
    w.localGet(this.L.depth).i32Const(2).op('i32.shl').localTee(this.L.y);
    w.localGet(this.L.t0)
      .op('i32.wrap_i64')
      .memory('i32.store', sb + stateLayout.shadowSlots);
    w.localGet(this.L.y)
      .localGet(this.L.ip)
      .memory('i32.store', sb + stateLayout.shadowReturns);
    w.end();
    this.control.pop();
    for (const r of this.resultRegisters()) w.localGet(this.registerLocal[r]!);
    w.i64Const(-1);
    return w;
  }

  /** The registers the function returns: those of its mask but rsp and those it gives back unchanged. */
  private resultRegisters(): readonly number[] {
    return registersIn(this.mask & ~this.preserved & ~(1 << rspRegister));
  }

  /**
   * Called by `enter` (ctl < 0): start at block ~ctl, under the entry `enter` found on top of the shadow stack.
   * Called by compiled code: start at the entry, under the entry for this call (its slot is rsp); past the depth
   * limit, leave the call's callee to the interpreter. (One unsigned compare tells a call from both.)
   */
  private emitPrologue(): void {
    const w = this.w;
    const L = this.L;
    w.localGet(L.ctl).globalGet(this.ctx.limitGlobal).op('i32.ge_u');
    this.openIf();
    w.localGet(L.ctl).i32Const(0).op('i32.ge_s');
    this.openIf();
    w.localGet(L.ctl).localSet(L.depth);
    w.i32Const(this.fn.entry).localSet(L.ip);
    this.exit(exitReason.interpret);
    this.closeIf();
    w.localGet(L.ctl).i32Const(-1).op('i32.xor').localSet(L.label);
    w.globalGet(this.ctx.rootDepthGlobal).localSet(L.depth);
    w.globalGet(this.ctx.rootSlotGlobal).localSet(L.slot);
    w.globalGet(this.ctx.rootExpectGlobal).localSet(L.expect);
    w.op('else');
    w.i32Const(-1).localSet(L.label);
    w.localGet(L.ctl).localSet(L.depth);
    // The caller has just pushed the return address at rsp, a slot in the stack.
    w.localGet(this.rsp).localTee(L.slot).op('i32.wrap_i64').memory('i64.load').localSet(L.expect);
    this.closeIf();
    for (const r of registersIn(this.preserved))
      w.localGet(this.registerLocal[r]!).localSet(this.entryLocal[r]!);
  }

  /**
   * Push an i32 that is non-zero unless this function could return to its caller's entry now: rsp is its slot,
   * the slot still holds the return address, and the registers it promised to give back unchanged are.
   */
  private cannotReturn(): void {
    const w = this.w;
    w.localGet(this.rsp).localGet(this.L.slot).op('i64.ne');
    // The slot is always an address in memory (or the null region's zeros), whatever rsp holds.
    w.localGet(this.L.slot).op('i32.wrap_i64').memory('i64.load').localGet(this.L.expect).op('i64.ne');
    w.op('i32.or');
    for (const r of registersIn(this.preserved)) {
      w.localGet(this.registerLocal[r]!).localGet(this.entryLocal[r]!).op('i64.ne').op('i32.or');
    }
  }

  /** One level of items: a block for each to branch forward to, the entry dispatch, then the items. */
  private emitLevel(items: readonly Item[], top = false): void {
    const w = this.w;
    // A block per entry of each item, the first item's first entry innermost.
    for (let k = items.length - 1; k >= 0; k--) {
      for (const entry of [...itemEntries(items[k]!)].reverse()) {
        w.block();
        this.control.push({ kind: 'block', block: entry });
      }
    }
    if (top || this.dispatching) this.emitDispatch(items, top);
    for (const item of items) {
      w.end();
      this.control.pop();
      if (item.kind === 'block') {
        this.emitBlock(item.block);
      } else {
        if (item.rotated) {
          // The test, copied before the loop: it goes on into the body (the next block's end) or leaves.
          this.emitBlock(item.header);
          w.end();
          this.control.pop();
        }
        const versioned = this.versionedLoop(item);
        if (versioned === undefined) {
          this.emitLoop(item);
        } else {
          // A counted loop (counted.ts): when the fuel left pays for every round it can run, and every address
          // of its strided accesses (strides.ts) is in memory, a copy without the fuel check and without those
          // accesses' checks; else the loop as it is.
          const { loop, strided } = versioned;
          this.fuelPaysFor(loop, this.fuel.owed[itemEntries(item).at(-1)!]!);
          if (strided !== undefined) {
            this.stridesInMemory(loop, strided.ranges);
            w.op('i32.and');
          }
          this.openIf();
          this.paidFor = true;
          this.strided = strided?.accesses ?? noAccesses;
          this.emitLoop(item);
          this.paidFor = false;
          this.strided = noAccesses;
          w.op('else');
          this.emitLoop(item);
          this.closeIf();
        }
      }
    }
  }

  /**
   * The loop item as a counted loop (counted.ts) whose registers the check before it can read from their
   * locals (none waits in its f64 local where the loop starts), with its strided accesses (strides.ts) whose
   * registers it can read too; or undefined, also when no fuel is counted and it has no strided accesses (the
   * copy would be the loop itself).
   */
  private versionedLoop(
    item: Item & { kind: 'loop' },
  ): { readonly loop: CountedLoop; readonly strided: StridedAccesses | undefined } | undefined {
    if (dispatchesWithin(item, this.entered)) return undefined;
    const loop = countedLoop(this.ctx.text, this.fn, item, this.fuel);
    if (loop === undefined) return undefined;
    const waiting = this.bitsIn[itemEntries(item).at(-1)!]!.pending;
    let read = 1 << loop.induction;
    if ('register' in loop.bound) read |= 1 << loop.bound.register;
    if ('register' in loop.step) read |= 1 << loop.step.register;
    if ((waiting & read) !== 0) return undefined;
    let strided = stridedAccesses(this.ctx.text, this.fn, item, loop);
    if (strided?.ranges.some((range) => range.registers.some((r) => (waiting & (1 << r)) !== 0)))
      strided = undefined;
    return this.fuel.counted || strided !== undefined ? { loop, strided } : undefined;
  }

  /** A loop item's Wasm loop (its entries' blocks are closed: control is where the loop starts). */
  private emitLoop(item: Item & { kind: 'loop' }): void {
    const w = this.w;
    w.loop();
    this.control.push({ kind: 'loop', block: itemEntries(item).at(-1)! });
    const outer = this.dispatching;
    this.dispatching = dispatchesWithin(item, this.entered);
    this.emitLevel(item.items, false);
    this.dispatching = outer;
    w.end();
    this.control.pop();
  }

  /**
   * Push an i32, non-zero when the fuel left (the fuel local less `owed`) pays for every round a counted
   * loop can run from here: ceil(distance / step) rounds, at least one, each needing at most `roundFuel`
   * when its check comes (so fuel left >= (rounds + 1) x roundFuel; at most 2^32 rounds, so that the product
   * cannot wrap), when the loop's test holds now (so the distance is at least one). A step other than one
   * must also be positive, and the induction register must not wrap round before it passes the bound. Code
   * that counts no fuel asks all but the fuel.
   */
  private fuelPaysFor(loop: CountedLoop, owed: number): void {
    const w = this.w;
    const push = (operand: Operand): void => this.pushOperand(operand);
    const induction = { register: loop.induction };
    const byOne = 'constant' in loop.step && loop.step.constant === 1n;
    // The rounds, kept in t0 (free before a loop) for the second use.
    const rounds = (): void => {
      push(loop.down ? induction : loop.bound);
      push(loop.down ? loop.bound : induction);
      w.op('i64.sub');
      if (byOne) return;
      // (distance - 1) / step + 1, dividing by one instead of a zero step (refused below).
      w.i64Const(1).op('i64.sub');
      push(loop.step);
      if ('register' in loop.step) {
        push(loop.step);
        w.op('i64.eqz').op('i64.extend_i32_u').op('i64.add');
      }
      w.op('i64.div_u').i64Const(1).op('i64.add');
    };
    rounds();
    w.localTee(this.L.t0).i64Const(maxCountedRounds).op('i64.le_u');
    if (this.fuel.counted) {
      w.localGet(this.L.fuel);
      if (owed !== 0) w.i64Const(owed).op('i64.sub');
      w.localGet(this.L.t0).i64Const(1).op('i64.add').i64Const(loop.roundFuel).op('i64.mul');
      w.op('i64.ge_s').op('i32.and');
    }
    push(induction);
    push(loop.bound);
    w.op(relationOps[loop.test]).op('i32.and');
    if (byOne) return;
    if ('register' in loop.step) {
      push(loop.step);
      w.i64Const(0).op('i64.gt_s').op('i32.and');
    }
    // The last value the induction register takes is at most step - 1 past the bound: within range.
    const unsigned = loop.test === 'lo' || loop.test === 'hi';
    if (loop.down) {
      push(loop.bound);
      w.i64Const(unsigned ? 0n : -(1n << 63n));
      push(loop.step);
      w.op('i64.add')
        .i64Const(1)
        .op('i64.sub')
        .op(unsigned ? 'i64.ge_u' : 'i64.ge_s');
    } else {
      w.i64Const(unsigned ? -1n : (1n << 63n) - 1n);
      push(loop.step);
      w.op('i64.sub').i64Const(1).op('i64.add');
      push(loop.bound);
      w.op(unsigned ? 'i64.ge_u' : 'i64.ge_s');
    }
    w.op('i32.and');
  }

  /** Push a counted loop's operand: its register's local, or its constant. */
  private pushOperand(operand: Operand): void {
    if ('register' in operand) this.w.localGet(this.registerLocal[operand.register]!);
    else this.w.i64Const(operand.constant);
  }

  /**
   * Push an i32, non-zero when every range of a counted loop's strided accesses is in memory at both ends: with
   * the induction register's value now and with its last, `rounds` (in t0, from fuelPaysFor) steps away. A
   * register step must also be at most maxStride (strides.ts says why).
   */
  private stridesInMemory(loop: CountedLoop, ranges: readonly StridedRange[]): void {
    const w = this.w;
    const L = this.L;
    const induction = this.registerLocal[loop.induction]!;
    w.localGet(induction).localGet(L.t0);
    if (!('constant' in loop.step && loop.step.constant === 1n)) {
      this.pushOperand(loop.step);
      w.op('i64.mul');
    }
    w.op(loop.down ? 'i64.sub' : 'i64.add').localSet(L.t1);
    let first = true;
    for (const range of ranges) {
      const lowest = range.store ? this.ctx.dataBase : this.ctx.lowest;
      for (const end of [induction, L.t1]) {
        w.localGet(end);
        if (range.scale !== 1n) w.i64Const(range.scale).op('i64.mul');
        for (const r of range.registers) w.localGet(this.registerLocal[r]!).op('i64.add');
        w.i64Const(BigInt.asIntN(64, range.offset - BigInt(lowest))).op('i64.add');
        w.i64Const(this.ctx.memorySize - range.span - lowest).op('i64.le_u');
        if (!first) w.op('i32.and');
        first = false;
      }
    }
    if ('register' in loop.step) {
      this.pushOperand(loop.step);
      w.i64Const(maxStride).op('i64.le_u').op('i32.and');
    }
  }

  /** A level's dispatch, with its item blocks open: entering at a block of the level, go to it. */
  private emitDispatch(items: readonly Item[], top: boolean): void {
    const w = this.w;
    // Entering at a block inside this level: $label holds it. Pass it into the loop holding it, or clear it
    // and go to its entry's block. A level's items hold consecutive blocks, lo to hi; their entries' blocks
    // end in order (inside the `if` the first is at depth 1, inside `reset` at 2).
    const lo = Math.min(...items.map(firstBlock));
    const hi = Math.max(...items.map(lastBlock));
    const passDown = new Array<number>(hi - lo + 1).fill(0);
    const land = new Array<number>(hi - lo + 1).fill(0);
    let depth = 0;
    for (const item of items) {
      const entries = itemEntries(item);
      const start = depth + entries.length - 1; // the entry whose block ends where the item's loop starts
      const within = dispatchesWithin(item, this.entered);
      for (let b = firstBlock(item); b <= lastBlock(item); b++) {
        const entry = entries.indexOf(b);
        land[b - lo] = 1 + (entry >= 0 ? depth + entry : start);
        if (entry < 0 && within) passDown[b - lo] = 2 + start;
      }
      depth += entries.length;
    }
    w.localGet(this.L.label).i32Const(-1).op('i32.ne');
    this.openIf();
    if (top) {
      // Entering at any block: the f64 locals of the registers fresh at some block's start must hold their values.
      const everFresh = this.freshIn.reduce((all, fresh) => all | fresh, 0);
      this.localRegister.forEach((r, k) => {
        if ((everFresh & (1 << r)) !== 0)
          w.localGet(k).op('f64.reinterpret_i64').localSet(this.doubleLocal[k]!);
      });
      this.guardEntries();
      this.owedOnEntry();
    }
    // Inside the `if` the item blocks are at depths 1 (the first item) and up; inside `reset` one more.
    w.block();
    this.control.push({ kind: 'reset' });
    w.localGet(this.L.label);
    if (lo !== 0) w.i32Const(lo).op('i32.sub');
    w.brTable(passDown, 0);
    w.end();
    this.control.pop();
    w.localGet(this.L.label);
    if (lo !== 0) w.i32Const(lo).op('i32.sub');
    w.i32Const(-1).localSet(this.L.label);
    w.brTable(land, 1);
    this.closeIf();
  }

  private emitBlock(i: number): void {
    const block = this.fn.blocks[i]!;
    this.block = block;
    // Charge the block's fuel on entry. With too little left, leave: the machine either gives compiled code
    // more (the budget was a chunk) or finishes exactly in the interpreter.
    this.indexInBlock = 0;
    this.ip = block.start;
    const cost = block.instructions.length;
    this.pending = this.bitsIn[i]!.pending;
    this.clean = this.bitsIn[i]!.clean;
    this.owed = this.fuel.counted ? this.fuel.owed[i]! + cost : 0;
    if (this.fuel.counted && this.fuel.checks[i] === true && this.paidFor) {
      // A counted loop's test where the fuel pays for every round: subtract, no need to compare.
      this.w.localGet(this.L.fuel).i64Const(this.owed).op('i64.sub').localSet(this.L.fuel);
      this.owed = 0;
    } else if (this.fuel.counted && this.fuel.checks[i] === true) {
      // What is owed (the blocks since the last check) and this block, in one subtraction.
      const need = this.fuel.pathFuel[i]!;
      this.w.localGet(this.L.fuel).i64Const(this.owed).op('i64.sub').localTee(this.L.fuel);
      this.owed = 0;
      this.w.i64Const(need - cost).op('i64.lt_s');
      this.openIf();
      this.w
        .i32Const(0)
        .i32Const(need)
        .memory('i32.store', this.ctx.stateBase + stateLayout.need);
      this.bail(exitReason.needFuel);
      this.closeIf();
    }
    this.fresh = this.freshIn[i]!;
    this.known = this.knownIn[i]!;
    this.accessPlan = accessChecks(this.ctx.text, block);
    for (let k = 0; k < block.instructions.length; k++) {
      this.indexInBlock = k;
      if (!this.emitInstruction(block.instructions[k]!)) {
        this.owed = 0;
        return;
      }
    }
    // The block ends where another starts: go on to it.
    this.goto(this.ip + this.length);
    this.owed = 0;
  }

  /** Emit the instruction at `ip`; false when it ends the block (a control transfer, or not an instruction). */
  private emitInstruction(ip: number): boolean {
    const text = this.ctx.text;
    const freshBefore = this.fresh;
    const knownBefore = this.known;
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
      return false;
    }
    this.writePending(this.pending & bitsRead(text, ip));
    const bitsBefore = { pending: this.pending, clean: this.clean };
    this.deferredTo = -1;
    wasmCases[info.mnemonic](this);
    if (defersResult(info.mnemonic) && this.deferredTo !== this.b)
      throw new Error(`jit: ${info.mnemonic} must leave its result in its f64 local (setDouble)`);
    this.fresh = freshAfter(text, ip, freshBefore);
    ({ pending: this.pending, clean: this.clean } = bitsAfter(text, ip, bitsBefore));
    this.known = knownAfter(text, ip, knownBefore);
    return !info.endsRun;
  }

  /** The `br` depth of the innermost open construct of this kind (and block), or -1 when none is open. */
  private depthOf(kind: Construct['kind'], block = -1): number {
    for (let d = this.control.length - 1; d >= 0; d--) {
      const c = this.control[d]!;
      if (c.kind === kind && ('block' in c ? c.block : -1) === block) return this.control.length - 1 - d;
    }
    return -1;
  }

  /** The value register local `local` is known to hold here (constants.ts), or undefined. */
  constantIn(local: number): bigint | undefined {
    return this.known[this.localRegister[local]!];
  }

  /** Push register r (as a double when `double`; as a constant when it is known to hold one). */
  getOperand(local: number, double: boolean): void {
    if (!double) {
      const value = this.constantIn(local);
      if (value === undefined) this.w.localGet(local);
      else this.w.i64Const(value);
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

  /**
   * Set register local `local` from the double on the stack. The f64 local takes the result as it is, so that
   * the next double operation need not wait for a NaN check; when the result may be a NaN, its bits wait
   * (pending, doubles.ts) for `writePending`, which makes the NaN canonical.
   */
  setDouble(local: number, canonical = true): void {
    const mirror = this.doubleLocal[local]!;
    const bit = 1 << this.localRegister[local]!;
    this.fresh |= bit;
    if (canonical) {
      this.w.localSet(mirror);
      this.pending |= bit;
      this.deferredTo = local;
      return;
    }
    this.w.localTee(mirror).op('i64.reinterpret_f64').localSet(local);
  }

  /**
   * Push the value register local `local` stores with `store`; gives the store instruction to use. A pending
   * register's 8 bytes are made from its f64 local, and its bits keep waiting (bitsRead).
   */
  storedValue(local: number, store: OpName): OpName {
    if (store !== 'i64.store' || (this.pending & (1 << this.localRegister[local]!)) === 0) {
      this.w.localGet(local);
      return store;
    }
    this.canonicalBits(local);
    return store;
  }

  /** Write the bits of the pending registers of `mask` from their f64 locals, NaN made canonical. */
  private writePending(mask: number): void {
    if (mask === 0) return;
    this.writeBits(mask);
    this.pending &= ~mask;
    this.clean |= mask;
  }

  /** Emit the writes of `writePending` without changing what is pending (on a way out of compiled code). */
  private writeBits(mask: number): void {
    const w = this.w;
    for (const r of registersIn(mask)) {
      const local = this.registerLocal[r]!;
      this.canonicalBits(local);
      w.localSet(local);
    }
  }

  /** The local that keeps register r's state-area copy across a call (stateCopy), made when first wanted. */
  private stateCopyOf(r: number): number {
    if (this.stateCopy[r]! < 0) {
      this.stateCopy[r] = this.L.fuel + 2 + this.locals.length;
      this.locals.push(valueType.i64);
    }
    return this.stateCopy[r]!;
  }

  /** Push the bits of pending register local `local`: its f64 local's, NaN made canonical. */
  private canonicalBits(local: number): void {
    const w = this.w;
    const double = this.doubleLocal[local]!;
    w.i64Const(canonicalNaN).localGet(double).op('i64.reinterpret_f64');
    w.localGet(double).localGet(double).op('f64.ne').op('select'); // only a NaN is not itself
  }

  /**
   * Entering at a block whose code assumes registers hold constants (constants.ts), or that their bits are what
   * their f64 locals give with NaN made canonical (pending at its start, doubles.ts): when one does not (the
   * interpreter got there another way, or a register holds another NaN), leave at the block's start for the
   * interpreter to run it.
   */
  private guardEntries(): void {
    const w = this.w;
    this.knownIn.forEach((known, k) => {
      if (!this.entered[k]) return;
      const assumed = known.flatMap((value, r) => (value === undefined ? [] : [[r, value] as const]));
      const clean = registersIn(this.bitsIn[k]!.clean);
      if (assumed.length === 0 && clean.length === 0) return;
      w.localGet(this.L.label).i32Const(k).op('i32.eq');
      this.openIf();
      assumed.forEach(([r, value], n) => {
        w.localGet(this.registerLocal[r]!).i64Const(value).op('i64.ne');
        if (n > 0) w.op('i32.or');
      });
      clean.forEach((r, n) => {
        this.otherNaN(this.registerLocal[r]!);
        if (n > 0 || assumed.length > 0) w.op('i32.or');
      });
      this.openIf();
      w.i32Const(this.fn.blocks[k]!.start).localSet(this.L.ip);
      this.exit(exitReason.interpret);
      this.closeIf();
      this.closeIf();
    });
  }

  /**
   * Entering at block $label with the fuel left: the fuel local goes up by what the block expects owed
   * (fuel.ts), by a `br_table` over the blocks to one addition per distinct amount.
   */
  private owedOnEntry(): void {
    const w = this.w;
    const amounts = [...new Set(this.fuel.owed.filter((owed, b) => owed !== 0 && this.entered[b]))];
    if (amounts.length === 0) return;
    const m = amounts.length;
    for (let k = 0; k <= m; k++) w.block();
    const targets = this.fuel.owed.map((owed, b) =>
      owed !== 0 && this.entered[b] ? amounts.indexOf(owed) : m,
    );
    w.localGet(this.L.label).brTable(targets, m);
    amounts.forEach((owed, k) => {
      w.end();
      w.localGet(this.L.fuel).i64Const(owed).op('i64.add').localSet(this.L.fuel);
      w.br(m - 1 - k);
    });
    w.end();
  }

  /**
   * On an edge into block `j` (a loop's head) that expects registers pending which are not: check that their
   * bits are what their f64 locals (now fresh) give, else leave for the interpreter at the block (doubles.ts).
   */
  private expectPending(j: number): void {
    const expected = this.bitsIn[j]!.pending;
    const unknown = registersIn(expected & ~this.pending & ~this.clean);
    unknown.forEach((r, n) => {
      this.otherNaN(this.registerLocal[r]!);
      if (n > 0) this.w.op('i32.or');
    });
    if (unknown.length > 0) {
      this.openIf();
      this.w.i32Const(this.fn.blocks[j]!.start).localSet(this.L.ip);
      this.exit(exitReason.interpret);
      this.closeIf();
    }
    this.pending |= expected;
    this.clean |= expected;
  }

  /** Push whether register local `local` holds a NaN other than the canonical one (an i32). */
  private otherNaN(local: number): void {
    const w = this.w;
    w.localGet(local).i64Const(magnitudeMask).op('i64.and').i64Const(infinityBits);
    w.op('i64.gt_u').localGet(local).i64Const(canonicalNaN).op('i64.ne').op('i32.and');
  }

  /** Make the registers of `wanted` fresh: those that are not get their f64 local from their bits. */
  private refresh(wanted: number): void {
    const stale = wanted & ~this.fresh;
    if (stale === 0) return;
    for (const r of registersIn(stale)) {
      const local = this.registerLocal[r]!;
      this.w.localGet(local).op('f64.reinterpret_i64').localSet(this.doubleLocal[local]!);
    }
    this.fresh |= stale;
  }

  /** `vp-cpy-rr`: the f64 mirror goes along when the source has one. */
  copyRegister(from: number, to: number): void {
    // A pending source's bits are stale: the copy waits as well (bitsAfter).
    if ((this.pending & (1 << this.localRegister[from]!)) === 0) this.w.localGet(from).localSet(to);
    if ((this.fresh & (1 << this.localRegister[from]!)) !== 0) {
      this.w.localGet(this.doubleLocal[from]!).localSet(this.doubleLocal[to]!);
    }
  }

  /** Registers a block's last instruction may change beyond its own operands: a callee's. */
  private writtenLeaving(b: number): number {
    const block = this.fn.blocks[b]!;
    const ip = block.instructions[block.instructions.length - 1]!;
    const m = ip < this.ctx.text.words ? instructionAt(this.ctx.text, ip)?.mnemonic : undefined;
    if (m === 'vp-call') {
      const callee = this.ctx.functionAt(this.ctx.text.targets[ip]!);
      if (callee === undefined) return allRegisters;
      return (callee.open ? allRegisters : callee.mask) & ~callee.preserved;
    }
    return m !== undefined && m.startsWith('vp-call') ? allRegisters : 0;
  }

  /** An i64 scratch local (0-2). */
  i64Temp(n: 0 | 1 | 2): number {
    return this.L.t0 + n;
  }

  /** Leave compiled code before the current instruction: the interpreter runs it (and traps, if it must). */
  bail(why: number = exitReason.interpret): void {
    this.writeInlinedEntry();
    const refund = this.block!.instructions.length - this.indexInBlock;
    const packed = refund - this.owed + packedBias;
    if (
      packed >= 0 &&
      packed < 128 &&
      this.ip < 1 << 23 &&
      (why === exitReason.interpret || why === exitReason.needFuel)
    ) {
      // The common case in one constant, decoded after $packed (most instructions have a bail site).
      this.writeBits(this.pending);
      this.w.i32Const((this.ip << 8) | (packed << 1) | (why === exitReason.needFuel ? 1 : 0));
      this.w.localSet(this.L.ip).br(this.depthOf('packed'));
      return;
    }
    this.w.localGet(this.L.fuel).i64Const(refund).op('i64.add').localSet(this.L.fuel); // exit() settles
    this.w.i32Const(this.ip).localSet(this.L.ip);
    this.exit(why);
  }

  /** Bail when the i32 on the stack is non-zero. */
  bailIf(): void {
    this.openIf();
    this.bail();
    this.closeIf();
  }

  /**
   * Leave compiled code with `code`; this.L.ip is already what the machine should see, and the fuel once what
   * is owed is settled (here, on this path only).
   */
  private exit(code: number): void {
    const owed = this.owed;
    this.settleTo(0);
    this.owed = owed; // code after this is another path
    this.writeBits(this.pending);
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
    this.goesRound = true;
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
    // The edge makes fresh what its target expects; code after a goto is another path (a conditional
    // branch's other edge) or another block, so what is fresh stays as before.
    const fresh = this.fresh;
    const { pending, clean, owed } = this;
    if (j !== undefined) {
      this.writePending(this.pending & ~this.bitsIn[j]!.pending);
      this.refresh(this.freshIn[j]!);
      this.expectPending(j);
    }
    this.jumpTo(word, j);
    this.fresh = fresh;
    this.pending = pending;
    this.clean = clean;
    this.owed = owed;
  }

  /** Make what is owed `expected` (a block's start, fuel.ts): the fuel local goes down by the difference. */
  private settleTo(expected: number): void {
    if (this.owed !== expected)
      this.w
        .localGet(this.L.fuel)
        .i64Const(this.owed - expected)
        .op('i64.sub')
        .localSet(this.L.fuel);
    this.owed = expected;
  }

  /** Push the fuel left (the local less what is owed). */
  private fuelLeft(): void {
    this.w.localGet(this.L.fuel);
    if (this.owed !== 0) this.w.i64Const(this.owed).op('i64.sub');
  }

  private jumpTo(word: number, j: number | undefined): void {
    const top = this.control[this.control.length - 1]!;
    if (j === undefined) {
      this.w.i32Const(word).localSet(this.L.ip);
      this.exit(exitReason.compiled);
    } else if (top.kind === 'block' && top.block === j) {
      // the next thing emitted is the end of that block: fall through into it
      this.settleTo(this.fuel.owed[j]!);
    } else if (this.depthOf('loop', j) >= 0) {
      this.settleTo(this.fuel.owed[j]!);
      this.w.br(this.depthOf('loop', j)); // a loop's back edge
    } else if (this.depthOf('block', j) >= 0) {
      this.settleTo(this.fuel.owed[j]!);
      this.w.br(this.depthOf('block', j));
    } else {
      // A backward edge that is not a loop's: its target checks its fuel (fuel.ts), as the dispatch needs.
      if (this.fuel.checks[j] !== true)
        throw new Error(`jit: block ${j} entered by the dispatch has no fuel check`);
      this.writePending(this.pending); // the dispatch starts from the bits (guardEntries)
      this.settleTo(0); // and from the fuel left (it adds what the block expects owed)
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
    // An access sharing its block's check for the same registers (accesses.ts): the first checks them all.
    const shared = this.accessPlan.get(this.ip);
    if (shared?.kind === 'covered' || (this.paidFor && this.strided.has(this.ip))) {
      this.w.op('i32.wrap_i64');
      return;
    }
    const above = shared?.above ?? 0;
    const span = shared?.span ?? width;
    const lowest = (shared?.store ?? store) ? this.ctx.dataBase : this.ctx.lowest;
    this.w
      .localTee(this.L.t2)
      .i64Const(lowest + above)
      .op('i64.sub');
    this.w.i64Const(this.ctx.memorySize - span - lowest).op('i64.gt_u');
    this.bailIf();
    this.w.localGet(this.L.t2).op('i32.wrap_i64');
  }

  /**
   * Inside an inlined callee, on a way out of compiled code: write its call's shadow-stack entry (the top
   * one, below depth), which only the locals held while compiled code ran it.
   */
  private writeInlinedEntry(): void {
    if (this.inlined === undefined) return;
    const w = this.w;
    const sb = this.ctx.stateBase;
    w.localGet(this.L.depth).i32Const(1).op('i32.sub').i32Const(2).op('i32.shl').localTee(this.L.y);
    w.localGet(this.inlined.slot)
      .op('i32.wrap_i64')
      .memory('i32.store', sb + stateLayout.shadowSlots);
    w.localGet(this.L.y)
      .i32Const(this.inlined.back)
      .memory('i32.store', sb + stateLayout.shadowReturns);
  }

  /** Run the current instruction in the interpreter, then go on where it left the machine. */
  interpret(): void {
    const w = this.w;
    const sb = this.ctx.stateBase;
    this.writeInlinedEntry();
    this.storeRegisters();
    this.settleTo(0);
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
    this.fresh = 0;
    this.clean = 0;
    this.known = nothingKnown;
    w.localGet(this.L.reason);
    this.openIf();
    // A trap, halt, suspension, breakpoint or want of fuel: the machine takes it from here, and the rest of
    // the block, charged on entry, never ran. (A trap's backtrace is made again once the shadow stack is whole.)
    const after = this.block!.instructions.length - this.indexInBlock - 1;
    w.localGet(this.L.fuel).i64Const(after).op('i64.add').localSet(this.L.fuel);
    w.br(this.depthToBail());
    this.closeIf();
    const next = this.ip + this.length;
    w.localGet(this.L.ip).i32Const(next).op('i32.ne');
    this.openIf();
    this.dispatch(false);
    this.closeIf();
    const info = instructionAt(this.ctx.text, this.ip);
    if (info?.endsRun === true) {
      // The host or a bulk operation may have spent any amount of fuel: check for the blocks that follow.
      this.checkFuelAt(next);
      this.goto(next);
    }
  }

  /**
   * Where control goes on at `word` after a call or an interpreted instruction (fuel.ts): with less fuel than
   * the paths from there need, leave for the interpreter there; after a call (`leftBy`: the callee's register
   * mask), fuel -1 says the callee left compiled code, having stored the registers it has: this function
   * stores the others it has, and its call's entry goes on the shadow stack (at local.t0).
   */
  private checkFuelAt(word: number, leftBy?: number): void {
    const w = this.w;
    if (this.owed !== 0) throw new Error(`jit: fuel owed where it is checked at word ${word}`);
    const b = this.fn.blockAt.get(word);
    const need = b === undefined || this.fuel.checks[b] === true ? 0 : this.fuel.pathFuel[b]!;
    if (need === 0 && leftBy === undefined) return;
    w.localGet(this.L.fuel).i64Const(need).op('i64.lt_s');
    this.openIf();
    if (leftBy !== undefined) {
      w.i32Const(word).localSet(this.L.ip);
      if (need > 0) {
        w.localGet(this.L.fuel).i64Const(0).op('i64.lt_s');
        this.openIf();
      }
      this.storeRegisters(this.mask & ~leftBy);
      w.br(this.depthToPropagate());
      if (need > 0) this.closeIf();
    }
    if (need > 0) {
      w.i32Const(0)
        .i32Const(need)
        .memory('i32.store', this.ctx.stateBase + stateLayout.need);
      if (leftBy === undefined) w.i32Const(word).localSet(this.L.ip);
      this.exit(exitReason.needFuel);
    }
    this.closeIf();
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
    // A block of this function; one that does not check its fuel says in its entry how much its paths need.
    w.localGet(this.L.y).memory('i32.load', this.ctx.entryBlocks).localTee(this.L.label);
    w.i32Const(entryNeedShift).op('i32.shr_u').localTee(this.L.x).op('i64.extend_i32_u');
    w.localGet(this.L.fuel).op('i64.gt_s');
    this.openIf();
    w.i32Const(0)
      .localGet(this.L.x)
      .memory('i32.store', this.ctx.stateBase + stateLayout.need);
    this.exit(exitReason.needFuel);
    this.closeIf();
    w.localGet(this.L.label)
      .i32Const((1 << entryNeedShift) - 1)
      .op('i32.and')
      .localSet(this.L.label);
    w.br(this.depthToTop());
    this.closeIf();
    if (tailCalls) {
      // Another function's entry (its block 0): a tail call that keeps the Wasm stack flat.
      w.localGet(this.L.x).op('i32.eqz').op('i32.eqz');
      w.localGet(this.L.y).memory('i32.load', this.ctx.entryBlocks).op('i32.eqz').op('i32.and');
      this.cannotReturn();
      w.op('i32.eqz').op('i32.and');
      this.openIf();
      this.pushTailArguments(allRegisters);
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

  /**
   * `vp-jmp`: within the function, or a tail call to another function's entry. A tail call keeps this
   * function's shadow-stack entry, so it needs rsp at that entry's slot (the callee takes rsp as its slot).
   */
  jumpDirect(): void {
    const callee = this.fn.blockAt.has(this.target) ? undefined : this.ctx.functionAt(this.target);
    if (callee === undefined) {
      this.goto(this.target);
      return;
    }
    const w = this.w;
    this.writePending(this.pending); // the callee takes the bits
    this.cannotReturn();
    this.openIf();
    this.goto(this.target); // leaves compiled code there
    this.closeIf();
    this.pushTailArguments(callee.mask); // tail-call partners share their mask (registers.ts)
    w.returnCall(callee.index);
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
    this.settleTo(0);
    this.dispatch(true);
  }

  /** `vp-call` to a compiled function's entry (others are left to the interpreter). */
  callDirect(): void {
    const callee = this.ctx.functionAt(this.target);
    if (callee === undefined || this.ip + this.length >= this.ctx.text.words) {
      this.bail();
      return;
    }
    // (An open callee's registers need not be this function's.)
    if (callee.inline !== undefined && !callee.open && this.inlined === undefined)
      this.inlineCall(callee.inline);
    else this.call(callee, () => this.w.call(callee.index));
  }

  /**
   * A call to a small leaf function (one block ending in `vp-ret`, registers.ts's `inlineBlock`), emitted in
   * place: the return address is pushed (the shadow-stack entry lives in locals, written out only on a way
   * out of compiled code from inside the callee), then the callee's instructions run on this function's
   * locals, and its `vp-ret` comes back here when it pops exactly that entry.
   */
  private inlineCall(callee: Block): void {
    const w = this.w;
    const ctx = this.ctx;
    const back = this.ip + this.length;
    const address = BigInt(textBase + back * 4);
    const L = this.L;
    w.localGet(this.rsp).i64Const(8).op('i64.sub').localTee(L.t0);
    w.i64Const(ctx.stackLimit)
      .op('i64.sub')
      .i64Const(ctx.memorySize - 8 - ctx.stackLimit)
      .op('i64.gt_u');
    w.localGet(L.t0).localGet(L.slot).op('i64.ge_u').op('i32.or');
    this.bailIf();
    w.localGet(L.t0).op('i32.wrap_i64').i64Const(address).memory('i64.store');
    w.localGet(L.depth).i32Const(1).op('i32.add').localSet(L.depth);
    w.localGet(L.t0).localTee(L.inlineSlot).localSet(this.rsp);
    const caller = { block: this.block, index: this.indexInBlock, ip: this.ip, length: this.length };
    this.block = callee;
    this.indexInBlock = 0;
    this.ip = callee.start;
    // A callee that neither stores nor moves rsp returns to exactly the entry its call pushed.
    const checked = callee.instructions.some((ip) => {
      const m = instructionAt(ctx.text, ip)?.mnemonic ?? '';
      return (
        storing.test(m) || (m !== 'vp-ret' && (writtenRegisters(ctx.text, ip) & (1 << rspRegister)) !== 0)
      );
    });
    this.inlined = { slot: L.inlineSlot, address, back, checked };
    // The callee's instructions are part of this block's path (fuel.ts): the check before it counted them.
    if (this.fuel.counted) this.owed += callee.instructions.length;
    this.fresh = 0;
    callee.instructions.forEach((ip, k) => {
      this.indexInBlock = k;
      this.emitInstruction(ip);
    });
    this.inlined = undefined;
    this.block = caller.block;
    this.indexInBlock = caller.index;
    this.ip = caller.ip;
    this.length = caller.length;
    this.goto(back);
  }

  /** `vp-call-r/i/p`: the target address is on the stack; it must be a compiled function's entry. */
  callDynamic(): void {
    const w = this.w;
    if (this.ip + this.length >= this.ctx.text.words) {
      w.op('drop');
      this.bail(); // no return address in text: the interpreter's
      return;
    }
    this.targetWord();
    const sb = this.ctx.stateBase;
    w.localGet(this.L.ip).i32Const(2).op('i32.shl').localTee(this.L.y);
    w.memory('i32.load', sb + stateLayout.entryFunctions)
      .localTee(this.L.callee)
      .op('i32.eqz');
    w.localGet(this.L.y).memory('i32.load', this.ctx.entryBlocks).op('i32.eqz').op('i32.eqz').op('i32.or');
    this.bailIf();
    this.call(tableCallee, () =>
      w.localGet(this.L.callee).i32Const(1).op('i32.sub').callIndirect(this.ctx.functionType),
    );
  }

  /**
   * A call: push the return address as the interpreter does (checking first that the slot is in the stack and
   * below the slot of the shadow-stack entry beneath, so that anything unusual is the interpreter's), then call
   * with the slot as the callee's rsp. The callee returns normally only to this call's return address, with
   * rsp back where it was. An open callee (registers.ts) finds the registers outside its mask in the state
   * area: this function's go there before the call and come back after; those outside this function's mask
   * are there already (this function is open too), and pass in and out through it.
   */
  private call(
    callee: { readonly mask: number; readonly open: boolean; readonly preserved: number },
    emitCall: () => void,
  ): void {
    const w = this.w;
    const ctx = this.ctx;
    const sb = ctx.stateBase;
    const back = this.ip + this.length;
    const address = BigInt(textBase + back * 4);
    const others = callee.open ? this.mask & ~callee.mask : 0;
    if ((callee.mask & ~this.mask) !== 0 && !this.open)
      throw new Error(`jit: a call at word ${this.ip} needs registers its closed function lacks`);
    w.localGet(this.rsp).i64Const(8).op('i64.sub').localTee(this.L.t0);
    w.i64Const(ctx.stackLimit)
      .op('i64.sub')
      .i64Const(ctx.memorySize - 8 - ctx.stackLimit)
      .op('i64.gt_u');
    w.localGet(this.L.t0).localGet(this.L.slot).op('i64.ge_u').op('i32.or');
    this.bailIf();
    w.localGet(this.L.t0).op('i32.wrap_i64').i64Const(address).memory('i64.store');
    this.storeRegisters(others);
    // A register this function lacks that the callee gives back unchanged: the callee (or one it calls) may
    // change its copy in the state area (an open call stores the caller's registers there), so the copy is
    // put back after a normal return.
    const keep = callee.preserved & ~this.mask & ~(1 << rspRegister);
    for (const r of registersIn(callee.mask)) {
      if (r === rspRegister) w.localGet(this.L.t0);
      else if (this.registerLocal[r]! >= 0) w.localGet(this.registerLocal[r]!);
      else {
        w.i32Const(0).memory('i64.load', sb + stateLayout.registers + 8 * r);
        if ((keep & (1 << r)) !== 0) w.localTee(this.stateCopyOf(r));
      }
    }
    this.fuelLeft();
    this.owed = 0;
    w.localGet(this.L.depth).i32Const(1).op('i32.add');
    emitCall();
    w.localSet(this.L.fuel);
    const results = registersIn(callee.mask & ~callee.preserved & ~(1 << rspRegister));
    // A result this function does not have goes back to the state area (through its state-copy local, which
    // no register both kept and returned needs); so does a kept register's copy. Not when the callee left
    // compiled code (fuel -1): then the state holds their values already, which a function between may have held.
    const toState: number[] = [];
    for (let k = results.length - 1; k >= 0; k--) {
      const r = results[k]!;
      if (this.registerLocal[r]! >= 0) {
        w.localSet(this.registerLocal[r]!);
      } else {
        w.localSet(this.stateCopyOf(r));
        toState.push(r);
      }
    }
    toState.push(...registersIn(keep & callee.mask));
    if (toState.length > 0) {
      w.localGet(this.L.fuel).i64Const(0).op('i64.ge_s');
      this.openIf();
      for (const r of toState) {
        w.i32Const(0)
          .localGet(this.stateCopyOf(r))
          .memory('i64.store', sb + stateLayout.registers + 8 * r);
      }
      this.closeIf();
    }
    for (const r of registersIn(others)) {
      w.i32Const(0)
        .memory('i64.load', sb + stateLayout.registers + 8 * r)
        .localSet(this.registerLocal[r]!);
    }
    this.fresh &= callee.open ? 0 : ~callee.mask | callee.preserved;
    this.clean &= callee.open ? 0 : ~callee.mask | callee.preserved;
    this.checkFuelAt(back, callee.open ? allRegisters : callee.mask);
    this.goto(back);
  }

  /** The registers of `mask`, the fuel and this function's depth: a tail call's arguments. */
  private pushTailArguments(mask: number): void {
    for (const r of registersIn(mask)) this.w.localGet(this.registerLocal[r]!);
    this.fuelLeft();
    this.w.localGet(this.L.depth);
  }

  /**
   * `vp-ret`: when rsp is this function's slot and the slot holds the return address its caller pushed, return
   * to the caller (which knows rsp); any other return is the interpreter's.
   */
  ret(): void {
    const w = this.w;
    if (this.inlined !== undefined) {
      const { slot, address, checked } = this.inlined;
      if (checked) {
        w.localGet(this.rsp).localGet(slot).op('i64.ne');
        w.localGet(slot).op('i32.wrap_i64').memory('i64.load').i64Const(address).op('i64.ne');
        w.op('i32.or');
        this.bailIf();
      }
      w.localGet(slot).i64Const(8).op('i64.add').localSet(this.rsp);
      w.localGet(this.L.depth).i32Const(1).op('i32.sub').localSet(this.L.depth);
      return;
    }
    this.cannotReturn();
    this.bailIf();
    for (const r of this.resultRegisters()) w.localGet(this.registerLocal[r]!);
    this.fuelLeft();
    w.op('return');
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
    this.w
      .i32Const(0)
      .localGet(this.L.depth)
      .memory('i32.store', sb + stateLayout.shadowDepth);
  }
}
