// What profiling and tracing cost: `node bench/profile-overhead.js [RUNS]` compiles a few bench/c programs and
// times, in this process, the same run detached (the interpreter's fast loop; and, for comparison, the compiled
// tier, compiling included), under the profiler in count mode and in time mode, and under the JSON Lines tracer
// (output thrown away, smaller sizes); RUNS (default 5) fresh machines each, the modes taking turns. Ratios are
// per instruction, against the detached interpreter: of the fastest runs (the least disturbed on a busy
// machine), then of the medians. Run `npm run build` (or `tsc -p tsconfig.json`) first.

import { performance } from 'node:perf_hooks';
import { compile } from '../dist/src/cc/index.js';
import { median, repositoryFiles as files } from './support.js';
import { Machine, standardHost } from '../dist/src/vm/index.js';
import { useTier } from '../dist/src/jit/index.js';
import { HostWriteLog, JsonTracer, profileRun, traceHostWrites } from '../dist/src/debug/index.js';

const runs = Number(process.argv[2] ?? 5);
/** Programs and sizes: long enough to time, short enough that tracing one line per instruction finishes. */
const programs = [
  { path: 'bench/c/fib.c', args: ['30'], traceArgs: ['20'] },
  { path: 'bench/c/sieve.c', args: ['2000000'], traceArgs: ['20000'] },
  { path: 'bench/c/nbody.c', args: ['100000'], traceArgs: ['500'] },
];

/** A fresh machine for each run, its output thrown away. */
function machineFor(module, path, args, wrap = (host) => host) {
  const host = standardHost({ stdout: () => {}, stderr: () => {}, clock: () => 0n });
  return new Machine(module, { args: [path, ...args], host: wrap(host) });
}

const modes = {
  async detached(module, path, args) {
    const machine = machineFor(module, path, args);
    await machine.runToCompletion();
    return machine.fuelUsed - machine.extraFuelUsed;
  },
  async jit(module, path, args) {
    const machine = machineFor(module, path, args);
    useTier(machine, 'jit');
    await machine.runToCompletion();
    return machine.fuelUsed - machine.extraFuelUsed;
  },
  async count(module, path, args) {
    const { profile } = await profileRun(machineFor(module, path, args), { mode: 'count' });
    return profile.total;
  },
  async time(module, path, args) {
    const machine = machineFor(module, path, args);
    await profileRun(machine, { mode: 'time' });
    return machine.fuelUsed - machine.extraFuelUsed;
  },
  async trace(module, path, args) {
    const log = new HostWriteLog();
    const machine = machineFor(module, path, args, (host) => traceHostWrites(host, log));
    let characters = 0;
    const tracer = new JsonTracer(machine, { write: (text) => (characters += text.length), hostWrites: log });
    tracer.start();
    const result = await machine.runToCompletion();
    tracer.stop(result);
    return machine.fuelUsed - machine.extraFuelUsed;
  },
};

for (const program of programs) {
  const { module, diagnostics } = compile({ files, inputs: [program.path] });
  if (module === undefined) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  const times = Object.fromEntries(
    Object.keys(modes).map((mode) => [mode, { samples: [], instructions: 0 }]),
  );
  // The modes take turns, so that a busy moment of a shared machine slows them alike.
  for (let i = 0; i < runs; i++) {
    for (const [mode, run] of Object.entries(modes)) {
      const started = performance.now();
      times[mode].instructions = await run(
        module,
        program.path,
        mode === 'trace' ? program.traceArgs : program.args,
      );
      times[mode].samples.push(performance.now() - started);
    }
  }
  const perInstruction = (mode, pick) => pick(times[mode].samples) / times[mode].instructions;
  const parts = Object.keys(times).map((mode) => {
    const ratio = (pick) => (perInstruction(mode, pick) / perInstruction('detached', pick)).toFixed(2);
    const fastest = Math.min(...times[mode].samples);
    return `${mode} ${fastest.toFixed(0)} ms (${(times[mode].instructions / fastest / 1000).toFixed(1)} M/s, ${ratio((v) => Math.min(...v))}x; median ${ratio(median)}x)`;
  });
  process.stdout.write(`${program.path} ${program.args.join(' ')}:\n  ${parts.join('\n  ')}\n`);
}
