// Register conditions for breakpoints: a small C-like expression over the registers and pc, e.g.
// `r0 == 5 && rsp < 0x7fff0000`, compiled once to a predicate. C expressions plug in beside it (ConditionCompiler).

import { registerNames } from '../isa/index.js';
import { DebuggerError } from './errors.js';

/** What a condition can read when it is evaluated. */
export interface ConditionScope {
  /** Register `r` (0..15, 15 = rsp) as a signed 64-bit value. */
  register(r: number): bigint;
  /** Byte address of the instruction about to run. */
  readonly pc: number;
}

/** A compiled register expression: its value in a scope. */
export type RegisterExpression = (scope: ConditionScope) => bigint;

type Token =
  | { readonly kind: 'number'; readonly value: bigint }
  | { readonly kind: 'name' | 'op'; readonly text: string };

/** Binary operators by C precedence (higher binds tighter). */
const precedence: Readonly<Record<string, number>> = {
  '||': 1,
  '&&': 2,
  '|': 3,
  '^': 4,
  '&': 5,
  '==': 6,
  '!=': 6,
  '<': 7,
  '<=': 7,
  '>': 7,
  '>=': 7,
  '<<': 8,
  '>>': 8,
  '+': 9,
  '-': 9,
  '*': 10,
  '/': 10,
  '%': 10,
};

const wrap = (v: bigint): bigint => BigInt.asIntN(64, v);
const truth = (v: boolean): bigint => (v ? 1n : 0n);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /\s*(?:(0[xX][0-9a-fA-F_]+|0[bB][01_]+|\d[\d_]*)|([A-Za-z_]\w*)|(\|\||&&|==|!=|<=|>=|<<|>>|[-+*/%&|^<>!~()]))/y;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match === null) {
      const rest = text.slice(at).trim();
      if (rest.startsWith('=')) throw new DebuggerError(`a condition compares with '==', not '=': '${text}'`);
      throw new DebuggerError(`cannot read the condition at '${rest}'`);
    }
    at = pattern.lastIndex;
    if (match[1] !== undefined) tokens.push({ kind: 'number', value: BigInt(match[1].replaceAll('_', '')) });
    else if (match[2] !== undefined) tokens.push({ kind: 'name', text: match[2] });
    else tokens.push({ kind: 'op', text: match[3]! });
  }
  return tokens;
}

/** The register number of a name (`r0`..`r15`, `rsp`), or undefined. */
export function registerNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower === 'r15') return 15;
  const index = registerNames.indexOf(lower);
  return index < 0 ? undefined : index;
}

/**
 * Compile a register expression: integers (decimal, 0x, 0b), registers r0-r15 and rsp, pc, parentheses, and
 * C's unary `- ! ~` and binary operators with C's precedence; comparisons give 0 or 1 and are signed.
 * Arithmetic wraps at 64 bits; dividing by zero is an error when evaluated.
 */
export function compileRegisterExpression(text: string): RegisterExpression {
  const tokens = tokenize(text);
  let next = 0;
  const peek = (): Token | undefined => tokens[next];
  const isOp = (token: Token | undefined, op: string): boolean => token?.kind === 'op' && token.text === op;

  const primary = (): RegisterExpression => {
    const token = tokens[next++];
    if (token === undefined) throw new DebuggerError(`the condition '${text}' ends too soon`);
    if (token.kind === 'number') {
      const value = wrap(token.value);
      return () => value;
    }
    if (token.kind === 'name') {
      if (token.text === 'pc') return (scope) => BigInt(scope.pc);
      const r = registerNumber(token.text);
      if (r === undefined) throw new DebuggerError(`unknown name '${token.text}' in a register condition`);
      return (scope) => scope.register(r);
    }
    if (token.text === '(') {
      const inner = binary(1);
      if (!isOp(tokens[next++], ')')) throw new DebuggerError(`missing ')' in '${text}'`);
      return inner;
    }
    if (token.text === '-' || token.text === '!' || token.text === '~') {
      const operand = primary();
      if (token.text === '-') return (scope) => wrap(-operand(scope));
      if (token.text === '!') return (scope) => truth(operand(scope) === 0n);
      return (scope) => ~operand(scope);
    }
    throw new DebuggerError(`unexpected '${token.text}' in '${text}'`);
  };

  const binary = (minimum: number): RegisterExpression => {
    let left = primary();
    for (;;) {
      const token = peek();
      const level = token?.kind === 'op' ? precedence[token.text] : undefined;
      if (token?.kind !== 'op' || level === undefined || level < minimum) return left;
      next++;
      const right = binary(level + 1);
      left = combine(token.text, left, right);
    }
  };

  const expression = binary(1);
  if (next < tokens.length) {
    const token = tokens[next]!;
    throw new DebuggerError(
      `unexpected '${token.kind === 'number' ? token.value : token.text}' in '${text}'`,
    );
  }
  return expression;
}

function combine(op: string, a: RegisterExpression, b: RegisterExpression): RegisterExpression {
  switch (op) {
    case '||':
      return (s) => truth(a(s) !== 0n || b(s) !== 0n);
    case '&&':
      return (s) => truth(a(s) !== 0n && b(s) !== 0n);
    case '|':
      return (s) => a(s) | b(s);
    case '^':
      return (s) => a(s) ^ b(s);
    case '&':
      return (s) => a(s) & b(s);
    case '==':
      return (s) => truth(a(s) === b(s));
    case '!=':
      return (s) => truth(a(s) !== b(s));
    case '<':
      return (s) => truth(a(s) < b(s));
    case '<=':
      return (s) => truth(a(s) <= b(s));
    case '>':
      return (s) => truth(a(s) > b(s));
    case '>=':
      return (s) => truth(a(s) >= b(s));
    case '<<':
      return (s) => wrap(a(s) << (b(s) & 63n));
    case '>>':
      return (s) => a(s) >> (b(s) & 63n);
    case '+':
      return (s) => wrap(a(s) + b(s));
    case '-':
      return (s) => wrap(a(s) - b(s));
    case '*':
      return (s) => wrap(a(s) * b(s));
    default: {
      const divide = op === '/';
      return (s) => {
        const divisor = b(s);
        if (divisor === 0n) throw new DebuggerError('division by zero in the condition');
        return wrap(divide ? a(s) / divisor : a(s) % divisor);
      };
    }
  }
}
