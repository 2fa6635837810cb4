// One benchmark column (js, vp or vpc) for one program, timed in this process: `node bench/worker.js js|vp|vpc
// PROGRAM RUNS [LABEL] [--tier=NAME]`; vp and vpc run their VP module on the execution tier NAME ('interp', the
// default and so far the only one). run.js starts fresh workers per program and column so that one program's JIT
// feedback (and, for vp and vpc, the library's) cannot slow down another's. Run 1 of a worker is the cold run (a
// fresh process), runs 2..RUNS are warm (steady state); LABEL (such as `3/7`) only tags the cold run's progress
// line. Prints progress to stderr and one JSON line of timings (every run, in order) to stdout. `node
// bench/worker.js library` compiles Tessera's C library into the cache file that the vpc workers read (run.js
// runs it first).

import { readFileSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { findProgram, nameWidth, tesseraLibraryCache } from './programs.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Collects garbage between runs when node was started with --expose-gc, so that no run pays for another's. */
function collectGarbage() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

function progress(column, program, index, runs, ms, more = '') {
  const which = index === 0 ? `cold${label === undefined ? '' : ` ${label}`}` : `warm ${index}/${runs - 1}`;
  const name = tier === 'interp' || column === 'js' ? column : `${column}:${tier}`;
  process.stderr.write(
    `  ${program.name.padEnd(nameWidth)} ${name.padEnd(3)} ${which}: ${ms.toFixed(1)} ms${more}\n`,
  );
}

/**
 * The execution tiers the vp and vpc columns can run a VP module on: each loads a function that makes, from
 * the module and Machine options (host, args), a machine with run(), fuelUsed and extraFuelUsed. Only the
 * interpreter so far; the compiled tier (src/jit) becomes one more entry, and a run.js column that passes its
 * name with --tier.
 */
const tiers = {
  async interp() {
    const { Machine } = await import('../dist/src/index.js');
    return (module, options) => new Machine(module, options);
  },
};

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
  const { assemble, formatDiagnostic, standardHost } = await import('../dist/src/index.js');
  const createMachine = await tiers[tier]();
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
    const machine = createMachine(assembled.module, {
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
      instructions: machine.fuelUsed - machine.extraFuelUsed,
      output,
    });
    progress('vp', program, index, runs, end - start);
  }
  return { samples };
}

/**
 * Files for Tessera's C compiler, read from disk, relative paths from the repository root (so diagnostics name
 * bench/c/NAME.c); unreadable ones are undefined (the compiler reports them).
 */
const diskFiles = {
  read(path) {
    try {
      return readFileSync(path.startsWith('/') ? path : `${root}${path}`, 'utf8');
    } catch {
      return undefined;
    }
  },
};

/**
 * The compiled C library kept in a file between the vpc workers of one bench run (run.js deletes it first, so
 * it always comes from the current build), as `tessera run prog.c` keeps it in node_modules/.cache.
 */
const libraryCache = {
  written: false,
  read() {
    try {
      return readFileSync(`${root}${tesseraLibraryCache}`, 'utf8');
    } catch {
      return undefined;
    }
  },
  write(text) {
    writeFileSync(`${root}${tesseraLibraryCache}`, text);
    this.written = true;
  },
};

/** Compiles C sources with Tessera's compiler; `error` is the diagnostics, as the CLI prints them. */
async function compileC(inputs, files) {
  const { compile, formatCDiagnostic } = await import('../dist/src/cc/index.js');
  const start = performance.now();
  const compiled = compile({ files, inputs, libraryCache });
  const ms = performance.now() - start;
  if (compiled.module !== undefined) return { module: compiled.module, ms };
  const errors = compiled.diagnostics
    .filter((diagnostic) => diagnostic.severity === 'error')
    .map((diagnostic) => formatCDiagnostic(diagnostic, compiled.sources.get(diagnostic.at.file)));
  return { error: errors.join('\n') || 'no module and no error message', ms };
}

/**
 * `node bench/worker.js library`: compiles the C library (with an empty program) into the cache file and
 * prints how long that took, and whether the compiler used the cache at all.
 */
async function compileLibrary() {
  const path = '/bench/empty.c';
  const files = { read: (file) => (file === path ? 'int main(void) { return 0; }\n' : undefined) };
  const compiled = await compileC([path], files);
  return { ms: compiled.ms, cached: libraryCache.written, error: compiled.error };
}

