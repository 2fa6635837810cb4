// The C lexer: scans one file's text into preprocessing tokens (translation phases 1-3), after line splicing,
// with comments turned into white space and digraphs spelled as their usual form.

import { cDiagnostic, type CDiagnostic, type CLocation } from './diagnostics.js';
import type { Token } from './token.js';

/**
 * A preprocessing token that cannot become a C token: `other` is a stray character, a universal character name
 * or non-ASCII character outside a literal, or an unterminated character constant or string literal (spelled
 * to the end of its line); `header` is a `<name>` header name, scanned only right after `#include`.
 */
export interface StrayToken extends Omit<Token, 'kind'> {
  readonly kind: 'other' | 'header';
}

/** A preprocessing token: a C token, or one of the tokens the preprocessor must consume or reject. */
export type PPToken = Token | StrayToken;

/** The tokens of one file, ending with one `eof` token, and the lexer's errors (unterminated comments). */
export interface ScanResult {
  readonly tokens: PPToken[];
  readonly diagnostics: CDiagnostic[];
}

const identifierStart = 1;
const identifierPart = 2;
const digit = 4;
const hexDigit = 8;
/** Character classes of ASCII: ours is the ASCII identifier set plus `$`, as gcc accepts. */
const classes = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_$]/.test(ch)) classes[c]! |= identifierStart | identifierPart;
  if (/[0-9]/.test(ch)) classes[c]! |= identifierPart | digit;
  if (/[0-9A-Fa-f]/.test(ch)) classes[c]! |= hexDigit;
}

/** Whether a character code can continue an identifier or a pp-number. */
export function isIdentifierPart(c: number): boolean {
  return c < 128 && (classes[c]! & identifierPart) !== 0;
}

function isHexDigit(c: number): boolean {
  return c < 128 && (classes[c]! & hexDigit) !== 0;
}

/** The text with every backslash-newline removed, and the offsets in it where a removed newline was. */
function spliceLines(source: string): { text: string; splices: number[] } {
  let from = source.indexOf('\\');
  if (from < 0) return { text: source, splices: [] };
  const parts: string[] = [];
  const splices: number[] = [];
  let kept = 0;
  let length = 0;
  for (; from >= 0; from = source.indexOf('\\', from + 1)) {
    const next = source.charCodeAt(from + 1);
    const newline = next === 10 ? 2 : next === 13 && source.charCodeAt(from + 2) === 10 ? 3 : 0;
    if (newline === 0) continue;
    parts.push(source.slice(kept, from));
    length += from - kept;
    splices.push(length);
    kept = from + newline;
    from = kept - 1;
  }
  if (splices.length === 0) return { text: source, splices };
  parts.push(source.slice(kept));
  return { text: parts.join(''), splices };
}

/** The length in the text of the last punctuator scanned (digraphs are longer than their spelling). */
let punctuatorLength = 0;

function spelled(spelling: string, length: number): string {
  punctuatorLength = length;
  return spelling;
}

