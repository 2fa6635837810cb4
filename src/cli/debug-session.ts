// The state of one `tessera debug` session: the program, its machine and Debugger (a new pair for each
// run), the user's breakpoints (kept across runs), the selected frame, and how stops are reported.

import { readFileSync } from 'node:fs';
import { textBase } from '../isa/index.js';
import { standardHost, type Machine } from '../vm/index.js';
import {
  compileCCondition,
  Debugger,
  DebuggerError,
  evaluateIn,
  formatPlace,
  moduleTypes,
  type Breakpoint,
  type BreakpointLocation,
  type DebugType,
  type Evaluation,
  type Place,
  type StackFrame,
  type StopEvent,
} from '../debug/index.js';
import { sourceText, type LoadedProgram } from './input.js';
import { describeTrap, loadMachine, readStdin, writeAll } from './run.js';
import { formatValue, hex, isLibraryFile, plainName, type MemoryFormat } from './debug-format.js';

/** A mistake in a command, reported as one line; the prompt goes on. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** Machine options of a session (from the command line). */
export interface SessionOptions {
  readonly memorySize: number;
  readonly stackSize: number;
  readonly fuel: number;
  /** Where the program's standard input comes from unless a `run < FILE` says otherwise. */
  readonly stdin: 'terminal' | 'none';
}

/** What the front end does around a running command (the terminal goes back to the program). */
export interface RunHooks {
  beforeRun(): void;
  afterRun(): void;
}

/** A user breakpoint: its number, where it was asked to go, and its options (re-applied on each run). */
interface UserBreakpoint {
  readonly number: number;
  readonly location: BreakpointLocation;
  readonly temporary: boolean;
  condition: string | undefined;
  enabled: boolean;
  /** Hits still to let pass, carried into the next run (hit counts start again from 0). */
  ignoreCount: number;
  /** The Debugger's id for it in the current run. */
  id: number;
}

/** An expression shown at every stop. */
export interface Display {
  readonly number: number;
  readonly expression: string;
  readonly format: string | undefined;
}

const encoder = new TextEncoder();

/** One debugging session; commands (debug-commands.ts) act on it. */
export class Session {
  machine: Machine;
  debugger: Debugger;
  /** The program's arguments after argv[0] (`run ARGS` replaces them). */
  args: readonly string[];
  /** `run < FILE`: the program's standard input. */
  stdinFile: string | undefined = undefined;
  /** Whether the current machine has run (then `run` starts it anew). */
  started = false;
  /** The selected frame (0: where the program stopped). */
  selected = 0;
  /** Where `list` goes on: the file and the next line to show, and the first line it showed last. */
  listing: { file: string; next: number; first: number } | undefined = undefined;
  /** x's sticky format and where a bare `x` goes on. */
  memory: { format: MemoryFormat; next: number | undefined } = {
    format: { count: 1, format: 'x', size: 4 },
    next: undefined,
  };
  readonly displays: Display[] = [];
  nextDisplay = 1;
  /** Numbered values, `$1 = ...`. */
  valueCount = 0;
  hooks: RunHooks = { beforeRun: () => {}, afterRun: () => {} };
  /** Errors printed so far (a script that had some exits with 1). */
  errors = 0;
  private readonly breakpoints: UserBreakpoint[] = [];
  private nextBreakpoint = 1;
  private stdinBytes: Uint8Array | undefined = undefined;
  private stdinOffset = 0;
  /** Whether the program's last output byte on stdout ended a line (so a stop message starts on its own). */
  private atLineStart = true;
  /** Function start and frame address of the last stop: a step prints the frame line when they change. */
  private lastFrame = '';
  private readonly sources = new Map<string, string[] | undefined>();
  private running = false;

  constructor(
    readonly path: string,
    readonly program: LoadedProgram,
    args: readonly string[],
    readonly options: SessionOptions,
  ) {
    this.args = args;
    [this.machine, this.debugger] = this.load();
  }

  // ---- output ---------------------------------------------------------------------------------------

  /** Print lines of the debugger's own output (on stdout, after the program's output so far). */
  out(text: string): void {
    const prefix = this.atLineStart ? '' : '\n';
    this.atLineStart = true;
    writeAll(1, encoder.encode(`${prefix}${text}\n`));
  }

  /** Print an error line (stderr). */
  error(text: string): void {
    this.errors++;
    if (!this.atLineStart) {
      writeAll(1, encoder.encode('\n'));
      this.atLineStart = true;
    }
    writeAll(2, encoder.encode(`${text}\n`));
  }

