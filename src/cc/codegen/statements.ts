// Statements and whole functions: where each variable lives, the parameter moves at entry, control
// flow (loops rotated to one branch per iteration, switch by jump table or binary search), returns
// and tail calls, local initializers, and the stack storage of variable-length arrays.

import type { Expression, FunctionDefinition, Initializer, Statement, VariableSymbol } from '../ast.js';
import { hasVariableSize, isScalar, sizeOf, alignOf, type CType } from '../types.js';
import { FunctionEmitter, Unsupported, type UnitLabels } from './context.js';
import {
  canTailCall,
  emitAggregate,
  emitCall,
  emitCondition,
  emitEffect,
  emitInto,
  emitValue,
  isAggregate,
} from './expressions.js';
import { argumentRegisters, rsp, type Reg } from './ir.js';
import { hoistInvariants, markBoundedCounters } from './loops.js';
import {
  addOffset,
  classOf,
  integerConversionIsFree,
  emitMemoryCopy,
  owned,
  emitStore,
  emitZeroFill,
  isUnsigned,
  memoryAt,
  type MemoryPlace,
} from './places.js';

/**
 * Lower a function definition to intermediate code (not yet allocated). With `variablesInMemory` every named
 * variable lives in the frame, where a debugger can read and change it at any statement (gcc's -O0).
 */
export function emitFunctionCode(
  definition: FunctionDefinition,
  labels: UnitLabels,
  variablesInMemory = false,
): FunctionEmitter {
  const cx = new FunctionEmitter(definition, labels, !definition.symbol.internal);
  assignHomes(cx, definition, variablesInMemory);
  countLabelMarks(definition.body, 0, cx.labelMarks);
  const early = earlyReturn(cx, definition);
  if (early === undefined) {
    emitEntry(cx, definition);
    emitStatement(cx, definition.body);
  } else {
    emitEarlyReturn(cx, definition, early.test);
    emitEntry(cx, definition, false);
    for (const s of early.rest) emitStatement(cx, s);
  }
  cx.emitLoc(definition.end);
  if (definition.symbol.name === 'main') {
    cx.emit('vp-cpy-cr', 0n, 0);
    cx.emitPseudo('ret', { uses: [0], terminal: true });
  } else {
    cx.emitPseudo('ret', { terminal: true });
  }
  return cx;
}

/** Whether a variable can live in a register: a scalar whose address is never taken. */
function inRegister(symbol: VariableSymbol): boolean {
  return isScalar(symbol.type) && !symbol.addressTaken && !symbol.type.volatile;
}

function assignHomes(cx: FunctionEmitter, definition: FunctionDefinition, variablesInMemory: boolean): void {
  for (const symbol of [...definition.parameters, ...definition.locals]) {
    if (cx.homes.has(symbol.id)) continue;
    const named = symbol.name !== '';
    if (inRegister(symbol) && !(variablesInMemory && named)) {
      const reg = cx.newReg();
      cx.homes.set(symbol.id, { kind: 'register', reg });
      cx.variableRegs.add(reg);
    } else if (hasVariableSize(symbol.type)) {
      // Allocated below the frame where declared; a register holds its address.
      const reg = cx.newReg();
      cx.homes.set(symbol.id, { kind: 'indirect', reg });
      cx.variableRegs.add(reg);
      cx.hasAddressedLocals = true;
      cx.code.dynamicStack = true;
    } else if (symbol.storage === 'local' && alignOf(symbol.type) > 8) {
      // Over-aligned (`_Alignas(32)`): rsp is only 8-byte aligned, so the entry rounds the address up
      // inside a slot with room for that (`emitEntry`), and a register holds it.
      const align = Math.min(alignOf(symbol.type), 4096);
      const reg = cx.newReg();
      cx.homes.set(symbol.id, { kind: 'indirect', reg });
      cx.variableRegs.add(reg);
      cx.hasAddressedLocals = true;
      cx.overAligned.push({ reg, ref: cx.frameSlot(sizeOf(symbol.type) + align - 8, 8), align });
    } else if (symbol.storage === 'parameter' && isAggregate(symbol.type) && !variablesInMemory) {
      cx.homes.set(symbol.id, { kind: 'indirect', reg: cx.newReg() });
    } else if (symbol.storage === 'local' || symbol.storage === 'parameter') {
      cx.homes.set(symbol.id, {
        kind: 'frame',
        ref: cx.frameSlot(sizeOf(symbol.type), alignOf(symbol.type)),
      });
      // A scalar in memory only for the debugger is known to no one else: tail calls stay (the program must
      // behave the same, deep tail recursion included).
      if (!inRegister(symbol)) cx.hasAddressedLocals = true;
    }
  }
}

