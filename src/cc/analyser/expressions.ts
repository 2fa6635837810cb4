// Expressions: names resolved to symbols, types computed, every implicit conversion made an explicit
// node, pointer arithmetic scaled, lvalues checked and constants folded (C99 6.5).

import type { Expression, FunctionSymbol, VariableSymbol } from '../ast.js';
import type { CLocation } from '../diagnostics.js';
import { closestName, headerDeclaringFunction } from '../hints.js';
import { concatenateStrings, convertCharacter, convertNumber } from '../literals.js';
import type { ExpressionSyntax, TypeNameSyntax } from '../syntax.js';
import {
  alignOf,
  arrayOf,
  commonArithmeticType,
  findMember,
  isArithmetic,
  isComplete,
  isScalar,
  isVariablyModified,
  pointerTo,
  promote,
  qualified,
  sizeOf,
  sizeType,
  typeToString,
  types,
  unqualified,
  type CType,
  type Member,
  type Qualifiers,
} from '../types.js';
import {
  compareConstants,
  constantTruth,
  floatingNode,
  foldFloatingOperation,
  foldIntegerOperation,
  integerNode,
  isConstant,
  isIntegerConstant,
} from './constants.js';
import { AnalysisError, quote, type Context, type LengthEvaluation } from './context.js';
import {
  compatible,
  composite,
  convert,
  convertForAssignment,
  decay,
  isNullPointerConstant,
  markAddressTaken,
  promoteArgument,
  promotedType,
  promoteExpression,
  typeName,
} from './conversions.js';
import { builtinFunction } from './builtins.js';
import { declareImplicitFunction, enumeratorType, resolveTypeName } from './declarations.js';
import { resolveCompoundLiteral } from './initializers.js';
import { checkStatementExpression } from './statements.js';

/** The type with qualifiers added, pushed into the element type of arrays (C99 6.7.3p8). */
export function qualify(type: CType, q: Qualifiers): CType {
  if (!q.const && !q.volatile) return type;
  if (type.kind === 'array') return { ...type, of: qualify(type.of, q) };
  return qualified(type, q);
}

/** The qualified type of an lvalue node (its `type` field is unqualified). */
export function lvalueType(ctx: Context, e: Expression): CType {
  return ctx.lvalueTypes.get(e) ?? e.type;
}

/** Whether an expression designates an object. */
export function isLvalue(e: Expression): boolean {
  switch (e.kind) {
    case 'variable':
    case 'deref':
    case 'string':
    case 'compoundLiteral':
      return true;
    case 'member':
      return isLvalue(e.object);
    default:
      return false;
  }
}

/** A reference to a variable. */
export function variableNode(ctx: Context, symbol: VariableSymbol, at: CLocation): Expression {
  const node: Expression = { kind: 'variable', type: unqualified(symbol.type), symbol, at };
  ctx.lvalueTypes.set(node, symbol.type);
  ctx.used.add(symbol);
  return node;
}

function derefNode(ctx: Context, pointer: Expression, at: CLocation): Expression {
  const to = pointer.type.kind === 'pointer' ? pointer.type.to : types.void;
  const node: Expression = { kind: 'deref', type: unqualified(to), operand: pointer, at };
  ctx.lvalueTypes.set(node, to);
  return node;
}

function memberNode(ctx: Context, object: Expression, member: Member, at: CLocation): Expression {
  const objectType = lvalueType(ctx, object);
  const type = qualify(member.type, { const: !!objectType.const, volatile: !!objectType.volatile });
  const node: Expression = {
    kind: 'member',
    type: unqualified(type),
    object,
    offset: member.offset,
    bitField: member.bitField,
    at,
  };
  ctx.lvalueTypes.set(node, type);
  return node;
}

/** Check an expression without decaying arrays and functions (operands of `&`, sizeof, assignment). */
export function checkExpression(ctx: Context, s: ExpressionSyntax): Expression {
  switch (s.kind) {
    case 'name':
      return checkName(ctx, s.name, s.at);
    case 'number':
      return checkNumber(ctx, s.text, s.at);
    case 'char': {
      const c = convertCharacter(s.text, s.at);
      // One error per character constant: a bad escape also leaves it empty, which is not news.
      const firstError = c.diagnostics.find((d) => d.severity === 'error');
      ctx.forward(c.diagnostics.filter((d) => d.severity !== 'error' || d === firstError));
      const type = c.type === 'char16' ? types.ushort : c.type === 'char32' ? types.uint : types.int;
      return integerNode(c.value, type, s.at);
    }
    case 'string':
      return checkString(ctx, s.parts, s.at);
    case 'parenthesized':
      return checkExpression(ctx, s.expression);
    case 'unary':
      return checkUnary(ctx, s);
    case 'postfix':
      return checkIncrement(ctx, s.operand, s.operator, true, s.at);
    case 'binary':
      return checkBinary(ctx, s);
    case 'assign':
      return checkAssign(ctx, s);
    case 'conditional':
      return checkConditional(ctx, s);
    case 'statementExpression':
      return checkStatementExpression(ctx, s);
    case 'comma': {
      const left = checkRvalue(ctx, s.left);
      const right = checkRvalue(ctx, s.right);
      if (ctx.options.warnings && isConstant(left)) ctx.extraWarning('C3095', left.at);
      return { kind: 'comma', type: right.type, left, right, at: s.at };
    }
    case 'cast': {
      const { result, lengths } = ctx.collectLengths(() => checkCast(ctx, s.typeName, s.operand, s.at));
      return withLengths(ctx, lengths, result);
    }
    case 'sizeofExpression':
    case 'alignofExpression': {
      const e = checkExpression(ctx, s.operand);
      if (e.kind === 'member' && e.bitField !== undefined) ctx.fail('C3065', s.at);
      const isSizeof = s.kind === 'sizeofExpression';
      if (!isSizeof) return sizeOfType(ctx, lvalueType(ctx, e), false, s.at);
      const size = sizeOfType(ctx, e.type, true, s.at);
      // The operand of a variable-length array type is evaluated (C99 6.5.3.4); a name has no effect.
      if (size.kind === 'integer' || e.kind === 'variable') return size;
      const effect: Expression = { kind: 'cast', type: types.void, operand: e, at: e.at };
      return { kind: 'comma', type: size.type, left: effect, right: size, at: s.at };
    }
    case 'sizeofType':
    case 'alignofType': {
      const { result: type, lengths } = ctx.collectLengths(() => resolveTypeName(ctx, s.typeName));
      if (s.kind === 'alignofType') return sizeOfType(ctx, type, false, s.at);
      return withLengths(ctx, lengths, sizeOfType(ctx, type, true, s.at));
    }
    case 'call':
      return checkCall(ctx, s.callee, s.arguments, s.at);
    case 'index':
      return checkIndex(ctx, s.array, s.index, s.at);
    case 'member':
      return checkMember(ctx, s.object, s.name, s.arrow, s.at);
    case 'compoundLiteral':
      return resolveCompoundLiteral(ctx, s.typeName, s.initializer, s.at);
    case 'vaStart':
      return checkVaStart(ctx, s.list, s.last, s.at);
    case 'vaArg': {
      const list = checkVaList(ctx, s.list, 'va_arg');
      const type = ctx.collectLengths(() => resolveTypeName(ctx, s.typeName)).result;
      const t = unqualified(type);
      if (!isComplete(t)) ctx.fail('C3024', s.at, "'va_arg'", typeName(t));
      const promoted =
        t.kind === 'floating' && t.name === 'float' ? types.double : t.kind === 'integer' ? promote(t) : t;
      if (!sameKindAndName(promoted, t)) ctx.warning('C3086', s.at, typeName(t), typeName(promoted));
      return { kind: 'vaArg', type: t, list, at: s.at };
    }
    case 'vaEnd': {
      const list = checkVaList(ctx, s.list, 'va_end');
      return { kind: 'cast', type: types.void, operand: list, at: s.at };
    }
    case 'vaCopy': {
      const target = checkVaList(ctx, s.target, 'va_copy');
      const source = convert(checkRvalue(ctx, s.source), target.type);
      return { kind: 'assign', type: target.type, target, value: source, at: s.at };
    }
    case 'offsetof':
      return checkOffsetof(ctx, s);
    case 'generic':
      return checkGeneric(ctx, s);
    case 'typesCompatible': {
      // Top-level qualifiers do not count (gcc's documentation of the builtin).
      const first = unqualified(resolveTypeName(ctx, s.first));
      const second = unqualified(resolveTypeName(ctx, s.second));
      return integerNode(compatible(first, second) ? 1n : 0n, types.int, s.at);
    }
  }
}

