// The compiled tier's cache (compile.ts): a second machine of the same module and layout reuses the compiled
// WebAssembly module and runs exactly as the first; another layout, or another module, compiles its own.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachCompiledTier } from '../../src/jit/index.js';
import { attachCountingTier } from './compare.js';
import { assembleFile, machineFor, stateOf } from '../support/programs.js';

test('a second machine of the same module and layout reuses the compiled module', () => {
  const module = assembleFile('examples/fib.s');
  const first = machineFor(module).machine;
  const firstReport = attachCompiledTier(first);
  const second = machineFor(module).machine;
  const secondReport = attachCompiledTier(second);
  assert.equal(secondReport.cached, true);
  assert.equal(secondReport.translateMs, 0);
  assert.equal(secondReport.wasmBytes, firstReport.wasmBytes);
  first.run();
  second.run();
  assert.equal(stateOf(second), stateOf(first));
  const interpreted = machineFor(module).machine;
  interpreted.run();
  assert.equal(stateOf(second), stateOf(interpreted));
});

test('another layout or another module object compiles anew', () => {
  const module = assembleFile('examples/fib.s');
  assert.equal(attachCompiledTier(machineFor(module).machine).cached, false);
  const bigger = machineFor(module, { memorySize: 8 * 1024 * 1024 }).machine;
  assert.equal(attachCompiledTier(bigger).cached, false);
  bigger.run();
  const interpreted = machineFor(module, { memorySize: 8 * 1024 * 1024 }).machine;
  interpreted.run();
  assert.equal(stateOf(bigger), stateOf(interpreted));
  assert.equal(attachCompiledTier(machineFor(assembleFile('examples/fib.s')).machine).cached, false);
});

test('code that counts no fuel is cached apart, runs the same, counts less, and refuses a fuel limit', () => {
  const module = assembleFile('examples/fib.s');
  const counted = machineFor(module).machine;
  attachCompiledTier(counted);
  const uncounted = machineFor(module).machine;
  const report = attachCompiledTier(uncounted, { countFuel: false });
  assert.equal(report.cached, false);
  counted.run();
  uncounted.run();
  const interpreted = machineFor(module).machine;
  interpreted.run();
  assert.equal(stateOf(counted), stateOf(interpreted));
  const { fuelUsed, ...rest } = JSON.parse(stateOf(uncounted)) as { fuelUsed: number };
  const { fuelUsed: expectedFuel, ...expected } = JSON.parse(stateOf(interpreted)) as { fuelUsed: number };
  assert.deepEqual(rest, expected);
  assert.ok(fuelUsed < expectedFuel / 10, `${fuelUsed} of ${expectedFuel}`);
  const limited = machineFor(module).machine;
  attachCompiledTier(limited, { countFuel: false });
  assert.throws(() => limited.run({ fuel: 1000 }), /countFuel: false cannot keep a fuel limit/);
});

test('a machine of a compiled module that ran before starts with the fuel chunks the earlier one grew to', () => {
  // Compiled code is called with chunks of fuel doubling from 64K to 10M (machine.ts): sieve.s's 28M
  // instructions take 10 calls or so in a first machine, and 3 in the next, whose chunks start at 10M.
  const module = assembleFile('examples/sieve.s');
  const first = machineFor(module).machine;
  const firstCalls = attachCountingTier(first);
  first.run();
  const second = machineFor(module).machine;
  const secondCalls = attachCountingTier(second);
  second.run();
  assert.ok(firstCalls.entries >= 8, `first machine: ${firstCalls.entries} calls`);
  assert.ok(secondCalls.entries <= 3, `second machine: ${secondCalls.entries} calls`);
  assert.equal(stateOf(second), stateOf(first));
});
