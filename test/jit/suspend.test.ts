// Runs that stop in compiled code: snapshots taken wherever fuel ran out (restored, with a compiled tier
// attached again), async host calls that suspend inside compiled callers, vp-brk in compiled code, and hooks
// set between runs, which hand the machine to the interpreter. Each must behave exactly as the interpreter.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { attachCompiledTier, attachCompiledTierAsync, useTier } from '../../src/jit/index.js';
import type { Module } from '../../src/module/index.js';
import { Machine, type HostFunctions, type RunResult } from '../../src/vm/index.js';
import { assembleFile, assembleText, machineFor, stateOf } from '../support/programs.js';
import { assertSameMachine, assertSameResult, attachCountingTier, outcomeOf } from './compare.js';

const mixed = assembleFile('test/support/mixed.s');

function runToEnd(machine: Machine): RunResult {
  let result = machine.run({ fuel: Infinity });
  while (result.status === 'out-of-fuel' || result.status === 'breakpoint') result = machine.run();
  return result;
}

/** The standard host functions of a machine made by machineFor, for a machine restored beside it. */
function hostOf(machine: Machine): HostFunctions {
  return Object.fromEntries(machine.module.imports.map((imp, i) => [imp.name, machine.imports[i]!]));
}

const reference = (() => {
  const { machine, output } = machineFor(mixed);
  const result = runToEnd(machine);
  return {
    result: outcomeOf(result),
    output: output.stdout,
    state: stateOf(machine),
    fuel: machine.fuelUsed,
  };
})();

test('snapshot: taken in the compiled tier at any fuel, it equals the interpreter snapshot there', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: reference.fuel }), (fuel) => {
      const interpreted = machineFor(mixed).machine;
      const compiled = machineFor(mixed).machine;
      attachCompiledTier(compiled);
      interpreted.run({ fuel });
      compiled.run({ fuel });
      assertSameMachine(interpreted, compiled, `after ${fuel} fuel`);
      assert.deepEqual(compiled.snapshot(), interpreted.snapshot(), `snapshot after ${fuel} fuel`);
    }),
    { numRuns: 30 },
  );
});

test('snapshot: a compiled run restored at any point, with a compiled tier again, finishes identically', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: reference.fuel }), fc.boolean(), (fuel, compileRestored) => {
      const first = machineFor(mixed);
      attachCompiledTier(first.machine);
      first.machine.run({ fuel });
      const bytes = first.machine.snapshot();
      const second = machineFor(mixed);
      const restored = Machine.restore(mixed, bytes, { host: hostOf(second.machine) });
      assert.equal(stateOf(restored), stateOf(first.machine));
      if (compileRestored) attachCompiledTier(restored);
      assert.equal(outcomeOf(runToEnd(restored)), reference.result);
      assert.equal(first.output.stdout + second.output.stdout, reference.output);
      assert.equal(stateOf(restored), reference.state);
    }),
    { numRuns: 30 },
  );
});

/** A loop in a compiled function that calls, from a nested compiled call, a host function `test.fetch`. */
const fetching = assembleText(`
  (import 'fetch "test.fetch")
  (export 'main)
  (function 'main)
    (vp-cpy-cr 0 r6)
    (vp-cpy-cr 0 r7)
  (vp-label 'again)
    (vp-cpy-rr r6 r0)
    (vp-call 'outer)
    (vp-add-rr r0 r7)
    (vp-add-cr 1 r6)
    (vp-blt-cr 5 r6 'again)
    (vp-cpy-rr r7 r0)
    (vp-ret)
  (function 'outer)
    (vp-push r6)
    (vp-mul-cr 3 r0)
    (vp-call 'inner)
    (vp-add-cr 1 r0)
    (vp-pop r6)
    (vp-ret)
  (function 'inner)
    (vp-cpy-rr r0 r1)
    (vp-call-host 'fetch (r1))
    (vp-mul-cr 2 r0)
    (vp-ret)`);

/** `test.fetch(x)`: x + 100, resolved later (async) or at once. */
function fetchHost(async: boolean, pending: (() => void)[]): HostFunctions {
  return {
    'test.fetch': {
      cost: 5,
      call: (_context, [x = 0n]) =>
        async ? new Promise<bigint>((resolve) => pending.push(() => resolve(x + 100n))) : x + 100n,
    },
  };
}