/**
 * `_Generic`: the association whose type is compatible with the controlling expression's type after
 * lvalue conversion (arrays and functions decayed, qualifiers dropped), else `default`. The controlling
 * expression is not evaluated.
 */
function checkGeneric(ctx: Context, s: ExpressionSyntax & { kind: 'generic' }): Expression {
  const control = unqualified(checkRvalue(ctx, s.control).type);
  let chosen: ExpressionSyntax | undefined;
  for (const association of s.associations) {
    if (association.typeName === undefined) chosen ??= association.expression;
    else if (compatible(resolveTypeName(ctx, association.typeName), control)) {
      return checkExpression(ctx, association.expression);
    }
  }
  if (chosen === undefined) return ctx.fail('C3150', s.at, typeName(control));
  return checkExpression(ctx, chosen);
}

function sameKindAndName(a: CType, b: CType): boolean {
  if (a.kind === 'integer' && b.kind === 'integer') return a.name === b.name;
  if (a.kind === 'floating' && b.kind === 'floating') return a.name === b.name;
  return true;
}

/** Check an expression used for its value: arrays and functions decay to pointers. */
export function checkRvalue(ctx: Context, s: ExpressionSyntax): Expression {
  return decay(checkExpression(ctx, s));
}

/** Check a controlling expression or an operand that must be scalar. */
export function checkScalar(ctx: Context, s: ExpressionSyntax): Expression {
  const e = checkRvalue(ctx, s);
  requireScalar(ctx, e, s.at);
  return e;
}

function requireScalar(ctx: Context, e: Expression, at: CLocation): void {
  if (e.type.kind === 'void') ctx.fail('C3073', at);
  if (!isScalar(e.type)) ctx.fail('C3063', at, kindWord(e.type));
}

function kindWord(type: CType): string {
  return type.kind === 'struct' || type.kind === 'union'
    ? type.kind
    : type.kind === 'array'
      ? 'array'
      : 'non-scalar';
}

/** Check an integer constant expression and return its value; `what` names it in the error. */
export function checkIntegerConstant(ctx: Context, s: ExpressionSyntax, what: string): bigint {
  const e = checkRvalue(ctx, s);
  if (!isIntegerConstant(e)) ctx.fail('C3032', s.at, what);
  return e.value;
}

// ---- primary expressions ----

function checkName(ctx: Context, name: string, at: CLocation): Expression {
  const entry = ctx.lookup(name);
  if (entry === undefined) {
    if ((name === '__func__' || name === '__FUNCTION__' || name === '__PRETTY_FUNCTION__') && ctx.current) {
      const units = Array.from(new TextEncoder().encode(ctx.current.symbol.name));
      const literal = ctx.stringLiteral(units, 1);
      const type = arrayOf(qualified(types.char, { const: true }), literal.units.length);
      const node: Expression = { kind: 'string', type, literal, at };
      ctx.lvalueTypes.set(node, type);
      return node;
    }
    // Reported once per function (or at file scope once), as gcc does.
    ctx.scopes[ctx.current !== undefined ? 1 : 0]?.ordinary.set(name, { kind: 'poisoned', at });
    const visible = ctx.scopes.flatMap((scope) =>
      [...scope.ordinary].filter(([, e]) => e.kind !== 'poisoned' && e.kind !== 'typedef').map(([n]) => n),
    );
    const similar = closestName(name, visible);
    if (similar !== undefined) return ctx.fail('C3151', at, quote(name), quote(similar));
    return ctx.fail('C3001', at, quote(name));
  }
  switch (entry.kind) {
    case 'variable':
      return variableNode(ctx, entry.symbol, at);
    case 'function':
      return functionNode(ctx, entry.symbol, at);
    case 'enumerator':
      return integerNode(entry.value, enumeratorType(entry.value), at);
    case 'typedef':
      return ctx.fail('C3090', at, quote(name));
    case 'poisoned':
      throw new AnalysisError();
  }
}

