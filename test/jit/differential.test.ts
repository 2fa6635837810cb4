// Interpreter == compiled tier on random valid programs (test/jit/programs.ts): after every run and every
// slice of fuel, the same result (a trap's whole report), registers, ip, fuel, live calls, memory and output.
// fast-check prints the seed and the shrunk program on failure; FUZZ_SCALE multiplies the number of runs.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { attachCompiledTier } from '../../src/jit/index.js';
import type { RunResult } from '../../src/vm/index.js';
import { assembleText, machineFor } from '../support/programs.js';
import { assertSameMachine, assertSameResult } from './compare.js';
import { programText } from './programs.js';

/** Slices after the first run at most, before the rest runs with unlimited fuel. */
const maxSlices = 100;

/** How a run goes: the first run's fuel, then the size of each later slice (Infinity: unlimited). */
interface Plan {
  readonly first: number;
  readonly slice: number;
  /** Attach the compiled tier only once this much fuel is used (as `--tier=auto` does), else at once. */
  readonly tierUpAfter: number | undefined;
  /** Small stacks overflow in calls, pushes and allocations at random points. */
  readonly stackSize: number;
}

const fuelPlan: fc.Arbitrary<Plan> = fc.record({
  first: fc.oneof(
    { weight: 2, arbitrary: fc.constant(Infinity) },
    { weight: 3, arbitrary: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 5000 })) },
  ),
  slice: fc.constantFrom(Infinity, 1, 2, 5, 13, 100, 1000),
  stackSize: fc.constantFrom(512, 2048, 16384, 65536),
  tierUpAfter: fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 3000 }) },
  ),
});

function resumable(result: RunResult): boolean {
  return result.status === 'out-of-fuel' || result.status === 'breakpoint';
}

/** Run `text` in both tiers by the fuel plan, comparing them after every run. */
function checkProgram(text: string, plan: Plan): void {
  const module = assembleText(text, 'random.s');
  const options = { memorySize: 1 << 20, stackSize: plan.stackSize };
  const interpreted = machineFor(module, options);
  const compiled = machineFor(module, options);
  const { tierUpAfter } = plan;
  if (tierUpAfter === undefined) attachCompiledTier(compiled.machine);
  else compiled.machine.tierUpAfter(tierUpAfter, () => attachCompiledTier(compiled.machine));
  let fuel = plan.first;
  let breakpoints = 0;
  for (let slice = 0; ; slice++) {
    const what = `slice ${slice} (fuel ${fuel})`;
    const before = interpreted.machine.fuelUsed;
    const a = interpreted.machine.run({ fuel });
    const b = compiled.machine.run({ fuel });
    assertSameResult(a, b, what);
    assert.equal(compiled.output.stdout, interpreted.output.stdout, `${what}: output`);
    assertSameMachine(interpreted.machine, compiled.machine, what);
    if (!resumable(a)) return;
    // Too many slices, or one too small for the next instruction (a host call): finish without a limit.
    const stuck = interpreted.machine.fuelUsed === before && fuel !== Infinity;
    fuel = slice - breakpoints >= maxSlices || stuck ? Infinity : plan.slice;
    // Every program terminates; each breakpoint on the way is a slice of its own (a `vp-brk` in deep
    // recursion called from loops stops thousands of times: seed -1774096771).
    if (a.status === 'breakpoint') breakpoints++;
    if (slice - breakpoints > 20 * maxSlices || breakpoints > 100_000)
      assert.fail('the program does not finish (a generator bug)');
  }
}

test('differential: random programs give the same state in the interpreter and the compiled tier', () => {
  fc.assert(
    fc.property(programText, fuelPlan, (text, plan) => checkProgram(text, plan)),
    { numRuns: 1500 * Number(process.env['FUZZ_SCALE'] ?? 1), includeErrorInReport: true },
  );
});
