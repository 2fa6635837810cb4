// Static data: string literals in read-only text after the code, initialised objects in data, the
// rest in bss, each with its alignment and label.

import type { StaticObject, StaticValue, StringLiteral } from '../ast.js';
import { alignOf, sizeOf } from '../types.js';
import { quote, quoteBytes } from './text.js';

/** The string literals as text-section lines (each aligned to its unit size). */
export function emitStrings(
  strings: readonly StringLiteral[],
  labelOf: (s: StringLiteral) => string,
): string[] {
  const lines: string[] = [];
  for (const literal of strings) {
    if (literal.unitSize > 1) lines.push(`(vp-align ${literal.unitSize})`);
    lines.push(`(vp-label '${labelOf(literal)})`);
    if (literal.unitSize === 1) {
      for (const chunk of chunks(literal.units, 64)) lines.push(`  (vp-string ${quoteBytes(chunk)})`);
    } else {
      const directive = literal.unitSize === 2 ? 'vp-short' : 'vp-int';
      for (let i = 0; i < literal.units.length; i += 16) {
        lines.push(`  (${directive} ${literal.units.slice(i, i + 16).join(' ')})`);
      }
    }
  }
  return lines;
}

/** Lines for the objects with initial values (data section) or without (bss section). */
export function emitObjects(
  objects: readonly StaticObject[],
  section: 'data' | 'bss',
  stringLabel: (s: StringLiteral) => string,
  debug = true,
): string[] {
  const lines: string[] = [];
  for (const object of objects) {
    if ((object.values === undefined) !== (section === 'bss')) continue;
    const symbol = object.symbol;
    const size = Math.max(1, sizeOf(symbol.type));
    // Not a line table entry (no code follows): where link errors about this name and its values point.
    if (debug) lines.push(`(loc ${quote(symbol.at.file)} ${symbol.at.line} ${symbol.at.column})`);
    if (symbol.storage === 'global') lines.push(`(export '${symbol.label})`);
    lines.push(
      `(vp-align ${Math.max(1, Math.min(alignOf(symbol.type), 4096))})`,
      `(vp-label '${symbol.label})`,
    );
    if (object.values === undefined) {
      lines.push(`  (space ${size})`);
      continue;
    }
    let at = 0;
    for (const value of object.values) {
      if (value.offset > at) lines.push(`  (space ${value.offset - at})`);
      lines.push(`  ${emitValue(value, stringLabel)}`);
      at = Math.max(at, value.offset + sizeOfValue(value));
    }
    if (size > at) lines.push(`  (space ${size - at})`);
  }
  return lines;
}

function sizeOfValue(value: StaticValue): number {
  switch (value.kind) {
    case 'integer':
      return value.size;
    case 'address':
      return 8;
    case 'bytes':
      return value.bytes.length;
  }
}

function emitValue(value: StaticValue, stringLabel: (s: StringLiteral) => string): string {
  switch (value.kind) {
    case 'integer': {
      const directive = { 1: 'vp-byte', 2: 'vp-short', 4: 'vp-int', 8: 'vp-long' }[value.size];
      return `(${directive} ${BigInt.asIntN(value.size * 8, value.value)})`;
    }
    case 'address': {
      const target = value.target;
      const label = 'kind' in target ? target.label : stringLabel(target);
      return value.addend === 0n ? `(vp-long '${label})` : `(vp-long (+ '${label} ${value.addend}))`;
    }
    case 'bytes':
      return chunks(value.bytes, 64)
        .map((chunk) => `(vp-string ${quoteBytes(chunk)})`)
        .join('\n  ');
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
