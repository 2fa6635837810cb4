// Expressions to intermediate code: values in virtual registers, lvalues as places, conditions as
// branches, struct values as memory places, and calls per docs/ABI.md.

import type { Expression } from '../ast.js';
import { alignOf, isAggregateRecord, sizeOf, types, type CType } from '../types.js';
import { FunctionEmitter, Unsupported } from './context.js';
import { emitLocalInitializer, emitStatement, releaseStack } from './statements.js';
import { argumentRegisters, callerSaved, commute, isInvariant, rsp, type Instr, type Reg } from './ir.js';
import {
  addOffset,
  classOf,
  emitAddressOf,
  emitBitFieldValue,
  emitConstant,
  emitConvert,
  emitCopy,
  emitLoad,
  emitMemoryCopy,
  emitNormalise,
  emitStore,
  integerConversionIsFree,
  isUnsigned,
  memoryAt,
  owned,
  widthOf,
  type MemoryPlace,
  type Place,
} from './places.js';

type ExpressionOf<K extends Expression['kind']> = Extract<Expression, { kind: K }>;

/**
 * A register and whether it holds the exact value of its type, or only its low bytes are right.
 *
 * When normalising is left out (the rule): a value in a register is its exact C value (docs/ABI.md)
 * wherever it is observed, so a narrow integer result is sign- or zero-extended unless one of these
 * makes the extension provably unnecessary, the outcome being bit for bit the same:
 * - `+ - * & | ^ <<` read only the low bytes of their operands, so a chain of them normalises once, at
 *   the end (`emitLoose`); a narrowing cast only drops high bytes, so it stays loose too;
 * - a store of the type's width writes only the low bytes: a value that is only stored is not
 *   normalised (assignments and compound assignments to memory, the new value of a postfix `x++`);
 * - shifting left by 32 keeps the order and equality of 32-bit values, signed or unsigned: two loose
 *   32-bit operands of a comparison (or one and a constant) are compared shifted, one instruction each
 *   instead of two, and a loose 32-bit truth value is tested shifted (`emitComparands`, `emitCondition`);
 * - a loop counter the loop's condition bounds cannot overflow in its `++` or `--`, nor in `i + 1`
 *   inside a `for` body (loops.ts, `FunctionEmitter.exactUpdates`).
 * Everything else observes the exact value: division, remainder, right shifts, conversions, call
 * arguments and returns, addresses and indexes, register variables, switch values, wider stores.
 */
interface Loose {
  readonly reg: Reg;
  readonly exact: boolean;
}

/** An operand of an operation: a register or a constant. */
type Operand = Reg | bigint;

const comparisons: ReadonlySet<string> = new Set(['==', '!=', '<', '<=', '>', '>=']);
/** Integer operations whose low result bits depend only on the low bits of their operands. */
const wrapping: ReadonlySet<string> = new Set(['+', '-', '*', '&', '|', '^', '<<']);
const commutative: ReadonlySet<string> = new Set(['+', '*', '&', '|', '^', '==', '!=']);
const integerOps: Readonly<Record<string, string>> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '&': 'and',
  '|': 'or',
  '^': 'xor',
  '<<': 'shl',
};
const floatOps: Readonly<Record<string, string>> = { '+': 'fadd', '-': 'fsub', '*': 'fmul', '/': 'fdiv' };
const signedConditions: Readonly<Record<string, string>> = {
  '==': 'eq',
  '!=': 'ne',
  '<': 'lt',
  '<=': 'le',
  '>': 'gt',
  '>=': 'ge',
};
const unsignedConditions: Readonly<Record<string, string>> = {
  '==': 'eq',
  '!=': 'ne',
  '<': 'lo',
  '<=': 'ls',
  '>': 'hi',
  '>=': 'hs',
};
const negated: Readonly<Record<string, string>> = {
  '==': '!=',
  '!=': '==',
  '<': '>=',
  '<=': '>',
  '>': '<=',
  '>=': '<',
};
const mirrored: Readonly<Record<string, string>> = {
  '==': '==',
  '!=': '!=',
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
};

/** Whether a type is `_Bool`. */
function isBool(type: CType): boolean {
  return type.kind === 'integer' && type.name === 'bool';
}

/** Whether a type is a struct or union (carried as the address of its bytes). */
export function isAggregate(type: CType): boolean {
  return isAggregateRecord(type);
}

/** The bits of a double, as the register holds them. */
export function doubleBits(value: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  return view.getBigInt64(0);
}

function constantOf(e: Expression): bigint | undefined {
  return e.kind === 'integer' ? e.value : undefined;
}

function log2(value: bigint): number | undefined {
  if (value <= 0n || (value & (value - 1n)) !== 0n) return undefined;
  return value.toString(2).length - 1;
}

/** Whether an lvalue is reached through a pointer (so reading it can trap). */
function throughPointer(e: Expression): boolean {
  if (e.kind === 'deref') return true;
  if (e.kind === 'member') return throughPointer(e.object);
  return false;
}

// ---- values ----

/**
 * The exact value of an expression in a register; for a struct or union, its address. The register
 * may be a variable's: copy it (`owned`) before changing it.
 */
export function emitValue(cx: FunctionEmitter, e: Expression): Reg {
  switch (e.kind) {
    case 'integer':
      return emitConstant(cx, e.value);
    case 'floating':
      return emitConstant(cx, doubleBits(e.value));
    case 'string':
    case 'variable':
    case 'deref':
    case 'member':
    case 'compoundLiteral':
      return emitLvalueValue(cx, e);
    case 'function': {
      const reg = cx.newReg();
      cx.emit('vp-lea-p', { label: e.symbol.label, addend: 0 }, reg);
      return reg;
    }
    case 'unary':
    case 'binary':
    case 'cast':
      return exact(cx, e.type, emitLoose(cx, e));
    case 'logical': {
      const reg = emitConstant(cx, 0n);
      const end = cx.newLabel();
      emitCondition(cx, e, false, end);
      cx.emit('vp-cpy-cr', 1n, reg);
      cx.placeLabel(end);
      return reg;
    }
    case 'conditional':
      return emitConditional(cx, e);
    case 'assign':
      return emitAssign(cx, e, true)!;
    case 'compoundAssign':
      return emitCompoundAssign(cx, e, true)!;
    case 'call':
      return emitCall(cx, e, false) ?? emitConstant(cx, 0n);
    case 'address':
      return emitAddress(cx, e.operand);
    case 'comma':
      emitEffect(cx, e.left);
      return emitValue(cx, e.right);
    case 'vaStart':
      emitVaStart(cx, e);
      return emitConstant(cx, 0n);
    case 'vaArg':
      return emitVaArg(cx, e);
    case 'statementExpression':
      return emitStatementExpression(cx, e, true) ?? emitConstant(cx, 0n);
  }
}

