// Text formats of `tessera debug`: gdb's print formats (p/x), memory dumps (x/FMT), register tables and
// symbolic addresses. Pure functions of the machine and module; the session decides what to show.

import { textBase } from '../isa/index.js';
import type { Module } from '../module/index.js';
import {
  charLiteral,
  childrenOf,
  readScalar,
  ValueError,
  type Debugger,
  type DebugType,
  type Place,
} from '../debug/index.js';

/** A byte address in hexadecimal, `0x10040`. */
export function hex(value: number | bigint): string {
  return `0x${value.toString(16)}`;
}

/** The name of a function or static function (`fib.c:fib`, as the compiler names statics, reads `fib`). */
export function plainName(name: string): string {
  return name.slice(name.lastIndexOf(':') + 1);
}

/** `<symbol+offset>` for an address in text (by function) or data (by the module's symbols); '' when none. */
export function symbolic(debugger_: Debugger, address: number): string {
  const fn = debugger_.functionAt(address);
  if (fn !== undefined && address < fn.end) {
    const delta = address - fn.start;
    return `<${plainName(fn.name)}${delta === 0 ? '' : `+${delta}`}>`;
  }
  const module = debugger_.machine.module;
  const base: Record<string, number> = {
    text: textBase,
    data: debugger_.machine.dataBase,
    bss: debugger_.machine.dataBase + module.data.length,
  };
  let best: { name: string; start: number } | undefined;
  for (const s of module.symbols) {
    const start = (base[s.section] ?? 0) + s.offset;
    if (address < start || address >= start + Math.max(s.size, 1)) continue;
    if (best === undefined || start > best.start) best = { name: s.name, start };
  }
  if (best === undefined) return '';
  const delta = address - best.start;
  return `<${plainName(best.name)}${delta === 0 ? '' : `+${delta}`}>`;
}

/** The print formats of `print/F`, `display/F` and `x/F`. */
export const printFormats = 'xduotcaf';

/** An integer of `size` bytes in a print format (`x` hexadecimal, `d` signed, `u` unsigned, `o`, `t`, `c`, `a`). */
export function formatInteger(
  value: bigint,
  size: number,
  format: string,
  debugger_: Debugger,
  pad = false,
): string {
  const bits = size * 8;
  const unsigned = BigInt.asUintN(bits, value);
  const padded = (digits: string, width: number): string => (pad ? digits.padStart(width, '0') : digits);
  switch (format) {
    case 'x':
      return `0x${padded(unsigned.toString(16), size * 2)}`;
    case 'd':
      return BigInt.asIntN(bits, value).toString();
    case 'u':
      return unsigned.toString();
    case 'o':
      return unsigned === 0n ? '0' : `0${padded(unsigned.toString(8), Math.ceil(bits / 3))}`;
    case 't':
      return padded(unsigned.toString(2), pad ? bits : 1);
    case 'c': {
      const byte = Number(BigInt.asUintN(8, value));
      return `${BigInt.asIntN(8, value)} ${charLiteral(byte)}`;
    }
    case 'a': {
      const label = unsigned < BigInt(Number.MAX_SAFE_INTEGER) ? symbolic(debugger_, Number(unsigned)) : '';
      return label === '' ? hex(unsigned) : `${hex(unsigned)} ${label}`;
    }
    default:
      return BigInt.asIntN(bits, value).toString();
  }
}

/** A double as gdb prints one: the shortest text that reads back the same (`0.5`, `1e+100`, `inf`, `nan`). */
export function formatFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (Object.is(value, -0)) return '-0';
  return String(value);
}

/** A value (scalar, struct, union or array) in a print format, gdb's `print/x`: each scalar member formatted. */
export function formatValue(debugger_: Debugger, place: Place, format: string): string {
  const { type } = place;
  if (type.kind === 'struct' || type.kind === 'union') {
    const members = childrenOf(place).map((c) => `${c.name} = ${formatValue(debugger_, c.place, format)}`);
    return `{${members.join(', ')}}`;
  }
  if (type.kind === 'array') {
    const elements = childrenOf(place, 200).map((c) => formatValue(debugger_, c.place, format));
    return `{${elements.join(', ')}${(type.length ?? 0) > 200 ? ', ...' : ''}}`;
  }
  let value: bigint | number;
  try {
    value = readScalar(debugger_.machine, place);
  } catch (e) {
    if (e instanceof ValueError) return `<${e.message}>`;
    throw e;
  }
  if (typeof value === 'number') {
    if (format === 'f') return formatFloat(value);
    value = Number.isFinite(value) ? BigInt(Math.trunc(value)) : 0n;
  }
  if (format === 'f') return value.toString();
  return formatInteger(value, scalarSize(type), format, debugger_);
}

