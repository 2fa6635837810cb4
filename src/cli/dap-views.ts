// What the DAP server shows of a stopped program: variables (locals, globals, members, pointees, registers)
// with their expansion handles' contents, instruction windows for the disassembly view, and memory reads.

import type { DebugProtocol } from '@vscode/debugprotocol';
import { nullRegionSize, textBase } from '../isa/index.js';
import {
  DebuggerError,
  formatPlace,
  frameLocals,
  globalVariables,
  memberViews,
  readScalar,
  type Debugger,
  type Instruction,
  type Place,
  type VariableView,
} from '../debug/index.js';

/** What a variables reference stands for: a scope of a frame, or the members of one value. */
export type Container =
  | { readonly kind: 'locals'; readonly frame: number }
  /** The program's globals; `library`: the C library's own statics instead. */
  | { readonly kind: 'globals'; readonly library: boolean }
  | { readonly kind: 'registers' }
  /** The members or elements of an aggregate, or the pointee of a pointer. */
  | {
      readonly kind: 'children';
      readonly frame: number;
      readonly place: Place;
      /** The C expression of the value (for children's evaluateName), when known. */
      readonly expression: string | undefined;
    };

/** A variable in a container, as the server lists it and assigns to it. */
export interface Shown {
  readonly name: string;
  readonly type: string;
  readonly value: string;
  /** Where it lives; undefined for registers. */
  readonly place: Place | undefined;
  /** Whether it has children to show (an aggregate, or a pointer to data). */
  readonly expandable: boolean;
  /** A C expression for it (watches, "copy as expression"), when one can be written. */
  readonly expression: string | undefined;
}

/** `0x` and lower-case hexadecimal, as addresses and memory references are written. */
export function hex(value: number | bigint): string {
  return `0x${value.toString(16)}`;
}

/** Whether a pointer's target is worth expanding: data (not void, functions or char strings shown as text). */
function pointsToData(place: Place): boolean {
  const type = place.type;
  if (type.kind !== 'pointer' || (place.address === undefined && place.value === undefined)) return false;
  const to = type.to();
  if (to.kind === 'void' || to.kind === 'function') return false;
  return !(to.kind === 'integer' && to.size === 1 && to.name.endsWith('char'));
}

/** Whether a value has children to show: an aggregate in memory, or a pointer to data. */
function expandable(place: Place): boolean {
  const { type } = place;
  if (type.kind === 'struct' || type.kind === 'union') return place.address !== undefined;
  if (type.kind === 'array') return place.address !== undefined && (type.length ?? 0) > 0;
  return pointsToData(place);
}

/** A value shown under `name`: a variable's, or an evaluated expression's (`value` is its text). */
export function shownValue(name: string, place: Place, value: string, expression: string | undefined): Shown {
  return { name, type: place.type.name, value, place, expandable: expandable(place), expression };
}

/** A variable view from src/debug, with the pointer expansion the server adds. */
function fromView(view: VariableView, expression: string | undefined): Shown {
  return shownValue(view.name, view.place, view.value, expression);
}

/**
 * Addresses of the C library's static variables (its allocator's bins, stdio's buffers...): their symbols
 * are named after the library's units, `libc/malloc.c:bins` (src/cc/driver.ts). Its exported variables
 * (`errno`, `stdin`) count as the program's.
 */
function libraryStatics(debugger_: Debugger): Set<number> {
  const { module, dataBase } = debugger_.machine;
  const addresses = new Set<number>();
  for (const symbol of module.symbols) {
    if (symbol.section === 'text' || !symbol.name.startsWith('libc/')) continue;
    const base = symbol.section === 'data' ? dataBase : dataBase + module.data.length;
    addresses.add(base + symbol.offset);
  }
  return addresses;
}

/** The registers r0..r14, rsp and pc as variables: signed decimal and hexadecimal. */
function registerVariables(debugger_: Debugger): Shown[] {
  const values = debugger_.registers();
  const shown = debugger_.registerNames.map((name, r) => {
    const value = values[r]!;
    return {
      name,
      type: 'int64',
      value: `${value} (${hex(BigInt.asUintN(64, value))})`,
      place: undefined,
      expandable: false,
      expression: `$${name}`,
    };
  });
  shown.push({
    name: 'pc',
    type: 'code address',
    value: hex(debugger_.pc),
    place: undefined,
    expandable: false,
    expression: '$pc',
  });
  return shown;
}

/** The C expression of a member or element of the value `parent` (a pointer's pointee: `(*p)`). */
function childExpression(parent: string | undefined, name: string, viaPointer: boolean): string | undefined {
  if (parent === undefined || name === '<anonymous>') return undefined;
  const base = viaPointer ? `(*${parent})` : `(${parent})`;
  return name.startsWith('[') ? `${base}${name}` : `${base}.${name}`;
}