/**
 * A statement expression: its statements, then its value (when `wantValue`); variable-length arrays
 * allocated inside are released at its end, as at the end of a block.
 */
function emitStatementExpression(
  cx: FunctionEmitter,
  e: ExpressionOf<'statementExpression'>,
  wantValue: boolean,
): Reg | undefined {
  const marks = cx.stackMarks.length;
  for (const s of e.body) emitStatement(cx, s);
  let value: Reg | undefined;
  if (e.value !== undefined) {
    cx.emitLoc(e.value.at);
    if (wantValue && e.type.kind !== 'void') value = emitValue(cx, e.value);
    else emitEffect(cx, e.value);
  }
  releaseStack(cx, marks);
  return value;
}

function exact(cx: FunctionEmitter, type: CType, value: Loose): Reg {
  if (value.exact) return value.reg;
  const reg = owned(cx, value.reg);
  emitNormalise(cx, type, reg);
  return reg;
}

/** The value of an lvalue in a value context: loaded, or its address for arrays, structs and unions. */
function emitLvalueValue(cx: FunctionEmitter, e: Expression): Reg {
  const place = emitPlace(cx, e);
  if (e.type.kind === 'array' || isAggregate(e.type) || e.type.kind === 'function') {
    if (place.kind !== 'memory') throw new Unsupported('an aggregate in a register', e.at);
    return emitAddressOf(cx, place);
  }
  if (throughPointer(e)) cx.emitLoc(e.at);
  return emitLoad(cx, place);
}

/**
 * The value of an integer expression whose high bits may be left unnormalised (the caller only uses
 * its low bytes, or normalises it): saves re-extending after every step of `a + b * c`.
 */
function emitLoose(cx: FunctionEmitter, e: Expression): Loose {
  if (e.kind === 'binary' && !comparisons.has(e.operator)) return emitBinary(cx, e);
  if (e.kind === 'unary') return emitUnary(cx, e);
  if (e.kind === 'cast') return emitCast(cx, e);
  if (e.kind === 'binary') return { reg: emitComparisonValue(cx, e), exact: true };
  return { reg: emitValue(cx, e), exact: true };
}

function emitUnary(cx: FunctionEmitter, e: ExpressionOf<'unary'>): Loose {
  const operandClass = classOf(e.operand.type);
  switch (e.operator) {
    case '-': {
      if (operandClass !== 'integer') {
        const reg = cx.newReg();
        cx.emit('vp-fneg-rr', emitValue(cx, e.operand), reg);
        return { reg, exact: true };
      }
      const value = emitLoose(cx, e.operand);
      const reg = emitConstant(cx, 0n);
      cx.emit('vp-sub-rr', value.reg, reg);
      return { reg, exact: widthOf(e.type) === 8 };
    }
    case '~': {
      const value = emitLoose(cx, e.operand);
      const reg = owned(cx, value.reg);
      cx.emit('vp-xor-cr', -1n, reg);
      return { reg, exact: widthOf(e.type) === 8 || (value.exact && !isUnsigned(e.type)) };
    }
    case '!': {
      const value = emitValue(cx, e.operand);
      if (operandClass === 'integer') {
        const reg = owned(cx, value);
        cx.emit('vp-seq-cr', 0n, reg);
        return { reg, exact: true };
      }
      const reg = emitConstant(cx, 0n);
      cx.emit('vp-fseq-rr', value, reg);
      return { reg, exact: true };
    }
  }
}

function emitBinary(cx: FunctionEmitter, e: ExpressionOf<'binary'>): Loose {
  let { left, right } = e;
  if (commutative.has(e.operator) && left.kind === 'integer' && right.kind !== 'integer') {
    [left, right] = [right, left];
  }
  const valueClass = classOf(e.type);
  if (valueClass !== 'integer') {
    const leftValue = emitValue(cx, left);
    const operation = floatOps[e.operator];
    if ((e.operator === '+' || e.operator === '*') && !modifiesRegisters(right)) {
      const result = emitCommute(cx, `vp-${operation}-rr`, leftValue, emitValue(cx, right));
      if (valueClass === 'float') emitNormalise(cx, e.type, result);
      return { reg: result, exact: true };
    }
    const target = owned(cx, leftValue);
    emitOperation(cx, e.operator, e.type, target, emitValue(cx, right), e);
    return { reg: target, exact: true };
  }
  const loose = wrapping.has(e.operator);
  const leftValue = loose ? emitLoose(cx, left) : { reg: emitValue(cx, left), exact: true };
  const constant = constantOf(right);
  if (constant === undefined && commutative.has(e.operator) && !modifiesRegisters(right)) {
    // Both operands in registers: the result may take either one's register (see `commute`).
    const value = emitLoose(cx, right);
    const result = emitCommute(cx, `vp-${integerOps[e.operator]}-rr`, leftValue.reg, value.reg);
    const resultExact = widthOf(e.type) === 8 || (e.operator !== '+' && e.operator !== '*');
    return { reg: result, exact: resultExact && leftValue.exact && value.exact };
  }
  const target = owned(cx, leftValue.reg);
  let operand: Operand;
  let operandExact = true;
  if (constant !== undefined) {
    operand = constant;
  } else if (loose && e.operator !== '<<') {
    const value = emitLoose(cx, right);
    operand = value.reg;
    operandExact = value.exact;
  } else {
    operand = emitValue(cx, right);
  }
  const resultExact = emitOperation(cx, e.operator, e.type, target, operand, e);
  // `i + 1` on a loop counter below its bound cannot overflow (loops.ts).
  const inRange = cx.exactUpdates.has(e);
  return { reg: target, exact: (resultExact || inRange) && leftValue.exact && operandExact };
}

