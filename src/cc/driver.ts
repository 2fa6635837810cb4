// The compiler driver: preprocess, parse, analyse and emit each C file, then assemble the units with the
// C library into one module, turning link errors back into C diagnostics.

import { assemble, type Diagnostic as AssemblyDiagnostic, type SourceFile } from '../asm/index.js';
import type { Module } from '../module/index.js';
import { analyse } from './analyser.js';
import { emitUnit } from './codegen/index.js';
import { cDiagnostic, type CDiagnostic, type CLocation } from './diagnostics.js';
import { libraryFiles } from './libc/bundle.generated.js';
import { parse } from './parser.js';
import { formatPreprocessed, preprocess, type SourceFiles } from './preprocessor.js';

/** Where `#include <...>` finds the C library's headers. */
export const systemIncludePath = '/tessera/include';
/** Where the C library's sources appear in diagnostics and line tables. */
const libraryRoot = '/tessera/libc/';

/** What to compile and how. */
export interface CompileOptions {
  /** Where the inputs and their `#include "..."` files are read from. */
  readonly files: SourceFiles;
  /** C sources (`.c`, anything not `.s`) and assembly sources (`.s`), linked into one module. */
  readonly inputs: readonly string[];
  /** `-I` directories. */
  readonly includePaths?: readonly string[];
  /** `-D NAME[=value]` (value undefined for `-U NAME`), in command-line order. */
  readonly defines?: readonly (readonly [name: string, value: string | undefined])[];
  /** Record source lines, types and variables in the module's debug section (default true). */
  readonly debug?: boolean;
  /**
   * Keep every named variable of the program's units in memory, so that a debugger can show and change it
   * at every line (`-O0`; default false: scalars live in registers and show as optimised out).
   */
  readonly variablesInMemory?: boolean;
  /**
   * Run calls to small leaf functions of the same unit in place of the call (default true; `-fno-inline`
   * turns it off; never with `variablesInMemory`, where every call stays a call for the debugger).
   */
  readonly inline?: boolean;
  /** `-W`: extra warnings. */
  readonly warnings?: boolean;
  /** Link the C library and its `_start` (default true). */
  readonly library?: boolean;
  /** Where to keep the compiled library between runs (default: compile it once per process). */
  readonly libraryCache?: LibraryCache | undefined;
}

/** A whole compilation: the module when there were no errors, and every diagnostic. */
export interface CompileResult {
  readonly module: Module | undefined;
  readonly diagnostics: readonly CDiagnostic[];
  /** The text of every file read, for carets in diagnostics and source lines in traces. */
  readonly sources: ReadonlyMap<string, string>;
}

/** One C file as VP assembly. */
export interface UnitResult {
  readonly assembly: string | undefined;
  readonly diagnostics: readonly CDiagnostic[];
  readonly sources: ReadonlyMap<string, string>;
}

/** The user's files, with the C library's headers and sources mounted under /tessera. */
function withLibrary(files: SourceFiles): SourceFiles {
  return {
    read(path: string): string | undefined {
      if (path.startsWith(`${systemIncludePath}/`))
        return libraryFiles[`include/${path.slice(systemIncludePath.length + 1)}`];
      if (path.startsWith(libraryRoot)) return libraryFiles[path.slice(libraryRoot.length)];
      return files.read(path);
    },
  };
}

/** The text of a C library file by the path that line tables and diagnostics show, e.g. /tessera/libc/src/string.c. */
export function librarySource(path: string): string | undefined {
  return withLibrary({ read: () => undefined }).read(path);
}