/** The spelling of the punctuator at `pos` (its length in punctuatorLength), or undefined when there is none. */
function scanPunctuator(text: string, pos: number): string | undefined {
  const c = text.charCodeAt(pos);
  const d = text.charCodeAt(pos + 1);
  switch (c) {
    case 91: // [
      return spelled('[', 1);
    case 93: // ]
      return spelled(']', 1);
    case 40: // (
      return spelled('(', 1);
    case 41: // )
      return spelled(')', 1);
    case 123: // {
      return spelled('{', 1);
    case 125: // }
      return spelled('}', 1);
    case 59: // ;
      return spelled(';', 1);
    case 44: // ,
      return spelled(',', 1);
    case 126: // ~
      return spelled('~', 1);
    case 63: // ?
      return spelled('?', 1);
    case 46: // .
      return d === 46 && text.charCodeAt(pos + 2) === 46 ? spelled('...', 3) : spelled('.', 1);
    case 45: // -
      return d === 62
        ? spelled('->', 2)
        : d === 45
          ? spelled('--', 2)
          : d === 61
            ? spelled('-=', 2)
            : spelled('-', 1);
    case 43: // +
      return d === 43 ? spelled('++', 2) : d === 61 ? spelled('+=', 2) : spelled('+', 1);
    case 38: // &
      return d === 38 ? spelled('&&', 2) : d === 61 ? spelled('&=', 2) : spelled('&', 1);
    case 124: // |
      return d === 124 ? spelled('||', 2) : d === 61 ? spelled('|=', 2) : spelled('|', 1);
    case 42: // *
      return d === 61 ? spelled('*=', 2) : spelled('*', 1);
    case 47: // /
      return d === 61 ? spelled('/=', 2) : spelled('/', 1);
    case 94: // ^
      return d === 61 ? spelled('^=', 2) : spelled('^', 1);
    case 61: // =
      return d === 61 ? spelled('==', 2) : spelled('=', 1);
    case 33: // !
      return d === 61 ? spelled('!=', 2) : spelled('!', 1);
    case 58: // :
      return d === 62 ? spelled(']', 2) : spelled(':', 1);
    case 35: // #
      return d === 35 ? spelled('##', 2) : spelled('#', 1);
    case 60: // <
      if (d === 60) return text.charCodeAt(pos + 2) === 61 ? spelled('<<=', 3) : spelled('<<', 2);
      return d === 61
        ? spelled('<=', 2)
        : d === 58
          ? spelled('[', 2)
          : d === 37
            ? spelled('{', 2)
            : spelled('<', 1);
    case 62: // >
      if (d === 62) return text.charCodeAt(pos + 2) === 61 ? spelled('>>=', 3) : spelled('>>', 2);
      return d === 61 ? spelled('>=', 2) : spelled('>', 1);
    case 37: // %
      if (d === 58) {
        return text.charCodeAt(pos + 2) === 37 && text.charCodeAt(pos + 3) === 58
          ? spelled('##', 4)
          : spelled('#', 2);
      }
      return d === 61 ? spelled('%=', 2) : d === 62 ? spelled('}', 2) : spelled('%', 1);
    default:
      return undefined;
  }
}

/** The end of the character constant or string literal whose opening quote is at `pos`, or -1 at a line's end. */
function scanQuoted(text: string, pos: number): number {
  const quote = text.charCodeAt(pos);
  for (let i = pos + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === quote) return i + 1;
    if (c === 92)
      i++; // the escaped character cannot end the literal
    else if (c === 10) return -1;
  }
  return -1;
}