/** `a op b` for a commutative operation, in a fresh register. */
function emitCommute(cx: FunctionEmitter, operation: string, a: Reg, b: Reg): Reg {
  const result = cx.newReg();
  cx.code.instrs.push(commute(operation, a, b, result, cx.depth));
  return result;
}

/** Kinds of expression that may assign a variable (a statement expression or compound literal may hold any). */
const assigningKinds: ReadonlySet<Expression['kind']> = new Set<Expression['kind']>([
  'assign',
  'compoundAssign',
  'vaArg',
  'vaStart',
  'compoundLiteral',
  'statementExpression',
]);

/** The operands `e` evaluates (none for the kinds in `assigningKinds`, which count by their kind alone). */
function operandsOf(e: Expression): readonly Expression[] {
  switch (e.kind) {
    case 'assign':
    case 'compoundAssign':
    case 'vaArg':
    case 'vaStart':
    case 'compoundLiteral':
    case 'statementExpression':
    case 'integer':
    case 'floating':
    case 'string':
    case 'variable':
    case 'function':
      return [];
    case 'unary':
    case 'cast':
    case 'address':
    case 'deref':
      return [e.operand];
    case 'binary':
    case 'logical':
    case 'comma':
      return [e.left, e.right];
    case 'conditional':
      return [e.condition, e.then, e.otherwise];
    case 'call':
      return [e.callee, ...e.arguments];
    case 'member':
      return [e.object];
  }
}

/** Whether `e` or an operand of it, at any depth, passes `test`. */
function anyPart(e: Expression, test: (part: Expression) => boolean): boolean {
  return test(e) || operandsOf(e).some((operand) => anyPart(operand, test));
}

/**
 * Whether evaluating `e` may assign a variable (so a register variable read before it must be copied
 * first, as C's unsequenced reads would otherwise see the new value where gcc's code sees the old one).
 */
function modifiesRegisters(e: Expression): boolean {
  return anyPart(e, (part) => assigningKinds.has(part.kind));
}

/** Whether evaluating `e` may have a side effect: assign anything or call a function. */
function hasSideEffects(e: Expression): boolean {
  return anyPart(e, (part) => part.kind === 'call' || assigningKinds.has(part.kind));
}

/**
 * `target = target op operand` in `type`. Integer operands may be loose for wrapping operations.
 * Returns whether the result is exact given exact operands (false: it may need normalising).
 */
function emitOperation(
  cx: FunctionEmitter,
  operator: string,
  type: CType,
  target: Reg,
  operand: Operand,
  at: Expression,
): boolean {
  const valueClass = classOf(type);
  if (valueClass === 'float' || valueClass === 'double') {
    const op = floatOps[operator];
    if (op === undefined) throw new Unsupported(`the operator ${operator} on floating values`, at.at);
    const reg = typeof operand === 'bigint' ? emitConstant(cx, operand) : operand;
    cx.emit(`vp-${op}-rr`, reg, target);
    if (valueClass === 'float') emitNormalise(cx, type, target);
    return true;
  }
  const narrow = widthOf(type) < 8;
  const unsigned = isUnsigned(type);
  const asReg = (): Reg => (typeof operand === 'bigint' ? emitConstant(cx, operand) : operand);
  switch (operator) {
    case '+':
    case '-':
    case '&':
    case '|':
    case '^':
    case '<<': {
      const op = integerOps[operator]!;
      if (typeof operand === 'bigint') cx.emit(`vp-${op}-cr`, operand, target);
      else cx.emit(`vp-${op}-rr`, operand, target);
      return !narrow || operator === '&' || operator === '|' || operator === '^';
    }
    case '*': {
      const shift = typeof operand === 'bigint' ? log2(operand) : undefined;
      if (shift !== undefined) cx.emit('vp-shl-cr', BigInt(shift), target);
      else if (typeof operand === 'bigint') cx.emit('vp-mul-cr', operand, target);
      else cx.emit('vp-mul-rr', operand, target);
      return !narrow;
    }
    case '>>': {
      const op = unsigned ? 'shr' : 'asr';
      if (typeof operand === 'bigint') cx.emit(`vp-${op}-cr`, operand, target);
      else cx.emit(`vp-${op}-rr`, operand, target);
      return true;
    }
    case '/':
    case '%': {
      const shift = unsigned && typeof operand === 'bigint' ? log2(operand) : undefined;
      if (shift !== undefined) {
        if (operator === '/') cx.emit('vp-shr-cr', BigInt(shift), target);
        else cx.emit('vp-and-cr', (1n << BigInt(shift)) - 1n, target);
        return true;
      }
      cx.emitLoc(at.at);
      const op = operator === '/' ? 'div' : 'rem';
      cx.emit(`vp-${op}-rr${unsigned ? '-u' : ''}`, asReg(), target);
      return !narrow || unsigned || operator === '%';
    }
  }
  throw new Unsupported(`the operator ${operator}`, at.at);
}

function emitComparisonValue(cx: FunctionEmitter, e: ExpressionOf<'binary'>): Reg {
  let { left, right } = e;
  let operator = e.operator as string;
  if (left.kind === 'integer' && right.kind !== 'integer') {
    [left, right] = [right, left];
    operator = mirrored[operator]!;
  }
  const operandType = left.type;
  if (classOf(operandType) !== 'integer') {
    const target = owned(cx, emitValue(cx, left));
    cx.emit(`vp-fs${signedConditions[operator]}-rr`, emitValue(cx, right), target);
    return target;
  }
  const conditions = isUnsigned(operandType) ? unsignedConditions : signedConditions;
  const [a, b] = emitComparands(cx, left, right);
  const target = owned(cx, a);
  if (typeof b === 'bigint') cx.emit(`vp-s${conditions[operator]}-cr`, b, target);
  else cx.emit(`vp-s${conditions[operator]}-rr`, b, target);
  return target;
}

