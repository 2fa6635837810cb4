// C variables and expressions in a stopped program: the compiler's debug types and variables (-O0 keeps them
// in memory), scopes, gdb-style values, member/index/pointer expressions, registers, assignment and errors.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileC } from '../support/c.js';
import { textBase } from '../../src/isa/index.js';
import type { Module } from '../../src/module/index.js';
import { Machine, standardHost } from '../../src/vm/index.js';
import { evaluate, evaluateCondition, ExpressionError, checkSyntax } from '../../src/debug/expressions.js';
import { globals, localsAt, formatPlace, childrenOf } from '../../src/debug/variables.js';
import { decodeType, moduleTypes } from '../../src/debug/types.js';

const source = `#include <stdio.h>
struct node { int value; struct node *next; unsigned flag : 3; char tag; };
int counter = 5;
static double ratio = 1.5;
const char *greeting = "hi\\tthere";
int sum(struct node *n, int limit) {
  int total = 0;
  for (int i = 0; i < limit && n; i++) {
    static int calls;
    calls++;
    total += n->value;
    n = n->next;
  }
  return total;
}
int main(void) {
  struct node c = {3, 0, 1, 'c'}, b = {2, &c, 2, 'b'}, a = {1, &b, 3, 'a'};
  char name[8] = "abc";
  int values[4] = {10, -20, 30, 40};
  double half = 0.5;
  printf("%d %s %g %d %g\\n", sum(&a, 10) + counter, name, ratio, values[1], half);
  return 0;
}
`;

function build(variablesInMemory: boolean): Module {
  const { module, diagnostics } = compileC(['/t/v.c'], {
    files: { '/t/v.c': source },
    compile: { variablesInMemory },
  });
  assert.ok(module !== undefined, diagnostics.join('\n'));
  return module;
}

/** A machine stopped before the first instruction of `line` in v.c, the `hit`th time it gets there. */
function stopAt(
  module: Module,
  line: number,
  hit = 1,
  stdout: (bytes: Uint8Array) => void = () => {},
): { machine: Machine; pc: number; cfa: number } {
  const debug = module.debug!;
  const file = debug.files.indexOf('/t/v.c');
  // The line's first instruction: where a breakpoint on it would be.
  const first = Math.min(
    ...debug.lines.filter((l) => l.file === file && l.line === line).map((l) => l.offset),
  );
  const machine = new Machine(module, { host: standardHost({ stdout, stderr: () => {} }) });
  let hits = 0;
  machine.hook = (ip) => ip * 4 === first && ++hits === hit;
  const result = machine.run();
  assert.equal(result.status, 'stopped', `line ${line} reached`);
  const [innermost] = machine.shadow.frames();
  return { machine, pc: machine.pc, cfa: innermost!.slot };
}

const debuggable = build(true);

test('-O0 records every local with a frame place, and globals with their addresses', () => {
  const variables = debuggable.debug!.variables!;
  const sumIndex = debuggable.debug!.functions.findIndex((f) => f.name === 'sum');
  const inSum = variables.filter((v) => v.function === sumIndex).map((v) => [v.name, v.location.kind]);
  assert.deepEqual(inSum, [
    ['n', 'frame'],
    ['limit', 'frame'],
    ['total', 'frame'],
    ['i', 'frame'],
    ['calls', 'static'],
  ]);
  assert.ok(variables.some((v) => v.name === 'counter' && v.function === -1 && v.location.kind === 'static'));
});

test('optimised code marks register variables as not available, and says so when printed', () => {
  const optimised = build(false);
  const sumIndex = optimised.debug!.functions.findIndex((f) => f.name === 'sum');
  const n = optimised.debug!.variables!.find((v) => v.name === 'n' && v.function === sumIndex)!;
  assert.equal(n.location.kind, 'none');
  const { machine, pc, cfa } = stopAt(optimised, 11);
  assert.throws(() => evaluate('n', { machine, module: optimised, pc, cfa }), /optimised out.*-O0/);
  assert.equal(evaluate('counter', { machine, module: optimised, pc, cfa }).text, '5');
});

test('locals follow their scopes: the loop variable and the block static exist only inside the loop', () => {
  const { machine, pc, cfa } = stopAt(debuggable, 11, 2);
  const names = localsAt(debuggable, pc, cfa).map((v) => v.name);
  assert.deepEqual(names, ['n', 'limit', 'total', 'i', 'calls']);
  const after = stopAt(debuggable, 14);
  assert.deepEqual(
    localsAt(debuggable, after.pc, after.cfa).map((v) => v.name),
    ['n', 'limit', 'total'],
  );
  void machine;
});

test('values print as gdb prints them', () => {
  const { machine, pc, cfa } = stopAt(debuggable, 11, 2);
  const context = { machine, module: debuggable, pc, cfa };
  const show = (expression: string): string => evaluate(expression, context).text;
  assert.equal(show('i'), '1');
  assert.equal(show('total'), '1');
  assert.equal(show('limit'), '10');
  assert.equal(show('calls'), '2');
  assert.match(show('n'), /^\(struct node \*\) 0x[0-9a-f]+$/);
  assert.match(show('*n'), /^\{value = 2, next = 0x[0-9a-f]+, flag = 2, tag = 98 'b'\}$/);
  assert.equal(show('n->next->value'), '3');
  assert.equal(show('n->next->next'), '(struct node *) 0x0');
  assert.equal(show('(*n).tag'), "98 'b'");
  assert.equal(show('ratio'), '1.5');
  assert.match(show('greeting'), /^0x[0-9a-f]+ "hi\\tthere"$/);
  assert.equal(show('greeting[1]'), "105 'i'");
  assert.equal(show('counter * 2 + 1'), '11');
  assert.equal(show('counter / 2'), '2');
  assert.equal(show('ratio * 2'), '3');
  assert.equal(show('-counter'), '-5');
  assert.equal(show("'a' + 1"), '98');
  assert.equal(show('0x10 | 1'), '17');
  assert.equal(show('n->value == 2 && limit > 5'), '1');
  assert.equal(show('!n'), '0');
  assert.equal(show('$rsp') === String(machine.R[15]), true);
  assert.equal(show('$pc'), String(pc));
});

