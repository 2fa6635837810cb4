// Values of C types in registers and memory: loads and stores of every width, bit-fields, the
// normalisation that keeps a register the exact value of its type (docs/ABI.md), and conversions.

import type { BitField, CType } from '../types.js';
import { sizeOf } from '../types.js';
import type { FunctionEmitter } from './context.js';
import { rsp, type FrameRef, type Reg } from './ir.js';

/** An offset from a base register: a number, or a frame offset when the base is rsp. */
export type Offset = number | FrameRef;

/** Where an lvalue is. */
export type Place =
  | { readonly kind: 'register'; readonly reg: Reg; readonly type: CType }
  | {
      readonly kind: 'memory';
      readonly base: Reg;
      /** A register added to the base (then `offset` is 0). */
      readonly index: Reg | undefined;
      readonly offset: Offset;
      readonly type: CType;
      readonly bitField: BitField | undefined;
    };

export type MemoryPlace = Extract<Place, { kind: 'memory' }>;

/** `offset + n`. */
export function addOffset(offset: Offset, n: number): Offset {
  return typeof offset === 'number' ? offset + n : { area: offset.area, offset: offset.offset + n };
}

/** An offset as an instruction operand (a plain number would read as a register). */
export function offsetArg(offset: Offset): bigint | FrameRef {
  return typeof offset === 'number' ? BigInt(offset) : offset;
}

/** A memory place at `base + offset`. */
export function memoryAt(base: Reg, offset: Offset, type: CType, bitField?: BitField): MemoryPlace {
  return { kind: 'memory', base, index: undefined, offset, type, bitField };
}

/** How values of a type travel: integers (and pointers), floats, doubles, or something else. */
export type ValueClass = 'integer' | 'float' | 'double' | 'void' | 'aggregate';

/** The value class of a type. */
export function classOf(type: CType): ValueClass {
  switch (type.kind) {
    case 'integer':
    case 'pointer':
      return 'integer';
    case 'floating':
      return type.name === 'float' ? 'float' : 'double';
    case 'void':
      return 'void';
    default:
      return 'aggregate';
  }
}

/** Whether an integer-class type compares and divides unsigned (unsigned integers and pointers). */
export function isUnsigned(type: CType): boolean {
  return type.kind === 'pointer' || (type.kind === 'integer' && !type.signed);
}

/** The size of an integer-class value in bytes (pointers 8). */
export function widthOf(type: CType): number {
  return type.kind === 'integer' ? type.size : 8;
}

function loadSuffix(type: CType): string {
  if (type.kind === 'floating') return type.size === 4 ? '-ui' : '';
  const size = widthOf(type);
  const unsigned = isUnsigned(type);
  switch (size) {
    case 1:
      return unsigned ? '-ub' : '-b';
    case 2:
      return unsigned ? '-us' : '-s';
    case 4:
      return unsigned ? '-ui' : '-i';
    default:
      return '';
  }
}

function storeSuffix(size: number): string {
  return size === 1 ? '-b' : size === 2 ? '-s' : size === 4 ? '-i' : '';
}

/** Turn a place with an index and an offset into one with a single base register. */
function simplify(cx: FunctionEmitter, place: MemoryPlace): MemoryPlace {
  if (place.index === undefined || place.offset === 0) return place;
  const base = cx.newReg();
  cx.emit('vp-lea-d', place.base, place.index, base);
  return { ...place, base, index: undefined };
}

/** Load `size` bytes at a memory place into a fresh register with the given extension suffix. */
function emitRawLoad(cx: FunctionEmitter, place: MemoryPlace, suffix: string): Reg {
  const p = simplify(cx, place);
  const reg = cx.newReg();
  if (p.index !== undefined) cx.emit(`vp-cpy-dr${suffix}`, p.base, p.index, reg);
  else cx.emit(`vp-cpy-ir${suffix}`, p.base, offsetArg(p.offset), reg);
  return reg;
}

function emitRawStore(cx: FunctionEmitter, place: MemoryPlace, value: Reg, size: number): void {
  const p = simplify(cx, place);
  const suffix = storeSuffix(size);
  if (p.index !== undefined) cx.emit(`vp-cpy-rd${suffix}`, value, p.base, p.index);
  else cx.emit(`vp-cpy-ri${suffix}`, value, p.base, offsetArg(p.offset));
}

/** The value at a place, exact. A register place gives its own register (the caller must not change it). */
export function emitLoad(cx: FunctionEmitter, place: Place): Reg {
  if (place.kind === 'register') return place.reg;
  if (place.bitField !== undefined) return emitBitFieldLoad(cx, place, place.bitField);
  const reg = emitRawLoad(cx, place, loadSuffix(place.type));
  if (classOf(place.type) === 'float') cx.emit('vp-cvt-sf', reg, reg);
  return reg;
}

