// The machine: registers, memory (a WebAssembly.Memory), the loaded module, fuel and status, and the
// driver that runs the interpreter loops and turns their exits into results.

import { dataBaseFor, heapBaseFor, nullRegionSize, textBase } from '../isa/index.js';
import { verifyModule, type Module } from '../module/index.js';
import type { HostContext, HostFunction, HostFunctions } from './host.js';
import { compileInterpreter, exitReason, type InterpreterLoop, type LoopConstants } from './interpreter.js';
import { predecode, type DecodedText } from './predecode.js';
import { ShadowStack } from './shadow-stack.js';
import { SlowPaths } from './slow-paths.js';
import { entryBlocksOffset, stateAreaSize, stateLayout } from './state-area.js';
import { restoreSnapshot, takeSnapshot } from './snapshot.js';
import { symbolize } from './symbols.js';
import { Trap, trapMessages, type Frame, type TrapCode } from './traps.js';

/** How a machine is set up. */
export interface MachineOptions {
  /** Total memory in bytes, a multiple of 64 KiB (default 64 MiB, at most 1 GiB). */
  readonly memorySize?: number;
  /** Stack size in bytes, a multiple of 16 (default 1 MiB). */
  readonly stackSize?: number;
  /** Host functions the module's imports resolve to. */
  readonly host?: HostFunctions;
  /**
   * The program's arguments, conventionally its name first. They are placed at the top of the stack as
   * NUL-terminated UTF-8 strings; the entry procedure gets r0 = their count and r1 = the address of an
   * array of their addresses ending with 0 (C's argc and argv). Without arguments r0 = r1 = 0 and the
   * stack starts at the very top of memory.
   */
  readonly args?: readonly string[];
}

/** The outcome of `run`. Everything but `halted` and `trapped` can be resumed with another `run`. */
export type RunResult =
  | { readonly status: 'halted'; readonly exitCode: number }
  | { readonly status: 'trapped'; readonly trap: Trap }
  | { readonly status: 'out-of-fuel' }
  | { readonly status: 'suspended'; readonly settled: Promise<void> }
  | { readonly status: 'breakpoint'; readonly code: bigint }
  | { readonly status: 'stopped' };

/**
 * A compiled tier attached to a machine (see src/jit): runs compiled code from the machine's `ip`, where
 * `entryFunctions[ip]` is non-zero, with `budget` fuel; leaves `ip` and `left` set like the interpreter loops
 * and returns an exit reason (`exitReason.interpret`: go on in the interpreter at `ip`).
 */
export interface CompiledTier {
  run(budget: number): number;
  /**
   * Fuel per call of compiled code, shared by the machines that run the same compiled code: it doubles from
   * firstCompiledChunk to maxCompiledChunk each time a call spends it, so a machine running code that earlier
   * machines ran (and V8 has optimised by then) starts where they got to.
   */
  readonly chunk: { size: number };
}

/** A module that cannot be loaded (unresolved import, too large for memory, no entry...). */
export class LoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoadError';
  }
}

/** The return address the machine pushes before calling the entry procedure; returning to it halts. */
export const haltAddress = textBase - 8;

const pageSize = 65536;
/** The most frames a backtrace lists (repeated frames of deep recursion are collapsed when printed). */
const maxFrames = 10_000;
/** Fuel per call of the fast loop: returning to the driver this often keeps V8 out of OSR code. */
const maxChunk = 1_000_000;
/**
 * Fuel per call of compiled code, doubling from the first to the most (about 10 ms of it): V8 runs a new Wasm
 * function in its baseline compiler and switches to optimised code only for calls made after it is ready, so
 * compiled code is re-entered often at first, rarely later. The size lives with the compiled code
 * (`CompiledTier.chunk`): a new machine of a compiled module that ran before gets the optimised code at once.
 */
export const firstCompiledChunk = 65_536;
const maxCompiledChunk = 10_000_000;
/**
 * The first calls get small chunks, doubling up to maxChunk, so the loop's exit for a spent chunk runs
 * while V8 is still collecting type feedback; reached first in optimised code, it would deoptimise it.
 */
const firstChunk = 1024;

type Status = 'ready' | 'halted' | 'trapped' | 'suspended';

/** An async host call in flight: the machine resumes after `callIp` once it settles. */
export interface PendingCall {
  readonly callIp: number;
  settled: boolean;
  failed: boolean;
  value: bigint;
  error: unknown;
  promise: Promise<void>;
}

