// Strided accesses (src/jit/strides.ts): which loads and stores of a counted loop compiled code checks once,
// before the loop, at the first and last address they can make; and that loops whose accesses run out of
// memory or into text somewhere along the way still trap at the same instruction, with the same fuel, as in the
// interpreter, for every fuel limit.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countedLoop } from '../../src/jit/counted.js';
import { discoverFunctions } from '../../src/jit/discover.js';
import { fuelChecks } from '../../src/jit/fuel.js';
import { attachCompiledTier, printModuleCode, translateMachine } from '../../src/jit/index.js';
import { layOut, structure, type Item } from '../../src/jit/structure.js';
import { stridedAccesses, type StridedRange } from '../../src/jit/strides.js';
import { assembleText, machineFor } from '../support/programs.js';
import { assertSameResult, firstMemoryDifference } from './compare.js';
import { sameStops } from './stops.js';

/** A C-style loop over r1 (from 0 while r1 < r3) in function `name`, `body` before the step. */
function loop(name: string, body: string, step = '(vp-add-cr 1 r1)'): string {
  return `(function '${name})
  (vp-cpy-cr 0 r1)
  (vp-jmp '${name}.test)
(vp-label '${name}.body)
  ${body}
  ${step}
(vp-label '${name}.test)
  (vp-blt-rr r3 r1 '${name}.body)
  (vp-ret)
`;
}

/** Per function name: its first loop's strided accesses (as the words after the function's entry) and ranges. */
function stridesOf(
  source: string,
): Map<string, { readonly at: number[]; readonly ranges: readonly StridedRange[] } | undefined> {
  const module = assembleText(source);
  const { machine } = machineFor(module);
  const names = new Map(
    module.symbols.filter((s) => s.section === 'text').map((s) => [s.offset / 4, s.name] as const),
  );
  const result = new Map<string, { at: number[]; ranges: readonly StridedRange[] } | undefined>();
  for (const found of discoverFunctions(module, machine.text)) {
    const fn = layOut(found);
    const item = structure(fn).find((i): i is Item & { kind: 'loop' } => i.kind === 'loop');
    const loop = item && countedLoop(machine.text, fn, item, fuelChecks(machine.text, fn));
    const strided = item && loop && stridedAccesses(machine.text, fn, item, loop);
    result.set(
      names.get(fn.entry)!,
      strided && {
        at: [...strided.accesses].map((ip) => ip - fn.entry).sort((x, y) => x - y),
        ranges: strided.ranges,
      },
    );
  }
  return result;
}

const range = (
  registers: number[],
  scale: bigint,
  offset: bigint,
  span: number,
  store = false,
): StridedRange => ({
  registers,
  scale,
  offset,
  span,
  store,
});

const names = [
  'indexed',
  'pairs',
  'backward',
  'constant-base',
  'pointer',
  'base-written',
  'other-block',
  'loaded',
  'too-far',
  'squared',
  'scaled-sum',
];

