// C types for the LP64 data model of docs/ABI.md: their representation, sizes, alignments and layout,
// and the conversions the analyser applies (integer promotions, usual arithmetic conversions).

import type { VariableSymbol } from './ast.js';

/** The integer types, by name. `char` is signed but a type of its own, as in C. */
export type IntegerName =
  | 'bool'
  | 'char'
  | 'schar'
  | 'uchar'
  | 'short'
  | 'ushort'
  | 'int'
  | 'uint'
  | 'long'
  | 'ulong'
  | 'llong'
  | 'ullong';

/** Type qualifiers carried on a type. */
export interface Qualifiers {
  readonly const?: boolean;
  readonly volatile?: boolean;
}

/** What every type may carry besides its kind: qualifiers, and an alignment asked for. */
export interface TypeBase extends Qualifiers {
  /**
   * An alignment larger than the type's own, asked for by `_Alignas` or `__attribute__((aligned))` on a
   * typedef, object or member. It is no part of the type's identity (`sameType` ignores it).
   */
  readonly align?: number;
}

/** A C type. Objects are immutable except a struct/union's `StructInfo`, which is completed once. */
export type CType =
  | (TypeBase & { readonly kind: 'void' })
  | (TypeBase & {
      readonly kind: 'integer';
      readonly name: IntegerName;
      readonly size: 1 | 2 | 4 | 8;
      readonly signed: boolean;
      /** Conversion rank: bool 0, char 1, short 2, int 3, long 4, long long 5. */
      readonly rank: number;
      /** Set when the type came from an enum (it is still `int`). */
      readonly enumTag?: string;
    })
  | (TypeBase & {
      readonly kind: 'floating';
      readonly name: 'float' | 'double' | 'ldouble';
      readonly size: 4 | 8;
    })
  | (TypeBase & { readonly kind: 'pointer'; readonly to: CType })
  | (TypeBase & {
      readonly kind: 'array';
      readonly of: CType;
      /** Number of elements; undefined for an incomplete array (`int a[]`) and a variable-length one. */
      readonly length: number | undefined;
      /**
       * For a variable-length array (`int a[n]`): the hidden local that holds its number of elements,
       * set where the declarator is evaluated (never, for `[*]` and the arrays of a prototype).
       */
      readonly lengthVariable?: VariableSymbol;
    })
  | (TypeBase & {
      readonly kind: 'function';
      readonly returns: CType;
      readonly params: readonly CType[];
      readonly variadic: boolean;
      /** False for an old-style declaration without a prototype (`int f();`). */
      readonly prototyped: boolean;
    })
  | (TypeBase & { readonly kind: 'struct' | 'union'; readonly info: StructInfo });

/** The layout of a struct or union, shared by every type object naming it. */
export interface StructInfo {
  readonly tag: string | undefined;
  /** Whether the body has been seen. */
  complete: boolean;
  members: readonly Member[];
  size: number;
  align: number;
}

/** A bit-field's place inside its storage unit. */
export interface BitField {
  /** Bit offset from the low bit of the unit read at the member's byte offset. */
  readonly bitOffset: number;
  readonly width: number;
}

/** A struct or union member. Anonymous struct/union members have no name; lookup goes through them. */
export interface Member {
  readonly name: string | undefined;
  readonly type: CType;
  /** Byte offset from the start of the struct. For a bit-field: the offset of its storage unit. */
  readonly offset: number;
  readonly bitField: BitField | undefined;
}

function integer(name: IntegerName, size: 1 | 2 | 4 | 8, signed: boolean, rank: number): CType {
  return { kind: 'integer', name, size, signed, rank };
}

/** The basic types. */
export const types = {
  void: { kind: 'void' } as CType,
  bool: integer('bool', 1, false, 0),
  char: integer('char', 1, true, 1),
  schar: integer('schar', 1, true, 1),
  uchar: integer('uchar', 1, false, 1),
  short: integer('short', 2, true, 2),
  ushort: integer('ushort', 2, false, 2),
  int: integer('int', 4, true, 3),
  uint: integer('uint', 4, false, 3),
  long: integer('long', 8, true, 4),
  ulong: integer('ulong', 8, false, 4),
  llong: integer('llong', 8, true, 5),
  ullong: integer('ullong', 8, false, 5),
  float: { kind: 'floating', name: 'float', size: 4 } as CType,
  double: { kind: 'floating', name: 'double', size: 8 } as CType,
  ldouble: { kind: 'floating', name: 'ldouble', size: 8 } as CType,
} as const;

