// The debugger: attaches to a Machine through its hook, runs it in slices (so a pause from another event
// takes effect), stops at breakpoints and at the end of steps, and reads and writes registers and memory.

import { formatInstruction } from '../asm/index.js';
import { nullRegionSize, registerNames, textBase } from '../isa/index.js';
import type { Machine, Trap } from '../vm/index.js';
import {
  BreakpointTable,
  compileHitCondition,
  type Breakpoint,
  type BreakpointLocation,
  type BreakpointOptions,
  type BreakpointPredicate,
  type BreakpointRecord,
  type ConditionCompiler,
} from './breakpoints.js';
import { compileRegisterExpression, registerNumber } from './conditions.js';
import { DebuggerError } from './errors.js';
import { LineMap, type FunctionInfo, type SourceLocation } from './lines.js';
import { innermostCfa, nameAt, stackFrames, type StackFrame } from './stack.js';
import {
  InstructionNext,
  InstructionStep,
  LineStepInto,
  LineStepOver,
  RunTo,
  StepOut,
  type StepPlan,
} from './stepping.js';

/** How a debugger behaves. */
export interface DebuggerOptions {
  /**
   * Instructions per slice: the machine runs this many (at most) between returns to the event loop, where a
   * `pause()` or `terminate()` takes effect. Default 65536 (a few milliseconds).
   */
  readonly sliceInstructions?: number;
  /**
   * Files that stepping by line treats as having no source lines, so `step` does not stop in them (calls
   * into them run to their return): e.g. `(file) => file.startsWith('/tessera/')` for the C library.
   */
  readonly skipFile?: (file: string) => boolean;
  /** Compiles condition text; default: register conditions (`compileRegisterCondition`). */
  readonly conditionCompiler?: ConditionCompiler;
  /** The text of a source file named in the debug section, for `sourceText` (e.g. read from disk). */
  readonly readSource?: (file: string) => string | undefined;
}

/** Why the program stopped. */
export type StopReason =
  /** Where the debugger attached: the program's entry for a new machine. */
  | 'entry'
  | 'breakpoint'
  /** A step command (step, next, finish, stepi, nexti, runTo) completed. */
  | 'step'
  /** `pause()` was called. */
  | 'pause'
  /** A `vp-brk` instruction ran (the program continues after it). */
  | 'vp-brk'
  /** The machine's fuel ran out before the instruction at pc; give it more (`machine.fuel`) to go on. */
  | 'out-of-fuel'
  /** The program halted; it cannot go on. */
  | 'exited'
  /** The program trapped; it cannot go on. */
  | 'trapped'
  /** `terminate()` ended the session. */
  | 'terminated';

/** The command that was running when the program stopped. */
export type Command = 'continue' | 'step' | 'next' | 'finish' | 'stepi' | 'nexti' | 'run-to';

/** What every stop event says. */
interface StopCommon {
  /** The command that ran, undefined for `entry`. */
  readonly command: Command | undefined;
  /** Byte address of the next instruction (for a trap: of the faulting one). */
  readonly pc: number;
  readonly location: SourceLocation | undefined;
  /** The name of the function at pc, as in stack frames. */
  readonly function: string;
}

/** Why and where the program stopped. */
export type StopEvent =
  | (StopCommon & { readonly reason: 'entry' | 'out-of-fuel' | 'terminated' })
  | (StopCommon & {
      readonly reason: 'step';
      /** After `finish` when the frame returned normally: r0 (the return value, its bits for a double). */
      readonly returnValue: bigint | undefined;
    })
  | (StopCommon & {
      readonly reason: 'pause';
      /** Paused while an async host call was in flight: r0 gets its result when the program goes on. */
      readonly waitingForHost: boolean;
    })
  | (StopCommon & {
      readonly reason: 'breakpoint';
      /** The breakpoints that stopped here (as they were then). */
      readonly breakpoints: readonly Breakpoint[];
      /** When a condition failed to evaluate (the program stops then, as gdb does). */
      readonly conditionError: string | undefined;
    })
  | (StopCommon & { readonly reason: 'vp-brk'; readonly code: bigint })
  | (StopCommon & { readonly reason: 'trapped'; readonly trap: Trap })
  | (StopCommon & { readonly reason: 'exited'; readonly exitCode: number });

