// Initializers (C99 6.7.8): braces, brace elision, designators and string initializers to the ordered
// stores of an `Initializer`; for static storage, those stores evaluated to `StaticValue`s.

import type { Expression, Initializer, InitializerEntry, StaticValue } from '../ast.js';
import type { CLocation } from '../diagnostics.js';
import type { ExpressionSyntax, InitializerSyntax, TypeNameSyntax } from '../syntax.js';
import {
  isComplete,
  hasVariableSize,
  isScalar,
  sizeOf,
  unqualified,
  type BitField,
  type CType,
  type Member,
} from '../types.js';
import { evaluateStatic, floatBytes } from './constants.js';
import { AnalysisError, quote, type Context, type Mutable } from './context.js';
import { convertForAssignment, typeName } from './conversions.js';
import { resolveTypeName } from './declarations.js';
import { checkExpression, checkIntegerConstant, checkRvalue, withLengths } from './expressions.js';
import type { VariableSymbol } from '../ast.js';

/** A place to initialise: a subobject's type and offset. */
interface Slot {
  readonly type: CType;
  readonly offset: number;
  readonly bitField: BitField | undefined;
}

/** A brace level's current object and the position in it. */
interface Frame {
  readonly type: CType;
  readonly offset: number;
  /** Whether an incomplete array here takes its size from the initializer (the outermost one). */
  readonly open: boolean;
  index: number;
  /** For arrays: one past the highest element initialised. */
  max: number;
}

type StringSyntax = ExpressionSyntax & { kind: 'string' };

/**
 * Resolve the initializer of an object of `type`: its stores, and the type completed by it (`int a[]
 * = {1, 2}` has type `int [2]`).
 */
export function resolveInitializer(
  ctx: Context,
  type: CType,
  init: InitializerSyntax,
  at: CLocation,
): { type: CType; initializer: Initializer } {
  const entries: InitializerEntry[] = [];
  const t = unqualified(type);
  let complete = type;
  if (t.kind === 'function') ctx.fail('C3082', at, "'function'");
  if (init.kind === 'expression') {
    const str = stringSyntax(init.expression);
    if (t.kind === 'array') {
      if (str === undefined) ctx.fail('C3047', init.at);
      const length = stringEntry(ctx, entries, t, 0, str, true);
      if (t.length === undefined) complete = { ...type, length } as CType;
    } else {
      if (!isComplete(t)) ctx.fail('C3048', at, 'object');
      storeExpression(
        ctx,
        entries,
        { type: t, offset: 0, bitField: undefined },
        checkRvalue(ctx, init.expression),
        init.at,
      );
    }
  } else if (isScalar(t)) {
    bracedScalar(ctx, entries, { type: t, offset: 0, bitField: undefined }, init);
  } else if (t.kind === 'array' && bracedString(t, init) !== undefined) {
    const length = stringEntry(ctx, entries, t, 0, bracedString(t, init)!, true);
    if (t.length === undefined) complete = { ...type, length } as CType;
  } else if (t.kind === 'array' || t.kind === 'struct' || t.kind === 'union') {
    if ((t.kind === 'struct' || t.kind === 'union') && !t.info.complete) ctx.fail('C3048', at, 'object');
    if (t.kind === 'array' && !isComplete(t.of)) ctx.fail('C3049', at, typeName(t.of));
    const length = fillList(ctx, entries, t, 0, init, true);
    if (t.kind === 'array' && t.length === undefined) complete = { ...type, length } as CType;
  } else {
    ctx.fail('C3047', init.at);
  }
  const size = sizeOf(complete);
  return { type: complete, initializer: { zeroFill: !covers(entries, size), entries } };
}

/** The string literal an initializer expression is, looking through parentheses. */
function stringSyntax(s: ExpressionSyntax): StringSyntax | undefined {
  if (s.kind === 'string') return s;
  if (s.kind === 'parenthesized') return stringSyntax(s.expression);
  return undefined;
}

/** `{"abc"}` for a char array: the string, which initialises the array as without braces. */
function bracedString(
  array: Extract<CType, { kind: 'array' }>,
  list: InitializerSyntax,
): StringSyntax | undefined {
  if (list.kind !== 'list' || list.items.length !== 1) return undefined;
  const item = list.items[0]!;
  if (item.designators.length > 0 || item.initializer.kind !== 'expression') return undefined;
  const str = stringSyntax(item.initializer.expression);
  return str !== undefined && acceptsString(array.of, stringUnitSize(str)) ? str : undefined;
}

