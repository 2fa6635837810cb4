// `tessera cc`: compile C sources into a module, or stop after preprocessing (-E) or code generation (-S).

import { writeFileSync } from 'node:fs';
import { compile, compileUnit, preprocessUnit, type CompileOptions } from '../cc/index.js';
import { writeModule } from '../module/index.js';
import { diskLibraryCache } from './cache.js';
import { CliError, diskFiles, errorsOnly, exitCodes, formatCDiagnostics, readInput } from './input.js';

/** What `tessera cc` writes. */
export interface OutputOptions {
  readonly output: string | undefined;
  readonly assembly: boolean;
  readonly preprocess: boolean;
  readonly quiet: boolean;
}

/** Compile `inputs` as the options say; resolves to the exit code. */
export function compileCommand(
  inputs: readonly string[],
  options: Omit<CompileOptions, 'inputs' | 'files'>,
  output: OutputOptions,
): number {
  for (const path of inputs) readInput(path);
  const sources = inputs.filter((path) => !path.endsWith('.s'));
  if ((output.assembly || output.preprocess) && output.output !== undefined && sources.length > 1)
    throw new CliError('tessera cc: error: -o with -S or -E takes one C input', exitCodes.usage);
  const report = (
    diagnostics: Parameters<typeof formatCDiagnostics>[0],
    texts: Parameters<typeof formatCDiagnostics>[1],
  ): boolean => {
    const shown = output.quiet ? errorsOnly(diagnostics) : diagnostics;
    const failed = diagnostics.some((d) => d.severity === 'error');
    if (shown.length > 0) {
      const text = formatCDiagnostics(shown, texts);
      if (failed) throw new CliError(text, exitCodes.badInput);
      process.stderr.write(`${text}\n`);
    }
    return !failed;
  };
  const files = diskFiles;
  if (output.preprocess) {
    for (const path of sources) {
      const result = preprocessUnit(path, { ...options, files });
      report(result.diagnostics, result.sources);
      if (output.output === undefined) process.stdout.write(result.text);
      else writeFileSync(output.output, result.text);
    }
    return exitCodes.ok;
  }
  if (output.assembly) {
    for (const path of sources) {
      const result = compileUnit(path, { ...options, files });
      report(result.diagnostics, result.sources);
      writeFileSync(output.output ?? path.replace(/\.[^./]*$/, '') + '.s', result.assembly ?? '');
    }
    return exitCodes.ok;
  }
  const result = compile({ libraryCache: diskLibraryCache(), ...options, files, inputs });
  report(result.diagnostics, result.sources);
  const target = output.output ?? inputs[0]!.replace(/\.[^./]*$/, '') + '.tsm';
  writeFileSync(target, writeModule(result.module!));
  return exitCodes.ok;
}