/** Where the debugger is. */
export type DebuggerState = 'stopped' | 'running' | 'exited' | 'trapped' | 'terminated' | 'detached';

/** One disassembled instruction. */
export interface Instruction {
  /** Byte address. */
  readonly address: number;
  /** Its length in words. */
  readonly words: number;
  /** `(mnemonic operands...)` as the disassembler writes it. */
  readonly text: string;
  readonly location: SourceLocation | undefined;
  /** `function+0xoffset`. */
  readonly symbol: string;
}

/** The default condition compiler: a register expression (see conditions.ts), true when non-zero. */
export const compileRegisterCondition: ConditionCompiler = (text, _breakpoint, debugger_) => {
  const expression = compileRegisterExpression(text);
  return ({ pc }) =>
    expression({
      pc,
      register: (r) => debugger_.readRegister(r),
    }) !== 0n;
};

const defaultSlice = 65536;

/** Yield to the event loop (setImmediate where there is one: setTimeout waits at least 1 ms in Node). */
const yieldToEventLoop: () => Promise<void> =
  typeof setImmediate === 'function'
    ? () => new Promise((resolve) => setImmediate(resolve))
    : () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A debugger attached to one machine (and its module). Construct it with a machine that nobody else is
 * running; it sets `machine.hook`, so the machine runs in the hooked interpreter loop (never the compiled
 * tier) until `detach()`. One command runs at a time: each returns a promise of the next StopEvent.
 */
export class Debugger {
  /** Source lines, functions and statement starts of the module. */
  readonly lines: LineMap;
  /** Compiles breakpoint conditions given as text; replace it to add C expressions. */
  conditionCompiler: ConditionCompiler;
  private readonly table: BreakpointTable;
  private readonly slice: number;
  private readonly readSource: ((file: string) => string | undefined) | undefined;
  private currentState: DebuggerState = 'stopped';
  private last: StopEvent;
  /** The step running, if any. */
  private plan: StepPlan | undefined = undefined;
  /** Why the hook stopped the machine: a breakpoint, the plan, or the end of a slice. */
  private cause: 'breakpoint' | 'step' | 'slice' = 'slice';
  private hits: { stopped: BreakpointRecord[]; error: string | undefined } = {
    stopped: [],
    error: undefined,
  };
  private sliceLeft = 0;
  /** The word index whose instruction the hook has already been asked about (so resuming skips it), or -1. */
  private askedAt = -1;
  private pauseRequested = false;
  private terminateRequested = false;
  /** Wakes a command waiting for an async host call when pause() or terminate() is called. */
  private wake: () => void = () => {};
  private readonly hook: (ip: number) => boolean;

  constructor(
    readonly machine: Machine,
    options: DebuggerOptions = {},
  ) {
    if (machine.hook !== null) {
      throw new DebuggerError('the machine already has a hook (another debugger, a tracer or a profiler)');
    }
    const slice = options.sliceInstructions ?? defaultSlice;
    if (!Number.isInteger(slice) || slice < 1)
      throw new RangeError(`slice must be a positive integer, got ${slice}`);
    this.slice = slice;
    this.lines = new LineMap(machine.module, options.skipFile);
    this.table = new BreakpointTable(this.lines.words);
    this.conditionCompiler = options.conditionCompiler ?? compileRegisterCondition;
    this.readSource = options.readSource;
    const counts = this.table.counts;
    this.hook = (ip) => {
      if (counts[ip] !== 0 && this.reachedBreakpoint(ip)) return true;
      if (this.plan !== undefined && this.plan.shouldStop(ip)) {
        this.cause = 'step';
        return true;
      }
      if (--this.sliceLeft > 0) return false;
      this.cause = 'slice';
      return true;
    };
    machine.hook = this.hook;
    if (machine.status === 'halted') {
      this.currentState = 'exited';
      this.last = { ...this.common(undefined), reason: 'exited', exitCode: machine.exitCode };
    } else if (machine.status === 'trapped' && machine.trap !== undefined) {
      this.currentState = 'trapped';
      this.last = { ...this.common(undefined, machine.trap.pc), reason: 'trapped', trap: machine.trap };
    } else {
      this.last = { ...this.common(undefined), reason: 'entry' };
    }
  }