/** `size_t`, `ptrdiff_t` and the type of a pointer difference. */
export const sizeType = types.ulong;
export const pointerDifferenceType = types.long;

/** A pointer to `to`. */
export function pointerTo(to: CType): CType {
  return { kind: 'pointer', to };
}

/** An array of `length` elements of `of` (undefined length: incomplete). */
export function arrayOf(of: CType, length: number | undefined): CType {
  return { kind: 'array', of, length };
}

/** An array whose number of elements the hidden local `lengthVariable` holds at run time. */
export function variableArrayOf(of: CType, lengthVariable: VariableSymbol): CType {
  return { kind: 'array', of, length: undefined, lengthVariable };
}

/** Whether `type` is an array whose size is known only at run time (`int a[n]`, `int a[3][n]`). */
export function hasVariableSize(type: CType): boolean {
  return type.kind === 'array' && isVariablyModified(type);
}

/**
 * Whether `type` is variably modified: a variable-length array, or derived from one (an array of them,
 * a pointer to one). Its size, or the size of what it points to, is known only at run time.
 */
export function isVariablyModified(type: CType): boolean {
  switch (type.kind) {
    case 'array':
      return type.lengthVariable !== undefined || isVariablyModified(type.of);
    case 'pointer':
      return isVariablyModified(type.to);
    default:
      return false;
  }
}

/** A function type. */
export function functionType(
  returns: CType,
  params: readonly CType[],
  variadic: boolean,
  prototyped = true,
): CType {
  return { kind: 'function', returns, params, variadic, prototyped };
}

/** A new, incomplete struct or union type with its own identity. */
export function newStruct(kind: 'struct' | 'union', tag: string | undefined): CType {
  return { kind, info: { tag, complete: false, members: [], size: 0, align: 1 } };
}

/** The same type with the given qualifiers added. */
export function qualified(type: CType, qualifiers: Qualifiers): CType {
  if (!qualifiers.const && !qualifiers.volatile) return type;
  return {
    ...type,
    ...(qualifiers.const || type.const ? { const: true } : {}),
    ...(qualifiers.volatile || type.volatile ? { volatile: true } : {}),
  };
}

/** The same type without qualifiers. */
export function unqualified(type: CType): CType {
  if (!type.const && !type.volatile) return type;
  const copy = { ...type };
  delete copy.const;
  delete copy.volatile;
  return copy;
}

/** Whether `type` is an integer type (including `_Bool`, `char` and enums). */
export function isInteger(type: CType): type is Extract<CType, { kind: 'integer' }> {
  return type.kind === 'integer';
}

/** Whether `type` is an integer or floating type. */
export function isArithmetic(type: CType): boolean {
  return type.kind === 'integer' || type.kind === 'floating';
}

/** Whether `type` is arithmetic or a pointer. */
export function isScalar(type: CType): boolean {
  return type.kind === 'integer' || type.kind === 'floating' || type.kind === 'pointer';
}

/** Whether `type` is a struct or union. */
export function isAggregateRecord(type: CType): type is Extract<CType, { kind: 'struct' | 'union' }> {
  return type.kind === 'struct' || type.kind === 'union';
}

/** Whether the size of `type` is known (complete object type). */
export function isComplete(type: CType): boolean {
  switch (type.kind) {
    case 'void':
    case 'function':
      return false;
    case 'array':
      return (type.length !== undefined || type.lengthVariable !== undefined) && isComplete(type.of);
    case 'struct':
    case 'union':
      return type.info.complete;
    default:
      return true;
  }
}

/**
 * Size in bytes (`sizeof`); 1 for void and functions, as gcc does for pointer arithmetic on them. A
 * variably modified type has no size known here (the analyser's `sizeExpression` computes it at run time).
 */
export function sizeOf(type: CType): number {
  switch (type.kind) {
    case 'void':
    case 'function':
      return 1;
    case 'integer':
    case 'floating':
      return type.size;
    case 'pointer':
      return 8;
    case 'array':
      if (type.lengthVariable !== undefined)
        throw new Error('the size of a variable-length array is not constant');
      return (type.length ?? 0) * sizeOf(type.of);
    case 'struct':
    case 'union':
      return type.info.size;
  }
}

/** Alignment in bytes (`_Alignof`): the type's own, or the larger one asked for. */
export function alignOf(type: CType): number {
  return type.align ?? naturalAlignOf(type);
}

/** The alignment of a type by its kind alone, before any asked for. */
function naturalAlignOf(type: CType): number {
  switch (type.kind) {
    case 'void':
    case 'function':
      return 1;
    case 'integer':
    case 'floating':
      return type.size;
    case 'pointer':
      return 8;
    case 'array':
      return alignOf(type.of);
    case 'struct':
    case 'union':
      return type.info.align;
  }
}

