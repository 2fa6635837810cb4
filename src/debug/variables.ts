// C variables of a stopped program: which are visible at a pc (debug section scopes), where they live
// (frame address + offset, or a fixed address), and their values read, shown gdb-style, and written.

import { nullRegionSize, textBase } from '../isa/index.js';
import type { DebugVariable, Module } from '../module/index.js';
import type { Machine } from '../vm/index.js';
import { moduleTypes, type DebugType } from './types.js';

/** A place holding a typed value: memory at `address`, or nowhere the debugger can see. */
export interface Place {
  readonly type: DebugType;
  /** Byte address; undefined for a value that is not in memory (optimised out, or computed). */
  readonly address: number | undefined;
  /** For values the evaluator computed (not in memory): the scalar itself. */
  readonly value?: bigint | number;
  /** A bit-field: read `width` bits from bit `offset` of the unit at `address`. */
  readonly bits?: { readonly offset: number; readonly width: number };
}

/** A named variable in a frame or global. */
export interface NamedPlace extends Place {
  readonly name: string;
  readonly kind: 'local' | 'global';
}

/** Thrown for memory the program cannot read or write, and for values that have no place. */
export class ValueError extends Error {
  override readonly name = 'ValueError';
}

const functionOrder = new WeakMap<Module, number[]>();

/** The debug function index covering byte address `pc`, or -1 (the latest starting one, when they nest). */
export function functionAt(module: Module, pc: number): number {
  const offset = pc - textBase;
  const functions = module.debug?.functions ?? [];
  let order = functionOrder.get(module);
  if (order === undefined) {
    order = functions.map((_, i) => i).sort((a, b) => functions[a]!.start - functions[b]!.start);
    functionOrder.set(module, order);
  }
  // The last function starting at or before the offset, then back over those that end before it.
  let low = 0;
  let high = order.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (functions[order[mid]!]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  for (let k = found; k >= 0; k--) {
    const f = functions[order[k]!]!;
    if (offset < f.end) return order[k]!;
  }
  return -1;
}

/** The line entry (line and column) recorded for the code at byte address `pc`. */
export function positionAt(module: Module, pc: number): { line: number; column: number } | undefined {
  const lines = module.debug?.lines ?? [];
  const offset = pc - textBase;
  let low = 0;
  let high = lines.length - 1;
  if (high < 0 || lines[0]!.offset > offset) return undefined;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid]!.offset <= offset) low = mid;
    else high = mid - 1;
  }
  return lines[low];
}

function inScope(v: DebugVariable, at: { line: number; column: number }): boolean {
  const { scope } = v;
  const after = at.line > scope.startLine || (at.line === scope.startLine && at.column >= scope.startColumn);
  const before = at.line < scope.endLine || (at.line === scope.endLine && at.column <= scope.endColumn);
  return after && before;
}

const byFunction = new WeakMap<Module, Map<number, DebugVariable[]>>();

/** The variables of debug function `fn` (-1: the globals), grouped once per module. */
function variablesOf(module: Module, fn: number): readonly DebugVariable[] {
  let groups = byFunction.get(module);
  if (groups === undefined) {
    groups = new Map();
    for (const v of module.debug?.variables ?? []) {
      let group = groups.get(v.function);
      if (group === undefined) groups.set(v.function, (group = []));
      group.push(v);
    }
    byFunction.set(module, groups);
  }
  return groups.get(fn) ?? [];
}

/**
 * The locals visible at `pc` in a frame whose frame address (rsp at the function's entry) is `frame`: the
 * innermost declaration of each name, in declaration order (`only`: just the one of that name).
 */
export function localsAt(module: Module, pc: number, frame: number, only?: string): NamedPlace[] {
  const fn = functionAt(module, pc);
  const at = positionAt(module, pc);
  if (fn < 0 || at === undefined) return [];
  const types = moduleTypes(module);
  const byName = new Map<string, DebugVariable>();
  for (const v of variablesOf(module, fn)) {
    if ((only !== undefined && v.name !== only) || !inScope(v, at)) continue;
    const seen = byName.get(v.name);
    const later =
      seen === undefined ||
      v.scope.startLine > seen.scope.startLine ||
      (v.scope.startLine === seen.scope.startLine && v.scope.startColumn > seen.scope.startColumn);
    if (later) byName.set(v.name, v);
  }
  return [...byName.values()].map((v) => placeOf(v, types, frame, 'local'));
}

/** The program's globals (and file statics), by name. */
export function globals(module: Module): NamedPlace[] {
  const types = moduleTypes(module);
  return variablesOf(module, -1).map((v) => placeOf(v, types, 0, 'global'));
}

function placeOf(
  v: DebugVariable,
  types: readonly DebugType[],
  frame: number,
  kind: 'local' | 'global',
): NamedPlace {
  const type = types[v.type] ?? { kind: 'void', name: '?', size: 0 };
  const loc = v.location;
  const address = loc.kind === 'frame' ? frame + loc.offset : loc.kind === 'static' ? loc.address : undefined;
  return { name: v.name, kind, type, address };
}