  /** Where the debugger is: stopped (commands allowed), running, finished (exited, trapped, terminated), detached. */
  get state(): DebuggerState {
    return this.currentState;
  }

  /** The latest stop (initially `entry`, or `exited`/`trapped` when attached to a finished machine). */
  get lastStop(): StopEvent {
    return this.last;
  }

  /** Byte address of the next instruction. */
  get pc(): number {
    return this.machine.pc;
  }

  // ---- execution control ------------------------------------------------------------------------------

  /** Run until a breakpoint, vp-brk, trap, exit, fuel running out, pause() or terminate(). */
  continue(): Promise<StopEvent> {
    return this.resume('continue', undefined);
  }

  /**
   * Step into, by source line: run to the next statement start of another line (entering calls to
   * functions with lines, stopping after their prologue; running through code without lines); a return
   * stops in the caller, in the middle of its line. Without any line table it steps one instruction.
   */
  step(): Promise<StopEvent> {
    if (!this.lines.hasLines) return this.resume('stepi', new InstructionStep());
    return this.resume('step', () => new LineStepInto(this.machine, this.lines));
  }

  /**
   * Step over, by source line: run to the next statement start of another line in the same frame;
   * calls (recursive ones too) and functions the frame tail-calls run through. When the frame returns or
   * a longjmp unwinds it, stop where execution continues (if that has lines). Without lines: `nextInstruction`.
   */
  next(): Promise<StopEvent> {
    if (!this.lines.hasLines)
      return this.resume('nexti', () => new InstructionNext(this.machine, this.lines));
    return this.resume('next', () => new LineStepOver(this.machine, this.lines));
  }

  /**
   * Step out: run until frame `frameIndex` (default the innermost) returns or is unwound; the stop event
   * carries r0 as `returnValue` when it returned. The outermost frame cannot be finished.
   */
  finish(frameIndex = 0): Promise<StopEvent> {
    if (this.currentState !== 'stopped') return this.resume('finish', undefined);
    const frames = this.frames(frameIndex + 2);
    const frame = frames[frameIndex];
    if (frame === undefined) return Promise.reject(new DebuggerError(`no frame ${frameIndex}`));
    if (frames[frameIndex + 1] === undefined) {
      return Promise.reject(new DebuggerError('"finish" is not meaningful in the outermost frame'));
    }
    return this.resume('finish', () => new StepOut(this.machine, this.lines, frame.cfa), frame.returnAddress);
  }

  /** Run exactly one instruction (a call goes into the callee). */
  stepInstruction(): Promise<StopEvent> {
    return this.resume('stepi', new InstructionStep());
  }

  /** Run one instruction; a call runs until it returns. */
  nextInstruction(): Promise<StopEvent> {
    return this.resume('nexti', () => new InstructionNext(this.machine, this.lines));
  }

  /**
   * Run to a location (a temporary internal breakpoint: run to cursor); breakpoints on the way stop first.
   * With `stopOnReturn` (gdb's `advance`), also stop when the current frame returns.
   */
  runTo(location: BreakpointLocation, options: { readonly stopOnReturn?: boolean } = {}): Promise<StopEvent> {
    if (this.currentState !== 'stopped') return this.resume('run-to', undefined);
    const resolved = this.resolve(location);
    if (typeof resolved === 'string') return Promise.reject(new DebuggerError(resolved));
    const goals = resolved.addresses.map((a) => (a - textBase) >>> 2);
    const cfa = options.stopOnReturn === true ? innermostCfa(this.machine) : undefined;
    return this.resume('run-to', () => new RunTo(this.machine, this.lines, goals, cfa));
  }

  /**
   * Ask a running command to stop: it resolves with reason `pause` at the end of the current slice (or at
   * once when waiting for an async host call). Returns false when nothing is running.
   */
  pause(): boolean {
    if (this.currentState !== 'running') return false;
    this.pauseRequested = true;
    this.wake();
    return true;
  }

