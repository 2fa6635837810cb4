// Implicit conversions: array and function decay, promotions, conversion "as if by assignment" with
// gcc's diagnostics, null pointer constants, and type compatibility and composite types (C99 6.2.7).

import type { Expression } from '../ast.js';
import type { CLocation } from '../diagnostics.js';
import {
  arrayOf,
  functionType,
  pointerTo,
  promote,
  sameType,
  typeToString,
  types,
  unqualified,
  type CType,
} from '../types.js';
import { foldCast } from './constants.js';
import { quote, type Context } from './context.js';

/** A type quoted for a message: `'int *'`. */
export function typeName(type: CType): string {
  return quote(typeToString(type));
}

/** Convert `e` to `to`: a cast node (folded for constants), or `e` itself when the type is the same. */
export function convert(e: Expression, to: CType): Expression {
  const target = unqualified(to);
  if (target.kind === 'void') {
    if (e.type.kind === 'void') return e;
    return { kind: 'cast', type: target, operand: e, at: e.at };
  }
  if (sameType(e.type, target, true)) return e;
  return foldCast(e, target, e.at) ?? { kind: 'cast', type: target, operand: e, at: e.at };
}

/** Mark the variable under an lvalue (through members) as having its address taken. */
export function markAddressTaken(e: Expression): void {
  let node = e;
  while (node.kind === 'member') node = node.object;
  if (node.kind === 'variable') node.symbol.addressTaken = true;
  else if (node.kind === 'compoundLiteral') node.object.addressTaken = true;
}

/** Array-to-pointer and function-to-pointer decay (C99 6.3.2.1). */
export function decay(e: Expression): Expression {
  if (e.type.kind === 'array') {
    markAddressTaken(e);
    return { kind: 'address', type: pointerTo(e.type.of), operand: e, at: e.at };
  }
  if (e.type.kind === 'function') {
    if (e.kind === 'deref') return e.operand;
    return { kind: 'address', type: pointerTo(e.type), operand: e, at: e.at };
  }
  return e;
}

/** The promoted type of an integer expression; bit-fields narrower than int promote to int. */
export function promotedType(e: Expression): CType {
  if (
    e.kind === 'member' &&
    e.bitField !== undefined &&
    e.type.kind === 'integer' &&
    e.type.name !== 'bool'
  ) {
    if (e.bitField.width < 32) return types.int;
    if (e.bitField.width === 32) return e.type.signed || e.type.size > 4 ? promote(e.type) : types.uint;
  }
  return promote(e.type);
}

/** The integer promotions applied to an expression (C99 6.3.1.1). */
export function promoteExpression(e: Expression): Expression {
  return e.type.kind === 'integer' ? convert(e, promotedType(e)) : e;
}

/** The default argument promotions (C99 6.5.2.2): integer promotions, and float to double. */
export function promoteArgument(e: Expression): Expression {
  if (e.type.kind === 'floating' && e.type.name === 'float') return convert(e, types.double);
  return promoteExpression(e);
}

/** Whether `e` is a null pointer constant: an integer constant 0, or one cast to `void *`. */
export function isNullPointerConstant(e: Expression): boolean {
  if (e.kind !== 'integer' || e.value !== 0n) return false;
  if (e.type.kind === 'integer') return true;
  return e.type.kind === 'pointer' && e.type.to.kind === 'void' && !e.type.to.const && !e.type.to.volatile;
}

/** Whether two types are compatible (C99 6.2.7): the same type up to array sizes and prototypes. */
export function compatible(a: CType, b: CType): boolean {
  if (!!a.const !== !!b.const || !!a.volatile !== !!b.volatile) return false;
  switch (a.kind) {
    case 'void':
      return b.kind === 'void';
    case 'integer':
      return b.kind === 'integer' && a.name === b.name;
    case 'floating':
      return b.kind === 'floating' && a.name === b.name;
    case 'pointer':
      return b.kind === 'pointer' && compatible(a.to, b.to);
    case 'array':
      return (
        b.kind === 'array' &&
        compatible(a.of, b.of) &&
        (a.length === undefined || b.length === undefined || a.length === b.length)
      );
    case 'function': {
      if (b.kind !== 'function') return false;
      if (!compatible(unqualified(a.returns), unqualified(b.returns))) return false;
      if (a.prototyped && b.prototyped) {
        return (
          a.variadic === b.variadic &&
          a.params.length === b.params.length &&
          a.params.every((p, i) => compatible(unqualified(p), unqualified(b.params[i]!)))
        );
      }
      const prototype = a.prototyped ? a : b.prototyped ? b : undefined;
      if (prototype === undefined) return true;
      // An old-style declaration matches a prototype whose parameters survive the default promotions.
      return (
        !prototype.variadic &&
        prototype.params.every((p) => {
          const t = unqualified(p);
          return !(t.kind === 'floating' && t.name === 'float') && sameType(promote(t), t, true);
        })
      );
    }
    case 'struct':
    case 'union':
      return b.kind === a.kind && a.info === b.info;
  }
}