/**
 * Move the arguments from their slots (docs/ABI.md "Calls") to the parameters' homes. Slot i from the
 * seventh on is at incoming offset 8 * i; a variadic function first stores r0-r5 into the homes of the
 * slots after its named ones, so that `va_arg` finds every variadic argument in memory, in order.
 */
function emitEntry(cx: FunctionEmitter, definition: FunctionDefinition, first = true): void {
  const type = definition.symbol.type;
  const hidden = isAggregate(type.returns) ? 1 : 0;
  const slots = definition.parameters.length + hidden;
  const registerSlots = type.variadic ? argumentRegisters.length : Math.min(argumentRegisters.length, slots);
  if (first) {
    cx.emitLoc(definition.at);
    cx.emitPseudo('entry', { defs: argumentRegisters.slice(0, registerSlots) });
  }
  for (let slot = slots; slot < registerSlots; slot++) {
    cx.emit('vp-cpy-ri', argumentRegisters[slot]!, rsp, { area: 'incoming', offset: 8 * slot });
  }
  const fromSlot = (slot: number): Reg => {
    const reg = cx.newReg();
    if (slot < 6) cx.emit('vp-cpy-rr', argumentRegisters[slot]!, reg);
    else cx.emit('vp-cpy-ir', rsp, { area: 'incoming', offset: 8 * slot }, reg);
    return reg;
  };
  if (hidden === 1) cx.resultAddress = fromSlot(0);
  for (const local of cx.overAligned) {
    cx.emit('vp-lea-i', rsp, local.ref, local.reg);
    cx.emit('vp-add-cr', BigInt(local.align - 1), local.reg);
    cx.emit('vp-and-cr', BigInt(-local.align), local.reg);
  }
  definition.parameters.forEach((symbol, i) => {
    const slot = i + hidden;
    const home = cx.homes.get(symbol.id)!;
    switch (home.kind) {
      case 'register':
      case 'indirect':
        if (slot < 6) cx.emit('vp-cpy-rr', argumentRegisters[slot]!, home.reg);
        else cx.emit('vp-cpy-ir', rsp, { area: 'incoming', offset: 8 * slot }, home.reg);
        return;
      case 'frame':
        if (isAggregate(symbol.type)) {
          // The argument is the address of the caller's copy (variablesInMemory): copy it into the frame.
          const to = memoryAt(rsp, home.ref, symbol.type);
          emitMemoryCopy(cx, to, memoryAt(fromSlot(slot), 0, symbol.type), sizeOf(symbol.type));
        } else emitStore(cx, memoryAt(rsp, home.ref, symbol.type), fromSlot(slot));
        return;
      case 'static':
        throw new Unsupported(`the parameter '${symbol.name}' in static storage`, symbol.at);
    }
  });
}

/**
 * A function whose body starts with `if (test) return value;` where the test only compares register
 * parameters with each other and with constants, and the value is one of them, a constant or nothing
 * (the base case of a recursion), tests and returns before its prologue: that path pushes nothing and
 * copies no parameter. Returns the test and the statements after it.
 */