function hasErrors(diagnostics: readonly CDiagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * A parser diagnostic kept within its source line: `expected ';'` goes after the previous token, whose
 * spelling is not what the line holds when it came from a macro expansion (`__FILE__`).
 */
function withinLine(d: CDiagnostic, sources: ReadonlyMap<string, string>): CDiagnostic {
  const line = sources.get(d.at.file)?.split('\n')[d.at.line - 1];
  if (line === undefined || d.at.column <= line.length + 1) return d;
  return { ...d, at: { ...d.at, column: line.length + 1 } };
}

/** Whether two diagnostics say the same thing at the same place. */
function sameDiagnostic(a: CDiagnostic, b: CDiagnostic): boolean {
  return (
    a.code === b.code &&
    a.message === b.message &&
    a.at.file === b.at.file &&
    a.at.line === b.at.line &&
    a.at.column === b.at.column
  );
}

/** Diagnostics in included files with the `#include` lines that brought those files in. */
function withInclusions(
  diagnostics: readonly CDiagnostic[],
  includedFrom: ReadonlyMap<string, readonly CLocation[]>,
): CDiagnostic[] {
  return diagnostics.map((d) => {
    const chain = includedFrom.get(d.at.file);
    return chain === undefined || d.includedFrom !== undefined ? d : { ...d, includedFrom: chain };
  });
}

/**
 * Two stages' diagnostics of one file as one list in source order, each error kept with the notes after
 * it. Each list is in order already; where two diagnostics are in different files, the first list's comes first.
 */
function inSourceOrder(first: readonly CDiagnostic[], second: readonly CDiagnostic[]): CDiagnostic[] {
  const groups = (list: readonly CDiagnostic[]): CDiagnostic[][] => {
    const out: CDiagnostic[][] = [];
    for (const d of list) {
      if (d.severity === 'note' && out.length > 0) out[out.length - 1]!.push(d);
      else out.push([d]);
    }
    return out;
  };
  const [a, b] = [groups(first), groups(second)];
  const merged: CDiagnostic[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    const [x, y] = [a[i]?.[0], b[j]?.[0]];
    const takeSecond =
      x === undefined ||
      (y !== undefined &&
        x.at.file === y.at.file &&
        (y.at.line < x.at.line || (y.at.line === x.at.line && y.at.column < x.at.column)));
    merged.push(...(takeSecond ? b[j++]! : a[i++]!));
  }
  return merged;
}

/** Compile one C file to VP assembly (`tessera cc -S`). */
export function compileUnit(
  path: string,
  options: Omit<CompileOptions, 'inputs'>,
  unitNumber = 0,
  unitName = baseName(path),
): UnitResult {
  const pre = preprocess(path, {
    files: withLibrary(options.files),
    includePaths: options.includePaths ?? [],
    systemIncludePaths: [systemIncludePath],
    defines: options.defines ?? [],
  });
  const diagnostics: CDiagnostic[] = [...pre.diagnostics];
  /** An error or warning on a macro's name, then a note at the macro's definition (gcc's "in expansion of"). */
  const withMacro = (d: CDiagnostic): CDiagnostic[] => {
    if (d.severity === 'note') return [d];
    const expansion = pre.expansions
      .get(`${d.at.file}:${d.at.line}`)
      ?.find((e) => d.at.column >= e.at.column && d.at.column <= e.at.column + e.name.length);
    // Not for the C library's macros (va_arg, assert) or the command line's: the program's own only.
    const definedIn = expansion?.definedAt.file;
    if (expansion === undefined || definedIn === undefined) return [d];
    if (definedIn.startsWith('<') || definedIn.startsWith(`${systemIncludePath}/`)) return [d];
    return [d, cDiagnostic('note', 'C1067', expansion.definedAt, expansion.name)];
  };
  const result = (assembly: string | undefined): UnitResult => ({
    assembly,
    diagnostics: withInclusions(diagnostics, pre.includedFrom),
    sources: pre.sources,
  });
  if (hasErrors(diagnostics)) return result(undefined);
  const parsed = parse(pre.tokens, pre.packed);
  // The same error twice in a row (each block still open at the end of input) is shown once.
  const parseErrors = parsed.diagnostics.map((d) => withinLine(d, pre.sources));
  const syntaxErrors = parseErrors.filter((d, i) => i === 0 || !sameDiagnostic(d, parseErrors[i - 1]!));
  // After only missing `;` or `}` that the parser repaired, the tree is the corrected program's: check it too.
  if (hasErrors(diagnostics) || (hasErrors(syntaxErrors) && !parsed.complete)) {
    diagnostics.push(...syntaxErrors.flatMap(withMacro));
    return result(undefined);
  }
  const analysed = analyse(parsed.syntax, { unitName, file: path, warnings: options.warnings ?? false });
  diagnostics.push(...inSourceOrder(syntaxErrors, analysed.diagnostics).flatMap(withMacro));
  if (analysed.unit === undefined || hasErrors(diagnostics)) return result(undefined);
  const emitted = emitUnit(analysed.unit, {
    unitNumber,
    debug: options.debug ?? true,
    variablesInMemory: options.variablesInMemory ?? false,
    inline: options.inline ?? true,
  });
  diagnostics.push(...emitted.diagnostics);
  return result(hasErrors(diagnostics) ? undefined : emitted.assembly);
}

/** Preprocess one C file (`tessera cc -E`). */
export function preprocessUnit(
  path: string,
  options: Omit<CompileOptions, 'inputs'>,
): { text: string; diagnostics: readonly CDiagnostic[]; sources: ReadonlyMap<string, string> } {
  const pre = preprocess(path, {
    files: withLibrary(options.files),
    includePaths: options.includePaths ?? [],
    systemIncludePaths: [systemIncludePath],
    defines: options.defines ?? [],
  });
  return {
    text: formatPreprocessed(pre.tokens),
    diagnostics: withInclusions(pre.diagnostics, pre.includedFrom),
    sources: pre.sources,
  };
}

/** Keeps the compiled C library between processes (the CLI stores it in a file). */
export interface LibraryCache {
  /** What `write` stored for this compiler and library, if anything. */
  read(): string | undefined;
  write(text: string): void;
}

/** A library unit as assembly, with the labels it defines and the ones it refers to. */
interface LibraryUnit extends SourceFile {
  readonly defines: readonly string[];
  readonly references: readonly string[];
}

/** The C library compiled to assembly: once per process, since it never changes. */
let libraryUnits: readonly LibraryUnit[] | undefined;

const definitionPattern = /\((?:function|vp-label|import) '([^\s()"';]+)/g;
const referencePattern = /'([^\s()"';]+)/g;