/** Scan a file's text into preprocessing tokens. Never throws: problems become diagnostics or stray tokens. */
export function scan(file: string, source: string): ScanResult {
  const { text, splices } = spliceLines(source);
  const tokens: PPToken[] = [];
  const diagnostics: CDiagnostic[] = [];
  const length = text.length;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineBase = 0; // offset of the current physical line's first character, for columns
  let spliceIndex = 0;
  let nextSplice = splices[0] ?? Infinity;
  let lineStart = true;
  let space = false;
  // 1 just after a `#` that starts a line, 2 after `# include`: only then is `<...>` a header name.
  let directive = 0;

  /** The location of offset `at`, which never goes backwards between calls. */
  function locate(at: number): CLocation {
    while (nextSplice <= at) {
      line++;
      if (nextSplice > lineBase) lineBase = nextSplice;
      nextSplice = splices[++spliceIndex] ?? Infinity;
    }
    return { file, line, column: at - lineBase + 1 };
  }

  while (true) {
    // White space and comments.
    while (pos < length) {
      const c = text.charCodeAt(pos);
      if (c === 10) {
        pos++;
        line++;
        lineBase = pos;
        lineStart = true;
        space = false;
        directive = 0;
      } else if (c === 32 || c === 9 || c === 13 || c === 11 || c === 12) {
        pos++;
        space = true;
      } else if (c === 47 && text.charCodeAt(pos + 1) === 42) {
        const at = locate(pos);
        const end = text.indexOf('*/', pos + 2);
        const stop = end < 0 ? length : end + 2;
        for (let nl = text.indexOf('\n', pos); nl >= 0 && nl < stop; nl = text.indexOf('\n', nl + 1)) {
          line++;
          lineBase = nl + 1;
        }
        if (end < 0) diagnostics.push(cDiagnostic('error', 'C1002', at));
        pos = stop;
        space = true;
      } else if (c === 47 && text.charCodeAt(pos + 1) === 47) {
        const end = text.indexOf('\n', pos);
        pos = end < 0 ? length : end;
        space = true;
      } else {
        break;
      }
    }
    if (pos >= length) break;

    const start = pos;
    const at = locate(start);
    const c = text.charCodeAt(pos);
    let kind: PPToken['kind'];
    let spelling: string;
    if (c < 128 && (classes[c]! & identifierStart) !== 0) {
      pos++;
      while (pos < length && isIdentifierPart(text.charCodeAt(pos))) pos++;
      const q = text.charCodeAt(pos);
      const prefixLength = pos - start;
      const prefixed =
        (q === 34 || q === 39) &&
        ((prefixLength === 1 && (c === 76 || c === 117 || c === 85)) || // L u U
          (prefixLength === 2 && q === 34 && c === 117 && text.charCodeAt(start + 1) === 56)); // u8"
      if (prefixed) {
        const end = scanQuoted(text, pos);
        kind = end < 0 ? 'other' : q === 34 ? 'string' : 'char';
        pos = end < 0 ? lineEnd(text, pos) : end;
      } else {
        kind = 'identifier';
      }
      spelling = text.slice(start, pos);
    } else if ((c < 128 && (classes[c]! & digit) !== 0) || (c === 46 && isDigit(text.charCodeAt(pos + 1)))) {
      pos++;
      while (pos < length) {
        const d = text.charCodeAt(pos);
        if ((d === 101 || d === 69 || d === 112 || d === 80) && isSign(text.charCodeAt(pos + 1))) pos += 2;
        else if (isIdentifierPart(d) || d === 46) pos++;
        else break;
      }
      kind = 'number';
      spelling = text.slice(start, pos);
    } else if (c === 34 || c === 39) {
      const end = scanQuoted(text, pos);
      kind = end < 0 ? 'other' : c === 34 ? 'string' : 'char';
      pos = end < 0 ? lineEnd(text, pos) : end;
      spelling = text.slice(start, pos);
    } else if (c === 60 && directive === 2 && headerEnd(text, pos) > 0) {
      pos = headerEnd(text, pos);
      kind = 'header';
      spelling = text.slice(start, pos);
    } else {
      const punctuator = scanPunctuator(text, pos);
      if (punctuator !== undefined) {
        kind = 'punctuator';
        spelling = punctuator;
        pos += punctuatorLength;
      } else {
        kind = 'other';
        pos += strayLength(text, pos);
        spelling = text.slice(start, pos);
      }
    }
    tokens.push({ kind, text: spelling, at, spaceBefore: space, lineStart } as PPToken);
    if (lineStart && kind === 'punctuator' && spelling === '#') directive = 1;
    else directive = directive === 1 && kind === 'identifier' && spelling === 'include' ? 2 : 0;
    lineStart = false;
    space = false;
  }
  tokens.push({ kind: 'eof', text: '', at: locate(length), spaceBefore: space, lineStart: true });
  return { tokens, diagnostics };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSign(c: number): boolean {
  return c === 43 || c === 45;
}

function lineEnd(text: string, pos: number): number {
  const end = text.indexOf('\n', pos);
  if (end < 0) return text.length;
  return text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

/** The offset after the `>` of a header name starting at `pos`, or -1 when the line has none. */
function headerEnd(text: string, pos: number): number {
  for (let i = pos + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 62) return i + 1;
    if (c === 10) return -1;
  }
  return -1;
}

/** The length of a stray token: a whole universal character name, a whole code point, or one character. */
function strayLength(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c === 92) {
    const u = text.charCodeAt(pos + 1);
    if (u === 117 || u === 85) {
      const digits = u === 117 ? 4 : 8;
      let n = 0;
      while (n < digits && isHexDigit(text.charCodeAt(pos + 2 + n))) n++;
      return 2 + n;
    }
    return 1;
  }
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(pos + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Whether a preprocessing token cannot become a C token. */
export function isStray(token: PPToken): token is StrayToken {
  return token.kind === 'other' || token.kind === 'header';
}

/** Whether a stray token is a character constant or string literal without its closing quote. */
export function isUnterminated(token: StrayToken): boolean {
  return token.kind === 'other' && /^(?:L|u8?|U)?["']/.test(token.text);
}

/** Why a stray token is not valid C, as an error located at it. */
export function strayDiagnostic(token: StrayToken): CDiagnostic {
  if (isUnterminated(token)) {
    return cDiagnostic('error', 'C1003', token.at, token.text.includes('"') ? '"' : "'");
  }
  const c = token.text.charCodeAt(0);
  if (c >= 128 || (c === 92 && /^\\[uU]/.test(token.text))) {
    const code = token.text.codePointAt(0)!;
    const shown = c === 92 ? token.text : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return cDiagnostic('error', 'C1004', token.at, shown);
  }
  if (token.kind === 'header') return cDiagnostic('error', 'C1001', token.at, token.text);
  const shown = c < 32 || c === 127 ? `'\\${c.toString(8).padStart(3, '0')}'` : `'${token.text}'`;
  return cDiagnostic('error', 'C1001', token.at, shown);
}
