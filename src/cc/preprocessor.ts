// The C99 preprocessor (phase 4): #include, #if in intmax_t, and macro expansion by gcc's design (a stack of
// expansion contexts, each disabling its macro while read: the "blue paint" rule without copying tokens per
// rescan); and `formatPreprocessed`, the `-E` text of its result.

import { cDiagnostic, type CDiagnostic, type CDiagnosticCode, type CLocation } from './diagnostics.js';
import { isIdentifierPart, isStray, isUnterminated, scan, strayDiagnostic, type PPToken } from './lexer.js';
import { convertCharacter, convertNumber, convertString } from './literals.js';
import { dirname, joinPath, normalizePath } from './paths.js';
import type { Token } from './token.js';

/** Where the preprocessor reads files: absolute paths like '/usr/include/stdio.h' or relative ones like 'dir/x.c'. */
export interface SourceFiles {
  read(path: string): string | undefined;
}

/** What to preprocess with: where files come from, the search paths, and the command line's macros. */
export interface PreprocessOptions {
  readonly files: SourceFiles;
  /** `-I` directories: searched for `"..."` after the including file's directory, and for `<...>`. */
  readonly includePaths?: readonly string[];
  /** Searched last, for both forms (the C library's headers). */
  readonly systemIncludePaths?: readonly string[];
  /** `-D` and `-U` in order, after the predefined macros: `['N', '1']` for `-D N`, a value undefined for `-U N`. */
  readonly defines?: readonly (readonly [name: string, value: string | undefined])[];
  /** The moment for `__DATE__` and `__TIME__` (local time); the current time by default. */
  readonly date?: Date;
}

/** The tokens of a translation unit and what went wrong. */
export interface PreprocessResult {
  /** The tokens after preprocessing, ending with one `eof` token. */
  readonly tokens: readonly Token[];
  readonly diagnostics: readonly CDiagnostic[];
  /** Every file read, by path, with its text (for carets in diagnostics and the debug section). */
  readonly sources: ReadonlyMap<string, string>;
  /**
   * Each included file, by path, with the `#include` lines that first brought it in: the includer's first,
   * then the line that included the includer, and so on out to the main file (gcc's "In file included from").
   */
  readonly includedFrom: ReadonlyMap<string, readonly CLocation[]>;
  /** The macros expanded in the source, by `file:line` of their invocation (the outermost one first). */
  readonly expansions: ReadonlyMap<string, readonly MacroExpansion[]>;
  /**
   * The ranges of output tokens (start inclusive, end exclusive) under `#pragma pack(1)`: a struct or union
   * defined there is packed.
   */
  readonly packed: readonly (readonly [number, number])[];
}

/** A macro invocation in the source: its tokens all carry the location of its name. */
export interface MacroExpansion {
  readonly name: string;
  readonly at: CLocation;
  /** Where the macro was defined. */
  readonly definedAt: CLocation;
}

/** How deep #include may nest (gcc's limit). */
const includeDepthLimit = 200;
/** How deep macro invocations may nest inside arguments: each level is a recursion of the expander. */
const argumentDepthLimit = 200;
/** How many tokens one top-level macro invocation may produce, rescans included: a bound on exponential macros. */
const expansionTokenLimit = 4_000_000;
/** How deep a #if expression may nest. */
const expressionDepthLimit = 256;

const predefinedMacros = [
  '__STDC__ 1',
  '__STDC_VERSION__ 199901L',
  '__STDC_HOSTED__ 1',
  '__tessera__ 1',
  '__LP64__ 1',
  '_LP64 1',
  '__CHAR_BIT__ 8',
  '__SIZEOF_SHORT__ 2',
  '__SIZEOF_INT__ 4',
  '__SIZEOF_LONG__ 8',
  '__SIZEOF_LONG_LONG__ 8',
  '__SIZEOF_POINTER__ 8',
  '__SIZEOF_FLOAT__ 4',
  '__SIZEOF_DOUBLE__ 8',
  '__SIZEOF_LONG_DOUBLE__ 8',
  '__SIZEOF_SIZE_T__ 8',
  '__ORDER_LITTLE_ENDIAN__ 1234',
  '__BYTE_ORDER__ __ORDER_LITTLE_ENDIAN__',
];