/** Whether an array of `element` can be initialised by a string literal of `unitSize`. */
function acceptsString(element: CType, unitSize: number): boolean {
  const e = unqualified(element);
  return e.kind === 'integer' && e.name !== 'bool' && e.size === unitSize;
}

/** A string initializer of a char (or wide) array: returns the array's length. */
function stringEntry(
  ctx: Context,
  entries: InitializerEntry[],
  array: Extract<CType, { kind: 'array' }>,
  offset: number,
  s: StringSyntax,
  open: boolean,
): number {
  const e = checkExpression(ctx, s);
  if (e.kind !== 'string') return ctx.fail('C3047', s.at);
  const literal = e.literal;
  if (!acceptsString(array.of, literal.unitSize)) ctx.fail('C3122', s.at);
  const units = literal.units.length;
  let length = array.length;
  if (length === undefined) length = open ? units : 0;
  let copied = units;
  if (units - 1 > length) {
    ctx.error('C3045', s.at, typeName(unqualified(array.of)));
    copied = length;
  } else if (units - 1 === length) {
    ctx.extraWarning('C3046', s.at, typeName(unqualified(array.of)));
    copied = length;
  }
  entries.push({ kind: 'string', offset, literal, length: copied });
  return length;
}

/** Store an expression (already an rvalue) into a scalar or struct slot. */
function storeExpression(
  ctx: Context,
  entries: InitializerEntry[],
  slot: Slot,
  value: Expression,
  at: CLocation,
): void {
  const converted = convertForAssignment(ctx, slot.type, value, { kind: 'initialization' }, at);
  entries.push({
    kind: 'value',
    offset: slot.offset,
    type: unqualified(slot.type),
    bitField: slot.bitField,
    value: converted,
  });
}

/** `int x = { 3 }`: a scalar in braces (the first element; the rest is excess). */
function bracedScalar(
  ctx: Context,
  entries: InitializerEntry[],
  slot: Slot,
  list: InitializerSyntax & { kind: 'list' },
): void {
  const first = list.items[0];
  if (first === undefined) {
    // `{}`: zero, as gcc.
    return;
  }
  if (first.designators.length > 0) ctx.fail('C3093', first.at);
  if (first.initializer.kind === 'list') bracedScalar(ctx, entries, slot, first.initializer);
  else
    storeExpression(ctx, entries, slot, checkRvalue(ctx, first.initializer.expression), first.initializer.at);
  if (list.items.length > 1) ctx.warning('C3044', list.items[1]!.at, 'scalar');
}

const slotCache = new WeakMap<readonly Member[], Member[]>();

/** The members of a struct or union that initializers fill (unnamed bit-fields are skipped). */
function slotMembers(type: Extract<CType, { kind: 'struct' | 'union' }>): Member[] {
  let members = slotCache.get(type.info.members);
  if (members === undefined) {
    members = type.info.members.filter((m) => m.name !== undefined || m.bitField === undefined);
    slotCache.set(type.info.members, members);
  }
  return members;
}

function newFrame(type: CType, offset: number, open: boolean): Frame {
  return { type: unqualified(type), offset, open, index: 0, max: 0 };
}

/** How many subobjects a frame's list fills without designators. */
function countOf(frame: Frame): number {
  const t = frame.type;
  if (t.kind === 'array') return t.length ?? (frame.open ? Infinity : 0);
  if (t.kind === 'struct') return slotMembers(t).length;
  if (t.kind === 'union') return slotMembers(t).length > 0 ? 1 : 0;
  return 0;
}

function slotAt(frame: Frame, index: number): Slot {
  const t = frame.type;
  if (t.kind === 'array')
    return { type: t.of, offset: frame.offset + index * sizeOf(t.of), bitField: undefined };
  if (t.kind === 'struct' || t.kind === 'union') {
    const m = slotMembers(t)[index]!;
    return { type: m.type, offset: frame.offset + m.offset, bitField: m.bitField };
  }
  throw new Error('slot of a scalar');
}

function isAggregate(type: CType): boolean {
  const t = unqualified(type);
  return t.kind === 'array' || t.kind === 'struct' || t.kind === 'union';
}

/** The indices to a member by name, through anonymous members: `[2, 0]` for the first member of the third. */
function memberPath(type: Extract<CType, { kind: 'struct' | 'union' }>, name: string): number[] | undefined {
  const members = slotMembers(type);
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    if (m.name === name) return [i];
    if (m.name === undefined && (m.type.kind === 'struct' || m.type.kind === 'union')) {
      const inner = memberPath(m.type, name);
      if (inner !== undefined) return [i, ...inner];
    }
  }
  return undefined;
}