/**
 * The two operands of an integer comparison, as registers or a constant that compare as the values do.
 * Normally their exact values; but two 32-bit values of which at least one is loose from arithmetic
 * (and the other loose too, or a constant) are compared shifted to the top 32 bits instead: shifting
 * left by 32 keeps the order and equality of both signed and unsigned 32-bit values, and costs one
 * instruction per operand where normalising costs two.
 */
function emitComparands(cx: FunctionEmitter, left: Expression, right: Expression): [Reg, Operand] {
  const constant = constantOf(right);
  if (widthOf(left.type) !== 4) return [emitValue(cx, left), constant ?? emitValue(cx, right)];
  const a = emitLoose(cx, left);
  const b = constant === undefined ? emitLoose(cx, right) : undefined;
  const low = isUnsigned(left.type) ? 0n : -(1n << 31n);
  const inRange = constant === undefined || (constant >= low && constant < low + (1n << 32n));
  if (a.exact || (b !== undefined && b.exact) || !inRange) {
    const exactA = exact(cx, left.type, a);
    return [exactA, b === undefined ? constant! : exact(cx, right.type, b)];
  }
  const shiftedA = owned(cx, a.reg);
  cx.emit('vp-shl-cr', 32n, shiftedA);
  if (b === undefined) return [shiftedA, BigInt.asIntN(64, constant! << 32n)];
  const shiftedB = owned(cx, b.reg);
  cx.emit('vp-shl-cr', 32n, shiftedB);
  return [shiftedA, shiftedB];
}

function emitCast(cx: FunctionEmitter, e: ExpressionOf<'cast'>): Loose {
  const from = e.operand.type;
  const to = e.type;
  if (to.kind === 'void') {
    emitEffect(cx, e.operand);
    return { reg: emitConstant(cx, 0n), exact: true };
  }
  if (isAggregate(to)) return { reg: emitValue(cx, e.operand), exact: true };
  const narrowing =
    classOf(from) === 'integer' && classOf(to) === 'integer' && !isBool(to) && widthOf(to) <= widthOf(from);
  if (narrowing) {
    // Only the low bytes matter: left loose, normalised where its value is observed.
    const free = integerConversionIsFree(from, to);
    const operand = e.operand;
    if (
      (operand.kind === 'variable' || operand.kind === 'deref' || operand.kind === 'member') &&
      !from.volatile
    ) {
      const place = emitPlace(cx, operand);
      if (throughPointer(operand)) cx.emitLoc(operand.at);
      // Memory is little-endian: the narrower value is the first bytes, loaded already extended.
      if (place.kind === 'memory' && place.bitField === undefined)
        return { reg: emitLoad(cx, { ...place, type: to }), exact: true };
      return { reg: emitLoad(cx, place), exact: free };
    }
    const value = emitLoose(cx, operand);
    return { reg: value.reg, exact: value.exact && free };
  }
  return { reg: emitConvert(cx, emitValue(cx, e.operand), from, to), exact: true };
}

function emitConditional(cx: FunctionEmitter, e: ExpressionOf<'conditional'>): Reg {
  const otherwise = cx.newLabel();
  const end = cx.newLabel();
  const result = cx.newReg();
  emitCondition(cx, e.condition, false, otherwise);
  if (e.type.kind === 'void') {
    emitEffect(cx, e.then);
    cx.emitJump(end);
    cx.placeLabel(otherwise);
    emitEffect(cx, e.otherwise);
    cx.placeLabel(end);
    return emitConstant(cx, 0n);
  }
  cx.emit('vp-cpy-rr', emitValue(cx, e.then), result);
  cx.emitJump(end);
  cx.placeLabel(otherwise);
  cx.emit('vp-cpy-rr', emitValue(cx, e.otherwise), result);
  cx.placeLabel(end);
  return result;
}

/** The address of an lvalue or function designator. */
function emitAddress(cx: FunctionEmitter, operand: Expression): Reg {
  if (operand.kind === 'function') return emitValue(cx, operand);
  const place = emitPlace(cx, operand);
  if (place.kind !== 'memory') throw new Unsupported('taking the address of a register variable', operand.at);
  return emitAddressOf(cx, place);
}

// ---- conditions ----

/** Jump to `target` when the truth of `e` is `when`; otherwise continue. */
export function emitCondition(cx: FunctionEmitter, e: Expression, when: boolean, target: string): void {
  switch (e.kind) {
    case 'integer':
      if ((e.value !== 0n) === when) cx.emitJump(target);
      return;
    case 'floating':
      if ((e.value !== 0) === when) cx.emitJump(target);
      return;
    case 'logical': {
      const shortCircuit = (e.operator === '&&') === when;
      if (shortCircuit) {
        // `a && b` true / `a || b` false: both must agree.
        const skip = cx.newLabel();
        emitCondition(cx, e.left, !when, skip);
        emitCondition(cx, e.right, when, target);
        cx.placeLabel(skip);
      } else {
        emitCondition(cx, e.left, when, target);
        emitCondition(cx, e.right, when, target);
      }
      return;
    }
    case 'unary':
      if (e.operator === '!') {
        emitCondition(cx, e.operand, !when, target);
        return;
      }
      break;
    case 'comma':
      emitEffect(cx, e.left);
      emitCondition(cx, e.right, when, target);
      return;
    case 'cast':
      if (isBool(e.type) && classOf(e.operand.type) !== 'aggregate') {
        emitCondition(cx, e.operand, when, target);
        return;
      }
      break;
    case 'binary':
      if (comparisons.has(e.operator)) {
        emitComparisonBranch(cx, e, when, target);
        return;
      }
      break;
    default:
      break;
  }
  if (classOf(e.type) === 'integer') {
    // A loose 32-bit value is zero exactly when its low 32 bits are: test them shifted to the top.
    const loose = widthOf(e.type) === 4 ? emitLoose(cx, e) : { reg: emitValue(cx, e), exact: true };
    let value = loose.reg;
    if (!loose.exact) {
      value = owned(cx, value);
      cx.emit('vp-shl-cr', 32n, value);
    }
    cx.emitBranch(when ? 'vp-bne-cr' : 'vp-beq-cr', [0n, value], target);
  } else {
    const value = emitValue(cx, e);
    const zero = emitConstant(cx, 0n);
    cx.emitBranch(when ? 'vp-fbne-rr' : 'vp-fbeq-rr', [zero, value], target);
  }
}