  // ---- the machine --------------------------------------------------------------------------------------

  /** A new machine and debugger for the program, stopped at its entry, with the user's breakpoints set. */
  private load(): [Machine, Debugger] {
    const host = standardHost({
      stdout: (bytes) => {
        if (bytes.length > 0) this.atLineStart = bytes[bytes.length - 1] === 10;
        writeAll(1, bytes);
      },
      stderr: (bytes) => writeAll(2, bytes),
      stdin: (max) => this.readProgramInput(max),
    });
    const machine = loadMachine(this.program, this.path, this.args, this.options, host);
    machine.fuel = this.options.fuel;
    const debugger_ = new Debugger(machine, {
      conditionCompiler: compileCCondition,
      skipFile: isLibraryFile,
      readSource: (file) => sourceText(this.program, file),
    });
    for (const b of this.breakpoints) {
      const set = debugger_.setBreakpoint(b.location, {
        temporary: b.temporary,
        enabled: b.enabled,
        ignoreCount: b.ignoreCount,
        ...(b.condition === undefined ? {} : { condition: b.condition }),
      });
      b.id = set.id;
    }
    this.stdinOffset = 0;
    this.stdinBytes = undefined;
    if (this.stdinFile !== undefined) {
      try {
        this.stdinBytes = readFileSync(this.stdinFile);
      } catch (e) {
        throw new UserError(`cannot read ${this.stdinFile}: ${(e as Error).message}`);
      }
    }
    return [machine, debugger_];
  }

  private readProgramInput(max: number): Uint8Array {
    if (this.stdinBytes !== undefined) {
      const chunk = this.stdinBytes.subarray(this.stdinOffset, this.stdinOffset + max);
      this.stdinOffset += chunk.length;
      return chunk;
    }
    return this.options.stdin === 'terminal' ? readStdin(max) : new Uint8Array(0);
  }

  /** Start the program anew (a new machine: `run` after the program has started or ended). */
  restart(): void {
    for (const b of this.breakpoints) b.ignoreCount = this.debugger.breakpoint(b.id)?.ignoreCount ?? 0;
    if (this.debugger.state === 'stopped') this.debugger.terminate();
    [this.machine, this.debugger] = this.load();
    this.started = false;
    this.selected = 0;
    this.listing = undefined;
    this.lastFrame = '';
  }

  /** Whether the program can run on (stopped, not over). */
  get live(): boolean {
    return this.debugger.state === 'stopped';
  }

  /** Throw unless the program can run on. */
  requireLive(): void {
    if (!this.live) throw new UserError('The program is not being run.');
  }

  /** Throw unless there is a stack to look at (stopped, or trapped: the trap's stack is still there). */
  requireStack(): void {
    const state = this.debugger.state;
    if (state !== 'stopped' && state !== 'trapped')
      throw new UserError('No stack: the program is not running.');
  }

  /** Interrupt a running command (Ctrl-C); false when nothing runs. */
  interrupt(): boolean {
    return this.running && this.debugger.pause();
  }

  /**
   * Run a debugger command and report where it stopped. `header`: `always` prints the frame line even when
   * the frame did not change (finish, until); `instruction` shows the address when stopped mid-line (stepi).
   */
  async resume(
    run: (debugger_: Debugger) => Promise<StopEvent>,
    show: { readonly header?: boolean; readonly instruction?: boolean; readonly quiet?: boolean } = {},
  ): Promise<StopEvent> {
    this.requireLive();
    this.started = true;
    this.running = true;
    this.hooks.beforeRun();
    let stop: StopEvent;
    try {
      stop = await run(this.debugger);
    } catch (e) {
      if (e instanceof DebuggerError) throw new UserError(e.message);
      throw e;
    } finally {
      this.running = false;
      this.hooks.afterRun();
    }
    this.selected = 0;
    this.listing = undefined;
    this.forgetDeletedBreakpoints();
    if (show.quiet !== true) this.report(stop, show.header === true, show.instruction === true);
    return stop;
  }