/** The integer promotion of an integer type (types narrower than int become int). */
export function promote(type: CType): CType {
  if (type.kind === 'integer' && type.rank < 3) return types.int;
  if (type.kind === 'integer' && type.enumTag !== undefined) return types.int;
  return unqualified(type);
}

/** The usual arithmetic conversions: the common type of two arithmetic operands. */
export function commonArithmeticType(a: CType, b: CType): CType {
  if (a.kind === 'floating' || b.kind === 'floating') {
    const name = (t: CType): number => (t.kind === 'floating' ? (t.name === 'float' ? 1 : 2) : 0);
    return name(a) === 2 || name(b) === 2 ? types.double : types.float;
  }
  const x = promote(a);
  const y = promote(b);
  if (x.kind !== 'integer' || y.kind !== 'integer') return x;
  if (x.name === y.name) return x;
  if (x.signed === y.signed) return x.rank >= y.rank ? x : y;
  const [u, s] = x.signed ? [y, x] : [x, y];
  if (u.rank >= s.rank) return u;
  if (s.size > u.size) return s;
  return unsignedOf(s);
}

/** The unsigned type of the same rank. */
export function unsignedOf(type: Extract<CType, { kind: 'integer' }>): CType {
  const map: Partial<Record<IntegerName, CType>> = {
    char: types.uchar,
    schar: types.uchar,
    short: types.ushort,
    int: types.uint,
    long: types.ulong,
    llong: types.ullong,
  };
  return map[type.name] ?? type;
}

/** Whether two types are the same type, ignoring top-level qualifiers when `ignoreQualifiers`. */
export function sameType(a: CType, b: CType, ignoreQualifiers = false): boolean {
  if (!ignoreQualifiers && (!!a.const !== !!b.const || !!a.volatile !== !!b.volatile)) return false;
  switch (a.kind) {
    case 'void':
      return b.kind === 'void';
    case 'integer':
      return b.kind === 'integer' && a.name === b.name;
    case 'floating':
      return b.kind === 'floating' && a.name === b.name;
    case 'pointer':
      return b.kind === 'pointer' && sameType(a.to, b.to);
    case 'array':
      return b.kind === 'array' && a.length === b.length && sameType(a.of, b.of);
    case 'function':
      return (
        b.kind === 'function' &&
        a.variadic === b.variadic &&
        a.prototyped === b.prototyped &&
        sameType(a.returns, b.returns) &&
        a.params.length === b.params.length &&
        a.params.every((p, i) => sameType(p, b.params[i]!, true))
      );
    case 'struct':
    case 'union':
      return b.kind === a.kind && a.info === b.info;
  }
}

/** A member to lay out: a bit-field has a width; `align` is the alignment asked for on the member itself. */
export interface Field {
  readonly name: string | undefined;
  readonly type: CType;
  readonly bitWidth: number | undefined;
  readonly align?: number;
  /** `__attribute__((packed))` on the member: alignment 1 unless `align` asks for more. */
  readonly packed?: boolean;
}

/**
 * Lay out a struct or union's members (gcc's x86-64 rules, bit-fields included) and complete it. In a
 * `packed` struct every member is aligned to 1 unless it asks for more; `align` raises the whole's.
 */