function functionNode(ctx: Context, symbol: FunctionSymbol, at: CLocation): Expression {
  if (symbol.internal && !ctx.usedFunctions.has(symbol)) ctx.usedFunctions.set(symbol, at);
  return { kind: 'function', type: symbol.type, symbol, at };
}

function checkNumber(ctx: Context, text: string, at: CLocation): Expression {
  const c = convertNumber(text, at);
  if ('code' in c) {
    ctx.forward([c]);
    throw new AnalysisError();
  }
  ctx.forward(c.diagnostics);
  if (c.kind === 'floating') {
    const type = c.type === 'float' ? types.float : c.type === 'double' ? types.double : types.ldouble;
    return floatingNode(c.value, type, at);
  }
  return integerNode(c.value, integerConstantType(c.value, c.unsigned, c.size, c.decimal), at);
}

/** The type of an integer constant by C99 6.4.4.1 (and gcc's unsigned long for big decimals). */
export function integerConstantType(
  value: bigint,
  unsigned: boolean,
  size: 'int' | 'long' | 'long long',
  decimal: boolean,
): CType {
  const candidates: CType[] = [];
  const fits = (t: CType): boolean =>
    t.kind === 'integer' &&
    value <= (t.signed ? (1n << BigInt(t.size * 8 - 1)) - 1n : (1n << BigInt(t.size * 8)) - 1n);
  const ranks: CType[][] = [
    [types.int, types.uint],
    [types.long, types.ulong],
    [types.llong, types.ullong],
  ];
  const start = size === 'int' ? 0 : size === 'long' ? 1 : 2;
  for (let i = start; i < 3; i++) {
    const [signed, unsignedType] = ranks[i]!;
    if (!unsigned) candidates.push(signed!);
    if (unsigned || !decimal) candidates.push(unsignedType!);
  }
  for (const t of candidates) if (fits(t)) return t;
  // A decimal constant too big for long long: gcc makes it unsigned (with a warning from literals.ts).
  return size === 'long long' ? types.ullong : types.ulong;
}

function checkString(
  ctx: Context,
  parts: readonly { readonly text: string; readonly at: CLocation }[],
  at: CLocation,
): Expression {
  const s = concatenateStrings(parts);
  ctx.forward(s.diagnostics);
  const unitSize = s.prefix === 'u' ? 2 : s.prefix === 'L' || s.prefix === 'U' ? 4 : 1;
  const literal = ctx.stringLiteral(s.units, unitSize);
  const element =
    s.prefix === 'u'
      ? types.ushort
      : s.prefix === 'U'
        ? types.uint
        : s.prefix === 'L'
          ? types.int
          : types.char;
  const type = arrayOf(element, literal.units.length);
  const node: Expression = { kind: 'string', type, literal, at };
  ctx.lvalueTypes.set(node, type);
  return node;
}

function sizeOfType(ctx: Context, type: CType, isSizeof: boolean, at: CLocation): Expression {
  const word = isSizeof ? "'sizeof'" : "'_Alignof'";
  if (type.kind === 'function' || type.kind === 'void') {
    ctx.extraWarning('C3024', at, word, typeName(type));
    return integerNode(1n, sizeType, at);
  }
  if (!isComplete(type) && !(type.kind === 'array' && !isSizeof && isComplete(type.of))) {
    ctx.fail('C3024', at, word, typeName(type));
  }
  return isSizeof ? sizeExpression(type, at) : integerNode(BigInt(alignOf(type)), sizeType, at);
}

/**
 * The size of a complete object type as a `size_t` expression: a constant, or for a variable-length
 * array the product of the hidden locals that hold its lengths and its element's size.
 */
export function sizeExpression(type: CType, at: CLocation): Expression {
  if (type.kind !== 'array' || !isVariablyModified(type))
    return integerNode(BigInt(sizeOf(type)), sizeType, at);
  const element = sizeExpression(type.of, at);
  const length: Expression =
    type.lengthVariable === undefined
      ? integerNode(BigInt(type.length ?? 0), sizeType, at)
      : { kind: 'variable', type: sizeType, symbol: type.lengthVariable, at };
  if (element.kind === 'integer' && element.value === 1n) return length;
  return { kind: 'binary', operator: '*', type: sizeType, left: length, right: element, at };
}

/**
 * `e` after the evaluation of the given lengths (a comma expression when there are any), whose hidden
 * locals become locals of the function.
 */
export function withLengths(ctx: Context, lengths: readonly LengthEvaluation[], e: Expression): Expression {
  let result = e;
  for (let i = lengths.length - 1; i >= 0; i--) {
    ctx.current?.locals.push(lengths[i]!.variable);
    const left = lengthAssignment(lengths[i]!);
    result = { kind: 'comma', type: result.type, left, right: result, at: result.at };
  }
  return result;
}

/** The assignment of a variable-length array's length to its hidden local. */
export function lengthAssignment({ variable, value }: LengthEvaluation): Expression {
  const target: Expression = { kind: 'variable', type: variable.type, symbol: variable, at: value.at };
  return { kind: 'assign', type: variable.type, target, value, at: value.at };
}

// ---- operators ----

function invalidOperands(
  ctx: Context,
  operator: string,
  left: Expression,
  right: Expression,
  at: CLocation,
): never {
  return ctx.fail('C3008', at, operator, typeName(left.type), typeName(right.type));
}

/** Build an arithmetic or bitwise node of operands already converted to `type`, folding constants. */
function arithmeticNode(
  ctx: Context,
  operator: '+' | '-' | '*' | '/' | '%' | '<<' | '>>' | '&' | '|' | '^',
  left: Expression,
  right: Expression,
  type: CType,
  at: CLocation,
): Expression {
  if (left.kind === 'integer' && right.kind === 'integer') {
    const fold = foldIntegerOperation(operator, left.value, right.value, type);
    if (fold.kind === 'value') {
      if (fold.overflow) ctx.warning('C3036', at, typeName(type), String(fold.value));
      return integerNode(fold.value, type, at);
    }
    if (fold.kind === 'divisionByZero') ctx.warning('C3035', at);
    else
      ctx.warning(
        'C3104',
        at,
        operator === '<<' ? 'left' : 'right',
        fold.negative ? 'is negative' : '>= width of type',
      );
  } else if (left.kind === 'floating' && right.kind === 'floating' && '+-*/'.includes(operator)) {
    return floatingNode(foldFloatingOperation(operator, left.value, right.value, type), type, at);
  } else if (right.kind === 'integer' && (operator === '/' || operator === '%') && right.value === 0n) {
    ctx.warning('C3035', at);
  } else if (right.kind === 'integer' && (operator === '<<' || operator === '>>')) {
    const bits = BigInt(sizeOf(type) * 8);
    if (right.value < 0n || right.value >= bits)
      ctx.warning(
        'C3104',
        at,
        operator === '<<' ? 'left' : 'right',
        right.value < 0n ? 'is negative' : '>= width of type',
      );
  }
  return { kind: 'binary', operator, type, left, right, at };
}