/** A unit with its definitions and references (compiler-made `.L` labels are local to their unit). */
function describeUnit(unit: SourceFile): LibraryUnit {
  const text = unit.text.replace(/"(?:[^"\\\n]|\\.)*"/g, '""').replace(/;[^\n]*/g, '');
  const defines = new Set([...text.matchAll(definitionPattern)].map((m) => m[1]!));
  const references = new Set<string>();
  for (const m of text.matchAll(referencePattern)) {
    const name = m[1]!;
    if (!defines.has(name) && !name.startsWith('.L')) references.add(name);
  }
  return { ...unit, defines: [...defines], references: [...references] };
}

function compiledLibrary(cache: LibraryCache | undefined): {
  units: readonly LibraryUnit[];
  diagnostics: readonly CDiagnostic[];
} {
  if (libraryUnits !== undefined) return { units: libraryUnits, diagnostics: [] };
  const cached = cache?.read();
  if (cached !== undefined) {
    try {
      libraryUnits = JSON.parse(cached) as LibraryUnit[];
      return { units: libraryUnits, diagnostics: [] };
    } catch {
      // A damaged cache is rebuilt below.
    }
  }
  const files = withLibrary({ read: () => undefined });
  const units: LibraryUnit[] = [];
  const diagnostics: CDiagnostic[] = [];
  const sources = Object.keys(libraryFiles).filter((p) => p.startsWith('src/') && p.endsWith('.c'));
  sources.forEach((source, i) => {
    const path = `${libraryRoot}${source}`;
    const result = compileUnit(path, { files }, 1000 + i, `libc/${baseName(source)}`);
    diagnostics.push(...result.diagnostics.filter((d) => d.severity === 'error'));
    if (result.assembly !== undefined) units.push(describeUnit({ name: `${path}.s`, text: result.assembly }));
  });
  const sys = libraryFiles['sys.s'];
  if (sys !== undefined) units.push(describeUnit({ name: `${libraryRoot}sys.s`, text: sys }));
  if (diagnostics.length === 0) {
    libraryUnits = units;
    cache?.write(JSON.stringify(units));
  }
  return { units, diagnostics };
}

