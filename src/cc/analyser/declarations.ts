// Declarations: specifiers and declarators to types, structs, unions and enums, scopes and linkage of
// objects and functions (tentative definitions, redeclarations), and function definitions.

import type { FunctionSymbol, Statement, VariableSymbol } from '../ast.js';
import type { CLocation } from '../diagnostics.js';
import { concatenateStrings } from '../literals.js';
import type {
  AttributesSyntax,
  DeclarationSyntax,
  DeclaratorSyntax,
  FunctionDefinitionSyntax,
  InitDeclaratorSyntax,
  SpecifiersSyntax,
  StaticAssertSyntax,
  StorageClass,
  TypeNameSyntax,
  TypeSpecifierSyntax,
} from '../syntax.js';
import {
  alignOf,
  arrayOf,
  completeStruct,
  functionType,
  hasVariableSize,
  isComplete,
  isVariablyModified,
  newStruct,
  pointerTo,
  promote,
  qualified,
  sizeOf,
  sizeType,
  types,
  unqualified,
  variableArrayOf,
  type CType,
  type Field,
} from '../types.js';
import { isIntegerConstant } from './constants.js';
import {
  AnalysisError,
  quote,
  type Context,
  type FunctionState,
  type LengthEvaluation,
  type Mutable,
  type VariablyModifiedName,
} from './context.js';
import { compatible, composite, convert, typeName } from './conversions.js';
import {
  checkExpression,
  checkIntegerConstant,
  checkRvalue,
  lvalueType,
  qualify,
  lengthAssignment,
  sizeExpression,
} from './expressions.js';
import { resolveInitializer, staticValuesOf } from './initializers.js';
import { checkFunctionBody, checkUnusedLocals } from './statements.js';

/** Declaration specifiers resolved: the type, the storage class and whether `int` was implied. */
export interface ResolvedSpecifiers {
  readonly type: CType;
  readonly storage: StorageClass | undefined;
  readonly storageAt: CLocation;
  readonly inline: boolean;
  readonly implicitInt: boolean;
  /** Whether the specifiers define or declare a tag or enumerators (so `struct s;` declares something). */
  readonly declaresTag: boolean;
}

/** A parameter of a function declarator, adjusted (arrays and functions become pointers). */
export interface ResolvedParameter {
  readonly name: string | undefined;
  readonly type: CType;
  readonly at: CLocation;
  readonly register: boolean;
  /** The symbol the later parameters' declarators refer to (`int n, int a[n]`), for a named one. */
  readonly symbol: VariableSymbol | undefined;
}

/** A declarator resolved against its base type. */
export interface ResolvedDeclarator {
  readonly name: string | undefined;
  readonly type: CType;
  readonly at: CLocation;
  /** The parameters of the function declarator next to the name, if it is one. */
  readonly parameters: readonly ResolvedParameter[] | undefined;
  /** The identifier list of an old-style function declarator next to the name. */
  readonly identifiers: readonly { readonly name: string; readonly at: CLocation }[];
  /**
   * The lengths of the variable-length arrays in the parameters of that function declarator, which a
   * definition evaluates on entry (the lengths of other function declarators are never evaluated).
   */
  readonly parameterLengths: readonly LengthEvaluation[];
}

/** Whether objects of this type must live in memory (arrays, structs, unions). */
function isAggregateObject(type: CType): boolean {
  return type.kind === 'array' || type.kind === 'struct' || type.kind === 'union';
}

// ---- specifiers ----

/** Resolve declaration specifiers. `alone`: the declaration has no declarators (`struct s;`). */
export function resolveSpecifiers(ctx: Context, s: SpecifiersSyntax, alone: boolean): ResolvedSpecifiers {
  if (s.storage.length > 1) ctx.error('C3053', s.storage[1]!.at);
  const storage = s.storage[0]?.word;
  const storageAt = s.storage[0]?.at ?? s.at;
  const basics: { word: string; at: CLocation }[] = [];
  let other: TypeSpecifierSyntax | undefined;
  for (const spec of s.typeSpecifiers) {
    if (spec.kind === 'basic') {
      basics.push({ word: spec.word, at: spec.at });
    } else if (other !== undefined) {
      ctx.fail('C3050', spec.at);
    } else {
      other = spec;
    }
  }
  if (other !== undefined && basics.length > 0) ctx.fail('C3050', basics[0]!.at);
  let type: CType;
  let declaresTag = false;
  let implicitInt = false;
  if (other !== undefined) {
    switch (other.kind) {
      case 'typedefName': {
        const entry = ctx.lookup(other.name);
        if (entry?.kind === 'poisoned') throw new AnalysisError();
        if (entry?.kind !== 'typedef') ctx.fail('C3001', other.at, quote(other.name));
        type = entry.type;
        break;
      }
      case 'record':
        type = resolveRecord(ctx, other, alone);
        declaresTag = true;
        break;
      case 'enum':
        type = resolveEnum(ctx, other, alone);
        declaresTag = true;
        break;
      case 'vaList':
        type = pointerTo(types.char);
        break;
      case 'typeofExpression': {
        const e = checkExpression(ctx, other.expression);
        type = lvalueType(ctx, e);
        break;
      }
      case 'typeofType':
        type = resolveTypeName(ctx, other.typeName);
        break;
      case 'basic':
        throw new Error('unreachable');
    }
  } else if (basics.length > 0) {
    type = resolveBasic(ctx, basics);
  } else {
    type = types.int;
    implicitInt = true;
  }
  type = qualify(type, s.qualifiers);
  return { type, storage, storageAt, inline: s.inline, implicitInt, declaresTag };
}