/** The usual arithmetic conversions applied to two operands. */
function arithmeticConversions(left: Expression, right: Expression): [Expression, Expression, CType] {
  const type = commonArithmeticType(promotedType(left), promotedType(right));
  return [convert(left, type), convert(right, type), type];
}

/**
 * The size a pointer steps by, as a long: a constant, or computed at run time for a pointer to a
 * variable-length array. Void and functions step by 1 as gcc (a -W warning).
 */
function stepSize(ctx: Context, pointer: CType, at: CLocation): Expression {
  const to = pointer.kind === 'pointer' ? pointer.to : types.void;
  if (to.kind === 'void' || to.kind === 'function') {
    ctx.extraWarning('C3070', at, typeName(pointer));
    return integerNode(1n, types.long, at);
  }
  if (!isComplete(to)) ctx.fail('C3074', at, typeName(to));
  return convert(sizeExpression(to, at), types.long);
}

/** `index * size` as a long, for pointer arithmetic. */
function scaled(ctx: Context, index: Expression, size: Expression, at: CLocation): Expression {
  const long = convert(index, types.long);
  if (size.kind === 'integer' && size.value === 1n) return long;
  return arithmeticNode(ctx, '*', long, size, types.long, at);
}

/** `pointer + index` or `pointer - index`, scaled. */
function pointerOffset(
  ctx: Context,
  operator: '+' | '-',
  pointer: Expression,
  index: Expression,
  at: CLocation,
): Expression {
  const offset = scaled(ctx, index, stepSize(ctx, pointer.type, at), at);
  if (pointer.kind === 'integer' && offset.kind === 'integer') {
    return integerNode(
      operator === '+' ? pointer.value + offset.value : pointer.value - offset.value,
      pointer.type,
      at,
    );
  }
  return { kind: 'binary', operator, type: pointer.type, left: pointer, right: offset, at };
}

function checkBinary(ctx: Context, s: ExpressionSyntax & { kind: 'binary' }): Expression {
  const operator = s.operator;
  if (operator === '&&' || operator === '||') return checkLogical(ctx, operator, s.left, s.right, s.at);
  const left = checkRvalue(ctx, s.left);
  const right = checkRvalue(ctx, s.right);
  const l = left.type;
  const r = right.type;
  switch (operator) {
    case '*':
    case '/': {
      if (!isArithmetic(l) || !isArithmetic(r)) invalidOperands(ctx, operator, left, right, s.at);
      const [a, b, type] = arithmeticConversions(left, right);
      return arithmeticNode(ctx, operator, a, b, type, s.at);
    }
    case '%':
    case '&':
    case '|':
    case '^': {
      if (l.kind !== 'integer' || r.kind !== 'integer') invalidOperands(ctx, operator, left, right, s.at);
      const [a, b, type] = arithmeticConversions(left, right);
      return arithmeticNode(ctx, operator, a, b, type, s.at);
    }
    case '+':
      if (isArithmetic(l) && isArithmetic(r)) {
        const [a, b, type] = arithmeticConversions(left, right);
        return arithmeticNode(ctx, operator, a, b, type, s.at);
      }
      if (l.kind === 'pointer' && r.kind === 'integer') return pointerOffset(ctx, '+', left, right, s.at);
      if (l.kind === 'integer' && r.kind === 'pointer') return pointerOffset(ctx, '+', right, left, s.at);
      return invalidOperands(ctx, operator, left, right, s.at);
    case '-':
      if (isArithmetic(l) && isArithmetic(r)) {
        const [a, b, type] = arithmeticConversions(left, right);
        return arithmeticNode(ctx, operator, a, b, type, s.at);
      }
      if (l.kind === 'pointer' && r.kind === 'integer') return pointerOffset(ctx, '-', left, right, s.at);
      if (l.kind === 'pointer' && r.kind === 'pointer') {
        if (!compatible(unqualified(l.to), unqualified(r.to)))
          invalidOperands(ctx, operator, left, right, s.at);
        const size = stepSize(ctx, l, s.at);
        const difference: Expression =
          left.kind === 'integer' && right.kind === 'integer'
            ? integerNode(left.value - right.value, types.long, s.at)
            : { kind: 'binary', operator: '-', type: types.long, left, right: convert(right, l), at: s.at };
        if (size.kind === 'integer' && size.value === 1n) return difference;
        return arithmeticNode(ctx, '/', difference, size, types.long, s.at);
      }
      return invalidOperands(ctx, operator, left, right, s.at);
    case '<<':
    case '>>': {
      if (l.kind !== 'integer' || r.kind !== 'integer') invalidOperands(ctx, operator, left, right, s.at);
      const a = promoteExpression(left);
      const b = convert(right, types.int);
      return arithmeticNode(ctx, operator, a, b, a.type, s.at);
    }
    case '==':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
      return checkComparison(ctx, operator, left, right, s.at);
  }
}