function excessWord(frame: Frame): string {
  const t = frame.type;
  return t.kind === 'array' ? 'array' : t.kind === 'union' ? 'union' : 'struct';
}

/**
 * Fill an aggregate from a brace-enclosed list (with brace elision and designators); returns the
 * number of elements for an array (the size of an incomplete one).
 */
function fillList(
  ctx: Context,
  entries: InitializerEntry[],
  type: CType,
  offset: number,
  list: InitializerSyntax & { kind: 'list' },
  open: boolean,
): number {
  const top = newFrame(type, offset, open);
  let stack: Frame[] = [top];
  let warnedExcess = false;
  for (const item of list.items) {
    try {
      let repeat = 1;
      let designated: Frame | undefined;
      if (item.designators.length > 0) {
        stack = [top];
        item.designators.forEach((d, i) => {
          let frame = stack[stack.length - 1]!;
          if (i > 0) {
            const slot = slotAt(frame, frame.index);
            if (!isAggregate(slot.type)) ctx.fail(d.kind === 'member' ? 'C3093' : 'C3094', d.at);
            frame = newFrame(slot.type, slot.offset, false);
            stack.push(frame);
          }
          if (d.kind === 'member') {
            const t = frame.type;
            if (t.kind !== 'struct' && t.kind !== 'union') return ctx.fail('C3093', d.at);
            const path = memberPath(t, d.name);
            if (path === undefined) return ctx.fail('C3092', d.at, quote(d.name));
            path.forEach((index, j) => {
              if (j > 0) {
                const slot = slotAt(frame, frame.index);
                frame = newFrame(slot.type, slot.offset, false);
                stack.push(frame);
              }
              frame.index = index;
            });
          } else {
            const t = frame.type;
            if (t.kind !== 'array') return ctx.fail('C3094', d.at);
            const first = checkIntegerConstant(ctx, d.index, 'array index in initializer');
            const last =
              d.last === undefined ? first : checkIntegerConstant(ctx, d.last, 'array index in initializer');
            const bound = t.length ?? (frame.open ? Infinity : 0);
            if (first < 0n || last >= BigInt(Math.min(bound, Number.MAX_SAFE_INTEGER)))
              ctx.fail('C3091', d.at);
            if (last < first) ctx.fail('C3096', d.at);
            if (last - first >= 1n << 20n) ctx.fail('C3060', d.at, 'designator ranges this large');
            frame.index = Number(first);
            if (i === item.designators.length - 1) repeat = Number(last - first) + 1;
            else if (last !== first) ctx.fail('C3060', d.at, 'ranges before other designators');
          }
          return undefined;
        });
        designated = stack[stack.length - 1];
      } else {
        while (stack.length > 1 && stack[stack.length - 1]!.index >= countOf(stack[stack.length - 1]!)) {
          stack.pop();
          stack[stack.length - 1]!.index++;
        }
        const frame = stack[stack.length - 1]!;
        if (frame.index >= countOf(frame)) {
          if (!warnedExcess) ctx.warning('C3044', item.at, excessWord(frame));
          warnedExcess = true;
          continue;
        }
      }
      const depth = stack.length;
      const before = entries.length;
      assignItem(ctx, entries, stack, item.initializer);
      if (repeat > 1 && designated !== undefined) {
        const step = sizeOf(
          unqualified(designated.type).kind === 'array'
            ? (designated.type as { of: CType }).of
            : designated.type,
        );
        const made = entries.slice(before);
        for (let r = 1; r < repeat; r++) {
          for (const e of made) entries.push({ ...e, offset: e.offset + r * step });
        }
        stack.length = depth;
        designated.index += repeat - 1;
      }
      const inner = stack[stack.length - 1]!;
      inner.index++;
      if (top.type.kind === 'array')
        top.max = Math.max(top.max, stack.length > 1 ? top.index + 1 : top.index);
    } catch (error) {
      if (!(error instanceof AnalysisError)) throw error;
    }
  }
  return top.type.kind === 'array' ? top.max : 0;
}