export function completeStruct(
  type: Extract<CType, { kind: 'struct' | 'union' }>,
  fields: readonly Field[],
  layout: { readonly packed: boolean; readonly align: number | undefined } = {
    packed: false,
    align: undefined,
  },
): void {
  const members: Member[] = [];
  let size = 0;
  let align = 1;
  let bitPosition = 0; // next free bit, counted from the start of the struct (struct only)
  for (const field of fields) {
    const fieldSize = sizeOf(field.type);
    const fieldAlign = Math.max(
      layout.packed || field.packed === true ? 1 : alignOf(field.type),
      field.align ?? 1,
    );
    if (field.bitWidth !== undefined) {
      const unitBits = fieldSize * 8;
      if (type.kind === 'union') {
        if (field.bitWidth > 0) {
          members.push({
            name: field.name,
            type: field.type,
            offset: 0,
            bitField: { bitOffset: 0, width: field.bitWidth },
          });
          align = Math.max(align, fieldAlign);
        }
        size = Math.max(size, Math.ceil(field.bitWidth / 8));
        continue;
      }
      if (field.bitWidth === 0) {
        bitPosition = Math.ceil(bitPosition / unitBits) * unitBits;
        continue;
      }
      // Packed, a bit-field goes at the next free bit (read from its byte, as long as its type's width
      // reaches its end from there).
      const byte = Math.floor(bitPosition / 8);
      if ((layout.packed || field.packed === true) && bitPosition - byte * 8 + field.bitWidth <= unitBits) {
        if (field.name !== undefined) {
          const bitField = { bitOffset: bitPosition - byte * 8, width: field.bitWidth };
          members.push({ name: field.name, type: field.type, offset: byte, bitField });
          align = Math.max(align, fieldAlign);
        }
        bitPosition += field.bitWidth;
        size = Math.max(size, Math.ceil(bitPosition / 8));
        continue;
      }
      // A bit-field goes where it fits without crossing a boundary of its declared type's alignment.
      let unitStart = Math.floor(bitPosition / unitBits) * unitBits;
      if (bitPosition + field.bitWidth > unitStart + unitBits) {
        unitStart += unitBits;
        bitPosition = unitStart;
      }
      if (field.name !== undefined) {
        members.push({
          name: field.name,
          type: field.type,
          offset: unitStart / 8,
          bitField: { bitOffset: bitPosition - unitStart, width: field.bitWidth },
        });
      }
      bitPosition += field.bitWidth;
      // As in the x86-64 ABI, an unnamed bit-field does not affect the struct's alignment.
      if (field.name !== undefined) align = Math.max(align, fieldAlign);
      size = Math.max(size, Math.ceil(bitPosition / 8));
      continue;
    }
    align = Math.max(align, fieldAlign);
    if (type.kind === 'union') {
      members.push({ name: field.name, type: field.type, offset: 0, bitField: undefined });
      size = Math.max(size, fieldSize);
      continue;
    }
    const offset = Math.ceil(Math.ceil(bitPosition / 8) / fieldAlign) * fieldAlign;
    members.push({ name: field.name, type: field.type, offset, bitField: undefined });
    bitPosition = (offset + fieldSize) * 8;
    size = offset + fieldSize;
  }
  type.info.members = members;
  align = Math.max(align, layout.align ?? 1);
  type.info.align = align;
  type.info.size = Math.ceil(size / align) * align;
  type.info.complete = true;
}

/** A member by name, looking through anonymous struct/union members; offsets are from the outer struct. */
export function findMember(
  type: Extract<CType, { kind: 'struct' | 'union' }>,
  name: string,
): Member | undefined {
  for (const member of type.info.members) {
    if (member.name === name) return member;
    if (member.name === undefined && isAggregateRecord(member.type)) {
      const inner = findMember(member.type, name);
      if (inner !== undefined) return { ...inner, offset: member.offset + inner.offset };
    }
  }
  return undefined;
}

const integerSpelling: Record<IntegerName, string> = {
  bool: '_Bool',
  char: 'char',
  schar: 'signed char',
  uchar: 'unsigned char',
  short: 'short',
  ushort: 'unsigned short',
  int: 'int',
  uint: 'unsigned int',
  long: 'long',
  ulong: 'unsigned long',
  llong: 'long long',
  ullong: 'unsigned long long',
};

/** The type as C spells it in a diagnostic, e.g. `int *`, `struct point`, `char [4]`, `int (*)(int)`. */
export function typeToString(type: CType): string {
  return spell(type, '').trim();
}

function spell(type: CType, inner: string): string {
  const q = `${type.const ? 'const ' : ''}${type.volatile ? 'volatile ' : ''}`;
  switch (type.kind) {
    case 'void':
      return `${q}void ${inner}`;
    case 'integer':
      return `${q}${type.enumTag !== undefined ? `enum ${type.enumTag}` : integerSpelling[type.name]} ${inner}`;
    case 'floating':
      return `${q}${type.name === 'ldouble' ? 'long double' : type.name} ${inner}`;
    case 'struct':
    case 'union':
      return `${q}${type.kind} ${type.info.tag ?? '<anonymous>'} ${inner}`;
    case 'pointer': {
      const star = `*${q.trim() === '' ? '' : ` ${q.trim()}`}${inner}`;
      return spell(type.to, type.to.kind === 'array' || type.to.kind === 'function' ? `(${star})` : star);
    }
    case 'array':
      return spell(type.of, `${inner}[${type.lengthVariable !== undefined ? '*' : (type.length ?? '')}]`);
    case 'function': {
      const params = type.params.map((p) => typeToString(p));
      if (type.variadic) params.push('...');
      if (type.prototyped && params.length === 0) params.push('void');
      return spell(type.returns, `${inner}(${params.join(', ')})`);
    }
  }
}