  /**
   * End the session: a running command resolves with `terminated` at the end of its slice, the debugger
   * detaches from the machine (which is left as it is), and later commands resolve with that event.
   */
  terminate(): void {
    if (this.currentState === 'running') {
      this.terminateRequested = true;
      this.wake();
      return;
    }
    if (this.currentState === 'detached' || this.currentState === 'terminated') return;
    this.end('terminated', undefined);
  }

  /**
   * Detach from a stopped machine: clear the hook, so that whoever runs it next runs at full speed (in the
   * compiled tier when one is attached). The debugger cannot be used afterwards.
   */
  detach(): void {
    if (this.currentState === 'running') throw new DebuggerError('the program is running: pause it first');
    if (this.machine.hook === this.hook) this.machine.hook = null;
    this.currentState = 'detached';
  }

  /** Start a command: it plans the step, runs slices and resolves with the stop. */
  private async resume(
    command: Command,
    plan: StepPlan | (() => StepPlan) | undefined,
    returnAddress?: number,
  ): Promise<StopEvent> {
    switch (this.currentState) {
      case 'running':
        throw new DebuggerError('the program is running');
      case 'detached':
        throw new DebuggerError('the debugger is detached');
      case 'exited':
      case 'trapped':
      case 'terminated':
        return this.last;
      case 'stopped':
        break;
    }
    const machine = this.machine;
    this.plan = typeof plan === 'function' ? plan() : plan;
    this.currentState = 'running';
    this.pauseRequested = false;
    this.terminateRequested = false;
    // Steps never stop before the instruction they start at; continue does unless it was already asked about.
    let skip = command !== 'continue' || this.askedAt === machine.ip;
    try {
      for (;;) {
        if (this.terminateRequested) return this.end('terminated', command);
        if (this.pauseRequested) {
          return this.stop({ ...this.common(command), reason: 'pause', waitingForHost: this.waiting() });
        }
        if (this.waiting()) {
          const interrupted = new Promise<void>((resolve) => (this.wake = resolve));
          await Promise.race([machine.pending!.promise, interrupted]);
          this.wake = () => {};
          skip = false; // the host call was the instruction a step started at
          continue;
        }
        this.sliceLeft = this.slice;
        machine.skipHook = skip;
        const result = machine.run();
        machine.skipHook = false;
        skip = false;
        switch (result.status) {
          case 'stopped':
            this.askedAt = machine.ip;
            if (this.cause === 'breakpoint') {
              const { stopped, error } = this.hits;
              return this.stop({
                ...this.common(command),
                reason: 'breakpoint',
                breakpoints: stopped.map((r) => ({ ...r })),
                conditionError: error,
              });
            }
            if (this.cause === 'step') {
              const returned = returnAddress !== undefined && machine.pc === returnAddress;
              return this.stop({
                ...this.common(command),
                reason: 'step',
                returnValue: returned ? machine.R[0]! : undefined,
              });
            }
            await yieldToEventLoop();
            continue;
          case 'suspended':
            this.askedAt = -1;
            continue;
          case 'breakpoint':
            this.askedAt = -1;
            return this.stop({ ...this.common(command), reason: 'vp-brk', code: result.code });
          case 'out-of-fuel':
            // The hooked loop asks the hook before it checks the fuel: that instruction was asked about.
            this.askedAt = machine.ip;
            return this.stop({ ...this.common(command), reason: 'out-of-fuel' });
          case 'halted':
            this.currentState = 'exited';
            return this.stop(
              { ...this.common(command), reason: 'exited', exitCode: result.exitCode },
              'exited',
            );
          case 'trapped':
            this.currentState = 'trapped';
            return this.stop(
              { ...this.common(command, result.trap.pc), reason: 'trapped', trap: result.trap },
              'trapped',
            );
        }
      }
    } finally {
      this.plan = undefined;
      machine.skipHook = false;
      if (this.currentState === 'running') this.currentState = 'stopped';
    }
  }

  /** Whether an async host call is in flight and not settled. */
  private waiting(): boolean {
    return this.machine.pending !== undefined && !this.machine.pending.settled;
  }

  /** Record a stop event and set the state. */
  private stop(event: StopEvent, state: DebuggerState = 'stopped'): StopEvent {
    this.currentState = state;
    this.last = event;
    return event;
  }