function checkComparison(
  ctx: Context,
  operator: '==' | '!=' | '<' | '<=' | '>' | '>=',
  left: Expression,
  right: Expression,
  at: CLocation,
): Expression {
  const l = left.type;
  const r = right.type;
  let a: Expression;
  let b: Expression;
  if (isArithmetic(l) && isArithmetic(r)) {
    let type: CType;
    [a, b, type] = arithmeticConversions(left, right);
    if (type.kind === 'integer' && !type.signed) checkSignedness(ctx, left, right, at);
  } else if (l.kind === 'pointer' && r.kind === 'pointer') {
    if (l.to.kind !== 'void' && r.to.kind !== 'void' && !compatible(unqualified(l.to), unqualified(r.to))) {
      ctx.warning('C3072', at);
    }
    a = left;
    b = convert(right, l);
  } else if (l.kind === 'pointer' && r.kind === 'integer') {
    if (!isNullPointerConstant(right)) ctx.warning('C3071', at);
    a = left;
    b = convert(right, l);
  } else if (l.kind === 'integer' && r.kind === 'pointer') {
    if (!isNullPointerConstant(left)) ctx.warning('C3071', at);
    a = convert(left, r);
    b = right;
  } else {
    return invalidOperands(ctx, operator, left, right, at);
  }
  if ((a.kind === 'integer' && b.kind === 'integer') || (a.kind === 'floating' && b.kind === 'floating')) {
    return integerNode(compareConstants(operator, a.value, b.value) ? 1n : 0n, types.int, at);
  }
  return { kind: 'binary', operator, type: types.int, left: a, right: b, at };
}

/** -W: a signed operand compared as unsigned, unless it is a constant that is not negative. */
function checkSignedness(ctx: Context, left: Expression, right: Expression, at: CLocation): void {
  const isSigned = (e: Expression): boolean => {
    const t = promotedType(e);
    return t.kind === 'integer' && t.signed && !(e.kind === 'integer' && e.value >= 0n);
  };
  const isUnsigned = (e: Expression): boolean => {
    const t = promotedType(e);
    return t.kind === 'integer' && !t.signed;
  };
  if ((isSigned(left) && isUnsigned(right)) || (isUnsigned(left) && isSigned(right))) {
    ctx.extraWarning('C3106', at, typeName(promotedType(left)), typeName(promotedType(right)));
  }
}

function checkLogical(
  ctx: Context,
  operator: '&&' | '||',
  leftSyntax: ExpressionSyntax,
  rightSyntax: ExpressionSyntax,
  at: CLocation,
): Expression {
  const left = checkRvalue(ctx, leftSyntax);
  const right = checkRvalue(ctx, rightSyntax);
  if (!isScalar(left.type) || !isScalar(right.type)) invalidOperands(ctx, operator, left, right, at);
  if (isConstant(left)) {
    const truth = constantTruth(left);
    // The right operand is not evaluated when the left one decides.
    if (operator === '&&' && !truth) return integerNode(0n, types.int, at);
    if (operator === '||' && truth) return integerNode(1n, types.int, at);
    if (isConstant(right)) return integerNode(constantTruth(right) ? 1n : 0n, types.int, at);
  }
  return { kind: 'logical', operator, type: types.int, left, right, at };
}

function checkUnary(ctx: Context, s: ExpressionSyntax & { kind: 'unary' }): Expression {
  switch (s.operator) {
    case '++':
    case '--':
      return checkIncrement(ctx, s.operand, s.operator, false, s.at);
    case '&':
      return checkAddress(ctx, s.operand, s.at);
    case '*': {
      const operand = checkRvalue(ctx, s.operand);
      if (operand.type.kind !== 'pointer') ctx.fail('C3039', s.at, "unary '*'", typeName(operand.type));
      if (operand.type.to.kind === 'void') ctx.warning('C3101', s.at, typeName(operand.type));
      return derefNode(ctx, operand, s.at);
    }
    case '+':
    case '-': {
      const operand = checkRvalue(ctx, s.operand);
      if (!isArithmetic(operand.type))
        ctx.fail('C3064', s.at, s.operator === '-' ? 'unary minus' : 'unary plus');
      const e = promoteExpression(operand);
      if (s.operator === '+') return e;
      if (e.kind === 'integer') return integerNode(-e.value, e.type, s.at);
      if (e.kind === 'floating') return floatingNode(-e.value, e.type, s.at);
      return { kind: 'unary', operator: '-', type: e.type, operand: e, at: s.at };
    }
    case '~': {
      const operand = checkRvalue(ctx, s.operand);
      if (operand.type.kind !== 'integer') ctx.fail('C3064', s.at, 'bit-complement');
      const e = promoteExpression(operand);
      if (e.kind === 'integer') return integerNode(~e.value, e.type, s.at);
      return { kind: 'unary', operator: '~', type: e.type, operand: e, at: s.at };
    }
    case '!': {
      const operand = checkRvalue(ctx, s.operand);
      if (!isScalar(operand.type)) ctx.fail('C3064', s.at, 'unary exclamation mark');
      if (isConstant(operand)) return integerNode(constantTruth(operand) ? 0n : 1n, types.int, s.at);
      return { kind: 'unary', operator: '!', type: types.int, operand, at: s.at };
    }
  }
}

function checkAddress(ctx: Context, operandSyntax: ExpressionSyntax, at: CLocation): Expression {
  const operand = checkExpression(ctx, operandSyntax);
  if (operand.kind === 'function') {
    return { kind: 'address', type: pointerTo(operand.type), operand, at };
  }
  if (operand.kind === 'deref') {
    // `&*p` is p (C99 6.5.3.2p3), with the pointer type of the lvalue.
    const p = operand.operand;
    return p.type.kind === 'pointer' && p.type.to.kind === 'function'
      ? p
      : convert(p, pointerTo(lvalueType(ctx, operand)));
  }
  if (!isLvalue(operand)) ctx.fail('C3018', at, "unary '&' operand");
  if (operand.kind === 'member' && operand.bitField !== undefined) {
    ctx.fail('C3021', at, quote(memberName(operandSyntax)));
  }
  let base: Expression = operand;
  while (base.kind === 'member') base = base.object;
  if (base.kind === 'variable' && ctx.registers.has(base.symbol)) {
    ctx.fail('C3022', at, quote(base.symbol.name));
  }
  markAddressTaken(operand);
  return { kind: 'address', type: pointerTo(lvalueType(ctx, operand)), operand, at };
}

function memberName(s: ExpressionSyntax): string {
  if (s.kind === 'member') return s.name;
  if (s.kind === 'parenthesized') return memberName(s.expression);
  return '';
}

/** What an lvalue is, for "assignment of read-only ...": `variable 'x'`, `member 'm'` or `location`. */
function describeLvalue(e: Expression, s: ExpressionSyntax): string {
  if (e.kind === 'variable') return `variable ${quote(e.symbol.name)}`;
  if (e.kind === 'member' && memberName(s) !== '') return `member ${quote(memberName(s))}`;
  return 'location';
}