/** A VP machine running one module. */
export class Machine {
  /** The 16 registers (r0..r14, rsp), 64-bit two's complement. */
  readonly R: BigInt64Array;
  /** Int32 view of the registers: low word of r at 2r, high word at 2r + 1. */
  readonly R32: Int32Array;
  /** Float64 view of the registers (bit patterns of doubles). */
  readonly F: Float64Array;
  readonly memory: WebAssembly.Memory;
  readonly M8: Uint8Array;
  readonly M32: Int32Array;
  readonly M64: BigInt64Array;
  readonly DV: DataView;
  readonly text: DecodedText;
  readonly helpers: SlowPaths;
  /** Live calls, for exact backtraces. */
  readonly shadow: ShadowStack;
  /**
   * Per text word: 1 + the index of the compiled function with a block starting there, else 0; and that
   * block's number in its function (in the low 16 bits; the tier may keep more above them). Filled by a
   * compiled tier; all zero without one.
   */
  readonly entryFunctions: Int32Array;
  readonly entryBlocks: Int32Array;
  /** Byte address of the state area (registers, shadow stack, entry tables) in `memory`, above the guest's. */
  readonly stateBase: number;
  /** Address-space bounds. */
  readonly memorySize: number;
  readonly stackLimit: number;
  readonly dataBase: number;
  readonly heapBase: number;
  /** rsp just above the entry procedure's return address: returning there halts. */
  entryStackTop: number;
  /** Current heap break (moved by `tessera.sbrk`). */
  heapBreak: number;
  /** Remaining fuel (Infinity: unlimited). */
  fuel = Infinity;
  /** Fuel consumed so far, and the part of it charged by host calls and bulk memory operations. */
  fuelUsed = 0;
  extraFuelUsed = 0;
  /** Word index of the next instruction (interpreter state; use `pc` for the byte address). */
  ip: number;
  /** Loop scratch: fuel left when a loop returns, and fuel the next step needs when it ran out. */
  left = 0;
  need = 0;
  /** The code of the last `vp-brk`. */
  breakCode = 0n;
  /** Set before resuming from a hook stop, so the hook is not asked again about the same instruction. */
  skipHook = false;
  status: Status = 'ready';
  exitCode = 0;
  trap: Trap | undefined = undefined;
  /** Host functions by import index. */
  readonly imports: readonly HostFunction[];
  /** Called before each instruction while set; return true to stop before it. Runs the hooked loop. */
  hook: ((ip: number) => boolean) | null = null;
  pending: PendingCall | undefined = undefined;
  /** Fuel for the next call of the fast loop (grows from firstChunk to maxChunk). */
  private chunk = firstChunk;
  private readonly fast: InterpreterLoop;
  private readonly hooked: InterpreterLoop;
  /** The fast loop that also stops where compiled code can take over; made when a tier is attached. */
  private tiered: InterpreterLoop | undefined = undefined;
  private compiled: CompiledTier | undefined = undefined;
  /** Attach a compiled tier once this much fuel has been used (see `tierUpAfter`). */
  private tierUp: { readonly after: number; readonly attach: () => void } | undefined = undefined;
  private readonly loopConstants: LoopConstants;

