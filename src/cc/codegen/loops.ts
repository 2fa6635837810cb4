// What the code generator knows about a loop beyond its shape: counters whose update cannot overflow
// (so it needs no normalising), and constants and addresses computed in the loop that can be computed
// once before it.

import type { Expression, Initializer, Statement } from '../ast.js';
import type { FunctionEmitter } from './context.js';
import { isInvariant, isReg, type Arg, type Instr, type Reg } from './ir.js';

/**
 * Mark the counter updates of a loop whose condition is tested before each run of the body (`while`,
 * `for`) that need no normalising (`FunctionEmitter.exactUpdates`). The rule (docs: "the value in a
 * register is its C value" must hold): when a conjunct of the condition is `i < n` for a register
 * variable `i` of a 32-bit type, and the only change to `i` anywhere in the loop is one `i++` (`++i`,
 * `i += 1`, `i = i + 1`) in the body or the step, not inside an inner loop, and the body has no labels
 * that could enter it, then every time the update runs `i < n <= INT_MAX` held at the last test and `i`
 * has not changed since, so `i + 1` is exact as a 64-bit sum. Likewise `i--` under `i > n`, and `<=` or
 * `>=` with a constant bound short of the type's limit.
 */
export function markBoundedCounters(
  cx: FunctionEmitter,
  condition: Expression,
  body: Statement,
  step: Expression | undefined,
): void {
  if (!enteredOnlyAtTop(body, false)) return;
  for (const conjunct of conjunctsOf(condition)) {
    const bound = counterBound(cx, conjunct);
    if (bound === undefined) continue;
    const sites: Site[] = [];
    collectExpression(condition, bound.id, sites, false);
    if (sites.length > 0) continue;
    collectStatement(body, bound.id, sites, false);
    if (step !== undefined) collectExpression(step, bound.id, sites, false);
    const [site] = sites;
    if (sites.length !== 1 || site!.nested || !isUnitStep(site!.update, bound.id, bound.up)) continue;
    cx.exactUpdates.add(site!.update);
    // When the step is the update, the body runs between the test and the step: `i + 1` there is exact too.
    if (site!.update === step) collectNeighbours(body, bound.id, bound.up, cx.exactUpdates);
  }
}

/** The `i + 1` (`i - 1` when not `up`) expressions in `s`, for the counter `id`. */
function collectNeighbours(s: Statement, id: number, up: boolean, into: Set<Expression>): void {
  const visit = (e: Expression): void => {
    if (
      e.kind === 'binary' &&
      e.operator === (up ? '+' : '-') &&
      e.left.kind === 'variable' &&
      e.left.symbol.id === id &&
      e.right.kind === 'integer' &&
      e.right.value === 1n
    ) {
      into.add(e);
    }
  };
  walkStatement(s, false, visit);
}

/** A place in the loop that changes the counter, and whether it is inside an inner loop. */
interface Site {
  readonly update: Expression;
  readonly nested: boolean;
}

function conjunctsOf(e: Expression): Expression[] {
  if (e.kind === 'logical' && e.operator === '&&') return [...conjunctsOf(e.left), ...conjunctsOf(e.right)];
  return [e];
}

/** `i < n` (or `n > i`, ...) on a 32-bit register variable: the variable and the way it may move. */
function counterBound(cx: FunctionEmitter, e: Expression): { id: number; up: boolean } | undefined {
  if (e.kind !== 'binary') return undefined;
  let { left, right } = e;
  let operator: string = e.operator;
  if (left.kind !== 'variable') {
    [left, right] = [right, left];
    operator = ({ '<': '>', '<=': '>=', '>': '<', '>=': '<=' } as Record<string, string>)[operator] ?? '';
  }
  if (left.kind !== 'variable' || cx.homes.get(left.symbol.id)?.kind !== 'register') return undefined;
  const type = left.type;
  if (type.kind !== 'integer' || type.size !== 4 || type.name === 'bool') return undefined;
  const max = type.signed ? (1n << 31n) - 1n : (1n << 32n) - 1n;
  const min = type.signed ? -(1n << 31n) : 0n;
  const constant = right.kind === 'integer' ? right.value : undefined;
  const id = left.symbol.id;
  switch (operator) {
    case '<':
      return { id, up: true };
    case '>':
      return { id, up: false };
    case '<=':
      return constant !== undefined && constant < max ? { id, up: true } : undefined;
    case '>=':
      return constant !== undefined && constant > min ? { id, up: false } : undefined;
    default:
      return undefined;
  }
}