/** Check that `size` bytes at `address` are readable (or writable) guest memory. */
function checkAccess(machine: Machine, address: number, size: number, write: boolean): void {
  const end = address + Math.max(size, 1);
  if (!Number.isSafeInteger(address) || address < nullRegionSize || end > machine.memorySize) {
    throw new ValueError(`cannot access memory at address 0x${Math.max(address, 0).toString(16)}`);
  }
  if (write && address < machine.dataBase) {
    throw new ValueError(`cannot write the read-only text at 0x${address.toString(16)}`);
  }
}

/** Throw a ValueError unless the place's bytes are readable memory (a value not in memory always is). */
export function checkReadable(machine: Machine, place: Place): void {
  if (place.address !== undefined) checkAccess(machine, place.address, place.type.size, false);
}

/** The scalar at a place: a bigint for integers and pointers, a number for floats. */
export function readScalar(machine: Machine, place: Place): bigint | number {
  if (place.value !== undefined) return place.value;
  const { type, address } = place;
  if (address === undefined) throw new ValueError('the value is not available (optimised out)');
  if (type.kind === 'float') {
    checkAccess(machine, address, type.size, false);
    return type.size === 4 ? machine.DV.getFloat32(address, true) : machine.DV.getFloat64(address, true);
  }
  if (type.kind === 'integer' || type.kind === 'pointer') {
    const size = type.size;
    checkAccess(machine, address, size, false);
    let raw = 0n;
    for (let i = size - 1; i >= 0; i--) raw = (raw << 8n) | BigInt(machine.M8[address + i]!);
    if (place.bits !== undefined) {
      raw = (raw >> BigInt(place.bits.offset)) & ((1n << BigInt(place.bits.width)) - 1n);
      const signed = type.kind === 'integer' && type.signed;
      return signed ? BigInt.asIntN(place.bits.width, raw) : raw;
    }
    const signed = type.kind === 'integer' && type.signed;
    return signed ? BigInt.asIntN(size * 8, raw) : raw;
  }
  if (type.kind === 'array' || type.kind === 'function') return BigInt(address); // decays to its address
  throw new ValueError(`a ${type.name} is not a single value`);
}

/** Store a scalar at a place (converted to its type as C assignment does). */
export function writeScalar(machine: Machine, place: Place, value: bigint | number): void {
  const { type, address } = place;
  if (address === undefined) throw new ValueError('the value has no place in memory to assign to');
  if (type.kind === 'float') {
    checkAccess(machine, address, type.size, true);
    const number = typeof value === 'number' ? value : Number(value);
    if (type.size === 4) machine.DV.setFloat32(address, number, true);
    else machine.DV.setFloat64(address, number, true);
    return;
  }
  if (type.kind !== 'integer' && type.kind !== 'pointer')
    throw new ValueError(`cannot assign to a ${type.name}`);
  checkAccess(machine, address, type.size, true);
  let bits = typeof value === 'bigint' ? value : BigInt(Math.trunc(Number.isFinite(value) ? value : 0));
  if (type.kind === 'integer' && type.flavour === 'bool') bits = bits !== 0n ? 1n : 0n;
  let raw = BigInt.asUintN(type.size * 8, bits);
  if (place.bits !== undefined) {
    const mask = ((1n << BigInt(place.bits.width)) - 1n) << BigInt(place.bits.offset);
    let old = 0n;
    for (let i = type.size - 1; i >= 0; i--) old = (old << 8n) | BigInt(machine.M8[address + i]!);
    raw = (old & ~mask) | ((bits << BigInt(place.bits.offset)) & mask);
  }
  for (let i = 0; i < type.size; i++) machine.M8[address + i] = Number((raw >> BigInt(8 * i)) & 0xffn);
}

/** The members or elements of an aggregate place (at most `limit` elements), for expanding it. */
export function childrenOf(place: Place, limit = 1000): { name: string; place: Place }[] {
  const { type, address } = place;
  if (type.kind === 'struct' || type.kind === 'union') {
    return type.members.map((m) => ({
      name: m.name === '' ? '<anonymous>' : m.name,
      place: {
        type: m.type(),
        address: address === undefined ? undefined : address + m.offset,
        ...(m.bits === undefined ? {} : { bits: m.bits }),
      },
    }));
  }
  if (type.kind === 'array') {
    const of = type.of();
    const count = Math.min(type.length ?? 0, limit);
    return Array.from({ length: count }, (_, i) => ({
      name: `[${i}]`,
      place: { type: of, address: address === undefined ? undefined : address + i * of.size },
    }));
  }
  return [];
}

/** Whether a place has members or elements to expand. */
export function isAggregate(type: DebugType): boolean {
  return type.kind === 'struct' || type.kind === 'union' || (type.kind === 'array' && (type.length ?? 0) > 0);
}

