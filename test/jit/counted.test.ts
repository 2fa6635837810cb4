// Counted loops (src/jit/counted.ts): which loops compiled code checks once for all their rounds, and that
// such a loop stops at the same instruction as the interpreter for every fuel limit, whether the check
// before it finds enough fuel for every round or not.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countedLoop, type CountedLoop, type Operand } from '../../src/jit/counted.js';
import { discoverFunctions } from '../../src/jit/discover.js';
import { fuelChecks } from '../../src/jit/fuel.js';
import { attachCompiledTier, printModuleCode, translateMachine } from '../../src/jit/index.js';
import { layOut, structure, type Item } from '../../src/jit/structure.js';
import { assembleText, machineFor } from '../support/programs.js';
import { assertSameMachine, assertSameResult } from './compare.js';
import { sameStops } from './stops.js';

/** Per function name, what countedLoop says of its first loop. */
function countedOf(source: string): Map<string, CountedLoop | undefined> {
  const module = assembleText(source);
  const { machine } = machineFor(module);
  const names = new Map(
    module.symbols.filter((s) => s.section === 'text').map((s) => [s.offset / 4, s.name] as const),
  );
  const result = new Map<string, CountedLoop | undefined>();
  for (const found of discoverFunctions(module, machine.text)) {
    const fn = layOut(found);
    const loop = structure(fn).find((item): item is Item & { kind: 'loop' } => item.kind === 'loop');
    if (loop !== undefined)
      result.set(names.get(fn.entry)!, countedLoop(machine.text, fn, loop, fuelChecks(machine.text, fn)));
  }
  return result;
}

