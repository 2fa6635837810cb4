// `tessera run`: load a module or assembly, run it with standard I/O, and report halts, traps and limits.

import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { formatInstruction } from '../asm/index.js';
import { registerNames, textBase } from '../isa/index.js';
import {
  LoadError,
  Machine,
  standardHost,
  type Frame,
  type HostFunctions,
  type RunResult,
  type Trap,
} from '../vm/index.js';
import { useTier, type Tier } from '../jit/index.js';
import { HostWriteLog, JsonTracer, traceHostWrites } from '../debug/index.js';
import { CliError, exitCodes, loadProgram, sourceText, type LoadedProgram } from './input.js';

/** Options of `tessera run`. */
export interface RunOptions {
  readonly fuel: number;
  readonly memorySize: number;
  readonly stackSize: number;
  /** `text`: each instruction and the registers it changed, on stderr; `jsonl`: JSON Lines (src/debug/trace.ts). */
  readonly trace: 'off' | 'text' | 'jsonl';
  /** Where the trace goes (default stderr). */
  readonly traceFile?: string | undefined;
  readonly stats: boolean;
  readonly tier: Tier;
}

/** Write all bytes to a file descriptor, retrying when a non-blocking pipe is full. */
export function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(fd, bytes, done, bytes.length - done);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
}

/** Read up to `max` bytes of standard input (an empty array at its end). */
export function readStdin(max: number): Uint8Array {
  const buffer = new Uint8Array(max);
  for (;;) {
    try {
      const n = readSync(0, buffer, 0, max, null);
      return buffer.subarray(0, n);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EOF') return new Uint8Array(0);
      if (code !== 'EAGAIN') throw e;
    }
  }
}

/** Run a program with arguments; resolves to the process exit code. */
export async function runProgram(
  path: string,
  args: readonly string[],
  options: RunOptions,
): Promise<number> {
  const program = loadProgram([path]);
  const hostWrites = new HostWriteLog();
  const host = consoleHost();
  const machine = loadMachine(
    program,
    path,
    args,
    options,
    options.trace === 'jsonl' ? traceHostWrites(host, hostWrites) : host,
  );
  const traceFd = options.trace === 'off' ? 2 : openTraceFile(options.traceFile);
  let tracer: JsonTracer | undefined;
  if (options.trace === 'jsonl') {
    const encoder = new TextEncoder();
    tracer = new JsonTracer(machine, {
      write: (text) => writeAll(traceFd, encoder.encode(text)),
      hostWrites,
    });
    tracer.start();
  } else if (options.trace === 'text') machine.hook = traceHook(machine, program, traceFd);
  else useTier(machine, options.tier);
  const started = performance.now();
  let result: RunResult;
  try {
    result = await machine.runToCompletion({ fuel: options.fuel });
  } finally {
    if (options.trace === 'text') machine.hook?.(machine.ip); // flush the last traced instruction
  }
  tracer?.stop(result);
  if (traceFd !== 2) closeSync(traceFd);
  const elapsed = performance.now() - started;
  if (options.stats) {
    const instructions = machine.fuelUsed - machine.extraFuelUsed;
    const rate = elapsed > 0 ? (instructions / elapsed / 1000).toFixed(1) : '-';
    writeAll(
      2,
      new TextEncoder().encode(
        `stats: ${instructions} instructions, ${machine.fuelUsed} fuel, ${elapsed.toFixed(1)} ms, ${rate} M insn/s\n`,
      ),
    );
  }
  return report(result, program);
}

/** The standard host functions on the process's standard streams. */
export function consoleHost(): HostFunctions {
  return standardHost({
    stdout: (bytes) => writeAll(1, bytes),
    stderr: (bytes) => writeAll(2, bytes),
    stdin: readStdin,
  });
}

