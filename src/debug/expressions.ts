// C expressions for `print`, watches and breakpoint conditions, evaluated against a stopped program:
// variables in scope, registers ($r0..$r14, $rsp, $pc), literals, members, indexing, pointers, the
// arithmetic, comparison and logical operators, and assignment. No function calls: nothing runs.

import type { Module } from '../module/index.js';
import type { Machine } from '../vm/index.js';
import { builtinTypes, pointerTo, type DebugType } from './types.js';
import {
  checkReadable,
  childrenOf,
  formatPlace,
  globals,
  localsAt,
  readScalar,
  ValueError,
  writeScalar,
  type Place,
} from './variables.js';

/** Where an expression is evaluated: the machine, and the frame whose locals it sees. */
export interface EvaluationContext {
  readonly machine: Machine;
  readonly module: Module;
  /** The frame's pc (the next instruction, or a caller's call instruction) and frame address. */
  readonly pc: number;
  readonly cfa: number;
}

/** A bad expression or a value that cannot be computed; the message is for the user. */
export class ExpressionError extends Error {
  override readonly name = 'ExpressionError';
}

/** The result of evaluating an expression: its place (for expanding and assigning), type and text. */
export interface Evaluation {
  readonly place: Place;
  readonly type: DebugType;
  readonly text: string;
}

/** Evaluate `source` (assignments change the program's memory) and format the result gdb-style. */
export function evaluate(source: string, context: EvaluationContext): Evaluation {
  const place = evaluatePlace(source, context);
  try {
    checkReadable(context.machine, place);
  } catch (e) {
    if (e instanceof ValueError) throw new ExpressionError(e.message);
    throw e;
  }
  return { place, type: place.type, text: formatPlace(context.machine, context.module, place) };
}

/** Evaluate `source` to a place: a memory location with a type, or a computed value. */
export function evaluatePlace(source: string, context: EvaluationContext): Place {
  const parser = new Parser(tokensOf(source), context);
  try {
    const place = parser.expression();
    parser.expectEnd();
    return place;
  } catch (e) {
    if (e instanceof ValueError) throw new ExpressionError(e.message);
    throw e;
  }
}

/** Evaluate a condition: true when the expression's value is non-zero. */
export function evaluateCondition(source: string, context: EvaluationContext): boolean {
  const place = evaluatePlace(source, context);
  const value = readScalarOrThrow(context.machine, place);
  return typeof value === 'number' ? value !== 0 : value !== 0n;
}

/** Check an expression's syntax without evaluating it (for conditions set before the program runs). */
export function checkSyntax(source: string): void {
  const tokens = tokenize(source);
  new SyntaxChecker(tokens).check();
}

type Token =
  | { readonly kind: 'number'; readonly text: string; readonly value: Place; readonly at: number }
  | { readonly kind: 'char'; readonly value: number; readonly at: number }
  | { readonly kind: 'name'; readonly text: string; readonly at: number }
  | { readonly kind: 'op'; readonly text: string; readonly at: number }
  | { readonly kind: 'end'; readonly at: number };

const operators = [
  '<<=',
  '>>=',
  '->',
  '<<',
  '>>',
  '<=',
  '>=',
  '==',
  '!=',
  '&&',
  '||',
  '++',
  '--',
  '+=',
  '-=',
  '*=',
  '/=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '<',
  '>',
  '=',
  '!',
  '~',
  '&',
  '|',
  '^',
  '(',
  ')',
  '[',
  ']',
  '.',
  ',',
  '?',
  ':',
];

const tokenCache = new Map<string, readonly Token[]>();

