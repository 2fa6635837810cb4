// Test support: assemble source text (and files from examples/) into modules and run them with captured output.

import { readFileSync } from 'node:fs';
import { assemble, formatDiagnostic } from '../../src/asm/index.js';
import type { Module } from '../../src/module/index.js';
import { Machine, standardHost, type MachineOptions } from '../../src/vm/index.js';

/** The repository root (tests run from dist/test/...). */
export const repoRoot = new URL('../../../', import.meta.url);

/** Assemble source text; throws with the formatted diagnostics on error. */
export function assembleText(text: string, name = 'test.s', debug = true): Module {
  const result = assemble([{ name, text }], {
    debug,
    readFile: (path) => readFileSync(new URL(path, repoRoot), 'utf8'),
  });
  if (result.module === undefined) {
    throw new Error(
      result.diagnostics.map((d) => formatDiagnostic(d, result.sources.get(d.location.file))).join('\n'),
    );
  }
  return result.module;
}

/** Assemble a file of the repository, e.g. `examples/fib.s` (includes resolve from the repository root). */
export function assembleFile(path: string): Module {
  return assembleText(readFileSync(new URL(path, repoRoot), 'utf8'), path);
}

/** A machine with the standard host functions writing into `output.stdout` / `output.stderr`. */
export function machineFor(
  module: Module,
  options: MachineOptions = {},
  stdin = '',
): { machine: Machine; output: { stdout: string; stderr: string } } {
  const output = { stdout: '', stderr: '' };
  const decoder = new TextDecoder();
  let input = new TextEncoder().encode(stdin);
  const host = standardHost({
    stdout: (bytes) => (output.stdout += decoder.decode(bytes)),
    stderr: (bytes) => (output.stderr += decoder.decode(bytes)),
    stdin: (max) => {
      const chunk = input.subarray(0, max);
      input = input.subarray(chunk.length);
      return chunk;
    },
    clock: () => 0n,
  });
  const machine = new Machine(module, {
    memorySize: 4 * 1024 * 1024,
    stackSize: 64 * 1024,
    host,
    ...options,
  });
  return { machine, output };
}

/** Everything observable about a machine's state, for comparing runs. */
export function stateOf(machine: Machine): string {
  let memoryHash = 0x811c9dc5;
  const bytes = machine.M8;
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i] !== 0) memoryHash = Math.imul(memoryHash ^ bytes[i]! ^ (i * 131), 0x01000193) >>> 0;
  }
  return JSON.stringify({
    registers: Array.from(machine.R, (r) => r.toString()),
    ip: machine.ip,
    status: machine.status,
    exitCode: machine.exitCode,
    fuelUsed: machine.fuelUsed,
    heapBreak: machine.heapBreak,
    memoryHash,
  });
}