function emitComparisonBranch(
  cx: FunctionEmitter,
  e: ExpressionOf<'binary'>,
  when: boolean,
  target: string,
): void {
  let { left, right } = e;
  let operator = e.operator as string;
  if (left.kind === 'integer' && right.kind !== 'integer') {
    [left, right] = [right, left];
    operator = mirrored[operator]!;
  }
  const operandType = left.type;
  if (classOf(operandType) !== 'integer') {
    const a = emitValue(cx, left);
    const b = emitValue(cx, right);
    if (when) {
      cx.emitBranch(`vp-fb${signedConditions[operator]}-rr`, [b, a], target);
    } else if (operator === '==' || operator === '!=') {
      cx.emitBranch(`vp-fb${signedConditions[negated[operator]!]}-rr`, [b, a], target);
    } else {
      // Not (a < b) includes the unordered case, which no single branch tests.
      const flag = emitCopy(cx, a);
      cx.emit(`vp-fs${signedConditions[operator]}-rr`, b, flag);
      cx.emitBranch('vp-beq-cr', [0n, flag], target);
    }
    return;
  }
  const condition = (when ? operator : negated[operator])!;
  const conditions = isUnsigned(operandType) ? unsignedConditions : signedConditions;
  const [a, b] = emitComparands(cx, left, right);
  if (typeof b === 'bigint') cx.emitBranch(`vp-b${conditions[condition]}-cr`, [b, a], target);
  else cx.emitBranch(`vp-b${conditions[condition]}-rr`, [b, a], target);
}

// ---- effects ----

/** Evaluate an expression for its side effects only. */
export function emitEffect(cx: FunctionEmitter, e: Expression): void {
  switch (e.kind) {
    case 'assign':
      emitAssign(cx, e, false);
      return;
    case 'compoundAssign':
      emitCompoundAssign(cx, e, false);
      return;
    case 'comma':
      emitEffect(cx, e.left);
      emitEffect(cx, e.right);
      return;
    case 'cast':
      if (e.type.kind === 'void' || classOf(e.operand.type) === classOf(e.type)) {
        emitEffect(cx, e.operand);
        return;
      }
      break;
    case 'call':
      emitCall(cx, e, false);
      return;
    case 'vaStart':
      emitVaStart(cx, e);
      return;
    case 'statementExpression':
      emitStatementExpression(cx, e, false);
      return;
    case 'logical': {
      const end = cx.newLabel();
      emitCondition(cx, e.left, e.operator === '||', end);
      emitEffect(cx, e.right);
      cx.placeLabel(end);
      return;
    }
    case 'conditional': {
      const otherwise = cx.newLabel();
      const end = cx.newLabel();
      emitCondition(cx, e.condition, false, otherwise);
      emitEffect(cx, e.then);
      cx.emitJump(end);
      cx.placeLabel(otherwise);
      emitEffect(cx, e.otherwise);
      cx.placeLabel(end);
      return;
    }
    case 'integer':
    case 'floating':
    case 'string':
    case 'function':
      return;
    case 'variable':
      if (!e.type.volatile) return;
      break;
    default:
      break;
  }
  if (e.type.kind === 'void') return;
  emitValue(cx, e);
}

// ---- lvalues ----

/** Where an lvalue (or a struct-valued expression) is. */
export function emitPlace(cx: FunctionEmitter, e: Expression): Place {
  switch (e.kind) {
    case 'variable': {
      const home = cx.homeOf(e.symbol, e.at);
      switch (home.kind) {
        case 'register':
          return { kind: 'register', reg: home.reg, type: e.type };
        case 'frame':
          return memoryAt(rsp, home.ref, e.type);
        case 'indirect':
          return memoryAt(home.reg, 0, e.type);
        case 'static': {
          const reg = cx.newReg();
          cx.emit('vp-lea-p', { label: home.label, addend: 0 }, reg);
          return memoryAt(reg, 0, e.type);
        }
      }
      break;
    }
    case 'deref':
      return emitDerefPlace(cx, e.operand, e.type);
    case 'member': {
      const object = emitPlace(cx, e.object);
      if (object.kind !== 'memory') throw new Unsupported('a member of a register value', e.at);
      return { ...object, offset: addOffset(object.offset, e.offset), type: e.type, bitField: e.bitField };
    }
    case 'string': {
      const reg = cx.newReg();
      cx.emit('vp-lea-p', { label: cx.labels.stringLabel(e.literal), addend: 0 }, reg);
      return memoryAt(reg, 0, e.type);
    }
    case 'compoundLiteral': {
      if (e.object.storage === 'local') emitLocalInitializer(cx, e.object, e.initializer);
      return emitPlace(cx, { kind: 'variable', symbol: e.object, type: e.type, at: e.at });
    }
    default:
      if (isAggregate(e.type)) return emitAggregate(cx, e);
      throw new Unsupported(`a ${e.kind} expression as an lvalue`, e.at);
  }
}

/** `*pointer` as a place, folding a constant or an index added to the pointer into the address. */
function emitDerefPlace(cx: FunctionEmitter, pointer: Expression, type: CType): Place {
  if (pointer.kind === 'binary' && (pointer.operator === '+' || pointer.operator === '-')) {
    const constant = constantOf(pointer.right);
    if (constant !== undefined && constant >= -(1n << 31n) && constant < 1n << 31n) {
      const base = emitValue(cx, pointer.left);
      const offset = Number(pointer.operator === '+' ? constant : -constant);
      return memoryAt(base, offset, type);
    }
    if (pointer.operator === '+' && pointer.left.type.kind === 'pointer') {
      const base = emitValue(cx, pointer.left);
      const index = emitValue(cx, pointer.right);
      return { kind: 'memory', base, index, offset: 0, type, bitField: undefined };
    }
  }
  if (pointer.kind === 'address') {
    const place = emitPlace(cx, pointer.operand);
    if (place.kind === 'memory') return { ...place, type, bitField: undefined };
  }
  return memoryAt(emitValue(cx, pointer), 0, type);
}

