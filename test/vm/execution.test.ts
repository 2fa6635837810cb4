// Fuel, snapshots, async host calls and limits: interrupted runs must equal uninterrupted ones exactly.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Machine, type HostFunctions, type RunResult } from '../../src/vm/index.js';
import { assembleFile, assembleText, machineFor, stateOf } from '../support/programs.js';

const mixed = assembleFile('test/support/mixed.s');

function runToEnd(machine: Machine): RunResult {
  let result = machine.run({ fuel: Infinity });
  while (result.status === 'out-of-fuel') result = machine.run({ fuel: Infinity });
  return result;
}

const reference = (() => {
  const { machine, output } = machineFor(mixed);
  const result = runToEnd(machine);
  return { result, output: output.stdout, state: stateOf(machine), fuel: machine.fuelUsed };
})();

test('the mixed program halts with its output', () => {
  assert.equal(reference.result.status, 'halted');
  assert.deepEqual(reference.result, { status: 'halted', exitCode: 7 });
  assert.match(reference.output, /^610\n25\n\d+\n$/);
});

test('fuel: running in slices of any size gives the same final state and fuel as one run', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 20 }), (slices) => {
      const { machine, output } = machineFor(mixed);
      let result: RunResult = { status: 'out-of-fuel' };
      for (const fuel of slices) {
        result = machine.run({ fuel });
        if (result.status !== 'out-of-fuel') break;
        assert.ok(machine.fuel <= 10, 'an out-of-fuel stop leaves less fuel than the next instruction costs');
      }
      if (result.status === 'out-of-fuel') result = runToEnd(machine);
      assert.deepEqual(result, reference.result);
      assert.equal(output.stdout, reference.output);
      assert.equal(stateOf(machine), reference.state);
    }),
    { numRuns: 60 },
  );
});

test('fuel: a run with fuel N consumes at most N and stops at the same instruction as the hooked loop', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: reference.fuel - 1 }), (fuel) => {
      const fast = machineFor(mixed).machine;
      const hooked = machineFor(mixed).machine;
      hooked.hook = () => false; // forces the per-instruction loop
      assert.equal(fast.run({ fuel }).status, 'out-of-fuel');
      assert.equal(hooked.run({ fuel }).status, 'out-of-fuel');
      assert.ok(
        fast.fuelUsed <= fuel && fast.fuelUsed > fuel - 11,
        'stops only when the next cost is larger',
      );
      assert.equal(stateOf(fast), stateOf(hooked));
    }),
    { numRuns: 60 },
  );
});

test('fuel: zero fuel runs nothing, and the machine resumes later', () => {
  const { machine } = machineFor(mixed);
  assert.equal(machine.run({ fuel: 0 }).status, 'out-of-fuel');
  assert.equal(machine.fuelUsed, 0);
  assert.deepEqual(runToEnd(machine), reference.result);
});

test('fuel: an infinite loop stops with out-of-fuel, never hangs', () => {
  const module = assembleText("(export 'main) (function 'main) (vp-label 'spin) (vp-jmp 'spin)");
  const { machine } = machineFor(module);
  assert.equal(machine.run({ fuel: 12345 }).status, 'out-of-fuel');
  assert.equal(machine.fuelUsed, 12345);
});

test('snapshot: restoring at any point and running on gives the same result', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: reference.fuel }), (fuel) => {
      const first = machineFor(mixed);
      first.machine.run({ fuel });
      const bytes = first.machine.snapshot();
      const second = machineFor(mixed);
      const restored = Machine.restore(mixed, bytes, { host: hostOf(second.machine) });
      assert.equal(stateOf(restored), stateOf(first.machine));
      const result = runToEnd(restored);
      assert.deepEqual(result, reference.result);
      assert.equal(first.output.stdout + second.output.stdout, reference.output);
      assert.equal(stateOf(restored), reference.state);
    }),
    { numRuns: 25 },
  );
});

test('snapshot: a different module, a bad magic and a truncated snapshot are rejected', () => {
  const { machine } = machineFor(mixed);
  machine.run({ fuel: 100 });
  const bytes = machine.snapshot();
  const other = assembleText("(export 'main) (function 'main) (vp-ret)");
  assert.throws(() => Machine.restore(other, bytes), /different module/);
  assert.throws(() => Machine.restore(mixed, bytes.subarray(0, 100)), /not a snapshot/);
  assert.throws(() => Machine.restore(mixed, bytes.subarray(0, bytes.length - 1)), /malformed/);
});

test('async host: run reports suspended, and the guest sees a synchronous call', async () => {
  const module = assembleText(`
    (import 'fetch "test.fetch")
    (export 'main)
    (function 'main)
      (vp-cpy-cr 20 r1)
      (vp-call-host 'fetch (r1))
      (vp-add-cr 1 r0)
      (vp-ret)`);
  let resolve: (value: bigint) => void = () => undefined;
  const host: HostFunctions = {
    'test.fetch': {
      cost: 5,
      call: (_context, [x = 0n]) => new Promise<bigint>((r) => (resolve = (v) => r(v + x))),
    },
  };
  const machine = new Machine(module, { memorySize: 1 << 20, stackSize: 4096, host });
  const first = machine.run();
  assert.equal(first.status, 'suspended');
  assert.equal(machine.run().status, 'suspended', 'still waiting');
  resolve(100n);
  if (first.status === 'suspended') await first.settled;
  assert.deepEqual(machine.run(), { status: 'halted', exitCode: 121 });
  assert.equal(machine.fuelUsed, 4 + 5);
});