  /** End the session (terminate). */
  private end(reason: 'terminated', command: Command | undefined): StopEvent {
    if (this.machine.hook === this.hook) this.machine.hook = null;
    return this.stop({ ...this.common(command), reason }, 'terminated');
  }

  /** pc, location and function of a stop at `pc`. */
  private common(command: Command | undefined, pc = this.machine.pc): StopCommon {
    return {
      command,
      pc,
      location: this.lines.locationOf(pc),
      function: nameAt(this.machine, this.lines.functionAt(pc), pc),
    };
  }

  /** The hook reached a word with breakpoints: test them; true to stop. */
  private reachedBreakpoint(ip: number): boolean {
    const pc = textBase + 4 * ip;
    const hits = this.table.reached(ip, (record) => ({
      debugger: this,
      breakpoint: { ...record },
      pc,
      cfa: innermostCfa(this.machine),
    }));
    if (hits.stopped.length === 0) return false;
    this.hits = hits;
    this.cause = 'breakpoint';
    return true;
  }

  // ---- breakpoints --------------------------------------------------------------------------------------

  /**
   * Set a breakpoint. One that does not resolve to code is kept, unverified, with a `message` (as DAP
   * expects); a bad condition or hit condition throws DebuggerError.
   */
  setBreakpoint(location: BreakpointLocation, options: BreakpointOptions = {}): Breakpoint {
    const resolved = this.resolve(location);
    const id = this.table.allocateId();
    const record: BreakpointRecord = {
      id,
      requested: location,
      verified: typeof resolved !== 'string',
      message: typeof resolved === 'string' ? resolved : undefined,
      addresses: typeof resolved === 'string' ? [] : resolved.addresses,
      location: typeof resolved === 'string' ? undefined : this.lines.locationOf(resolved.addresses[0]!),
      enabled: options.enabled ?? true,
      condition: undefined,
      hitCondition: undefined,
      ignoreCount: 0,
      hitCount: 0,
      temporary: options.temporary ?? false,
    };
    const { predicate, hitTest } = this.compileOptions(record, options);
    this.table.add(record, predicate, hitTest);
    return { ...record };
  }

  /**
   * Change a breakpoint's condition, hit condition, ignore count or enabled state (options left out stay
   * as they are; a condition or hit condition of undefined removes it).
   */
  updateBreakpoint(id: number, options: BreakpointOptions): Breakpoint {
    const entry = this.table.entry(id);
    const { predicate, hitTest } = this.compileOptions(entry.record, options);
    if ('condition' in options) entry.predicate = predicate;
    if ('hitCondition' in options) entry.hitTest = hitTest;
    if (options.enabled !== undefined) this.table.setEnabled(id, options.enabled);
    return { ...entry.record };
  }

  /** Enable or disable a breakpoint. */
  enableBreakpoint(id: number, enabled = true): Breakpoint {
    this.table.setEnabled(id, enabled);
    return { ...this.table.entry(id).record };
  }

  /** Delete a breakpoint; false when there was none with that id. */
  removeBreakpoint(id: number): boolean {
    return this.table.remove(id);
  }

  /** Every breakpoint, by id. */
  breakpoints(): Breakpoint[] {
    return this.table.records().map((r) => ({ ...r }));
  }

  /** One breakpoint, or undefined. */
  breakpoint(id: number): Breakpoint | undefined {
    return this.breakpoints().find((b) => b.id === id);
  }

  /** Apply options to a record and compile its tests (throws DebuggerError for bad ones before changing anything). */
  private compileOptions(
    record: BreakpointRecord,
    options: BreakpointOptions,
  ): {
    predicate: BreakpointPredicate | undefined;
    hitTest: ((hits: number) => boolean) | undefined;
  } {
    const condition = options.condition;
    const predicate =
      condition === undefined
        ? undefined
        : typeof condition === 'function'
          ? condition
          : this.conditionCompiler(condition, { ...record }, this);
    const hitTest =
      options.hitCondition === undefined ? undefined : compileHitCondition(options.hitCondition);
    if (
      options.ignoreCount !== undefined &&
      !(Number.isSafeInteger(options.ignoreCount) && options.ignoreCount >= 0)
    ) {
      throw new DebuggerError(`an ignore count must be a non-negative integer, got ${options.ignoreCount}`);
    }
    if ('condition' in options) {
      record.condition = typeof condition === 'function' ? '<function>' : condition;
    }
    if ('hitCondition' in options) record.hitCondition = options.hitCondition;
    if (options.ignoreCount !== undefined) record.ignoreCount = options.ignoreCount;
    return { predicate, hitTest };
  }