/** Where the value of a struct- or union-typed expression is. */
export function emitAggregate(cx: FunctionEmitter, e: Expression): MemoryPlace {
  switch (e.kind) {
    case 'variable':
    case 'deref':
    case 'member':
    case 'compoundLiteral':
    case 'string': {
      const place = emitPlace(cx, e);
      if (place.kind !== 'memory') throw new Unsupported('a struct in a register', e.at);
      return place;
    }
    case 'cast':
      return emitAggregate(cx, e.operand);
    case 'comma':
      emitEffect(cx, e.left);
      return emitAggregate(cx, e.right);
    default:
      return memoryAt(emitValue(cx, e), 0, e.type);
  }
}

// ---- assignment ----

function emitAssign(cx: FunctionEmitter, e: ExpressionOf<'assign'>, wantValue: boolean): Reg | undefined {
  if (isAggregate(e.type)) {
    const source = emitAggregate(cx, e.value);
    const target = emitPlace(cx, e.target);
    if (target.kind !== 'memory') throw new Unsupported('a struct in a register', e.at);
    cx.emitLoc(e.at);
    emitMemoryCopy(cx, target, source, sizeOf(e.type));
    return wantValue ? emitAddressOf(cx, target) : undefined;
  }
  if (e.target.kind === 'variable') {
    const home = cx.homes.get(e.target.symbol.id);
    if (home?.kind === 'register') {
      const update = matchSelfUpdate(e.target.symbol.id, e.value);
      if (
        update !== undefined &&
        emitInPlace(
          cx,
          home.reg,
          e.type,
          update.operator,
          update.type,
          update.operand,
          cx.exactUpdates.has(e),
        )
      ) {
        return home.reg;
      }
      emitInto(cx, e.value, home.reg);
      return home.reg;
    }
  }
  const memoryStore = classOf(e.type) === 'integer';
  const value = memoryStore ? emitLoose(cx, e.value) : { reg: emitValue(cx, e.value), exact: true };
  const place = emitPlace(cx, e.target);
  if (place.kind === 'register') {
    const reg = exact(cx, e.type, value);
    emitStore(cx, place, reg);
    return place.reg;
  }
  if (throughPointer(e.target)) cx.emitLoc(e.at);
  if (place.bitField !== undefined) {
    emitStore(cx, place, value.reg);
    return wantValue ? emitBitFieldValue(cx, e.type, place.bitField, value.reg) : undefined;
  }
  emitStore(cx, place, value.reg);
  return wantValue ? exact(cx, e.type, value) : undefined;
}

/** Evaluate `e` into the register `target` (a variable's), without a temporary for constants. */
export function emitInto(cx: FunctionEmitter, e: Expression, target: Reg): void {
  if (e.kind === 'integer') cx.emit('vp-cpy-cr', e.value, target);
  else if (e.kind === 'floating') cx.emit('vp-cpy-cr', doubleBits(e.value), target);
  else cx.emit('vp-cpy-rr', emitValue(cx, e), target);
}

/** `x = x op y` (through casts that keep x's low bits), for updating a register variable in place. */
function matchSelfUpdate(
  id: number,
  value: Expression,
): { operator: string; type: CType; operand: Expression } | undefined {
  let v = value;
  if (v.kind === 'cast' && classOf(v.type) === 'integer' && classOf(v.operand.type) === 'integer')
    v = v.operand;
  if (v.kind !== 'binary' || comparisons.has(v.operator)) return undefined;
  const isSelf = (x: Expression): boolean => {
    const inner = x.kind === 'cast' && classOf(x.type) === classOf(x.operand.type) ? x.operand : x;
    return inner.kind === 'variable' && inner.symbol.id === id && widthOf(x.type) >= widthOf(inner.type);
  };
  if (isSelf(v.left)) return { operator: v.operator, type: v.type, operand: v.right };
  if (commutative.has(v.operator) && isSelf(v.right))
    return { operator: v.operator, type: v.type, operand: v.left };
  return undefined;
}

/**
 * `reg = reg op operand` on a register variable of `targetType` computed in `type`, when the result
 * needs no conversion other than normalising (none when `inRange`: the update cannot overflow, see
 * `FunctionEmitter.exactUpdates`). Returns false (emitting nothing) when it does not apply.
 */
function emitInPlace(
  cx: FunctionEmitter,
  reg: Reg,
  targetType: CType,
  operator: string,
  type: CType,
  operand: Expression,
  inRange: boolean,
): boolean {
  const targetClass = classOf(targetType);
  const operationClass = classOf(type);
  if (targetClass === 'integer' && operationClass === 'integer') {
    if (!wrapping.has(operator) || widthOf(type) < widthOf(targetType) || isBool(targetType)) return false;
    if (operator === '<<' && widthOf(type) !== widthOf(targetType)) return false;
    const constant = constantOf(operand);
    let value: Operand;
    let operandExact = true;
    if (constant !== undefined) value = constant;
    else if (operator === '<<') value = emitValue(cx, operand);
    else {
      const loose = emitLoose(cx, operand);
      value = loose.reg;
      operandExact = loose.exact;
    }
    emitOperation(cx, operator, type, reg, value, operand);
    const keepsExact =
      (operator === '&' || operator === '|' || operator === '^') &&
      operandExact &&
      widthOf(type) === widthOf(targetType) &&
      isUnsigned(type) === isUnsigned(targetType);
    if (widthOf(targetType) < 8 && !keepsExact && !inRange) emitNormalise(cx, targetType, reg);
    return true;
  }
  if (targetClass === operationClass && (targetClass === 'float' || targetClass === 'double')) {
    if (floatOps[operator] === undefined) return false;
    emitOperation(cx, operator, type, reg, emitValue(cx, operand), operand);
    return true;
  }
  return false;
}