  constructor(
    readonly module: Module,
    options: MachineOptions = {},
  ) {
    try {
      verifyModule(module); // modules made in memory get the checks a module file gets from readModule
    } catch (e) {
      throw new LoadError(e instanceof Error ? e.message : String(e));
    }
    const memorySize = options.memorySize ?? 64 * 1024 * 1024;
    const stackSize = options.stackSize ?? 1024 * 1024;
    if (
      !Number.isInteger(memorySize) ||
      memorySize % pageSize !== 0 ||
      memorySize <= 0 ||
      memorySize > 1 << 30
    ) {
      throw new LoadError(`memory size must be a multiple of 64 KiB up to 1 GiB, got ${memorySize}`);
    }
    if (!Number.isInteger(stackSize) || stackSize % 16 !== 0 || stackSize < 256) {
      throw new LoadError(`stack size must be a multiple of 16 bytes, at least 256, got ${stackSize}`);
    }
    this.memorySize = memorySize;
    this.stackLimit = memorySize - stackSize;
    this.dataBase = dataBaseFor(module.text.length);
    this.heapBase = heapBaseFor(module.text.length, module.data.length, module.bssSize);
    this.heapBreak = this.heapBase;
    if (this.heapBase > this.stackLimit) {
      throw new LoadError(
        `module needs ${this.heapBase} bytes below the stack but memory is ${memorySize} with a ${stackSize}-byte stack`,
      );
    }
    this.text = predecode(module.text);
    const words = this.text.words;
    const pages = Math.ceil((memorySize + stateAreaSize(words)) / pageSize);
    this.memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
    const buffer = this.memory.buffer;
    // The guest's views end at its memory size; the state area above belongs to the machine.
    this.M8 = new Uint8Array(buffer, 0, memorySize);
    this.M32 = new Int32Array(buffer, 0, memorySize / 4);
    this.M64 = new BigInt64Array(buffer, 0, memorySize / 8);
    this.DV = new DataView(buffer, 0, memorySize);
    this.stateBase = memorySize;
    this.R = new BigInt64Array(buffer, memorySize + stateLayout.registers, 16);
    this.R32 = new Int32Array(buffer, memorySize + stateLayout.registers, 32);
    this.F = new Float64Array(buffer, memorySize + stateLayout.registers, 16);
    this.shadow = new ShadowStack(buffer, {
      slots: memorySize + stateLayout.shadowSlots,
      returns: memorySize + stateLayout.shadowReturns,
      depth: memorySize + stateLayout.shadowDepth,
    });
    this.entryFunctions = new Int32Array(buffer, memorySize + stateLayout.entryFunctions, words + 1);
    this.entryBlocks = new Int32Array(buffer, memorySize + entryBlocksOffset(words), words + 1);
    this.M8.set(module.text, textBase);
    this.M8.set(module.data, this.dataBase);
    this.imports = module.imports.map((imp, index) => {
      if (imp.kind !== 'host') {
        throw new LoadError(`import ${imp.name}: importing other modules' procedures is not supported yet`);
      }
      const fn = options.host?.[imp.name];
      if (fn === undefined) throw new LoadError(`import ${imp.name}: no such host function`);
      this.DV.setBigInt64(this.dataBase + imp.slot, BigInt(index + 1), true);
      return fn;
    });
    if (module.entry === undefined) {
      throw new LoadError(`module ${module.name} has no entry procedure (export 'main or use (entry 'name))`);
    }
    this.helpers = new SlowPaths(this);
    const constants: LoopConstants = {
      TB: textBase,
      NB: module.text.length,
      LO: nullRegionSize,
      DB: this.dataBase,
      HI: memorySize,
      SL: this.stackLimit,
    };
    this.loopConstants = constants;
    this.fast = compileInterpreter(this, constants, 'fast');
    this.hooked = compileInterpreter(this, constants, 'hooked');
    // Call the entry procedure like a function: arguments at the top of the stack, then the halt address
    // as its return address.
    this.entryStackTop = this.placeArguments(options.args ?? [], stackSize);
    this.R[15] = BigInt(this.entryStackTop - 8);
    this.DV.setBigInt64(this.entryStackTop - 8, BigInt(haltAddress), true);
    this.ip = module.entry / 4;
  }

  /** Write the argument strings and their address array below the top of memory; returns the address below them. */
  private placeArguments(args: readonly string[], stackSize: number): number {
    if (args.length === 0) return this.memorySize; // r0 = r1 = 0, and rsp starts at the very top
    const encoder = new TextEncoder();
    let top = this.memorySize;
    const addresses = args.map((arg) => {
      const bytes = encoder.encode(arg);
      top -= bytes.length + 1;
      if (top < this.memorySize - stackSize / 2)
        throw new LoadError('the arguments take more than half the stack');
      this.M8.set(bytes, top);
      return top;
    });
    top = (top & ~15) - 8 * (args.length + 1);
    top &= ~15;
    if (top < this.memorySize - stackSize / 2)
      throw new LoadError('the arguments take more than half the stack');
    addresses.forEach((address, i) => this.DV.setBigInt64(top + 8 * i, BigInt(address), true));
    this.R[0] = BigInt(args.length);
    this.R[1] = BigInt(top);
    return top;
  }

  /** Byte address of the next instruction. */
  get pc(): number {
    return textBase + this.ip * 4;
  }

