// Test support: compile C files with the Tessera C compiler and run them as `tessera run` would, capturing
// output, exit status, traps (with the CLI's C-level report) and compile diagnostics.

import { readFileSync } from 'node:fs';
import { compile, formatCDiagnostic, type CompileOptions } from '../../src/cc/index.js';
import { describeTrap } from '../../src/cli/run.js';
import type { Module } from '../../src/module/index.js';
import { useTier, type Tier } from '../../src/jit/index.js';
import { Machine, standardHost } from '../../src/vm/index.js';

/** Files from disk, undefined when unreadable. */
const disk = {
  read(path: string): string | undefined {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};

/** What a C program did. */
export interface CRun {
  readonly stdout: string;
  readonly stderr: string;
  /** The exit status when the program halted (low 8 bits, as a shell sees it). */
  readonly status: number | undefined;
  /** A trap's code, the CLI's C-level report, and `Trap.format()` (exact frames with offsets, pc). */
  readonly trap: { readonly code: string; readonly report: string; readonly exact: string } | undefined;
  /** Formatted compile errors and warnings; a run only happens when there are no errors. */
  readonly diagnostics: readonly string[];
  /** Whether the run stopped for lack of fuel. */
  readonly outOfFuel: boolean;
  readonly fuelUsed: number;
}

/** Options for compiling and running. */
export interface CRunOptions {
  readonly stdin?: string;
  readonly fuel?: number;
  readonly args?: readonly string[];
  readonly compile?: Omit<CompileOptions, 'files' | 'inputs'>;
  /** Extra in-memory files (path -> text) visible to the compiler, e.g. a test's own header. */
  readonly files?: Readonly<Record<string, string>>;
}

/** Compile C sources to a module; returns the module or the formatted diagnostics. */
export function compileC(
  paths: readonly string[],
  options: CRunOptions = {},
): { module: Module | undefined; diagnostics: string[]; sources: ReadonlyMap<string, string> } {
  const extra = options.files ?? {};
  const files = { read: (path: string) => extra[path] ?? disk.read(path) };
  const result = compile({ ...options.compile, files, inputs: paths });
  const diagnostics = result.diagnostics.map((d) => formatCDiagnostic(d, result.sources.get(d.at.file)));
  return { module: result.module, diagnostics, sources: result.sources };
}

/** Compile a C program and run it to completion (or until its fuel runs out), in the interpreter. */
export async function compileAndRun(
  path: string | readonly string[],
  options: CRunOptions = {},
): Promise<CRun> {
  const [run] = await compileAndRunInTiers(path, options, ['interp']);
  return run!;
}

/**
 * How a program is built and run: a tier, or `O0`: compiled for the debugger (every variable in memory,
 * `variablesInMemory`) and run in the interpreter.
 */
export type Build = Tier | 'O0';

/**
 * Compile a C program once and run it from the start in each of `tiers` (one result per tier, in order);
 * `O0` compiles it again for the debugger.
 */
export async function compileAndRunInTiers(
  path: string | readonly string[],
  options: CRunOptions,
  tiers: readonly Build[],
): Promise<CRun[]> {
  if (tiers.includes('O0')) {
    const runs: CRun[] = [];
    const debuggable = { ...options, compile: { ...options.compile, variablesInMemory: true } };
    for (const tier of tiers) {
      const [run] = await (tier === 'O0'
        ? compileAndRunInTiers(path, debuggable, ['interp'])
        : compileAndRunInTiers(path, options, [tier]));
      runs.push(run!);
    }
    return runs;
  }
  const paths = typeof path === 'string' ? [path] : path;
  const { module, diagnostics, sources } = compileC(paths, options);
  if (module === undefined) {
    const failed: CRun = {
      stdout: '',
      stderr: '',
      status: undefined,
      trap: undefined,
      diagnostics,
      outOfFuel: false,
      fuelUsed: 0,
    };
    return tiers.map(() => failed);
  }
  const runs: CRun[] = [];
  for (const tier of tiers as Tier[])
    runs.push(await runC(module, sources, paths, options, tier, diagnostics));
  return runs;
}

/** Run a compiled C program in `tier` to completion (or until its fuel runs out). */
async function runC(
  module: Module,
  sources: ReadonlyMap<string, string>,
  paths: readonly string[],
  options: CRunOptions,
  tier: Tier,
  diagnostics: readonly string[],
): Promise<CRun> {
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  let input = new TextEncoder().encode(options.stdin ?? '');
  const machine = new Machine(module, {
    args: [paths[0]!, ...(options.args ?? [])],
    host: standardHost({
      stdout: (bytes) => out.push(bytes.slice()),
      stderr: (bytes) => err.push(bytes.slice()),
      stdin: (max) => {
        const chunk = input.subarray(0, max);
        input = input.subarray(chunk.length);
        return chunk;
      },
      clock: () => 0n,
    }),
  });
  useTier(machine, tier);
  const result = await machine.runToCompletion({ fuel: options.fuel ?? 2e9 });
  const text = (chunks: Uint8Array[]): string => Buffer.concat(chunks).toString('utf8');
  return {
    stdout: text(out),
    stderr: text(err),
    status: result.status === 'halted' ? result.exitCode & 255 : undefined,
    trap:
      result.status === 'trapped'
        ? {
            code: result.trap.code,
            report: describeTrap(result.trap, { module, sources }),
            exact: `${result.trap.format()}\npc 0x${result.trap.pc.toString(16)}`,
          }
        : undefined,
    diagnostics,
    outOfFuel: result.status === 'out-of-fuel',
    fuelUsed: machine.fuelUsed,
  };
}