function emitBitFieldLoad(cx: FunctionEmitter, place: MemoryPlace, field: BitField): Reg {
  const unitSize = sizeOf(place.type);
  const reg = emitRawLoad(cx, place, loadSuffix(place.type));
  const top = 64 - field.bitOffset - field.width;
  if (isUnsigned(place.type)) {
    if (field.bitOffset > 0) cx.emit('vp-shr-cr', BigInt(field.bitOffset), reg);
    if (field.bitOffset + field.width < unitSize * 8 || !isUnsignedLoad(place.type)) {
      cx.emit('vp-and-cr', (1n << BigInt(field.width)) - 1n, reg);
    }
  } else {
    if (top > 0) cx.emit('vp-shl-cr', BigInt(top), reg);
    if (64 - field.width > 0) cx.emit('vp-asr-cr', BigInt(64 - field.width), reg);
  }
  return reg;
}

function isUnsignedLoad(type: CType): boolean {
  return isUnsigned(type) || widthOf(type) === 8;
}

/**
 * Store a value at a place. For memory the value may be loose (only its low bytes count); for a
 * register place it must be exact. A bit-field keeps the other bits of its unit.
 */
export function emitStore(cx: FunctionEmitter, place: Place, value: Reg): void {
  if (place.kind === 'register') {
    cx.emit('vp-cpy-rr', value, place.reg);
    return;
  }
  if (place.bitField !== undefined) {
    emitBitFieldStore(cx, place, place.bitField, value);
    return;
  }
  const valueClass = classOf(place.type);
  if (valueClass === 'float') {
    const bits = cx.newReg();
    cx.emit('vp-cvt-fs', value, bits);
    emitRawStore(cx, place, bits, 4);
    return;
  }
  emitRawStore(cx, place, value, valueClass === 'double' ? 8 : widthOf(place.type));
}

function emitBitFieldStore(cx: FunctionEmitter, place: MemoryPlace, field: BitField, value: Reg): void {
  const size = sizeOf(place.type);
  const p = simplify(cx, place);
  const unit = emitRawLoad(cx, p, loadSuffix(place.type));
  const mask = (1n << BigInt(field.width)) - 1n;
  const shifted = mask << BigInt(field.bitOffset);
  if (field.width < size * 8) {
    cx.emit('vp-and-cr', ~shifted, unit);
    const bits = cx.newReg();
    cx.emit('vp-cpy-rr', value, bits);
    cx.emit('vp-and-cr', mask, bits);
    if (field.bitOffset > 0) cx.emit('vp-shl-cr', BigInt(field.bitOffset), bits);
    cx.emit('vp-or-rr', bits, unit);
    emitRawStore(cx, p, unit, size);
  } else {
    emitRawStore(cx, p, value, size);
  }
}

/** The value a bit-field holds after `value` is stored in it (truncated, sign-extended when signed). */
export function emitBitFieldValue(cx: FunctionEmitter, type: CType, field: BitField, value: Reg): Reg {
  const reg = cx.newReg();
  cx.emit('vp-cpy-rr', value, reg);
  if (isUnsigned(type)) {
    cx.emit('vp-and-cr', (1n << BigInt(field.width)) - 1n, reg);
  } else if (field.width < 64) {
    cx.emit('vp-shl-cr', BigInt(64 - field.width), reg);
    cx.emit('vp-asr-cr', BigInt(64 - field.width), reg);
  }
  return reg;
}

/** Whether a value of `type` can hold bits beyond its width after wrapping arithmetic. */
export function needsNormalising(type: CType): boolean {
  const valueClass = classOf(type);
  return (valueClass === 'integer' && widthOf(type) < 8) || valueClass === 'float';
}

/**
 * Make a register (owned by the caller) the exact value of `type` again after arithmetic: sign- or
 * zero-extend the low bits of a narrow integer, round a float to single precision.
 */
export function emitNormalise(cx: FunctionEmitter, type: CType, reg: Reg): void {
  const valueClass = classOf(type);
  if (valueClass === 'float') {
    cx.emit('vp-cvt-fs', reg, reg);
    cx.emit('vp-cvt-sf', reg, reg);
    return;
  }
  if (valueClass !== 'integer') return;
  const size = widthOf(type);
  if (size === 8) return;
  if (type.kind === 'integer' && type.name === 'bool') {
    cx.emit('vp-and-cr', 1n, reg);
  } else if (isUnsigned(type)) {
    cx.emit('vp-and-cr', (1n << BigInt(size * 8)) - 1n, reg);
  } else {
    const shift = BigInt(64 - size * 8);
    cx.emit('vp-shl-cr', shift, reg);
    cx.emit('vp-asr-cr', shift, reg);
  }
}

/** A fresh register holding a copy of `reg`. */
export function emitCopy(cx: FunctionEmitter, reg: Reg): Reg {
  const copy = cx.newReg();
  cx.emit('vp-cpy-rr', reg, copy);
  return copy;
}

/** A register the caller may change holding `reg`'s value: `reg` itself unless it is a variable's. */
export function owned(cx: FunctionEmitter, reg: Reg): Reg {
  return cx.variableRegs.has(reg) ? emitCopy(cx, reg) : reg;
}

