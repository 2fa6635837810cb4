// Constant evaluation: integer and floating folding with C's exact semantics (wrapping in the type's
// width, unsigned rules), and the evaluation of static initializers to integers, floats and addresses.

import type { Expression, FunctionSymbol, StringLiteral, VariableSymbol } from '../ast.js';
import type { CLocation } from '../diagnostics.js';
import { unqualified, type CType } from '../types.js';

/** An integer expression node. */
export type IntegerNode = Extract<Expression, { kind: 'integer' }>;
/** A floating expression node. */
export type FloatingNode = Extract<Expression, { kind: 'floating' }>;

/** `value` converted to an integer or pointer type: wrapped to its width (`_Bool`: 0 or 1). */
export function wrapTo(value: bigint, type: CType): bigint {
  if (type.kind === 'integer') {
    if (type.name === 'bool') return value !== 0n ? 1n : 0n;
    const bits = type.size * 8;
    return type.signed ? BigInt.asIntN(bits, value) : BigInt.asUintN(bits, value);
  }
  if (type.kind === 'pointer') return BigInt.asUintN(64, value);
  return value;
}

/** `value` rounded to a floating type (single precision for float). */
export function roundTo(value: number, type: CType): number {
  return type.kind === 'floating' && type.name === 'float' ? Math.fround(value) : value;
}

/** An integer constant node, its value wrapped to the type. */
export function integerNode(value: bigint, type: CType, at: CLocation): IntegerNode {
  const t = unqualified(type);
  return { kind: 'integer', type: t, value: wrapTo(value, t), at };
}

/** A floating constant node, its value rounded to the type. */
export function floatingNode(value: number, type: CType, at: CLocation): FloatingNode {
  const t = unqualified(type);
  return { kind: 'floating', type: t, value: roundTo(value, t), at };
}

/** Whether `e` is an integer constant of integer type (an integer constant expression, folded). */
export function isIntegerConstant(e: Expression): e is IntegerNode {
  return e.kind === 'integer' && e.type.kind === 'integer';
}

/** Whether `e` is a folded arithmetic or null-pointer constant. */
export function isConstant(e: Expression): e is IntegerNode | FloatingNode {
  return e.kind === 'integer' || e.kind === 'floating';
}

/** The truth of a constant. */
export function constantTruth(e: IntegerNode | FloatingNode): boolean {
  return e.kind === 'integer' ? e.value !== 0n : e.value !== 0;
}

/** Fold a conversion of a constant to `to` (integer, floating or pointer), or undefined if it cannot be folded. */
export function foldCast(e: Expression, to: CType, at: CLocation): Expression | undefined {
  const target = unqualified(to);
  if (e.kind === 'integer') {
    if (target.kind === 'integer' || target.kind === 'pointer') return integerNode(e.value, target, at);
    if (target.kind === 'floating') return floatingNode(Number(e.value), target, at);
    return undefined;
  }
  if (e.kind === 'floating') {
    if (target.kind === 'floating') return floatingNode(e.value, target, at);
    if (target.kind === 'integer') {
      if (target.name === 'bool') return integerNode(e.value !== 0 ? 1n : 0n, target, at);
      if (!Number.isFinite(e.value)) return undefined;
      return integerNode(BigInt(Math.trunc(e.value)), target, at);
    }
  }
  return undefined;
}

/** The result of folding an integer operation: a value, or why it was not folded. */
export type IntegerFold =
  | { readonly kind: 'value'; readonly value: bigint; readonly overflow: boolean }
  | { readonly kind: 'divisionByZero' }
  | { readonly kind: 'shiftCount'; readonly negative: boolean };

/**
 * Apply an arithmetic, bitwise or shift operator to integer operands already converted to `type` (for
 * shifts: the promoted left operand's type). Comparisons are handled by `compareConstants`.
 */
export function foldIntegerOperation(operator: string, a: bigint, b: bigint, type: CType): IntegerFold {
  const bits = type.kind === 'integer' ? type.size * 8 : 64;
  let exact: bigint;
  switch (operator) {
    case '+':
      exact = a + b;
      break;
    case '-':
      exact = a - b;
      break;
    case '*':
      exact = a * b;
      break;
    case '/':
      if (b === 0n) return { kind: 'divisionByZero' };
      exact = a / b;
      break;
    case '%':
      if (b === 0n) return { kind: 'divisionByZero' };
      exact = a % b;
      break;
    case '<<':
      if (b < 0n || b >= BigInt(bits)) return { kind: 'shiftCount', negative: b < 0n };
      exact = a << b;
      // Shifting bits out of a signed value is not an overflow gcc warns about; only the wrap matters.
      return { kind: 'value', value: wrapTo(exact, type), overflow: false };
    case '>>':
      if (b < 0n || b >= BigInt(bits)) return { kind: 'shiftCount', negative: b < 0n };
      exact = a >> b;
      break;
    case '&':
      exact = a & b;
      break;
    case '|':
      exact = a | b;
      break;
    case '^':
      exact = a ^ b;
      break;
    default:
      throw new Error(`unknown integer operator ${operator}`);
  }
  const value = wrapTo(exact, type);
  const signed = type.kind === 'integer' && type.signed;
  return { kind: 'value', value, overflow: signed && value !== exact };
}