/** Initialise the subobject at the current position, descending into aggregates by brace elision. */
function assignItem(
  ctx: Context,
  entries: InitializerEntry[],
  stack: Frame[],
  init: InitializerSyntax,
): void {
  let frame = stack[stack.length - 1]!;
  let slot = slotAt(frame, frame.index);
  if (init.kind === 'list') {
    const t = unqualified(slot.type);
    const str = t.kind === 'array' ? bracedString(t, init) : undefined;
    if (isScalar(t)) bracedScalar(ctx, entries, slot, init);
    else if (str !== undefined && t.kind === 'array') stringEntry(ctx, entries, t, slot.offset, str, false);
    else if (isAggregate(t)) {
      if ((t.kind === 'struct' || t.kind === 'union') && !t.info.complete)
        ctx.fail('C3048', init.at, 'object');
      fillList(ctx, entries, t, slot.offset, init, false);
    } else ctx.fail('C3047', init.at);
    return;
  }
  const str = stringSyntax(init.expression);
  let value: Expression | undefined;
  for (;;) {
    const t = unqualified(slot.type);
    if (t.kind === 'array') {
      if (str !== undefined && acceptsString(t.of, stringUnitSize(str))) {
        stringEntry(ctx, entries, t, slot.offset, str, false);
        return;
      }
    } else if (t.kind === 'struct' || t.kind === 'union') {
      value ??= checkRvalue(ctx, init.expression);
      if (value.type.kind === t.kind && value.type.info === t.info) {
        storeExpression(ctx, entries, slot, value, init.at);
        return;
      }
    } else {
      value ??= checkRvalue(ctx, init.expression);
      storeExpression(ctx, entries, slot, value, init.at);
      return;
    }
    frame = newFrame(t, slot.offset, false);
    if (countOf(frame) === 0) return ctx.fail('C3047', init.at);
    stack.push(frame);
    slot = slotAt(frame, 0);
  }
}

function stringUnitSize(s: StringSyntax): number {
  let size = 1;
  for (const part of s.parts) {
    if (part.text.startsWith('u8')) continue;
    if (part.text.startsWith('u')) size = 2;
    else if (part.text.startsWith('L') || part.text.startsWith('U')) size = 4;
  }
  return size;
}