/**
 * The library units a program needs, as a static linker picks archive members: sys.s (the entry) and
 * every unit defining a name that the program or an already chosen unit refers to and does not define.
 */
function selectLibraryUnits(program: readonly SourceFile[], library: readonly LibraryUnit[]): SourceFile[] {
  const definer = new Map<string, LibraryUnit>();
  for (const unit of library)
    for (const name of unit.defines) if (!definer.has(name)) definer.set(name, unit);
  const defined = new Set<string>();
  const wanted: string[] = [];
  const chosen = new Set<LibraryUnit>();
  const add = (unit: LibraryUnit): void => {
    if (chosen.has(unit)) return;
    chosen.add(unit);
    for (const name of unit.defines) defined.add(name);
    wanted.push(...unit.references);
  };
  for (const unit of program.map(describeUnit)) {
    for (const name of unit.defines) defined.add(name);
    wanted.push(...unit.references);
  }
  const entry = library.find((unit) => unit.name.endsWith('/sys.s'));
  if (entry !== undefined) add(entry);
  while (wanted.length > 0) {
    const name = wanted.pop()!;
    if (defined.has(name)) continue;
    const unit = definer.get(name);
    if (unit !== undefined) add(unit);
  }
  // Keep the library's own order, so that the module does not depend on the order of discovery.
  return library.filter((unit) => chosen.has(unit)).map(({ name, text }) => ({ name, text }));
}

/** Compile C (and assembly) files and link them with the C library into one module. */
export function compile(options: CompileOptions): CompileResult {
  const diagnostics: CDiagnostic[] = [];
  const sources = new Map<string, string>();
  const units: SourceFile[] = [];
  const names = new Map<string, number>();
  const userAssembly = new Set<string>();
  options.inputs.forEach((path, i) => {
    if (path.endsWith('.s')) {
      const text = options.files.read(path);
      if (text === undefined)
        diagnostics.push(cDiagnostic('error', 'C4904', { file: path, line: 1, column: 1 }, path));
      else {
        units.push({ name: path, text });
        sources.set(path, text);
      }
      userAssembly.add(path);
      return;
    }
    const base = baseName(path);
    const seen = names.get(base) ?? 0;
    names.set(base, seen + 1);
    const result = compileUnit(path, options, i, seen === 0 ? base : `${base}#${seen + 1}`);
    diagnostics.push(...result.diagnostics);
    for (const [file, text] of result.sources) sources.set(file, text);
    if (result.assembly !== undefined) {
      units.push({ name: `${path}.s`, text: result.assembly });
      const object = mainObject(result.assembly, path);
      if (object !== undefined)
        diagnostics.push(cDiagnostic('error', 'C4903', object, "'main' must be a function"));
    }
  });
  if (hasErrors(diagnostics)) return { module: undefined, diagnostics, sources };
  if (options.library ?? true) {
    const library = compiledLibrary(options.libraryCache);
    diagnostics.push(...library.diagnostics);
    units.push(...selectLibraryUnits(units, library.units));
  }
  if (hasErrors(diagnostics)) return { module: undefined, diagnostics, sources };
  const moduleName = baseName(options.inputs[0] ?? 'program').replace(/\.[^.]*$/, '');
  const linked = assemble([{ name: '<module>', text: `(module ${JSON.stringify(moduleName)})` }, ...units], {
    debug: options.debug ?? true,
  });
  const generated = new Map(units.filter((u) => !userAssembly.has(u.name)).map((u) => [u.name, u.text]));
  const program = options.inputs[0] ?? 'program';
  for (const d of linked.diagnostics) diagnostics.push(linkDiagnostic(d, generated, program));
  return { module: hasErrors(diagnostics) ? undefined : linked.module, diagnostics, sources };
}

