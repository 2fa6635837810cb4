// Source lines for the debugger: per text word, its line-table row, statement starts and function; resolving
// `file:line` and function names to addresses, and where each function's body starts (after its prologue).

import { byMnemonic, decode, textBase } from '../isa/index.js';
import type { Module } from '../module/index.js';

/** A position in a source file (lines and columns from 1). */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A function of the program: from the debug section, or a procedure symbol in a module without one. */
export interface FunctionInfo {
  readonly name: string;
  /** Byte address of its first instruction. */
  readonly start: number;
  /** Byte address just past its code. */
  readonly end: number;
  /**
   * Byte address where a breakpoint on the function stops: just after its prologue (the pushes, frame
   * allocation and argument stores that carry the definition's line), or `start` when it has none.
   */
  readonly bodyStart: number;
  /** Source location of `bodyStart`, when the line table covers it. */
  readonly location: SourceLocation | undefined;
}

/** Where a `file:line` breakpoint goes: the line that has code (the one asked for or the next) and its addresses. */
export interface LineResolution {
  readonly file: string;
  readonly line: number;
  /** Byte addresses of the line's statement starts, ascending. */
  readonly addresses: readonly number[];
}

const opcodesOf = (...mnemonics: string[]): Set<number> =>
  new Set(mnemonics.map((m) => byMnemonic.get(m)!.opcode));
/** The frame-setup instructions a C prologue is made of (see `prologueEnd`). */
const setupOpcodes = opcodesOf('vp-push', 'vp-alloc', 'vp-cpy-rr');
/** Stores of argument registers into the frame (`rs rb i`). */
const storeOpcodes = opcodesOf('vp-cpy-ri', 'vp-cpy-ri-b', 'vp-cpy-ri-s', 'vp-cpy-ri-i');
/** Loads of arguments passed on the stack (`rb i rd`). */
const loadOpcodes = opcodesOf(
  'vp-cpy-ir',
  'vp-cpy-ir-b',
  'vp-cpy-ir-s',
  'vp-cpy-ir-i',
  'vp-cpy-ir-ub',
  'vp-cpy-ir-us',
  'vp-cpy-ir-ui',
);
/** A float argument arrives as a double and is rounded to float32 (`rs rd`). */
const argumentConversions = opcodesOf('vp-cvt-fs');
/** rsp, and r13: the frame pointer of C functions with variable-length arrays. */
const frameBases = new Set([15, 13]);

/**
 * The line table of a module indexed by text word. A *statement start* is the first word of a run of rows
 * with the same file and line (the code of one source line, or of one piece of it when the compiler
 * interleaved lines); stepping by line stops only at statement starts, and line breakpoints go there.
 */
export class LineMap {
  /** Number of text words. */
  readonly words: number;
  /** Source files of the debug section. */
  readonly files: readonly string[];
  /** Whether the module has any line table rows. */
  readonly hasLines: boolean;
  /** Functions, in the order of the debug section (or of the symbols). */
  readonly functions: readonly FunctionInfo[];
  /** Per word: index into `functions`, or -1. */
  readonly functionOf: Int32Array;
  /** Per word: index of the covering line-table row, or -1. */
  readonly rowOf: Int32Array;
  /** Per word: an id for (file, line) of its row, or -1. */
  readonly lineOf: Int32Array;
  /** Per word: 1 at statement starts. */
  readonly statementStart: Uint8Array;
  /** Per word: the line id stepping sees: -1 where there is no row or the file is skipped. */
  readonly stepLineOf: Int32Array;
  /**
   * Per word: 1 where stepping by line may stop: statement starts in no skipped file, those in a prologue
   * moved to the function's body start.
   */
  readonly stepStop: Uint8Array;
  /** Per word: 1 where an instruction starts (by walking each function from its start; 1 outside functions). */
  readonly instructionStart: Uint8Array;
  private readonly module: Module;
  /** Per file index: line -> word indexes of its statement starts. */
  private readonly statementsByFile: Map<number, Map<number, number[]>>;