  /** Print a stop as gdb does: the reason, the frame when it changed, and the source line. */
  report(stop: StopEvent, header = false, instruction = false, displays = true): void {
    switch (stop.reason) {
      case 'exited':
        this.out(`[program exited with code ${stop.exitCode & 255}]`);
        return;
      case 'trapped':
        this.out(describeTrap(stop.trap, this.program));
        this.out('[program trapped]');
        return;
      case 'terminated':
        this.out('[program killed]');
        return;
      case 'breakpoint': {
        if (stop.conditionError !== undefined) {
          this.out(`Error in testing the condition of ${this.renumber(stop.conditionError)}`);
        }
        const [first] = stop.breakpoints;
        const kind = first?.temporary === true ? 'Temporary breakpoint' : 'Breakpoint';
        const number = first === undefined ? '?' : String(this.numberOf(first.id) ?? first.id);
        this.showLocation(stop, `${kind} ${number}, `, false);
        break;
      }
      case 'pause':
        // On its own line after the terminal's echo of ^C.
        this.out(stop.waitingForHost ? '\nProgram paused (in a host call).' : '\nProgram paused.');
        this.showLocation(stop, '', false);
        break;
      case 'vp-brk':
        this.out(`Program stopped at vp-brk ${stop.code}.`);
        this.showLocation(stop, '', false);
        break;
      case 'out-of-fuel':
        this.out(`Program stopped: out of fuel (give it more with 'set fuel N', then continue).`);
        this.showLocation(stop, '', false);
        break;
      case 'step':
      case 'entry':
        this.showLocation(stop, header ? '' : undefined, instruction);
        break;
    }
    if (displays) this.showDisplays();
  }

  /**
   * The frame line (when `prefix` is given, or the frame changed, or there is no source line) and the
   * source line of a stop; `instruction`: the address before a mid-line source line, the instruction
   * without one.
   */
  private showLocation(stop: StopEvent, prefix: string | undefined, instruction: boolean): void {
    const frame = this.debugger.frames(1)[0];
    if (frame === undefined) return;
    const key = `${frame.function?.start ?? frame.pc}:${frame.cfa}`;
    const changed = key !== this.lastFrame;
    this.lastFrame = key;
    const midLine = !this.isStatementStart(stop.pc);
    if (prefix !== undefined || changed || stop.location === undefined) {
      this.out(`${prefix ?? ''}${this.frameLine(frame, midLine)}`);
    }
    if (stop.location !== undefined) {
      this.out(
        this.sourceLine(stop.location.file, stop.location.line, instruction && midLine ? stop.pc : undefined),
      );
    } else if (instruction) {
      const [at] = this.debugger.disassemble(stop.pc, 0, 1);
      if (at !== undefined) this.out(`=> ${hex(at.address)}:\t${at.text}`);
    }
  }

  /** Show the displays (`display EXPR`) while the program is stopped; those that cannot be evaluated here
   * (their variables are out of scope) are left out, as gdb leaves out a display outside its block. */
  showDisplays(): void {
    if (!this.live && this.debugger.state !== 'trapped') return;
    for (const d of this.displays) {
      const line = this.displayLine(d);
      if (line !== undefined) this.out(line);
    }
  }

  /** `1: x = 5` (or `1: /x x = 0x5`); undefined when it cannot be evaluated. */
  displayLine(d: Display): string | undefined {
    const label = d.format === undefined ? d.expression : `/${d.format} ${d.expression}`;
    try {
      return `${d.number}: ${label} = ${this.evaluateText(d.expression, d.format)}`;
    } catch (e) {
      if (e instanceof UserError) return undefined;
      throw e;
    }
  }

  /** Evaluate a C expression in the selected frame (assignments change the program). */
  evaluate(expression: string): Evaluation {
    try {
      return evaluateIn(this.debugger, expression, this.selected);
    } catch (e) {
      if (e instanceof DebuggerError) {
        const fn = /^[A-Za-z_]\w*$/.test(expression)
          ? this.debugger.lines.findFunctions(expression)[0]
          : undefined;
        if (fn !== undefined) {
          const type: DebugType = { kind: 'function', name: 'function', size: 0 };
          return {
            place: { type, address: fn.start },
            type,
            text: `{function} ${hex(fn.start)} <${expression}>`,
          };
        }
        throw new UserError(e.message);
      }
      throw e;
    }
  }

  /** An expression's value as text, as print shows it (in a print format: `x`, `d`, ...). */
  evaluateText(expression: string, format: string | undefined): string {
    const evaluation = this.evaluate(expression);
    if (format === undefined || evaluation.type.kind === 'function') return evaluation.text;
    return formatValue(this.debugger, evaluation.place, format);
  }