function scalarSize(type: DebugType): number {
  return type.kind === 'integer' || type.kind === 'pointer' || type.kind === 'float' ? type.size : 8;
}

/** `type = ...` for ptype: a struct or union with its members, anything else by its name. */
export function describeType(type: DebugType, expand: boolean): string {
  if (!expand || (type.kind !== 'struct' && type.kind !== 'union')) return type.name;
  const members = type.members.map((m) => {
    const member = m.type();
    const bits = m.bits === undefined ? '' : ` : ${m.bits.width}`;
    return `    ${declaration(member, m.name)}${bits};`;
  });
  return [`${type.name} {`, ...members, '}'].join('\n');
}

/** A declaration of `name` with a type, as C writes it (arrays and pointers to arrays around the name). */
function declaration(type: DebugType, name: string): string {
  if (type.kind === 'array') {
    let inner: DebugType = type;
    let dims = '';
    while (inner.kind === 'array') {
      dims += `[${inner.length ?? ''}]`;
      inner = inner.of();
    }
    return `${inner.name} ${name}${dims}`;
  }
  const text = type.name;
  return text.endsWith('*') ? `${text}${name}` : `${text} ${name}`;
}

/** A parsed `/FMT` of x: count, format letter, unit size in bytes. */
export interface MemoryFormat {
  readonly count: number;
  readonly format: string;
  readonly size: 1 | 2 | 4 | 8;
}

const unitSizes: Readonly<Record<string, 1 | 2 | 4 | 8>> = { b: 1, h: 2, w: 4, g: 8 };

/**
 * Parse x's `/FMT` (`4xg`, `s`, `10i`, `2c`) against the previous format (gdb keeps the last letter and size).
 * Returns an error message for a bad one.
 */
export function parseMemoryFormat(text: string, previous: MemoryFormat): MemoryFormat | string {
  const match = /^(\d*)([a-z]*)$/.exec(text);
  if (match === null) return `bad format '/${text}': expected /COUNT FORMAT SIZE, as x/4xg`;
  const count = match[1] === '' ? 1 : Number(match[1]);
  if (count < 1) return `the count must be at least 1, got ${match[1]}`;
  let format = previous.format;
  let size: 1 | 2 | 4 | 8 | undefined;
  for (const letter of match[2]!) {
    const unit = unitSizes[letter];
    if (unit !== undefined) size = unit;
    else if (`${printFormats}si`.includes(letter)) format = letter;
    else return `bad format letter '${letter}' (formats: x d u o t c a f s i; sizes: b h w g)`;
  }
  if (size === undefined) {
    if (format === 'a') size = 8;
    else if (format === 'c' || format === 's') size = 1;
    else if (format === 'f' && previous.size < 4) size = 8;
    else size = previous.format === 'c' || previous.format === 's' ? 4 : previous.size;
  }
  if (format === 'a') size = 8;
  if (format === 'f' && size < 4) size = 8;
  return { count, format, size };
}

/** Units per line in gdb's x output. */
function perLine(format: string, size: number): number {
  if (format === 'c') return 8;
  if (format === 'a' || format === 'f') return size === 8 ? 2 : 4;
  return size === 8 ? 2 : size === 4 ? 4 : 8;
}

/** The output of x: lines of formatted memory from `address`, and the address just after it. */
export interface MemoryDump {
  readonly lines: readonly string[];
  readonly next: number;
  /** Why the dump stopped early (memory that cannot be read), or undefined. */
  readonly error: string | undefined;
}

