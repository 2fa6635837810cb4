// Test support for the compiled tier: run results and machine states in a comparable form, and the assertion
// that the interpreter and the compiled tier ended a run (or a slice of one) in the same state.

import assert from 'node:assert/strict';
import { attachCompiledTier } from '../../src/jit/index.js';
import type { CompiledTier, Machine, RunResult } from '../../src/vm/index.js';
import { assembleText, machineFor } from '../support/programs.js';

/** A run result as text: the status and what goes with it (the whole trap report for a trap). */
export function outcomeOf(result: RunResult): string {
  switch (result.status) {
    case 'halted':
      return `halted ${result.exitCode}`;
    case 'trapped':
      return `trapped\n${result.trap.format()}\npc 0x${result.trap.pc.toString(16)}`;
    case 'breakpoint':
      return `breakpoint ${result.code}`;
    default:
      return result.status;
  }
}

/** Registers, ip, status, fuel, heap break and the live calls of a machine (memory is compared apart). */
export function registersOf(machine: Machine): string {
  return JSON.stringify({
    registers: Array.from(machine.R, (r) => r.toString()),
    ip: machine.ip,
    status: machine.status,
    exitCode: machine.exitCode,
    fuelUsed: machine.fuelUsed,
    extraFuelUsed: machine.extraFuelUsed,
    fuel: machine.fuel,
    heapBreak: machine.heapBreak,
    backtrace: machine.backtrace().map((frame) => frame.where),
  });
}

/** The first byte offset where two machines' memories differ, or -1. */
export function firstMemoryDifference(a: Machine, b: Machine): number {
  if (Buffer.compare(a.M8, b.M8) === 0) return -1;
  for (let i = 0; i < a.M8.length; i++) if (a.M8[i] !== b.M8[i]) return i;
  return -1;
}

/** Assert that `compiled` is in the same state as `interpreted`; `what` says where in the test we are. */
export function assertSameMachine(interpreted: Machine, compiled: Machine, what: string): void {
  assert.equal(registersOf(compiled), registersOf(interpreted), `${what}: registers, ip, status or fuel`);
  const at = firstMemoryDifference(interpreted, compiled);
  assert.equal(
    at,
    -1,
    `${what}: memory differs at 0x${at.toString(16)} (interpreter ${interpreted.M8[at]}, compiled ${compiled.M8[at]})`,
  );
}

/** Assert that two results of one run are the same (traps by their whole report). */
export function assertSameResult(interpreted: RunResult, compiled: RunResult, what: string): void {
  assert.equal(outcomeOf(compiled), outcomeOf(interpreted), `${what}: result`);
}

/** Attach a compiled tier that counts how often `run` enters compiled code (so a test knows it ran any). */
export function attachCountingTier(machine: Machine): { entries: number } {
  const counter = { entries: 0 };
  const attach = machine.attachCompiledTier.bind(machine);
  machine.attachCompiledTier = (tier: CompiledTier): void =>
    attach({
      chunk: tier.chunk,
      run: (budget) => {
        counter.entries++;
        return tier.run(budget);
      },
    });
  attachCompiledTier(machine);
  return counter;
}

/**
 * Run to the end in both tiers (going on after breakpoints), then in slices of every size up to `slices`,
 * comparing each stop; the interpreter's run must end with `outcome` (the start of it, for a trap).
 */
export function compareTiers(source: string, slices: number, outcome: string): void {
  const module = assembleText(source);
  for (const fuel of [1e6, ...Array.from({ length: slices }, (_, k) => k + 1)]) {
    const a = machineFor(module).machine;
    const b = machineFor(module).machine;
    const counter = attachCountingTier(b);
    for (let step = 0; ; step++) {
      const ra = a.run({ fuel });
      const rb = b.run({ fuel });
      assertSameResult(ra, rb, `fuel ${fuel}, stop ${step}`);
      assertSameMachine(a, b, `fuel ${fuel}, stop ${step}`);
      if (ra.status === 'out-of-fuel' || ra.status === 'breakpoint') continue;
      assert.ok(outcomeOf(ra).startsWith(outcome), `fuel ${fuel}: ${outcomeOf(ra)}`);
      break;
    }
    assert.ok(counter.entries > 0, 'compiled code ran');
  }
}