/** The tokens of an expression, kept for the next evaluation of the same text (conditions run often). */
function tokensOf(source: string): readonly Token[] {
  let tokens = tokenCache.get(source);
  if (tokens === undefined) {
    tokens = tokenize(source);
    if (tokenCache.size > 1000) tokenCache.clear();
    tokenCache.set(source, tokens);
  }
  return tokens;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const rest = source.slice(i);
    let m =
      /^(0[xX][0-9a-fA-F]+|\d+\.\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|\d+[eE][+-]?\d+|\d+)[uUlLfF]*/.exec(
        rest,
      );
    if (m !== null) {
      tokens.push({ kind: 'number', text: m[0], value: numberLiteral(m[0]), at: i });
      i += m[0].length;
      continue;
    }
    m = /^\$?[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    if (m !== null) {
      tokens.push({ kind: 'name', text: m[0], at: i });
      i += m[0].length;
      continue;
    }
    m = /^'(\\(?:[0-7]{1,3}|x[0-9a-fA-F]+|.)|[^\\'])'/.exec(rest);
    if (m !== null) {
      tokens.push({ kind: 'char', value: charValue(m[1]!), at: i });
      i += m[0].length;
      continue;
    }
    const op = operators.find((o) => rest.startsWith(o));
    if (op === undefined) throw new ExpressionError(`unexpected '${c}' at column ${i + 1}`);
    tokens.push({ kind: 'op', text: op, at: i });
    i += op.length;
  }
  tokens.push({ kind: 'end', at: source.length });
  return tokens;
}

function charValue(text: string): number {
  if (!text.startsWith('\\')) return text.charCodeAt(0);
  const body = text.slice(1);
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '0': 0, a: 7, b: 8, f: 12, v: 11, e: 27 };
  if (/^[0-7]+$/.test(body)) return parseInt(body, 8) & 0xff;
  if (body.startsWith('x')) return parseInt(body.slice(1), 16) & 0xff;
  return simple[body] ?? body.charCodeAt(0);
}

/** Binary operators by precedence, loosest first. */
const binaryLevels: readonly (readonly string[])[] = [
  ['||'],
  ['&&'],
  ['|'],
  ['^'],
  ['&'],
  ['==', '!='],
  ['<', '<=', '>', '>='],
  ['<<', '>>'],
  ['+', '-'],
  ['*', '/', '%'],
];
const assignments = ['=', '+=', '-=', '*=', '/=', '<<=', '>>='];

const registerNames = [...Array.from({ length: 15 }, (_, r) => `r${r}`), 'rsp'];

/** Checks the grammar only (no context): the same productions as Parser, with no values. */
class SyntaxChecker {
  private position = 0;
  constructor(private readonly tokens: readonly Token[]) {}
  check(): void {
    this.assignment();
    if (this.peek().kind !== 'end') throw new ExpressionError(`unexpected ${describe(this.peek())}`);
  }
  private peek(): Token {
    return this.tokens[this.position]!;
  }
  private isOp(text: string): boolean {
    const t = this.peek();
    return t.kind === 'op' && t.text === text;
  }
  private assignment(): void {
    this.binary(0);
    const t = this.peek();
    if (t.kind === 'op' && assignments.includes(t.text)) {
      this.position++;
      this.assignment();
    }
  }
  private binary(level: number): void {
    if (level === binaryLevels.length) return this.unary();
    this.binary(level + 1);
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'op' || !binaryLevels[level]!.includes(t.text)) return;
      this.position++;
      this.binary(level + 1);
    }
  }
  private unary(): void {
    const t = this.peek();
    if (t.kind === 'op' && ['-', '+', '!', '~', '*', '&'].includes(t.text)) {
      this.position++;
      return this.unary();
    }
    this.postfix();
  }
  private postfix(): void {
    const t = this.peek();
    this.position++;
    if (t.kind === 'op' && t.text === '(') {
      this.assignment();
      this.expect(')');
    } else if (t.kind !== 'number' && t.kind !== 'name' && t.kind !== 'char') {
      throw new ExpressionError(`expected a value, found ${describe(t)}`);
    }
    for (;;) {
      if (this.isOp('[')) {
        this.position++;
        this.assignment();
        this.expect(']');
      } else if (this.isOp('.') || this.isOp('->')) {
        this.position++;
        if (this.peek().kind !== 'name')
          throw new ExpressionError(`expected a member name after ${describe(t)}`);
        this.position++;
      } else return;
    }
  }
  private expect(text: string): void {
    if (!this.isOp(text)) throw new ExpressionError(`expected '${text}', found ${describe(this.peek())}`);
    this.position++;
  }
}

function describe(t: Token): string {
  switch (t.kind) {
    case 'end':
      return 'the end of the expression';
    case 'char':
      return 'a character constant';
    default:
      return `'${t.text}'`;
  }
}