function resolveBasic(ctx: Context, words: readonly { word: string; at: CLocation }[]): CType {
  let sign: { word: string; at: CLocation } | undefined;
  let size: 'short' | 'long' | 'long long' | undefined;
  let sizeAt: CLocation | undefined;
  let base: { word: string; at: CLocation } | undefined;
  for (const w of words) {
    switch (w.word) {
      case 'signed':
      case 'unsigned':
        if (sign !== undefined && sign.word !== w.word) ctx.fail('C3051', w.at, "'signed'", "'unsigned'");
        sign = w;
        break;
      case 'short':
        if (size !== undefined)
          ctx.fail('C3051', w.at, `'${size === 'short' ? 'short' : 'long'}'`, "'short'");
        size = 'short';
        sizeAt = w.at;
        break;
      case 'long':
        if (size === 'short') ctx.fail('C3051', w.at, "'long'", "'short'");
        if (size === 'long long') ctx.fail('C3052', w.at);
        size = size === 'long' ? 'long long' : 'long';
        sizeAt = w.at;
        break;
      case '_Complex':
        ctx.fail('C3060', w.at, 'complex types');
        break;
      case '_Imaginary':
        ctx.fail('C3060', w.at, 'imaginary types');
        break;
      default:
        if (base !== undefined) ctx.fail('C3050', w.at);
        base = w;
    }
  }
  const word = base?.word ?? 'int';
  const clash = (a: string, at: CLocation | undefined): never =>
    ctx.fail('C3051', at ?? words[0]!.at, `'${a}'`, `'${word}'`);
  switch (word) {
    case 'void':
    case '_Bool':
    case 'float':
      if (sign !== undefined) clash(sign.word, sign.at);
      if (size !== undefined) clash(size, sizeAt);
      return word === 'void' ? types.void : word === 'float' ? types.float : types.bool;
    case 'double':
      if (sign !== undefined) clash(sign.word, sign.at);
      if (size === 'short' || size === 'long long') clash(size, sizeAt);
      return size === 'long' ? types.ldouble : types.double;
    case 'char':
      if (size !== undefined) clash(size, sizeAt);
      return sign === undefined ? types.char : sign.word === 'signed' ? types.schar : types.uchar;
    default: {
      const unsigned = sign?.word === 'unsigned';
      if (size === 'short') return unsigned ? types.ushort : types.short;
      if (size === 'long') return unsigned ? types.ulong : types.long;
      if (size === 'long long') return unsigned ? types.ullong : types.llong;
      return unsigned ? types.uint : types.int;
    }
  }
}

function resolveRecord(ctx: Context, spec: TypeSpecifierSyntax & { kind: 'record' }, alone: boolean): CType {
  const kind = spec.tagKind;
  const tag = spec.tag;
  if (spec.members === undefined) {
    const found = tag === undefined ? undefined : ctx.lookupTag(tag);
    if (found !== undefined && (found.here || !alone)) {
      if (found.entry.kind !== kind) ctx.fail('C3098', spec.tagAt, quote(tag!));
      return found.entry.type;
    }
    const type = newStruct(kind, tag);
    if (tag !== undefined) {
      ctx.scope.tags.set(tag, { kind, type, defined: false });
      if (ctx.scope.kind === 'prototype') ctx.warning('C3124', spec.tagAt, quote(`${kind} ${tag}`));
    }
    return type;
  }
  let type: Extract<CType, { kind: 'struct' | 'union' }> | undefined;
  if (tag !== undefined) {
    const found = ctx.lookupTag(tag);
    if (found?.here) {
      if (found.entry.kind !== kind) ctx.error('C3098', spec.tagAt, quote(tag));
      else if (found.entry.defined) ctx.error('C3007', spec.tagAt, quote(`${kind} ${tag}`));
      else type = found.entry.type as Extract<CType, { kind: 'struct' | 'union' }>;
    }
  }
  if (type === undefined) {
    type = newStruct(kind, tag) as Extract<CType, { kind: 'struct' | 'union' }>;
    if (tag !== undefined) ctx.scope.tags.set(tag, { kind, type, defined: false });
  }
  const entry = tag !== undefined ? ctx.scope.tags.get(tag) : undefined;
  if (entry !== undefined && entry.type === type) entry.defined = true;
  const fields: Field[] = [];
  const names = new Set<string>();
  const addName = (name: string, at: CLocation): void => {
    if (names.has(name)) ctx.error('C3055', at, quote(name));
    names.add(name);
  };
  const members = spec.members;
  members.forEach((member, memberIndex) => {
    try {
      if (member.kind === 'staticAssert') {
        checkStaticAssert(ctx, member);
        return;
      }
      if (member.specifiers.storage.length > 0) ctx.fail('C3080', member.specifiers.storage[0]!.at, 'member');
      const specs = resolveSpecifiers(ctx, member.specifiers, member.declarators.length === 0);
      if (member.declarators.length === 0) {
        const t = specs.type;
        const anonymous = (t.kind === 'struct' || t.kind === 'union') && recordIsAnonymous(member.specifiers);
        if (anonymous && (t.kind === 'struct' || t.kind === 'union')) {
          for (const name of memberNames(t)) addName(name, member.at);
          fields.push({ name: undefined, type: t, bitWidth: undefined });
        } else {
          ctx.warning('C3097', member.at);
        }
        return;
      }
      member.declarators.forEach((d, declaratorIndex) => {
        try {
          const r = resolveDeclarator(ctx, d.declarator, specs.type);
          const align = requestedAlignment(ctx, member.specifiers.attributes, d.attributes);
          const packed = member.specifiers.attributes.packed || d.attributes.packed;
          const asked = { packed, ...(align === undefined ? {} : { align }) };
          ctx.takeLengths();
          const name = r.name;
          const shown = quote(name ?? '<anonymous>');
          if (isVariablyModified(r.type)) ctx.fail('C3132', r.at);
          if (name !== undefined) addName(name, r.at);
          if (d.bitWidth !== undefined) {
            const t = unqualified(r.type);
            if (t.kind !== 'integer') ctx.fail('C3059', d.at, shown);
            const width = checkIntegerConstant(ctx, d.bitWidth, `bit-field ${shown} width`);
            if (width < 0n) ctx.fail('C3058', d.bitWidth.at, 'negative width in', shown);
            if (width === 0n && name !== undefined) ctx.fail('C3058', d.bitWidth.at, 'zero width for', shown);
            if (width > BigInt(t.name === 'bool' ? 1 : t.size * 8)) ctx.fail('C3057', d.bitWidth.at, shown);
            fields.push({ name, type: r.type, bitWidth: Number(width), ...asked });
            return;
          }
          if (r.type.kind === 'function') ctx.fail('C3113', r.at, shown);
          const last =
            memberIndex === members.length - 1 && declaratorIndex === member.declarators.length - 1;
          const flexible = r.type.kind === 'array' && r.type.length === undefined && isComplete(r.type.of);
          if (!isComplete(r.type) && !(flexible && last && kind === 'struct' && fields.length > 0)) {
            ctx.fail('C3056', r.at, shown);
          }
          fields.push({ name, type: r.type, bitWidth: undefined, ...asked });
        } catch (error) {
          if (!(error instanceof AnalysisError)) throw error;
          ctx.takeLengths();
          // Keep the member (as an int) so that its uses do not cascade into "has no member" errors.
          const name = nameOf(d.declarator);
          if (name !== undefined && !fields.some((f) => f.name === name)) {
            fields.push({ name, type: types.int, bitWidth: undefined });
          }
        }
      });
    } catch (error) {
      if (!(error instanceof AnalysisError)) throw error;
    }
  });
  let align: number | undefined;
  try {
    align = requestedAlignment(ctx, spec.attributes);
  } catch (error) {
    if (!(error instanceof AnalysisError)) throw error;
  }
  completeStruct(type, fields, { packed: spec.attributes.packed, align });
  return type;
}