test('async host: a rejected promise traps at the call with host-function-failed', async () => {
  const module = assembleText(
    `(import 'f "test.fail") (export 'main) (function 'main) (vp-call-host 'f ()) (vp-ret)`,
  );
  const host: HostFunctions = {
    'test.fail': { cost: 1, call: () => Promise.reject(new Error('no network')) },
  };
  const machine = new Machine(module, { memorySize: 1 << 20, stackSize: 4096, host });
  const result = await machine.runToCompletion();
  assert.equal(result.status, 'trapped');
  if (result.status === 'trapped') {
    assert.equal(result.trap.code, 'host-function-failed');
    assert.match(result.trap.message, /no network/);
    assert.equal(result.trap.pc, 0x10000);
  }
});

test('host: a host function that throws traps the guest, it does not crash the host', () => {
  const module = assembleText(
    `(import 'f "test.throw") (export 'main) (function 'main) (vp-call-host 'f ()) (vp-ret)`,
  );
  const host: HostFunctions = {
    'test.throw': {
      cost: 1,
      call: () => {
        throw new TypeError('boom');
      },
    },
  };
  const result = new Machine(module, { memorySize: 1 << 20, stackSize: 4096, host }).run();
  assert.equal(result.status, 'trapped');
  if (result.status === 'trapped') assert.equal(result.trap.code, 'host-function-failed');
});

test('host: an import with no host function is a load error; a forged handle traps', () => {
  const module = assembleText(`(import 'f "test.missing") (export 'main) (function 'main) (vp-ret)`);
  assert.throws(() => new Machine(module, { memorySize: 1 << 20, stackSize: 4096 }), /no such host function/);
  const forged = assembleText(`
    (export 'main)
    (function 'main)
      (vp-cpy-cr 99 r1)
      (vp-push r1)
      (vp-call-abi r2 rsp 0 ())
      (vp-ret)`);
  const result = machineFor(forged).machine.run();
  assert.equal(result.status, 'trapped');
  if (result.status === 'trapped') assert.equal(result.trap.code, 'unknown-host-function');
});

test('host: a host call costs its declared fuel and stops before the call when fuel is short', () => {
  const module = assembleText(
    `(import 'c "tessera.clock") (export 'main) (function 'main) (vp-call-host 'c ()) (vp-ret)`,
  );
  const { machine } = machineFor(module);
  assert.equal(machine.run({ fuel: 5 }).status, 'out-of-fuel');
  assert.equal(machine.pc, 0x10000, 'stopped before the call');
  assert.equal(machine.fuelUsed, 0);
  assert.deepEqual(machine.run({ fuel: 100 }), { status: 'halted', exitCode: 0 });
  assert.equal(machine.fuelUsed, 1 + 10 + 1);
});

test('traps: deep recursion is a stack overflow with a backtrace, not a host crash', () => {
  const module = assembleText(`
    (export 'main)
    (function 'main) (vp-call 'down) (vp-ret)
    (function 'down) (vp-push r0) (vp-call 'down) (vp-ret)`);
  const result = machineFor(module).machine.run();
  assert.equal(result.status, 'trapped');
  if (result.status === 'trapped') {
    assert.equal(result.trap.code, 'stack-overflow');
    assert.match(result.trap.backtrace[0]!.where, /^down/);
    assert.ok(result.trap.backtrace.length > 10);
    assert.match(
      result.trap.format(),
      /^trap stack-overflow: .* at down \(test\.s:4:\d+\)\n {2}called from down\+0x4 .*, \d+ times$/m,
    );
  }
});

test('traps: null pointer reads name the procedure, offset and source line', () => {
  const module = assembleText(
    `(export 'main)\n(function 'main)\n  (vp-cpy-cr 8 r1)\n  (vp-cpy-ir r1 0 r0)\n  (vp-ret)`,
  );
  const result = machineFor(module).machine.run();
  assert.equal(result.status, 'trapped');
  if (result.status === 'trapped') {
    assert.equal(result.trap.code, 'null-access');
    assert.equal(result.trap.pc, 0x10004);
    assert.equal(result.trap.backtrace[0]!.where, 'main+0x4');
    assert.equal(result.trap.backtrace[0]!.source, 'test.s:4:3');
    assert.equal(result.trap.message, 'null pointer access: read of 8 bytes at 0x8');
  }
});

test('limits: memory and stack sizes are checked when the machine is made', () => {
  assert.throws(() => machineFor(mixed, { memorySize: 1000 }), /multiple of 64 KiB/);
  assert.throws(() => machineFor(mixed, { memorySize: 1 << 16, stackSize: 1 << 16 }), /below the stack/);
});