function earlyReturn(
  cx: FunctionEmitter,
  definition: FunctionDefinition,
): { test: Extract<Statement, { kind: 'if' }>; rest: readonly Statement[] } | undefined {
  const type = definition.symbol.type;
  if (type.variadic || isAggregate(type.returns) || definition.parameters.length > argumentRegisters.length) {
    return undefined;
  }
  if (definition.body.kind !== 'block') return undefined;
  const body = definition.body.body;
  let first = 0;
  while (first < body.length && isInert(body[first]!)) first++;
  let test = body[first];
  let rest = body.slice(first + 1);
  // `return c ? a : b;` is `if (c) return a; return b;`.
  if (test?.kind === 'return' && test.value?.kind === 'conditional') {
    const { condition, then, otherwise, at } = test.value;
    test = { kind: 'if', condition, then: { kind: 'return', value: then, at }, otherwise: undefined, at };
    rest = [{ kind: 'return', value: otherwise, at: otherwise.at }];
  }
  if (test?.kind !== 'if' || test.otherwise !== undefined) return undefined;
  let then = test.then;
  while (then.kind === 'block' && then.body.length === 1) then = then.body[0]!;
  if (then.kind !== 'return') return undefined;
  const parameterIds = new Set(
    definition.parameters.filter((p) => cx.homes.get(p.id)?.kind === 'register').map((p) => p.id),
  );
  const isParameter = (e: Expression): boolean => e.kind === 'variable' && parameterIds.has(e.symbol.id);
  const isOperand = (e: Expression): boolean => isParameter(e) || e.kind === 'integer';
  const isTest = (e: Expression): boolean => {
    switch (e.kind) {
      case 'binary':
        return (
          ['==', '!=', '<', '<=', '>', '>='].includes(e.operator) &&
          classOf(e.left.type) === 'integer' &&
          isOperand(e.left) &&
          isOperand(e.right) &&
          (isParameter(e.left) || isParameter(e.right))
        );
      case 'logical':
        return isTest(e.left) && isTest(e.right);
      case 'unary':
        return e.operator === '!' && isTest(e.operand);
      case 'variable':
        return isParameter(e) && classOf(e.type) === 'integer';
      default:
        return false;
    }
  };
  const value = then.value;
  const simpleValue =
    value === undefined ||
    isOperand(value) ||
    (value.kind === 'cast' &&
      classOf(value.type) === 'integer' &&
      classOf(value.operand.type) === 'integer' &&
      integerConversionIsFree(value.operand.type, value.type) &&
      isOperand(value.operand));
  if (!simpleValue || !isTest(test.condition)) return undefined;
  return { test, rest };
}

/** Statements that emit no code. */
function isInert(s: Statement): boolean {
  return (
    s.kind === 'empty' || (s.kind === 'declaration' && s.initializer === undefined && s.size === undefined)
  );
}

/**
 * The early test and return, reading the parameters in their argument registers; then the `prologue`
 * where the function's frame begins (text.ts pushes and allocates there).
 */
function emitEarlyReturn(
  cx: FunctionEmitter,
  definition: FunctionDefinition,
  test: Extract<Statement, { kind: 'if' }>,
): void {
  cx.emitLoc(definition.at);
  const count = Math.min(argumentRegisters.length, definition.parameters.length);
  cx.emitPseudo('entry', { defs: argumentRegisters.slice(0, count) });
  const homes = new Map(cx.homes);
  const variables = new Set(cx.variableRegs);
  definition.parameters.forEach((p, i) => {
    if (homes.get(p.id)?.kind !== 'register') return;
    cx.homes.set(p.id, { kind: 'register', reg: argumentRegisters[i]! });
    cx.variableRegs.add(argumentRegisters[i]!);
  });
  const main = cx.newLabel();
  cx.emitLoc(test.at);
  emitCondition(cx, test.condition, false, main);
  let then = test.then;
  while (then.kind === 'block' && then.body.length === 1) then = then.body[0]!;
  cx.emitLoc(then.at);
  // Straight into r0, so that no virtual register lives before the prologue.
  let value = then.kind === 'return' ? then.value : undefined;
  if (value?.kind === 'cast') value = value.operand;
  if (value?.kind === 'integer') cx.emit('vp-cpy-cr', value.value, 0);
  else if (value !== undefined) cx.emit('vp-cpy-rr', emitValue(cx, value), 0);
  cx.emitPseudo('ret', value === undefined ? { terminal: true } : { uses: [0], terminal: true });
  for (const [id, home] of homes) cx.homes.set(id, home);
  cx.variableRegs.clear();
  for (const reg of variables) cx.variableRegs.add(reg);
  cx.placeLabel(main);
  cx.emitPseudo('prologue', {});
}