/**
 * The alignment that `_Alignas` and `aligned` attributes ask for (the largest), if any: a power of 2,
 * `_Alignas(0)` asking for nothing, bare `aligned` for the largest alignment of any type (16, as gcc).
 */
function requestedAlignment(ctx: Context, ...lists: AttributesSyntax[]): number | undefined {
  let align: number | undefined;
  for (const list of lists) {
    for (const request of list.aligned) {
      let value = 16;
      if (request.kind === 'type') value = alignOf(resolveTypeName(ctx, request.typeName));
      else if (request.kind === 'expression') {
        const n = checkIntegerConstant(ctx, request.expression, 'requested alignment');
        if (n === 0n) continue;
        if (n < 0n || (n & (n - 1n)) !== 0n) ctx.fail('C3155', request.expression.at, quote(`${n}`));
        if (n > 1n << 28n) ctx.fail('C3156', request.expression.at, quote(`${n}`));
        value = Number(n);
      }
      align = Math.max(align ?? 1, value);
    }
  }
  return align;
}

/** An object's type with the alignment asked for, when that is more than its own. */
function withAlignment(type: CType, align: number | undefined): CType {
  if (align === undefined || type.kind === 'function' || align <= alignOf(type)) return type;
  return { ...type, align };
}

function recordIsAnonymous(s: SpecifiersSyntax): boolean {
  const spec = s.typeSpecifiers[0];
  return spec?.kind === 'record' && spec.tag === undefined && spec.members !== undefined;
}

/** The member names of a struct or union, including those reached through anonymous members. */
function memberNames(type: Extract<CType, { kind: 'struct' | 'union' }>): string[] {
  const names: string[] = [];
  for (const m of type.info.members) {
    if (m.name !== undefined) names.push(m.name);
    else if (m.type.kind === 'struct' || m.type.kind === 'union') names.push(...memberNames(m.type));
  }
  return names;
}

/** The type of an enumeration constant with this value (int when it fits, as gcc). */
export function enumeratorType(value: bigint): CType {
  if (value >= -(1n << 31n) && value < 1n << 31n) return types.int;
  if (value >= 0n && value < 1n << 32n) return types.uint;
  return value >= 0n && value >= 1n << 63n ? types.ulong : types.long;
}

function resolveEnum(ctx: Context, spec: TypeSpecifierSyntax & { kind: 'enum' }, alone: boolean): CType {
  const tag = spec.tag;
  const enumType: CType = tag === undefined ? types.int : ({ ...types.int, enumTag: tag } as CType);
  if (spec.enumerators === undefined) {
    const found = tag === undefined ? undefined : ctx.lookupTag(tag);
    if (found !== undefined && (found.here || !alone)) {
      if (found.entry.kind !== 'enum') ctx.fail('C3098', spec.tagAt, quote(tag!));
      return found.entry.type;
    }
    if (tag !== undefined) ctx.scope.tags.set(tag, { kind: 'enum', type: enumType, defined: false });
    return enumType;
  }
  if (tag !== undefined) {
    const found = ctx.lookupTag(tag);
    if (found?.here && found.entry.kind !== 'enum') ctx.error('C3098', spec.tagAt, quote(tag));
    else if (found?.here && found.entry.defined) ctx.error('C3007', spec.tagAt, quote(`enum ${tag}`));
    ctx.scope.tags.set(tag, { kind: 'enum', type: enumType, defined: true });
  }
  let next = 0n;
  for (const e of spec.enumerators) {
    try {
      let value = next;
      if (e.value !== undefined) {
        value = checkIntegerConstant(ctx, e.value, `enumerator value for ${quote(e.name)}`);
      } else if (next >= 1n << 63n) {
        ctx.error('C3105', e.at);
      }
      declareOrdinary(ctx, e.name, { kind: 'enumerator', value, at: e.at }, e.at);
      next = value + 1n;
    } catch (error) {
      if (!(error instanceof AnalysisError)) throw error;
    }
  }
  return enumType;
}

/** Declare a name in the current scope, reporting a redeclaration there. */
function declareOrdinary(
  ctx: Context,
  name: string,
  entry: Parameters<Map<string, import('./context.js').OrdinaryEntry>['set']>[1],
  at: CLocation,
): void {
  const existing = ctx.declaredHere(name);
  if (existing !== undefined) {
    if (existing.kind === entry.kind) ctx.fail('C3007', at, quote(name));
    ctx.fail('C3005', at, quote(name));
  }
  ctx.scope.ordinary.set(name, entry);
}