test('main: arrays, strings, structs and address arithmetic', () => {
  const { machine, pc, cfa } = stopAt(debuggable, 21);
  const context = { machine, module: debuggable, pc, cfa };
  const show = (expression: string): string => evaluate(expression, context).text;
  assert.equal(show('name'), '"abc"');
  assert.equal(show('values'), '{10, -20, 30, 40}');
  assert.equal(show('values[1]'), '-20');
  assert.equal(show('*(values + 2)'), '30');
  assert.equal(show('&values[3] - &values[0]'), '3');
  assert.equal(show('half'), '0.5');
  assert.equal(show('a.next->next->tag'), "99 'c'");
  assert.equal(show('c.value'), '3');
  const names = localsAt(debuggable, pc, cfa).map((v) => v.name);
  assert.deepEqual(names, ['c', 'b', 'a', 'name', 'values', 'half']);
  const a = localsAt(debuggable, pc, cfa).find((v) => v.name === 'a')!;
  assert.deepEqual(
    childrenOf(a).map((c) => [c.name, formatPlace(machine, debuggable, c.place, 1)]),
    [
      ['value', '1'],
      ['next', formatPlace(machine, debuggable, childrenOf(a)[1]!.place, 1)],
      ['flag', '3'],
      ['tag', "97 'a'"],
    ],
  );
});

test('assignment changes the program: the run prints what the debugger wrote', () => {
  let printed = '';
  const { machine, pc, cfa } = stopAt(
    debuggable,
    21,
    1,
    (bytes) => (printed += new TextDecoder().decode(bytes)),
  );
  const context = { machine, module: debuggable, pc, cfa };
  assert.equal(evaluate('values[1] = 7', context).text, '7');
  assert.equal(evaluate('counter = counter + 100', context).text, '105');
  evaluate('half = 2.25', context);
  evaluate('name[0] = 0x41', context);
  evaluate('a.flag = 6', context);
  assert.equal(evaluate('a.flag', context).text, '6');
  assert.equal(evaluate('a.tag', context).text, "97 'a'", 'the bit-field write kept its neighbours');
  machine.hook = null;
  assert.equal(machine.run().status, 'halted');
  // sum(&a, 10) = 1 + 2 + 3, plus counter.
  assert.equal(printed, '111 Abc 1.5 7 2.25\n');
});

test('errors are clear and never stack traces', () => {
  const { machine, pc, cfa } = stopAt(debuggable, 21);
  const context = { machine, module: debuggable, pc, cfa };
  const fails = (expression: string, message: RegExp): void =>
    assert.throws(
      () => evaluate(expression, context),
      (e: unknown) => e instanceof ExpressionError && message.test(e.message),
    );
  fails('nosuch', /no symbol 'nosuch' in the current context/);
  fails('a.nosuch', /struct node has no member named 'nosuch'/);
  fails('counter.x', /not a struct or union/);
  fails('*counter', /cannot dereference a int/);
  fails('a.next->next->next->value', /cannot access memory at address 0x0/);
  fails('counter / 0', /division by zero/);
  fails('counter +', /expected a value, found the end of the expression/);
  fails('counter )', /unexpected '\)'/);
  fails('counter # 1', /unexpected '#' at column 9/);
  fails('$r99', /no register named \$r99/);
  fails('a + 1', /struct node is not a single value/);
  fails('3 = 4', /left side of an assignment/);
  assert.throws(() => checkSyntax('a +'), ExpressionError);
  checkSyntax('a->b[3] == 4 && $r0 != 0');
});

test('conditions are C truth values', () => {
  const { machine, pc, cfa } = stopAt(debuggable, 11, 3);
  const context = { machine, module: debuggable, pc, cfa };
  assert.equal(evaluateCondition('i == 2', context), true);
  assert.equal(evaluateCondition('n->value > 5', context), false);
  assert.equal(evaluateCondition('ratio', context), true);
});

test('globals are listed with their types', () => {
  const byName = new Map(globals(debuggable).map((g) => [g.name, g.type.name]));
  assert.equal(byName.get('counter'), 'int');
  assert.equal(byName.get('ratio'), 'double');
  assert.equal(byName.get('greeting'), 'const char *');
});

test('type descriptors decode, and malformed ones degrade to unknown types', () => {
  const types = moduleTypes(debuggable);
  const node = types.find((t) => t.name === 'struct node')!;
  assert.equal(node.kind, 'struct');
  assert.equal(node.size, 24);
  const bad = decodeType('x9|mystery', () => node);
  assert.equal(bad.kind, 'void');
  assert.equal(bad.name, 'mystery');
  const array = decodeType('a3#0|int [3]', () => decodeType('i4|int', () => node));
  assert.equal(array.size, 12);
  assert.equal(textBase > 0, true);
});
