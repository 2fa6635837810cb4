// Statements: blocks and their scopes, conditions, loops, switch with its case labels, jumps and
// labels, return values converted to the function's type (C99 6.8).

import type { Expression, Statement } from '../ast.js';
import type { CLocation } from '../diagnostics.js';
import type { ExpressionSyntax, StatementSyntax } from '../syntax.js';
import { types, unqualified } from '../types.js';
import { integerNode, wrapTo } from './constants.js';
import { AnalysisError, quote, type Context, type FunctionState, type Scope } from './context.js';
import { convertForAssignment, promoteExpression } from './conversions.js';
import { checkStaticAssert, resolveLocalDeclaration } from './declarations.js';
import { checkIntegerConstant, checkRvalue, checkScalar } from './expressions.js';

function state(ctx: Context): FunctionState {
  if (ctx.current === undefined) throw new Error('statement outside a function');
  return ctx.current;
}

/**
 * Check a function's body in the function scope (where the parameters are). For `int main`, a final
 * `return 0` is added (C99 5.1.2.2.3).
 */
export function checkFunctionBody(
  ctx: Context,
  body: StatementSyntax & { kind: 'block' },
  isMain: boolean,
): Statement {
  const statements = checkItems(ctx, body.items);
  if (isMain) statements.push({ kind: 'return', value: integerNode(0n, types.int, body.end), at: body.end });
  return { kind: 'block', body: statements, at: body.at, end: body.end };
}

/**
 * gcc's statement expression `({ ...; value; })`, a block of its own: its value is that of the last
 * expression statement (void when the last item is not an expression statement).
 */
export function checkStatementExpression(
  ctx: Context,
  s: ExpressionSyntax & { kind: 'statementExpression' },
): Expression {
  if (ctx.current === undefined) ctx.fail('C3154', s.at);
  const items = s.body.items;
  const last = items[items.length - 1];
  const scope = ctx.pushScope('block');
  try {
    const valued = last?.kind === 'expression' ? last : undefined;
    const body = checkItems(ctx, valued === undefined ? items : items.slice(0, -1));
    const value = valued === undefined ? undefined : checkRvalue(ctx, valued.expression);
    const type = value === undefined ? types.void : unqualified(value.type);
    return { kind: 'statementExpression', type, body, value, at: s.at };
  } finally {
    ctx.popScope();
    checkUnusedLocals(ctx, scope);
  }
}

/** Under -W, warn about the scope's locals that are never used. */
export function checkUnusedLocals(ctx: Context, scope: Scope): void {
  if (!ctx.options.warnings) return;
  for (const local of scope.locals) {
    if (!ctx.used.has(local)) ctx.extraWarning('C3068', local.at, quote(local.name));
  }
}

function checkItems(ctx: Context, items: readonly StatementSyntax[]): Statement[] {
  const statements: Statement[] = [];
  for (const item of items) {
    try {
      statements.push(...checkItem(ctx, item));
    } catch (error) {
      if (!(error instanceof AnalysisError)) throw error;
    }
  }
  return statements;
}

/** A block item: a declaration (zero or more statements) or a statement. */
function checkItem(ctx: Context, s: StatementSyntax): Statement[] {
  if (s.kind === 'declaration') return resolveLocalDeclaration(ctx, s);
  const labelled = labelledDeclaration(s);
  if (labelled !== undefined) {
    // `L: int a[n];` (as gcc allows): the labels, then the declaration, whose scope is this block's.
    return [checkStatement(ctx, labelled.labels), ...checkItem(ctx, labelled.declaration)];
  }
  if (s.kind === 'staticAssert') {
    checkStaticAssert(ctx, s);
    return [];
  }
  return [checkStatement(ctx, s)];
}

/** Labels whose statement is a declaration: the labels (on an empty statement) and the declaration. */
function labelledDeclaration(
  s: StatementSyntax,
): { labels: StatementSyntax; declaration: StatementSyntax } | undefined {
  if (s.kind !== 'label' && s.kind !== 'case' && s.kind !== 'default') return undefined;
  if (s.body.kind === 'declaration' || s.body.kind === 'staticAssert') {
    return { labels: { ...s, body: { kind: 'empty', at: s.body.at } }, declaration: s.body };
  }
  const inner = labelledDeclaration(s.body);
  return inner === undefined
    ? undefined
    : { labels: { ...s, body: inner.labels }, declaration: inner.declaration };
}

/** A statement in a position that takes one statement (a declaration there is wrapped in a block). */
function checkSubstatement(ctx: Context, s: StatementSyntax): Statement {
  if (s.kind !== 'declaration' && s.kind !== 'staticAssert') return checkStatement(ctx, s);
  const statements = checkItem(ctx, s);
  if (statements.length === 1) return statements[0]!;
  if (statements.length === 0) return { kind: 'empty', at: s.at };
  return { kind: 'block', body: statements, at: s.at };
}