/** Lower one statement. */
export function emitStatement(cx: FunctionEmitter, s: Statement): void {
  switch (s.kind) {
    case 'block': {
      const marks = cx.stackMarks.length;
      for (const inner of s.body) emitStatement(cx, inner);
      releaseStack(cx, marks);
      return;
    }
    case 'empty':
      return;
    case 'expression':
      cx.emitLoc(s.at);
      emitEffect(cx, s.expression);
      return;
    case 'declaration':
      if (s.size !== undefined) {
        cx.emitLoc(s.at);
        emitStackAllocation(cx, s.variable, s.size);
      }
      if (s.initializer !== undefined) {
        cx.emitLoc(s.at);
        emitLocalInitializer(cx, s.variable, s.initializer);
      }
      return;
    case 'if': {
      cx.emitLoc(s.at);
      const otherwise = cx.newLabel();
      emitCondition(cx, s.condition, false, otherwise);
      emitStatement(cx, s.then);
      if (s.otherwise === undefined) {
        cx.placeLabel(otherwise);
        return;
      }
      const end = cx.newLabel();
      cx.emitJump(end);
      cx.placeLabel(otherwise);
      emitStatement(cx, s.otherwise);
      cx.placeLabel(end);
      return;
    }
    case 'while':
      cx.emitLoc(s.at);
      emitLoop(cx, s.condition, s.body, undefined, false);
      return;
    case 'doWhile':
      cx.emitLoc(s.at);
      emitLoop(cx, s.condition, s.body, undefined, true);
      return;
    case 'for': {
      cx.emitLoc(s.at);
      // The declarations of the init clause live until the loop ends (a block there only groups them).
      const marks = cx.stackMarks.length;
      if (s.init?.kind === 'block') for (const inner of s.init.body) emitStatement(cx, inner);
      else if (s.init !== undefined) emitStatement(cx, s.init);
      emitLoop(cx, s.condition, s.body, s.step, false);
      releaseStack(cx, marks);
      return;
    }
    case 'switch':
      cx.emitLoc(s.at);
      emitSwitch(cx, s);
      return;
    case 'caseLabel': {
      const label = cx.caseLabels.get(s.id);
      if (label === undefined) throw new Unsupported('a case label outside its switch', s.at);
      cx.placeLabel(label);
      emitStatement(cx, s.body);
      return;
    }
    case 'break':
      if (cx.breakLabel === undefined) throw new Unsupported('break outside a loop or switch', s.at);
      restoreStack(cx, cx.breakMarks);
      cx.emitJump(cx.breakLabel);
      return;
    case 'continue':
      if (cx.continueLabel === undefined) throw new Unsupported('continue outside a loop', s.at);
      restoreStack(cx, cx.continueMarks);
      cx.emitJump(cx.continueLabel);
      return;
    case 'return':
      cx.emitLoc(s.at);
      emitReturn(cx, s);
      return;
    case 'goto':
      cx.emitLoc(s.at);
      restoreStack(cx, cx.labelMarks.get(s.label) ?? 0);
      cx.emitJump(userLabel(cx, s.label));
      return;
    case 'label':
      cx.placeLabel(userLabel(cx, s.label));
      emitStatement(cx, s.body);
      return;
  }
}

/**
 * Record in `into` how many variable-length arrays are live at each label of `s`, given `marks` live
 * before it; returns how many are live after it. (The analyser rejects jumps into their scope, so a
 * jump's target always has a prefix of the arrays live at the jump.)
 */