test('strided accesses: addresses that are the induction register scaled, plus unwritten registers and a constant', () => {
  const strides = stridesOf(
    `(export 'main)\n` +
      // row[j] += a * b[j]: two bases, one index register scaled by 8 (as matmul's inner loop).
      loop(
        'indexed',
        '(vp-cpy-rr r1 r4) (vp-shl-cr 3 r4) (vp-cpy-dr r5 r4 r6) (vp-cpy-dr r2 r4 r7) (vp-cpy-rd r7 r5 r4)',
      ) +
      // p[2i] and p[2i + 1]: one range over both.
      loop(
        'pairs',
        '(vp-cpy-rr r1 r4) (vp-shl-cr 4 r4) (vp-add-rr r2 r4) (vp-cpy-ir r4 0 r6) (vp-cpy-ir-i r4 8 r7)',
      ) +
      // a[-i], bytes: the induction register scaled by a negative number, the access below the address.
      loop('backward', '(vp-cpy-rr r1 r4) (vp-mul-cr -1 r4) (vp-lea-d r4 r2 r4) (vp-cpy-ir-b r4 -8 r6)') +
      // A struct's field, 24 bytes apart, from a constant address.
      loop(
        'constant-base',
        "(vp-cpy-rr r1 r4) (vp-mul-cr 24 r4) (vp-lea-p 'main r5) (vp-cpy-dr-i r5 r4 r6)",
      ) +
      // The pointer itself counts: for (p = a; p < end; p += 8) *p = 0.
      loop('pointer', '(vp-cpy-cr 0 r6) (vp-cpy-ri r6 r1 0)', '(vp-add-cr 8 r1)') +
      // Not strided: a base the loop writes, an index from another block, an address loaded, a large scale, a
      // square, a multiple of a sum with a register ((n - i) x 8: not followed).
      loop('base-written', '(vp-cpy-rr r1 r4) (vp-cpy-dr r2 r4 r6) (vp-add-cr 8 r2)') +
      loop(
        'other-block',
        "(vp-cpy-rr r1 r4) (vp-beq-cr 0 r0 'other-block.next) (vp-label 'other-block.next) (vp-cpy-dr r2 r4 r6)",
      ) +
      loop('loaded', '(vp-cpy-ir r2 0 r4) (vp-cpy-dr r4 r1 r6)') +
      loop('too-far', '(vp-cpy-rr r1 r4) (vp-shl-cr 13 r4) (vp-cpy-dr r2 r4 r6)') +
      loop('squared', '(vp-cpy-rr r1 r4) (vp-mul-rr r1 r4) (vp-cpy-dr r2 r4 r6)') +
      loop('scaled-sum', '(vp-cpy-rr r3 r4) (vp-sub-rr r1 r4) (vp-shl-cr 3 r4) (vp-cpy-dr r2 r4 r6)') +
      `(function 'main) ${names.map((name) => `(vp-call '${name})`).join(' ')} (vp-ret)\n`,
  );
  // Word offsets from the function's entry: (vp-cpy-cr 0 r1) and (vp-jmp) take one word each.
  assert.deepEqual(strides.get('indexed'), {
    at: [4, 5, 6],
    ranges: [range([5], 8n, 0n, 8, true), range([2], 8n, 0n, 8)],
  });
  assert.deepEqual(strides.get('pairs'), { at: [5, 6], ranges: [range([2], 16n, 0n, 12)] });
  assert.deepEqual(strides.get('backward'), { at: [5], ranges: [range([2], -1n, -8n, 1)] });
  assert.equal(strides.get('constant-base')?.ranges[0]?.scale, 24n);
  assert.deepEqual(strides.get('constant-base')?.ranges[0]?.registers, []);
  assert.deepEqual(strides.get('pointer'), { at: [3], ranges: [range([], 1n, 0n, 8, true)] });
  // An address loaded in the loop is not, but the load of it, from an address the loop does not change, is.
  assert.deepEqual(strides.get('loaded'), { at: [2], ranges: [range([2], 0n, 0n, 8)] });
  for (const name of ['base-written', 'other-block', 'too-far', 'squared', 'scaled-sum'])
    assert.equal(strides.get(name), undefined, name);
});

/**
 * A loop reading (or writing) 8-byte words at `base` + 8 x r1 for r1 from 0 while r1 < `rounds`, `base` an
 * expression of r2 = the end of memory, r5 = a label in text or r6 = one in data. After the loop, a few
 * instructions so that a stop after it compares the fuel too.
 */
function walking(base: string, rounds: number | bigint, store = false, step = '(vp-add-cr 1 r1)'): string {
  const access = store ? '(vp-cpy-rd r0 r4 r7)' : '(vp-cpy-dr r4 r7 r7) (vp-add-rr r7 r0)';
  return `(export 'main)
(function 'main)
  (vp-cpy-cr ${1 << 20} r2)
  (vp-lea-p 'words r5)
  (vp-lea-p 'data r6)
  ${base}
  (vp-cpy-cr ${rounds} r3)
  (vp-cpy-cr 0 r0)
  (vp-cpy-cr 0 r1)
  (vp-jmp 'test)
(vp-label 'body)
  (vp-cpy-rr r1 r7)
  (vp-shl-cr 3 r7)
  ${access}
  ${step}
(vp-label 'test)
  (vp-blt-rr r3 r1 'body)
  (vp-add-cr 1 r0) (vp-add-cr 1 r0) (vp-add-cr 1 r0)
  (vp-ret)
(vp-align 8)
(vp-label 'words)
  (vp-long 1 2 3 4 5 6 7 8)
(section 'data)
(vp-align 8)
(vp-label 'data)
  (vp-long 1 2 3 4 5 6 7 8 9 10 11 12)
`;
}

test('a loop with strided accesses stops where the interpreter does, in memory or running out of it', async () => {
  await sameStops([
    // Within memory all the way: the copy runs (when the fuel pays too).
    { source: walking('(vp-cpy-rr r6 r4)', 12), what: 'data' },
    { source: walking('(vp-cpy-rr r6 r4)', 12, true), what: 'data, storing' },
    // The last word of memory: r1 ends at 6 after reading the word at r4 + 40.
    { source: walking('(vp-cpy-rr r2 r4) (vp-sub-cr 48 r4)', 6), what: 'up to the end' },
    // Running off the end of memory in round 5, down from data through text into the null region, into text
    // (storing).
    { source: walking('(vp-cpy-rr r2 r4) (vp-sub-cr 40 r4)', 12), what: 'past the end' },
    {
      source: walking('(vp-cpy-rr r6 r4)', 0, false, '(vp-sub-cr 1 r1)')
        .replace('(vp-cpy-cr 0 r1)', '(vp-cpy-cr 12 r1)')
        .replace('(vp-blt-rr r3 r1', '(vp-bgt-cr -100 r1'),
      what: 'down, off the start of the text into the null region',
    },
    { source: walking('(vp-cpy-rr r5 r4)', 8, true), what: 'storing to text' },
    // By a register step: 3; and 2^60, where the second round's address is 2^63 bytes past the first (out
    // of memory) and the last's 2^64, which is the first's again (the step is larger than the strided check
    // takes: the loop runs checked).
    {
      source: walking('(vp-cpy-rr r6 r4) (vp-cpy-cr 3 r8)', 12, false, '(vp-add-rr r8 r1)'),
      what: 'by r8 = 3',
    },
    {
      source: walking(`(vp-cpy-rr r6 r4) (vp-cpy-cr ${1n << 60n} r8)`, 1n << 61n, false, '(vp-add-rr r8 r1)'),
      what: 'by r8 = 2^60, wrapping round',
    },
  ]);
});

test('the copy of a loop whose addresses are checked before it has no check of its own', () => {
  const wat = printModuleCode(
    translateMachine(machineFor(assembleText(walking('(vp-cpy-rr r6 r4)', 12))).machine).bytes,
  );
  // The guard before the loop: fuel, the test, and the address with r1 now and r1 after the last round.
  assert.match(wat, /i64\.lt_s\s+i32\.and\s+local\.get 1\s+local\.get \d+\s+i64\.add\s+local\.set (\d+)/);
  // The load appears twice: checked in the loop as it is, unchecked in the copy.
  const loads = [
    ...wat.matchAll(
      /i64\.add\s+((?:local\.tee \d+\s+i64\.const \d+\s+i64\.sub\s+i64\.const \d+\s+i64\.gt_u[\s\S]*?)?)i32\.wrap_i64\s+i64\.load\b/g,
    ),
  ];
  assert.equal(loads.length, 2);
  assert.equal(loads.filter((m) => m[1] === '').length, 1);
});

test('code that counts no fuel has the copy too, and traps where the interpreter does', () => {
  const options = { memorySize: 1 << 20, stackSize: 4096 };
  const cases = [
    { source: walking('(vp-cpy-rr r6 r4)', 12, true), what: 'in data' },
    { source: walking('(vp-cpy-rr r2 r4) (vp-sub-cr 40 r4)', 12), what: 'past the end' },
  ];
  for (const { source, what } of cases) {
    const module = assembleText(source);
    const wat = printModuleCode(translateMachine(machineFor(module).machine, { countFuel: false }).bytes);
    assert.equal(wat.match(/^\s*loop$/gm)?.length, 3, `${what}: $top, and the loop twice`);
    const interpreted = machineFor(module, options).machine;
    const uncounted = machineFor(module, options).machine;
    attachCompiledTier(uncounted, { countFuel: false });
    assertSameResult(interpreted.run(), uncounted.run(), what);
    assert.deepEqual(Array.from(uncounted.R), Array.from(interpreted.R), `${what}: registers`);
    assert.equal(uncounted.ip, interpreted.ip, `${what}: ip`);
    assert.equal(firstMemoryDifference(interpreted, uncounted), -1, `${what}: memory`);
  }
});