/** A recursive-descent evaluator: each production returns the place of its value. */
class Parser {
  private position = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly context: EvaluationContext,
  ) {}

  expression(): Place {
    return this.assignment();
  }

  expectEnd(): void {
    if (this.peek().kind !== 'end') throw new ExpressionError(`unexpected ${describe(this.peek())}`);
  }

  private peek(): Token {
    return this.tokens[this.position]!;
  }

  private isOp(text: string): boolean {
    const t = this.peek();
    return t.kind === 'op' && t.text === text;
  }

  private expect(text: string): void {
    if (!this.isOp(text)) throw new ExpressionError(`expected '${text}', found ${describe(this.peek())}`);
    this.position++;
  }

  private assignment(): Place {
    const target = this.binary(0);
    const t = this.peek();
    if (t.kind !== 'op' || !assignments.includes(t.text)) return target;
    this.position++;
    const value = this.assignment();
    const result = t.text === '=' ? value : this.arithmetic(t.text.slice(0, -1), target, value);
    const { machine } = this.context;
    if (target.address === undefined && target.value !== undefined)
      throw new ExpressionError('the left side of an assignment must be a variable or memory');
    if (target.type.kind === 'float')
      writeScalar(machine, target, toNumber(readScalarOrThrow(machine, result)));
    else writeScalar(machine, target, toBigInt(readScalarOrThrow(machine, result)));
    return target;
  }

  private binary(level: number): Place {
    if (level === binaryLevels.length) return this.unary();
    let left = this.binary(level + 1);
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'op' || !binaryLevels[level]!.includes(t.text)) return left;
      this.position++;
      if (t.text === '&&' || t.text === '||') {
        // Both sides are evaluated (nothing has side effects but assignment, which is rare here).
        const right = this.binary(level + 1);
        const a = truth(this.scalar(left));
        const b = truth(this.scalar(right));
        left = intValue(t.text === '&&' ? a && b : a || b);
        continue;
      }
      const right = this.binary(level + 1);
      left = this.arithmetic(t.text, left, right);
    }
  }

  private unary(): Place {
    const t = this.peek();
    if (t.kind === 'op' && ['-', '+', '!', '~', '*', '&'].includes(t.text)) {
      this.position++;
      const operand = this.unary();
      const { machine } = this.context;
      switch (t.text) {
        case '-': {
          const v = this.scalar(operand);
          return typeof v === 'number' ? floatValue(-v) : integerValue(-v, promoted(operand.type));
        }
        case '+':
          return operand;
        case '!':
          return intValue(!truth(this.scalar(operand)));
        case '~':
          return integerValue(~toBigInt(this.scalar(operand)), promoted(operand.type));
        case '*':
          return this.dereference(operand, 0n);
        case '&':
          if (operand.address === undefined || operand.bits !== undefined)
            throw new ExpressionError('cannot take the address of a value that is not in memory');
          void machine;
          return { type: pointerTo(operand.type), address: undefined, value: BigInt(operand.address) };
      }
    }
    return this.postfix();
  }

  private postfix(): Place {
    let place = this.primary();
    for (;;) {
      if (this.isOp('[')) {
        this.position++;
        const index = toBigInt(this.scalar(this.assignment()));
        this.expect(']');
        place = this.dereference(place, index);
      } else if (this.isOp('.') || this.isOp('->')) {
        const arrow = this.isOp('->');
        this.position++;
        const name = this.peek();
        if (name.kind !== 'name')
          throw new ExpressionError(`expected a member name, found ${describe(name)}`);
        this.position++;
        const record = arrow ? this.dereference(place, 0n) : place;
        if (record.type.kind !== 'struct' && record.type.kind !== 'union') {
          throw new ExpressionError(
            `${arrow ? 'the target of ->' : 'the left of .'} is a ${record.type.name}, not a struct or union`,
          );
        }
        const member = childrenOf(record).find((c) => c.name === name.text);
        if (member === undefined)
          throw new ExpressionError(`${record.type.name} has no member named '${name.text}'`);
        place = member.place;
      } else return place;
    }
  }

  private primary(): Place {
    const t = this.peek();
    this.position++;
    switch (t.kind) {
      case 'number':
        return t.value;
      case 'char':
        return integerValue(BigInt(t.value), builtinTypes.int);
      case 'name':
        return this.variable(t.text);
      case 'op':
        if (t.text === '(') {
          const inner = this.assignment();
          this.expect(')');
          return inner;
        }
        break;
      case 'end':
        break;
    }
    throw new ExpressionError(`expected a value, found ${describe(t)}`);
  }

  private variable(name: string): Place {
    const { machine, module, pc, cfa } = this.context;
    if (name.startsWith('$')) {
      const register = name.slice(1);
      if (register === 'pc') return integerValue(BigInt(pc), builtinTypes.ulong);
      const r = register === 'sp' ? 15 : registerNames.indexOf(register);
      if (r < 0) throw new ExpressionError(`no register named ${name} (registers: $r0..$r14, $rsp, $pc)`);
      return integerValue(machine.R[r]!, builtinTypes.long);
    }
    const [local] = localsAt(module, pc, cfa, name);
    if (local !== undefined) {
      if (local.address === undefined)
        throw new ExpressionError(`'${name}' is optimised out (compile with -O0 to see it)`);
      return local;
    }
    const global = globals(module).find((v) => v.name === name);
    if (global !== undefined) return global;
    // Assembly programs have no variables: a bare register name means the register.
    if (registerNames.includes(name) || name === 'pc') return this.variable(`$${name}`);
    throw new ExpressionError(`no symbol '${name}' in the current context`);
  }

  private scalar(place: Place): bigint | number {
    return readScalarOrThrow(this.context.machine, place);
  }

  /** `*(p + index)` for a pointer, `a[index]` for an array. */
  private dereference(place: Place, index: bigint): Place {
    const { type } = place;
    let target: DebugType;
    let base: bigint;
    if (type.kind === 'pointer') {
      target = type.to();
      base = toBigInt(this.scalar(place));
    } else if (type.kind === 'array') {
      target = type.of();
      if (place.address === undefined) throw new ExpressionError('the array is not in memory');
      base = BigInt(place.address);
    } else throw new ExpressionError(`cannot dereference a ${type.name}`);
    if (target.kind === 'void') throw new ExpressionError(`cannot dereference a ${type.name}`);
    const address = BigInt.asUintN(64, base + index * BigInt(Math.max(target.size, 1)));
    if (address > BigInt(Number.MAX_SAFE_INTEGER))
      throw new ExpressionError(`cannot access memory at address 0x${address.toString(16)}`);
    return { type: target, address: Number(address) };
  }

  private arithmetic(op: string, left: Place, right: Place): Place {
    const a = this.scalar(left);
    const b = this.scalar(right);
    const pointerLeft = left.type.kind === 'pointer' || left.type.kind === 'array';
    const pointerRight = right.type.kind === 'pointer' || right.type.kind === 'array';
    if ((op === '+' || op === '-') && pointerLeft && !pointerRight) {
      const step = BigInt(Math.max(elementOf(left.type).size, 1));
      const offset = toBigInt(b) * step;
      return {
        type: pointerTo(elementOf(left.type)),
        address: undefined,
        value: op === '+' ? toBigInt(a) + offset : toBigInt(a) - offset,
      };
    }
    if (op === '+' && pointerRight && !pointerLeft) return this.arithmetic('+', right, left);
    if (op === '-' && pointerLeft && pointerRight) {
      const step = BigInt(Math.max(elementOf(left.type).size, 1));
      return integerValue((toBigInt(a) - toBigInt(b)) / step, builtinTypes.long);
    }
    if (typeof a === 'number' || typeof b === 'number') {
      const x = toNumber(a);
      const y = toNumber(b);
      switch (op) {
        case '+':
          return floatValue(x + y);
        case '-':
          return floatValue(x - y);
        case '*':
          return floatValue(x * y);
        case '/':
          return floatValue(x / y);
      }
      const compared = compare(op, x, y);
      if (compared !== undefined) return compared;
      throw new ExpressionError(`'${op}' needs integer operands`);
    }
    const type = commonType(left.type, right.type);
    const bits = type.size * 8;
    const signed = type.kind === 'integer' && type.signed;
    const norm = (v: bigint): bigint => (signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v));
    const x = norm(a);
    const y = norm(b);
    switch (op) {
      case '+':
        return integerValue(x + y, type);
      case '-':
        return integerValue(x - y, type);
      case '*':
        return integerValue(x * y, type);
      case '/':
      case '%':
        if (y === 0n) throw new ExpressionError('division by zero');
        return integerValue(op === '/' ? x / y : x % y, type);
      case '<<':
        return integerValue(x << (y & 63n), type);
      case '>>':
        return integerValue(x >> (y & 63n), type);
      case '&':
        return integerValue(x & y, type);
      case '|':
        return integerValue(x | y, type);
      case '^':
        return integerValue(x ^ y, type);
    }
    const compared = compare(op, x, y);
    if (compared !== undefined) return compared;
    throw new ExpressionError(`unknown operator '${op}'`);
  }
}