/** `i += 1` / `i++` / `++i` / `i = i + 1` when `up`, the decrements otherwise. */
function isUnitStep(e: Expression, id: number, up: boolean): boolean {
  const operator = up ? '+' : '-';
  const isOne = (v: Expression): boolean => v.kind === 'integer' && v.value === 1n;
  if (e.kind === 'compoundAssign') return e.operator === operator && isOne(e.value);
  if (e.kind !== 'assign') return false;
  const value = e.value;
  return (
    value.kind === 'binary' &&
    value.operator === operator &&
    value.left.kind === 'variable' &&
    value.left.symbol.id === id &&
    isOne(value.right)
  );
}

function isTarget(target: Expression, id: number): boolean {
  return target.kind === 'variable' && target.symbol.id === id;
}

/** Every assignment to variable `id` in `e`. */
function collectExpression(e: Expression, id: number, sites: Site[], nested: boolean): void {
  walkExpression(e, nested, (x, inLoop) => collectSite(x, id, sites, inLoop));
}

function collectStatement(s: Statement, id: number, sites: Site[], nested: boolean): void {
  walkStatement(s, nested, (x, inLoop) => collectSite(x, id, sites, inLoop));
}

function collectSite(e: Expression, id: number, sites: Site[], nested: boolean): void {
  if ((e.kind === 'assign' || e.kind === 'compoundAssign') && isTarget(e.target, id))
    sites.push({ update: e, nested });
  if ((e.kind === 'vaStart' || e.kind === 'vaArg') && isTarget(e.list, id)) sites.push({ update: e, nested });
}

/** Call `visit` on every expression in `e`, with whether it is inside a loop (`nested`). */
function walkExpression(
  e: Expression,
  nested: boolean,
  visit: (e: Expression, nested: boolean) => void,
): void {
  visit(e, nested);
  const walk = (x: Expression): void => walkExpression(x, nested, visit);
  switch (e.kind) {
    case 'assign':
    case 'compoundAssign':
      walk(e.target);
      walk(e.value);
      return;
    case 'vaStart':
    case 'vaArg':
      walk(e.list);
      return;
    case 'integer':
    case 'floating':
    case 'string':
    case 'variable':
    case 'function':
      return;
    case 'unary':
    case 'cast':
    case 'address':
    case 'deref':
      walk(e.operand);
      return;
    case 'member':
      walk(e.object);
      return;
    case 'binary':
    case 'logical':
    case 'comma':
      walk(e.left);
      walk(e.right);
      return;
    case 'conditional':
      walk(e.condition);
      walk(e.then);
      walk(e.otherwise);
      return;
    case 'call':
      walk(e.callee);
      e.arguments.forEach(walk);
      return;
    case 'compoundLiteral':
      walkInitializer(e.initializer, nested, visit);
      return;
    case 'statementExpression':
      for (const s of e.body) walkStatement(s, nested, visit);
      if (e.value !== undefined) walk(e.value);
      return;
  }
}

function walkInitializer(
  initializer: Initializer,
  nested: boolean,
  visit: (e: Expression, nested: boolean) => void,
): void {
  for (const entry of initializer.entries) {
    if (entry.kind === 'value') walkExpression(entry.value, nested, visit);
  }
}

/** Call `visit` on every expression in `s`; loops inside `s` count as nested. */
function walkStatement(s: Statement, nested: boolean, visit: (e: Expression, nested: boolean) => void): void {
  const expression = (e: Expression | undefined, inLoop = nested): void => {
    if (e !== undefined) walkExpression(e, inLoop, visit);
  };
  const statement = (inner: Statement | undefined, inLoop = nested): void => {
    if (inner !== undefined) walkStatement(inner, inLoop, visit);
  };
  switch (s.kind) {
    case 'expression':
      expression(s.expression);
      return;
    case 'declaration':
      if (s.initializer !== undefined) walkInitializer(s.initializer, nested, visit);
      return;
    case 'block':
      for (const inner of s.body) statement(inner);
      return;
    case 'if':
      expression(s.condition);
      statement(s.then);
      statement(s.otherwise);
      return;
    case 'while':
    case 'doWhile':
      expression(s.condition, true);
      statement(s.body, true);
      return;
    case 'for':
      statement(s.init, true);
      expression(s.condition, true);
      expression(s.step, true);
      statement(s.body, true);
      return;
    case 'switch':
      expression(s.value);
      statement(s.body);
      return;
    case 'caseLabel':
    case 'label':
      statement(s.body);
      return;
    case 'return':
      expression(s.value);
      return;
    case 'break':
    case 'continue':
    case 'goto':
    case 'empty':
      return;
  }
}