function countLabelMarks(s: Statement, marks: number, into: Map<string, number>): number {
  switch (s.kind) {
    case 'declaration':
      return s.size === undefined ? marks : marks + 1;
    case 'block': {
      let inner = marks;
      for (const statement of s.body) inner = countLabelMarks(statement, inner, into);
      return marks;
    }
    case 'for': {
      let inner = marks;
      if (s.init?.kind === 'block')
        for (const statement of s.init.body) inner = countLabelMarks(statement, inner, into);
      else if (s.init !== undefined) inner = countLabelMarks(s.init, inner, into);
      countLabelMarks(s.body, inner, into);
      return marks;
    }
    case 'label':
      into.set(s.label, marks);
      return countLabelMarks(s.body, marks, into);
    case 'caseLabel':
      return countLabelMarks(s.body, marks, into);
    case 'if':
      countLabelMarks(s.then, marks, into);
      if (s.otherwise !== undefined) countLabelMarks(s.otherwise, marks, into);
      return marks;
    case 'while':
    case 'doWhile':
    case 'switch':
      countLabelMarks(s.body, marks, into);
      return marks;
    default:
      return marks;
  }
}

/**
 * Allocate a variable-length array's storage below the frame: rsp moves down by its size (rounded up
 * to 8 bytes), the previous rsp kept as its mark. `vp-alloc 0` then checks the new rsp against the stack
 * limit, so that an array too large for the stack traps as a stack overflow before it is used; a size
 * larger than rsp itself, which would wrap around, aims rsp at 0 for that check. The array starts just
 * above the argument area at the bottom of the stack (docs/ABI.md "Frames").
 */
function emitStackAllocation(cx: FunctionEmitter, symbol: VariableSymbol, size: Expression): void {
  const home = cx.homeOf(symbol, symbol.at);
  if (home.kind !== 'indirect')
    throw new Unsupported(`the variable-length array '${symbol.name}' here`, symbol.at);
  const bytes = owned(cx, emitValue(cx, size));
  cx.emit('vp-add-cr', 7n, bytes);
  cx.emit('vp-and-cr', -8n, bytes);
  const mark = cx.newReg();
  cx.emit('vp-cpy-rr', rsp, mark);
  const top = cx.newReg();
  cx.emit('vp-cpy-rr', rsp, top);
  cx.emit('vp-sub-rr', bytes, top);
  const fits = cx.newLabel();
  cx.emitBranch('vp-bls-rr', [rsp, top], fits);
  cx.emit('vp-cpy-cr', 0n, top);
  cx.placeLabel(fits);
  cx.emit('vp-cpy-rr', top, rsp);
  cx.emit('vp-alloc', 0n);
  cx.emit('vp-lea-i', rsp, { area: 'dynamic', offset: 0 }, home.reg);
  cx.stackMarks.push(mark);
}

/** Free the variable-length arrays allocated since `marks` were live, as their scope ends. */
export function releaseStack(cx: FunctionEmitter, marks: number): void {
  restoreStack(cx, marks);
  cx.stackMarks.length = Math.min(cx.stackMarks.length, marks);
}

/** Set rsp to what it was when only `marks` variable-length arrays were live (a jump out of the others). */
function restoreStack(cx: FunctionEmitter, marks: number): void {
  const mark = cx.stackMarks[marks];
  if (mark !== undefined) cx.emit('vp-cpy-rr', mark, rsp);
}

function userLabel(cx: FunctionEmitter, name: string): string {
  let label = cx.userLabels.get(name);
  if (label === undefined) {
    label = cx.newLabel();
    cx.userLabels.set(name, label);
  }
  return label;
}

/**
 * A loop with its test at the bottom: one conditional branch per iteration. Counters it bounds need no
 * normalising, and its constants and addresses are computed once before it (loops.ts).
 */