/** Whether an object of this type may not be assigned: const, or a struct with a const member. */
function isReadOnly(type: CType): boolean {
  if (type.const) return true;
  if (type.kind === 'struct' || type.kind === 'union') {
    return type.info.members.some((m) => isReadOnly(m.type));
  }
  return false;
}

/** Check that `target` is a modifiable lvalue (C99 6.3.2.1). */
function checkModifiable(
  ctx: Context,
  target: Expression,
  s: ExpressionSyntax,
  action: 'assignment' | 'increment' | 'decrement',
  at: CLocation,
): void {
  const what = action === 'assignment' ? 'left operand of assignment' : `${action} operand`;
  if (!isLvalue(target) || target.kind === 'string') ctx.fail('C3018', at, what);
  if (target.type.kind === 'array') ctx.fail('C3020', at);
  if (target.type.kind === 'function' || target.type.kind === 'void') ctx.fail('C3018', at, what);
  if (isReadOnly(lvalueType(ctx, target))) ctx.fail('C3019', at, action, describeLvalue(target, s));
  if (!isComplete(target.type)) ctx.fail('C3074', at, typeName(target.type));
}

function checkAssign(ctx: Context, s: ExpressionSyntax & { kind: 'assign' }): Expression {
  const target = checkExpression(ctx, s.target);
  checkModifiable(ctx, target, s.target, 'assignment', s.at);
  const value = checkRvalue(ctx, s.value);
  const t = target.type;
  if (s.operator === '=') {
    const converted = convertForAssignment(ctx, t, value, { kind: 'assignment' }, s.at);
    return { kind: 'assign', type: t, target, value: converted, at: s.at };
  }
  const operator = s.operator.slice(0, -1) as '+' | '-' | '*' | '/' | '%' | '<<' | '>>' | '&' | '|' | '^';
  const v = value.type;
  let operationType: CType;
  let operand: Expression;
  if ((operator === '+' || operator === '-') && t.kind === 'pointer') {
    if (v.kind !== 'integer') invalidOperands(ctx, operator, target, value, s.at);
    operationType = t;
    operand = scaled(ctx, value, stepSize(ctx, t, s.at), s.at);
  } else if (operator === '<<' || operator === '>>') {
    if (t.kind !== 'integer' || v.kind !== 'integer') invalidOperands(ctx, operator, target, value, s.at);
    operationType = promotedType(target);
    operand = convert(value, types.int);
  } else {
    const integral = operator === '%' || operator === '&' || operator === '|' || operator === '^';
    const ok = integral ? t.kind === 'integer' && v.kind === 'integer' : isArithmetic(t) && isArithmetic(v);
    if (!ok) invalidOperands(ctx, operator, target, value, s.at);
    operationType = commonArithmeticType(promotedType(target), promotedType(value));
    operand = convert(value, operationType);
    if (operand.kind === 'integer' && operand.value === 0n && (operator === '/' || operator === '%')) {
      ctx.warning('C3035', s.at);
    }
  }
  return {
    kind: 'compoundAssign',
    operator,
    type: t,
    target,
    value: operand,
    operationType,
    postfix: false,
    at: s.at,
  };
}

function checkIncrement(
  ctx: Context,
  operandSyntax: ExpressionSyntax,
  operator: '++' | '--',
  postfix: boolean,
  at: CLocation,
): Expression {
  const target = checkExpression(ctx, operandSyntax);
  const action = operator === '++' ? 'increment' : 'decrement';
  checkModifiable(ctx, target, operandSyntax, action, at);
  const t = target.type;
  let operationType: CType;
  let value: Expression;
  if (t.kind === 'pointer') {
    operationType = t;
    value = stepSize(ctx, t, at);
  } else if (isArithmetic(t)) {
    operationType = commonArithmeticType(promotedType(target), types.int);
    value =
      operationType.kind === 'floating'
        ? floatingNode(1, operationType, at)
        : integerNode(1n, operationType, at);
  } else {
    return ctx.fail('C3064', at, action);
  }
  return {
    kind: 'compoundAssign',
    operator: operator === '++' ? '+' : '-',
    type: t,
    target,
    value,
    operationType,
    postfix,
    at,
  };
}

function checkConditional(ctx: Context, s: ExpressionSyntax & { kind: 'conditional' }): Expression {
  let condition = checkScalar(ctx, s.condition);
  let a = condition;
  if (s.then !== undefined) {
    a = checkRvalue(ctx, s.then);
  } else if (!isConstant(condition) && ctx.current !== undefined) {
    // `c ?: b` is `(t = c) ? t : b` with a hidden local t, so that c is evaluated once.
    const symbol: VariableSymbol = {
      kind: 'variable',
      name: '(?: operand)',
      type: condition.type,
      storage: 'local',
      label: '',
      id: ctx.id(),
      addressTaken: false,
      at: condition.at,
    };
    ctx.current.locals.push(symbol);
    a = { kind: 'variable', type: condition.type, symbol, at: condition.at };
    condition = { kind: 'assign', type: condition.type, target: a, value: condition, at: condition.at };
  }
  const b = checkRvalue(ctx, s.otherwise);
  const type = conditionalType(ctx, a, b, s.at);
  const then = convert(a, type);
  const otherwise = convert(b, type);
  if (isConstant(condition)) {
    const chosen = constantTruth(condition) ? then : otherwise;
    if (isConstant(chosen)) return chosen;
  }
  return { kind: 'conditional', type, condition, then, otherwise, at: s.at };
}