  /** The addresses of a location, or why it has none. */
  private resolve(location: BreakpointLocation): { addresses: number[] } | string {
    if ('address' in location) {
      const address = location.address;
      if (!this.lines.isInstruction(address)) {
        return `0x${address.toString(16)} is not the address of an instruction in text`;
      }
      return { addresses: [address] };
    }
    if ('function' in location) {
      const found = this.lines.findFunctions(location.function);
      if (found.length === 0) return `no function named ${location.function}`;
      return { addresses: [...new Set(found.map((f) => f.bodyStart))].sort((a, b) => a - b) };
    }
    if (!Number.isSafeInteger(location.line) || location.line < 1) return `no line ${location.line}`;
    const resolved = this.lines.resolveLine(location.file, location.line);
    return typeof resolved === 'string' ? resolved : { addresses: [...resolved.addresses] };
  }

  // ---- inspection ---------------------------------------------------------------------------------------

  /** The call stack, innermost frame first, at most `limit` frames. */
  frames(limit = Infinity): StackFrame[] {
    return stackFrames(this.machine, this.lines, limit);
  }

  /** The source location of the code at `pc` (default: the next instruction). */
  location(pc: number = this.machine.pc): SourceLocation | undefined {
    return this.lines.locationOf(pc);
  }

  /** The function containing `pc`. */
  functionAt(pc: number = this.machine.pc): FunctionInfo | undefined {
    return this.lines.functionAt(pc);
  }

  /** Every function (from the debug section, else the procedure symbols). */
  functions(): readonly FunctionInfo[] {
    return this.lines.functions;
  }

  /** The source files of the debug section. */
  sourceFiles(): readonly string[] {
    return this.lines.files;
  }

  /** The text of a source file, from the `readSource` option; undefined when unknown. */
  sourceText(file: string): string | undefined {
    return this.readSource?.(file);
  }

  /** The lines of a file where breakpoints can go, ascending. */
  linesWithCode(file: string): number[] {
    return this.lines.linesWithCode(file);
  }

  /** Register `r` (0-15, or a name: `r0`..`r15`, `rsp`) as a signed 64-bit value. */
  readRegister(r: number | string): bigint {
    return this.machine.R[this.registerIndex(r)]!;
  }

  /** Set a register (the value wraps to 64 bits). */
  writeRegister(r: number | string, value: bigint | number): void {
    this.assertStopped();
    this.machine.R[this.registerIndex(r)] = BigInt.asIntN(64, BigInt(value));
  }

  /** The 16 registers, r0..r14 then rsp, signed. */
  registers(): bigint[] {
    return [...this.machine.R];
  }

  /** The registers' names, in the order of `registers()`. */
  get registerNames(): readonly string[] {
    return registerNames;
  }

  /** Move the next instruction to `pc` (gdb's `jump`): it must start an instruction in text. */
  setPc(pc: number): void {
    this.assertStopped();
    if (!this.lines.isInstruction(pc)) {
      throw new DebuggerError(`0x${pc.toString(16)} is not the address of an instruction in text`);
    }
    this.machine.ip = (pc - textBase) >>> 2;
  }

  /** Copy `length` bytes of guest memory from `address` (anything the guest may read, text included). */
  readMemory(address: number | bigint, length: number): Uint8Array {
    const start = this.checkRange(address, length, false);
    return this.machine.M8.slice(start, start + length);
  }

  /** Write bytes into guest memory (anything the guest may write: data, heap, stack; not text). */
  writeMemory(address: number | bigint, bytes: Uint8Array): void {
    this.assertStopped();
    const start = this.checkRange(address, bytes.length, true);
    this.machine.M8.set(bytes, start);
  }