/** A statement that is its own scope (the body of a selection or iteration statement). */
function checkScoped(ctx: Context, s: StatementSyntax): Statement {
  const scope = ctx.pushScope('block');
  try {
    return checkSubstatement(ctx, s);
  } finally {
    ctx.popScope();
    checkUnusedLocals(ctx, scope);
  }
}

/** Check one statement. */
export function checkStatement(ctx: Context, s: StatementSyntax): Statement {
  const fn = state(ctx);
  switch (s.kind) {
    case 'expression': {
      const expression = checkRvalue(ctx, s.expression);
      if (ctx.options.warnings && hasNoEffect(expression)) ctx.extraWarning('C3095', s.at);
      return { kind: 'expression', expression, at: s.at };
    }
    case 'declaration':
    case 'staticAssert':
      return checkSubstatement(ctx, s);
    case 'block': {
      const scope = ctx.pushScope('block');
      try {
        return { kind: 'block', body: checkItems(ctx, s.items), at: s.at, end: s.end };
      } finally {
        ctx.popScope();
        checkUnusedLocals(ctx, scope);
      }
    }
    case 'if':
      return checkIf(ctx, s);
    case 'while': {
      const condition = checkScalar(ctx, s.condition);
      return { kind: 'while', condition, body: loopBody(ctx, fn, s.body), at: s.at };
    }
    case 'doWhile': {
      const body = loopBody(ctx, fn, s.body);
      const condition = checkScalar(ctx, s.condition);
      return { kind: 'doWhile', body, condition, at: s.at };
    }
    case 'for': {
      const scope = ctx.pushScope('block');
      try {
        let init: Statement | undefined;
        if (s.init !== undefined) {
          if ('specifiers' in s.init) init = checkSubstatement(ctx, s.init);
          else init = { kind: 'expression', expression: checkRvalue(ctx, s.init), at: s.init.at };
        }
        const condition = s.condition === undefined ? undefined : checkScalar(ctx, s.condition);
        const step = s.step === undefined ? undefined : checkRvalue(ctx, s.step);
        const body = loopBody(ctx, fn, s.body);
        return { kind: 'for', init, condition, step, body, at: s.at };
      } finally {
        ctx.popScope();
        checkUnusedLocals(ctx, scope);
      }
    }
    case 'switch': {
      const raw = checkRvalue(ctx, s.value);
      if (raw.type.kind !== 'integer') ctx.fail('C3123', s.value.at);
      const value = promoteExpression(raw);
      const frame = {
        at: s.at,
        visible: ctx.visibleVariablyModified(),
        type: value.type,
        cases: [] as { value: bigint; id: number }[],
        values: new Set<bigint>(),
        defaultId: undefined as number | undefined,
      };
      fn.switches.push(frame);
      fn.breakable++;
      try {
        const body = checkScoped(ctx, s.body);
        return { kind: 'switch', value, body, cases: frame.cases, defaultId: frame.defaultId, at: s.at };
      } finally {
        fn.switches.pop();
        fn.breakable--;
      }
    }
    case 'case':
    case 'default':
      return checkCaseLabels(ctx, fn, s);
    case 'break':
      if (fn.breakable === 0) ctx.fail('C3025', s.at);
      return { kind: 'break', at: s.at };
    case 'continue':
      if (fn.loops === 0) ctx.fail('C3026', s.at);
      return { kind: 'continue', at: s.at };
    case 'return':
      return checkReturn(ctx, fn, s.value, s.at);
    case 'goto':
      fn.gotos.push({ label: s.label, at: s.at, visible: ctx.visibleVariablyModified() });
      return { kind: 'goto', label: s.label, at: s.at };
    case 'label': {
      if (fn.labels.has(s.label)) ctx.error('C3028', s.at, quote(s.label));
      else {
        fn.labels.set(s.label, s.at);
        fn.visibleAtLabels.set(s.label, ctx.visibleVariablyModified());
      }
      return { kind: 'label', label: s.label, body: checkSubstatement(ctx, s.body), at: s.at };
    }
    case 'empty':
      return { kind: 'empty', at: s.at };
  }
}