type Builtin = '__FILE__' | '__LINE__' | '__DATE__' | '__TIME__' | '__COUNTER__';
const builtins: readonly Builtin[] = ['__FILE__', '__LINE__', '__DATE__', '__TIME__', '__COUNTER__'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Macro {
  readonly name: string;
  /** The parameter names of a function-like macro (`__VA_ARGS__` last for `...`); undefined when object-like. */
  readonly params: readonly string[] | undefined;
  readonly variadic: boolean;
  readonly body: readonly PPToken[];
  /** For each body token, the index of the parameter it names, or -1. */
  readonly paramAt: readonly number[];
  /** An object-like macro without `##`, whose expansion is a copy of its body. */
  readonly plain: boolean;
  readonly at: CLocation;
  readonly builtin: Builtin | undefined;
  /** While its expansion is being read: its name is then painted blue instead of expanded. */
  disabled: boolean;
}

/** One group of #if/#elif/#else/#endif. */
interface Conditional {
  readonly directive: string;
  readonly at: CLocation;
  /** Whether one of its groups has been taken (so later ones are skipped). */
  taken: boolean;
  sawElse: boolean;
  /** The macro of an include guard: `#ifndef X` as the first token of its file. */
  guard: string | undefined;
}

/** A file being read, on the include stack. */
interface SourceState {
  readonly path: string;
  readonly tokens: readonly PPToken[];
  pos: number;
  readonly conditionals: Conditional[];
  /** The file name and line numbering set by #line (the presumed ones, C99 6.10.4). */
  presumedFile: string;
  lineDelta: number;
}

/** Tokens being read: a macro's expansion, or a barrier (no macro) that ends an argument or directive line. */
interface Context {
  readonly tokens: readonly PPToken[];
  pos: number;
  readonly macro: Macro | undefined;
}

const nowhere: CLocation = { file: '', line: 0, column: 0 };
/** What reading returns at a barrier: the end of the tokens being expanded on their own. */
const end: PPToken = { kind: 'eof', text: '', at: nowhere, spaceBefore: false, lineStart: false };
/** The variable argument of an invocation that has none at all, as `g(a)` for `g(a, ...)`. */
const omitted: readonly PPToken[] = Object.freeze([]);
/** The placemarker of C99 6.10.3.3: an empty argument next to `##`. */
const placemarker: PPToken = { kind: 'other', text: '', at: nowhere, spaceBefore: false, lineStart: false };

/** Abandons preprocessing: a limit was reached. */
class Stop extends Error {
  constructor(readonly diagnostic: CDiagnostic) {
    super(diagnostic.message);
  }
}

function isPunctuator(token: PPToken | undefined, text: string): boolean {
  return token !== undefined && token.kind === 'punctuator' && token.text === text;
}

/** The spelling of tokens with one space wherever there was white space, as `#` and #error show them. */
function spell(tokens: readonly PPToken[]): string {
  let text = '';
  tokens.forEach((t, i) => {
    if (i > 0 && (t.spaceBefore || t.lineStart)) text += ' ';
    text += t.text;
  });
  return text;
}

function describe(token: PPToken | undefined): string {
  return token === undefined || token === end ? 'end of line' : `"${token.text}"`;
}

function quoteFileName(name: string): string {
  return `"${name.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n')}"`;
}

class Preprocessor {
  readonly diagnostics: CDiagnostic[] = [];
  readonly sources = new Map<string, string>();
  readonly includedFrom = new Map<string, readonly CLocation[]>();
  readonly expansions = new Map<string, MacroExpansion[]>();
  readonly output: Token[] = [];
  /** The file being preprocessed. */
  private mainPath = '';
  private readonly macros = new Map<string, Macro>();
  private readonly contexts: Context[] = [];
  private readonly files: SourceState[] = [];
  /** The tokens of every file read, by path (undefined for a path that could not be read). */
  private readonly scanned = new Map<string, readonly PPToken[] | undefined>();
  /** `#pragma pack`: in force now (1, or undefined: natural layout), the pushed ones, and the ranges so far. */
  private pack: 1 | undefined = undefined;
  private readonly packStack: (1 | undefined)[] = [];
  private packedFrom = 0;
  private readonly packed: [number, number][] = [];
  /** Files with `#pragma once`. */
  private readonly once = new Set<string>();
  /** Files wholly inside an include guard, with its macro: included again only if it is undefined. */
  private readonly guards = new Map<string, string>();
  /** Identifiers painted blue: never expanded again (C99 6.10.3.4p2). */
  private readonly painted = new Set<PPToken>();
  /** A token read from the file to see whether a `(` follows a function-like macro's name. */
  private lookahead: PPToken | undefined = undefined;
  /** Expanding a #if line: `defined` is an operator. */
  private inCondition = false;
  private conditionFailed = false;
  private argumentDepth = 0;
  private budget = expansionTokenLimit;
  private counter = 0;
  /** `__DATE__` and `__TIME__`, as gcc spells them when the time is unknown until run() sets them. */
  private dateText = '"??? ?? ????"';
  private timeText = '"??:??:??"';

  constructor(private readonly options: PreprocessOptions) {
    const at: CLocation = { file: '<built-in>', line: 0, column: 0 };
    for (const name of builtins) {
      this.macros.set(name, {
        name,
        params: undefined,
        variadic: false,
        body: [],
        paramAt: [],
        plain: true,
        at,
        builtin: name,
        disabled: false,
      });
    }
  }

  run(path: string): PreprocessResult {
    let eof: PPToken | undefined;
    try {
      const date = this.options.date ?? new Date();
      if (!Number.isNaN(date.getTime())) {
        const day = String(date.getDate()).padStart(2, ' ');
        this.dateText = `"${months[date.getMonth()]} ${day} ${date.getFullYear()}"`;
        const time = [date.getHours(), date.getMinutes(), date.getSeconds()];
        this.timeText = `"${time.map((n) => String(n).padStart(2, '0')).join(':')}"`;
      }
      this.runText('<built-in>', predefinedMacros.map((d) => `#define ${d}\n`).join(''));
      const commandLine = (this.options.defines ?? []).map(([name, value]) => {
        if (value === undefined) return `#undef ${name}\n`;
        return `#define ${name} ${value.split('\n')[0]}\n`;
      });
      this.runText('<command-line>', commandLine.join(''));
      this.mainPath = path;
      const tokens = this.load(path);
      if (tokens === undefined) {
        this.error('C1007', { file: path, line: 1, column: 1 }, path);
      } else {
        this.files.push(this.sourceState(path, tokens));
        eof = this.processFiles();
      }
    } catch (e) {
      if (e instanceof Stop) {
        this.diagnostics.push(e.diagnostic);
      } else {
        const file = this.files[this.files.length - 1];
        const at = file?.tokens[Math.min(file.pos, file.tokens.length - 1)]?.at ?? {
          file: path,
          line: 1,
          column: 1,
        };
        this.error('C1043', at, e instanceof Error ? e.message : String(e));
      }
    }
    const last: Token = {
      kind: 'eof',
      text: '',
      at: eof?.at ?? { file: path, line: 1, column: 1 },
      spaceBefore: false,
      lineStart: true,
    };
    this.setPack(undefined);
    this.output.push(last);
    return {
      tokens: this.output,
      diagnostics: this.diagnostics,
      sources: this.sources,
      includedFrom: this.includedFrom,
      expansions: this.expansions,
      packed: this.packed,
    };
  }

  private error(code: CDiagnosticCode, at: CLocation, ...args: string[]): void {
    this.diagnostics.push(cDiagnostic('error', code, at, ...args));
  }

  private warning(code: CDiagnosticCode, at: CLocation, ...args: string[]): void {
    this.diagnostics.push(cDiagnostic('warning', code, at, ...args));
  }

  /** Preprocess text that is not a file (the predefined macros, the command line). */
  private runText(name: string, text: string): void {
    const scanned = scan(name, text);
    this.diagnostics.push(...scanned.diagnostics);
    this.files.push(this.sourceState(name, scanned.tokens));
    this.processFiles();
  }

  private sourceState(path: string, tokens: readonly PPToken[]): SourceState {
    return { path, tokens, pos: 0, conditionals: [], presumedFile: path, lineDelta: 0 };
  }

  /** Read and expand the files on the include stack until it is empty; the last file's `eof` token. */
  private processFiles(): PPToken {
    while (true) {
      if (this.contexts.length === 0) this.budget = expansionTokenLimit;
      const t = this.nextExpanded();
      if (t.kind === 'eof') {
        const file = this.files.pop()!;
        for (const c of file.conditionals) this.error('C1025', c.at, c.directive);
        if (this.files.length === 0) return t;
      } else if (isStray(t)) {
        this.diagnostics.push(strayDiagnostic(t));
      } else {
        this.output.push(t);
      }
    }
  }

  /** The tokens of a file, scanned once; undefined when it cannot be read. */
  private load(path: string): readonly PPToken[] | undefined {
    if (this.scanned.has(path)) return this.scanned.get(path);
    let text: string | undefined;
    try {
      text = this.options.files.read(path);
    } catch {
      text = undefined;
    }
    if (typeof text !== 'string') {
      this.scanned.set(path, undefined);
      return undefined;
    }
    this.sources.set(path, text);
    const scanned = scan(path, text);
    this.diagnostics.push(...scanned.diagnostics);
    this.scanned.set(path, scanned.tokens);
    return scanned.tokens;
  }

  // Reading tokens.

  /** A token of a file moved to the file name and line set by #line. */
  private presumed(file: SourceState, t: PPToken): PPToken {
    if (file.lineDelta === 0 && file.presumedFile === file.path) return t;
    const at = { file: file.presumedFile, line: t.at.line + file.lineDelta, column: t.at.column };
    return { kind: t.kind, text: t.text, at, spaceBefore: t.spaceBefore, lineStart: t.lineStart } as PPToken;
  }

  /** The next token of the current file, after its directives; its `eof` (again and again) at its end. */
  private nextFileToken(): PPToken {
    const ahead = this.lookahead;
    if (ahead !== undefined) {
      this.lookahead = undefined;
      return ahead;
    }
    while (true) {
      const file = this.files[this.files.length - 1]!;
      const t = file.tokens[file.pos]!;
      if (t.lineStart && t.kind === 'punctuator' && t.text === '#') {
        this.directive(file);
        continue;
      }
      if (t.kind !== 'eof') file.pos++;
      return this.presumed(file, t);
    }
  }

  /** The next token before expansion: from the innermost expansion, else the file; `end` at a barrier. */
  private nextRaw(): PPToken {
    const contexts = this.contexts;
    for (let top = contexts.length - 1; top >= 0; top--) {
      const c = contexts[top]!;
      if (c.pos < c.tokens.length) return c.tokens[c.pos++]!;
      if (c.macro === undefined) return end;
      c.macro.disabled = false;
      contexts.pop();
    }
    return this.nextFileToken();
  }

  /** The token nextRaw would return, leaving it to be read. */
  private peekRaw(): PPToken {
    const contexts = this.contexts;
    for (let top = contexts.length - 1; top >= 0; top--) {
      const c = contexts[top]!;
      if (c.pos < c.tokens.length) return c.tokens[c.pos]!;
      if (c.macro === undefined) return end;
      c.macro.disabled = false;
      contexts.pop();
    }
    this.lookahead ??= this.nextFileToken();
    return this.lookahead;
  }

  /** The next token after macro expansion. */
  private nextExpanded(): PPToken {
    while (true) {
      const t = this.nextRaw();
      if (t.kind !== 'identifier') return t;
      const macro = this.macros.get(t.text);
      if (macro === undefined) {
        if (this.inCondition && t.text === 'defined') return this.readDefined(t);
        if (t.text === '_Pragma' && this.pragmaOperator(t)) continue;
        return t;
      }
      if (this.painted.size > 0 && this.painted.has(t)) return t;
      if (macro.disabled) return this.paint(t);
      if (macro.builtin !== undefined) return this.builtinToken(macro.builtin, t);
      if (macro.params === undefined) {
        this.enter(macro, macro.plain ? this.copyBody(macro, t) : this.substitute(macro, [], t), t);
        continue;
      }
      if (!isPunctuator(this.peekRaw(), '(')) return t;
      this.nextRaw();
      const args = this.collectArguments(macro, t);
      if (args === undefined) return t;
      this.enter(macro, this.substitute(macro, args, t), t);
    }
  }

  private paint(t: PPToken): PPToken {
    const copy = { ...t };
    this.painted.add(copy);
    return copy;
  }

  /** A copy of a token at another place; a painted identifier stays painted. */
  private relocate(t: PPToken, at: CLocation, spaceBefore: boolean, lineStart = false): PPToken {
    const copy = { kind: t.kind, text: t.text, at, spaceBefore, lineStart } as PPToken;
    if (this.painted.size > 0 && t.kind === 'identifier' && this.painted.has(t)) this.painted.add(copy);
    return copy;
  }

  /** Start reading a macro's expansion, with the macro disabled until it has been read. */
  private enter(macro: Macro, tokens: PPToken[], invocation: PPToken): void {
    this.budget -= tokens.length;
    if (this.budget < 0) throw new Stop(cDiagnostic('error', 'C1022', invocation.at, `"${macro.name}"`));
    if (tokens.length === 0) return;
    const key = `${invocation.at.file}:${invocation.at.line}`;
    const onLine = this.expansions.get(key) ?? [];
    if (!onLine.some((e) => e.at.column === invocation.at.column)) {
      onLine.push({ name: macro.name, at: invocation.at, definedAt: macro.at });
      this.expansions.set(key, onLine);
    }
    macro.disabled = true;
    this.contexts.push({ tokens, pos: 0, macro });
  }

  private copyBody(macro: Macro, invocation: PPToken): PPToken[] {
    const body = macro.body;
    const at = invocation.at;
    const out = new Array<PPToken>(body.length);
    for (let i = 0; i < body.length; i++) {
      const b = body[i]!;
      out[i] =
        i === 0
          ? ({
              kind: b.kind,
              text: b.text,
              at,
              spaceBefore: invocation.spaceBefore,
              lineStart: invocation.lineStart,
            } as PPToken)
          : ({ kind: b.kind, text: b.text, at, spaceBefore: b.spaceBefore, lineStart: false } as PPToken);
    }
    return out;
  }

  /** The arguments of an invocation whose `(` has been read, or undefined after a diagnostic. */
  private collectArguments(macro: Macro, invocation: PPToken): (readonly PPToken[])[] | undefined {
    const count = macro.params!.length;
    let args: (readonly PPToken[])[] = [];
    let current: PPToken[] = [];
    let depth = 0;
    while (true) {
      const t = this.nextRaw();
      if (t.kind === 'eof') {
        // The file's eof stays unread (nextFileToken returns it again), so its file still ends normally.
        this.error('C1019', invocation.at, macro.name);
        this.diagnostics.push(cDiagnostic('note', 'C1064', macro.at, macro.name));
        return undefined;
      }
      if (t.kind === 'punctuator') {
        if (t.text === '(') {
          depth++;
        } else if (t.text === ')') {
          if (depth === 0) break;
          depth--;
        } else if (t.text === ',' && depth === 0 && !(macro.variadic && args.length === count - 1)) {
          args.push(current);
          current = [];
          continue;
        }
      }
      current.push(t);
    }
    args.push(current);
    if (count === 0 && args.length === 1 && current.length === 0) args = [];
    // `g(a)` for `g(a, ...)`: C99 wants an argument for the `...`, gcc accepts none.
    if (macro.variadic && args.length === count - 1) args.push(omitted);
    if (args.length !== count) {
      if (args.length < count)
        this.error('C1020', invocation.at, macro.name, String(count), String(args.length));
      else this.error('C1063', invocation.at, macro.name, String(args.length), String(count));
      this.diagnostics.push(cDiagnostic('note', 'C1064', macro.at, macro.name));
      return undefined;
    }
    return args;
  }

  /** An argument, fully macro-expanded on its own, as C99 6.10.3.1 says. */
  private expandArgument(tokens: readonly PPToken[], macro: Macro): readonly PPToken[] {
    const needed = tokens.some(
      (t) =>
        t.kind === 'identifier' &&
        (this.macros.has(t.text) || t.text === '_Pragma' || (this.inCondition && t.text === 'defined')),
    );
    return needed ? this.expandList(tokens, `"${macro.name}"`) : tokens;
  }

  /** Expand tokens on their own: an argument, or a directive's line (`where` names it in diagnostics). */
  private expandList(tokens: readonly PPToken[], where: string): PPToken[] {
    if (++this.argumentDepth > argumentDepthLimit)
      throw new Stop(cDiagnostic('error', 'C1022', tokens[0]?.at ?? nowhere, where));
    this.contexts.push({ tokens, pos: 0, macro: undefined });
    const out: PPToken[] = [];
    for (let t = this.nextExpanded(); t !== end; t = this.nextExpanded()) out.push(t);
    this.contexts.pop();
    this.argumentDepth--;
    return out;
  }

  /** A macro's replacement list with its parameters replaced, `#` and `##` applied (C99 6.10.3.1-3). */
  private substitute(macro: Macro, args: readonly (readonly PPToken[])[], invocation: PPToken): PPToken[] {
    const { body, paramAt } = macro;
    const functionLike = macro.params !== undefined;
    const at = invocation.at;
    const expanded: (readonly PPToken[] | undefined)[] = [];
    const out: PPToken[] = [];
    let placemarkers = false;
    /** Copy tokens in; the first takes `spaceBefore` when given, the others keep their own white space. */
    const pushAll = (tokens: readonly PPToken[], spaceBefore: boolean | undefined): void => {
      // Checked here as well as in enter(): nested arguments can multiply the size before anything is entered.
      if (out.length + tokens.length > this.budget)
        throw new Stop(cDiagnostic('error', 'C1022', at, `"${macro.name}"`));
      tokens.forEach((t, k) =>
        out.push(
          this.relocate(
            t,
            at,
            k === 0 && spaceBefore !== undefined ? spaceBefore : t.spaceBefore || t.lineStart,
          ),
        ),
      );
    };
    for (let i = 0; i < body.length; i++) {
      const t = body[i]!;
      if (functionLike && isPunctuator(t, '#')) {
        out.push(this.stringize(args[paramAt[i + 1]!]!, at, t.spaceBefore));
        i++;
        continue;
      }
      if (isPunctuator(t, '##')) {
        const hash = i;
        const r = body[i + 1]!;
        let rhs: readonly PPToken[];
        if (functionLike && isPunctuator(r, '#')) {
          rhs = [this.stringize(args[paramAt[i + 2]!]!, at, r.spaceBefore)];
          i += 2;
        } else {
          rhs = paramAt[i + 1]! >= 0 ? args[paramAt[i + 1]!]! : [r];
          i += 1;
        }
        const lhs = out[out.length - 1];
        // gcc's `, ## __VA_ARGS__`: the comma goes when the variable argument is left out entirely (an
        // empty one keeps it, unless `...` is the only parameter); otherwise the arguments follow it unpasted.
        const comma = isPunctuator(body[hash - 1], ',') && paramAt[hash - 1]! < 0;
        if (macro.variadic && comma && paramAt[hash + 1] === macro.params!.length - 1) {
          if (rhs === omitted || (rhs.length === 0 && macro.params!.length === 1)) out.pop();
          else pushAll(rhs, r.spaceBefore);
          continue;
        }
        if (rhs.length === 0) continue; // x ## placemarker is x
        if (lhs === undefined || lhs === placemarker) {
          if (lhs !== undefined) out.pop();
          pushAll(rhs, r.spaceBefore);
          continue;
        }
        out.pop();
        out.push(...this.paste(lhs, rhs[0]!, at));
        pushAll(rhs.slice(1), undefined);
        continue;
      }
      const param = paramAt[i]!;
      if (param < 0) {
        out.push(this.relocate(t, at, t.spaceBefore));
        continue;
      }
      const beforePaste = isPunctuator(body[i + 1], '##');
      const tokens = beforePaste
        ? args[param]!
        : (expanded[param] ??= this.expandArgument(args[param]!, macro));
      if (tokens.length > 0) {
        pushAll(tokens, t.spaceBefore);
      } else if (beforePaste) {
        out.push(placemarker);
        placemarkers = true;
      }
    }
    const result = placemarkers ? out.filter((t) => t !== placemarker) : out;
    const first = result[0];
    if (
      first !== undefined &&
      (first.spaceBefore !== invocation.spaceBefore || first.lineStart !== invocation.lineStart)
    ) {
      result[0] = this.relocate(first, at, invocation.spaceBefore, invocation.lineStart);
    }
    return result;
  }

  /** The `#` operator: a string literal spelling the argument, with `"` and `\` escaped in literals. */
  private stringize(tokens: readonly PPToken[], at: CLocation, spaceBefore: boolean): PPToken {
    let text = '"';
    tokens.forEach((t, i) => {
      if (i > 0 && (t.spaceBefore || t.lineStart)) text += ' ';
      text += t.kind === 'string' || t.kind === 'char' ? t.text.replace(/[\\"]/g, '\\$&') : t.text;
    });
    return { kind: 'string', text: `${text}"`, at, spaceBefore, lineStart: false };
  }

  /** The `##` operator: one token spelled as both, or both unchanged after an error. */
  private paste(lhs: PPToken, rhs: PPToken, at: CLocation): PPToken[] {
    const scanned = scan(at.file, lhs.text + rhs.text);
    const token = scanned.tokens[0]!;
    if (
      scanned.tokens.length === 2 &&
      scanned.diagnostics.length === 0 &&
      token.kind !== 'other' &&
      token.kind !== 'header'
    ) {
      return [{ kind: token.kind, text: token.text, at, spaceBefore: lhs.spaceBefore, lineStart: false }];
    }
    this.error('C1021', at, `"${lhs.text}"`, `"${rhs.text}"`);
    return [lhs, this.relocate(rhs, at, rhs.spaceBefore)];
  }

  private builtinToken(builtin: Builtin, t: PPToken): PPToken {
    let kind: 'string' | 'number' = 'string';
    let text: string;
    switch (builtin) {
      case '__FILE__':
        text = quoteFileName(t.at.file);
        break;
      case '__LINE__':
        kind = 'number';
        text = String(t.at.line);
        break;
      case '__DATE__':
        text = this.dateText;
        break;
      case '__TIME__':
        text = this.timeText;
        break;
      case '__COUNTER__':
        kind = 'number';
        text = String(this.counter++);
        break;
    }
    return { kind, text, at: t.at, spaceBefore: t.spaceBefore, lineStart: t.lineStart };
  }

  /** `defined X` or `defined(X)` in a #if line, as the number 1 or 0. */
  private readDefined(t: PPToken): PPToken {
    let name = this.nextRaw();
    const parenthesized = isPunctuator(name, '(');
    if (parenthesized) name = this.nextRaw();
    let value = '0';
    if (name.kind !== 'identifier') {
      this.error('C1031', t.at);
      this.conditionFailed = true;
    } else {
      value = this.macros.has(name.text) ? '1' : '0';
      if (parenthesized) {
        const close = this.nextRaw();
        if (!isPunctuator(close, ')')) {
          this.error('C1030', close === end ? t.at : close.at, '")" after "defined"', describe(close));
          this.conditionFailed = true;
        }
      }
    }
    return { kind: 'number', text: value, at: t.at, spaceBefore: t.spaceBefore, lineStart: false };
  }

  /** The `_Pragma("...")` operator (C99 6.10.9); false when `_Pragma` is not followed by `(`. */
  private pragmaOperator(t: PPToken): boolean {
    if (!isPunctuator(this.peekRaw(), '(')) {
      this.error('C1037', t.at);
      return false;
    }
    this.nextRaw();
    const operand = this.nextRaw();
    const close = operand.kind === 'string' ? this.nextRaw() : operand;
    if (operand.kind !== 'string' || !isPunctuator(close, ')')) {
      this.error('C1037', t.at);
      return true;
    }
    const quoted = operand.text.slice(operand.text.indexOf('"') + 1, -1);
    this.pragma(scan(t.at.file, quoted.replace(/\\(["\\])/g, '$1')).tokens);
    return true;
  }

  /**
   * A pragma's tokens: `once` and `pack` have a meaning here; others are ignored. `pack` as gcc's: `pack(1)`
   * packs the structs and unions defined after it, `pack()` stops, `pack(push[, 1])` and `pack(pop)` keep a
   * stack; another alignment than 1 is not supported (a warning, and structs keep their natural layout).
   */
  private pragma(tokens: readonly PPToken[]): void {
    const file = this.files[this.files.length - 1];
    const first = tokens[0];
    if (file !== undefined && first !== undefined && first.kind === 'identifier' && first.text === 'once') {
      this.once.add(file.path);
    }
    if (first !== undefined && first.kind === 'identifier' && first.text === 'pack') this.pragmaPack(tokens);
  }

  /** `#pragma pack(...)`: the argument tokens between the parentheses. */
  private pragmaPack(tokens: readonly PPToken[]): void {
    const words = tokens
      .slice(1)
      .filter((t) => t.kind !== 'eof')
      .map((t) => t.text);
    const close = words.indexOf(')');
    const args = words[0] === '(' && close === words.length - 1 ? words.slice(1, close).join('') : undefined;
    const parts = args?.split(',') ?? [];
    const alignment = (text: string | undefined): 1 | undefined | 'unsupported' =>
      text === undefined ? undefined : text === '1' ? 1 : 'unsupported';
    let next: 1 | undefined | 'unsupported';
    if (args === '') next = undefined;
    else if (parts[0] === 'push' && parts.length <= 2) {
      this.packStack.push(this.pack);
      next = parts.length === 2 ? alignment(parts[1]) : this.pack;
    } else if (parts[0] === 'pop' && parts.length === 1) next = this.packStack.pop();
    else next = parts.length === 1 ? alignment(parts[0]) : 'unsupported';
    if (next === 'unsupported') {
      this.warning('C1070', tokens[0]!.at, spell(tokens.slice(1)));
      next = undefined;
    }
    this.setPack(next);
  }

  /** Make `pack` the packing of what follows, recording the ranges of output under `pack(1)`. */
  private setPack(pack: 1 | undefined): void {
    if (pack === this.pack) return;
    if (pack === 1) this.packedFrom = this.output.length;
    else this.packed.push([this.packedFrom, this.output.length]);
    this.pack = pack;
  }

  // Directives.

  /** Carry out the directive whose `#` is at the file's position, leaving the position after its line. */
  private directive(file: SourceState): void {
    const tokens = file.tokens;
    const hashIndex = file.pos;
    let endIndex = hashIndex + 1;
    while (!tokens[endIndex]!.lineStart) endIndex++;
    file.pos = endIndex;
    const line = tokens.slice(hashIndex + 1, endIndex).map((t) => this.presumed(file, t));
    const name = line[0];
    if (name === undefined) return; // the null directive
    if (name.kind === 'number') {
      this.lineDirective(file, line, endIndex, true); // gcc's line marker, `# 12 "file.c"`
      return;
    }
    if (name.kind !== 'identifier') {
      this.error('C1005', name.at, name.text);
      return;
    }
    switch (name.text) {
      case 'define':
        this.define(line);
        break;
      case 'undef': {
        const macro = this.macroName(line, 'undef');
        this.extraTokens(line, 2);
        if (macro === undefined) break;
        if (this.macros.get(macro)?.builtin !== undefined)
          this.warning('C1039', line[1]!.at, 'undefining', macro);
        this.macros.delete(macro);
        break;
      }
      case 'include':
        this.include(file, line);
        break;
      case 'if':
        this.openConditional(file, name, this.evaluateCondition(line), undefined);
        break;
      case 'ifdef':
      case 'ifndef': {
        const macro = this.macroName(line, name.text);
        this.extraTokens(line, 2);
        const defined = macro !== undefined && this.macros.has(macro);
        const guard = name.text === 'ifndef' && hashIndex === 0 ? macro : undefined;
        this.openConditional(file, name, macro !== undefined && defined === (name.text === 'ifdef'), guard);
        break;
      }
      case 'elif': {
        const c = file.conditionals[file.conditionals.length - 1];
        if (c === undefined) {
          this.error('C1023', name.at, 'elif');
          break;
        }
        c.guard = undefined;
        if (c.sawElse) this.error('C1024', name.at, 'elif');
        if (c.taken || c.sawElse) this.skipGroup(file);
        else if (this.evaluateCondition(line)) c.taken = true;
        else this.skipGroup(file);
        break;
      }
      case 'else': {
        const c = file.conditionals[file.conditionals.length - 1];
        if (c === undefined) {
          this.error('C1023', name.at, 'else');
          break;
        }
        this.extraTokens(line, 1);
        if (c.sawElse) this.error('C1024', name.at, 'else');
        c.guard = undefined;
        c.sawElse = true;
        if (c.taken) this.skipGroup(file);
        else c.taken = true;
        break;
      }
      case 'endif': {
        const c = file.conditionals.pop();
        if (c === undefined) {
          this.error('C1023', name.at, 'endif');
          break;
        }
        this.extraTokens(line, 1);
        if (c.guard !== undefined && file.conditionals.length === 0 && tokens[file.pos]!.kind === 'eof') {
          this.guards.set(file.path, c.guard);
        }
        break;
      }
      case 'line':
        this.lineDirective(file, line.slice(1), endIndex, false);
        break;
      case 'error':
        this.error('C1032', name.at, spell(line.slice(1)));
        break;
      case 'warning':
        this.warning('C1033', name.at, spell(line.slice(1)));
        break;
      case 'pragma':
        this.pragma(line.slice(1));
        break;
      default:
        this.error('C1005', name.at, name.text);
    }
  }

  /** Warn about tokens after the `expected` first ones of a directive's line. */
  private extraTokens(line: readonly PPToken[], expected: number): void {
    const extra = line[expected];
    if (extra !== undefined) this.warning('C1036', extra.at, line[0]!.text);
  }

  /** The macro name operand of #define, #undef, #ifdef and #ifndef, or undefined after a diagnostic. */
  private macroName(line: readonly PPToken[], directive: string): string | undefined {
    const t = line[1];
    if (t === undefined) this.error('C1010', line[0]!.at, directive);
    else if (t.kind !== 'identifier') this.error('C1009', t.at);
    else if (t.text === 'defined') this.error('C1011', t.at);
    else return t.text;
    return undefined;
  }

  private define(line: readonly PPToken[]): void {
    const name = this.macroName(line, 'define');
    if (name === undefined) return;
    const nameToken = line[1]!;
    let i = 2;
    let params: string[] | undefined;
    let variadic = false;
    const open = line[2];
    if (isPunctuator(open, '(') && !open!.spaceBefore) {
      params = [];
      i = 3;
      if (isPunctuator(line[i], ')')) {
        i++;
      } else {
        while (true) {
          const p = line[i];
          if (isPunctuator(p, '...')) {
            variadic = true;
            params.push('__VA_ARGS__');
            i++;
            if (!isPunctuator(line[i], ')'))
              return this.error('C1014', (line[i] ?? p)!.at, '")"', describe(line[i]));
            i++;
            break;
          }
          if (p === undefined || p.kind !== 'identifier' || p.text === '__VA_ARGS__') {
            return this.error('C1014', (p ?? line[i - 1])!.at, 'a parameter name', describe(p));
          }
          if (params.includes(p.text)) return this.error('C1015', p.at, p.text);
          params.push(p.text);
          i++;
          const separator = line[i];
          if (isPunctuator(separator, ')')) {
            i++;
            break;
          }
          if (!isPunctuator(separator, ',')) {
            return this.error('C1014', (separator ?? p).at, '"," or ")"', describe(separator));
          }
          i++;
        }
      }
    } else if (open !== undefined && !open.spaceBefore) {
      this.warning('C1038', open.at);
    }
    const body = line.slice(i);
    const paramAt = body.map((t) =>
      params !== undefined && t.kind === 'identifier' ? params.indexOf(t.text) : -1,
    );
    const first = body[0];
    const last = body[body.length - 1];
    if (isPunctuator(first, '##')) return this.error('C1017', first!.at);
    if (isPunctuator(last, '##')) return this.error('C1017', last!.at);
    if (params !== undefined) {
      for (let k = 0; k < body.length; k++) {
        if (isPunctuator(body[k], '#') && (paramAt[k + 1] ?? -1) < 0) return this.error('C1016', body[k]!.at);
      }
    }
    if (!variadic) {
      const stray = body.find((t) => t.kind === 'identifier' && t.text === '__VA_ARGS__');
      if (stray !== undefined) this.warning('C1018', stray.at);
    }
    const macro: Macro = {
      name,
      params,
      variadic,
      body,
      paramAt,
      plain: params === undefined && !body.some((t) => isPunctuator(t, '##')),
      at: nameToken.at,
      builtin: undefined,
      disabled: false,
    };
    const old = this.macros.get(name);
    if (old?.builtin !== undefined) {
      this.warning('C1039', nameToken.at, 'redefining', name);
    } else if (old !== undefined && !sameDefinition(old, macro)) {
      this.warning('C1012', nameToken.at, name);
      this.diagnostics.push(cDiagnostic('note', 'C1013', old.at));
    }
    this.macros.set(name, macro);
  }

  private include(file: SourceState, line: readonly PPToken[]): void {
    const directive = line[0]!;
    let operand: readonly PPToken[] = line.slice(1);
    let name: string;
    let angled: boolean;
    let rest: readonly PPToken[];
    const first = operand[0];
    if (first?.kind === 'header' || (first?.kind === 'string' && first.text[0] === '"')) {
      name = first.text.slice(1, -1);
      angled = first.kind === 'header';
      rest = operand.slice(1);
    } else {
      // A computed include (C99 6.10.2p4): the expanded line must be a string literal or `<` ... `>`.
      operand = this.expandList(operand, '#include');
      const head = operand[0];
      if (head?.kind === 'string' && head.text[0] === '"') {
        name = head.text.slice(1, -1);
        angled = false;
        rest = operand.slice(1);
      } else if (isPunctuator(head, '<')) {
        const close = operand.findIndex((t) => isPunctuator(t, '>'));
        if (close < 0) return this.error('C1041', head!.at);
        name = spell(operand.slice(1, close));
        angled = true;
        rest = operand.slice(close + 1);
      } else {
        return this.error('C1008', (head ?? directive).at);
      }
    }
    const at = operand[0]!.at;
    if (rest[0] !== undefined) this.warning('C1036', rest[0].at, 'include');
    if (name === '') return this.error('C1042', at);
    if (this.files.length >= includeDepthLimit)
      return this.error('C1006', directive.at, String(includeDepthLimit));
    const path = this.resolve(name, angled, file.path);
    if (path === undefined) return this.error('C1007', at, name);
    if (this.once.has(path)) return;
    const guard = this.guards.get(path);
    if (guard !== undefined && this.macros.has(guard)) return;
    if (path !== this.mainPath && !this.includedFrom.has(path))
      this.includedFrom.set(path, [directive.at, ...(this.includedFrom.get(file.path) ?? [])]);
    this.files.push(this.sourceState(path, this.load(path)!));
  }

  /** The path of an included file: `"..."` from the includer's directory, then -I, then the system paths. */
  private resolve(name: string, angled: boolean, includer: string): string | undefined {
    if (name.startsWith('/')) {
      const path = normalizePath(name);
      return this.load(path) === undefined ? undefined : path;
    }
    const directories = [
      ...(angled ? [] : [dirname(includer)]),
      ...(this.options.includePaths ?? []),
      ...(this.options.systemIncludePaths ?? []),
    ];
    for (const directory of directories) {
      const path = joinPath(directory, name);
      if (this.load(path) !== undefined) return path;
    }
    return undefined;
  }

  /** #line (its operands macro-expanded) or gcc's `# 12 "file"` line marker (with flags after the name). */
  private lineDirective(
    file: SourceState,
    operands: readonly PPToken[],
    endIndex: number,
    marker: boolean,
  ): void {
    const expanded = marker ? operands : this.expandList(operands, '#line');
    const number = expanded[0];
    if (number === undefined) {
      const last = this.presumed(file, file.tokens[endIndex - 1]!);
      return this.error('C1066', { ...last.at, column: last.at.column + last.text.length });
    }
    if (number.kind !== 'number' || !/^[0-9]+$/.test(number.text))
      return this.error('C1034', number.at, describe(number));
    if (Number(number.text) > 2147483647) return this.error('C1065', number.at);
    let presumedFile = file.presumedFile;
    const nameToken = expanded[1];
    if (nameToken !== undefined) {
      if (nameToken.kind !== 'string' || nameToken.text[0] !== '"') {
        return this.error('C1035', nameToken.at, describe(nameToken));
      }
      const converted = convertString(nameToken.text, nameToken.at);
      this.diagnostics.push(...converted.diagnostics);
      presumedFile = new TextDecoder().decode(Uint8Array.from(converted.units));
      if (!marker && expanded[2] !== undefined) this.warning('C1036', expanded[2].at, 'line');
    }
    // The line after the directive gets the number: counted from the directive's last physical line.
    file.lineDelta = Number(number.text) - (file.tokens[endIndex - 1]!.at.line + 1);
    file.presumedFile = presumedFile;
  }

  private openConditional(file: SourceState, name: PPToken, value: boolean, guard: string | undefined): void {
    file.conditionals.push({ directive: name.text, at: name.at, taken: value, sawElse: false, guard });
    if (!value) this.skipGroup(file);
  }

  /** Skip a group: move to its #elif, #else or #endif, leaving that directive to be read. */
  private skipGroup(file: SourceState): void {
    const tokens = file.tokens;
    let depth = 0;
    let pos = file.pos;
    for (; ; pos++) {
      const t = tokens[pos]!;
      if (t.kind === 'eof') break;
      if (t.lineStart && t.kind === 'punctuator' && t.text === '#') {
        const name = tokens[pos + 1]!;
        if (name.lineStart || name.kind !== 'identifier') continue;
        const n = name.text;
        if (n === 'if' || n === 'ifdef' || n === 'ifndef') depth++;
        else if (n === 'endif' && depth > 0) depth--;
        else if (depth === 0 && (n === 'endif' || n === 'elif' || n === 'else')) break;
      } else if (t.kind === 'other' && isUnterminated(t)) {
        // As gcc: an apostrophe in skipped text is often prose, so only a warning.
        const d = strayDiagnostic(t);
        this.diagnostics.push({ ...d, severity: 'warning', at: this.presumed(file, t).at });
      }
    }
    file.pos = pos;
  }

  /** The value of a #if or #elif line; false after a diagnostic. */
  private evaluateCondition(line: readonly PPToken[]): boolean {
    const directive = line[0]!;
    if (line.length === 1) {
      this.error('C1026', directive.at, directive.text);
      return false;
    }
    this.inCondition = true;
    this.conditionFailed = false;
    let tokens: PPToken[];
    try {
      tokens = this.expandList(line.slice(1), `#${directive.text}`);
    } finally {
      this.inCondition = false;
    }
    if (this.conditionFailed) return false;
    try {
      return evaluateExpression(tokens, directive, (d) => this.diagnostics.push(d)) !== 0n;
    } catch (e) {
      if (!(e instanceof ExpressionError)) throw e;
      this.diagnostics.push(e.diagnostic);
      return false;
    }
  }
}

/** Whether two definitions of a macro are the same (C99 6.10.3p2: same parameters, tokens and white space). */
function sameDefinition(a: Macro, b: Macro): boolean {
  if (a.variadic !== b.variadic || a.body.length !== b.body.length) return false;
  if ((a.params === undefined) !== (b.params === undefined)) return false;
  if (a.params !== undefined && a.params.join(',') !== b.params!.join(',')) return false;
  return a.body.every((t, i) => {
    const u = b.body[i]!;
    return t.kind === u.kind && t.text === u.text && (i === 0 || t.spaceBefore === u.spaceBefore);
  });
}

// #if expressions.

/** A value of a #if expression: intmax_t or uintmax_t (C99 6.10.1p3), kept in range by BigInt.asIntN/asUintN. */
interface Value {
  readonly value: bigint;
  readonly unsigned: boolean;
}

class ExpressionError extends Error {
  constructor(readonly diagnostic: CDiagnostic) {
    super(diagnostic.message);
  }
}

const int64Max = (1n << 63n) - 1n;
const binaryPrecedence: ReadonlyMap<string, number> = new Map([
  ['*', 10],
  ['/', 10],
  ['%', 10],
  ['+', 9],
  ['-', 9],
  ['<<', 8],
  ['>>', 8],
  ['<', 7],
  ['>', 7],
  ['<=', 7],
  ['>=', 7],
  ['==', 6],
  ['!=', 6],
  ['&', 5],
  ['^', 4],
  ['|', 3],
  ['&&', 2],
  ['||', 1],
]);

function truth(b: boolean): Value {
  return { value: b ? 1n : 0n, unsigned: false };
}

/**
 * Evaluate a macro-expanded #if expression. Unevaluated operands (`0 && 1/0`) are checked but not computed.
 * Throws ExpressionError; reports warnings (overflow) through `warn`.
 */
function evaluateExpression(
  tokens: readonly PPToken[],
  directive: PPToken,
  warn: (d: CDiagnostic) => void,
): bigint {
  let pos = 0;
  let depth = 0;
  const failure = (code: CDiagnosticCode, t: PPToken | undefined, ...args: string[]): ExpressionError =>
    new ExpressionError(
      cDiagnostic('error', code, (t ?? tokens[tokens.length - 1] ?? directive).at, ...args),
    );
  const operator = (): string | undefined => {
    const t = tokens[pos];
    return t !== undefined && t.kind === 'punctuator' ? t.text : undefined;
  };
  const nest = (): void => {
    if (++depth > expressionDepthLimit) throw failure('C1044', tokens[pos]);
  };

  function expression(evaluated: boolean): Value {
    let v = conditional(evaluated);
    while (operator() === ',') {
      pos++;
      v = conditional(evaluated);
    }
    return v;
  }

  function conditional(evaluated: boolean): Value {
    nest();
    const condition = binary(1, evaluated);
    if (operator() !== '?') {
      depth--;
      return condition;
    }
    pos++;
    const yes = expression(evaluated && condition.value !== 0n);
    if (operator() !== ':') throw failure('C1030', tokens[pos], '":"', describe(tokens[pos]));
    pos++;
    const no = conditional(evaluated && condition.value === 0n);
    depth--;
    const unsigned = yes.unsigned || no.unsigned;
    const chosen = condition.value !== 0n ? yes : no;
    return { value: unsigned ? BigInt.asUintN(64, chosen.value) : chosen.value, unsigned };
  }

  function binary(minimum: number, evaluated: boolean): Value {
    let left = unary(evaluated);
    while (true) {
      const opToken = tokens[pos]!;
      const op = operator();
      const precedence = op === undefined ? undefined : binaryPrecedence.get(op);
      if (op === undefined || precedence === undefined || precedence < minimum) return left;
      pos++;
      if (op === '&&' || op === '||') {
        const decided = op === '&&' ? left.value === 0n : left.value !== 0n;
        const right = binary(precedence + 1, evaluated && !decided);
        left = truth(
          op === '&&' ? left.value !== 0n && right.value !== 0n : left.value !== 0n || right.value !== 0n,
        );
      } else {
        left = apply(op, left, binary(precedence + 1, evaluated), evaluated, opToken);
      }
    }
  }

  function unary(evaluated: boolean): Value {
    nest();
    const t = tokens[pos];
    if (t === undefined) throw failure('C1030', undefined, 'an expression', 'end of line');
    pos++;
    let v: Value | undefined;
    if (t.kind === 'number') {
      const n = convertNumber(t.text, t.at);
      if ('code' in n) throw new ExpressionError(n);
      if (n.kind === 'floating') throw failure('C1028', t);
      n.diagnostics.forEach(warn);
      v = { value: n.value, unsigned: n.unsigned || n.value > int64Max };
    } else if (t.kind === 'char') {
      const c = convertCharacter(t.text, t.at);
      const error = c.diagnostics.find((d) => d.severity === 'error');
      if (error !== undefined) throw new ExpressionError(error);
      c.diagnostics.forEach(warn);
      v = { value: c.value, unsigned: c.type === 'char16' || c.type === 'char32' };
    } else if (t.kind === 'identifier') {
      v = { value: 0n, unsigned: false }; // an identifier left after expansion is 0 (C99 6.10.1p3)
    } else if (t.kind === 'punctuator') {
      switch (t.text) {
        case '(':
          v = expression(evaluated);
          if (operator() !== ')') throw failure('C1030', tokens[pos], '")"', describe(tokens[pos]));
          pos++;
          break;
        case '+':
          v = unary(evaluated);
          break;
        case '-': {
          const operand = unary(evaluated);
          if (operand.unsigned) {
            v = { value: BigInt.asUintN(64, -operand.value), unsigned: true };
          } else {
            const value = BigInt.asIntN(64, -operand.value);
            if (value !== -operand.value && evaluated) warn(cDiagnostic('warning', 'C1040', t.at));
            v = { value, unsigned: false };
          }
          break;
        }
        case '~': {
          const operand = unary(evaluated);
          v = {
            value: operand.unsigned ? BigInt.asUintN(64, ~operand.value) : ~operand.value,
            unsigned: operand.unsigned,
          };
          break;
        }
        case '!':
          v = truth(unary(evaluated).value === 0n);
          break;
      }
    }
    depth--;
    if (v === undefined) throw failure('C1029', t, describe(t));
    return v;
  }

  function apply(op: string, l: Value, r: Value, evaluated: boolean, opToken: PPToken): Value {
    if (op === '<<' || op === '>>') {
      // As gcc: a negative count shifts the other way, and a count of 64 or more shifts everything out.
      let count = r.unsigned ? BigInt.asUintN(64, r.value) : r.value;
      let left = op === '<<';
      if (count < 0n) {
        left = !left;
        count = -count;
      }
      const exact =
        count >= 64n ? (left || l.value >= 0n ? 0n : -1n) : left ? l.value << count : l.value >> count;
      return {
        value: l.unsigned ? BigInt.asUintN(64, exact) : BigInt.asIntN(64, exact),
        unsigned: l.unsigned,
      };
    }
    const unsigned = l.unsigned || r.unsigned;
    const a = unsigned ? BigInt.asUintN(64, l.value) : l.value;
    const b = unsigned ? BigInt.asUintN(64, r.value) : r.value;
    let exact: bigint;
    switch (op) {
      case '*':
        exact = a * b;
        break;
      case '/':
      case '%':
        if (b === 0n) {
          if (evaluated) throw failure('C1027', opToken);
          return { value: 0n, unsigned };
        }
        exact = op === '/' ? a / b : a % b;
        break;
      case '+':
        exact = a + b;
        break;
      case '-':
        exact = a - b;
        break;
      case '&':
        exact = a & b;
        break;
      case '^':
        exact = a ^ b;
        break;
      case '|':
        exact = a | b;
        break;
      case '<':
        return truth(a < b);
      case '>':
        return truth(a > b);
      case '<=':
        return truth(a <= b);
      case '>=':
        return truth(a >= b);
      case '==':
        return truth(a === b);
      default:
        return truth(a !== b);
    }
    if (unsigned) return { value: BigInt.asUintN(64, exact), unsigned };
    const value = BigInt.asIntN(64, exact);
    if (value !== exact && evaluated) warn(cDiagnostic('warning', 'C1040', opToken.at));
    return { value, unsigned: false };
  }

  if (tokens.length === 0) throw failure('C1026', directive, directive.text);
  const result = expression(true);
  const rest = tokens[pos];
  if (rest !== undefined) {
    if (rest.kind === 'punctuator' && rest.text !== ')' && rest.text !== ':')
      throw failure('C1029', rest, describe(rest));
    throw failure('C1030', rest, 'an operator', describe(rest));
  }
  return result.value;
}

/** Preprocess a C file: the tokens for the parser, ending with `eof`. Never throws; problems are diagnostics. */
export function preprocess(path: string, options: PreprocessOptions): PreprocessResult {
  return new Preprocessor(options).run(path);
}

// The -E output.

/** Every string that starts a longer punctuator or a comment: a token followed by a character that extends it. */
const punctuatorPrefixes: ReadonlySet<string> = new Set(
  ['->', '++', '--', '<<=', '>>=', '<=', '>=', '==', '!=', '&&', '||', '...', '*=', '/=', '%=', '+=', '-=']
    .concat(['&=', '^=', '|=', '##', '<:', ':>', '<%', '%>', '%:%:', '/*', '//'])
    .flatMap((p) => Array.from({ length: p.length - 1 }, (_, k) => p.slice(0, k + 2))),
);

/** Whether two tokens written with nothing between them would scan differently. */
function wouldPaste(a: Token, b: Token): boolean {
  const first = b.text.charCodeAt(0);
  if (a.kind === 'identifier' || a.kind === 'number') {
    if (isIdentifierPart(first)) return true;
    if (a.kind === 'number')
      return first === 46 || ((first === 43 || first === 45) && /[eEpP]$/.test(a.text));
    return (first === 34 || first === 39) && /^(?:L|u8?|U)$/.test(a.text);
  }
  if (a.kind !== 'punctuator') return false;
  if (a.text === '.' && b.kind === 'number') return true;
  return punctuatorPrefixes.has(a.text + b.text.charAt(0));
}

/**
 * The `-E` text of preprocessed tokens: one output line per source line, white space where it was, a space
 * wherever two tokens would otherwise scan as one, and gcc's `# 12 "file.c"` markers when the file changes or
 * lines jump, so that the text preprocesses and compiles again to the same tokens and lines.
 */
export function formatPreprocessed(tokens: readonly Token[]): string {
  const parts: string[] = [];
  let file: string | undefined;
  let line = 0;
  let previous: Token | undefined;
  for (const t of tokens) {
    if (t.kind === 'eof') break;
    const at = t.at;
    let newLine = false;
    if (at.file !== file || at.line < line || at.line > line + 8) {
      if (previous !== undefined) parts.push('\n');
      parts.push(`# ${at.line} ${quoteFileName(at.file)}\n`);
      file = at.file;
      line = at.line;
      newLine = true;
    } else if (at.line > line && !(previous !== undefined && t.text === '#')) {
      // (A `#` starting a line would read as a directive: it stays on the line before.)
      parts.push('\n'.repeat(at.line - line));
      line = at.line;
      newLine = true;
    }
    if (newLine) {
      if (at.column > 1) parts.push(' '.repeat(Math.min(at.column - 1, 200)));
    } else if (previous !== undefined && (t.spaceBefore || t.lineStart || wouldPaste(previous, t))) {
      parts.push(' ');
    }
    parts.push(t.text);
    previous = t;
  }
  if (previous !== undefined) parts.push('\n');
  return parts.join('');
}