  constructor(module: Module, skipFile: (file: string) => boolean = () => false) {
    this.module = module;
    const words = module.text.length >>> 2;
    this.words = words;
    const debug = module.debug;
    const rows = debug?.lines ?? [];
    this.files = debug?.files ?? [];
    this.hasLines = rows.length > 0;
    const view = new DataView(module.text.buffer, module.text.byteOffset, module.text.length);
    const code = new Int32Array(words);
    for (let i = 0; i < words; i++) code[i] = view.getInt32(i * 4, true);

    const ranges =
      debug !== undefined && debug.functions.length > 0
        ? debug.functions.map((f) => ({ name: f.name, start: f.start, end: f.end }))
        : module.symbols
            .filter((s) => s.section === 'text' && s.kind === 'procedure' && s.size > 0)
            .map((s) => ({ name: s.name, start: s.offset, end: s.offset + s.size }));
    this.functionOf = new Int32Array(words).fill(-1);
    this.instructionStart = new Uint8Array(words).fill(1);
    ranges.forEach((range, index) => {
      const first = range.start >>> 2;
      const last = Math.min(words, Math.ceil(range.end / 4));
      this.functionOf.fill(index, first, last);
      this.instructionStart.fill(0, first, last);
      for (let w = first; w < last;) {
        this.instructionStart[w] = 1;
        w += decode(code, w)?.length ?? 1;
      }
    });

    // Rows cover the words up to the next row, but never past the end of the function they start in.
    this.rowOf = new Int32Array(words).fill(-1);
    this.lineOf = new Int32Array(words).fill(-1);
    const lineIds = new Map<string, number>();
    rows.forEach((row, k) => {
      const from = row.offset >>> 2;
      if (from >= words) return;
      const fn = this.functionOf[from]!;
      const fnEnd = fn < 0 ? words : Math.min(words, Math.ceil(ranges[fn]!.end / 4));
      const next = rows[k + 1];
      const to = Math.min(fnEnd, next === undefined ? words : Math.max(from + 1, next.offset >>> 2));
      const key = `${row.file}:${row.line}`;
      let id = lineIds.get(key);
      if (id === undefined) lineIds.set(key, (id = lineIds.size));
      this.rowOf.fill(k, from, to);
      this.lineOf.fill(id, from, to);
    });
    this.statementStart = new Uint8Array(words);
    for (let w = 0; w < words; w++) {
      if (this.lineOf[w]! < 0 || this.instructionStart[w] === 0) continue;
      const fn = this.functionOf[w]!;
      const fnStart = fn >= 0 && ranges[fn]!.start >>> 2 === w;
      // The previous instruction's word: the run goes on when it had the same line in the same function.
      let prev = w - 1;
      while (prev >= 0 && this.instructionStart[prev] === 0) prev--;
      const continues =
        !fnStart && prev >= 0 && this.lineOf[prev] === this.lineOf[w] && this.functionOf[prev] === fn;
      if (!continues) this.statementStart[w] = 1;
    }

    this.functions = ranges.map((range) => {
      const start = textBase + range.start;
      const bodyStart = textBase + 4 * this.prologueEnd(code, range.start >>> 2, Math.ceil(range.end / 4));
      return {
        name: range.name,
        start,
        end: textBase + range.end,
        bodyStart,
        location: this.locationOf(bodyStart),
      };
    });

    const skipped = this.files.map(skipFile);
    this.stepLineOf = new Int32Array(words);
    this.stepStop = new Uint8Array(words);
    this.statementsByFile = new Map();
    for (let w = 0; w < words; w++) {
      const row = rows[this.rowOf[w]!];
      const skip = row === undefined || skipped[row.file] === true;
      this.stepLineOf[w] = skip ? -1 : this.lineOf[w]!;
      if (this.statementStart[w] === 0 || row === undefined) continue;
      // A statement start in a prologue (the definition's line, and the body when it is on that line too)
      // moves to the body start.
      const fn = this.functions[this.functionOf[w]!];
      const inPrologue = fn !== undefined && textBase + 4 * w < fn.bodyStart;
      if (!skip) this.stepStop[inPrologue ? (fn.bodyStart - textBase) >>> 2 : w] = 1;
      let byLine = this.statementsByFile.get(row.file);
      if (byLine === undefined) this.statementsByFile.set(row.file, (byLine = new Map()));
      let list = byLine.get(row.line);
      if (list === undefined) byLine.set(row.line, (list = []));
      list.push(w);
    }
  }

  /**
   * The word where a function's body starts. The C compiler gives its prologue the position (line and
   * column) of the definition, so the prologue is the leading run of instructions with the first row's
   * position, when that run holds only frame setup: pushes, the frame allocation, register copies, stores of
   * the argument registers r0-r5 into the frame, loads of arguments passed on the stack, and rounding a
   * float argument. (A function without a prologue starts with its first statement, at another position
   * and never only frame setup.)
   */
  private prologueEnd(code: Int32Array, first: number, last: number): number {
    const rows = this.module.debug?.lines ?? [];
    const head = rows[this.rowOf[first]!];
    if (head === undefined) return first;
    const samePosition = (w: number): boolean => {
      const row = rows[this.rowOf[w]!];
      return (
        row !== undefined && row.file === head.file && row.line === head.line && row.column === head.column
      );
    };
    let w = first;
    while (w < last && samePosition(w)) {
      const decoded = decode(code, w);
      if (decoded === undefined) return first;
      const opcode = decoded.info.opcode;
      const operands = decoded.operands as number[];
      const setup =
        setupOpcodes.has(opcode) ||
        (storeOpcodes.has(opcode) && operands[0]! <= 5 && frameBases.has(operands[1]!)) ||
        (loadOpcodes.has(opcode) && frameBases.has(operands[0]!)) ||
        (argumentConversions.has(opcode) && operands[0]! <= 5);
      if (!setup) return first;
      w += decoded.length;
    }
    return w < last && this.lineOf[w]! >= 0 ? w : first;
  }