  /**
   * Run until the program halts, traps, runs out of fuel, suspends on an async host call, reaches a
   * breakpoint, or the hook stops it. `fuel` replaces the remaining fuel for this and later runs.
   */
  run(options: { fuel?: number } = {}): RunResult {
    if (options.fuel !== undefined) {
      if (!(options.fuel >= 0))
        throw new RangeError(`fuel must be a non-negative number, got ${options.fuel}`);
      this.fuel = Math.floor(options.fuel);
    }
    if (this.status === 'halted') return { status: 'halted', exitCode: this.exitCode };
    if (this.status === 'trapped') return { status: 'trapped', trap: this.trap! };
    if (this.pending !== undefined) {
      const pending = this.pending;
      if (!pending.settled) return { status: 'suspended', settled: pending.promise };
      this.pending = undefined;
      this.status = 'ready';
      if (pending.failed) return this.finish(this.helpers.hostFailure(pending.callIp, pending.error));
      this.R[0] = pending.value;
    }
    if (this.hook !== null) {
      // Unlimited fuel becomes a large finite budget so that fuel used stays an exact count.
      const given = Math.min(this.fuel, Number.MAX_SAFE_INTEGER);
      const reason = this.hooked(given, this.hook);
      this.consume(given - this.left);
      return this.finish(reason);
    }
    if (this.compiled !== undefined) return this.runTiered(this.compiled, this.tiered!);
    let budget = Math.min(this.fuel, this.chunk);
    for (;;) {
      const reason = this.fast(budget, null);
      this.consume(budget - this.left);
      if (reason !== exitReason.needFuel) return this.finish(reason);
      if (this.tierUp !== undefined && this.fuelUsed >= this.tierUp.after) {
        const { attach } = this.tierUp;
        this.tierUp = undefined;
        attach();
        if (this.compiled !== undefined) return this.runTiered(this.compiled, this.tiered!);
      }
      if (this.need <= this.fuel) {
        // The chunk ran out, not the fuel: go on, with a budget large enough for the next run.
        this.chunk = Math.min(this.chunk * 2, maxChunk);
        budget = Math.min(this.fuel, Math.max(this.chunk, this.need));
        continue;
      }
      // Less fuel than the next run needs: finish instruction by instruction in the hooked loop.
      const given = Math.min(this.fuel, Number.MAX_SAFE_INTEGER);
      const finalReason = this.hooked(given, null);
      this.consume(given - this.left);
      return this.finish(finalReason);
    }
  }

  /**
   * Attach a compiled tier (src/jit), which has filled `entryFunctions` and `entryBlocks`: from now on `run`
   * executes compiled code wherever it can, and the interpreter elsewhere (and whenever a hook is set).
   */
  attachCompiledTier(tier: CompiledTier): void {
    this.tiered ??= compileInterpreter(this, this.loopConstants, 'tiered');
    this.compiled = tier;
  }

  /**
   * Call `attach` (which attaches a compiled tier) once the run has used `fuel`: short runs never pay for
   * compiling, long ones are compiled after a warm-up. Checked between the fast loop's chunks.
   */
  tierUpAfter(fuel: number, attach: () => void): void {
    this.tierUp = { after: fuel, attach };
  }

  /** Run the one instruction at `ip` in the hooked loop with `budget` fuel: compiled code's fallback. */
  stepInterpreted(budget: number): number {
    let seen = 0;
    const reason = this.hooked(budget, () => seen++ > 0);
    return reason === exitReason.hook ? 0 : reason;
  }

  /**
   * `run` with a compiled tier: compiled code where a block of it starts, the tiered loop (which stops at such
   * blocks) elsewhere, and instruction by instruction once the fuel left is less than the next run needs.
   */
  private runTiered(compiled: CompiledTier, tiered: InterpreterLoop): RunResult {
    let interpretFirst = false;
    let need = 0;
    for (;;) {
      const useCompiled: boolean = !interpretFirst && this.entryFunctions[this.ip] !== 0;
      // Compiled code gets chunks too: V8 runs a Wasm function in its baseline compiler until it is called
      // again after tier-up (it has no on-stack replacement for Wasm), so a long loop must be re-entered.
      const budget = Math.min(this.fuel, Math.max(useCompiled ? compiled.chunk.size : this.chunk, need));
      const reason: number = useCompiled ? compiled.run(budget) : tiered(budget, null);
      this.consume(budget - this.left);
      // Compiled code hands over before an instruction it leaves to the interpreter: run that one first.
      interpretFirst = reason === exitReason.interpret;
      need = 0;
      if (reason === exitReason.interpret || reason === exitReason.compiled) continue;
      if (reason !== exitReason.needFuel) return this.finish(reason);
      if (this.need <= this.fuel) {
        // The chunk ran out, not the fuel.
        if (useCompiled) compiled.chunk.size = Math.min(compiled.chunk.size * 2, maxCompiledChunk);
        else this.chunk = Math.min(this.chunk * 2, maxChunk);
        need = this.need;
        continue;
      }
      const given = Math.min(this.fuel, Number.MAX_SAFE_INTEGER);
      const finalReason = this.hooked(given, null);
      this.consume(given - this.left);
      return this.finish(finalReason);
    }
  }