test('async host calls suspend compiled code and resume it exactly as the interpreter does', async () => {
  const machines = [false, true].map((compile) => {
    const pending: (() => void)[] = [];
    const machine = new Machine(fetching, {
      memorySize: 1 << 20,
      stackSize: 4096,
      host: fetchHost(true, pending),
    });
    const counter = compile ? attachCountingTier(machine) : { entries: 0 };
    return { machine, pending, counter, statuses: [] as string[] };
  });
  for (let step = 0; step < 100; step++) {
    const results = machines.map(({ machine }) => machine.run());
    assertSameResult(results[0]!, results[1]!, `run ${step}`);
    assertSameMachine(machines[0]!.machine, machines[1]!.machine, `run ${step}`);
    if (results[0]!.status !== 'suspended') break;
    // Still waiting: asking again changes nothing.
    assert.equal(machines[1]!.machine.run().status, 'suspended');
    for (const m of machines) {
      m.statuses.push(m.machine.status);
      assert.equal(m.pending.length, 1);
      m.pending.pop()!();
    }
    await Promise.all(results.map((r) => (r.status === 'suspended' ? r.settled : undefined)));
  }
  assert.equal(machines[1]!.statuses.length, 5, 'one suspension per call');
  assert.ok(machines[1]!.counter.entries >= 6, 'compiled code ran after every suspension');
  const sync = new Machine(fetching, { memorySize: 1 << 20, stackSize: 4096, host: fetchHost(false, []) });
  const expected = [0, 1, 2, 3, 4].reduce((sum, i) => sum + (3 * i + 100) * 2 + 1, 0);
  assert.deepEqual(sync.run(), { status: 'halted', exitCode: expected });
  assert.equal(outcomeOf(machines[1]!.machine.run()), `halted ${expected}`);
  assert.equal(machines[1]!.machine.fuelUsed, sync.fuelUsed);
});

/** A loop in a compiled callee that stops at a breakpoint on every trip. */
const breaking = assembleText(`
  (export 'main)
  (function 'main)
    (vp-cpy-cr 0 r0)
    (vp-cpy-cr 0 r2)
  (vp-label 'again)
    (vp-call 'step)
    (vp-add-cr 1 r2)
    (vp-blt-cr 4 r2 'again)
    (vp-ret)
  (function 'step)
    (vp-add-cr 10 r0)
    (vp-brk 42)
    (vp-add-cr 1 r0)
    (vp-ret)`);

test('vp-brk in compiled code stops with status breakpoint, and the run continues after it', () => {
  const interpreted = machineFor(breaking).machine;
  const compiled = machineFor(breaking).machine;
  const counter = attachCountingTier(compiled);
  let stops = 0;
  for (;;) {
    const a = interpreted.run();
    const b = compiled.run();
    assertSameResult(a, b, `stop ${stops}`);
    assertSameMachine(interpreted, compiled, `stop ${stops}`);
    if (b.status !== 'breakpoint') break;
    assert.equal(b.code, 42n);
    assert.deepEqual(
      compiled.backtrace().map((frame) => frame.where),
      ['step+0x8', 'main+0x8'],
    );
    stops++;
  }
  assert.equal(stops, 4);
  assert.ok(counter.entries >= 5, 'compiled code ran after every breakpoint');
  assert.equal(compiled.status, 'halted');
  assert.equal(compiled.exitCode, 44);
});

/** Run with `fuel`, then with a hook recording every instruction for `hooked` more fuel, then to the end. */
function runWithHookMidway(module: Module, compile: boolean, fuel: number, hooked: number) {
  const { machine, output } = machineFor(module);
  if (compile) attachCompiledTier(machine);
  const results = [outcomeOf(machine.run({ fuel }))];
  const seen: number[] = [];
  machine.hook = (ip) => {
    seen.push(ip);
    return false;
  };
  const before = machine.fuelUsed;
  results.push(outcomeOf(machine.run({ fuel: hooked })));
  const hookedFuel = machine.fuelUsed - before;
  machine.hook = null;
  results.push(outcomeOf(runToEnd(machine)));
  return { machine, output: output.stdout, results, seen, hookedFuel };
}