/**
 * Tessera-compiled C in the interpreter: `bench/c/NAME.c` is compiled once (the C library from the cache
 * file), then each run creates a new Machine and runs the program with the sizes and REPEATS = 1. `ms` is the
 * computation as the program timed it (`time_ns` on stderr, from clock(): the same region as the C column),
 * `machineMs` is new Machine + run() (the whole program: C start-up, argv parsing and printing included), and
 * run 1 also has `compileMs` and `wholeMs` (compile + new Machine + run()). When the program does not compile,
 * returns `unavailable` with the compiler's errors.
 */
async function timeVpc(program, runs) {
  const { standardHost } = await import('../dist/src/index.js');
  const createMachine = await tiers[tier]();
  const path = `bench/c/${program.name}.c`;
  const compiled = await compileC([path], diskFiles);
  if (compiled.module === undefined) {
    process.stderr.write(`  ${program.name.padEnd(nameWidth)} vpc: does not compile:\n${compiled.error}\n`);
    return { unavailable: compiled.error };
  }
  const args = [path, ...program.args.map(String), '1'];
  const samples = [];
  for (let index = 0; index < runs; index++) {
    collectGarbage();
    let stdout = '';
    let stderr = '';
    const start = performance.now();
    const machine = createMachine(compiled.module, {
      args,
      host: standardHost({
        stdout: (bytes) => (stdout += Buffer.from(bytes).toString()),
        stderr: (bytes) => (stderr += Buffer.from(bytes).toString()),
      }),
    });
    const created = performance.now();
    const result = machine.run();
    const end = performance.now();
    const times = [...stderr.matchAll(/^time_ns (\d+)$/gm)].map((match) => Number(match[1]) / 1e6);
    let output = stdout.replace(/\n$/, '');
    if (result.status !== 'halted') {
      output = `${result.status}${result.trap !== undefined ? `: ${result.trap.message}` : ''}`;
    } else if (result.exitCode !== 0) {
      output = `exit ${result.exitCode}: ${output} ${stderr.replace(/^time_ns \d+\n/gm, '')}`.trim();
    } else if (times.length !== 1) {
      output = `${output} (${times.length} time_ns lines for 1 repetition)`;
    }
    const sample = {
      ms: times[0] ?? Number.NaN,
      machineMs: end - start,
      createMs: created - start,
      runMs: end - created,
      fuelUsed: machine.fuelUsed,
      instructions: machine.fuelUsed - machine.extraFuelUsed,
      output,
    };
    if (index === 0) Object.assign(sample, { compileMs: compiled.ms, wholeMs: compiled.ms + end - start });
    samples.push(sample);
    const more =
      index === 0
        ? ` (whole ${sample.wholeMs.toFixed(1)} ms: compile ${compiled.ms.toFixed(1)} + new Machine and run() ${sample.machineMs.toFixed(1)})`
        : ` (new Machine and run() ${sample.machineMs.toFixed(1)} ms)`;
    progress('vpc', program, index, runs, sample.ms, more);
  }
  return { samples };
}

const tierArg = process.argv.slice(2).find((arg) => arg.startsWith('--tier='));
const tier = tierArg === undefined ? 'interp' : tierArg.slice('--tier='.length);
const [column, name, runsText, label] = process.argv.slice(2).filter((arg) => arg !== tierArg);
if (column === 'library') {
  process.stdout.write(`${JSON.stringify(await compileLibrary())}\n`);
} else {
  const program = findProgram(name ?? '');
  const runs = Number(runsText);
  if (
    !['js', 'vp', 'vpc'].includes(column) ||
    program === undefined ||
    !(Number.isInteger(runs) && runs > 0) ||
    !Object.hasOwn(tiers, tier) ||
    (column === 'vp' && program.vp === undefined)
  ) {
    process.stderr.write(
      `usage: node bench/worker.js js|vp|vpc PROGRAM RUNS [LABEL] [--tier=${Object.keys(tiers).join('|')}] | library\n` +
        '  (vp only for programs with a hand-written VP version)\n',
    );
    process.exit(2);
  }
  const time = { js: timeJs, vp: timeVp, vpc: timeVpc }[column];
  const timings = await time(program, runs);
  process.stdout.write(
    `${JSON.stringify({ column, tier: column === 'js' ? undefined : tier, program: program.name, ...timings })}\n`,
  );
}