/** A C-style loop in function `name`: `setup`, then `body` while `test` (which branches to 'NAME.body'). */
function loop(name: string, setup: string, body: string, test: string): string {
  return `(function '${name})
  ${setup}
  (vp-jmp '${name}.test)
(vp-label '${name}.body)
  ${body}
(vp-label '${name}.test)
  ${test.replace('%', `'${name}.body`)}
  (vp-ret)
`;
}

const names = [
  'up',
  'unsigned',
  'down',
  'not-equal',
  'in-test',
  'step-two',
  'by-register',
  'down-by-minus',
  'step-written',
  'two-not-equal',
  'bound-written',
  'twice',
  'wrong-way',
  'at-most',
  'at-most-all',
  'unsigned-top',
  'sometimes',
  'calls',
  'do-while',
  'top-tested',
  'skips-test',
];

const shapes =
  `(export 'main)\n` +
  loop('up', '(vp-cpy-cr 0 r1)', '(vp-add-rr r1 r0) (vp-add-cr 1 r1)', '(vp-blt-rr r3 r1 %)') +
  loop('unsigned', '(vp-cpy-cr 0 r1)', '(vp-add-rr r1 r0) (vp-add-cr 1 r1)', '(vp-blo-rr r3 r1 %)') +
  loop('down', '(vp-cpy-cr 9 r1)', '(vp-add-rr r1 r0) (vp-sub-cr 1 r1)', '(vp-bge-cr 1 r1 %)') +
  loop('not-equal', '(vp-cpy-cr 0 r1)', '(vp-add-cr 1 r1) (vp-add-rr r1 r0)', '(vp-bne-cr 7 r1 %)') +
  loop('in-test', '(vp-cpy-cr 0 r1)', '(vp-add-rr r1 r0)', '(vp-add-cr 1 r1) (vp-blt-rr r3 r1 %)') +
  loop('step-two', '(vp-cpy-cr 0 r1)', '(vp-add-rr r1 r0) (vp-add-cr 2 r1)', '(vp-blt-rr r3 r1 %)') +
  loop('by-register', '(vp-cpy-cr 0 r1)', '(vp-add-rr r5 r1)', '(vp-blo-rr r3 r1 %)') +
  loop('down-by-minus', '(vp-cpy-cr 9 r1)', '(vp-add-cr -4 r1)', '(vp-bgt-cr 0 r1 %)') +
  loop('step-written', '(vp-cpy-cr 0 r1)', '(vp-add-rr r5 r1) (vp-add-cr 1 r5)', '(vp-blt-rr r3 r1 %)') +
  loop('two-not-equal', '(vp-cpy-cr 0 r1)', '(vp-add-cr 2 r1)', '(vp-bne-rr r3 r1 %)') +
  loop('bound-written', '(vp-cpy-cr 0 r1)', '(vp-add-cr 1 r1) (vp-sub-cr 1 r3)', '(vp-blt-rr r3 r1 %)') +
  loop('twice', '(vp-cpy-cr 0 r1)', '(vp-add-cr 1 r1) (vp-add-cr 1 r1)', '(vp-blt-rr r3 r1 %)') +
  loop('wrong-way', '(vp-cpy-cr 0 r1)', '(vp-sub-cr 1 r1)', '(vp-blt-rr r3 r1 %)') +
  loop('at-most', '(vp-cpy-cr 0 r1)', '(vp-add-cr 1 r1)', '(vp-ble-rr r3 r1 %)') +
  loop('at-most-all', '(vp-cpy-cr 0 r1)', '(vp-add-cr 1 r1)', `(vp-ble-cr ${(1n << 63n) - 1n} r1 %)`) +
  loop('unsigned-top', '(vp-cpy-cr 0 r1)', '(vp-add-cr 1 r1)', `(vp-bls-cr ${(1n << 63n) - 1n} r1 %)`) +
  loop(
    'sometimes',
    '(vp-cpy-cr 0 r1)',
    "(vp-beq-cr 0 r0 'skip) (vp-add-cr 1 r1) (vp-label 'skip) (vp-add-cr 1 r0)",
    '(vp-blt-rr r3 r1 %)',
  ) +
  loop('calls', '(vp-cpy-cr 0 r1)', "(vp-call 'leaf) (vp-add-cr 1 r1)", '(vp-blt-rr r3 r1 %)') +
  // A do ... while: the test at the bottom of the one block; a while: the test at the top, jumping back.
  `(function 'do-while)
  (vp-cpy-cr 0 r1)
(vp-label 'do-while.again)
  (vp-add-rr r1 r0) (vp-add-cr 1 r1)
  (vp-blt-rr r3 r1 'do-while.again)
  (vp-ret)
(function 'top-tested)
  (vp-cpy-cr 0 r1)
(vp-label 'top-tested.again)
  (vp-bge-rr r3 r1 'top-tested.done)
  (vp-add-rr r1 r0) (vp-add-cr 1 r1)
  (vp-jmp 'top-tested.again)
(vp-label 'top-tested.done)
  (vp-ret)
(function 'skips-test)
  (vp-cpy-cr 0 r1)
(vp-label 'skips-test.again)
  (vp-add-cr 1 r1)
  (vp-beq-cr 0 r0 'skips-test.again)
  (vp-blt-rr r3 r1 'skips-test.again)
  (vp-ret)
(function 'leaf)
  (vp-add-cr 1 r0)
(vp-label 'leaf.spin)
  (vp-bgt-cr 100 r0 'leaf.out)
  (vp-add-cr 1 r0)
  (vp-jmp 'leaf.spin)
(vp-label 'leaf.out)
  (vp-ret)
(function 'main)
  ${names.map((name) => `(vp-call '${name})`).join(' ')}
  (vp-ret)
`;

test('counted loops: an induction register moving by one each round toward an unwritten bound', () => {
  const counted = countedOf(shapes);
  const fields = (name: string) => {
    const loop = counted.get(name);
    if (loop === undefined) return undefined;
    const { induction, bound, step, down, test } = loop;
    return { induction, bound, step, down, test };
  };
  const one = { constant: 1n };
  const r3 = { register: 3 };
  /** What a loop counting r1 by `step` toward `bound` is, given the test that keeps it going. */
  const counts = (bound: Operand, test: CountedLoop['test'], step: Operand = one, down = false) => ({
    induction: 1,
    bound,
    step,
    down,
    test,
  });
  assert.deepEqual(fields('up'), counts(r3, 'lt'));
  assert.deepEqual(fields('unsigned'), counts(r3, 'lo'));
  // r1 >= 1 is r1 > 0.
  assert.deepEqual(fields('down'), counts({ constant: 0n }, 'gt', one, true));
  assert.deepEqual(fields('not-equal'), counts({ constant: 7n }, 'ne'));
  assert.deepEqual(fields('in-test'), counts(r3, 'lt'));
  assert.deepEqual(fields('step-two'), counts(r3, 'lt', { constant: 2n }));
  assert.deepEqual(fields('by-register'), counts(r3, 'lo', { register: 5 }));
  assert.deepEqual(fields('down-by-minus'), counts({ constant: 0n }, 'gt', { constant: 4n }, true));
  assert.deepEqual(fields('do-while'), counts(r3, 'lt'));
  assert.deepEqual(fields('top-tested'), counts(r3, 'lt'));
  // A round that can go back without passing the test is not counted.
  assert.equal(counted.get('skips-test'), undefined);
  // A round costs its body and its test.
  assert.equal(counted.get('up')?.roundFuel, 3);
  // Only a step of one gets to a bound tested for inequality.
  for (const name of [
    'step-written',
    'two-not-equal',
    'bound-written',
    'twice',
    'wrong-way',
    'sometimes',
    'calls',
  ])
    assert.equal(counted.get(name), undefined, name);
  // r1 <= r3 holds for ever when r3 is the largest integer; so does r1 <= that constant.
  assert.equal(counted.get('at-most'), undefined);
  assert.equal(counted.get('at-most-all'), undefined);
  // Unsigned r1 <= INT64_MAX is r1 < 2^63, a bound whose bits are INT64_MIN's.
  assert.deepEqual(fields('unsigned-top'), counts({ constant: -(1n << 63n) }, 'lo'));
});

/**
 * Sums numbers from a buffer (read at r1 masked), moving r1 from `start` by `step` while `test` holds
 * against r3 = `bound`; r5 = `stride`. After the loop, compiled code goes on a few instructions (where
 * a check before the loop that asked for too little would leave it short).
 */
function summing(
  start: bigint,
  bound: bigint,
  test = 'vp-blt-rr',
  step = '(vp-add-cr 1 r1)',
  stride = 0n,
): string {
  return `(export 'main)
(function 'main)
  (vp-lea-p 'numbers r2)
  (vp-cpy-cr ${stride} r5)
  (vp-cpy-cr ${bound} r3)
  (vp-cpy-cr 0 r0)
  (vp-cpy-cr ${start} r1)
  (vp-jmp 'test)
(vp-label 'body)
  (vp-cpy-rr r1 r4)
  (vp-and-cr 7 r4)
  (vp-shl-cr 3 r4)
  (vp-cpy-dr r2 r4 r4)
  (vp-add-rr r4 r0)
  ${step}
(vp-label 'test)
  (${test} r3 r1 'body)
  (vp-add-cr 1 r0) (vp-add-cr 1 r0) (vp-add-cr 1 r0)
  (vp-ret)
(vp-align 8)
(vp-label 'numbers)
  (vp-long 1 2 3 4 5 6 7 8)
`;
}

test('a counted loop stops where the interpreter does for every fuel limit', async () => {
  const [used] = await sameStops([
    // 20 rounds of 7 instructions: fuel limits below, at and above what the check before the loop asks for.
    { source: summing(0n, 20n), what: 'up to 20' },
    // Zero rounds, one round, and rounds from the most negative integer (a difference past 2^63).
    { source: summing(5n, 5n), what: 'none' },
    { source: summing(4n, 5n), what: 'one' },
    { source: summing(-(1n << 63n), -(1n << 63n) + 3n), what: 'from the least integer' },
    { source: summing(0n, 6n, 'vp-blo-rr'), what: 'unsigned' },
    { source: summing(3n, 9n, 'vp-bne-rr'), what: 'not equal' },
    { source: summing(40n, 2n, 'vp-bgt-rr', '(vp-sub-cr 1 r1)'), what: 'down' },
  ]);
  assert.ok(used! > 140);
});

test('a counted loop with a step other than one stops where the interpreter does', async () => {
  const max = (1n << 63n) - 1n;
  await sameStops([
    { source: summing(0n, 50n, 'vp-blt-rr', '(vp-add-cr 3 r1)'), what: 'by 3' },
    { source: summing(0n, 50n, 'vp-blt-rr', '(vp-add-rr r5 r1)', 7n), what: 'by r5 = 7' },
    { source: summing(50n, -3n, 'vp-bgt-rr', '(vp-sub-rr r5 r1)', 4n), what: 'down by r5 = 4' },
    { source: summing(60n, 5n, 'vp-bhi-rr', '(vp-add-cr -5 r1)'), what: 'unsigned, down by 5' },
    // A step that is not positive, or that would wrap the induction register round: no end, no copy run.
    { source: summing(0n, 50n, 'vp-blt-rr', '(vp-add-rr r5 r1)', 0n), what: 'by r5 = 0', endless: true },
    { source: summing(0n, 50n, 'vp-blt-rr', '(vp-add-rr r5 r1)', -2n), what: 'by r5 = -2', endless: true },
    { source: summing(max - 5n, max - 1n, 'vp-blt-rr', '(vp-add-cr 3 r1)'), what: 'wrapping', endless: true },
    {
      source: summing(-5n, -1n, 'vp-blo-rr', '(vp-add-rr r5 r1)', 3n),
      what: 'wrapping unsigned',
      endless: true,
    },
    // Near the edges, but not past them: the last value is the largest integer.
    { source: summing(max - 6n, max - 2n, 'vp-blt-rr', '(vp-add-cr 3 r1)'), what: 'to the edge' },
  ]);
});

/** A `do ... while (r1 < r3)` (or the given test), r1 from `start` by one, r3 = `bound`; or tested at the top. */
function doWhile(start: bigint, bound: bigint, test = 'vp-blt-rr', atTop = false): string {
  const body = '(vp-add-rr r1 r0) (vp-add-cr 1 r1) (vp-add-cr 3 r0)';
  const loop = atTop
    ? `(vp-label 'again) (${test} r3 r1 'done) ${body} (vp-jmp 'again) (vp-label 'done)`
    : `(vp-label 'again) ${body} (${test} r3 r1 'again)`;
  return `(export 'main)
(function 'main)
  (vp-cpy-cr ${bound} r3)
  (vp-cpy-cr 0 r0)
  (vp-cpy-cr ${start} r1)
  ${loop}
  (vp-add-cr 1 r0) (vp-add-cr 1 r0) (vp-add-cr 1 r0)
  (vp-ret)
`;
}

test('a loop tested at its bottom or top stops where the interpreter does', async () => {
  const max = (1n << 63n) - 1n;
  await sameStops([
    { source: doWhile(0n, 20n), what: 'do-while' },
    // The first round runs whatever the test would say: from the bound, one round; from the largest integer,
    // the induction register wraps round and the loop goes on.
    { source: doWhile(20n, 20n), what: 'do-while from the bound' },
    { source: doWhile(max, max), what: 'do-while wrapping', endless: true },
    { source: doWhile(5n, 5n, 'vp-bne-rr'), what: 'do-while while not equal, from the bound', endless: true },
    { source: doWhile(0n, 20n, 'vp-bge-rr', true), what: 'tested at the top' },
    { source: doWhile(30n, 20n, 'vp-bge-rr', true), what: 'tested at the top, past the bound' },
  ]);
});

test('a counted loop runs its copy without checks when the fuel pays for every round', () => {
  const module = assembleText(summing(0n, 20n));
  const wat = printModuleCode(translateMachine(machineFor(module).machine).bytes);
  // The guard ((rounds + 1) x round <= fuel left, and r1 < r3 now) and two copies of the loop: one checks
  // its fuel each round, one does not.
  assert.match(
    wat,
    /i64\.mul\s+i64\.ge_s\s+i32\.and\s+local\.get 1\s+local\.get 3\s+i64\.lt_s\s+i32\.and\s+if/,
  );
  for (const source of [doWhile(0n, 20n), doWhile(0n, 20n, 'vp-bge-rr', true)]) {
    const code = printModuleCode(translateMachine(machineFor(assembleText(source)).machine).bytes);
    assert.match(code, /i64\.mul\s+i64\.ge_s\s+i32\.and/);
  }
  assert.equal(wat.match(/^\s*loop$/gm)?.length, 3); // $top, and the loop twice
  // Fuel far beyond the rounds: the compiled tier runs it in one go, with what the interpreter counts.
  const interpreted = machineFor(module).machine;
  const compiled = machineFor(module).machine;
  attachCompiledTier(compiled);
  assertSameResult(interpreted.run({ fuel: 10_000 }), compiled.run({ fuel: 10_000 }), 'fuel 10000');
  assertSameMachine(interpreted, compiled, 'fuel 10000');
});