function conditionalType(ctx: Context, a: Expression, b: Expression, at: CLocation): CType {
  const x = a.type;
  const y = b.type;
  if (isArithmetic(x) && isArithmetic(y)) return commonArithmeticType(promotedType(a), promotedType(b));
  if (x.kind === 'void' || y.kind === 'void') return types.void;
  if ((x.kind === 'struct' || x.kind === 'union') && y.kind === x.kind && x.info === y.info) return x;
  if (x.kind === 'pointer' && y.kind === 'pointer') {
    if (isNullPointerConstant(b)) return x;
    if (isNullPointerConstant(a)) return y;
    const q: Qualifiers = {
      const: !!x.to.const || !!y.to.const,
      volatile: !!x.to.volatile || !!y.to.volatile,
    };
    if (x.to.kind === 'void' || y.to.kind === 'void') return pointerTo(qualified(types.void, q));
    if (compatible(unqualified(x.to), unqualified(y.to))) {
      return pointerTo(qualified(composite(unqualified(x.to), unqualified(y.to)), q));
    }
    ctx.warning('C3109', at);
    return pointerTo(qualified(types.void, q));
  }
  if (x.kind === 'pointer' && y.kind === 'integer') {
    if (!isNullPointerConstant(b)) ctx.warning('C3110', at);
    return x;
  }
  if (x.kind === 'integer' && y.kind === 'pointer') {
    if (!isNullPointerConstant(a)) ctx.warning('C3110', at);
    return y;
  }
  return ctx.fail('C3111', at, typeName(x), typeName(y));
}

function checkCast(
  ctx: Context,
  typeNameSyntax: TypeNameSyntax,
  operandSyntax: ExpressionSyntax,
  at: CLocation,
): Expression {
  const target = unqualified(resolveTypeName(ctx, typeNameSyntax));
  const operand = checkRvalue(ctx, operandSyntax);
  if (target.kind === 'void') return { kind: 'cast', type: target, operand, at };
  if (target.kind === 'struct' || target.kind === 'union') {
    if (operand.type.kind === target.kind && operand.type.info === target.info) {
      return { kind: 'cast', type: target, operand, at };
    }
    return ctx.fail('C3062', at);
  }
  if (!isScalar(target)) return ctx.fail('C3062', at);
  requireScalar(ctx, operand, operandSyntax.at);
  if (target.kind === 'pointer' && operand.type.kind === 'floating') ctx.fail('C3100', at);
  if (target.kind === 'floating' && operand.type.kind === 'pointer') ctx.fail('C3099', at);
  const converted = convert(operand, target);
  if (converted === operand && isLvalue(operand)) return { kind: 'cast', type: target, operand, at };
  if (converted.kind === 'integer' || converted.kind === 'floating') return { ...converted, at };
  return converted.kind === 'cast' ? { ...converted, at } : converted;
}

function calleeName(s: ExpressionSyntax): string {
  if (s.kind === 'name') return quote(s.name);
  if (s.kind === 'parenthesized') return calleeName(s.expression);
  if (s.kind === 'unary' && s.operator === '*') return calleeName(s.operand);
  if (s.kind === 'member') return quote(s.name);
  return "'function'";
}

/**
 * A call of a gcc builtin computed in place (the others call library functions, builtins.ts), or
 * undefined when `name` is none of them.
 */
function checkBuiltinInPlace(
  ctx: Context,
  name: string,
  argumentSyntax: readonly ExpressionSyntax[],
  at: CLocation,
): Expression | undefined {
  const count = argumentSyntax.length;
  switch (name) {
    case '__builtin_expect':
      if (count !== 2) return undefined;
      checkRvalue(ctx, argumentSyntax[1]!);
      return convert(checkRvalue(ctx, argumentSyntax[0]!), types.long);
    case '__builtin_constant_p':
      // The operand is not evaluated; gcc's answer at -O0 for anything but a constant is 0.
      if (count !== 1) return undefined;
      return integerNode(isConstant(checkRvalue(ctx, argumentSyntax[0]!)) ? 1n : 0n, types.int, at);
    case '__builtin_choose_expr': {
      if (count !== 3) return undefined;
      const chooseFirst = checkIntegerConstant(ctx, argumentSyntax[0]!, "'__builtin_choose_expr'") !== 0n;
      return checkExpression(ctx, argumentSyntax[chooseFirst ? 1 : 2]!);
    }
    case '__builtin_inf':
    case '__builtin_huge_val':
    case '__builtin_inff':
    case '__builtin_huge_valf':
    case '__builtin_infl':
    case '__builtin_huge_vall':
      if (count !== 0) return undefined;
      return floatingNode(Infinity, builtinFloatType(name), at);
    case '__builtin_nan':
    case '__builtin_nanf':
    case '__builtin_nanl':
      if (count !== 1) return undefined;
      checkRvalue(ctx, argumentSyntax[0]!);
      return floatingNode(NaN, builtinFloatType(name), at);
    case '__builtin_prefetch':
      argumentSyntax.forEach((a) => checkRvalue(ctx, a));
      return { kind: 'cast', type: types.void, operand: integerNode(0n, types.int, at), at };
    case '__builtin_object_size': {
      if (count !== 2) return undefined;
      checkRvalue(ctx, argumentSyntax[0]!);
      const kind = checkIntegerConstant(ctx, argumentSyntax[1]!, "'__builtin_object_size'");
      return integerNode(kind < 2n ? -1n : 0n, sizeType, at);
    }
    default:
      return undefined;
  }
}

/** The type of `__builtin_inf`, `__builtin_huge_val` or `__builtin_nan` by its suffix (`f`, `l` or none). */
function builtinFloatType(name: string): CType {
  const suffix = name.replace(/^__builtin_(inf|huge_val|nan)/, '');
  return suffix === 'f' ? types.float : suffix === 'l' ? types.ldouble : types.double;
}

