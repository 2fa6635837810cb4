// A tiny builder of typed syntax trees (ast.ts) for code generator tests, until the front end exists,
// and a runner that assembles the emitted unit with a stub `_start` and runs it.

import type {
  Expression,
  FunctionDefinition,
  FunctionSymbol,
  Initializer,
  Statement,
  StaticObject,
  StringLiteral,
  TranslationUnit,
  VariableSymbol,
} from '../../../src/cc/ast.js';
import { emitUnit } from '../../../src/cc/codegen/index.js';
import type { CLocation } from '../../../src/cc/diagnostics.js';
import { functionType, pointerTo, types, type CType } from '../../../src/cc/types.js';
import { assembleText, machineFor } from '../../support/programs.js';

export const at: CLocation = { file: 't.c', line: 1, column: 1 };
let nextId = 1;

type E = Expression;
type S = Statement;

/** Variables. */
export function local(name: string, type: CType, addressTaken = false): VariableSymbol {
  return { kind: 'variable', name, type, storage: 'local', label: '', id: nextId++, addressTaken, at };
}
export function param(name: string, type: CType, addressTaken = false): VariableSymbol {
  return { kind: 'variable', name, type, storage: 'parameter', label: '', id: nextId++, addressTaken, at };
}
export function global(name: string, type: CType): VariableSymbol {
  return {
    kind: 'variable',
    name,
    type,
    storage: 'global',
    label: name,
    id: nextId++,
    addressTaken: true,
    at,
  };
}
export function fn(name: string, returns: CType, params: CType[], variadic = false): FunctionSymbol {
  const type = functionType(returns, params, variadic) as FunctionSymbol['type'];
  return { kind: 'function', name, type, label: name, internal: false, at };
}

/** Expressions. */
export const int = (value: number | bigint, type: CType = types.int): E => ({
  kind: 'integer',
  value: BigInt(value),
  type,
  at,
});
export const dbl = (value: number, type: CType = types.double): E => ({ kind: 'floating', value, type, at });
export const v = (symbol: VariableSymbol): E => ({ kind: 'variable', symbol, type: symbol.type, at });
export const bin = (
  operator: Extract<E, { kind: 'binary' }>['operator'],
  left: E,
  right: E,
  type?: CType,
): E => ({
  kind: 'binary',
  operator,
  left,
  right,
  type: type ?? (['==', '!=', '<', '<=', '>', '>='].includes(operator) ? types.int : left.type),
  at,
});
export const un = (operator: '-' | '~' | '!', operand: E): E => ({
  kind: 'unary',
  operator,
  operand,
  type: operator === '!' ? types.int : operand.type,
  at,
});
export const logical = (operator: '&&' | '||', left: E, right: E): E => ({
  kind: 'logical',
  operator,
  left,
  right,
  type: types.int,
  at,
});
export const cond = (condition: E, then: E, otherwise: E): E => ({
  kind: 'conditional',
  condition,
  then,
  otherwise,
  type: then.type,
  at,
});
export const assign = (target: E, value: E): E => ({ kind: 'assign', target, value, type: target.type, at });
export const compound = (
  operator: Extract<E, { kind: 'compoundAssign' }>['operator'],
  target: E,
  value: E,
  postfix = false,
  operationType?: CType,
): E => ({
  kind: 'compoundAssign',
  operator,
  target,
  value,
  operationType: operationType ?? value.type,
  postfix,
  type: target.type,
  at,
});
export const call = (f: FunctionSymbol, ...args: E[]): E => ({
  kind: 'call',
  callee: { kind: 'function', symbol: f, type: f.type, at },
  functionType: f.type,
  arguments: args,
  type: f.type.returns,
  at,
});
export const callPointer = (pointer: E, ...args: E[]): E => {
  const type = (pointer.type as Extract<CType, { kind: 'pointer' }>).to as FunctionSymbol['type'];
  return { kind: 'call', callee: pointer, functionType: type, arguments: args, type: type.returns, at };
};
export const cast = (type: CType, operand: E): E => ({ kind: 'cast', type, operand, at });
export const addr = (operand: E): E => ({ kind: 'address', operand, type: pointerTo(operand.type), at });
export const fnAddr = (f: FunctionSymbol): E => ({
  kind: 'address',
  operand: { kind: 'function', symbol: f, type: f.type, at },
  type: pointerTo(f.type),
  at,
});
/** An array lvalue decayed to a pointer to its first element. */
export const decay = (array: E): E => ({
  kind: 'address',
  operand: array,
  type: pointerTo((array.type as Extract<CType, { kind: 'array' }>).of),
  at,
});
export const deref = (operand: E): E => ({
  kind: 'deref',
  operand,
  type: (operand.type as Extract<CType, { kind: 'pointer' }>).to,
  at,
});
export const member = (object: E, name: string): E => {
  const info = (object.type as Extract<CType, { kind: 'struct' | 'union' }>).info;
  const m = info.members.find((x) => x.name === name)!;
  return { kind: 'member', object, offset: m.offset, bitField: m.bitField, type: m.type, at };
};
export const comma = (left: E, right: E): E => ({ kind: 'comma', left, right, type: right.type, at });
/** `base[index]` for a pointer `base` to elements of `size` bytes. */
export const index = (base: E, i: E): E => {
  const to = (base.type as Extract<CType, { kind: 'pointer' }>).to;
  const size = to.kind === 'integer' || to.kind === 'floating' ? to.size : 8;
  return deref(bin('+', base, bin('*', cast(types.long, i), int(size, types.long)), base.type));
};
export function str(text: string, id: number): StringLiteral {
  return { id, units: [...Buffer.from(text, 'utf8'), 0], unitSize: 1 };
}
export const strValue = (literal: StringLiteral): E => ({
  kind: 'address',
  operand: {
    kind: 'string',
    literal,
    type: { kind: 'array', of: types.char, length: literal.units.length },
    at,
  },
  type: pointerTo(types.char),
  at,
});