function emitLoop(
  cx: FunctionEmitter,
  condition: Expression | undefined,
  body: Statement,
  step: Expression | undefined,
  testFirstAtBottom: boolean,
): void {
  const top = cx.newLabel();
  const test = cx.newLabel();
  const next = step === undefined ? test : cx.newLabel();
  const end = cx.newLabel();
  const alwaysTrue = condition === undefined || (condition.kind === 'integer' && condition.value !== 0n);
  if (condition !== undefined && !testFirstAtBottom) markBoundedCounters(cx, condition, body, step);
  const start = cx.code.instrs.length;
  const firstReg = cx.code.nextReg;
  if (!testFirstAtBottom && !alwaysTrue) cx.emitJump(test);
  const saved = [cx.breakLabel, cx.continueLabel, cx.breakMarks, cx.continueMarks] as const;
  cx.breakLabel = end;
  cx.continueLabel = next;
  cx.breakMarks = cx.continueMarks = cx.stackMarks.length;
  cx.depth++;
  cx.placeLabel(top);
  emitStatement(cx, body);
  if (step !== undefined) {
    cx.placeLabel(next);
    cx.emitLoc(step.at);
    emitEffect(cx, step);
  }
  cx.placeLabel(test);
  if (condition === undefined) cx.emitJump(top);
  else {
    cx.emitLoc(condition.at);
    emitCondition(cx, condition, true, top);
  }
  cx.depth--;
  [cx.breakLabel, cx.continueLabel, cx.breakMarks, cx.continueMarks] = saved;
  // Invariants leave all the loops around them at once: only the outermost one hoists.
  if (cx.depth === 0) hoistInvariants(cx, start, firstReg, cx.depth);
  cx.placeLabel(end);
}

function emitSwitch(cx: FunctionEmitter, s: Extract<Statement, { kind: 'switch' }>): void {
  const value = emitValue(cx, s.value);
  const end = cx.newLabel();
  const labels = new Map<number, string>();
  for (const c of s.cases) labels.set(c.id, cx.newLabel());
  const fallback = s.defaultId === undefined ? end : cx.newLabel();
  if (s.defaultId !== undefined) labels.set(s.defaultId, fallback);
  const cases = s.cases.map((c) => ({ value: c.value, label: labels.get(c.id)! }));
  cases.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  emitDispatch(cx, value, isUnsigned(s.value.type), cases, fallback);

  const saved = [cx.breakLabel, cx.caseLabels, cx.breakMarks] as const;
  cx.breakLabel = end;
  cx.caseLabels = labels;
  cx.breakMarks = cx.stackMarks.length;
  emitStatement(cx, s.body);
  [cx.breakLabel, cx.caseLabels, cx.breakMarks] = saved;
  cx.placeLabel(end);
}

interface Case {
  readonly value: bigint;
  readonly label: string;
}

/** Jump to the label of the case equal to `value` (cases sorted), else to `fallback`. */
function emitDispatch(
  cx: FunctionEmitter,
  value: Reg,
  unsigned: boolean,
  cases: readonly Case[],
  fallback: string,
): void {
  if (cases.length === 0) {
    cx.emitJump(fallback);
    return;
  }
  const min = cases[0]!.value;
  const span = cases[cases.length - 1]!.value - min + 1n;
  if (cases.length >= 4 && span <= BigInt(3 * cases.length) && span <= 4096n) {
    const targets: string[] = [];
    let i = 0;
    for (let v = min; v < min + span; v++) {
      if (cases[i]!.value === v) targets.push(cases[i++]!.label);
      else targets.push(fallback);
    }
    const index = cx.newReg();
    cx.emit('vp-cpy-rr', value, index);
    if (min !== 0n) cx.emit('vp-sub-cr', min, index);
    cx.emitBranch('vp-bhi-cr', [span - 1n, index], fallback);
    cx.emit('vp-shl-cr', 3n, index);
    const table = cx.newReg();
    cx.emit('vp-lea-p', { label: cx.addTable(targets), addend: 0 }, table);
    const target = cx.newReg();
    cx.emit('vp-cpy-dr', table, index, target);
    cx.emitJumpRegister(target, [...new Set(targets)]);
    return;
  }
  if (cases.length <= 4) {
    for (const c of cases) cx.emitBranch('vp-beq-cr', [c.value, value], c.label);
    cx.emitJump(fallback);
    return;
  }
  const middle = cases.length >> 1;
  const low = cx.newLabel();
  cx.emitBranch(unsigned ? 'vp-blo-cr' : 'vp-blt-cr', [cases[middle]!.value, value], low);
  emitDispatch(cx, value, unsigned, cases.slice(middle), fallback);
  cx.placeLabel(low);
  emitDispatch(cx, value, unsigned, cases.slice(0, middle), fallback);
}