/** A register holding a 64-bit constant. */
export function emitConstant(cx: FunctionEmitter, value: bigint): Reg {
  const reg = cx.newReg();
  cx.emit('vp-cpy-cr', value, reg);
  return reg;
}

/** Whether converting an exact integer value of `from` to `to` changes nothing in the register. */
export function integerConversionIsFree(from: CType, to: CType): boolean {
  const fromSize = widthOf(from);
  const toSize = widthOf(to);
  if (to.kind === 'integer' && to.name === 'bool') return false;
  if (toSize === 8) return true;
  if (toSize > fromSize) return !isUnsigned(to) || isUnsigned(from);
  return toSize === fromSize && isUnsigned(to) === isUnsigned(from);
}

/**
 * Convert an exact value of type `from` to type `to` (both scalar or void). Returns `reg` itself when
 * nothing changes, else a fresh register.
 */
export function emitConvert(cx: FunctionEmitter, reg: Reg, from: CType, to: CType): Reg {
  const source = classOf(from);
  const target = classOf(to);
  if (target === 'void' || target === 'aggregate' || source === 'aggregate' || source === 'void') return reg;
  if (source === 'integer' && target === 'integer') {
    if (integerConversionIsFree(from, to)) return reg;
    const result = cx.newReg();
    cx.emit('vp-cpy-rr', reg, result);
    if (to.kind === 'integer' && to.name === 'bool') cx.emit('vp-sne-cr', 0n, result);
    else emitNormalise(cx, to, result);
    return result;
  }
  if (source === 'integer') {
    const result = cx.newReg();
    const unsigned64 = isUnsigned(from) && widthOf(from) === 8;
    cx.emit(unsigned64 ? 'vp-cvt-uf' : 'vp-cvt-if', reg, result);
    if (target === 'float') emitNormalise(cx, to, result);
    return result;
  }
  if (target === 'integer') {
    const result = cx.newReg();
    if (to.kind === 'integer' && to.name === 'bool') {
      cx.emit('vp-cpy-cr', 0n, result);
      cx.emit('vp-fsne-rr', reg, result);
      return result;
    }
    const unsigned64 = isUnsigned(to) && widthOf(to) === 8;
    cx.emit(unsigned64 ? 'vp-cvt-fu' : 'vp-cvt-fi', reg, result);
    emitNormalise(cx, to, result);
    return result;
  }
  if (source === 'double' && target === 'float') {
    const result = cx.newReg();
    cx.emit('vp-cvt-fs', reg, result);
    cx.emit('vp-cvt-sf', result, result);
    return result;
  }
  return reg; // float to double, double to double
}

/** The address of a memory place in a register. */
export function emitAddressOf(cx: FunctionEmitter, place: MemoryPlace): Reg {
  if (place.index !== undefined) {
    const reg = cx.newReg();
    cx.emit('vp-lea-d', place.base, place.index, reg);
    if (place.offset !== 0) cx.emit('vp-add-cr', BigInt(place.offset as number), reg);
    return reg;
  }
  if (place.offset === 0 && place.base !== rsp) return place.base;
  const reg = cx.newReg();
  cx.emit('vp-lea-i', place.base, offsetArg(place.offset), reg);
  return reg;
}

/** Copy `size` bytes between memory places (loads and stores when small, `vp-copy-rrr` otherwise). */
export function emitMemoryCopy(cx: FunctionEmitter, to: MemoryPlace, from: MemoryPlace, size: number): void {
  if (size <= 32) {
    const dst = to.index === undefined ? to : memoryAt(emitAddressOf(cx, to), 0, to.type);
    const src = from.index === undefined ? from : memoryAt(emitAddressOf(cx, from), 0, from.type);
    let done = 0;
    for (const chunk of [8, 4, 2, 1]) {
      while (size - done >= chunk) {
        const suffix = storeSuffix(chunk);
        const reg = cx.newReg();
        cx.emit(
          `vp-cpy-ir${suffix === '' ? '' : `-u${suffix.slice(1)}`}`,
          src.base,
          offsetArg(addOffset(src.offset, done)),
          reg,
        );
        cx.emit(`vp-cpy-ri${suffix}`, reg, dst.base, offsetArg(addOffset(dst.offset, done)));
        done += chunk;
      }
    }
    return;
  }
  const source = emitAddressOf(cx, from);
  const target = emitAddressOf(cx, to);
  cx.emit('vp-copy-rrr', source, target, emitConstant(cx, BigInt(size)));
}

/** Fill `size` bytes at a memory place with zeros. */
export function emitZeroFill(cx: FunctionEmitter, place: MemoryPlace, size: number): void {
  const zero = emitConstant(cx, 0n);
  if (size <= 64 && place.index === undefined) {
    let done = 0;
    for (const chunk of [8, 4, 2, 1]) {
      while (size - done >= chunk) {
        cx.emit(`vp-cpy-ri${storeSuffix(chunk)}`, zero, place.base, offsetArg(addOffset(place.offset, done)));
        done += chunk;
      }
    }
    return;
  }
  cx.emit('vp-fill-rrr', zero, emitAddressOf(cx, place), emitConstant(cx, BigInt(size)));
}