  /** An integer of 1, 2, 4 or 8 bytes at `address` (little-endian), sign-extended or not. */
  readInteger(address: number | bigint, size: 1 | 2 | 4 | 8, signed = true): bigint {
    const bytes = this.readMemory(address, size);
    let value = 0n;
    for (let i = size - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i]!);
    return signed ? BigInt.asIntN(size * 8, value) : value;
  }

  /** Write an integer of 1, 2, 4 or 8 bytes (its low bytes) at `address`. */
  writeInteger(address: number | bigint, size: 1 | 2 | 4 | 8, value: bigint | number): void {
    let v = BigInt.asUintN(size * 8, BigInt(value));
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i++) {
      bytes[i] = Number(v & 255n);
      v >>= 8n;
    }
    this.writeMemory(address, bytes);
  }

  /** A float (4 bytes) or double (8 bytes) at `address`. */
  readFloat(address: number | bigint, size: 4 | 8 = 8): number {
    const view = new DataView(this.readMemory(address, size).buffer);
    return size === 4 ? view.getFloat32(0, true) : view.getFloat64(0, true);
  }

  /** A NUL-terminated string at `address` as UTF-8, at most `max` bytes (then it ends with `...`). */
  readString(address: number | bigint, max = 4096): string {
    const start = this.checkRange(address, 1, false);
    const limit = Math.min(this.machine.memorySize, start + max);
    const m8 = this.machine.M8;
    let end = start;
    while (end < limit && m8[end] !== 0) end++;
    const text = new TextDecoder().decode(m8.subarray(start, end));
    return end === limit && m8[end] !== 0 ? `${text}...` : text;
  }

  /**
   * Disassemble around `pc` (default the next instruction): `before` instructions before it (found by
   * walking its function from the start) and `after` from it on, `pc`'s own included.
   */
  disassemble(pc: number = this.machine.pc, before = 0, after = 10): Instruction[] {
    const module = this.machine.module;
    const words = this.lines.words;
    const at = (pc - textBase) >>> 2;
    if (pc < textBase || at >= words) {
      throw new DebuggerError(`0x${pc.toString(16)} is outside text`);
    }
    const make = (word: number): Instruction => {
      const address = textBase + 4 * word;
      return {
        address,
        words: this.machine.text.lengths[word] ?? 1,
        text: formatInstruction(module, word * 4),
        location: this.lines.locationOf(address),
        symbol: nameAt(this.machine, this.lines.functionAt(address), address),
      };
    };
    const starts: number[] = [];
    for (let w = at - 1; w >= 0 && starts.length < before; w--) {
      if (this.lines.instructionStart[w] === 1) starts.unshift(w);
    }
    const result = starts.map(make);
    for (let w = at, n = 0; w < words && n < after; n++) {
      result.push(make(w));
      w += this.machine.text.lengths[w] ?? 1;
    }
    return result;
  }

  private registerIndex(r: number | string): number {
    const index = typeof r === 'number' ? r : registerNumber(r);
    if (index === undefined || !Number.isInteger(index) || index < 0 || index > 15) {
      throw new DebuggerError(`no register ${String(r)} (r0-r15, rsp)`);
    }
    return index;
  }

  private assertStopped(): void {
    if (this.currentState === 'running') throw new DebuggerError('the program is running: pause it first');
  }

  /** The start of a guest range the guest could read (or write), or a DebuggerError saying why not. */
  private checkRange(address: number | bigint, length: number, write: boolean): number {
    const hex = (n: number | bigint): string => `0x${n.toString(16)}`;
    const start =
      typeof address === 'bigint' ? address : BigInt(Number.isSafeInteger(address) ? address : -1);
    if (!Number.isSafeInteger(length) || length < 0) throw new DebuggerError(`bad length ${length}`);
    const end = start + BigInt(length);
    const low = BigInt(write ? this.machine.dataBase : nullRegionSize);
    if (start < 0n || end > BigInt(this.machine.memorySize)) {
      throw new DebuggerError(
        `cannot access ${hex(BigInt.asUintN(64, start))}: outside memory (0-${hex(this.machine.memorySize)})`,
      );
    }
    if (start < BigInt(nullRegionSize)) {
      throw new DebuggerError(
        `cannot access ${hex(start)}: the null region (below ${hex(nullRegionSize)}) has no memory`,
      );
    }
    if (start < low) throw new DebuggerError(`cannot write ${hex(start)}: text is read-only`);
    return Number(start);
  }
}