  /** The source location of the code at byte address `pc`, if the line table covers it. */
  locationOf(pc: number): SourceLocation | undefined {
    const word = (pc - textBase) / 4;
    if (!Number.isInteger(word) || word < 0 || word >= this.words) return undefined;
    const row = this.module.debug?.lines[this.rowOf[word]!];
    if (row === undefined) return undefined;
    return { file: this.files[row.file] ?? '?', line: row.line, column: row.column };
  }

  /** The function containing byte address `pc`. */
  functionAt(pc: number): FunctionInfo | undefined {
    const word = Math.floor((pc - textBase) / 4);
    if (word < 0 || word >= this.words) return undefined;
    return this.functions[this.functionOf[word]!];
  }

  /** Whether byte address `pc` is in text, word-aligned and the start of an instruction. */
  isInstruction(pc: number): boolean {
    const word = (pc - textBase) / 4;
    return Number.isInteger(word) && word >= 0 && word < this.words && this.instructionStart[word] === 1;
  }

  /**
   * The debug section's files that `name` may mean: the exact name, else those that equal it up to a
   * leading `./`, or of which one is a suffix of the other at a `/` (`fib.c` finds `/home/ann/fib.c`).
   */
  matchFiles(name: string): number[] {
    const exact = this.files.indexOf(name);
    if (exact >= 0) return [exact];
    const plain = (path: string): string => path.replace(/^(\.\/)+/, '');
    const wanted = plain(name);
    const matches: number[] = [];
    this.files.forEach((file, index) => {
      const have = plain(file);
      if (have === wanted || have.endsWith(`/${wanted}`) || wanted.endsWith(`/${have}`)) matches.push(index);
    });
    return matches;
  }

  /**
   * Resolve `file:line`: the statement starts of that line, or of the next line of the file that has code
   * (as gdb does); a statement start inside a prologue moves to the function's body start. A string when
   * the file is unknown or ambiguous or no line from `line` on has code.
   */
  resolveLine(file: string, line: number): LineResolution | string {
    const matches = this.matchFiles(file);
    if (matches.length === 0) return `no source file named ${file}`;
    if (matches.length > 1) {
      return `${file} is ambiguous: ${matches.map((i) => this.files[i]).join(', ')}`;
    }
    const index = matches[0]!;
    const byLine = this.statementsByFile.get(index);
    let best: number | undefined;
    for (const candidate of byLine?.keys() ?? []) {
      if (candidate >= line && (best === undefined || candidate < best)) best = candidate;
    }
    if (best === undefined) return `no code at or after line ${line} of ${this.files[index]}`;
    const addresses = new Set<number>();
    for (const word of byLine!.get(best)!) {
      const pc = textBase + 4 * word;
      const fn = this.functions[this.functionOf[word]!];
      addresses.add(fn !== undefined && pc < fn.bodyStart ? fn.bodyStart : pc);
    }
    const sorted = [...addresses].sort((a, b) => a - b);
    const actual = this.locationOf(sorted[0]!);
    return { file: this.files[index]!, line: actual?.line ?? best, addresses: sorted };
  }

  /** The lines of a file where a breakpoint can go (those with a statement start), ascending. */
  linesWithCode(file: string): number[] {
    const matches = this.matchFiles(file);
    if (matches.length !== 1) return [];
    return [...(this.statementsByFile.get(matches[0]!)?.keys() ?? [])].sort((a, b) => a - b);
  }

  /**
   * Functions named `name`: exact names first; else static functions, which the C compiler names
   * `file:name`, by the part after the colon (every file's, as gdb sets one breakpoint on all of them).
   */
  findFunctions(name: string): FunctionInfo[] {
    const exact = this.functions.filter((f) => f.name === name);
    if (exact.length > 0) return exact;
    return this.functions.filter((f) => f.name.slice(f.name.lastIndexOf(':') + 1) === name);
  }
}
