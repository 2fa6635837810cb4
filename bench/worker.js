// One benchmark column (js, vp or vpc) for one program, timed in this process: `node bench/worker.js js|vp|vpc
// PROGRAM RUNS [LABEL] [--tier=NAME]`; vp and vpc run their VP module on the execution tier NAME: 'interp' (the
// interpreter, the default) or 'jit' (the compiled tier, src/jit, attached to each new Machine). run.js starts
// fresh workers per program and column so that one program's JIT feedback (and, for vp and vpc, the library's)
// cannot slow down another's. Run 1 of a worker is the cold run (a fresh process), runs 2..RUNS are warm (steady
// state); LABEL (such as `3/7`) only tags the cold run's progress line. Prints progress to stderr and one JSON
// line of timings (every run, in order) to stdout. `node bench/worker.js library` compiles Tessera's C library
// into the cache file that the vpc workers read (run.js runs it first). `node bench/worker.js fuel PROGRAM PAIRS
// [LABEL] [--tier=NAME]` times the compiled C as compiled normally against a translation that counts no fuel,
// alternately (run.js --fuel-overhead).

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
 * the module and Machine options (host, args), `{ machine }` (a machine with run(), fuelUsed and
 * extraFuelUsed), and for a compiled tier `compiled`: what compiling took and produced. A run.js column runs on
 * a tier by passing its name with --tier.
 */
