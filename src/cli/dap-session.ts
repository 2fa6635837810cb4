// The Debug Adapter Protocol session behind `tessera dap`: each DAP request mapped onto the Debugger API
// (src/debug) for one launched program; its output, stops, traps and exit become DAP events.

import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import {
  DebugSession,
  ExitedEvent,
  Handles,
  InitializedEvent,
  InvalidatedEvent,
  OutputEvent,
  TerminatedEvent,
  type Event as DapEvent,
} from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import {
  compileCCondition,
  Debugger,
  DebuggerError,
  evaluateIn,
  ExpressionError,
  formatPlace,
  readScalar,
  ValueError,
  writeScalar,
  type Breakpoint,
  type BreakpointOptions,
  type StopEvent,
} from '../debug/index.js';
import type { Machine, Trap } from '../vm/index.js';
import { CliError, exitCodes, sourceText, type LoadedProgram } from './input.js';
import { describeTrap } from './run.js';
import {
  containerVariables,
  hex,
  instructionWindow,
  parseReference,
  readMemoryRange,
  shownValue,
  toVariable,
  type Container,
} from './dap-views.js';

/** The launch configuration attributes (editors/vscode/package.json declares the same). */
export interface LaunchArguments extends DebugProtocol.LaunchRequestArguments {
  /** The program: C source (.c), assembly (.s) or a module (.tsm); relative to `cwd`. */
  readonly program?: string;
  readonly args?: readonly string[];
  /** Stop at the start of `main` (or at the entry point when there is no `main`). */
  readonly stopOnEntry?: boolean;
  /** The directory relative paths are resolved against (default: the adapter's). */
  readonly cwd?: string;
  /** What the program reads from standard input (default: nothing, it reads end of input). */
  readonly stdin?: string;
  /** Memory and stack sizes as `tessera run --mem/--stack` take them. */
  readonly mem?: string;
  readonly stack?: string;
}

/**
 * Loads the program named by a launch request into a machine whose output goes to `output`; the compiler's
 * warnings go to `warn`.
 */
export type ProgramLoader = (
  args: LaunchArguments,
  output: (category: 'stdout' | 'stderr', bytes: Uint8Array) => void,
  warn: (text: string) => void,
) => { program: LoadedProgram; machine: Machine; path: string; cwd: string };

/** The single thread the protocol asks about. */
const threadId = 1;
/** C library sources (src/cc/driver.ts keeps the library under this root): stepping does not stop there. */
const libraryRoot = '/tessera/libc/';

/** A launched program and its debugger. */
interface Launched {
  readonly program: LoadedProgram;
  readonly machine: Machine;
  readonly debugger: Debugger;
  /** The program's path as given, for the thread's name. */
  readonly path: string;
  readonly cwd: string;
  readonly stopOnEntry: boolean;
  /** Debug-section file names by absolute path, to find the file a client's breakpoint is in. */
  readonly filesByPath: ReadonlyMap<string, string>;
}

/** A static function's name without the `unit:` the compiler gives it (`nbody.c:advance+0x8` -> `advance+0x8`). */
function withoutUnit(name: string): string {
  return name.replace(/^[^+]*:/, '');
}

/** Messages for users: our errors and the evaluator's (anything else is a bug, reported as internal). */
function userMessage(error: unknown): string | undefined {
  if (
    error instanceof DebuggerError ||
    error instanceof CliError ||
    error instanceof ExpressionError ||
    error instanceof ValueError
  ) {
    return error.message;
  }
  return undefined;
}

/** One debugging session over DAP: launch a program, then answer requests until disconnect. */
export class TesseraSession extends DebugSession {
  private launched: Launched | undefined = undefined;
  /** Breakpoint ids set per source (client path, or source reference), replaced on each setBreakpoints. */
  private readonly sourceBreakpoints = new Map<string, number[]>();
  private functionBreakpoints: number[] = [];
  private instructionBreakpoints: number[] = [];
  /** Variables references: valid until the program runs again. */
  private readonly containers = new Handles<Container>();
  /** Source references of files that are not on disk (the C library), stable for the session. */
  private readonly sourceReferences = new Map<string, number>();
  private readonly referencedFiles: string[] = [];
  /** Goto targets of the latest gotoTargets request: id - 1 indexes this. */
  private gotoAddresses: number[] = [];
  /** The trap the program stopped at (it cannot go on: the next run request ends the session). */
  private trap: Trap | undefined = undefined;
  /** Whether the client takes `invalidated` events (to refetch variables after an assignment). */
  private invalidates = false;
  /** Whether the terminated event was sent. */
  private ended = false;
  /** The program's output as text (a UTF-8 sequence may be split across writes). */
  private readonly decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
  private finished: () => void;