// ---- declarators ----

/** Resolve a declarator against the type its specifiers give. */
export function resolveDeclarator(ctx: Context, d: DeclaratorSyntax, base: CType): ResolvedDeclarator {
  let type = base;
  let node = d;
  let parameters: ResolvedParameter[] | undefined;
  let parameterLengths: LengthEvaluation[] = [];
  let identifiers: { name: string; at: CLocation }[] = [];
  const nameOf = (): string => {
    let n = node;
    while (n.kind !== 'name') n = n.inner;
    return n.name === undefined ? 'type name' : quote(n.name);
  };
  while (node.kind !== 'name') {
    switch (node.kind) {
      case 'pointer':
        type = qualified(pointerTo(type), node.qualifiers);
        break;
      case 'array': {
        if (type.kind === 'function') ctx.fail('C3077', node.at, nameOf(), 'functions');
        if (type.kind === 'void') ctx.fail('C3077', node.at, nameOf(), 'voids');
        if (!isComplete(type)) ctx.fail('C3049', node.at, typeName(type));
        let length: number | undefined;
        if (node.star) {
          // `[*]`: a variable length never evaluated, in a prototype (a definition rejects it).
          if (ctx.scope.kind !== 'prototype') ctx.fail('C3131', node.at);
          type = variableArrayOf(type, lengthVariable(ctx, '[*]', node.at));
          break;
        }
        if (node.length !== undefined) {
          const e = checkRvalue(ctx, node.length);
          if (e.type.kind !== 'integer') ctx.fail('C3114', node.length.at, nameOf());
          if (!isIntegerConstant(e)) {
            const variable = lengthVariable(ctx, `length of ${nameOf()}`, node.length.at);
            ctx.pendingLengths.push({ variable, value: convert(e, sizeType) });
            type = variableArrayOf(type, variable);
            break;
          }
          if (e.value < 0n) ctx.fail('C3075', node.length.at, nameOf());
          const elementSize = isVariablyModified(type) ? 1 : Math.max(1, sizeOf(type));
          if (e.value * BigInt(elementSize) >= 1n << 48n) ctx.fail('C3115', node.length.at, nameOf());
          length = Number(e.value);
        }
        type = arrayOf(type, length);
        break;
      }
      case 'function': {
        const returns = unqualified(type);
        if (returns.kind === 'array') ctx.fail('C3076', node.at, nameOf(), 'an array');
        if (returns.kind === 'function') ctx.fail('C3076', node.at, nameOf(), 'a function');
        const outerLengths = ctx.pendingLengths.length;
        const resolved = resolveParameters(ctx, node);
        const lengths = ctx.pendingLengths.splice(outerLengths);
        type = functionType(
          type,
          resolved.parameters.map((p) => p.type),
          node.variadic,
          node.prototyped,
        );
        if (node.inner.kind === 'name') {
          parameters = resolved.parameters;
          parameterLengths = lengths;
          identifiers = [...node.identifiers];
        }
        break;
      }
    }
    node = node.inner;
  }
  return { name: node.name, type, at: node.at, parameters, identifiers, parameterLengths };
}

/** A hidden local holding the length of a variable-length array (`length` names it in the debugger). */
function lengthVariable(ctx: Context, name: string, at: CLocation): VariableSymbol {
  return {
    kind: 'variable',
    name: `(${name})`,
    type: sizeType,
    storage: 'local',
    label: '',
    id: ctx.id(),
    addressTaken: false,
    at,
  };
}

/** Where the parameters of a function definition's declarator use `[*]` (allowed only in a prototype). */
function starsInParameters(d: DeclaratorSyntax): CLocation[] {
  let node = d;
  while (node.kind !== 'name' && !(node.kind === 'function' && node.inner.kind === 'name')) node = node.inner;
  if (node.kind !== 'function') return [];
  return node.parameters.flatMap((p) => {
    const stars: CLocation[] = [];
    for (let inner = p.declarator; inner.kind !== 'name'; inner = inner.inner) {
      if (inner.kind === 'array' && inner.star) stars.push(inner.at);
    }
    return stars;
  });
}

/**
 * Statements evaluating the lengths of variable-length arrays into their hidden locals, which become
 * locals of the function.
 */
function lengthStatements(ctx: Context, lengths: readonly LengthEvaluation[]): Statement[] {
  return lengths.map((length) => {
    ctx.current?.locals.push(length.variable);
    return { kind: 'expression', expression: lengthAssignment(length), at: length.value.at };
  });
}

function resolveParameters(
  ctx: Context,
  f: DeclaratorSyntax & { kind: 'function' },
): { parameters: ResolvedParameter[] } {
  const parameters: ResolvedParameter[] = [];
  if (!f.prototyped) return { parameters };
  const names = new Set<string>();
  ctx.pushScope('prototype');
  try {
    for (const p of f.parameters) {
      const specs = resolveSpecifiers(ctx, p.specifiers, false);
      if (specs.storage !== undefined && specs.storage !== 'register') {
        ctx.fail('C3080', specs.storageAt, 'parameter');
      }
      const r = resolveDeclarator(ctx, p.declarator, specs.type);
      let type = r.type;
      if (type.kind === 'void') {
        if (f.parameters.length > 1 || r.name !== undefined) ctx.fail('C3079', p.at);
        continue;
      }
      if (type.kind === 'array') type = pointerTo(type.of);
      else if (type.kind === 'function') type = pointerTo(type);
      let symbol: VariableSymbol | undefined;
      if (r.name !== undefined) {
        if (names.has(r.name)) ctx.fail('C3007', r.at, `parameter ${quote(r.name)}`);
        names.add(r.name);
        // Visible to the later parameters' declarators (`int n, int a[n]`).
        symbol = {
          kind: 'variable',
          name: r.name,
          type,
          storage: 'parameter',
          label: '',
          id: ctx.id(),
          addressTaken: isAggregateObject(type),
          at: r.at,
        };
        ctx.scope.ordinary.set(r.name, { kind: 'variable', symbol });
      }
      parameters.push({
        name: r.name,
        type,
        at: r.name === undefined ? p.at : r.at,
        register: specs.storage === 'register',
        symbol,
      });
    }
  } finally {
    ctx.popScope();
  }
  return { parameters };
}

