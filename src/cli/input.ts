// Reading the CLI's inputs: assembly sources or a module file into a Module, with errors in the
// diagnostic format, and the exit codes every command shares.

import { readFileSync, statSync } from 'node:fs';
import { assemble, formatDiagnostic } from '../asm/index.js';
import {
  compile,
  formatCDiagnostic,
  librarySource,
  type CDiagnostic,
  type CompileOptions,
} from '../cc/index.js';
import { diskLibraryCache } from './cache.js';
import { ModuleFormatError, readModule, type Module } from '../module/index.js';

/** Exit codes besides the program's own (BSD sysexits where one fits). */
export const exitCodes = {
  ok: 0,
  usage: 64,
  badInput: 65,
  cannotOpen: 66,
  trap: 70,
  outOfFuel: 75,
  breakpoint: 76,
} as const;

/** A failure the CLI reports on stderr and turns into an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Read a file as bytes, or fail with a CLI error naming it. */
export function readInput(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    throw new CliError(`tessera: error: cannot read ${path}: ${reason}`, exitCodes.cannotOpen);
  }
}

/** A module and, when it came from assembly, the source texts (for source lines in messages). */
export interface LoadedProgram {
  readonly module: Module;
  readonly sources: ReadonlyMap<string, string>;
}

/** Assemble source files into a module, or fail with every diagnostic. */
export function assembleFiles(paths: readonly string[], debug: boolean): LoadedProgram {
  const files = paths.map((path) => ({ name: path, text: new TextDecoder().decode(readInput(path)) }));
  const result = assemble(files, { debug, readFile: (path) => readFileSync(path, 'utf8') });
  if (result.module === undefined) {
    const text = result.diagnostics
      .map((d) => formatDiagnostic(d, result.sources.get(d.location.file)))
      .join('\n');
    const count = result.diagnostics.length;
    throw new CliError(`${text}\n${count} error${count === 1 ? '' : 's'}`, exitCodes.badInput);
  }
  return { module: result.module, sources: result.sources };
}

/** The text of a source file named in a debug section: known already, the C library's, or from disk. */
export function sourceText(program: LoadedProgram, file: string): string | undefined {
  const known = program.sources.get(file) ?? librarySource(file);
  if (known !== undefined) return known;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Every source file of a module's debug section that can be read, for `disasm --source`. */
export function debugSources(program: LoadedProgram): Map<string, string> {
  const sources = new Map<string, string>();
  for (const file of program.module.debug?.files ?? []) {
    const text = sourceText(program, file);
    if (text !== undefined) sources.set(file, text);
  }
  return sources;
}

/** Read a module file, or fail with the reader's message and the offending offset. */
export function readModuleFile(path: string): LoadedProgram {
  const bytes = readInput(path);
  try {
    return { module: readModule(bytes), sources: new Map() };
  } catch (e) {
    if (e instanceof ModuleFormatError) {
      const where = e.offset === undefined ? path : `${path}:0x${e.offset.toString(16)}`;
      throw new CliError(`${where}: error ${e.code}: ${e.message}`, exitCodes.badInput);
    }
    throw e;
  }
}

/** Whether a path names C source (the compiler takes everything that is not a module or assembly). */
export function isCSource(path: string): boolean {
  return /\.(c|h|i)$/.test(path);
}

/** Files read from disk for the compiler; unreadable ones are undefined (the compiler reports them). */
export const diskFiles = {
  read(path: string): string | undefined {
    try {
      // Only regular files: `#include "/dev/zero"` would otherwise read forever.
      if (!statSync(path).isFile()) return undefined;
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};

/** Format C diagnostics with carets, plus an error count line when there are errors. */
export function formatCDiagnostics(
  diagnostics: readonly CDiagnostic[],
  sources: ReadonlyMap<string, string>,
): string {
  const lines = diagnostics.map((d, i) => formatCDiagnostic(d, sources.get(d.at.file), diagnostics[i - 1]));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) lines.push(`${errors} error${errors === 1 ? '' : 's'}`);
  return lines.join('\n');
}

/** The errors among C diagnostics, each with the notes after it (`-w`: no warnings, nor their notes). */
export function errorsOnly(diagnostics: readonly CDiagnostic[]): CDiagnostic[] {
  let shown = false;
  return diagnostics.filter((d) => {
    if (d.severity !== 'note') shown = d.severity === 'error';
    return shown;
  });
}

/** Compile C (and assembly) files with the C library into a module; warnings go to `warn` (default stderr). */
export function compileFiles(
  paths: readonly string[],
  options: Omit<CompileOptions, 'inputs' | 'files'> = {},
  warn: (text: string) => void = (text) => process.stderr.write(text),
): LoadedProgram {
  for (const path of paths) readInput(path); // an unreadable input is a usage-level failure, as for assembly
  const result = compile({ libraryCache: diskLibraryCache(), ...options, files: diskFiles, inputs: paths });
  if (result.module === undefined) {
    throw new CliError(formatCDiagnostics(result.diagnostics, result.sources), exitCodes.badInput);
  }
  if (result.diagnostics.length > 0) warn(`${formatCDiagnostics(result.diagnostics, result.sources)}\n`);
  return { module: result.module, sources: result.sources };
}

/**
 * A program from a module file (.tsm), C sources, or assembly sources (anything else). With
 * `variablesInMemory`, C is compiled for the debugger (every variable readable at every line); C warnings
 * go to `warn` (default stderr).
 */
export function loadProgram(
  paths: readonly string[],
  options: { readonly variablesInMemory?: boolean; readonly warn?: (text: string) => void } = {},
): LoadedProgram {
  if (paths.length === 1 && paths[0]!.endsWith('.tsm')) return readModuleFile(paths[0]!);
  const { warn, ...compileOptions } = options;
  if (paths.some(isCSource)) return compileFiles(paths, compileOptions, warn);
  return assembleFiles(paths, true);
}

/** Parse a size such as `65536`, `512K`, `64M` or `1G`. */
export function parseSize(text: string, option: string): number {
  const match = /^(\d+)([kmg]i?b?)?$/i.exec(text.trim());
  if (match === null)
    throw new CliError(`tessera: error: ${option} expects a size like 64M, got '${text}'`, exitCodes.usage);
  const unit = (match[2] ?? '').toLowerCase()[0];
  const scale = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Number(match[1]) * scale;
}

/** Parse a non-negative integer option. */
export function parseCount(text: string, option: string): number {
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new CliError(
      `tessera: error: ${option} expects a non-negative integer, got '${text}'`,
      exitCodes.usage,
    );
  }
  return value;
}