const tiers = {
  async interp() {
    const { Machine } = await import('../dist/src/index.js');
    return (module, options) => ({ machine: new Machine(module, options) });
  },
  /**
   * The compiled tier: a new Machine, then the whole VP text translated to one WebAssembly module, compiled and
   * instantiated (attachCompiledTier). `attachMs` is attachCompiledTier's whole time; its report splits it into
   * translateMs (VP to Wasm bytes, in JS) and instantiateMs (V8 compiling and instantiating the Wasm). The
   * machines of later runs reuse the compiled module (attachCompiledTier's cache: `cached`, and only
   * instantiating); their translateMs is measured by translating again, untimed, for the translation speed.
   */
  async jit() {
    const { Machine } = await import('../dist/src/index.js');
    const { attachCompiledTier, translateMachine } = await import('../dist/src/jit/index.js');
    return (module, options, translateOptions = {}) => {
      const machine = new Machine(module, options);
      const start = performance.now();
      const report = attachCompiledTier(machine, translateOptions);
      const attachMs = performance.now() - start;
      return {
        machine,
        compiled: {
          attachMs,
          cached: report.cached,
          translateMs: report.translateMs,
          // Called by runVpcOnce after the run, so that its garbage is not collected during the timed run.
          measureTranslate: report.cached
            ? () => translateMachine(machine, translateOptions).translateMs
            : undefined,
          instantiateMs: report.instantiateMs,
          textBytes: report.textBytes,
          wasmBytes: report.wasmBytes,
          functions: report.functions,
          blocks: report.blocks,
        },
      };
    };
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
 * Hand-written VP: the module is assembled once, outside the timings; each run creates a new Machine (which
 * compiles its own interpreter function; on tier jit, also the module's Wasm) and runs it. `ms` is creation
 * plus run, `runMs` run alone.
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
    const { machine, compiled } = createMachine(assembled.module, {
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
      ...compiled,
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

/** Compiles bench/c/NAME.c with Tessera's compiler; `module` and `ms`, or `error` (also reported on stderr). */
async function compileProgram(program) {
  const path = `bench/c/${program.name}.c`;
  const compiled = await compileC([path], diskFiles);
  if (compiled.module === undefined) {
    process.stderr.write(`  ${program.name.padEnd(nameWidth)} vpc: does not compile:\n${compiled.error}\n`);
  }
  return compiled;
}

/**
 * One run of Tessera-compiled C (`standardHost` from the library): a new Machine (on the tier `createMachine` makes) running the program with
 * `args`, `run()` given `runOptions`. Returns the sample: `ms` is the computation as the program timed it
 * (`time_ns` on stderr, from clock(): the same region as the C column), `machineMs` is new Machine (and the
 * tier's compile) + run(), the whole program (C start-up, argv parsing and printing included).
 */
function runVpcOnce(standardHost, module, args, createMachine, runOptions) {
  let stdout = '';
  let stderr = '';
  const start = performance.now();
  const { machine, compiled } = createMachine(module, {
    args,
    host: standardHost({
      stdout: (bytes) => (stdout += Buffer.from(bytes).toString()),
      stderr: (bytes) => (stderr += Buffer.from(bytes).toString()),
    }),
  });
  const created = performance.now();
  const result = machine.run(runOptions);
  const end = performance.now();
  const { measureTranslate, ...compiledReport } = compiled ?? {};
  if (measureTranslate !== undefined) compiledReport.translateMs = measureTranslate();
  const times = [...stderr.matchAll(/^time_ns (\d+)$/gm)].map((match) => Number(match[1]) / 1e6);
  let output = stdout.replace(/\n$/, '');
  if (result.status !== 'halted') {
    output = `${result.status}${result.trap !== undefined ? `: ${result.trap.message}` : ''}`;
  } else if (result.exitCode !== 0) {
    output = `exit ${result.exitCode}: ${output} ${stderr.replace(/^time_ns \d+\n/gm, '')}`.trim();
  } else if (times.length !== 1) {
    output = `${output} (${times.length} time_ns lines for 1 repetition)`;
  }
  return {
    ms: times[0] ?? Number.NaN,
    machineMs: end - start,
    createMs: created - start,
    runMs: end - created,
    fuelUsed: machine.fuelUsed,
    instructions: machine.fuelUsed - machine.extraFuelUsed,
    ...compiledReport,
    output,
  };
}

/** The compiled tier's part of a progress line, or ''. */
function compiledProgress(sample) {
  if (sample.translateMs === undefined) return '';
  return `; translate ${sample.translateMs.toFixed(1)} + instantiate ${sample.instantiateMs.toFixed(1)} ms`;
}

/** What the vpc and fuel modes share: the host, the tier's machine factory, the compiled C and its arguments. */
async function prepareVpc(program) {
  const { standardHost } = await import('../dist/src/index.js');
  const createMachine = await tiers[tier]();
  const compiled = await compileProgram(program);
  const args = [`bench/c/${program.name}.c`, ...program.args.map(String), '1'];
  return { standardHost, createMachine, compiled, args };
}

/**
 * Tessera-compiled C on the tier: `bench/c/NAME.c` is compiled once (the C library from the cache file), then
 * each run creates a new Machine (on tier jit, compiling its Wasm) and runs the program with the sizes and
 * REPEATS = 1 (see runVpcOnce). Run 1 also has `compileMs` (the C compile) and `wholeMs` (compile + new Machine
 * + run()). When the program does not compile, returns `unavailable` with the compiler's errors.
 */
async function timeVpc(program, runs) {
  const { standardHost, createMachine, compiled, args } = await prepareVpc(program);
  if (compiled.module === undefined) return { unavailable: compiled.error };
  const samples = [];
  for (let index = 0; index < runs; index++) {
    collectGarbage();
    const sample = runVpcOnce(standardHost, compiled.module, args, createMachine, {});
    if (index === 0) {
      Object.assign(sample, { compileMs: compiled.ms, wholeMs: compiled.ms + sample.machineMs });
    }
    samples.push(sample);
    const more =
      index === 0
        ? ` (whole ${sample.wholeMs.toFixed(1)} ms: compile ${compiled.ms.toFixed(1)} + new Machine and run() ${sample.machineMs.toFixed(1)}${compiledProgress(sample)})`
        : ` (new Machine and run() ${sample.machineMs.toFixed(1)} ms${compiledProgress(sample)})`;
    progress('vpc', program, index, runs, sample.ms, more);
  }
  return { samples };
}

/**
 * `fuel PROGRAM PAIRS`: the compiled C run PAIRS times as compiled normally (counting fuel) and PAIRS times
 * translated with `countFuel: false` (no fuel counted at all), both with unlimited fuel, alternately (which goes
 * first alternates too), so that drifting load hits both alike. Pair 1 is the cold pair. Samples are as
 * runVpcOnce's, with `counting`: 'counted' or 'uncounted'.
 */
async function timeFuel(program, pairs) {
  const { standardHost, createMachine, compiled, args } = await prepareVpc(program);
  if (compiled.module === undefined) return { unavailable: compiled.error };
  const uncounted = (module, options) => createMachine(module, options, { countFuel: false });
  const samples = [];
  for (let index = 0; index < pairs; index++) {
    const order = index % 2 === 0 ? ['counted', 'uncounted'] : ['uncounted', 'counted'];
    for (const counting of order) {
      collectGarbage();
      const create = counting === 'counted' ? createMachine : uncounted;
      const sample = runVpcOnce(standardHost, compiled.module, args, create, {});
      samples.push({ ...sample, pair: index, counting });
      progress('vpc', program, index, pairs, sample.ms, ` (${counting})`);
    }
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
    !['js', 'vp', 'vpc', 'fuel'].includes(column) ||
    program === undefined ||
    !(Number.isInteger(runs) && runs > 0) ||
    !Object.hasOwn(tiers, tier) ||
    (column === 'vp' && program.vp === undefined)
  ) {
    process.stderr.write(
      `usage: node bench/worker.js js|vp|vpc|fuel PROGRAM RUNS [LABEL] [--tier=${Object.keys(tiers).join('|')}] | library\n` +
        '  (vp only for programs with a hand-written VP version; fuel: RUNS pairs of counting and not counting fuel)\n',
    );
    process.exit(2);
  }
  const time = { js: timeJs, vp: timeVp, vpc: timeVpc, fuel: timeFuel }[column];
  const timings = await time(program, runs);
  process.stdout.write(
    `${JSON.stringify({ column, tier: column === 'js' ? undefined : tier, program: program.name, ...timings })}\n`,
  );
}