function emitCompoundAssign(
  cx: FunctionEmitter,
  e: ExpressionOf<'compoundAssign'>,
  wantValue: boolean,
): Reg | undefined {
  const targetType = e.target.type;
  const place = emitPlace(cx, e.target);
  if (place.kind === 'register' && !(e.postfix && wantValue)) {
    const inRange = cx.exactUpdates.has(e);
    if (emitInPlace(cx, place.reg, targetType, e.operator, e.operationType, e.value, inRange))
      return place.reg;
  }
  if (throughPointer(e.target)) cx.emitLoc(e.at);
  const old = emitLoad(cx, place);
  // The old value must survive the update when it is the result.
  const keepOld = e.postfix && wantValue;
  const oldValue = keepOld && place.kind === 'register' ? emitCopy(cx, old) : old;
  const operationType = e.operationType;
  const wraps =
    classOf(targetType) === 'integer' &&
    classOf(operationType) === 'integer' &&
    wrapping.has(e.operator) &&
    e.operator !== '<<' &&
    !isBool(targetType) &&
    widthOf(operationType) >= widthOf(targetType);
  let result: Reg;
  if (wraps) {
    // Only the low bytes matter: compute, then normalise once to the target type.
    result = keepOld ? emitCopy(cx, old) : owned(cx, old);
    const constant = constantOf(e.value);
    emitOperation(cx, e.operator, operationType, result, constant ?? emitLoose(cx, e.value).reg, e.value);
    // The new value is observed when it lands in a register or is the result (a postfix result is the old one).
    const observed = place.kind === 'register' || (wantValue && !e.postfix);
    if (observed && !cx.exactUpdates.has(e)) emitNormalise(cx, targetType, result);
  } else {
    const converted = emitConvert(cx, old, targetType, operationType);
    result = keepOld && converted === old ? emitCopy(cx, old) : owned(cx, converted);
    const constant = constantOf(e.value);
    const operand =
      constant !== undefined && classOf(operationType) === 'integer' ? constant : emitValue(cx, e.value);
    const resultExact = emitOperation(cx, e.operator, operationType, result, operand, e.value);
    if (!resultExact) emitNormalise(cx, operationType, result);
    result = emitConvert(cx, result, operationType, targetType);
  }
  if (place.kind === 'memory' && throughPointer(e.target)) cx.emitLoc(e.at);
  emitStore(cx, place, result);
  if (!wantValue) return undefined;
  if (e.postfix) return oldValue;
  if (place.kind === 'memory' && place.bitField !== undefined) {
    return emitBitFieldValue(cx, targetType, place.bitField, result);
  }
  return place.kind === 'register' ? place.reg : result;
}

// ---- calls ----

/**
 * How a call passes its arguments (docs/ABI.md "Calls"): the number of slots (the hidden struct-result
 * pointer included), and whether the caller reserves the argument area at `rsp`, 8 bytes per slot and
 * at least the six homes of the register slots. It does whenever a slot travels on the stack or the
 * callee may be variadic (its type says so, or it has no prototype), so that a variadic callee can store
 * its register arguments beside the stack ones.
 */
function callLayout(e: ExpressionOf<'call'>): { slots: number; area: number } {
  const type = e.functionType;
  const slots = e.arguments.length + (isAggregate(type.returns) ? 1 : 0);
  const homes = slots > argumentRegisters.length || type.variadic || !type.prototyped;
  return { slots, area: homes ? 8 * Math.max(slots, argumentRegisters.length) : 0 };
}

/** Whether a call can be a tail call: no conversion, no argument area, nothing of the frame reachable. */
export function canTailCall(cx: FunctionEmitter, e: Expression): boolean {
  if (e.kind !== 'call' || cx.hasAddressedLocals || isAggregate(e.type)) return false;
  if (e.arguments.some((a) => isAggregate(a.type))) return false;
  return callLayout(e).area === 0;
}

/**
 * A call: the callee, then the arguments from right to left (gcc's order on x86-64, which programs
 * that print from their arguments observe), into registers; slots from the seventh on stored in the
 * argument area, the first six moved into r0-r5. A callee expression is computed last when no
 * argument has a side effect that could change it. Returns the result register (a struct result's
 * address), or undefined for void.
 */
export function emitCall(cx: FunctionEmitter, e: ExpressionOf<'call'>, tail: boolean): Reg | undefined {
  if (!tail && isSquareRoot(e)) return emitSquareRoot(cx, e);
  const type = e.functionType;
  const start = cx.code.instrs.length;
  let target: Reg | { label: string; addend: number } | undefined;
  const callee = e.callee.kind === 'address' ? e.callee.operand : e.callee;
  if (callee.kind === 'function') target = { label: callee.symbol.label, addend: 0 };
  else if (e.arguments.some(hasSideEffects)) target = emitValue(cx, e.callee);
  const hidden = isAggregate(type.returns) ? 1 : 0;
  const values: Reg[] = [];
  if (hidden === 1) {
    const space = cx.frameSlot(sizeOf(type.returns), alignOf(type.returns));
    values.push(emitAddressOf(cx, memoryAt(rsp, space, type.returns)));
  }
  for (let i = e.arguments.length - 1; i >= 0; i--) {
    const argument = e.arguments[i]!;
    if (isAggregate(argument.type)) {
      const source = emitAggregate(cx, argument);
      const copy = memoryAt(rsp, cx.frameSlot(sizeOf(argument.type), alignOf(argument.type)), argument.type);
      emitMemoryCopy(cx, copy, source, sizeOf(argument.type));
      values[hidden + i] = emitAddressOf(cx, copy);
    } else {
      values[hidden + i] = emitValue(cx, argument);
    }
  }
  target ??= emitValue(cx, e.callee);

  const { area } = callLayout(e);
  cx.reserveOutgoing(area);
  const deferred = takeInvariantValues(cx, start, values);
  values.forEach((value, slot) => {
    if (slot < argumentRegisters.length) return;
    const definition = deferred.get(value);
    if (definition !== undefined) cx.code.instrs.push(definition);
    cx.emit('vp-cpy-ri', value, rsp, { area: 'outgoing', offset: 8 * slot });
  });
  const inRegisters = values.slice(0, argumentRegisters.length);
  inRegisters.forEach((value, i) => {
    if (!deferred.has(value)) cx.emit('vp-cpy-rr', value, argumentRegisters[i]!);
  });
  inRegisters.forEach((value, i) => {
    const definition = deferred.get(value);
    if (definition !== undefined)
      cx.emit(definition.op, ...definition.args.slice(0, -1), argumentRegisters[i]!);
  });
  const uses = argumentRegisters.slice(0, inRegisters.length);
  cx.emitLoc(e.at);
  if (tail) {
    if (typeof target === 'number') {
      cx.emit('vp-cpy-rr', target, 14);
      target = 14;
    }
    cx.emitPseudo('tailcall', {
      args: [target],
      uses: [...uses, ...(target === 14 ? [14] : [])],
      terminal: true,
    });
    return undefined;
  }
  cx.emitPseudo('call', {
    args: [target],
    uses: typeof target === 'number' ? [...uses, target] : uses,
    defs: [...callerSaved],
  });
  if (type.returns.kind === 'void') return undefined;
  const result = cx.newReg();
  cx.emit('vp-cpy-rr', 0, result);
  return result;
}