const maxStringBytes = 200;
const maxElements = 200;

/** The value at a place as gdb prints it: `42`, `97 'a'`, `0x1000 "text"`, `{x = 1, y = 2}`, `{1, 2, 3}`. */
export function formatPlace(machine: Machine, module: Module, place: Place, depth = 0): string {
  try {
    return format(machine, module, place, depth);
  } catch (e) {
    if (e instanceof ValueError) return `<${e.message}>`;
    throw e;
  }
}

function format(machine: Machine, module: Module, place: Place, depth: number): string {
  const { type } = place;
  switch (type.kind) {
    case 'void':
      return type.name === '?' ? '<unknown type>' : 'void';
    case 'function':
      return place.address === undefined
        ? '<function>'
        : `{${type.name}} ${functionName(machine, module, place.address)}`;
    case 'integer': {
      const value = readScalar(machine, place) as bigint;
      if (type.flavour === 'bool') return value === 0n ? 'false' : 'true';
      if (type.size === 1 && type.name.endsWith('char'))
        return `${value} ${charLiteral(Number(value & 0xffn))}`;
      return value.toString();
    }
    case 'float':
      return formatDouble(readScalar(machine, place) as number);
    case 'pointer': {
      const value = readScalar(machine, place) as bigint;
      const hex = `0x${BigInt.asUintN(64, value).toString(16)}`;
      const to = type.to();
      if (value === 0n) return depth === 0 ? `(${type.name}) 0x0` : '0x0';
      if (to.kind === 'function')
        return `(${type.name}) ${hex} ${functionName(machine, module, Number(value))}`;
      if (to.kind === 'integer' && to.size === 1 && to.name.endsWith('char'))
        return `${hex} ${stringAt(machine, Number(value))}`;
      return depth === 0 ? `(${type.name}) ${hex}` : hex;
    }
    case 'array': {
      const of = type.of();
      if (place.address === undefined) return '<not available>';
      if (of.kind === 'integer' && of.size === 1 && of.name.endsWith('char')) {
        return stringAt(machine, place.address, type.length ?? maxStringBytes, true);
      }
      const items = childrenOf(place, maxElements).map((c) => format(machine, module, c.place, depth + 1));
      const more = (type.length ?? 0) > maxElements ? ', ...' : '';
      return `{${items.join(', ')}${more}}`;
    }
    case 'struct':
    case 'union': {
      if (place.address === undefined) return '<not available>';
      const fields = childrenOf(place).map(
        (c) => `${c.name} = ${format(machine, module, c.place, depth + 1)}`,
      );
      return `{${fields.join(', ')}}`;
    }
  }
}

/** `<name>` or `<name+off>` of the code at a byte address. */
function functionName(_machine: Machine, module: Module, address: number): string {
  const fn = functionAt(module, address);
  if (fn < 0) return '';
  const f = module.debug!.functions[fn]!;
  const delta = address - textBase - f.start;
  return delta === 0 ? `<${f.name}>` : `<${f.name}+${delta}>`;
}

/** A C string at an address, quoted and escaped (up to `limit` bytes; `array`: stop at its end too). */
function stringAt(machine: Machine, address: number, limit = maxStringBytes, array = false): string {
  if (address < nullRegionSize || address >= machine.memorySize) {
    return `<error: cannot access memory at address 0x${address.toString(16)}>`;
  }
  const bytes: number[] = [];
  const end = Math.min(address + Math.min(limit, maxStringBytes), machine.memorySize);
  let terminated = false;
  for (let a = address; a < end; a++) {
    const byte = machine.M8[a]!;
    if (byte === 0) {
      terminated = true;
      break;
    }
    bytes.push(byte);
  }
  const text = new TextDecoder().decode(Uint8Array.from(bytes));
  const quoted = JSON.stringify(text).replace(/\\u00([0-9a-f]{2})/g, '\\x$1');
  return terminated || array ? quoted : `${quoted}...`;
}

/** A C character literal for a byte, as gdb shows chars: `'a'`, `'\\n'`, `'\\377'`. */
export function charLiteral(code: number): string {
  const escapes: Record<number, string> = {
    0: '\\0',
    7: '\\a',
    8: '\\b',
    9: '\\t',
    10: '\\n',
    13: '\\r',
    39: "\\'",
    92: '\\\\',
  };
  if (escapes[code] !== undefined) return `'${escapes[code]}'`;
  if (code >= 0x20 && code < 0x7f) return `'${String.fromCharCode(code)}'`;
  return `'\\${code.toString(8).padStart(3, '0')}'`;
}

/** A double as gdb shows it: the shortest text that reads back the same (`0.1`, `1e+100`, `inf`, `nan`). */
export function formatDouble(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (Object.is(value, -0)) return '-0';
  return String(value).replace(/e\+?/, (m) => (m === 'e+' ? 'e+' : 'e'));
}