function emitReturn(cx: FunctionEmitter, s: Extract<Statement, { kind: 'return' }>): void {
  const value = s.value;
  if (value === undefined) {
    cx.emitPseudo('ret', { terminal: true });
    return;
  }
  if (isAggregate(value.type) && cx.resultAddress !== undefined) {
    const source = emitAggregate(cx, value);
    emitMemoryCopy(cx, memoryAt(cx.resultAddress, 0, value.type), source, sizeOf(value.type));
    cx.emit('vp-cpy-rr', cx.resultAddress, 0);
    cx.emitPseudo('ret', { uses: [0], terminal: true });
    return;
  }
  if (value.kind === 'call' && canTailCall(cx, value)) {
    emitCall(cx, value, true);
    return;
  }
  if (value.type.kind === 'void') {
    emitEffect(cx, value);
    cx.emitPseudo('ret', { terminal: true });
    return;
  }
  cx.emit('vp-cpy-rr', emitValue(cx, value), 0);
  cx.emitPseudo('ret', { uses: [0], terminal: true });
}

/** Run a local's initializer: zero-fill, then each entry in order. */
export function emitLocalInitializer(
  cx: FunctionEmitter,
  symbol: VariableSymbol,
  initializer: Initializer,
): void {
  const home = cx.homeOf(symbol, symbol.at);
  if (home.kind === 'register') {
    const entry = initializer.entries.find((e) => e.kind === 'value' && e.offset === 0);
    if (entry?.kind === 'value') emitInto(cx, entry.value, home.reg);
    else if (initializer.zeroFill) cx.emit('vp-cpy-cr', 0n, home.reg);
    return;
  }
  let place: MemoryPlace;
  switch (home.kind) {
    case 'frame':
      place = memoryAt(rsp, home.ref, symbol.type);
      break;
    case 'indirect':
      place = memoryAt(home.reg, 0, symbol.type);
      break;
    case 'static': {
      const reg = cx.newReg();
      cx.emit('vp-lea-p', { label: home.label, addend: 0 }, reg);
      place = memoryAt(reg, 0, symbol.type);
      break;
    }
  }
  emitInitializerInto(cx, place, symbol.type, initializer);
}

function emitInitializerInto(
  cx: FunctionEmitter,
  place: MemoryPlace,
  type: CType,
  initializer: Initializer,
): void {
  if (initializer.zeroFill) emitZeroFill(cx, place, sizeOf(type));
  for (const entry of initializer.entries) {
    if (entry.kind === 'string') {
      const source = cx.newReg();
      cx.emit('vp-lea-p', { label: cx.labels.stringLabel(entry.literal), addend: 0 }, source);
      const size = entry.length * entry.literal.unitSize;
      const target = { ...place, offset: addOffset(place.offset, entry.offset) };
      emitMemoryCopy(cx, target, memoryAt(source, 0, type), size);
      continue;
    }
    const target: MemoryPlace = {
      ...place,
      offset: addOffset(place.offset, entry.offset),
      type: entry.type,
      bitField: entry.bitField,
    };
    if (isAggregate(entry.type)) {
      emitMemoryCopy(cx, target, emitAggregate(cx, entry.value), sizeOf(entry.type));
    } else if (classOf(entry.type) !== 'void') {
      emitStore(cx, target, emitValue(cx, entry.value));
    }
  }
}