/** Apply an arithmetic operator to floating operands of `type` (IEEE semantics, float rounded). */
export function foldFloatingOperation(operator: string, a: number, b: number, type: CType): number {
  let value: number;
  switch (operator) {
    case '+':
      value = a + b;
      break;
    case '-':
      value = a - b;
      break;
    case '*':
      value = a * b;
      break;
    case '/':
      value = a / b;
      break;
    default:
      throw new Error(`unknown floating operator ${operator}`);
  }
  return roundTo(value, type);
}

/** Compare two constants of the same type. */
export function compareConstants(operator: string, a: bigint | number, b: bigint | number): boolean {
  switch (operator) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    default:
      throw new Error(`unknown comparison ${operator}`);
  }
}

const comparisons: Readonly<Record<string, true>> = {
  '==': true,
  '!=': true,
  '<': true,
  '<=': true,
  '>': true,
  '>=': true,
};

/** A static initializer's value: a number, or an address constant. */
export type StaticConstant =
  | { readonly kind: 'integer'; readonly value: bigint }
  | { readonly kind: 'floating'; readonly value: number }
  | {
      readonly kind: 'address';
      readonly target: VariableSymbol | FunctionSymbol | StringLiteral;
      readonly addend: bigint;
    };

/**
 * Evaluate an expression allowed in a static initializer: an arithmetic constant, or an address
 * constant (`&global`, `&global.member`, `&array[3]`, `array`, a string, a function, each plus or minus
 * an integer constant, possibly cast to a pointer or a 64-bit integer). Undefined if it is neither.
 */
export function evaluateStatic(e: Expression): StaticConstant | undefined {
  switch (e.kind) {
    case 'integer':
      return { kind: 'integer', value: e.value };
    case 'floating':
      return { kind: 'floating', value: e.value };
    case 'address':
      return addressOf(e.operand);
    case 'function':
      return { kind: 'address', target: e.symbol, addend: 0n };
    case 'cast': {
      const operand = evaluateStatic(e.operand);
      if (operand?.kind === 'integer' && (e.type.kind === 'integer' || e.type.kind === 'pointer')) {
        return { kind: 'integer', value: wrapTo(operand.value, e.type) };
      }
      if (operand === undefined || operand.kind !== 'address') return undefined;
      if (e.type.kind === 'pointer') return operand;
      if (e.type.kind === 'integer' && e.type.name === 'bool') return { kind: 'integer', value: 1n };
      // An address in an integer narrower than a pointer is refused where it is stored.
      if (e.type.kind === 'integer') return operand;
      return undefined;
    }
    case 'binary': {
      const left = evaluateStatic(e.left);
      const right = evaluateStatic(e.right);
      if (left === undefined || right === undefined) return undefined;
      // gcc folds the distance between two addresses in one object (`&a[3] - &a[0]`), and arithmetic on it.
      if (
        left.kind === 'address' &&
        right.kind === 'address' &&
        e.operator === '-' &&
        left.target === right.target
      ) {
        return { kind: 'integer', value: left.addend - right.addend };
      }
      if (left.kind === 'integer' && right.kind === 'integer' && e.type.kind === 'integer') {
        const fold =
          e.operator in comparisons
            ? undefined
            : foldIntegerOperation(e.operator, left.value, right.value, e.type);
        return fold?.kind === 'value' ? { kind: 'integer', value: fold.value } : undefined;
      }
      if (e.operator !== '+' && e.operator !== '-') return undefined;
      if (left.kind === 'address' && right.kind === 'integer') {
        const addend = e.operator === '+' ? left.addend + right.value : left.addend - right.value;
        return { kind: 'address', target: left.target, addend: BigInt.asIntN(64, addend) };
      }
      if (left.kind === 'integer' && right.kind === 'address' && e.operator === '+') {
        return {
          kind: 'address',
          target: right.target,
          addend: BigInt.asIntN(64, right.addend + left.value),
        };
      }
      return undefined;
    }
    case 'conditional': {
      const condition = evaluateStatic(e.condition);
      if (condition === undefined) return undefined;
      const truth = condition.kind === 'address' ? true : condition.value !== 0n && condition.value !== 0;
      return evaluateStatic(truth ? e.then : e.otherwise);
    }
    default:
      return undefined;
  }
}

/** The address of a static lvalue, if it is an address constant. */
function addressOf(e: Expression): StaticConstant | undefined {
  switch (e.kind) {
    case 'variable':
      if (e.symbol.storage === 'local' || e.symbol.storage === 'parameter') return undefined;
      return { kind: 'address', target: e.symbol, addend: 0n };
    case 'string':
      return { kind: 'address', target: e.literal, addend: 0n };
    case 'function':
      return { kind: 'address', target: e.symbol, addend: 0n };
    case 'compoundLiteral':
      if (e.object.storage !== 'static') return undefined;
      return { kind: 'address', target: e.object, addend: 0n };
    case 'member': {
      if (e.bitField !== undefined) return undefined;
      const base = addressOf(e.object);
      if (base === undefined || base.kind !== 'address') return undefined;
      return { kind: 'address', target: base.target, addend: base.addend + BigInt(e.offset) };
    }
    case 'deref': {
      const pointer = evaluateStatic(e.operand);
      return pointer?.kind === 'address' ? pointer : undefined;
    }
    default:
      return undefined;
  }
}

/** The little-endian bytes of a float (4) or double (8). */
export function floatBytes(value: number, size: 4 | 8): number[] {
  const view = new DataView(new ArrayBuffer(size));
  if (size === 4) view.setFloat32(0, value, true);
  else view.setFloat64(0, value, true);
  return Array.from(new Uint8Array(view.buffer));
}
