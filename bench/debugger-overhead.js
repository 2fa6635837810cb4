// What debugging costs: `node bench/debugger-overhead.js [RUNS]` compiles a few bench/c programs and times,
// in this process, the same run: detached (no debugger ever: the interpreter's fast loop), after a debugger
// attached and detached again (must cost nothing), under an attached debugger running to the end
// (`continue`), the same with a breakpoint whose C condition never holds on a hot line, and the -O0 build
// (every variable in memory, what `tessera debug` compiles) detached. RUNS (default 5) fresh machines each,
// the modes taking turns; ratios per instruction against detached, of the fastest runs, then of the medians.
// Run `npm run build` (or `tsc -p tsconfig.json`) first.

import { performance } from 'node:perf_hooks';
import { compile } from '../dist/src/cc/index.js';
import { median, repositoryFiles as files } from './support.js';
import { Machine, standardHost } from '../dist/src/vm/index.js';
import { Debugger, compileCCondition } from '../dist/src/debug/index.js';

const runs = Number(process.argv[2] ?? 5);
/** Programs, sizes, and a hot line for the conditional breakpoint. */
const programs = [
  { path: 'bench/c/fib.c', args: ['27'], hot: { function: 'fib' }, condition: 'n < 0' },
  { path: 'bench/c/sieve.c', args: ['1000000'], hot: undefined, condition: undefined },
  { path: 'bench/c/nbody.c', args: ['20000'], hot: { function: 'advance' }, condition: 'dt < 0' },
];

function machineFor(module, path, args) {
  const host = standardHost({ stdout: () => {}, stderr: () => {}, clock: () => 0n });
  return new Machine(module, { args: [path, ...args], host });
}

function build(path, variablesInMemory) {
  const { module, diagnostics } = compile({ files, inputs: [path], variablesInMemory });
  if (module === undefined) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return module;
}

async function debugToEnd(machine, program, withBreakpoint) {
  const debugger_ = new Debugger(machine, { conditionCompiler: compileCCondition });
  if (withBreakpoint && program.hot !== undefined)
    debugger_.setBreakpoint(program.hot, { condition: program.condition });
  const stop = await debugger_.continue();
  if (stop.reason !== 'exited') throw new Error(`stopped: ${stop.reason}`);
}

for (const program of programs) {
  const normal = build(program.path, false);
  const debuggable = build(program.path, true);
  const modes = {
    detached: async () => {
      const machine = machineFor(normal, program.path, program.args);
      await machine.runToCompletion();
      return machine;
    },
    'attached+detached': async () => {
      const machine = machineFor(normal, program.path, program.args);
      new Debugger(machine).detach();
      await machine.runToCompletion();
      return machine;
    },
    continue: async () => {
      const machine = machineFor(normal, program.path, program.args);
      await debugToEnd(machine, program, false);
      return machine;
    },
    ...(program.hot === undefined
      ? {}
      : {
          'conditional breakpoint': async () => {
            const machine = machineFor(debuggable, program.path, program.args);
            await debugToEnd(machine, program, true);
            return machine;
          },
        }),
    '-O0 detached': async () => {
      const machine = machineFor(debuggable, program.path, program.args);
      await machine.runToCompletion();
      return machine;
    },
  };
  const times = Object.fromEntries(
    Object.keys(modes).map((mode) => [mode, { samples: [], instructions: 0 }]),
  );
  for (let i = 0; i < runs; i++) {
    for (const [mode, run] of Object.entries(modes)) {
      const started = performance.now();
      const machine = await run();
      times[mode].samples.push(performance.now() - started);
      times[mode].instructions = machine.fuelUsed - machine.extraFuelUsed;
    }
  }
  // Per instruction, except that the -O0 build is compared per run (its extra instructions are its cost).
  const cost = (mode, pick) =>
    mode.startsWith('-O0') || mode === 'conditional breakpoint'
      ? pick(times[mode].samples) / times.detached.instructions
      : pick(times[mode].samples) / times[mode].instructions;
  const parts = Object.keys(times).map((mode) => {
    const ratio = (pick) => (cost(mode, pick) / cost('detached', pick)).toFixed(2);
    const fastest = Math.min(...times[mode].samples);
    return `${mode.padEnd(24)} ${fastest.toFixed(0).padStart(6)} ms  ${ratio((v) => Math.min(...v))}x (median ${ratio(median)}x)`;
  });
  process.stdout.write(`${program.path} ${program.args.join(' ')}:\n  ${parts.join('\n  ')}\n`);
}