/** Statements. */
export const expr = (expression: E): S => ({ kind: 'expression', expression, at });
export const decl = (variable: VariableSymbol, value?: E): S => ({
  kind: 'declaration',
  variable,
  initializer: value === undefined ? undefined : scalarInit(value),
  size: undefined,
  at,
});
export const declInit = (variable: VariableSymbol, initializer: Initializer): S => ({
  kind: 'declaration',
  variable,
  initializer,
  size: undefined,
  at,
});
export const scalarInit = (value: E): Initializer => ({
  zeroFill: false,
  entries: [{ kind: 'value', offset: 0, type: value.type, bitField: undefined, value }],
});
export const block = (...body: S[]): S => ({ kind: 'block', body, at });
export const ret = (value?: E): S => ({ kind: 'return', value, at });
export const ifs = (condition: E, then: S, otherwise?: S): S => ({
  kind: 'if',
  condition,
  then,
  otherwise,
  at,
});
export const whiles = (condition: E, body: S): S => ({ kind: 'while', condition, body, at });
export const dos = (body: S, condition: E): S => ({ kind: 'doWhile', body, condition, at });
export const fors = (init: S | undefined, condition: E | undefined, step: E | undefined, body: S): S => ({
  kind: 'for',
  init,
  condition,
  step,
  body,
  at,
});
export const brk: S = { kind: 'break', at };
export const cont: S = { kind: 'continue', at };

/** A function definition; locals are found in the body's declarations. */
export function define(
  symbol: FunctionSymbol,
  parameters: VariableSymbol[],
  ...body: S[]
): FunctionDefinition {
  const locals: VariableSymbol[] = [];
  const walk = (s: S | undefined): void => {
    if (s === undefined) return;
    switch (s.kind) {
      case 'declaration':
        locals.push(s.variable);
        return;
      case 'block':
        s.body.forEach(walk);
        return;
      case 'if':
        walk(s.then);
        walk(s.otherwise);
        return;
      case 'while':
      case 'doWhile':
      case 'caseLabel':
      case 'label':
      case 'switch':
        walk(s.body);
        return;
      case 'for':
        walk(s.init);
        walk(s.body);
        return;
      default:
        return;
    }
  };
  body.forEach(walk);
  return { symbol, parameters, body: block(...body), locals, at, end: at };
}

/** Print helpers provided in assembly: `print_i64(long)`, `print_u64(unsigned long)`, `putchar(int)`. */
export const printI = fn('print_i64', types.void, [types.long]);
export const printU = fn('print_u64', types.void, [types.ulong]);
export const putchar = fn('putchar', types.int, [types.int]);
export const print = (e: E): S => expr(call(printI, cast(types.long, e)));
export const printUnsigned = (e: E): S => expr(call(printU, cast(types.ulong, e)));

const runtime = `
(include "examples/lib/print.s")
(entry '_start)
(function '_start)
  (vp-call 'main)
  (vp-ret)
(function 'putchar)
  (vp-push r0)
  (vp-cpy-rr rsp r1)
  (vp-cpy-cr 1 r0)
  (vp-cpy-cr 1 r2)
  (vp-call-host 'write (r0 r1 r2))
  (vp-pop r0)
  (vp-ret)
`;

/** A translation unit of these functions, objects and strings. */
export function unitOf(
  functions: FunctionDefinition[],
  objects: StaticObject[] = [],
  strings: StringLiteral[] = [],
): TranslationUnit {
  return { file: 't.c', functions, objects, strings };
}

/** What a run produced. */
export interface RunOutput {
  readonly stdout: string;
  readonly status: string;
  readonly exitCode: number | undefined;
  readonly trap: string | undefined;
  readonly assembly: string;
}

/** Emit, assemble and run a unit (throws on emit or assembly errors). */
export function runUnit(unit: TranslationUnit): RunOutput {
  const { assembly, diagnostics } = emitUnit(unit, { unitNumber: 1 });
  if (diagnostics.length > 0) throw new Error(`${diagnostics.map((d) => d.message).join('\n')}\n${assembly}`);
  let module;
  try {
    module = assembleText(`(section 'text)\n${runtime}\n${assembly}`, 't.s');
  } catch (e) {
    throw new Error(`${(e as Error).message}\n${assembly}`);
  }
  const { machine, output } = machineFor(module);
  let result = machine.run({ fuel: 50_000_000 });
  if (result.status === 'out-of-fuel') result = machine.run({ fuel: 50_000_000 });
  return {
    stdout: output.stdout,
    status: result.status,
    exitCode: result.status === 'halted' ? result.exitCode : undefined,
    trap: result.status === 'trapped' ? result.trap.format() : undefined,
    assembly,
  };
}

export const sw = (value: E, cases: [bigint, number][], defaultId: number | undefined, ...body: S[]): S => ({
  kind: 'switch',
  value,
  body: block(...body),
  cases: cases.map(([value, id]) => ({ value, id })),
  defaultId,
  at,
});
export const caseL = (id: number, body: S = { kind: 'empty', at }): S => ({
  kind: 'caseLabel',
  id,
  body,
  at,
});
export const gotoS = (label: string): S => ({ kind: 'goto', label, at });
export const labelS = (label: string, body: S = { kind: 'empty', at }): S => ({
  kind: 'label',
  label,
  body,
  at,
});
export const vaStart = (list: E): E => ({ kind: 'vaStart', list, type: types.void, at });
export const vaArg = (list: E, type: CType): E => ({ kind: 'vaArg', list, type, at });