  /** The whole machine state as bytes (see snapshot.ts); not while trapped or waiting on a host call. */
  snapshot(): Uint8Array {
    return takeSnapshot(this);
  }

  /** A machine continuing exactly where `snapshot()` stopped; `options` supplies the host functions. */
  static restore(module: Module, snapshot: Uint8Array, options: MachineOptions = {}): Machine {
    return restoreSnapshot(module, snapshot, options);
  }

  /** Run to completion, waiting for async host calls; fuel as in `run`. */
  async runToCompletion(options: { fuel?: number } = {}): Promise<RunResult> {
    let result = this.run(options);
    while (result.status === 'suspended') {
      await result.settled;
      result = this.run();
    }
    return result;
  }

  private consume(amount: number): void {
    this.fuel -= amount;
    this.fuelUsed += amount;
  }

  private finish(reason: number): RunResult {
    switch (reason) {
      case exitReason.halt:
        this.status = 'halted';
        return { status: 'halted', exitCode: this.exitCode };
      case exitReason.trap:
        this.status = 'trapped';
        return { status: 'trapped', trap: this.trap! };
      case exitReason.suspend:
        this.status = 'suspended';
        return { status: 'suspended', settled: this.pending!.promise };
      case exitReason.breakpoint:
        return { status: 'breakpoint', code: this.breakCode };
      case exitReason.hook:
        return { status: 'stopped' };
      default:
        return { status: 'out-of-fuel' };
    }
  }

  /** Record a trap at word index `ip` (called by the loops and slow paths); returns the trap exit reason. */
  raise(ip: number, code: TrapCode, detail: string): number {
    this.ip = ip;
    const pc = textBase + ip * 4;
    const message = detail === '' ? trapMessages[code] : `${trapMessages[code]}: ${detail}`;
    this.trap = new Trap(code, message, pc, this.backtrace(pc));
    return exitReason.trap;
  }

  /**
   * The frames at `pc`: the current procedure, then each live call from the shadow stack (innermost
   * first) whose return address is still in its slot, named by its call instruction. Slots rise outwards:
   * after a longjmp an entry left below rsp could look live again once deeper calls reach below it without
   * overwriting its slot, but it then lies below a live entry made after it.
   */
  backtrace(pc: number = this.pc): Frame[] {
    const frames: Frame[] = [symbolize(this.module, pc)];
    let above = this.R[15]!;
    for (const { slot, returnIndex } of this.shadow.frames()) {
      if (frames.length >= maxFrames) break;
      if (BigInt(slot) < above || slot + 8 > this.memorySize) continue;
      if (this.DV.getBigInt64(slot, true) !== BigInt(textBase + returnIndex * 4)) continue;
      above = BigInt(slot + 8);
      const call = this.text.callBefore[returnIndex] ?? 0;
      frames.push(
        symbolize(this.module, call === 0 ? textBase + returnIndex * 4 : textBase + (call - 1) * 4),
      );
    }
    return frames;
  }

  /** The context a host function gets for the call at `ip`. */
  hostContext(onExit: (code: number) => void): HostContext {
    return {
      readBytes: (address, length) => {
        const start = this.helpers.checkRange(address, length, false);
        return this.M8.slice(start, start + Number(length));
      },
      writeBytes: (address, bytes) => {
        const start = this.helpers.checkRange(address, BigInt(bytes.length), true);
        this.M8.set(bytes, start);
      },
      exit: onExit,
      heap: new HeapAccess(this),
    };
  }
}

/** The heap break as host functions see it. */
class HeapAccess {
  constructor(private readonly machine: Machine) {}
  get break(): number {
    return this.machine.heapBreak;
  }
  set break(value: number) {
    this.machine.heapBreak = value;
  }
  get base(): number {
    return this.machine.heapBase;
  }
  get limit(): number {
    return this.machine.stackLimit;
  }
}