/** A comparison's 0 or 1 (int), or undefined when `op` is not a comparison. */
function compare<T extends bigint | number>(op: string, x: T, y: T): Place | undefined {
  switch (op) {
    case '<':
      return intValue(x < y);
    case '<=':
      return intValue(x <= y);
    case '>':
      return intValue(x > y);
    case '>=':
      return intValue(x >= y);
    case '==':
      return intValue(x === y);
    case '!=':
      return intValue(x !== y);
  }
  return undefined;
}

function readScalarOrThrow(machine: Machine, place: Place): bigint | number {
  if (place.type.kind === 'struct' || place.type.kind === 'union')
    throw new ExpressionError(`a ${place.type.name} is not a single value`);
  return readScalar(machine, place);
}

function elementOf(type: DebugType): DebugType {
  if (type.kind === 'pointer') return type.to();
  if (type.kind === 'array') return type.of();
  return builtinTypes.char;
}

function truth(v: bigint | number): boolean {
  return typeof v === 'number' ? v !== 0 : v !== 0n;
}

function toBigInt(v: bigint | number): bigint {
  if (typeof v === 'bigint') return v;
  if (!Number.isFinite(v)) throw new ExpressionError('the value is not a finite number');
  return BigInt(Math.trunc(v));
}

function toNumber(v: bigint | number): number {
  return typeof v === 'number' ? v : Number(v);
}