/** Resolve a type name (casts, sizeof, compound literals, va_arg). */
export function resolveTypeName(ctx: Context, t: TypeNameSyntax): CType {
  const specs = resolveSpecifiers(ctx, t.specifiers, false);
  if (specs.storage !== undefined) ctx.fail('C3080', specs.storageAt, 'type name');
  return resolveDeclarator(ctx, t.declarator, specs.type).type;
}

// ---- functions and objects with linkage ----

function labelOf(ctx: Context, name: string, internal: boolean): string {
  return internal ? `${ctx.options.unitName}:${name}` : name;
}

/** Declare a function (at any scope; it has linkage) and return its one symbol. */
function declareFunction(
  ctx: Context,
  name: string,
  type: Extract<CType, { kind: 'function' }>,
  storage: StorageClass | undefined,
  at: CLocation,
): FunctionSymbol {
  const here = ctx.declaredHere(name);
  if (here !== undefined && here.kind !== 'function') ctx.fail('C3005', at, quote(name));
  const link = ctx.linkage.get(name);
  let symbol: FunctionSymbol;
  if (link !== undefined) {
    if (link.symbol.kind !== 'function') ctx.fail('C3005', at, quote(name));
    symbol = link.symbol;
    if (!compatible(symbol.type, type)) ctx.fail('C3006', at, quote(name));
    (symbol as Mutable<FunctionSymbol>).type = composite(symbol.type, type) as typeof symbol.type;
    if (storage === 'static' && !symbol.internal) ctx.fail('C3066', at, quote(name));
  } else {
    const internal = storage === 'static';
    symbol = { kind: 'function', name, type, label: labelOf(ctx, name, internal), internal, at };
    ctx.linkage.set(name, { symbol, defined: false, tentative: false });
  }
  ctx.scope.ordinary.set(name, { kind: 'function', symbol });
  return symbol;
}

/** Declare `int name()` at file scope for a call to an undeclared function (C90's implicit declaration). */
export function declareImplicitFunction(ctx: Context, name: string, at: CLocation): FunctionSymbol {
  const type = functionType(types.int, [], false, false) as Extract<CType, { kind: 'function' }>;
  const link = ctx.linkage.get(name);
  if (link !== undefined) {
    if (link.symbol.kind !== 'function') ctx.fail('C3005', at, quote(name));
    ctx.fileScope.ordinary.set(name, { kind: 'function', symbol: link.symbol });
    return link.symbol;
  }
  const symbol: FunctionSymbol = { kind: 'function', name, type, label: name, internal: false, at };
  ctx.linkage.set(name, { symbol, defined: false, tentative: false });
  ctx.fileScope.ordinary.set(name, { kind: 'function', symbol });
  return symbol;
}

function declareTypedef(ctx: Context, name: string, type: CType, at: CLocation): void {
  const existing = ctx.declaredHere(name);
  if (existing !== undefined) {
    if (existing.kind !== 'typedef') ctx.fail('C3005', at, quote(name));
    if (!compatible(existing.type, type)) ctx.fail('C3006', at, quote(name));
    return;
  }
  ctx.scope.ordinary.set(name, { kind: 'typedef', type, at });
}

/** Declare an object with linkage: at file scope, or `extern` in a block. */
function declareLinkedVariable(
  ctx: Context,
  name: string,
  type: CType,
  storage: StorageClass | undefined,
  id: InitDeclaratorSyntax,
  at: CLocation,
): void {
  if (type.kind === 'void') ctx.fail('C3078', at, quote(name));
  const here = ctx.declaredHere(name);
  if (here !== undefined && here.kind !== 'variable') ctx.fail('C3005', at, quote(name));
  const hasInitializer = id.initializer !== undefined;
  if (storage === 'extern' && hasInitializer) {
    if (!ctx.atFileScope) ctx.fail('C3116', at, quote(name));
    ctx.warning('C3083', at, quote(name));
  }
  let link = ctx.linkage.get(name);
  let symbol: VariableSymbol;
  if (link !== undefined) {
    if (link.symbol.kind !== 'variable') ctx.fail('C3005', at, quote(name));
    symbol = link.symbol;
    if (!compatible(symbol.type, type)) ctx.fail('C3006', at, quote(name));
    const mutable = symbol as Mutable<VariableSymbol>;
    mutable.type = composite(symbol.type, type);
    if (storage === 'static' && symbol.storage !== 'static') ctx.fail('C3066', at, quote(name));
    if (storage === undefined && symbol.storage === 'static' && ctx.atFileScope)
      ctx.fail('C3067', at, quote(name));
    if (symbol.storage === 'extern' && ctx.atFileScope && (storage !== 'extern' || hasInitializer)) {
      mutable.storage = 'global';
    }
    if (isAggregateObject(mutable.type)) mutable.addressTaken = true;
  } else {
    const kind =
      storage === 'static' ? 'static' : storage === 'extern' && !hasInitializer ? 'extern' : 'global';
    const finalKind = ctx.atFileScope ? kind : 'extern';
    symbol = {
      kind: 'variable',
      name,
      type,
      storage: finalKind,
      label: labelOf(ctx, name, finalKind === 'static'),
      id: ctx.id(),
      addressTaken: isAggregateObject(type),
      at,
    };
    link = { symbol, defined: false, tentative: false };
    ctx.linkage.set(name, link);
  }
  ctx.scope.ordinary.set(name, { kind: 'variable', symbol });
  if (!ctx.atFileScope) return;
  if (symbol.storage !== 'extern' && !ctx.objects.has(symbol)) ctx.objects.set(symbol, { values: undefined });
  if (id.initializer !== undefined) {
    if (link.defined) ctx.fail('C3007', at, quote(name));
    link.defined = true;
    const { type: complete, initializer } = resolveInitializer(
      ctx,
      symbol.type,
      id.initializer,
      id.initializer.at,
    );
    (symbol as Mutable<VariableSymbol>).type = complete;
    if (!isComplete(complete)) ctx.fail('C3048', at, quote(name));
    ctx.objects.set(symbol, { values: staticValuesOf(ctx, initializer) });
  } else if (storage !== 'extern') {
    link.tentative = true;
  }
}

