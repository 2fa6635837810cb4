// Fuel sweeps (counted.test.ts, strides.test.ts), run in a worker thread: compiled code that skipped a fuel check
// it needed could loop for ever, and only a worker can be stopped, so that such a bug fails the test, not hangs it.

import assert from 'node:assert/strict';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { attachCompiledTier } from '../../src/jit/index.js';
import { assembleText, machineFor } from '../support/programs.js';
import { assertSameMachine, assertSameResult } from './compare.js';

/** Small machines: each fuel limit makes two. */
const options = { memorySize: 1 << 20, stackSize: 4096 };

/** A program to sweep: `endless` when it never halts (it is then run only up to 150 fuel). */
export interface StopCase {
  readonly source: string;
  readonly what: string;
  readonly endless?: boolean;
}

/**
 * Run the program in both tiers with each fuel limit up to what it uses and a little more, and with limits
 * that pay for its loops many times over (where compiled code runs copies without checks); compare each stop.
 * Returns the fuel the whole run uses.
 */
export function sameStopsForEveryFuel({ source, what, endless = false }: StopCase): number {
  const module = assembleText(source);
  const whole = machineFor(module, options).machine;
  whole.run({ fuel: endless ? 150 : Infinity });
  const used = whole.fuelUsed;
  const limits = Array.from({ length: used + 3 }, (_, fuel) => fuel);
  if (!endless) limits.push(used * 8, used * 64, Infinity);
  for (const fuel of limits) {
    const interpreted = machineFor(module, options).machine;
    const compiled = machineFor(module, options).machine;
    attachCompiledTier(compiled);
    const where = `${what}, fuel ${fuel}`;
    assertSameResult(interpreted.run({ fuel }), compiled.run({ fuel }), where);
    assertSameMachine(interpreted, compiled, where);
  }
  return used;
}

/** The reply of a worker: the fuel each case used, or the first failure. */
export type StopsReply = { readonly used: number[] } | { readonly failure: string };

/** How long a worker's sweep may take before it counts as never stopping. */
const sweepTimeout = 120_000;

/** Sweep the fuel of each case in a worker (running this module); fails when a run differs or does not stop. */
export async function sameStops(cases: readonly StopCase[]): Promise<number[]> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { cases } });
  let timer: NodeJS.Timeout | undefined;
  try {
    const reply = await new Promise<StopsReply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      timer = setTimeout(
        () => reject(new Error(`not stopped within ${sweepTimeout / 1000} s`)),
        sweepTimeout,
      );
    });
    if ('failure' in reply) assert.fail(reply.failure);
    return reply.used;
  } finally {
    clearTimeout(timer);
    await worker.terminate();
  }
}

if (!isMainThread && parentPort !== null) {
  const cases = (workerData as { cases: StopCase[] }).cases;
  let reply: StopsReply;
  try {
    reply = { used: cases.map(sameStopsForEveryFuel) };
  } catch (error) {
    reply = { failure: error instanceof Error ? error.message : String(error) };
  }
  parentPort.postMessage(reply);
}