  /** `loader` compiles or reads the program; `onEnd` runs once the client disconnects or goes away. */
  constructor(
    private readonly loader: ProgramLoader,
    onEnd: () => void,
  ) {
    super();
    this.finished = onEnd;
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
  }

  /** Called by the library when the input closes or after disconnect: end the command instead of exiting. */
  override shutdown(): void {
    this.launched?.debugger.terminate();
    const finished = this.finished;
    this.finished = () => {};
    finished();
  }

  // ---- answering ----------------------------------------------------------------------------------------

  /**
   * Answer a request with what `work` returns (its body); its errors become error responses, user errors as
   * they are and others as internal errors (their stack goes to our stderr, never to the client).
   */
  private answer<R extends DebugProtocol.Response>(response: R, work: () => R['body'] | void): void {
    const fail = (error: unknown): void => {
      const text =
        userMessage(error) ?? `internal error: ${error instanceof Error ? error.message : String(error)}`;
      if (userMessage(error) === undefined)
        process.stderr.write(`tessera dap: ${String((error as Error)?.stack)}\n`);
      // The text is the format: the library substitutes only `{_name}`s found in `variables` (none here).
      this.sendErrorResponse(response, { id: 1, format: text, variables: {}, showUser: true });
    };
    let body: R['body'] | void;
    try {
      body = work();
    } catch (error) {
      return fail(error);
    }
    if (body !== undefined) response.body = body;
    this.sendResponse(response);
  }

  private get session(): Launched {
    if (this.launched === undefined) throw new DebuggerError('no program has been launched');
    return this.launched;
  }

  /** The debugger, when the program is stopped (requests that read state need that). */
  private stoppedDebugger(): Debugger {
    const debugger_ = this.session.debugger;
    if (debugger_.state === 'running') throw new DebuggerError('the program is running: pause it first');
    if (debugger_.state === 'terminated' || debugger_.state === 'detached') {
      throw new DebuggerError('the program has ended');
    }
    return debugger_;
  }

  /** Tell the client that variables changed (an assignment, a memory write), when it listens. */
  private invalidated(): void {
    if (this.invalidates) this.sendEvent(new InvalidatedEvent(['variables']));
  }

  private output(text: string, category: 'console' | 'stdout' | 'stderr' | 'important' = 'console'): void {
    this.sendEvent(new OutputEvent(text, category));
  }

  // ---- the session --------------------------------------------------------------------------------------

  protected override initializeRequest(
    response: DebugProtocol.InitializeResponse,
    args: DebugProtocol.InitializeRequestArguments,
  ): void {
    this.invalidates = args.supportsInvalidatedEvent === true;
    response.body = {
      supportsConfigurationDoneRequest: true,
      supportsFunctionBreakpoints: true,
      supportsConditionalBreakpoints: true,
      supportsHitConditionalBreakpoints: true,
      supportsEvaluateForHovers: true,
      supportsSetVariable: true,
      supportsSteppingGranularity: true,
      supportsInstructionBreakpoints: true,
      supportsDisassembleRequest: true,
      supportsReadMemoryRequest: true,
      supportsWriteMemoryRequest: true,
      supportsTerminateRequest: true,
      supportsExceptionInfoRequest: true,
      supportsBreakpointLocationsRequest: true,
      supportsGotoTargetsRequest: true,
      supportsStepBack: false,
      supportsRestartRequest: false,
      // A trap always stops the program (it cannot go on), so there is no filter to choose.
      exceptionBreakpointFilters: [],
    };
    this.sendResponse(response);
  }