/** The variables a container holds, in the order a front end lists them. */
export function containerVariables(debugger_: Debugger, container: Container): Shown[] {
  switch (container.kind) {
    case 'locals':
      return frameLocals(debugger_, container.frame).map((v) => fromView(v, v.name));
    case 'globals': {
      const internal = libraryStatics(debugger_);
      return globalVariables(debugger_)
        .filter((v) => internal.has(v.place.address ?? -1) === container.library)
        .map((v) => fromView(v, v.name));
    }
    case 'registers':
      return registerVariables(debugger_);
    case 'children': {
      const { place, expression } = container;
      if (place.type.kind !== 'pointer') {
        return memberViews(debugger_, place).map((v) =>
          fromView(v, childExpression(expression, v.name, false)),
        );
      }
      // A pointer: the members of what it points to, or the pointee itself for a scalar.
      const target = readScalar(debugger_.machine, place);
      const address = Number(BigInt.asUintN(64, BigInt(target)));
      if (address === 0) return [];
      const pointee: Place = { type: place.type.to(), address };
      if (pointee.type.kind === 'struct' || pointee.type.kind === 'union' || pointee.type.kind === 'array') {
        return memberViews(debugger_, pointee).map((v) =>
          fromView(v, childExpression(expression, v.name, true)),
        );
      }
      const view: VariableView = {
        name: `*${expression ?? 'pointer'}`,
        type: pointee.type.name,
        value: formatPlace(debugger_.machine, debugger_.machine.module, pointee, 1),
        place: pointee,
        expandable: false,
      };
      return [fromView(view, expression === undefined ? undefined : `*(${expression})`)];
    }
  }
}

/** A DAP variable for a shown one; `handle` makes the reference for its children. */
export function toVariable(
  shown: Shown,
  frame: number,
  handle: (container: Container) => number,
): DebugProtocol.Variable {
  const place = shown.place;
  return {
    name: shown.name,
    value: shown.value,
    type: shown.type,
    variablesReference:
      shown.expandable && place !== undefined
        ? handle({ kind: 'children', frame, place, expression: shown.expression })
        : 0,
    ...(shown.expression === undefined ? {} : { evaluateName: shown.expression }),
    ...(place?.address === undefined ? {} : { memoryReference: hex(place.address) }),
  };
}

/** Parse a DAP memory or instruction reference (`0x...` or decimal) plus a byte offset. */
export function parseReference(reference: string, offset = 0): number {
  const text = reference.trim();
  const value = /^0x[0-9a-f]+$/i.test(text) ? Number.parseInt(text.slice(2), 16) : Number(text);
  if (!Number.isSafeInteger(value)) throw new DebuggerError(`not an address: '${reference}'`);
  return value + offset;
}

/**
 * `count` instructions starting `instructionOffset` instructions away from the one at (or containing)
 * `address`, as the disassembly view asks; addresses outside text are filler marked invalid.
 */
export function instructionWindow(
  debugger_: Debugger,
  address: number,
  instructionOffset: number,
  count: number,
): (Instruction | { readonly address: number; readonly invalid: true })[] {
  const words = debugger_.lines.words;
  const starts = debugger_.lines.instructionStart;
  // The instruction containing `address` (word-aligned, inside text), or the nearest text word.
  let word = Math.floor((address - textBase) / 4);
  const filler = (w: number): { address: number; invalid: true } => ({
    address: textBase + 4 * w,
    invalid: true,
  });
  const result: (Instruction | { address: number; invalid: true })[] = [];
  if (words === 0) {
    for (let i = 0; i < count; i++) result.push(filler(word + instructionOffset + i));
    return result;
  }
  if (word >= 0 && word < words) while (word > 0 && starts[word] !== 1) word--;
  // Move `instructionOffset` instructions (outside text, one word each).
  let steps = instructionOffset;
  while (steps < 0) {
    word--;
    if (word >= 0 && word < words) while (word > 0 && starts[word] !== 1) word--;
    steps++;
  }
  while (steps > 0) {
    word += word >= 0 && word < words ? (debugger_.machine.text.lengths[word] ?? 1) : 1;
    steps--;
  }
  while (result.length < count) {
    if (word < 0 || word >= words) {
      result.push(filler(word));
      word++;
      continue;
    }
    const run = debugger_.disassemble(textBase + 4 * word, 0, count - result.length);
    result.push(...run);
    const last = run[run.length - 1]!;
    word = (last.address - textBase) / 4 + last.words;
  }
  return result;
}

/** Bytes at `address` the program may read, as DAP's readMemory answers: the readable prefix, then a count. */
export function readMemoryRange(
  debugger_: Debugger,
  address: number,
  count: number,
): { readonly address: number; readonly data: Uint8Array; readonly unreadable: number } {
  const top = debugger_.machine.memorySize;
  if (address < nullRegionSize || address >= top) {
    const readableFrom = address < nullRegionSize ? nullRegionSize : Infinity;
    return { address, data: new Uint8Array(0), unreadable: Math.min(count, readableFrom - address) };
  }
  const length = Math.min(count, top - address);
  return { address, data: debugger_.readMemory(address, length), unreadable: count - length };
}
