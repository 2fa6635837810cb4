// Every program of test/spec/ in the interpreter and in the compiled tier: the same output, result (a trap's
// whole report: code, message, pc and backtrace), fuel, registers, ip and memory; and again when both run in
// slices of k fuel (`run({ fuel: k })` until done), compared after every slice.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { attachCompiledTier } from '../../src/jit/index.js';
import type { Module } from '../../src/module/index.js';
import type { RunResult } from '../../src/vm/index.js';
import { assembleText, machineFor, repoRoot, stateOf } from '../support/programs.js';
import { assertSameMachine, assertSameResult } from './compare.js';

const specDirectory = new URL('test/spec/', repoRoot);
const programs = readdirSync(specDirectory).filter((name) => name.endsWith('.s'));
/** Slice sizes: single steps, odd sizes that end mid-block, and sizes larger than most blocks. */
const sliceSizes = [1, 3, 17, 1000, 100_000];
/** Slices per run at most: enough to cover every spec program at k >= 17, bounded for k = 1. */
const maxSlices = 2000;

/** The `; fuel: N` budget of a spec program (unlimited without one). */
function fuelOf(source: string): number {
  const match = /^\s*;\s*fuel:\s*(\d+)/m.exec(source);
  return match === null ? Infinity : Number(match[1]);
}

/** Both tiers' machines for one program (1 MiB of memory so comparing it after every slice stays cheap). */
function pair(module: Module): ReturnType<typeof machineFor>[] {
  const options = { memorySize: 1 << 20 };
  const interpreted = machineFor(module, options, 'spec input\n');
  const compiled = machineFor(module, options, 'spec input\n');
  attachCompiledTier(compiled.machine);
  return [interpreted, compiled];
}

/** Whether a run can go on after this result. */
function resumable(result: RunResult): boolean {
  return result.status === 'out-of-fuel' || result.status === 'breakpoint';
}

test('the spec suite has programs for the compiled tier', () => {
  assert.ok(programs.length >= 10, `found ${programs.length}`);
});

for (const name of programs) {
  const source = readFileSync(new URL(name, specDirectory), 'utf8');
  const module = assembleText(source, `test/spec/${name}`);
  const fuel = fuelOf(source);

  test(`spec ${name}: interpreter and compiled tier agree`, () => {
    const [interpreted, compiled] = pair(module).map((run) => ({
      ...run,
      result: run.machine.run({ fuel }),
    }));
    assertSameResult(interpreted!.result, compiled!.result, name);
    assert.equal(compiled!.output.stdout, interpreted!.output.stdout, `${name}: stdout`);
    assert.equal(compiled!.output.stderr, interpreted!.output.stderr, `${name}: stderr`);
    assert.equal(stateOf(compiled!.machine), stateOf(interpreted!.machine), `${name}: state`);
    assertSameMachine(interpreted!.machine, compiled!.machine, name);
  });

  test(`spec ${name}: the tiers agree after every slice of fuel`, () => {
    for (const k of sliceSizes) {
      const [interpreted, compiled] = pair(module);
      const budget = Math.min(fuel, k * maxSlices);
      assert.ok(Number.isFinite(budget));
      for (let slice = 0; ; slice++) {
        const what = `${name}, slices of ${k}, after slice ${slice}`;
        const before = interpreted!.machine.fuelUsed;
        const a = interpreted!.machine.run({ fuel: k });
        const b = compiled!.machine.run({ fuel: k });
        assertSameResult(a, b, what);
        assert.equal(compiled!.output.stdout, interpreted!.output.stdout, `${what}: stdout`);
        assertSameMachine(interpreted!.machine, compiled!.machine, what);
        // A slice smaller than the next instruction's cost (a host call) makes no progress: stop there.
        const stuck = interpreted!.machine.fuelUsed === before;
        if (!resumable(a) || stuck || interpreted!.machine.fuelUsed >= budget) break;
      }
    }
  });
}