  protected override launchRequest(response: DebugProtocol.LaunchResponse, args: LaunchArguments): void {
    this.answer(response, () => {
      if (this.launched !== undefined) throw new DebuggerError('a program is already launched');
      let loaded: ReturnType<ProgramLoader>;
      try {
        loaded = this.loader(
          args,
          (category, bytes) => this.programOutput(category, bytes),
          (text) => this.output(text, 'stderr'),
        );
      } catch (error) {
        // Compile errors and the like: the whole text in the debug console, the first lines in the response.
        if (error instanceof CliError) this.output(`${error.message}\n`, 'stderr');
        throw error;
      }
      const { program, machine, path, cwd } = loaded;
      const debugger_ = new Debugger(machine, {
        conditionCompiler: compileCCondition,
        skipFile: (file) => file.startsWith(libraryRoot),
        readSource: (file) => sourceText(program, file),
      });
      const filesByPath = new Map<string, string>();
      for (const file of debugger_.sourceFiles()) filesByPath.set(resolve(cwd, file), file);
      this.launched = {
        program,
        machine,
        debugger: debugger_,
        path,
        cwd,
        stopOnEntry: args.stopOnEntry === true,
        filesByPath,
      };
    });
    // Breakpoints come after `initialized`, once there is a program to set them in.
    if (this.launched !== undefined) this.sendEvent(new InitializedEvent());
    else this.end();
  }