/** Whether the entries store every byte of an object of `size` bytes (bit-fields do not count). */
function covers(entries: readonly InitializerEntry[], size: number): boolean {
  if (size === 0) return true;
  const ranges: [number, number][] = [];
  for (const e of entries) {
    if (e.kind === 'string') ranges.push([e.offset, e.offset + e.length * e.literal.unitSize]);
    else if (e.bitField === undefined) ranges.push([e.offset, e.offset + sizeOf(e.type)]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  let reached = 0;
  for (const [from, to] of ranges) {
    if (from > reached) return false;
    reached = Math.max(reached, to);
  }
  return reached >= size;
}

// ---- static values ----

/** One store of a static initializer, with the bits it covers, before bit-fields are merged. */
interface Piece {
  readonly start: number;
  readonly end: number;
  readonly value: StaticValue | undefined;
  readonly bits: { readonly offset: number; readonly bitField: BitField; readonly value: bigint } | undefined;
}

/** The stores of a static object's initializer as constant values (undefined when all zero: bss). */
export function staticValuesOf(ctx: Context, initializer: Initializer): StaticValue[] | undefined {
  let pieces: Piece[] = [];
  let reached = 0;
  const add = (piece: Piece): void => {
    // Stores usually come in increasing order; only an override (a designator going back) needs a search.
    if (piece.start < reached) pieces = pieces.filter((p) => p.end <= piece.start || p.start >= piece.end);
    pieces.push(piece);
    reached = Math.max(reached, piece.end);
  };
  for (const entry of initializer.entries) {
    if (entry.kind === 'string') {
      const bytes: number[] = [];
      const size = entry.literal.unitSize;
      for (let i = 0; i < entry.length; i++) {
        const unit = entry.literal.units[i] ?? 0;
        for (let b = 0; b < size; b++) bytes.push((unit >>> (8 * b)) & 0xff);
      }
      add({
        start: entry.offset * 8,
        end: (entry.offset + bytes.length) * 8,
        value: { kind: 'bytes', offset: entry.offset, bytes },
        bits: undefined,
      });
      continue;
    }
    const type = entry.type;
    const c = evaluateStatic(entry.value);
    if (c === undefined || type.kind === 'struct' || type.kind === 'union') {
      ctx.error('C3043', entry.value.at);
      continue;
    }
    const size = type.kind === 'pointer' ? 8 : sizeOf(type);
    if (entry.bitField !== undefined) {
      if (c.kind !== 'integer') {
        ctx.error('C3043', entry.value.at);
        continue;
      }
      const start = entry.offset * 8 + entry.bitField.bitOffset;
      add({
        start,
        end: start + entry.bitField.width,
        value: undefined,
        bits: { offset: entry.offset, bitField: entry.bitField, value: c.value },
      });
      continue;
    }
    const start = entry.offset * 8;
    const end = start + size * 8;
    if (c.kind === 'integer') {
      if (size !== 1 && size !== 2 && size !== 4 && size !== 8) {
        ctx.error('C3043', entry.value.at);
        continue;
      }
      add({
        start,
        end,
        value: { kind: 'integer', offset: entry.offset, size, value: c.value },
        bits: undefined,
      });
    } else if (c.kind === 'floating') {
      add({
        start,
        end,
        value: { kind: 'bytes', offset: entry.offset, bytes: floatBytes(c.value, size === 4 ? 4 : 8) },
        bits: undefined,
      });
    } else {
      if (size !== 8) {
        ctx.error('C3108', entry.value.at);
        continue;
      }
      add({
        start,
        end,
        value: { kind: 'address', offset: entry.offset, target: c.target, addend: c.addend },
        bits: undefined,
      });
    }
  }
  const values: StaticValue[] = [];
  const bitBytes = new Map<number, number>();
  for (const p of pieces) {
    if (p.value !== undefined) {
      if (!isZero(p.value)) values.push(p.value);
      continue;
    }
    const b = p.bits!;
    const masked = BigInt.asUintN(b.bitField.width, b.value);
    for (let i = 0; i < b.bitField.width; i++) {
      if (((masked >> BigInt(i)) & 1n) === 0n) {
        const bit = b.bitField.bitOffset + i;
        const byte = b.offset + Math.floor(bit / 8);
        if (!bitBytes.has(byte)) bitBytes.set(byte, 0);
        continue;
      }
      const bit = b.bitField.bitOffset + i;
      const byte = b.offset + Math.floor(bit / 8);
      bitBytes.set(byte, (bitBytes.get(byte) ?? 0) | (1 << (bit % 8)));
    }
  }
  // Bit-fields: each run of adjacent bytes holding bits becomes one integer (or bytes when oddly sized).
  const offsets = [...bitBytes.keys()].sort((a, b) => a - b);
  for (let i = 0; i < offsets.length;) {
    let j = i;
    while (j + 1 < offsets.length && offsets[j + 1] === offsets[j]! + 1) j++;
    const start = offsets[i]!;
    const bytes = offsets.slice(i, j + 1).map((o) => bitBytes.get(o)!);
    if (bytes.some((b) => b !== 0)) {
      const length = bytes.length;
      if (length === 1 || length === 2 || length === 4 || length === 8) {
        let value = 0n;
        for (let k = length - 1; k >= 0; k--) value = (value << 8n) | BigInt(bytes[k]!);
        values.push({ kind: 'integer', offset: start, size: length, value });
      } else {
        values.push({ kind: 'bytes', offset: start, bytes });
      }
    }
    i = j + 1;
  }
  values.sort((a, b) => a.offset - b.offset);
  return values.length === 0 ? undefined : values;
}

function isZero(v: StaticValue): boolean {
  if (v.kind === 'integer') return v.value === 0n;
  if (v.kind === 'bytes') return v.bytes.every((b) => b === 0);
  return false;
}

// ---- compound literals ----

/** `(T){ ... }`: a fresh object, local in a function and static at file scope. */
export function resolveCompoundLiteral(
  ctx: Context,
  typeNameSyntax: TypeNameSyntax,
  init: InitializerSyntax & { kind: 'list' },
  at: CLocation,
): Expression {
  const { result: type, lengths } = ctx.collectLengths(() => resolveTypeName(ctx, typeNameSyntax));
  if (hasVariableSize(type)) ctx.fail('C3136', at);
  const inFunction = ctx.current !== undefined;
  const symbol: VariableSymbol = {
    kind: 'variable',
    name: '(compound literal)',
    type,
    storage: inFunction ? 'local' : 'static',
    label: inFunction ? '' : `${ctx.options.unitName}:__compound_literal.${ctx.staticNumber()}`,
    id: ctx.id(),
    addressTaken: true,
    at,
  };
  const { type: complete, initializer } = resolveInitializer(ctx, type, init, at);
  (symbol as Mutable<VariableSymbol>).type = complete;
  if (!isComplete(complete)) ctx.fail('C3048', at, 'compound literal');
  if (inFunction) ctx.current!.locals.push(symbol);
  else ctx.objects.set(symbol, { values: staticValuesOf(ctx, initializer) });
  const node: Expression = {
    kind: 'compoundLiteral',
    type: unqualified(complete),
    object: symbol,
    initializer,
    at,
  };
  ctx.lvalueTypes.set(node, complete);
  return withLengths(ctx, lengths, node);
}