/**
 * Whether the call is to the C library's `sqrt(double)` (by its external name: C reserves the standard
 * library's names, so a program's own `sqrt` is no different), which `emitSquareRoot` does in place.
 */
function isSquareRoot(e: ExpressionOf<'call'>): boolean {
  const callee = e.callee.kind === 'address' ? e.callee.operand : e.callee;
  return (
    callee.kind === 'function' &&
    callee.symbol.label === 'sqrt' &&
    e.arguments.length === 1 &&
    classOf(e.arguments[0]!.type) === 'double' &&
    classOf(e.functionType.returns) === 'double'
  );
}

/**
 * `sqrt(x)` as gcc does it: the instruction (correctly rounded, as C's sqrt), and the call only for a
 * negative x, where the library sets errno (EDOM) and returns NaN.
 */
function emitSquareRoot(cx: FunctionEmitter, e: ExpressionOf<'call'>): Reg {
  const x = emitValue(cx, e.arguments[0]!);
  const result = cx.newReg();
  const negative = cx.newLabel();
  const end = cx.newLabel();
  cx.emitBranch('vp-fblt-rr', [emitConstant(cx, 0n), x], negative);
  cx.emit('vp-fsqrt-rr', x, result);
  cx.emitJump(end);
  cx.placeLabel(negative);
  cx.emit('vp-cpy-rr', x, 0);
  cx.emitLoc(e.at);
  cx.emitPseudo('call', { args: [{ label: 'sqrt', addend: 0 }], uses: [0], defs: [...callerSaved] });
  cx.emit('vp-cpy-rr', 0, result);
  cx.placeLabel(end);
  return result;
}

/**
 * The argument values computed by one invariant instruction (a constant, the address of a static or a
 * frame slot) since instruction `start`, taken out of the code: the call computes them last, straight
 * into their argument registers, instead of holding them in registers while the others are computed.
 */
function takeInvariantValues(cx: FunctionEmitter, start: number, values: readonly Reg[]): Map<Reg, Instr> {
  const instrs = cx.code.instrs;
  const writes = new Map<Reg, number>();
  const read = new Set<Reg>();
  for (let i = start; i < instrs.length; i++) {
    for (const d of instrs[i]!.defs) writes.set(d, (writes.get(d) ?? 0) + 1);
    for (const u of instrs[i]!.uses) read.add(u);
  }
  const taken = new Map<Reg, Instr>();
  for (let i = start; i < instrs.length; i++) {
    const instr = instrs[i]!;
    const value = instr.defs[0];
    if (!isInvariant(instr) || value === undefined || writes.get(value) !== 1 || read.has(value)) continue;
    if (cx.variableRegs.has(value) || values.indexOf(value) !== values.lastIndexOf(value)) continue;
    if (values.includes(value)) taken.set(value, instr);
  }
  if (taken.size > 0) {
    const removed = new Set(taken.values());
    const kept = instrs.slice(start).filter((instr) => !removed.has(instr));
    instrs.length = start;
    for (const instr of kept) instrs.push(instr);
  }
  return taken;
}

// ---- variadic arguments ----

function emitVaStart(cx: FunctionEmitter, e: ExpressionOf<'vaStart'>): void {
  const type = cx.definition.symbol.type;
  const named = type.params.length + (isAggregate(type.returns) ? 1 : 0);
  const address = cx.newReg();
  // The prologue stored r0-r5 into their homes (statements.ts), so every slot is in memory.
  cx.emit('vp-lea-i', rsp, { area: 'incoming', offset: 8 * named }, address);
  const place = emitPlace(cx, e.list);
  emitStore(cx, place, address);
}

function emitVaArg(cx: FunctionEmitter, e: ExpressionOf<'vaArg'>): Reg {
  const place = emitPlace(cx, e.list);
  const pointer = emitLoad(cx, place);
  let value: Reg;
  if (isAggregate(e.type)) {
    value = cx.newReg();
    cx.emit('vp-cpy-ir', pointer, 0n, value);
  } else if (classOf(e.type) === 'float') {
    const slot = emitLoad(cx, memoryAt(pointer, 0, types.double));
    value = emitConvert(cx, slot, types.double, e.type);
  } else {
    value = emitLoad(cx, memoryAt(pointer, 0, e.type));
  }
  if (place.kind === 'register') {
    cx.emit('vp-add-cr', 8n, place.reg);
  } else {
    const next = emitCopy(cx, pointer);
    cx.emit('vp-add-cr', 8n, next);
    emitStore(cx, place, next);
  }
  return value;
}