  protected override configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse): void {
    let start: (() => void) | undefined;
    this.answer(response, () => {
      const debugger_ = this.session.debugger;
      if (!this.session.stopOnEntry) start = () => this.run(() => debugger_.continue());
      else if (debugger_.lines.findFunctions('main').length === 0) {
        start = () => this.reportStop(debugger_.lastStop);
      } else {
        // Run to main's first line: what a C programmer means by the entry.
        start = () => this.run(() => debugger_.runTo({ function: 'main' }), 'entry');
      }
    });
    start?.();
  }

  protected override threadsRequest(response: DebugProtocol.ThreadsResponse): void {
    const name = this.launched === undefined ? 'program' : basename(this.launched.path);
    response.body = { threads: [{ id: threadId, name }] };
    this.sendResponse(response);
  }

  protected override disconnectRequest(response: DebugProtocol.DisconnectResponse): void {
    // The program runs inside this process, so it ends with the session whatever `terminateDebuggee` says.
    this.sendResponse(response);
    this.shutdown();
  }

  protected override terminateRequest(response: DebugProtocol.TerminateResponse): void {
    let ended = false;
    this.answer(response, () => {
      const debugger_ = this.session.debugger;
      // A running command ends with `terminated`, reported then; otherwise the session ends now.
      ended = debugger_.state !== 'running';
      debugger_.terminate();
    });
    if (ended) this.end();
  }

  // ---- running ------------------------------------------------------------------------------------------

  /** Start a command; its stop is reported when it comes. `as` renames the stop reason (run to main = entry). */
  private run(command: () => Promise<StopEvent>, as?: 'entry'): void {
    this.containers.reset();
    command().then(
      (event) => this.reportStop(event, as),
      (error: unknown) => {
        this.output(`${userMessage(error) ?? String(error)}\n`, 'stderr');
        this.sendStopped({ reason: 'pause', description: 'stopped after an error' });
      },
    );
  }

  /** A run request (continue, next, step in, step out): answer it, then run (or end a trapped session). */
  private resume(
    response: DebugProtocol.Response,
    command: (debugger_: Debugger) => Promise<StopEvent>,
    check?: (debugger_: Debugger) => void,
  ): void {
    let next: (() => void) | undefined;
    this.answer(response, () => {
      const debugger_ = this.session.debugger;
      if (debugger_.state === 'running') throw new DebuggerError('the program is running');
      if (this.trap !== undefined || debugger_.state !== 'stopped') {
        // After a trap the run cannot go on: going on ends it, as the undebugged run ended.
        next = () => this.end(this.trap === undefined ? undefined : exitCodes.trap);
        return;
      }
      check?.(debugger_);
      next = () => this.run(() => command(debugger_));
      return response.command === 'continue' ? { allThreadsContinued: true } : undefined;
    });
    next?.();
  }

  protected override continueRequest(response: DebugProtocol.ContinueResponse): void {
    this.resume(response, (d) => d.continue());
  }

  protected override nextRequest(
    response: DebugProtocol.NextResponse,
    args: DebugProtocol.NextArguments,
  ): void {
    this.resume(response, (d) => (args.granularity === 'instruction' ? d.nextInstruction() : d.next()));
  }

  protected override stepInRequest(
    response: DebugProtocol.StepInResponse,
    args: DebugProtocol.StepInArguments,
  ): void {
    this.resume(response, (d) => (args.granularity === 'instruction' ? d.stepInstruction() : d.step()));
  }

  protected override stepOutRequest(response: DebugProtocol.StepOutResponse): void {
    this.resume(
      response,
      (d) => d.finish(0),
      (d) => {
        if (d.frames(2).length < 2) throw new DebuggerError('cannot step out of the outermost frame');
      },
    );
  }

  protected override pauseRequest(response: DebugProtocol.PauseResponse): void {
    this.answer(response, () => {
      // The running command resolves with `pause` at the end of its slice; stopped already: nothing to do.
      this.session.debugger.pause();
    });
  }

  /** Report where a command stopped, as DAP events. */
  private reportStop(event: StopEvent, as?: 'entry'): void {
    this.containers.reset();
    switch (event.reason) {
      case 'entry':
        return this.sendStopped({ reason: 'entry' });
      case 'breakpoint':
        if (event.conditionError !== undefined) {
          this.output(`breakpoint condition failed: ${event.conditionError}\n`, 'stderr');
        }
        return this.sendStopped({
          reason: 'breakpoint',
          hitBreakpointIds: event.breakpoints.map((b) => b.id),
          ...(event.conditionError === undefined
            ? {}
            : { description: 'condition failed', text: event.conditionError }),
        });
      case 'step':
        if (as === 'entry') return this.sendStopped({ reason: 'entry' });
        return this.sendStopped({ reason: 'step' });
      case 'pause':
        return this.sendStopped({ reason: 'pause' });
      case 'vp-brk':
        return this.sendStopped({ reason: 'breakpoint', description: `vp-brk ${event.code}` });
      case 'out-of-fuel':
        return this.sendStopped({ reason: 'pause', description: 'out of fuel' });
      case 'trapped': {
        this.trap = event.trap;
        this.output(`${describeTrap(event.trap, this.session.program)}\n`, 'stderr');
        return this.sendStopped({
          reason: 'exception',
          description: `trap ${event.trap.code}`,
          text: event.trap.message,
        });
      }
      case 'exited':
        this.output(`${basename(this.session.path)} exited with code ${event.exitCode}\n`);
        return this.end(event.exitCode);
      case 'terminated':
        return this.end();
    }
  }

  private sendStopped(body: Omit<DebugProtocol.StoppedEvent['body'], 'threadId'>): void {
    const event: DapEvent & { body: DebugProtocol.StoppedEvent['body'] } = {
      seq: 0,
      type: 'event',
      event: 'stopped',
      body: { ...body, threadId, allThreadsStopped: true },
    };
    this.sendEvent(event);
  }

  /** Send `exited` (when there is an exit code) and `terminated`, once. */
  private end(exitCode?: number): void {
    if (this.ended) return;
    this.ended = true;
    if (exitCode !== undefined) this.sendEvent(new ExitedEvent(exitCode));
    this.sendEvent(new TerminatedEvent());
  }

  /** The program wrote to stdout or stderr: an output event of that category (UTF-8 split across writes kept). */
  private programOutput(category: 'stdout' | 'stderr', bytes: Uint8Array): void {
    const text = this.decoders[category].decode(bytes, { stream: true });
    if (text !== '') this.output(text, category);
  }

  protected override exceptionInfoRequest(response: DebugProtocol.ExceptionInfoResponse): void {
    this.answer(response, () => {
      const trap = this.trap;
      if (trap === undefined) throw new DebuggerError('the program did not trap');
      return {
        exceptionId: trap.code,
        description: trap.message,
        breakMode: 'always' as const,
        details: {
          message: trap.message,
          typeName: `trap ${trap.code}`,
          stackTrace: describeTrap(trap, this.session.program),
        },
      };
    });
  }

  // ---- breakpoints --------------------------------------------------------------------------------------

  /** The debug-section file a client source stands for. */
  private fileOf(source: DebugProtocol.Source): string {
    if (source.sourceReference !== undefined && source.sourceReference > 0) {
      const file = this.referencedFiles[source.sourceReference - 1];
      if (file !== undefined) return file;
    }
    const path = source.path ?? source.name ?? '';
    return this.session.filesByPath.get(resolve(this.session.cwd, path)) ?? path;
  }

  /** A DAP breakpoint for one of ours, or for one that could not be set (`error`). */
  private toBreakpoint(breakpoint: Breakpoint | string): DebugProtocol.Breakpoint {
    if (typeof breakpoint === 'string') return { verified: false, message: breakpoint };
    const location = breakpoint.location;
    return {
      id: breakpoint.id,
      verified: breakpoint.verified,
      ...(breakpoint.message === undefined ? {} : { message: breakpoint.message }),
      ...(location === undefined
        ? {}
        : { source: this.sourceOf(location.file), line: location.line, column: location.column }),
      ...(breakpoint.addresses[0] === undefined
        ? {}
        : { instructionReference: hex(breakpoint.addresses[0]) }),
    };
  }

  /** Set breakpoints, replacing `old`; each failure (a bad condition) is an unverified breakpoint. */
  private replaceBreakpoints(
    old: readonly number[],
    wanted: readonly {
      location: Parameters<Debugger['setBreakpoint']>[0];
      condition?: string | undefined;
      hitCondition?: string | undefined;
    }[],
  ): { ids: number[]; breakpoints: DebugProtocol.Breakpoint[] } {
    const debugger_ = this.session.debugger;
    for (const id of old) debugger_.removeBreakpoint(id);
    const ids: number[] = [];
    const breakpoints = wanted.map((w) => {
      const options: BreakpointOptions = {
        ...(w.condition === undefined || w.condition.trim() === '' ? {} : { condition: w.condition }),
        ...(w.hitCondition === undefined || w.hitCondition.trim() === ''
          ? {}
          : { hitCondition: w.hitCondition }),
      };
      try {
        const breakpoint = debugger_.setBreakpoint(w.location, options);
        ids.push(breakpoint.id);
        return this.toBreakpoint(breakpoint);
      } catch (error) {
        const message = userMessage(error);
        if (message === undefined) throw error;
        return this.toBreakpoint(message);
      }
    });
    return { ids, breakpoints };
  }

  protected override setBreakPointsRequest(
    response: DebugProtocol.SetBreakpointsResponse,
    args: DebugProtocol.SetBreakpointsArguments,
  ): void {
    this.answer(response, () => {
      const file = this.fileOf(args.source);
      const key = args.source.sourceReference
        ? `#${args.source.sourceReference}`
        : (args.source.path ?? file);
      const { ids, breakpoints } = this.replaceBreakpoints(
        this.sourceBreakpoints.get(key) ?? [],
        (args.breakpoints ?? []).map((b) => ({
          location: { file, line: this.convertClientLineToDebugger(b.line) },
          condition: b.condition,
          hitCondition: b.hitCondition,
        })),
      );
      this.sourceBreakpoints.set(key, ids);
      return { breakpoints };
    });
  }

  protected override setFunctionBreakPointsRequest(
    response: DebugProtocol.SetFunctionBreakpointsResponse,
    args: DebugProtocol.SetFunctionBreakpointsArguments,
  ): void {
    this.answer(response, () => {
      const { ids, breakpoints } = this.replaceBreakpoints(
        this.functionBreakpoints,
        args.breakpoints.map((b) => ({
          location: { function: b.name.trim() },
          condition: b.condition,
          hitCondition: b.hitCondition,
        })),
      );
      this.functionBreakpoints = ids;
      return { breakpoints };
    });
  }

  protected override setInstructionBreakpointsRequest(
    response: DebugProtocol.SetInstructionBreakpointsResponse,
    args: DebugProtocol.SetInstructionBreakpointsArguments,
  ): void {
    this.answer(response, () => {
      const { ids, breakpoints } = this.replaceBreakpoints(
        this.instructionBreakpoints,
        args.breakpoints.map((b) => ({
          location: { address: parseReference(b.instructionReference, b.offset ?? 0) },
          condition: b.condition,
          hitCondition: b.hitCondition,
        })),
      );
      this.instructionBreakpoints = ids;
      return { breakpoints };
    });
  }

  protected override setExceptionBreakPointsRequest(
    response: DebugProtocol.SetExceptionBreakpointsResponse,
  ): void {
    // Traps always stop the program; there are no filters to set.
    response.body = { breakpoints: [] };
    this.sendResponse(response);
  }

  protected override breakpointLocationsRequest(
    response: DebugProtocol.BreakpointLocationsResponse,
    args: DebugProtocol.BreakpointLocationsArguments,
  ): void {
    this.answer(response, () => {
      const first = this.convertClientLineToDebugger(args.line);
      const last = args.endLine === undefined ? first : this.convertClientLineToDebugger(args.endLine);
      const lines = this.session.debugger.linesWithCode(this.fileOf(args.source));
      return {
        breakpoints: lines
          .filter((line) => line >= first && line <= last)
          .map((line) => ({ line: this.convertDebuggerLineToClient(line) })),
      };
    });
  }

  // ---- stack, scopes, variables -------------------------------------------------------------------------

  /** A DAP source for a debug-section file: its path when it is on disk, else a reference to its text. */
  private sourceOf(file: string): DebugProtocol.Source {
    const name = basename(file);
    const path = resolve(this.session.cwd, file);
    const library = file.startsWith(libraryRoot);
    if (!library && existsSync(path)) return { name, path };
    let reference = this.sourceReferences.get(file);
    if (reference === undefined && this.session.debugger.sourceText(file) !== undefined) {
      this.referencedFiles.push(file);
      reference = this.referencedFiles.length;
      this.sourceReferences.set(file, reference);
    }
    return {
      name,
      path: file,
      ...(reference === undefined ? {} : { sourceReference: reference }),
      ...(library ? { origin: 'C library', presentationHint: 'deemphasize' as const } : {}),
    };
  }

  protected override sourceRequest(
    response: DebugProtocol.SourceResponse,
    args: DebugProtocol.SourceArguments,
  ): void {
    this.answer(response, () => {
      const reference = args.source?.sourceReference ?? args.sourceReference;
      const file =
        reference > 0 ? this.referencedFiles[reference - 1] : args.source?.path && this.fileOf(args.source);
      const content = file === undefined || file === '' ? undefined : this.session.debugger.sourceText(file);
      if (content === undefined) throw new DebuggerError('no source text for this file');
      return { content };
    });
  }

  protected override stackTraceRequest(
    response: DebugProtocol.StackTraceResponse,
    args: DebugProtocol.StackTraceArguments,
  ): void {
    this.answer(response, () => {
      const debugger_ = this.stoppedDebugger();
      const start = args.startFrame ?? 0;
      const levels = args.levels === undefined || args.levels === 0 ? Infinity : args.levels;
      const all = debugger_.frames();
      const frames = all.slice(start, start + levels).map((frame): DebugProtocol.StackFrame => {
        const location = frame.location;
        const library = location?.file.startsWith(libraryRoot) ?? false;
        return {
          id: frame.index + 1,
          name: withoutUnit(frame.function?.name ?? frame.name),
          line: location === undefined ? 0 : this.convertDebuggerLineToClient(location.line),
          column: location === undefined ? 0 : this.convertDebuggerColumnToClient(location.column),
          instructionPointerReference: hex(frame.pc),
          ...(location === undefined ? {} : { source: this.sourceOf(location.file) }),
          ...(location === undefined || library ? { presentationHint: 'subtle' as const } : {}),
        };
      });
      return { stackFrames: frames, totalFrames: all.length };
    });
  }

  protected override scopesRequest(
    response: DebugProtocol.ScopesResponse,
    args: DebugProtocol.ScopesArguments,
  ): void {
    this.answer(response, () => {
      this.stoppedDebugger();
      const frame = args.frameId - 1;
      const scopes: DebugProtocol.Scope[] = [
        {
          name: 'Locals',
          presentationHint: 'locals',
          variablesReference: this.containers.create({ kind: 'locals', frame }),
          expensive: false,
        },
        {
          name: 'Globals',
          variablesReference: this.containers.create({ kind: 'globals', library: false }),
          expensive: false,
        },
      ];
      // Registers of outer frames are not recovered (no unwind information): only the innermost has them.
      if (frame === 0) {
        scopes.push({
          name: 'Registers',
          presentationHint: 'registers',
          variablesReference: this.containers.create({ kind: 'registers' }),
          expensive: false,
        });
      }
      // The C library's internal statics, out of the way (expensive: a client shows them collapsed).
      scopes.push({
        name: 'C library',
        variablesReference: this.containers.create({ kind: 'globals', library: true }),
        expensive: true,
      });
      return { scopes };
    });
  }

  /** The container behind a variables reference (stale ones, from before the program ran, are errors). */
  private container(reference: number): Container {
    const container = this.containers.get(reference);
    if (container === undefined) throw new DebuggerError('these variables are out of date');
    return container;
  }

  private frameOf(container: Container): number {
    return container.kind === 'locals' || container.kind === 'children' ? container.frame : 0;
  }

  protected override variablesRequest(
    response: DebugProtocol.VariablesResponse,
    args: DebugProtocol.VariablesArguments,
  ): void {
    this.answer(response, () => {
      const debugger_ = this.stoppedDebugger();
      const container = this.container(args.variablesReference);
      let shown = containerVariables(debugger_, container);
      if (args.start !== undefined || args.count !== undefined) {
        const start = args.start ?? 0;
        shown = shown.slice(
          start,
          args.count === undefined || args.count === 0 ? undefined : start + args.count,
        );
      }
      const frame = this.frameOf(container);
      return {
        variables: shown.map((s) => toVariable(s, frame, (c) => this.containers.create(c))),
      };
    });
  }

  protected override setVariableRequest(
    response: DebugProtocol.SetVariableResponse,
    args: DebugProtocol.SetVariableArguments,
  ): void {
    this.answer(response, () => {
      const debugger_ = this.stoppedDebugger();
      const container = this.container(args.variablesReference);
      const frame = this.frameOf(container);
      const target = containerVariables(debugger_, container).find((s) => s.name === args.name);
      if (target === undefined) throw new DebuggerError(`no variable ${args.name} here`);
      // The new value is a C expression evaluated in the frame (`42`, `x + 1`, `'a'`, `$r3`).
      const value = readScalar(debugger_.machine, evaluateIn(debugger_, args.value, frame).place);
      if (target.place === undefined) {
        const bits = typeof value === 'number' ? BigInt(Math.trunc(value)) : value;
        if (target.name === 'pc') debugger_.setPc(Number(bits));
        else debugger_.writeRegister(target.name, bits);
        const updated = containerVariables(debugger_, container).find((s) => s.name === args.name)!;
        return { value: updated.value, type: updated.type };
      }
      writeScalar(debugger_.machine, target.place, value);
      this.invalidated();
      return {
        value: formatPlace(debugger_.machine, debugger_.machine.module, target.place, 1),
        type: target.type,
      };
    });
  }

  protected override evaluateRequest(
    response: DebugProtocol.EvaluateResponse,
    args: DebugProtocol.EvaluateArguments,
  ): void {
    this.answer(response, () => {
      const debugger_ = this.stoppedDebugger();
      const frame = args.frameId === undefined ? 0 : args.frameId - 1;
      const evaluation = evaluateIn(debugger_, args.expression, frame);
      const variable = toVariable(
        shownValue(args.expression, evaluation.place, evaluation.text, args.expression),
        frame,
        (c) => this.containers.create(c),
      );
      // An assignment (`=`, `+=`, ... but not `==`, `<=`) or `++`/`--` changed the program.
      if (/(^|[^=!<>])=($|[^=])|\+\+|--/.test(args.expression)) this.invalidated();
      return {
        result: evaluation.text,
        type: evaluation.type.name,
        variablesReference: variable.variablesReference,
        ...(variable.memoryReference === undefined ? {} : { memoryReference: variable.memoryReference }),
      };
    });
  }

  // ---- code and memory ----------------------------------------------------------------------------------

  protected override disassembleRequest(
    response: DebugProtocol.DisassembleResponse,
    args: DebugProtocol.DisassembleArguments,
  ): void {
    this.answer(response, () => {
      const debugger_ = this.stoppedDebugger();
      const address = parseReference(args.memoryReference, args.offset ?? 0);
      const window = instructionWindow(
        debugger_,
        address,
        args.instructionOffset ?? 0,
        args.instructionCount,
      );
      const instructions = window.map((i): DebugProtocol.DisassembledInstruction => {
        if ('invalid' in i) {
          return { address: hex(i.address), instruction: '', presentationHint: 'invalid' };
        }
        const bytes = debugger_.readMemory(i.address, i.words * 4);
        return {
          address: hex(i.address),
          instructionBytes: [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' '),
          instruction: i.text,
          symbol: withoutUnit(i.symbol),
          ...(i.location === undefined
            ? {}
            : {
                location: this.sourceOf(i.location.file),
                line: this.convertDebuggerLineToClient(i.location.line),
                column: this.convertDebuggerColumnToClient(i.location.column),
              }),
        };
      });
      return { instructions };
    });
  }

  protected override readMemoryRequest(
    response: DebugProtocol.ReadMemoryResponse,
    args: DebugProtocol.ReadMemoryArguments,
  ): void {
    this.answer(response, () => {
      const debugger_ = this.stoppedDebugger();
      const address = parseReference(args.memoryReference, args.offset ?? 0);
      const read = readMemoryRange(debugger_, address, args.count);
      return {
        address: hex(read.address),
        data: Buffer.from(read.data).toString('base64'),
        ...(read.unreadable > 0 ? { unreadableBytes: read.unreadable } : {}),
      };
    });
  }

  protected override writeMemoryRequest(
    response: DebugProtocol.WriteMemoryResponse,
    args: DebugProtocol.WriteMemoryArguments,
  ): void {
    this.answer(response, () => {
      const debugger_ = this.stoppedDebugger();
      const address = parseReference(args.memoryReference, args.offset ?? 0);
      const bytes = Uint8Array.from(Buffer.from(args.data, 'base64'));
      debugger_.writeMemory(address, bytes);
      this.invalidated();
      return { bytesWritten: bytes.length };
    });
  }

  protected override gotoTargetsRequest(
    response: DebugProtocol.GotoTargetsResponse,
    args: DebugProtocol.GotoTargetsArguments,
  ): void {
    this.answer(response, () => {
      const debugger_ = this.stoppedDebugger();
      const resolved = debugger_.lines.resolveLine(
        this.fileOf(args.source),
        this.convertClientLineToDebugger(args.line),
      );
      if (typeof resolved === 'string') throw new DebuggerError(resolved);
      this.gotoAddresses = [...resolved.addresses];
      return {
        targets: this.gotoAddresses.map((address, i) => ({
          id: i + 1,
          label: `${basename(resolved.file)}:${resolved.line} (${hex(address)})`,
          line: this.convertDebuggerLineToClient(resolved.line),
          instructionPointerReference: hex(address),
        })),
      };
    });
  }

  protected override gotoRequest(
    response: DebugProtocol.GotoResponse,
    args: DebugProtocol.GotoArguments,
  ): void {
    let moved = false;
    this.answer(response, () => {
      const debugger_ = this.stoppedDebugger();
      const address = this.gotoAddresses[args.targetId - 1];
      if (address === undefined) throw new DebuggerError('no such goto target');
      debugger_.setPc(address);
      moved = true;
    });
    if (moved) {
      this.containers.reset();
      this.sendStopped({ reason: 'goto' });
    }
  }
}