function intValue(b: boolean): Place {
  return integerValue(b ? 1n : 0n, builtinTypes.int);
}

function floatValue(v: number): Place {
  return { type: builtinTypes.double, address: undefined, value: v };
}

function integerValue(v: bigint, type: DebugType): Place {
  const bits = type.size * 8;
  const signed = type.kind === 'integer' && type.signed;
  const value =
    type.kind === 'pointer'
      ? BigInt.asUintN(64, v)
      : signed
        ? BigInt.asIntN(bits, v)
        : BigInt.asUintN(bits, v);
  return { type, address: undefined, value };
}

/** C's integer promotion, roughly: anything narrower than int becomes int. */
function promoted(type: DebugType): DebugType {
  if (type.kind === 'integer' && type.size < 4) return builtinTypes.int;
  if (type.kind === 'integer') return type;
  return builtinTypes.long;
}

/** The usual arithmetic conversions for two integer types (pointers count as unsigned long). */
function commonType(a: DebugType, b: DebugType): DebugType {
  const x = promoted(a.kind === 'pointer' ? builtinTypes.ulong : a);
  const y = promoted(b.kind === 'pointer' ? builtinTypes.ulong : b);
  if (x.size !== y.size) return x.size > y.size ? x : y;
  const unsigned = (t: DebugType): boolean => t.kind === 'integer' && !t.signed;
  return unsigned(x) ? x : y;
}

function numberLiteral(text: string): Place {
  const suffix = /[uUlLfF]*$/.exec(text)![0];
  const body = text.slice(0, text.length - suffix.length);
  const isFloat = !/^0[xX]/.test(body) && /[.eE]/.test(body);
  if (isFloat) return floatValue(Number(body));
  const value = /^0[0-7]+$/.test(body) ? BigInt(`0o${body.slice(1)}`) : BigInt(body);
  const unsigned = /u/i.test(suffix);
  const long = /l/i.test(suffix) || value > 0x7fffffffn;
  const type = long
    ? unsigned
      ? builtinTypes.ulong
      : builtinTypes.long
    : unsigned
      ? ({ ...builtinTypes.int, name: 'unsigned int', signed: false } as DebugType)
      : builtinTypes.int;
  return integerValue(value, type);
}
