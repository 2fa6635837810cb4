// The s-expression reader: turns assembly source text into located lists, symbols, numbers and strings.

import { diagnostic, type Diagnostic, type SourceLocation } from './diagnostics.js';

/** A node of the source tree, with the location of its first character. */
export type Node =
  | { readonly type: 'list'; readonly items: readonly Node[]; readonly at: SourceLocation }
  | { readonly type: 'symbol'; readonly name: string; readonly quoted: boolean; readonly at: SourceLocation }
  | { readonly type: 'number'; readonly value: bigint; readonly at: SourceLocation }
  | { readonly type: 'string'; readonly bytes: Uint8Array; readonly at: SourceLocation };

/** The result of reading one file: top-level nodes and any syntax errors. */
export interface ReadResult {
  readonly nodes: Node[];
  readonly diagnostics: Diagnostic[];
}

const delimiters = new Set(['(', ')', '"', ';', "'"]);
const escapes: Readonly<Record<string, number>> = {
  n: 10,
  t: 9,
  r: 13,
  '0': 0,
  '\\': 92,
  '"': 34,
  "'": 39,
  e: 27,
};

/** Describe a node for an error message. */
export function describe(node: Node): string {
  switch (node.type) {
    case 'list':
      return 'a list';
    case 'symbol':
      return `${node.quoted ? "'" : ''}${node.name}`;
    case 'number':
      return node.value.toString();
    case 'string':
      return 'a string';
  }
}

/** Parse an integer literal: decimal, 0x hex, 0b binary, 0o octal, with an optional sign and `_` separators. */
export function parseInteger(text: string): bigint | undefined {
  const match = /^([+-]?)(0x[0-9a-f_]+|0b[01_]+|0o[0-7_]+|[0-9][0-9_]*)$/i.exec(text);
  if (match === null) return undefined;
  const digits = match[2]!.replace(/_/g, '');
  try {
    const magnitude = BigInt(digits);
    return match[1] === '-' ? -magnitude : magnitude;
  } catch {
    return undefined;
  }
}

/** Read all top-level forms of a source file. */
export function readSource(file: string, text: string): ReadResult {
  const diagnostics: Diagnostic[] = [];
  let pos = 0;
  let line = 1;
  let lineStart = 0;
  const here = (): SourceLocation => ({ file, line, column: pos - lineStart + 1 });

  function skipSpace(): void {
    while (pos < text.length) {
      const ch = text[pos]!;
      if (ch === '\n') {
        pos++;
        line++;
        lineStart = pos;
      } else if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f') {
        pos++;
      } else if (ch === ';') {
        while (pos < text.length && text[pos] !== '\n') pos++;
      } else {
        return;
      }
    }
  }

  function readString(at: SourceLocation): Node {
    pos++; // opening quote
    const bytes: number[] = [];
    const encoder = new TextEncoder();
    while (true) {
      if (pos >= text.length || text[pos] === '\n') {
        diagnostics.push(diagnostic('ASM002', at));
        break;
      }
      const ch = text[pos]!;
      if (ch === '"') {
        pos++;
        break;
      }
      if (ch === '\\') {
        const next = text[pos + 1] ?? '';
        if (next === '\n' || next === '') {
          // A backslash does not continue a string onto the next line: the string is unterminated, and
          // the newline is left to be counted.
          pos++;
          continue;
        }
        const simple = escapes[next];
        if (simple !== undefined) {
          bytes.push(simple);
          pos += 2;
        } else if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(text.slice(pos + 2, pos + 4))) {
          bytes.push(parseInt(text.slice(pos + 2, pos + 4), 16));
          pos += 4;
        } else {
          diagnostics.push(diagnostic('ASM003', here(), next));
          pos += 2;
        }
        continue;
      }
      const codePoint = text.codePointAt(pos)!;
      const chunk = String.fromCodePoint(codePoint);
      bytes.push(...encoder.encode(chunk));
      pos += chunk.length;
    }
    return { type: 'string', bytes: Uint8Array.from(bytes), at };
  }

  function readAtom(at: SourceLocation, quoted: boolean): Node | undefined {
    const start = pos;
    while (pos < text.length && !/\s/.test(text[pos]!) && !delimiters.has(text[pos]!)) pos++;
    const token = text.slice(start, pos);
    // A lone UTF-16 surrogate cannot be written as UTF-8, so it cannot be part of a name.
    const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(token);
    if (lone !== null) {
      const column = start + lone.index - lineStart + 1;
      diagnostics.push(diagnostic('ASM001', { file, line, column }, JSON.stringify(lone[0])));
      return undefined;
    }
    if (token === '') {
      diagnostics.push(diagnostic('ASM001', here(), JSON.stringify(text[pos] ?? 'end of file')));
      // After a quote, leave the character (a ")", a newline...) to the main loop, so that lists stay balanced
      // and lines counted. Otherwise it is whitespace that skipSpace does not take (\v, U+00A0...): skip it.
      if (!quoted) pos++;
      return undefined;
    }
    if (!quoted && /^[+-]?[0-9]/.test(token)) {
      const value = parseInteger(token);
      if (value === undefined) {
        diagnostics.push(diagnostic('ASM012', at, token));
        return undefined;
      }
      return { type: 'number', value, at };
    }
    return { type: 'symbol', name: token, quoted, at };
  }

  // An explicit stack instead of recursion, so deeply nested input cannot overflow ours.
  const stack: { items: Node[]; at: SourceLocation }[] = [];
  const top: Node[] = [];
  const emit = (node: Node): void => {
    const parent = stack[stack.length - 1];
    (parent === undefined ? top : parent.items).push(node);
  };
  while (true) {
    skipSpace();
    if (pos >= text.length) break;
    const at = here();
    const ch = text[pos]!;
    if (ch === '(') {
      pos++;
      stack.push({ items: [], at });
    } else if (ch === ')') {
      pos++;
      const done = stack.pop();
      if (done === undefined) diagnostics.push(diagnostic('ASM005', at));
      else emit({ type: 'list', items: done.items, at: done.at });
    } else if (ch === '"') {
      emit(readString(at));
    } else if (ch === "'") {
      pos++;
      const node = readAtom(at, true);
      if (node !== undefined) emit(node);
    } else {
      const node = readAtom(at, false);
      if (node !== undefined) emit(node);
    }
  }
  for (const open of stack.reverse()) diagnostics.push(diagnostic('ASM004', open.at));
  return { nodes: top, diagnostics };
}