/** A machine for a loaded program, with `path` and `args` as its arguments; load errors become CLI errors. */
export function loadMachine(
  program: LoadedProgram,
  path: string,
  args: readonly string[],
  options: { readonly memorySize: number; readonly stackSize: number },
  host: HostFunctions,
): Machine {
  try {
    return new Machine(program.module, {
      memorySize: options.memorySize,
      stackSize: options.stackSize,
      args: [path, ...args],
      host,
    });
  } catch (e) {
    if (e instanceof LoadError)
      throw new CliError(`tessera: error: cannot load ${path}: ${e.message}`, exitCodes.badInput);
    throw e;
  }
}

/** Open the file a trace goes to (stderr when none is given). */
function openTraceFile(path: string | undefined): number {
  if (path === undefined) return 2;
  try {
    return openSync(path, 'w');
  } catch (e) {
    throw new CliError(`tessera: error: cannot write ${path}: ${(e as Error).message}`, exitCodes.cannotOpen);
  }
}

/** Print how a run ended (a trap with its backtrace, out of fuel...) on stderr; returns the exit code. */
export function report(result: RunResult, program: LoadedProgram): number {
  const say = (text: string): void => writeAll(2, new TextEncoder().encode(`${text}\n`));
  switch (result.status) {
    case 'halted':
      return result.exitCode & 255;
    case 'trapped':
      say(describeTrap(result.trap, program));
      return exitCodes.trap;
    case 'out-of-fuel':
      say('tessera: stopped: out of fuel (raise it with --fuel)');
      return exitCodes.outOfFuel;
    case 'breakpoint':
      say(`tessera: stopped at a breakpoint (vp-brk ${result.code})`);
      return exitCodes.breakpoint;
    default:
      say(`tessera: stopped: ${result.status}`);
      return exitCodes.trap;
  }
}

/**
 * The trap with its backtrace and the faulting source line with a caret. For compiled C it reads
 * `trap: null pointer read of 8 bytes at 0x8, at list.c:42:13 in list_sum`, then the callers.
 */
export function describeTrap(trap: Trap, program: LoadedProgram): string {
  const [first] = trap.backtrace;
  const source = first?.source;
  const match = source === undefined ? null : /^(.*):(\d+):(\d+)$/.exec(source);
  const line = match === null ? undefined : sourceText(program, match[1]!)?.split('\n')[Number(match[2]) - 1];
  const caret = line === undefined ? [] : [`  ${line}`, `  ${' '.repeat(Number(match![3]) - 1)}^`];
  if (match === null || !/\.[ch]$/.test(match[1]!)) {
    const [head = '', ...callers] = trap.format().split('\n');
    return [head, ...caret, ...callers].join('\n');
  }
  const describe = (frame: Frame): string => {
    const name = frame.where.replace(/\+0x[0-9a-f]+$/, '');
    return frame.source === undefined ? frame.where : `${frame.source} in ${name}`;
  };
  const lines = [`trap: ${trap.message}, at ${describe(first!)}`, ...caret];
  const callers = trap.backtrace.slice(1);
  for (let i = 0; i < callers.length;) {
    const text = describe(callers[i]!);
    let count = 1;
    while (i + count < callers.length && describe(callers[i + count]!) === text) count++;
    lines.push(`  called from ${text}${count > 1 ? `, ${count} times` : ''}`);
    i += count;
  }
  return lines.join('\n');
}

/** A hook that prints each instruction with the registers it changed (one line each, to `fd`). */
function traceHook(machine: Machine, program: LoadedProgram, fd: number): (ip: number) => boolean {
  const before = new BigInt64Array(16);
  let previous = -1;
  return (ip) => {
    if (previous >= 0) {
      const changed: string[] = [];
      for (let r = 0; r < 16; r++) {
        if (machine.R[r] !== before[r])
          changed.push(`${registerNames[r]}=0x${BigInt.asUintN(64, machine.R[r]!).toString(16)}`);
      }
      const pc = `0x${(textBase + previous * 4).toString(16)}`;
      const text = formatInstruction(program.module, previous * 4);
      const line = `${pc}  ${text.padEnd(36)} ${changed.join(' ')}`.trimEnd();
      writeAll(fd, new TextEncoder().encode(`${line}\n`));
    }
    before.set(machine.R);
    previous = ip;
    return false;
  };
}