/** Whether control can enter `s` only at its start: no goto labels, no case labels of an outer switch. */
function enteredOnlyAtTop(s: Statement, inSwitch: boolean): boolean {
  switch (s.kind) {
    case 'label':
      return false;
    case 'caseLabel':
      return inSwitch && enteredOnlyAtTop(s.body, inSwitch);
    case 'block':
      return s.body.every((inner) => enteredOnlyAtTop(inner, inSwitch));
    case 'if':
      return (
        enteredOnlyAtTop(s.then, inSwitch) &&
        (s.otherwise === undefined || enteredOnlyAtTop(s.otherwise, inSwitch))
      );
    case 'while':
    case 'doWhile':
      return enteredOnlyAtTop(s.body, inSwitch);
    case 'for':
      return (
        (s.init === undefined || enteredOnlyAtTop(s.init, inSwitch)) && enteredOnlyAtTop(s.body, inSwitch)
      );
    case 'switch':
      return enteredOnlyAtTop(s.body, true);
    default:
      return true;
  }
}

/**
 * Move the invariant computations (constants, addresses of statics and of frame slots) of the loop
 * whose code starts at instruction `start` (and of the loops inside it) to just before it, one per
 * distinct value. Only temporaries created in the loop (numbered from `firstReg`) and written once
 * qualify; their readers read the hoisted register instead. A hoisted value that does not fit in a
 * register is recomputed where it is read (allocate.ts), so this never costs more instructions than it
 * saves.
 */
export function hoistInvariants(cx: FunctionEmitter, start: number, firstReg: Reg, depth: number): void {
  const instrs = cx.code.instrs;
  const count = cx.code.nextReg - firstReg;
  if (count === 0) return;
  const writes = new Int32Array(count);
  let candidates = 0;
  for (let i = start; i < instrs.length; i++) {
    const instr = instrs[i]!;
    for (const d of instr.defs) if (d >= firstReg) writes[d - firstReg]!++;
    if (isInvariant(instr)) candidates++;
  }
  if (candidates === 0) return;
  const hoisted = new Map<string, Reg>();
  const renamed = new Int32Array(count);
  const preheader: Instr[] = [];
  const kept: Instr[] = [];
  for (let i = start; i < instrs.length; i++) {
    const instr = instrs[i]!;
    const target = instr.defs[0];
    if (!isInvariant(instr) || target === undefined || target < firstReg || writes[target - firstReg] !== 1) {
      kept.push(instr);
      continue;
    }
    const key = `${instr.op} ${instr.args.slice(0, -1).map(argumentKey).join(' ')}`;
    let reg = hoisted.get(key);
    if (reg === undefined) {
      reg = cx.newReg();
      hoisted.set(key, reg);
      preheader.push({ ...instr, args: [...instr.args.slice(0, -1), reg], defs: [reg], depth });
    }
    renamed[target - firstReg] = reg;
  }
  if (preheader.length === 0) return;
  const rename = (r: Reg): Reg => (r >= firstReg && r - firstReg < count ? renamed[r - firstReg] || r : r);
  for (const instr of kept) {
    if (!instr.uses.some((r) => rename(r) !== r)) continue;
    instr.args = instr.args.map((a) => (isReg(a) ? rename(a) : a));
    instr.uses = instr.uses.map(rename);
  }
  // In place: copying the code before the loop for every loop would make long functions quadratic.
  instrs.length = start;
  for (const instr of preheader) instrs.push(instr);
  for (const instr of kept) instrs.push(instr);
}

/** An operand as part of a key that is equal exactly for equal operands. */
function argumentKey(arg: Arg): string {
  if (typeof arg !== 'object') return String(arg);
  return 'label' in arg ? `'${arg.label}+${arg.addend}` : `${arg.area}:${arg.offset}`;
}
