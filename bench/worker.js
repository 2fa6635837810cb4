// One benchmark column (js or vp) for one program, timed in this process: `node bench/worker.js js|vp PROGRAM
// RUNS [LABEL]`. run.js starts fresh workers per program and column so that one program's JIT feedback (and,
// for vp, the library's) cannot slow down another's. Run 1 of a worker is the cold run (a fresh process), runs
// 2..RUNS are warm (steady state); LABEL (such as `3/7`) only tags the cold run's progress line. Prints progress
// to stderr and one JSON line of timings (every run, in order) to stdout.

import { readFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { findProgram } from './programs.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Collects garbage between runs when node was started with --expose-gc, so that no run pays for another's. */
function collectGarbage() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

function progress(column, program, index, runs, ms) {
  const which = index === 0 ? `cold${label === undefined ? '' : ` ${label}`}` : `warm ${index}/${runs - 1}`;
  process.stderr.write(`  ${program.name.padEnd(6)} ${column.padEnd(3)} ${which}: ${ms.toFixed(1)} ms\n`);
}

/** Plain JS: each run calls the program's `main` with the sizes; the time is the whole call. */
async function timeJs(program, runs) {
  const { main } = await import(`./js/${program.name}.js`);
  const samples = [];
  for (let index = 0; index < runs; index++) {
    collectGarbage();
    const start = performance.now();
    const output = main(...program.args);
    const ms = performance.now() - start;
    samples.push({ ms, output });
    progress('js', program, index, runs, ms);
  }
  return { samples };
}

/**
 * Tessera's interpreter: the module is assembled once, outside the timings; each run creates a new Machine
 * (which compiles its own interpreter function) and runs it. `ms` is creation plus run, `runMs` run alone.
 */
async function timeVp(program, runs) {
  const { assemble, formatDiagnostic, Machine, standardHost } = await import('../dist/src/index.js');
  const path = `${root}${program.vp}`;
  const assembled = assemble([{ name: path, text: readFileSync(path, 'utf8') }], {
    readFile: (included) => readFileSync(included, 'utf8'),
  });
  if (assembled.module === undefined || assembled.diagnostics.length > 0) {
    const messages = assembled.diagnostics.map((diagnostic) =>
      formatDiagnostic(diagnostic, assembled.sources?.get(diagnostic.location.file)),
    );
    throw new Error(`${program.vp} does not assemble:\n${messages.join('\n')}`);
  }
  const samples = [];
  for (let index = 0; index < runs; index++) {
    collectGarbage();
    let stdout = '';
    const start = performance.now();
    const machine = new Machine(assembled.module, {
      host: standardHost({ stdout: (bytes) => (stdout += Buffer.from(bytes).toString()), stderr: () => {} }),
    });
    const created = performance.now();
    const result = machine.run();
    const end = performance.now();
    let output;
    if (result.status !== 'halted') {
      output = `${result.status}${result.trap !== undefined ? `: ${result.trap.message}` : ''}`;
    } else if (program.result === 'exit') {
      output =
        stdout === ''
          ? String(result.exitCode)
          : `exit ${result.exitCode}, printed ${JSON.stringify(stdout)}`;
    } else {
      output = result.exitCode === 0 ? stdout.replace(/\n$/, '') : `${stdout} (exit ${result.exitCode})`;
    }
    samples.push({
      ms: end - start,
      createMs: created - start,
      runMs: end - created,
      fuelUsed: machine.fuelUsed,
      output,
    });
    progress('vp', program, index, runs, end - start);
  }
  return { samples };
}

const [column, name, runsText, label] = process.argv.slice(2);
const program = findProgram(name ?? '');
const runs = Number(runsText);
if ((column !== 'js' && column !== 'vp') || program === undefined || !(Number.isInteger(runs) && runs > 0)) {
  process.stderr.write('usage: node bench/worker.js js|vp PROGRAM RUNS [LABEL]\n');
  process.exit(2);
}
const timings = column === 'js' ? await timeJs(program, runs) : await timeVp(program, runs);
process.stdout.write(`${JSON.stringify({ column, program: program.name, ...timings })}\n`);