function checkCall(
  ctx: Context,
  calleeSyntax: ExpressionSyntax,
  argumentSyntax: readonly ExpressionSyntax[],
  at: CLocation,
): Expression {
  let callee: Expression;
  if (calleeSyntax.kind === 'name' && ctx.lookup(calleeSyntax.name) === undefined) {
    const inPlace = checkBuiltinInPlace(ctx, calleeSyntax.name, argumentSyntax, at);
    if (inPlace !== undefined) return inPlace;
    const builtin = builtinFunction(calleeSyntax.name, calleeSyntax.at);
    if (builtin === undefined) {
      ctx.warning('C3002', calleeSyntax.at, quote(calleeSyntax.name));
      const header = headerDeclaringFunction(calleeSyntax.name);
      if (header !== undefined) ctx.note('C3152', calleeSyntax.at, `'<${header}>'`, quote(calleeSyntax.name));
    }
    callee = functionNode(
      ctx,
      builtin ?? declareImplicitFunction(ctx, calleeSyntax.name, calleeSyntax.at),
      calleeSyntax.at,
    );
  } else {
    callee = checkRvalue(ctx, calleeSyntax);
    if (callee.kind === 'address' && callee.operand.kind === 'function') callee = callee.operand;
  }
  const fnType =
    callee.kind === 'function'
      ? callee.symbol.type
      : callee.type.kind === 'pointer' && callee.type.to.kind === 'function'
        ? callee.type.to
        : undefined;
  if (fnType === undefined) return ctx.fail('C3042', at);
  const name = calleeName(calleeSyntax);
  /** Too many or too few arguments, with gcc's note at the function's declaration. */
  const wrongArgumentCount = (code: 'C3003' | 'C3004'): never => {
    ctx.error(code, calleeSyntax.at, name);
    if (callee.kind === 'function') ctx.note('C3134', callee.symbol.at, quote(callee.symbol.name));
    throw new AnalysisError();
  };
  const args: Expression[] = [];
  argumentSyntax.forEach((argSyntax, i) => {
    const arg = checkRvalue(ctx, argSyntax);
    const parameter = fnType.params[i];
    if (parameter !== undefined && fnType.prototyped) {
      args.push(
        convertForAssignment(
          ctx,
          parameter,
          arg,
          { kind: 'argument', index: i + 1, callee: name },
          argSyntax.at,
        ),
      );
    } else {
      if (fnType.prototyped && !fnType.variadic) wrongArgumentCount('C3004');
      if (arg.type.kind === 'void') ctx.fail('C3073', argSyntax.at);
      args.push(promoteArgument(arg));
    }
  });
  if (fnType.prototyped && args.length < fnType.params.length) wrongArgumentCount('C3003');
  const returns = unqualified(fnType.returns);
  if (returns.kind !== 'void' && !isComplete(returns)) ctx.fail('C3074', at, typeName(returns));
  return { kind: 'call', type: returns, callee, functionType: fnType, arguments: args, at };
}

function checkIndex(
  ctx: Context,
  arraySyntax: ExpressionSyntax,
  indexSyntax: ExpressionSyntax,
  at: CLocation,
): Expression {
  const a = checkRvalue(ctx, arraySyntax);
  const i = checkRvalue(ctx, indexSyntax);
  if (a.type.kind === 'pointer') {
    if (i.type.kind !== 'integer') ctx.fail('C3041', indexSyntax.at);
    return derefNode(ctx, pointerOffset(ctx, '+', a, i, at), at);
  }
  if (i.type.kind === 'pointer') {
    if (a.type.kind !== 'integer') ctx.fail('C3041', arraySyntax.at);
    return derefNode(ctx, pointerOffset(ctx, '+', i, a, at), at);
  }
  return ctx.fail('C3040', at);
}

function checkMember(
  ctx: Context,
  objectSyntax: ExpressionSyntax,
  name: string,
  arrow: boolean,
  at: CLocation,
): Expression {
  let object: Expression;
  if (arrow) {
    const pointer = checkRvalue(ctx, objectSyntax);
    const to = pointer.type.kind === 'pointer' ? pointer.type.to : undefined;
    if (to === undefined || (to.kind !== 'struct' && to.kind !== 'union')) {
      if (to === undefined) ctx.fail('C3039', at, "'->'", typeName(pointer.type));
      ctx.fail('C3037', at, quote(name));
    }
    object = derefNode(ctx, pointer, at);
  } else {
    object = checkExpression(ctx, objectSyntax);
  }
  const type = object.type;
  if (type.kind !== 'struct' && type.kind !== 'union') return ctx.fail('C3037', at, quote(name));
  if (!type.info.complete) ctx.fail('C3074', at, typeName(type));
  const member = findMember(type, name);
  if (member === undefined) {
    const names = type.info.members.flatMap((m) => (m.name === undefined ? [] : [m.name]));
    const similar = closestName(name, names);
    if (similar !== undefined) ctx.fail('C3153', at, quote(typeToString(type)), quote(name), quote(similar));
    return ctx.fail('C3038', at, quote(typeToString(type)), quote(name));
  }
  return memberNode(ctx, object, member, at);
}

function checkVaList(ctx: Context, s: ExpressionSyntax, what: string): Expression {
  const list = checkExpression(ctx, s);
  const t = list.type;
  const ok = t.kind === 'pointer' && t.to.kind === 'integer' && t.to.name === 'char' && isLvalue(list);
  if (!ok) ctx.fail('C3112', s.at, quote(what), typeName(t));
  return list;
}

function checkVaStart(
  ctx: Context,
  listSyntax: ExpressionSyntax,
  lastSyntax: ExpressionSyntax,
  at: CLocation,
): Expression {
  const list = checkVaList(ctx, listSyntax, 'va_start');
  const fn = ctx.current;
  if (fn === undefined || !fn.symbol.type.variadic) ctx.fail('C3084', at);
  const last = checkExpression(ctx, lastSyntax);
  const lastParameter = fn.parameters[fn.parameters.length - 1];
  if (last.kind !== 'variable' || last.symbol !== lastParameter) ctx.warning('C3085', lastSyntax.at);
  return { kind: 'vaStart', type: types.void, list, at };
}

function checkOffsetof(ctx: Context, s: ExpressionSyntax & { kind: 'offsetof' }): Expression {
  let type = unqualified(ctx.collectLengths(() => resolveTypeName(ctx, s.typeName)).result);
  let offset = 0n;
  for (const step of s.path) {
    if (step.kind === 'member') {
      if (type.kind !== 'struct' && type.kind !== 'union') ctx.fail('C3037', step.at, quote(step.name));
      if (!type.info.complete) ctx.fail('C3074', step.at, typeName(type));
      const member = findMember(type, step.name);
      if (member === undefined) ctx.fail('C3038', step.at, quote(typeToString(type)), quote(step.name));
      if (member.bitField !== undefined) ctx.fail('C3021', step.at, quote(step.name));
      offset += BigInt(member.offset);
      type = unqualified(member.type);
    } else {
      if (type.kind !== 'array') ctx.fail('C3040', step.at);
      const index = checkIntegerConstant(ctx, step.index, 'array index in offsetof');
      offset += index * BigInt(sizeOf(type.of));
      type = unqualified(type.of);
    }
  }
  return integerNode(offset, sizeType, s.at);
}