/** Resolve a declaration at file scope. */
export function resolveExternalDeclaration(ctx: Context, d: DeclarationSyntax): void {
  const specs = resolveSpecifiers(ctx, d.specifiers, d.declarators.length === 0);
  if (d.declarators.length === 0) {
    if (!specs.declaresTag) ctx.warning('C3097', d.at);
    return;
  }
  if (specs.storage === 'auto' || specs.storage === 'register')
    ctx.fail('C3117', specs.storageAt, quote(specs.storage));
  for (const id of d.declarators) {
    try {
      const resolved = resolveDeclarator(ctx, id.declarator, specs.type);
      const align = requestedAlignment(ctx, d.specifiers.attributes, id.attributes);
      const r = { ...resolved, type: withAlignment(resolved.type, align) };
      ctx.takeLengths();
      const name = r.name ?? '';
      if (specs.implicitInt) ctx.warning('C3054', r.at, "'int'", quote(name));
      if (r.type.kind !== 'function' && isVariablyModified(r.type)) ctx.fail('C3125', r.at, quote(name));
      if (specs.storage === 'typedef') {
        if (id.initializer !== undefined) ctx.fail('C3118', r.at, quote(name));
        declareTypedef(ctx, name, r.type, r.at);
      } else if (r.type.kind === 'function') {
        if (id.initializer !== undefined) ctx.fail('C3082', r.at, quote(name));
        const symbol = declareFunction(ctx, name, r.type, specs.storage, r.at);
        if (d.specifiers.attributes.noinline || id.attributes.noinline) symbol.noinline = true;
      } else {
        declareLinkedVariable(ctx, name, r.type, specs.storage, id, r.at);
      }
    } catch (error) {
      if (!(error instanceof AnalysisError)) throw error;
      ctx.takeLengths();
      poison(ctx, id.declarator);
    }
  }
}

/** The name a declarator declares, if any. */
function nameOf(d: DeclaratorSyntax): string | undefined {
  let node = d;
  while (node.kind !== 'name') node = node.inner;
  return node.name;
}

/** After an error in a declaration, make its name quietly unusable so that its uses do not cascade. */
function poison(ctx: Context, d: DeclaratorSyntax): void {
  const name = nameOf(d);
  if (name !== undefined && !ctx.scope.ordinary.has(name))
    ctx.scope.ordinary.set(name, { kind: 'poisoned', at: d.at });
}

/** Resolve a declaration in a block: local definitions become `declaration` statements. */
export function resolveLocalDeclaration(ctx: Context, d: DeclarationSyntax): Statement[] {
  const specs = resolveSpecifiers(ctx, d.specifiers, d.declarators.length === 0);
  const statements: Statement[] = [];
  if (d.declarators.length === 0) {
    if (!specs.declaresTag) ctx.warning('C3097', d.at);
    return statements;
  }
  for (const id of d.declarators) {
    try {
      const resolved = resolveDeclarator(ctx, id.declarator, specs.type);
      const align = requestedAlignment(ctx, d.specifiers.attributes, id.attributes);
      const r = { ...resolved, type: withAlignment(resolved.type, align) };
      // Lengths of variable-length arrays are evaluated where the declaration is reached, in order.
      const lengths = ctx.takeLengths();
      const name = r.name ?? '';
      if (specs.implicitInt) ctx.warning('C3054', r.at, "'int'", quote(name));
      const variablyModified = r.type.kind !== 'function' && isVariablyModified(r.type);
      if (specs.storage === 'typedef') {
        if (id.initializer !== undefined) ctx.fail('C3118', r.at, quote(name));
        declareTypedef(ctx, name, r.type, r.at);
        statements.push(...lengthStatements(ctx, lengths));
      } else if (r.type.kind === 'function') {
        if (specs.storage !== undefined && specs.storage !== 'extern')
          ctx.fail('C3089', specs.storageAt, quote(name));
        if (id.initializer !== undefined) ctx.fail('C3082', r.at, quote(name));
        const symbol = declareFunction(ctx, name, r.type, specs.storage, r.at);
        if (d.specifiers.attributes.noinline || id.attributes.noinline) symbol.noinline = true;
      } else if (specs.storage === 'extern') {
        if (variablyModified) ctx.fail('C3127', r.at);
        declareLinkedVariable(ctx, name, r.type, specs.storage, id, r.at);
      } else if (specs.storage === 'static') {
        if (hasVariableSize(r.type)) ctx.fail('C3126', r.at, quote(name));
        statements.push(...lengthStatements(ctx, lengths));
        // A declaration with no code, for the debugger: where the static becomes visible by name.
        const symbol = declareBlockStatic(ctx, name, r.type, id, r.at);
        statements.push({
          kind: 'declaration',
          variable: symbol,
          initializer: undefined,
          size: undefined,
          at: r.at,
        });
      } else {
        if (hasVariableSize(r.type) && id.initializer !== undefined) ctx.fail('C3128', d.at);
        statements.push(...lengthStatements(ctx, lengths));
        const statement = declareLocal(ctx, name, r.type, specs.storage === 'register', id, r.at);
        statements.push(statement);
      }
      if (variablyModified) ctx.scope.variablyModified.push({ name, at: r.at });
    } catch (error) {
      if (!(error instanceof AnalysisError)) throw error;
      ctx.takeLengths();
      poison(ctx, id.declarator);
    }
  }
  return statements;
}

