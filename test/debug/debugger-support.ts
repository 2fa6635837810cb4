// Test support for the debugger: compile a C program held in a string, find its lines by markers, and make
// a machine with captured output and a debugger attached.

import assert from 'node:assert/strict';
import { compile } from '../../src/cc/index.js';
import { Debugger, type DebuggerOptions, type StopEvent } from '../../src/debug/index.js';
import type { Module } from '../../src/module/index.js';
import { Machine, standardHost, type HostFunctions, type StandardStreams } from '../../src/vm/index.js';

/** A compiled test program: its module, file name and source. */
export interface Program {
  readonly module: Module;
  readonly file: string;
  readonly source: string;
}

const compiled = new Map<string, Program>();

/**
 * Compile C source (cached by text) as `file`, optimised but with every call a call (`-fno-inline`: a breakpoint
 * on a function stops only in its own code, not in copies inlined into callers); fails the test with the
 * diagnostics on errors.
 */
export function compileProgram(file: string, source: string): Program {
  const key = `${file}\n${source}`;
  const known = compiled.get(key);
  if (known !== undefined) return known;
  const result = compile({
    files: { read: (path) => (path === file ? source : undefined) },
    inputs: [file],
    inline: false,
  });
  assert.ok(result.module !== undefined, result.diagnostics.map((d) => d.message).join('\n'));
  const program = { module: result.module, file, source };
  compiled.set(key, program);
  return program;
}

/** The line (from 1) holding `// @marker` in the program's source. */
export function lineOf(program: Program, marker: string): number {
  const index = program.source.split('\n').findIndex((line) => line.trimEnd().endsWith(`// @${marker}`));
  assert.ok(index >= 0, `no marker @${marker}`);
  return index + 1;
}

/** A machine running a program, with its output captured. */
export interface Run {
  readonly machine: Machine;
  /** Standard output so far. */
  stdout(): string;
}

/** Options for `machineFor`. */
export interface RunOptions {
  readonly args?: readonly string[];
  readonly stdin?: StandardStreams['stdin'];
  /** Host functions besides the standard ones. */
  readonly host?: HostFunctions;
}

/** A new machine for a program, stdout captured. */
export function machineFor(program: Program, options: RunOptions = {}): Run {
  let out = '';
  const decoder = new TextDecoder();
  const standard = standardHost({
    stdout: (bytes) => (out += decoder.decode(bytes)),
    stderr: () => {},
    clock: () => 0n,
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
  });
  const machine = new Machine(program.module, {
    args: [program.file, ...(options.args ?? [])],
    host: { ...standard, ...options.host },
  });
  return { machine, stdout: () => out };
}

/** A machine with a debugger attached. */
export function debugged(
  program: Program,
  options: RunOptions = {},
  debuggerOptions: DebuggerOptions = {},
): Run & { readonly dbg: Debugger } {
  const run = machineFor(program, options);
  return { ...run, dbg: new Debugger(run.machine, debuggerOptions) };
}

/** Assert a stop's reason and source line (and file, the program's, when a line is given). */
export function assertStop(event: StopEvent, reason: StopEvent['reason'], line?: number, what = ''): void {
  const where = `${event.reason} at ${event.function} ${event.location?.file}:${event.location?.line}`;
  assert.equal(event.reason, reason, `${what} stopped: ${where}`);
  if (line !== undefined) assert.equal(event.location?.line, line, `${what} line: ${where}`);
}