/** The composite of two compatible types: array sizes and prototypes from whichever has them. */
export function composite(a: CType, b: CType): CType {
  if (a.kind === 'array' && b.kind === 'array') {
    const of = composite(a.of, b.of);
    // A known length wins over an unknown one, and over a variable one.
    if (a.length === undefined && b.length !== undefined) return { ...qual(a), ...arrayOf(of, b.length) };
    return { ...a, of };
  }
  if (a.kind === 'function' && b.kind === 'function') {
    const returns = composite(a.returns, b.returns);
    if (!a.prototyped && b.prototyped)
      return { ...functionType(returns, b.params, b.variadic, true), ...qual(a) };
    if (a.prototyped && b.prototyped) {
      const params = a.params.map((p, i) => composite(p, b.params[i] ?? p));
      return { ...functionType(returns, params, a.variadic, true), ...qual(a) };
    }
    return { ...a, returns };
  }
  if (a.kind === 'pointer' && b.kind === 'pointer') return { ...a, to: composite(a.to, b.to) };
  return a;
}

function qual(t: CType): { const?: boolean; volatile?: boolean } {
  return { ...(t.const ? { const: true } : {}), ...(t.volatile ? { volatile: true } : {}) };
}

/** Where a conversion as if by assignment happens, for its diagnostics. */
export type AssignContext =
  | { readonly kind: 'assignment' }
  | { readonly kind: 'initialization' }
  | { readonly kind: 'argument'; readonly index: number; readonly callee: string }
  | { readonly kind: 'return' };

/**
 * Convert `value` (an rvalue, already decayed) to `target` as if by assignment (C99 6.5.16.1), with
 * gcc's warnings for pointer mismatches and its errors for incompatible types.
 */
export function convertForAssignment(
  ctx: Context,
  target: CType,
  value: Expression,
  context: AssignContext,
  at: CLocation,
): Expression {
  const t = unqualified(target);
  const s = value.type;
  if (s.kind === 'void') ctx.fail('C3073', at);
  if ((t.kind === 'integer' || t.kind === 'floating') && (s.kind === 'integer' || s.kind === 'floating')) {
    return convert(value, t);
  }
  if (t.kind === 'integer' && t.name === 'bool' && s.kind === 'pointer') return convert(value, t);
  if ((t.kind === 'struct' || t.kind === 'union') && s.kind === t.kind && s.info === t.info) return value;
  if (t.kind === 'pointer') {
    if (isNullPointerConstant(value)) return convert(value, t);
    if (s.kind === 'pointer') {
      const to = t.to;
      const from = s.to;
      const voidInvolved = to.kind === 'void' || from.kind === 'void';
      if (!voidInvolved && !compatible(unqualified(to), unqualified(from))) {
        if (context.kind === 'return') ctx.warning('C3014', at, typeName(s), typeName(t));
        else ctx.warning('C3013', at, describeTarget(context, t), typeName(s));
      } else {
        const lost =
          from.const && !to.const ? 'const' : from.volatile && !to.volatile ? 'volatile' : undefined;
        if (lost !== undefined) ctx.warning('C3017', at, describeContext(context), quote(lost));
      }
      return convert(value, t);
    }
    if (s.kind === 'integer') {
      ctx.warning('C3016', at, describeConversion(context, t, s));
      return convert(value, t);
    }
  }
  if (t.kind === 'integer' && s.kind === 'pointer') {
    ctx.warning('C3015', at, describeConversion(context, t, s));
    return convert(value, t);
  }
  switch (context.kind) {
    case 'assignment':
      return ctx.fail('C3009', at, typeName(t), typeName(s));
    case 'initialization':
      return ctx.fail('C3010', at, typeName(t), typeName(s));
    case 'return':
      return ctx.fail('C3011', at, typeName(s), typeName(t));
    case 'argument':
      return ctx.fail('C3012', at, String(context.index), context.callee);
  }
}

function describeTarget(context: AssignContext, t: CType): string {
  switch (context.kind) {
    case 'assignment':
      return `assignment to ${typeName(t)}`;
    case 'initialization':
      return `initialization of ${typeName(t)}`;
    case 'argument':
      return `passing argument ${context.index} of ${context.callee}`;
    case 'return':
      return `returning to ${typeName(t)}`;
  }
}

function describeConversion(context: AssignContext, t: CType, s: CType): string {
  switch (context.kind) {
    case 'assignment':
      return `assignment to ${typeName(t)} from ${typeName(s)}`;
    case 'initialization':
      return `initialization of ${typeName(t)} from ${typeName(s)}`;
    case 'argument':
      return `passing argument ${context.index} of ${context.callee}`;
    case 'return':
      return `returning ${typeName(s)} from a function with return type ${typeName(t)}`;
  }
}

function describeContext(context: AssignContext): string {
  switch (context.kind) {
    case 'assignment':
      return 'assignment';
    case 'initialization':
      return 'initialization';
    case 'argument':
      return `passing argument ${context.index} of ${context.callee}`;
    case 'return':
      return 'return';
  }
}