test('sbrk moves the heap break up to the stack limit and refuses beyond it', () => {
  const module = assembleText(`
    (import 'sbrk "tessera.sbrk")
    (export 'main)
    (function 'main)
      (vp-cpy-cr 4096 r1)
      (vp-call-host 'sbrk (r1))          ; old break
      (vp-cpy-rr r0 r5)
      (vp-cpy-cr 0x7fffffff r1)
      (vp-call-host 'sbrk (r1))          ; far too much: -1
      (vp-cpy-rr r0 r6)
      (vp-cpy-cr 0 r0)
      (vp-ret)`);
  const { machine } = machineFor(module);
  assert.equal(machine.run().status, 'halted');
  assert.equal(machine.R[5], BigInt(machine.heapBase));
  assert.equal(machine.R[6], -1n);
  assert.equal(machine.heapBreak, machine.heapBase + 4096);
});

test('abort traps with code aborted and the guest message, at the calling instruction', () => {
  const module = assembleText(`
    (import 'abort "tessera.abort")
    (export 'main)
    (function 'main)
      (vp-lea-p 'message r0)
      (vp-cpy-cr 14 r1)
      (vp-call-host 'abort (r0 r1))
      (vp-ret)
    (vp-label 'message) (vp-string "assert failed!")`);
  const { machine } = machineFor(module);
  const result = machine.run();
  assert.equal(result.status, 'trapped');
  if (result.status !== 'trapped') return;
  assert.equal(result.trap.code, 'aborted');
  assert.equal(result.trap.message, 'the program aborted: assert failed!');
  assert.match(result.trap.format(), /^trap aborted: the program aborted: assert failed! at main\+0x8/);
});

function hostOf(machine: Machine): HostFunctions {
  // The standard host functions of a machine made by machineFor, reused for a restored machine.
  return Object.fromEntries(machine.module.imports.map((imp, i) => [imp.name, machine.imports[i]!]));
}

test('hook: stopping before an instruction and resuming past it gives the same run', () => {
  const { machine, output } = machineFor(mixed);
  const stopAt = mixed.symbols.find((s) => s.name === 'fib')!.offset / 4;
  let stops = 0;
  machine.hook = (ip) => ip === stopAt;
  let result = machine.run({ fuel: Infinity });
  while (result.status === 'stopped') {
    stops++;
    assert.equal(machine.ip, stopAt);
    machine.skipHook = true; // step over the breakpoint we are standing on
    result = machine.run();
  }
  assert.equal(stops, 1973, 'fib(15) makes 1973 calls');
  assert.deepEqual(result, reference.result);
  assert.equal(output.stdout, reference.output);
  assert.equal(stateOf(machine), reference.state);
});

test('backtraces are exact: stale return addresses left in a frame are not callers', () => {
  const module = assembleText(`
    (export 'main)
    (function 'main)
      (vp-call 'f)                     ; f calls g: their return addresses stay in memory below main's frame
      (vp-call 'h)
      (vp-ret)
    (function 'f) (vp-call 'g) (vp-ret)
    (function 'g) (vp-ret)
    (function 'h)
      (vp-alloc 64)                    ; a frame over the stale return addresses, not initialised
      (vp-cpy-cr 0 r1)
      (vp-cpy-ir r1 0 r0)
      (vp-ret)`);
  const result = machineFor(module).machine.run();
  assert.equal(result.status, 'trapped');
  if (result.status === 'trapped') {
    assert.deepEqual(
      result.trap.backtrace.map((frame) => frame.where),
      ['h+0x8', 'main+0x4'],
    );
  }
});

test('backtraces survive a snapshot', () => {
  const module = assembleText(`
    (export 'main)
    (function 'main) (vp-call 'f) (vp-ret)
    (function 'f) (vp-call 'g) (vp-ret)
    (function 'g) (vp-nop) (vp-cpy-cr 0 r1) (vp-cpy-ir r1 0 r0) (vp-ret)`);
  const { machine } = machineFor(module);
  assert.equal(machine.run({ fuel: 3 }).status, 'out-of-fuel');
  const restored = Machine.restore(module, machine.snapshot(), {});
  const result = restored.run({ fuel: Infinity });
  assert.equal(result.status, 'trapped');
  if (result.status === 'trapped') {
    assert.deepEqual(
      result.trap.backtrace.map((frame) => frame.where),
      ['g+0x8', 'f', 'main'],
    );
  }
});

test('arguments: argc in r0, argv in r1, and a snapshot taken mid-run keeps them', () => {
  const echo = assembleFile('examples/echo.s');
  const { machine, output } = machineFor(echo, { args: ['echo', 'one', 'two'] });
  assert.equal(machine.R[0], 3n);
  assert.equal(machine.run({ fuel: 40 }).status, 'out-of-fuel');
  const rest = machineFor(echo);
  const restored = Machine.restore(echo, machine.snapshot(), { host: hostOf(rest.machine) });
  assert.deepEqual(restored.run({ fuel: Infinity }), { status: 'halted', exitCode: 0 });
  assert.equal(output.stdout + rest.output.stdout, 'one two\n');
  assert.throws(() => machineFor(echo, { args: ['x'.repeat(40_000)] }), /more than half the stack/);
});