test('a hook set between runs of compiled code sees every instruction, as in the interpreter', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: reference.fuel }),
      fc.integer({ min: 0, max: 3000 }),
      (fuel, hooked) => {
        const a = runWithHookMidway(mixed, false, fuel, hooked);
        const b = runWithHookMidway(mixed, true, fuel, hooked);
        assert.deepEqual(b.results, a.results);
        assert.deepEqual(b.seen, a.seen, 'the instructions the hook saw');
        assert.equal(b.hookedFuel, a.hookedFuel);
        assert.equal(b.output, reference.output);
        assertSameMachine(a.machine, b.machine, 'at the end');
        assert.equal(stateOf(b.machine), reference.state);
      },
    ),
    { numRuns: 30 },
  );
});

test('a hook that stops the run works in a machine with a compiled tier, and compiled code resumes after it', () => {
  const { machine, output } = machineFor(mixed);
  attachCompiledTier(machine);
  const fib = mixed.symbols.find((s) => s.name === 'fib')!.offset / 4;
  assert.equal(machine.run({ fuel: 500 }).status, 'out-of-fuel');
  machine.hook = (ip) => ip === fib;
  assert.equal(machine.run({ fuel: Infinity }).status, 'stopped');
  assert.equal(machine.ip, fib);
  machine.hook = null;
  assert.equal(outcomeOf(runToEnd(machine)), reference.result);
  assert.equal(output.stdout, reference.output);
  assert.equal(stateOf(machine), reference.state);
});

test('a hook set by a host function during a compiled run takes over from the next run, as in the interpreter', () => {
  const module = assembleText(`
    (import 'watch "test.watch")
    (export 'main)
    (function 'main)
      (vp-cpy-cr 0 r6)
    (vp-label 'again)
      (vp-call 'body)
      (vp-add-cr 1 r6)
      (vp-blt-cr 40 r6 'again)
      (vp-ret)
    (function 'body)
      (vp-bne-cr 3 r6 'plain)
      (vp-call-host 'watch ())
    (vp-label 'plain)
      (vp-add-rr r6 r0)
      (vp-ret)`);
  const runs = [false, true].map((compile) => {
    const seen: number[] = [];
    const results: string[] = [];
    let machine: Machine | undefined = undefined;
    const host: HostFunctions = {
      'test.watch': {
        cost: 1,
        call: () => {
          machine!.hook = (ip) => {
            seen.push(ip);
            return false;
          };
        },
      },
    };
    machine = new Machine(module, { memorySize: 1 << 20, stackSize: 4096, host });
    if (compile) attachCompiledTier(machine);
    for (let slice = 0; slice < 1000; slice++) {
      const result = machine.run({ fuel: 37 });
      results.push(outcomeOf(result));
      if (result.status !== 'out-of-fuel') break;
    }
    return { machine, seen, results };
  });
  const [a, b] = runs;
  assert.deepEqual(b!.results, a!.results);
  assert.ok(a!.seen.length > 100, 'the hook saw the rest of the run');
  assert.deepEqual(b!.seen, a!.seen);
  assertSameMachine(a!.machine, b!.machine, 'at the end');
});

test('attachCompiledTierAsync and useTier: the same run as the interpreter, and compiled code does run', async () => {
  const module = assembleFile('examples/fib.s');
  const reference = machineFor(module);
  const expected = reference.machine.run();
  const asynchronous = machineFor(module);
  const report = await attachCompiledTierAsync(asynchronous.machine);
  assert.ok(report.functions > 0 && report.wasmBytes > 0, 'something was compiled');
  // auto: the interpreter for the first million instructions, then compiled code
  const auto = machineFor(module);
  let attached = 0;
  const attach = auto.machine.attachCompiledTier.bind(auto.machine);
  auto.machine.attachCompiledTier = (tier) => {
    attached++;
    attach(tier);
  };
  useTier(auto.machine, 'auto');
  for (const other of [asynchronous, auto]) {
    assertSameResult(expected, other.machine.run(), 'async or auto');
    assert.equal(stateOf(other.machine), stateOf(reference.machine));
    assert.equal(other.output.stdout, reference.output.stdout);
  }
  assert.equal(attached, 1, 'auto attached the compiled tier once the run was warm');
});