function checkRedeclaration(ctx: Context, name: string, at: CLocation): void {
  const existing = ctx.declaredHere(name);
  if (existing === undefined) return;
  if (existing.kind === 'variable') ctx.fail('C3007', at, quote(name));
  ctx.fail('C3005', at, quote(name));
}

function declareBlockStatic(
  ctx: Context,
  name: string,
  type: CType,
  id: InitDeclaratorSyntax,
  at: CLocation,
): VariableSymbol {
  if (type.kind === 'void') ctx.fail('C3078', at, quote(name));
  checkRedeclaration(ctx, name, at);
  const fn = ctx.current?.symbol.name ?? '';
  const symbol: VariableSymbol = {
    kind: 'variable',
    name,
    type,
    storage: 'static',
    label: `${ctx.options.unitName}:${fn}.${name}.${ctx.staticNumber()}`,
    id: ctx.id(),
    addressTaken: isAggregateObject(type),
    at,
  };
  ctx.scope.ordinary.set(name, { kind: 'variable', symbol });
  ctx.objects.set(symbol, { values: undefined });
  if (id.initializer !== undefined) {
    const { type: complete, initializer } = resolveInitializer(ctx, type, id.initializer, id.initializer.at);
    (symbol as Mutable<VariableSymbol>).type = complete;
    ctx.objects.set(symbol, { values: staticValuesOf(ctx, initializer) });
  }
  if (!isComplete(symbol.type)) ctx.fail('C3048', at, quote(name));
  return symbol;
}

function declareLocal(
  ctx: Context,
  name: string,
  type: CType,
  register: boolean,
  id: InitDeclaratorSyntax,
  at: CLocation,
): Statement {
  if (type.kind === 'void') ctx.fail('C3078', at, quote(name));
  checkRedeclaration(ctx, name, at);
  const symbol: VariableSymbol = {
    kind: 'variable',
    name,
    type,
    storage: 'local',
    label: '',
    id: ctx.id(),
    addressTaken: isAggregateObject(type),
    at,
  };
  ctx.scope.ordinary.set(name, { kind: 'variable', symbol });
  if (register) ctx.registers.add(symbol);
  let initializer;
  if (id.initializer !== undefined) {
    const resolved = resolveInitializer(ctx, type, id.initializer, id.initializer.at);
    (symbol as Mutable<VariableSymbol>).type = resolved.type;
    initializer = resolved.initializer;
  }
  if (!isComplete(symbol.type)) ctx.fail('C3048', at, quote(name));
  ctx.current?.locals.push(symbol);
  ctx.scope.locals.push(symbol);
  const size = hasVariableSize(type) ? sizeExpression(type, at) : undefined;
  return { kind: 'declaration', variable: symbol, initializer, size, at };
}

// ---- function definitions ----

/** Resolve a function definition and check its body. */
export function resolveFunctionDefinition(ctx: Context, def: FunctionDefinitionSyntax): void {
  let specs: ResolvedSpecifiers;
  let r: ResolvedDeclarator;
  try {
    specs = resolveSpecifiers(ctx, def.specifiers, false);
    r = resolveDeclarator(ctx, def.declarator, specs.type);
    ctx.takeLengths();
  } catch (error) {
    ctx.takeLengths();
    // A definition whose type has an error: its calls must not become implicit declarations.
    if (error instanceof AnalysisError) poison(ctx, def.declarator);
    throw error;
  }
  const name = r.name ?? '';
  if (specs.implicitInt) ctx.warning('C3119', r.at, "'int'");
  if (specs.storage !== undefined && specs.storage !== 'extern' && specs.storage !== 'static') {
    ctx.fail('C3089', specs.storageAt, quote(name));
  }
  if (r.type.kind !== 'function') throw new Error('a function definition without a function declarator');
  let fnType = r.type;
  let parameters = r.parameters ?? [];
  let parameterLengths = r.parameterLengths;
  const oldStyle = !fnType.prototyped && r.identifiers.length > 0;
  if (!oldStyle && def.oldStyleDeclarations.length > 0) {
    throw new Error('old-style parameter declarations in a prototyped definition');
  }
  const returns = unqualified(fnType.returns);
  if (returns.kind !== 'void' && !isComplete(returns)) ctx.error('C3074', r.at, typeName(returns));
  const symbol = declareFunction(ctx, name, fnType, specs.storage, r.at);
  if (def.specifiers.attributes.noinline) symbol.noinline = true;
  const link = ctx.linkage.get(name)!;
  if (link.defined) ctx.fail('C3007', r.at, quote(name));
  link.defined = true;
  fnType = symbol.type;
  const state: FunctionState = {
    symbol,
    parameters: [],
    locals: [],
    labels: new Map(),
    visibleAtLabels: new Map(),
    gotos: [],
    switches: [],
    loops: 0,
    breakable: 0,
  };
  ctx.current = state;
  const scope = ctx.pushScope('function');
  try {
    if (oldStyle) {
      // In the function's scope: tags declared there are visible in the body.
      ({ parameters, lengths: parameterLengths } = resolveOldStyleParameters(ctx, def, r.identifiers));
    }
    const symbols: VariableSymbol[] = [];
    parameters.forEach((p, i) => {
      const t = unqualified(p.type);
      if (!isComplete(t)) {
        ctx.error('C3081', p.at, String(i + 1), quote(p.name ?? ''));
      }
      // The symbol the other parameters' lengths refer to, if the declarator made one.
      const parameter: VariableSymbol = p.symbol ?? {
        kind: 'variable',
        name: p.name ?? '',
        type: p.type,
        storage: 'parameter',
        label: '',
        id: ctx.id(),
        addressTaken: isAggregateObject(p.type),
        at: p.at,
      };
      if (p.name !== undefined) scope.ordinary.set(p.name, { kind: 'variable', symbol: parameter });
      if (isVariablyModified(t)) scope.variablyModified.push({ name: p.name ?? '', at: p.at });
      if (p.register) ctx.registers.add(parameter);
      symbols.push(parameter);
    });
    (state as Mutable<FunctionState>).parameters = symbols;
    // The lengths in variably modified parameters are evaluated on entry (C99 6.9.1p10).
    for (const star of starsInParameters(def.declarator)) ctx.error('C3131', star);
    const entry = lengthStatements(ctx, parameterLengths);
    const checked = checkFunctionBody(
      ctx,
      def.body,
      name === 'main' && returns.kind === 'integer' && returns.name === 'int',
    );
    const body: Statement =
      entry.length === 0 ? checked : { kind: 'block', body: [...entry, checked], at: checked.at };
    for (const g of state.gotos) {
      if (!state.labels.has(g.label)) ctx.error('C3027', g.at, quote(g.label));
      else checkJumpScope(ctx, g, state.labels.get(g.label)!, state.visibleAtLabels.get(g.label) ?? []);
    }
    checkUnusedLocals(ctx, scope);
    if (ctx.options.warnings) {
      for (const p of symbols) {
        if (p.name !== '' && !ctx.used.has(p)) ctx.extraWarning('C3069', p.at, quote(p.name));
      }
    }
    ctx.functions.push({ symbol, parameters: symbols, body, locals: state.locals, at: r.at, end: def.end });
  } finally {
    ctx.popScope();
    ctx.current = undefined;
  }
}