/**
 * An assembler diagnostic as a C one: undefined and duplicate names are link errors at the C line that
 * produced the reference, or about the whole `program` (line 0) when the reference is the C library's
 * (`main`, which _start calls); other errors in generated code are internal errors; errors in the user's
 * own assembly files are reported as they are.
 */
function linkDiagnostic(
  d: AssemblyDiagnostic,
  generatedTexts: ReadonlyMap<string, string>,
  program: string,
): CDiagnostic {
  const generated = generatedTexts.get(d.location.file);
  if (generated === undefined) return cDiagnostic('error', 'C4903', d.location, `${d.code}: ${d.message}`);
  let at = sourcePositionBefore(generated, d.location.line) ?? d.location;
  if (d.code === 'ASM010') {
    if (at.file.startsWith(libraryRoot)) at = { file: program, line: 0, column: 0 };
    // A static function's label is `unit:name` (docs/ABI.md "Names"); the user wrote `name`.
    const name = d.message.replace(/^undefined name /, '').replace(/^[^:]*:/, '');
    return cDiagnostic('error', 'C4901', at, name);
  }
  if (d.code === 'ASM011')
    return cDiagnostic('error', 'C4905', at, d.message.replace(/ is already defined$/, ''));
  // Limits of the module format are the program's, not internal errors: say so at the largest object.
  if (d.code === 'ASM035') {
    const limit = d.message.replace(/^the module is too large: /, '');
    return cDiagnostic('error', 'C4001', largestObject(generatedTexts) ?? at, `a program with ${limit}`);
  }
  if (d.code === 'ASM038') return cDiagnostic('error', 'C4001', at, 'a name longer than 255 bytes');
  return cDiagnostic('error', 'C4902', at, `${d.code}: ${d.message}`);
}

/** The C position of the largest `(space N)` in the program's own units (not the C library's). */
function largestObject(generatedTexts: ReadonlyMap<string, string>): CLocation | undefined {
  let largest: { size: number; at: CLocation } | undefined;
  for (const [name, text] of generatedTexts) {
    if (name.startsWith(libraryRoot)) continue;
    text.split('\n').forEach((line, i) => {
      const size = Number(/^\s*\(space (\d+)\)/.exec(line)?.[1] ?? 0);
      if (size <= (largest?.size ?? 0)) return;
      const at = sourcePositionBefore(text, i + 1);
      if (at !== undefined) largest = { size, at };
    });
  }
  return largest?.at;
}

/** Where a unit defines an object called `main` (which `_start` calls, or the module enters), if it does. */
function mainObject(assembly: string, path: string): CLocation | undefined {
  const at = assembly.indexOf("\n(vp-label 'main)\n");
  if (at < 0) return undefined;
  const line = assembly.slice(0, at).split('\n').length;
  return sourcePositionBefore(assembly, line) ?? { file: path, line: 1, column: 1 };
}

const locPattern = /\(loc "((?:[^"\\]|\\.)*)" (\d+) (\d+)\)/g;

/** The C position of the latest `loc` directive at or before `line` of generated assembly. */
function sourcePositionBefore(assembly: string, line: number): CLocation | undefined {
  const lines = assembly.split('\n');
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const matches = [...lines[i]!.matchAll(locPattern)];
    const last = matches[matches.length - 1];
    if (last !== undefined)
      return { file: unquote(last[1]!), line: Number(last[2]), column: Number(last[3]) };
  }
  return undefined;
}

/** The text of an assembly string literal's body as the code generator writes it (`\\`, `\"`, `\xNN`). */
function unquote(body: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\') {
      const character = String.fromCodePoint(body.codePointAt(i)!);
      bytes.push(...new TextEncoder().encode(character));
      i += character.length - 1;
    } else if (body[i + 1] === 'x') {
      bytes.push(parseInt(body.slice(i + 2, i + 4), 16));
      i += 3;
    } else bytes.push(body.charCodeAt(++i));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** The last component of a path, made safe for assembly labels (docs/ABI.md "Names"). */
function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/[^A-Za-z0-9_.+-]/g, '_');
}