/** Consecutive `case` and `default` labels, checked in a loop, then the statement they label. */
function checkCaseLabels(
  ctx: Context,
  fn: FunctionState,
  first: StatementSyntax & { kind: 'case' | 'default' },
): Statement {
  const labels: { id: number; at: CLocation }[] = [];
  let s: StatementSyntax = first;
  while (s.kind === 'case' || s.kind === 'default') {
    const frame = fn.switches[fn.switches.length - 1];
    if (frame === undefined) ctx.fail('C3029', s.at, s.kind === 'case' ? 'case label' : "'default' label");
    // The switch may not jump into the scope of an identifier of variably modified type (C99 6.8.4.2).
    const skipped = ctx.visibleVariablyModified().find((name) => !frame.visible.includes(name));
    if (skipped !== undefined) {
      ctx.error('C3130', s.at);
      ctx.note('C3135', frame.at);
      ctx.note('C3134', skipped.at, quote(skipped.name));
    }
    const id = ctx.id();
    labels.push({ id, at: s.at });
    if (s.kind === 'default') {
      if (frame.defaultId !== undefined) ctx.error('C3031', s.at);
      else frame.defaultId = id;
    } else {
      try {
        const value = wrapTo(checkIntegerConstant(ctx, s.value, 'case label'), frame.type);
        const last =
          s.last === undefined ? value : wrapTo(checkIntegerConstant(ctx, s.last, 'case label'), frame.type);
        if (last < value) ctx.warning('C3096', s.at);
        if (last - value > 4096n) ctx.fail('C3060', s.at, 'case ranges of more than 4096 values');
        for (let v = value; v <= last; v++) {
          if (frame.values.has(v)) ctx.fail('C3030', s.value.at);
          frame.values.add(v);
          frame.cases.push({ value: v, id });
        }
      } catch (error) {
        if (!(error instanceof AnalysisError)) throw error;
      }
    }
    s = s.body;
  }
  let statement = checkSubstatement(ctx, s);
  for (let i = labels.length - 1; i >= 0; i--) {
    const label = labels[i]!;
    statement = { kind: 'caseLabel', id: label.id, body: statement, at: label.at };
  }
  return statement;
}

/** `if` with its `else if` chain, checked in a loop so that a long chain does not use up the stack. */
function checkIf(ctx: Context, s: StatementSyntax & { kind: 'if' }): Statement {
  const links: { at: CLocation; condition: Expression; then: Statement }[] = [];
  let link: StatementSyntax & { kind: 'if' } = s;
  let otherwise: Statement | undefined;
  for (;;) {
    const condition = checkScalar(ctx, link.condition);
    links.push({ at: link.at, condition, then: checkScoped(ctx, link.then) });
    if (link.otherwise?.kind === 'if') {
      link = link.otherwise;
      continue;
    }
    otherwise = link.otherwise === undefined ? undefined : checkScoped(ctx, link.otherwise);
    break;
  }
  let statement = otherwise;
  for (let i = links.length - 1; i >= 0; i--) {
    const l = links[i]!;
    statement = { kind: 'if', condition: l.condition, then: l.then, otherwise: statement, at: l.at };
  }
  return statement!;
}

function loopBody(ctx: Context, fn: FunctionState, body: StatementSyntax): Statement {
  fn.loops++;
  fn.breakable++;
  try {
    return checkScoped(ctx, body);
  } finally {
    fn.loops--;
    fn.breakable--;
  }
}

function checkReturn(
  ctx: Context,
  fn: FunctionState,
  valueSyntax: import('../syntax.js').ExpressionSyntax | undefined,
  at: CLocation,
): Statement {
  const returns = unqualified(fn.symbol.type.returns);
  if (valueSyntax === undefined) {
    if (returns.kind !== 'void') ctx.warning('C3034', at);
    return { kind: 'return', value: undefined, at };
  }
  const e = checkRvalue(ctx, valueSyntax);
  if (returns.kind === 'void') {
    if (e.type.kind !== 'void') ctx.fail('C3033', at);
    return { kind: 'return', value: e, at };
  }
  if (returnsLocalAddress(e)) ctx.warning('C3107', valueSyntax.at);
  const value = convertForAssignment(ctx, returns, e, { kind: 'return' }, valueSyntax.at);
  return { kind: 'return', value, at };
}

/** Whether an expression is the address of (or in) a local object. */
function returnsLocalAddress(e: Expression): boolean {
  if (e.kind !== 'address') return false;
  let base = e.operand;
  while (base.kind === 'member') base = base.object;
  return base.kind === 'variable' && base.symbol.storage === 'local';
}

/** Whether an expression statement computes a value and does nothing else (for -W). */
function hasNoEffect(e: Expression): boolean {
  switch (e.kind) {
    case 'integer':
    case 'floating':
    case 'variable':
    case 'string':
      return true;
    case 'binary':
    case 'logical':
      return hasNoEffect(e.left) && hasNoEffect(e.right);
    case 'unary':
      return hasNoEffect(e.operand);
    default:
      return false;
  }
}