/**
 * A `goto` may not jump into the scope of an identifier of variably modified type (C99 6.8.6.1): each
 * one in scope at the label must be in scope at the `goto` too.
 */
function checkJumpScope(
  ctx: Context,
  jump: FunctionState['gotos'][number],
  labelAt: CLocation,
  atLabel: readonly VariablyModifiedName[],
): void {
  const skipped = atLabel.find((name) => !jump.visible.includes(name));
  if (skipped === undefined) return;
  ctx.error('C3129', jump.at);
  ctx.note('C3133', labelAt, quote(jump.label));
  ctx.note('C3134', skipped.at, quote(skipped.name));
}

/**
 * The parameters of an old-style definition from its declaration list, declared in the function's
 * scope, and the lengths of the variable-length arrays there (`f(n, a) int n; int a[n]; { ... }`),
 * which may use the parameters declared before them.
 */
function resolveOldStyleParameters(
  ctx: Context,
  def: FunctionDefinitionSyntax,
  identifiers: readonly { readonly name: string; readonly at: CLocation }[],
): { parameters: ResolvedParameter[]; lengths: LengthEvaluation[] } {
  const declared = new Map<string, ResolvedParameter>();
  const { lengths } = ctx.collectLengths(() => {
    for (const d of def.oldStyleDeclarations) {
      const specs = resolveSpecifiers(ctx, d.specifiers, false);
      if (specs.storage !== undefined && specs.storage !== 'register')
        ctx.fail('C3080', specs.storageAt, 'parameter');
      for (const id of d.declarators) {
        const r = resolveDeclarator(ctx, id.declarator, specs.type);
        const name = r.name ?? '';
        if (!identifiers.some((i) => i.name === name)) ctx.fail('C3120', r.at, quote(name));
        if (declared.has(name)) ctx.fail('C3007', r.at, `parameter ${quote(name)}`);
        const type = oldStyleParameterType(r.type);
        const symbol: VariableSymbol = {
          kind: 'variable',
          name,
          type,
          storage: 'parameter',
          label: '',
          id: ctx.id(),
          addressTaken: isAggregateObject(type),
          at: r.at,
        };
        ctx.scope.ordinary.set(name, { kind: 'variable', symbol });
        declared.set(name, { name, type, at: r.at, register: specs.storage === 'register', symbol });
      }
    }
  });
  const parameters = identifiers.map((identifier): ResolvedParameter => {
    const d = declared.get(identifier.name);
    if (d !== undefined) return d;
    ctx.warning('C3121', identifier.at, quote(identifier.name));
    const type = oldStyleParameterType(types.int);
    return { name: identifier.name, type, at: identifier.at, register: false, symbol: undefined };
  });
  return { parameters, lengths };
}

/**
 * The type an old-style parameter declared with `type` has: adjusted like a prototype's, and promoted,
 * since callers without a prototype pass promoted arguments.
 */
function oldStyleParameterType(declared: CType): CType {
  let type = declared;
  if (type.kind === 'array') type = pointerTo(type.of);
  else if (type.kind === 'function') type = pointerTo(type);
  if (type.kind === 'floating' && type.name === 'float') type = qualified(types.double, type);
  else if (type.kind === 'integer') type = qualified(promote(type), type);
  return type;
}

/** Check `_Static_assert`. */
export function checkStaticAssert(ctx: Context, s: StaticAssertSyntax): void {
  const value = checkIntegerConstant(ctx, s.condition, 'expression in static assertion');
  if (value !== 0n) return;
  let message = '';
  if (s.message !== undefined) {
    const decoded = concatenateStrings(s.message.map((text) => ({ text, at: s.at })));
    message = `: "${new TextDecoder().decode(new Uint8Array(decoded.units.map((u) => u & 0xff)))}"`;
  }
  ctx.error('C3061', s.at, message);
}

/** At the end of the unit: tentative definitions become definitions, unused statics are reported. */
export function finishUnit(ctx: Context): void {
  for (const [name, link] of ctx.linkage) {
    const symbol = link.symbol;
    if (symbol.kind === 'variable') {
      if (!link.defined && ctx.objects.has(symbol)) {
        const t = symbol.type;
        if (t.kind === 'array' && t.length === undefined && isComplete(t.of)) {
          ctx.warning('C3102', symbol.at, quote(name));
          (symbol as Mutable<VariableSymbol>).type = { ...t, length: 1 };
        } else if (!isComplete(t)) {
          ctx.error('C3048', symbol.at, quote(name));
        }
      }
    } else if (symbol.internal && !link.defined) {
      const use = ctx.usedFunctions.get(symbol);
      if (use !== undefined) ctx.warning('C3103', use, quote(name));
    }
  }
}