/** The label of an address in x output: `0x20010 <bodies+16>:`. */
function addressLabel(debugger_: Debugger, address: number): string {
  const label = symbolic(debugger_, address);
  return label === '' ? `${hex(address)}:` : `${hex(address)} ${label}:`;
}

/** gdb's x: memory as numbers, characters, floats, addresses, strings (`s`) or instructions (`i`). */
export function dumpMemory(debugger_: Debugger, address: number, format: MemoryFormat): MemoryDump {
  const lines: string[] = [];
  let at = address;
  try {
    if (format.format === 's') {
      for (let i = 0; i < format.count; i++) {
        const text = debugger_.readString(at, 200);
        const length = new TextEncoder().encode(text.replace(/\.\.\.$/, '')).length;
        lines.push(`${addressLabel(debugger_, at)}\t${quote(text)}`);
        at += length + 1;
      }
      return { lines, next: at, error: undefined };
    }
    if (format.format === 'i') {
      const instructions = debugger_.disassemble(at, 0, format.count);
      for (const instruction of instructions) {
        const marker = instruction.address === debugger_.pc ? '=> ' : '   ';
        lines.push(`${marker}${addressLabel(debugger_, instruction.address)}\t${instruction.text}`);
        at = instruction.address + 4 * instruction.words;
      }
      return { lines, next: at, error: undefined };
    }
    const units = perLine(format.format, format.size);
    for (let done = 0; done < format.count;) {
      const row: string[] = [];
      const start = at;
      for (let i = 0; i < units && done < format.count; i++, done++) {
        row.push(formatUnit(debugger_, at, format));
        at += format.size;
      }
      lines.push(`${addressLabel(debugger_, start)}\t${row.join('\t')}`);
    }
    return { lines, next: at, error: undefined };
  } catch (e) {
    return { lines, next: at, error: e instanceof Error ? e.message : String(e) };
  }
}

function formatUnit(debugger_: Debugger, address: number, format: MemoryFormat): string {
  if (format.format === 'f' && (format.size === 4 || format.size === 8)) {
    return formatFloat(debugger_.readFloat(address, format.size));
  }
  const value = debugger_.readInteger(address, format.size, false);
  return formatInteger(value, format.size, format.format, debugger_, format.format === 'x');
}

/** A string as C would write it, quoted and escaped; text cut short ends with `...` after the quote. */
function quote(text: string): string {
  const more = text.endsWith('...');
  const body = more ? text.slice(0, -3) : text;
  const quoted = JSON.stringify(body).replace(/\\u00([0-9a-f]{2})/g, '\\x$1');
  return more ? `${quoted}...` : quoted;
}

/** `info registers`: one line per register, gdb's columns (name, hexadecimal, natural), then pc. */
export function registerTable(debugger_: Debugger, pc: number, which: readonly string[]): string[] | string {
  const names = debugger_.registerNames;
  const values = debugger_.registers();
  const rows: string[] = [];
  const row = (name: string, hexText: string, natural: string): string =>
    `${name.padEnd(15)}${hexText.padEnd(19)}${natural}`;
  const wanted = which.length === 0 ? [...names, 'pc'] : which.map((w) => w.replace(/^\$/, ''));
  for (const name of wanted) {
    if (name === 'pc') {
      const label = symbolic(debugger_, pc);
      rows.push(row('pc', hex(pc), label === '' ? hex(pc) : `${hex(pc)} ${label}`));
      continue;
    }
    const index = name === 'sp' ? 15 : names.indexOf(name);
    if (index < 0) return `invalid register '${name}' (registers: ${names.join(' ')} pc)`;
    const value = values[index]!;
    const natural = name === 'rsp' ? hex(BigInt.asUintN(64, value)) : value.toString();
    rows.push(row(name, hex(BigInt.asUintN(64, value)), natural));
  }
  return rows;
}

/** Whether a module's function is in the C library (its source is under the library's root). */
export function isLibraryFile(file: string): boolean {
  return file.startsWith(libraryRoot);
}

/** The path prefix of the C library's sources in debug sections (src/cc/driver.ts). */
export const libraryRoot = '/tessera/libc/';

/** Whether `module` is C with variables (so frames can show arguments). */
export function hasVariables(module: Module): boolean {
  return (module.debug?.variables?.length ?? 0) > 0;
}