  /**
   * Whether byte address `pc` starts a statement (a line's first instruction), or a function's body (which
   * shares its line with the prologue in `int f(void) { return 1; }`): stops there show no address.
   */
  isStatementStart(pc: number): boolean {
    const lines = this.debugger.lines;
    const word = (pc - textBase) >>> 2;
    return (
      lines.statementStart[word] === 1 || lines.stepStop[word] === 1 || lines.functionAt(pc)?.bodyStart === pc
    );
  }

  // ---- frames -------------------------------------------------------------------------------------------

  /** The frames, innermost first; past `main` only when there is no `main` (gdb's backtrace past-main off). */
  frames(): StackFrame[] {
    const frames = this.debugger.frames();
    const main = frames.findIndex((f) => f.function !== undefined && f.function.name === 'main');
    return main < 0 ? frames : frames.slice(0, main + 1);
  }

  /** The selected frame (throws when there is no stack). */
  frame(index = this.selected): StackFrame {
    this.requireStack();
    const frame = this.debugger.frames(index + 1)[index];
    if (frame === undefined) throw new UserError(`No frame at level ${index}.`);
    return frame;
  }

  /** gdb's frame line: `0x10078 in main (argc=1, argv=0x3ffffd0) at fib.c:11` (the address when mid-line). */
  frameLine(frame: StackFrame, withAddress = frame.index > 0): string {
    const name = frame.function === undefined ? '??' : plainName(frame.function.name);
    const args = this.frameArguments(frame)
      .map((a) => `${a.name}=${a.text}`)
      .join(', ');
    const where = frame.location === undefined ? '' : ` at ${frame.location.file}:${frame.location.line}`;
    // Without a source line the address is all there is to say where (gdb's `0x10098 in fib ()`).
    const address = withAddress || frame.location === undefined;
    return `${address ? `${hex(frame.pc)} in ` : ''}${name} (${args})${where}`;
  }

  /**
   * The parameters of a frame's function and their values (structs and arrays as `...` unless `full`): its variables whose scope starts where the
   * function's definition does (the compiler scopes parameters from the definition, block locals from
   * their declarations).
   */
  frameArguments(frame: StackFrame, full = false): { name: string; place: Place; text: string }[] {
    const fn = frame.function;
    const debug = this.machine.module.debug;
    if (fn === undefined || debug?.variables === undefined) return [];
    const index = debug.functions.findIndex((f) => textBase + f.start === fn.start);
    const head = this.debugger.location(fn.start);
    if (index < 0 || head === undefined) return [];
    const types = moduleTypes(this.machine.module);
    return debug.variables
      .filter(
        (v) => v.function === index && v.scope.startLine === head.line && v.scope.startColumn === head.column,
      )
      .map((v) => {
        const type = types[v.type] ?? { kind: 'void' as const, name: '?', size: 0 as const };
        const location = v.location;
        const address =
          location.kind === 'frame'
            ? frame.cfa + location.offset
            : location.kind === 'static'
              ? location.address
              : undefined;
        const place: Place = { type, address };
        const aggregate = type.kind === 'struct' || type.kind === 'union' || type.kind === 'array';
        const text =
          address === undefined
            ? '<optimised out>'
            : aggregate && !full
              ? '...'
              : formatPlace(this.machine, this.machine.module, place, 1);
        return { name: v.name, place, text };
      });
  }

  // ---- source -------------------------------------------------------------------------------------------

  /** The lines of a source file, or undefined when it cannot be read. */
  sourceLines(file: string): string[] | undefined {
    if (!this.sources.has(file)) {
      const text = this.debugger.sourceText(file);
      this.sources.set(file, text?.replace(/\n$/, '').split('\n'));
    }
    return this.sources.get(file);
  }

  /** `12\t  int i = 0;` (with `0x10040\t` first for an address), or `12\tin file` without the source. */
  sourceLine(file: string, line: number, address?: number): string {
    const text = this.sourceLines(file)?.[line - 1];
    const prefix = address === undefined ? '' : `${hex(address)}\t`;
    return `${prefix}${line}\t${text ?? `in ${file}`}`;
  }

