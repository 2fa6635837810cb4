// The code map a profiler counts by: for every word of text, its function and its source line, as flat
// tables built once per module, so that attributing an instruction costs two array reads.

import type { Module } from '../module/index.js';

/** A function of the profiled module, or the stand-in for code outside every known function. */
export interface CodeFunction {
  /** The name as the module gives it: `printf`, or `fib.c:fib` for a file-static function. */
  readonly name: string;
  /** The name to show: without the file prefix of a static function unless that would be ambiguous. */
  readonly displayName: string;
  /** The source file of its first instruction, when the debug section knows it. */
  readonly file: string | undefined;
  /** The source line (1-based) of its first instruction; 0 when unknown. */
  readonly line: number;
  /** Byte offsets in text: start inclusive, end exclusive (both 0 for the stand-in). */
  readonly start: number;
  readonly end: number;
}

/** A source line: one file and line number (index 0 of `CodeMap.lines` stands for code without one). */
export interface CodeLine {
  readonly file: string | undefined;
  /** 1-based; 0 when unknown. */
  readonly line: number;
}

/** Name of the stand-in function covering text outside every known function. */
export const unknownFunctionName = '(unknown)';

/** Per-word tables of one module's text. */
export interface CodeMap {
  readonly functions: readonly CodeFunction[];
  readonly lines: readonly CodeLine[];
  /** Per text word (plus one past the end): the index into `functions`. */
  readonly functionOf: Int32Array;
  /** Per text word (plus one past the end): the index into `lines`. */
  readonly lineOf: Int32Array;
  /**
   * Per text word: the index of its line among its function's lines (`functionLines`), so that a profiler can
   * keep one small array of line weights per call-tree node.
   */
  readonly localLineOf: Int32Array;
  /** Per function: the indexes into `lines` of the lines its code covers, in order of first appearance. */
  readonly functionLines: readonly Int32Array[];
}

const cache = new WeakMap<Module, CodeMap>();

/** The code map of a module (built once per module). */
export function codeMapOf(module: Module): CodeMap {
  let map = cache.get(module);
  if (map === undefined) cache.set(module, (map = buildCodeMap(module)));
  return map;
}

interface Range {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Function ranges: the debug section's, then procedure symbols for code it does not cover (assembly linked
 * without debug information, or a module without a debug section).
 */
function functionRanges(module: Module, words: number): Range[] {
  const ranges: Range[] = [];
  const covered = new Uint8Array(words);
  const add = (name: string, start: number, end: number): void => {
    const first = Math.max(0, start >> 2);
    const last = Math.min(words, (end + 3) >> 2);
    if (first >= last || covered[first] === 1) return;
    ranges.push({ name, start, end });
    for (let w = first; w < last; w++) covered[w] = 1;
  };
  for (const f of module.debug?.functions ?? []) add(f.name, f.start, f.end);
  const procedures = module.symbols
    .filter((s) => s.section === 'text' && s.kind === 'procedure')
    .sort((a, b) => a.offset - b.offset);
  procedures.forEach((s, i) => {
    // A procedure without a size reaches to the next one.
    const end = s.size > 0 ? s.offset + s.size : (procedures[i + 1]?.offset ?? words * 4);
    add(s.name, s.offset, end);
  });
  return ranges.sort((a, b) => a.start - b.start);
}

/** The part of a qualified static name after its file prefix: `libc/printf.c:put_padded` -> `put_padded`. */
function shortName(name: string): string {
  const colon = name.lastIndexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function buildCodeMap(module: Module): CodeMap {
  const words = module.text.length >>> 2;
  const debug = module.debug;
  // Lines: index 0 is "no line"; the others are interned (file, line) pairs.
  const lines: CodeLine[] = [{ file: undefined, line: 0 }];
  const lineOf = new Int32Array(words + 1);
  const interned = new Map<string, number>();
  const entries = debug?.lines ?? [];
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    const file = debug?.files[entry.file];
    const key = `${entry.file}:${entry.line}`;
    let index = interned.get(key);
    if (index === undefined) {
      index = lines.length;
      lines.push({ file, line: entry.line });
      interned.set(key, index);
    }
    const first = Math.max(0, entry.offset >> 2);
    const next = entries[e + 1];
    const last = Math.min(words, next === undefined ? words : next.offset >> 2);
    for (let w = first; w < last; w++) lineOf[w] = index;
  }

  const ranges = functionRanges(module, words);
  const functionOf = new Int32Array(words + 1).fill(ranges.length);
  ranges.forEach((range, index) => {
    const last = Math.min(words, (range.end + 3) >> 2);
    for (let w = range.start >> 2; w < last; w++) functionOf[w] = index;
  });
  const shortCounts = new Map<string, number>();
  for (const range of ranges) {
    const short = shortName(range.name);
    shortCounts.set(short, (shortCounts.get(short) ?? 0) + 1);
  }
  const functions: CodeFunction[] = ranges.map((range) => {
    const short = shortName(range.name);
    const first = lines[lineOf[range.start >> 2] ?? 0]!;
    return {
      name: range.name,
      displayName: shortCounts.get(short) === 1 ? short : range.name,
      file: first.file,
      line: first.line,
      start: range.start,
      end: range.end,
    };
  });
  functions.push({
    name: unknownFunctionName,
    displayName: unknownFunctionName,
    file: undefined,
    line: 0,
    start: 0,
    end: 0,
  });

  // Each function's own numbering of the lines its words cover.
  const localLineOf = new Int32Array(words + 1);
  const local = functions.map(() => new Map<number, number>());
  for (let w = 0; w <= words; w++) {
    const numbering = local[functionOf[w]!]!;
    const line = lineOf[w]!;
    let index = numbering.get(line);
    if (index === undefined) numbering.set(line, (index = numbering.size));
    localLineOf[w] = index;
  }
  const functionLines = local.map((numbering) => Int32Array.from(numbering.keys()));
  return { functions, lines, functionOf, lineOf, localLineOf, functionLines };
}