  /**
   * The file a bare line number means: the selected frame's (unless it is in the C library), else the one
   * listed last, else main's, else the first of the program.
   */
  currentFile(): string {
    const state = this.debugger.state;
    if (state === 'stopped' || state === 'trapped') {
      const frame = this.debugger.frames(this.selected + 1)[this.selected];
      const file = frame?.location?.file;
      if (file !== undefined && !isLibraryFile(file)) return file;
    }
    if (this.listing !== undefined) return this.listing.file;
    const main = this.debugger.lines.findFunctions('main')[0];
    if (main?.location !== undefined) return main.location.file;
    const first = this.debugger.sourceFiles().find((f) => !isLibraryFile(f));
    if (first === undefined) throw new UserError('No source file (the program has no line table).');
    return first;
  }

  /** The line of the selected frame, when in the current file. */
  currentLine(): number | undefined {
    const state = this.debugger.state;
    if (state !== 'stopped' && state !== 'trapped') return undefined;
    return this.debugger.frames(this.selected + 1)[this.selected]?.location?.line;
  }

  // ---- breakpoints --------------------------------------------------------------------------------------

  /** Set a user breakpoint; throws a UserError when the location has no code or the condition is bad. */
  addBreakpoint(location: BreakpointLocation, temporary: boolean, condition: string | undefined): Breakpoint {
    let set: Breakpoint;
    try {
      set = this.debugger.setBreakpoint(location, {
        temporary,
        ...(condition === undefined ? {} : { condition }),
      });
    } catch (e) {
      if (e instanceof DebuggerError) throw new UserError(e.message);
      throw e;
    }
    if (!set.verified) {
      this.debugger.removeBreakpoint(set.id);
      throw new UserError(set.message ?? 'the breakpoint has no code');
    }
    this.breakpoints.push({
      number: this.nextBreakpoint++,
      location,
      temporary,
      condition,
      enabled: true,
      ignoreCount: 0,
      id: set.id,
    });
    return set;
  }

  /** The user's number for a debugger breakpoint id. */
  numberOf(id: number): number | undefined {
    return this.breakpoints.find((b) => b.id === id)?.number;
  }

  /** The user breakpoints with their current state, by number. */
  userBreakpoints(): { number: number; breakpoint: Breakpoint }[] {
    const result: { number: number; breakpoint: Breakpoint }[] = [];
    for (const b of this.breakpoints) {
      const breakpoint = this.debugger.breakpoint(b.id);
      if (breakpoint !== undefined) result.push({ number: b.number, breakpoint });
    }
    return result;
  }

  /** The breakpoint numbered `number`, or a UserError. */
  private user(number: number): UserBreakpoint {
    const found = this.breakpoints.find((b) => b.number === number);
    if (found === undefined) throw new UserError(`No breakpoint number ${number}.`);
    return found;
  }

  /** Delete a user breakpoint. */
  deleteBreakpoint(number: number): void {
    const b = this.user(number);
    this.debugger.removeBreakpoint(b.id);
    this.breakpoints.splice(this.breakpoints.indexOf(b), 1);
  }

  /** Every user breakpoint number. */
  breakpointNumbers(): number[] {
    return this.breakpoints.map((b) => b.number);
  }

  /** Enable or disable a user breakpoint. */
  enableBreakpoint(number: number, enabled: boolean): void {
    const b = this.user(number);
    this.debugger.enableBreakpoint(b.id, enabled);
    b.enabled = enabled;
  }

  /** Set or remove (undefined) a breakpoint's condition. */
  setCondition(number: number, condition: string | undefined): void {
    const b = this.user(number);
    try {
      this.debugger.updateBreakpoint(b.id, { condition });
    } catch (e) {
      if (e instanceof DebuggerError) throw new UserError(e.message);
      throw e;
    }
    b.condition = condition;
  }

  /** Let the next `count` hits of a breakpoint pass. */
  setIgnoreCount(number: number, count: number): void {
    this.debugger.updateBreakpoint(this.user(number).id, { ignoreCount: count });
  }

  /** Drop user breakpoints the debugger deleted (temporary ones that stopped). */
  private forgetDeletedBreakpoints(): void {
    for (let i = this.breakpoints.length - 1; i >= 0; i--) {
      if (this.debugger.breakpoint(this.breakpoints[i]!.id) === undefined) this.breakpoints.splice(i, 1);
    }
  }

  /** A debugger message naming `breakpoint ID` with the user's number instead. */
  private renumber(message: string): string {
    return message.replace(
      /^breakpoint (\d+)/,
      (_, id: string) => `breakpoint ${this.numberOf(Number(id)) ?? id}`,
    );
  }
}
