// The benchmark harness behind `npm run bench`: each program in native C (gcc -O2), plain JS, hand-written VP
// assembly in Tessera's interpreter and the same C compiled by Tessera's C compiler, run in the interpreter (VP C)
// and in the compiled tier (VP C jit); per column, one cold run in each of N fresh processes and N warm
// (steady-state) runs in one of them. Prints tables of medians and ratios, and checks every column's result,
// every run. --fuel-overhead instead times the compiled tier counting fuel against the same code counting none.
// Options: --runs N, --only fib,sieve, --tiers interp,jit, --fuel-overhead, --json FILE, --markdown FILE,
// --node-flags FLAGS. See bench/README.md.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { nameWidth, programs, tesseraLibraryCache } from './programs.js';
import { median } from './support.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cSourceDir = `${root}bench/c/`;
const outDir = `${root}bench/out/`;
const worker = `${root}bench/worker.js`;
const library = `${root}dist/src/index.js`;
const compiler = `${root}dist/src/cc/index.js`;
const compiledTier = `${root}dist/src/jit/index.js`;

/** The execution tiers the harness has columns for: the interpreter (VP, VP C) and the compiled tier (VP C jit). */
const allTiers = ['interp', 'jit'];

const usage = `usage: node bench/run.js [--runs N] [--only fib,sieve,...] [--tiers interp,jit] [--fuel-overhead]
                         [--json FILE] [--markdown FILE] [--node-flags FLAGS]
  --runs N         warm runs and cold processes per program and column (default 5); the table shows medians
  --only LIST      comma-separated programs to run (${programs.map((program) => program.name).join(', ')})
  --tiers LIST     the execution tiers whose columns run (default interp,jit): interp = VP and VP C,
                   jit = VP C jit (the compiled tier); C and JS always run
  --fuel-overhead  instead of the tables: what counting fuel costs the compiled tier: its code against the
                   same translation counting no fuel, N alternating pairs per program (warm medians)
  --json FILE      also write every sample, the environment and the table as JSON
  --markdown FILE  also write the table as Markdown
  --node-flags F   extra node flags for the JS, VP and VP C worker processes, space-separated
                   (e.g. --node-flags=--no-compilation-cache)`;

function fail(message) {
  process.stderr.write(`bench: ${message}\n${usage}\n`);
  process.exit(2);
}

function parseOptions(args) {
  const options = {
    runs: 5,
    only: undefined,
    tiers: allTiers,
    fuelOverhead: false,
    json: undefined,
    markdown: undefined,
    nodeFlags: [],
  };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    if (arg === '--fuel-overhead') {
      options.fuelOverhead = true;
      continue;
    }
    const match = /^--(runs|only|tiers|json|markdown|node-flags)(?:=(.*))?$/.exec(arg);
    if (match === null) fail(`unknown argument ${arg}`);
    const value = match[2] ?? args[++index];
    if (value === undefined || value === '') fail(`--${match[1]} needs a value`);
    if (match[1] === 'runs') {
      options.runs = Number(value);
      if (!Number.isInteger(options.runs) || options.runs < 1)
        fail(`--runs wants a positive integer, got ${value}`);
    } else if (match[1] === 'only') {
      options.only = value.split(',').filter((name) => name !== '');
      for (const name of options.only) {
        if (!programs.some((program) => program.name === name)) fail(`no program called ${name}`);
      }
    } else if (match[1] === 'tiers') {
      options.tiers = value.split(',').filter((name) => name !== '');
      for (const name of options.tiers) {
        if (!allTiers.includes(name)) fail(`no tier called ${name} (${allTiers.join(', ')})`);
      }
      if (options.tiers.length === 0) fail('--tiers needs at least one tier');
    } else if (match[1] === 'node-flags') {
      options.nodeFlags = value.split(/\s+/).filter((flag) => flag !== '');
    } else {
      options[match[1]] = value;
    }
  }
  return options;
}

function geometricMean(values) {
  return Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length);
}

function stripNewline(text) {
  return text.replace(/\r?\n$/, '');
}

/** The first line a command prints, or undefined when it cannot run. */
function firstLine(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', cwd: root });
  if (result.error !== undefined || result.status !== 0) return undefined;
  return result.stdout.split('\n')[0].trim();
}

/** Problems with the VP sources: their `(const ...)` sizes must be the sizes the C and JS versions get. */
function checkVpSizes(program) {
  if (program.vp === undefined) return [];
  const path = `${root}${program.vp}`;
  if (!existsSync(path)) return [`${program.vp} does not exist`];
  const text = readFileSync(path, 'utf8');
  const problems = [];
  program.consts.forEach((name, index) => {
    const match = new RegExp(`\\(const\\s+'${name}\\s+([^\\s)]+)\\)`).exec(text);
    if (match === null) problems.push(`${program.vp} has no (const '${name} ...)`);
    else if (Number(match[1]) !== program.args[index]) {
      problems.push(`${program.vp} sets ${name} = ${match[1]}, but C and JS run with ${program.args[index]}`);
    }
  });
  return problems;
}

/** Compiles every C program into bench/out/; returns the names built, or a reason the C column is skipped. */
function buildC() {
  const version = firstLine('gcc', ['--version']);
  if (version === undefined) return { skipped: 'gcc not found: the C column is skipped', built: new Set() };
  mkdirSync(outDir, { recursive: true });
  const built = new Set();
  for (const program of programs) {
    process.stderr.write(`building bench/out/${program.name} (gcc -O2)\n`);
    const result = spawnSync(
      'gcc',
      ['-O2', '-std=c11', '-o', `${outDir}${program.name}`, `${cSourceDir}${program.name}.c`, '-lm'],
      { encoding: 'utf8', cwd: root },
    );
    if (result.status === 0) built.add(program.name);
    else process.stderr.write(`gcc failed on bench/c/${program.name}.c:\n${result.stderr}\n`);
  }
  return { skipped: undefined, built, version };
}

function progress(program, column, which, text) {
  process.stderr.write(`  ${program.name.padEnd(nameWidth)} ${column.padEnd(3)} ${which}: ${text}\n`);
}

/**
 * Runs a compiled C program once, with its computation repeated `repeats` times inside the process. Returns
 * `processMs`, the wall time of the whole child process (start-up included), `computeMs`, the time of each
 * repetition as the program measured it (its `time_ns` lines on stderr), and `output`, its stdout.
 */
function runC(name, args, repeats) {
  const start = performance.now();
  const result = spawnSync(`${outDir}${name}`, [...args.map(String), String(repeats)], { encoding: 'utf8' });
  const processMs = performance.now() - start;
  if (result.error !== undefined) throw result.error;
  const computeMs = [];
  const otherStderr = [];
  for (const line of result.stderr.split('\n')) {
    const match = /^time_ns (\d+)$/.exec(line);
    if (match !== null) computeMs.push(Number(match[1]) / 1e6);
    else if (line !== '') otherStderr.push(line);
  }
  let output = stripNewline(result.stdout);
  if (result.status !== 0) {
    output = `exit ${result.status ?? result.signal}: ${output} ${otherStderr.join(' ')}`.trim();
  } else if (computeMs.length !== repeats) {
    output = `${output} (${computeMs.length} time_ns lines for ${repeats} repetitions)`;
  }
  return { processMs, computeMs, output };
}

/**
 * The C column: `runs` fresh processes computing once each (cold samples, with the whole-process time as
 * `processMs`), then one process computing `runs + 1` times, whose repetitions 2.. are the warm samples.
 */
function timeC(program, runs) {
  runC(program.name, program.args, 1); // untimed: pages the fresh binary in
  const coldSamples = [];
  for (let index = 0; index < runs; index++) {
    const { processMs, computeMs, output } = runC(program.name, program.args, 1);
    const ms = computeMs[0] ?? Number.NaN;
    coldSamples.push({ ms, processMs, output });
    progress(
      program,
      'c',
      `cold ${index + 1}/${runs}`,
      `${ms.toFixed(2)} ms (whole process ${processMs.toFixed(1)} ms)`,
    );
  }
  const { computeMs, output } = runC(program.name, program.args, runs + 1);
  const samples = computeMs.slice(1).map((ms) => ({ ms, output }));
  if (samples.length === 0) samples.push({ ms: Number.NaN, output });
  samples.forEach((sample, index) =>
    progress(program, 'c', `warm ${index + 1}/${runs}`, `${sample.ms.toFixed(2)} ms`),
  );
  return { samples, coldSamples };
}

/**
 * Runs worker.js (`args` after the script) in a fresh node process; returns the JSON object it prints last,
 * or `error`.
 */
function spawnWorker(args) {
  const result = spawnSync(process.execPath, ['--expose-gc', ...options.nodeFlags, worker, ...args], {
    encoding: 'utf8',
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error !== undefined) return { error: String(result.error) };
  const line = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !line.startsWith('{')) {
    return { error: `worker exited with ${result.status ?? result.signal}` };
  }
  return JSON.parse(line);
}

/**
 * Runs worker.js for the js, vp or vpc column in a fresh node process, so programs cannot pollute each other's
 * JIT; vp and vpc run on the execution tier `tier`. Returns its samples, run 1 (cold) first, or `unavailable`
 * (vpc: the program does not compile) or `error`.
 */
function runWorker(column, program, runs, label, tier) {
  const tierArgs = column === 'js' ? [] : [`--tier=${tier}`];
  const reply = spawnWorker([column, program.name, String(runs), label, ...tierArgs]);
  if (reply.error !== undefined || reply.unavailable !== undefined) return reply;
  return { samples: reply.samples, tier: reply.tier };
}

/** The C library compiled into the cache file the vpc workers read; `ms` is how long that took. */
function buildTesseraLibrary() {
  rmSync(`${root}${tesseraLibraryCache}`, { force: true });
  mkdirSync(outDir, { recursive: true });
  process.stderr.write(`compiling Tessera's C library into ${tesseraLibraryCache}\n`);
  const reply = spawnWorker(['library']);
  if (reply.error !== undefined) return { skipped: `the C library does not compile: ${reply.error}` };
  process.stderr.write(`  done in ${reply.ms.toFixed(0)} ms\n`);
  if (!reply.cached) {
    process.stderr.write(
      'bench: the compiler did not use the library cache; VP C compile times include it\n',
    );
  }
  return { ms: reply.ms, cached: reply.cached };
}

/**
 * The js, vp or vpc column: one worker runs the program `runs + 1` times (run 1 cold, runs 2.. the warm
 * samples), then `runs - 1` more fresh workers run it once each, so that there are `runs` cold samples too.
 * vp and vpc run on the execution tier `tier` (a key of `tiers` in worker.js: 'interp' or 'jit').
 */
function timeInWorkers(column, program, runs, tier = 'interp') {
  const first = runWorker(column, program, runs + 1, `1/${runs}`, tier);
  if (first.error !== undefined || first.unavailable !== undefined) return first;
  const coldSamples = [first.samples[0]];
  for (let index = 1; index < runs; index++) {
    const next = runWorker(column, program, 1, `${index + 1}/${runs}`, tier);
    if (next.error !== undefined) return next;
    coldSamples.push(next.samples[0]);
  }
  return { samples: first.samples.slice(1), coldSamples, tier: first.tier };
}

/** The median of one field of some samples. */
function medianOf(samples, field) {
  return median(samples.map((sample) => sample[field]));
}

/**
 * Adds the verdict and medians to a column's raw samples (warm: `samples`, cold: `coldSamples`). A column that
 * did not run is passed through with ok: false: `absent` (the program has no version for it), `skipped`,
 * `unavailable` or `error`.
 */
function summarize(program, timing) {
  if (
    timing.absent !== undefined ||
    timing.skipped !== undefined ||
    timing.error !== undefined ||
    timing.unavailable !== undefined
  ) {
    return { ...timing, ok: false };
  }
  const { samples, coldSamples } = timing;
  const wrong = [...coldSamples, ...samples].find((sample) => sample.output !== program.expected);
  const summary = {
    ok: wrong === undefined,
    output: (wrong ?? samples[0]).output,
    medianMs: medianOf(samples, 'ms'),
    // The fastest warm run: on a machine swinging between speeds, the run least slowed by others.
    fastestMs: Math.min(...samples.map((sample) => sample.ms)),
    coldMs: medianOf(coldSamples, 'ms'),
  };
  if (timing.tier !== undefined) summary.tier = timing.tier;
  if ('processMs' in coldSamples[0]) summary.processMs = medianOf(coldSamples, 'processMs');
  if ('wholeMs' in coldSamples[0]) {
    summary.compileMs = medianOf(coldSamples, 'compileMs');
    summary.wholeMs = medianOf(coldSamples, 'wholeMs');
  }
  if ('machineMs' in samples[0]) summary.medianMachineMs = medianOf(samples, 'machineMs');
  if ('translateMs' in samples[0]) {
    // The compiled tier: what attachCompiledTier did for each new Machine, cold (a fresh process, the
    // translator's own JS not yet optimised by V8) and warm (a cached module: instantiate only; translate
    // measured apart). MB/s = bytes of VP text / translate time.
    for (const field of ['attachMs', 'translateMs', 'instantiateMs']) {
      const name = field[0].toUpperCase() + field.slice(1);
      summary[`median${name}`] = medianOf(samples, field);
      summary[`cold${name}`] = medianOf(coldSamples, field);
    }
    for (const field of ['textBytes', 'wasmBytes', 'functions', 'blocks']) summary[field] = samples[0][field];
    summary.translateMBps = summary.textBytes / summary.medianTranslateMs / 1000;
    summary.coldTranslateMBps = summary.textBytes / summary.coldTranslateMs / 1000;
  }
  if ('runMs' in samples[0]) {
    summary.medianCreateMs = medianOf(samples, 'createMs');
    summary.medianRunMs = medianOf(samples, 'runMs');
    summary.coldCreateMs = medianOf(coldSamples, 'createMs');
    summary.coldRunMs = medianOf(coldSamples, 'runMs');
    summary.fuelUsed = medianOf(samples, 'fuelUsed');
    summary.minsnPerSecond = summary.fuelUsed / summary.medianRunMs / 1000;
    if ('instructions' in samples[0]) summary.instructions = medianOf(samples, 'instructions');
  }
  return { ...summary, samples, coldSamples };
}

function ratio(numerator, denominator, field = 'medianMs') {
  return numerator.ok && denominator.ok ? numerator[field] / denominator[field] : undefined;
}

function formatMs(column, field = 'medianMs') {
  if (column.absent !== undefined) return '-';
  if (column.skipped !== undefined) return 'skipped';
  if (column.unavailable !== undefined) return 'n/a';
  if (column.error !== undefined) return 'ERROR';
  if (!column.ok) return 'WRONG';
  const ms = column[field];
  return ms.toFixed(ms < 10 ? 2 : 1);
}

function formatRatio(value) {
  if (value === undefined) return '-';
  return `${value.toFixed(value < 10 ? 2 : 1)}x`;
}

/** A column's steady-state speed in millions of VP instructions (fuel) per second, or '-'. */
function formatSpeed(column) {
  return column.ok && column.minsnPerSecond !== undefined ? column.minsnPerSecond.toFixed(0) : '-';
}

/** Millions of VP instructions executed, or '-'. */
function formatInstructions(column) {
  return column.ok && column.instructions !== undefined ? (column.instructions / 1e6).toFixed(1) : '-';
}

/**
 * The main table: each column is a header with either `cell` (a row's text) or `ratio` (a key of
 * `row.ratios`, which also gets a geometric mean); `tiers` lists the execution tiers it needs (it is left out
 * unless --tiers selects all of them).
 */
const mainTable = [
  { header: 'program', cell: (row) => row.name },
  { header: 'C ms', cell: (row) => formatMs(row.columns.c) },
  { header: 'JS ms', cell: (row) => formatMs(row.columns.js) },
  { header: 'VP ms', cell: (row) => formatMs(row.columns.vp), tiers: ['interp'] },
  { header: 'VP C ms', cell: (row) => formatMs(row.columns.vpc), tiers: ['interp'] },
  { header: 'VP C jit ms', cell: (row) => formatMs(row.columns.jit), tiers: ['jit'] },
  { header: 'VP cold ms', cell: (row) => formatMs(row.columns.vp, 'coldMs'), tiers: ['interp'] },
  { header: 'VP C whole ms', cell: (row) => formatMs(row.columns.vpc, 'wholeMs'), tiers: ['interp'] },
  { header: 'jit whole ms', cell: (row) => formatMs(row.columns.jit, 'wholeMs'), tiers: ['jit'] },
  {
    header: 'cc ms',
    cell: (row) => formatMs(row.columns.vpc.ok ? row.columns.vpc : row.columns.jit, 'compileMs'),
  },
  { header: 'interp/C', ratio: 'interpOverC', tiers: ['interp'] },
  { header: 'interp/JS', ratio: 'interpOverJs', tiers: ['interp'] },
  { header: 'JS/C', ratio: 'jsOverC' },
  { header: 'VP C/C', ratio: 'vpcOverC', tiers: ['interp'] },
  { header: 'VP C/JS', ratio: 'vpcOverJs', tiers: ['interp'] },
  { header: 'VP C/VP', ratio: 'vpcOverVp', tiers: ['interp'] },
  { header: 'jit/C', ratio: 'jitOverC', tiers: ['jit'] },
  { header: 'jit/JS', ratio: 'jitOverJs', tiers: ['jit'] },
  { header: 'jit/interp', ratio: 'jitOverInterp', tiers: ['interp', 'jit'] },
  { header: 'VP Minsn/s', cell: (row) => formatSpeed(row.columns.vp), tiers: ['interp'] },
];

/** A number with `digits` decimals, or '-' when the column did not run or was wrong. */
function formatField(column, field, digits = 1, scale = 1) {
  return column.ok && column[field] !== undefined ? (column[field] / scale).toFixed(digits) : '-';
}

/** The third table: the compiled tier's compile (translate + instantiate, per new Machine) and speed. */
const jitTable = [
  { header: 'program', cell: (row) => row.name },
  { header: 'VP C jit ms', cell: (row) => formatMs(row.columns.jit) },
  { header: 'jit cold ms', cell: (row) => formatMs(row.columns.jit, 'coldMs') },
  { header: 'jit machine ms', cell: (row) => formatMs(row.columns.jit, 'medianMachineMs') },
  { header: 'text KB', cell: (row) => formatField(row.columns.jit, 'textBytes', 1, 1024) },
  { header: 'Wasm KB', cell: (row) => formatField(row.columns.jit, 'wasmBytes', 1, 1024) },
  { header: 'functions', cell: (row) => formatField(row.columns.jit, 'functions', 0) },
  { header: 'blocks', cell: (row) => formatField(row.columns.jit, 'blocks', 0) },
  { header: 'translate cold ms', cell: (row) => formatField(row.columns.jit, 'coldTranslateMs') },
  { header: 'translate ms', cell: (row) => formatField(row.columns.jit, 'medianTranslateMs') },
  { header: 'instantiate cold ms', cell: (row) => formatField(row.columns.jit, 'coldInstantiateMs') },
  { header: 'instantiate ms', cell: (row) => formatField(row.columns.jit, 'medianInstantiateMs') },
  { header: 'MB/s cold', cell: (row) => formatField(row.columns.jit, 'coldTranslateMBps', 2) },
  { header: 'MB/s', cell: (row) => formatField(row.columns.jit, 'translateMBps', 2) },
  { header: 'jit Minsn/s', cell: (row) => formatSpeed(row.columns.jit) },
];

/** The second table: Tessera-compiled C against the hand-written VP assembly, instruction by instruction. */
const vpcTable = [
  { header: 'program', cell: (row) => row.name },
  { header: 'VP Minsn', cell: (row) => formatInstructions(row.columns.vp) },
  { header: 'VP C Minsn', cell: (row) => formatInstructions(row.columns.vpc) },
  { header: 'VP C/VP insns', ratio: 'vpcOverVpInstructions' },
  { header: 'VP Minsn/s', cell: (row) => formatSpeed(row.columns.vp) },
  { header: 'VP C Minsn/s', cell: (row) => formatSpeed(row.columns.vpc) },
  { header: 'VP ms', cell: (row) => formatMs(row.columns.vp) },
  { header: 'VP C machine ms', cell: (row) => formatMs(row.columns.vpc, 'medianMachineMs') },
  { header: 'machine VP C/VP', ratio: 'vpcMachineOverVp' },
];

/** A table as rows of cells, header first, with a geomean row under the ratio columns. */
function tableCells(columns, rows, geomeans) {
  const cells = [columns.map((column) => column.header)];
  for (const row of rows) {
    cells.push(
      columns.map((column) =>
        column.ratio !== undefined ? formatRatio(row.ratios[column.ratio]) : column.cell(row),
      ),
    );
  }
  if (rows.length > 1 && columns.some((column) => column.ratio !== undefined)) {
    cells.push(
      columns.map((column, index) => {
        if (index === 0) return 'geomean';
        if (column.ratio === undefined) return '';
        const { value, count } = geomeans[column.ratio];
        if (value === undefined) return '-';
        return count < rows.length ? `${formatRatio(value)} (${count}/${rows.length})` : formatRatio(value);
      }),
    );
  }
  return cells;
}

function textTable(cells) {
  const widths = cells[0].map((_, index) => Math.max(...cells.map((row) => row[index].length)));
  const line = (row) =>
    row.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index])));
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const body = cells.slice(1).map((row) => line(row).join('  '));
  if (cells.length > 2 && cells[cells.length - 1][0] === 'geomean') body.splice(body.length - 1, 0, rule);
  return [line(cells[0]).join('  '), rule, ...body].join('\n');
}

function markdownTable(cells) {
  const row = (cellsOfRow) => `| ${cellsOfRow.join(' | ')} |`;
  const align = cells[0].map((_, index) => (index === 0 ? '---' : '---:'));
  return [row(cells[0]), row(align), ...cells.slice(1).map(row)].join('\n');
}

/** Whether --tiers selects every tier a table column needs. */
function hasTiers(column) {
  return (column.tiers ?? []).every((tier) => options.tiers.includes(tier));
}

/** A geomean as text, with (k/n) when it is over fewer than all n programs, or '-'. */
function formatGeomean(key, count) {
  const geomean = geomeans[key];
  if (geomean === undefined || geomean.value === undefined) return '-';
  return geomean.count < count
    ? `${formatRatio(geomean.value)} (${geomean.count}/${count})`
    : formatRatio(geomean.value);
}

const options = parseOptions(process.argv.slice(2));
const selected = programs.filter(
  (program) => options.only === undefined || options.only.includes(program.name),
);
const problems = [];
/** The geometric mean of each ratio over the programs that have it: `{ value, count }` per key of row.ratios. */
const geomeans = {};

const gccVersion = firstLine('gcc', ['--version']);
const gitCommit = firstLine('git', ['rev-parse', '--short', 'HEAD']);
const gitDirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'examples', 'bench'], {
  encoding: 'utf8',
  cwd: root,
}).stdout;
const environment = {
  date: new Date().toISOString(),
  node: process.version,
  gcc: gccVersion ?? null,
  cpu: `${os.cpus()[0]?.model ?? 'unknown'} (${os.cpus().length} logical)`,
  commit: gitCommit === undefined ? null : `${gitCommit}${gitDirty ? ' + uncommitted changes' : ''}`,
  nodeFlags: options.nodeFlags.join(' '),
  tiers: options.tiers.join(','),
};
const heading = `tessera bench: ${environment.date}, node ${environment.node}, ${environment.gcc ?? 'no gcc'}, ${environment.cpu}, ${environment.commit ?? 'no git'}${
  options.nodeFlags.length > 0 ? `, workers run with ${environment.nodeFlags}` : ''
}`;

for (const program of selected) problems.push(...checkVpSizes(program));
const vpSkipped = existsSync(library)
  ? undefined
  : `${library} is missing: build first (npm run bench builds)`;
if (vpSkipped !== undefined) process.stderr.write(`bench: ${vpSkipped}; the VP column is skipped\n`);
const notSelected = (tier) => `tier ${tier} not selected (--tiers ${options.tiers.join(',')})`;
const needInterp = options.tiers.includes('interp') && !options.fuelOverhead;
const needJit = options.tiers.includes('jit') || options.fuelOverhead;
let vpcSkipped =
  vpSkipped ??
  (existsSync(compiler) ? undefined : `${compiler} is missing: build first (npm run bench builds)`);
let jitSkipped =
  vpcSkipped ??
  (existsSync(compiledTier) ? undefined : `${compiledTier} is missing: build first (npm run bench builds)`);
const tesseraLibrary =
  (vpcSkipped === undefined && needInterp) || (jitSkipped === undefined && needJit)
    ? buildTesseraLibrary()
    : { skipped: vpcSkipped };
vpcSkipped ??= tesseraLibrary.skipped;
jitSkipped ??= tesseraLibrary.skipped;
if (vpcSkipped !== undefined) process.stderr.write(`bench: ${vpcSkipped}; the VP C column is skipped\n`);
if (jitSkipped !== undefined) process.stderr.write(`bench: ${jitSkipped}; the VP C jit column is skipped\n`);

/**
 * --fuel-overhead: per program, one jit worker runs the compiled C in runs + 1 alternating pairs of the compiled
 * tier as it is (counting fuel) and translated with `countFuel: false`; pair 1 is cold and dropped, the table
 * shows warm medians.
 */
function measureFuelOverhead() {
  const fuelRows = [];
  for (const [index, program] of selected.entries()) {
    process.stderr.write(`[${index + 1}/${selected.length}] ${program.name}: ${program.about}\n`);
    const reply =
      jitSkipped === undefined
        ? spawnWorker(['fuel', program.name, String(options.runs + 1), 'pair 1', '--tier=jit'])
        : { skipped: jitSkipped };
    const columns = {};
    if (reply.samples === undefined) {
      columns.counted = { ...reply, ok: false };
      columns.uncounted = columns.counted;
      if (reply.error !== undefined) problems.push(`ERROR: ${program.name}/fuel: ${reply.error}`);
    } else {
      for (const counting of ['counted', 'uncounted']) {
        const samples = reply.samples.filter((sample) => sample.counting === counting);
        columns[counting] = summarize(program, {
          samples: samples.slice(1),
          coldSamples: samples.slice(0, 1),
        });
        if (!columns[counting].ok) {
          problems.push(
            `MISMATCH: ${program.name}/jit ${counting} produced ${JSON.stringify(columns[counting].output)}, expected ${JSON.stringify(program.expected)}`,
          );
        }
      }
    }
    fuelRows.push({
      name: program.name,
      columns,
      ratios: {
        countedOverUncounted: ratio(columns.counted, columns.uncounted),
        countedOverUncountedFastest: ratio(columns.counted, columns.uncounted, 'fastestMs'),
      },
    });
  }
  for (const key of Object.keys(fuelRows[0]?.ratios ?? {})) {
    const values = fuelRows.map((row) => row.ratios[key]).filter((value) => value !== undefined);
    geomeans[key] = { value: values.length > 0 ? geometricMean(values) : undefined, count: values.length };
  }
  const fuelTable = [
    { header: 'program', cell: (row) => row.name },
    { header: 'counting ms', cell: (row) => formatMs(row.columns.counted) },
    { header: 'not counting ms', cell: (row) => formatMs(row.columns.uncounted) },
    { header: 'counting/not', ratio: 'countedOverUncounted' },
    { header: 'fastest counting/not', ratio: 'countedOverUncountedFastest' },
    { header: 'Minsn', cell: (row) => formatInstructions(row.columns.counted) },
    { header: 'jit Minsn/s', cell: (row) => formatSpeed(row.columns.counted) },
  ];
  const cells = tableCells(fuelTable, fuelRows, geomeans);
  const warmPairs = options.runs === 1 ? 'pair 2' : `pairs 2-${options.runs + 1}`;
  const fuelNotes = [
    `The compiled tier (VP C jit) as it is, counting fuel, against the same translation with countFuel: false ` +
      `(no fuel counted or checked), both run() with unlimited fuel, alternating in one process per program; ` +
      `milliseconds of the computation as the program times it, medians of ${warmPairs} (pair 1 is cold); ` +
      'fastest counting/not: the fastest warm run of each (less swayed by a machine swinging between speeds). ' +
      "Each run is a new Machine; the compiled code's fuel chunks (small at first) grow over the runs. " +
      'Minsn and Minsn/s are the counting runs. The target (issue 4): counting costs at most 5%.',
  ];
  const banner = problems.length > 0 ? ['', '!'.repeat(72), ...problems, '!'.repeat(72)] : [];
  process.stdout.write(
    `\n${heading}\n\n${textTable(cells)}\n\n${fuelNotes.join('\n')}\n${banner.join('\n')}\n`,
  );
  if (options.markdown !== undefined) {
    const markdown = [
      '# Tessera benchmarks: fuel metering in the compiled tier',
      '',
      heading.replace(/^tessera bench: /, ''),
      '',
      markdownTable(cells),
      '',
      ...fuelNotes.map((note) => `- ${note}`),
      ...(problems.length > 0
        ? ['', '## Problems', '', ...problems.map((problem) => `- **${problem}**`)]
        : []),
      '',
    ].join('\n');
    writeFileSync(options.markdown, markdown);
    process.stderr.write(`wrote ${options.markdown}\n`);
  }
  if (options.json !== undefined) {
    const report = { environment, runs: options.runs, problems, fuelOverhead: fuelRows, geomeans };
    writeFileSync(options.json, `${JSON.stringify(report, (_, value) => value ?? null, 2)}\n`);
    process.stderr.write(`wrote ${options.json}\n`);
  }
  process.exitCode = problems.length > 0 ? 1 : 0;
}

/** The main run: every selected program in every column, then the tables. */
function benchTables() {
  const c = buildC();
  if (c.skipped !== undefined) process.stderr.write(`bench: ${c.skipped}\n`);
  let cStartupMs;
  if (c.built.has('fib')) {
    // fib(0) returns at once: what is left is the cost of starting and waiting for a process.
    cStartupMs = median(
      Array.from({ length: Math.max(options.runs, 5) }, () => runC('fib', [0], 1).processMs),
    );
  }

  const rows = [];
  for (const [index, program] of selected.entries()) {
    process.stderr.write(`[${index + 1}/${selected.length}] ${program.name}: ${program.about}\n`);
    const cTiming = c.built.has(program.name)
      ? timeC(program, options.runs)
      : { skipped: c.skipped ?? 'the C program did not build' };
    const jsTiming = timeInWorkers('js', program, options.runs);
    let vpTiming = { skipped: vpSkipped };
    if (!options.tiers.includes('interp')) vpTiming = { skipped: notSelected('interp') };
    else if (program.vp === undefined) vpTiming = { absent: 'no hand-written VP version' };
    else if (vpSkipped === undefined) vpTiming = timeInWorkers('vp', program, options.runs, 'interp');
    // Each execution tier's column runs the same compiled C the same way, on its tier (a key of `tiers` in
    // worker.js).
    let vpcTiming = { skipped: vpcSkipped };
    if (!options.tiers.includes('interp')) vpcTiming = { skipped: notSelected('interp') };
    else if (vpcSkipped === undefined) vpcTiming = timeInWorkers('vpc', program, options.runs, 'interp');
    let jitTiming = { skipped: jitSkipped };
    if (!options.tiers.includes('jit')) jitTiming = { skipped: notSelected('jit') };
    else if (jitSkipped === undefined) jitTiming = timeInWorkers('vpc', program, options.runs, 'jit');
    const columns = {
      c: summarize(program, cTiming),
      js: summarize(program, jsTiming),
      vp: summarize(program, vpTiming),
      vpc: summarize(program, vpcTiming),
      jit: summarize(program, jitTiming),
    };
    for (const [column, summary] of Object.entries(columns)) {
      if (summary.error !== undefined) problems.push(`ERROR: ${program.name}/${column}: ${summary.error}`);
      else if (
        summary.absent === undefined &&
        summary.skipped === undefined &&
        summary.unavailable === undefined &&
        !summary.ok
      ) {
        problems.push(
          `MISMATCH: ${program.name}/${column} produced ${JSON.stringify(summary.output)}, expected ${JSON.stringify(program.expected)}`,
        );
      }
    }
    const ratios = {
      interpOverC: ratio(columns.vp, columns.c),
      interpOverJs: ratio(columns.vp, columns.js),
      jsOverC: ratio(columns.js, columns.c),
      vpcOverC: ratio(columns.vpc, columns.c),
      vpcOverJs: ratio(columns.vpc, columns.js),
      vpcOverVp: ratio(columns.vpc, columns.vp),
      jitOverC: ratio(columns.jit, columns.c),
      jitOverJs: ratio(columns.jit, columns.js),
      jitOverInterp: ratio(columns.jit, columns.vpc),
      jitOverCFastest: ratio(columns.jit, columns.c, 'fastestMs'),
      jitOverJsFastest: ratio(columns.jit, columns.js, 'fastestMs'),
      vpcOverCFastest: ratio(columns.vpc, columns.c, 'fastestMs'),
      vpcOverVpInstructions: ratio(columns.vpc, columns.vp, 'instructions'),
      vpcMachineOverVp:
        columns.vpc.ok && columns.vp.ok ? columns.vpc.medianMachineMs / columns.vp.medianMs : undefined,
    };
    rows.push({
      name: program.name,
      about: program.about,
      expected: program.expected,
      cProcessMs: columns.c.processMs,
      columns,
      ratios,
    });
  }

  for (const key of Object.keys(rows[0]?.ratios ?? {})) {
    const values = rows.map((row) => row.ratios[key]).filter((value) => value !== undefined);
    geomeans[key] = { value: values.length > 0 ? geometricMean(values) : undefined, count: values.length };
  }

  const cells = tableCells(mainTable.filter(hasTiers), rows, geomeans);
  const showVpc = vpcSkipped === undefined && vpSkipped === undefined && options.tiers.includes('interp');
  const vpcCells = showVpc ? tableCells(vpcTable, rows, geomeans) : undefined;
  const showJit = jitSkipped === undefined && options.tiers.includes('jit');
  const jitCells = showJit ? tableCells(jitTable, rows, geomeans) : undefined;
  const processTimes = rows
    .filter((row) => row.cProcessMs !== undefined)
    .map((row) => `${row.name} ${row.cProcessMs.toFixed(1)}`);
  const machineOverhead = rows
    .filter((row) => row.columns.vpc.ok)
    .map((row) => `${row.name} ${(row.columns.vpc.medianMachineMs - row.columns.vpc.medianMs).toFixed(1)}`);
  const unavailable = rows
    .flatMap((row) => [
      [row, 'VP C', row.columns.vpc],
      [row, 'VP C jit', row.columns.jit],
    ])
    .filter(([, , column]) => column.unavailable !== undefined)
    .map(
      ([row, name, column]) =>
        `${name} n/a for ${row.name}: Tessera does not compile it yet: ${column.unavailable}`,
    );
  const warmRuns = options.runs === 1 ? 'run 2' : `runs 2-${options.runs + 1}`;
  const coldRuns = options.runs === 1 ? 'one process' : `${options.runs} processes`;

  /** `value` as text and whether it is at most `target` (a ratio), for the targets line. */
  function againstTarget(key, target, wanted) {
    const { value } = geomeans[key] ?? {};
    if (value === undefined) return `- (${wanted})`;
    return `${formatGeomean(key, rows.length)} (${wanted}: ${value <= target ? 'met' : 'not met'})`;
  }

  /** The median over programs of one field of the jit column, formatted, or '-'. */
  function jitMedian(field, digits) {
    const values = rows.filter((row) => row.columns.jit.ok).map((row) => row.columns.jit[field]);
    return values.length > 0 ? median(values).toFixed(digits) : '-';
  }

  const summary = [];
  if (showJit) {
    summary.push(
      `Targets (geomeans of steady-state ratios): compiled tier / C ${againstTarget('jitOverC', 2, 'target 2x')}, ` +
        `compiled tier / JS ${againstTarget('jitOverJs', 1, 'target below 1x')}` +
        (options.tiers.includes('interp')
          ? `, interpreter (VP C) / C ${againstTarget('vpcOverC', 20, 'target 20x')}; ` +
            `compiled tier / interpreter ${formatGeomean('jitOverInterp', rows.length)}.`
          : '.'),
      `The same from each column's fastest warm run (less swayed by a machine swinging between speeds): ` +
        `compiled tier / C ${formatGeomean('jitOverCFastest', rows.length)}, compiled tier / JS ` +
        `${formatGeomean('jitOverJsFastest', rows.length)}` +
        (options.tiers.includes('interp')
          ? `, interpreter (VP C) / C ${formatGeomean('vpcOverCFastest', rows.length)}.`
          : '.'),
      `Translation (VP text to Wasm bytes, once per program; warm: translated again, untimed, in later runs), median over programs: ${jitMedian('translateMBps', 2)} ` +
        `MB/s warm, ${jitMedian('coldTranslateMBps', 2)} MB/s cold (the first in a fresh process); translate ` +
        `${jitMedian('medianTranslateMs', 1)} ms warm, ${jitMedian('coldTranslateMs', 1)} ms cold; instantiate ` +
        `${jitMedian('medianInstantiateMs', 1)} ms warm, ${jitMedian('coldInstantiateMs', 1)} ms cold.`,
    );
  } else if (options.tiers.includes('interp')) {
    summary.push(`Target: interpreter (VP C) / C geomean ${againstTarget('vpcOverC', 20, 'target 20x')}.`);
  }

  const interp = options.tiers.includes('interp');
  const jit = options.tiers.includes('jit');
  const notes = [
    `Milliseconds, medians. ${interp ? 'C, JS, VP, VP C' : 'C, JS'}${jit ? ', VP C jit' : ''} ms: steady state, ` +
      `${warmRuns} of one process. ` +
      (interp
        ? `VP cold ms: new Machine + first run() in a fresh process, ${coldRuns}. VP C whole ms: compile + ` +
          `new Machine + first run() in a fresh process, ${coldRuns}; `
        : '') +
      (jit
        ? `jit whole ms: compile + new Machine + translate + instantiate + first run() in a fresh process, ${coldRuns}; `
        : '') +
      'cc ms: the C compile alone.',
    'C: gcc -O2, only the computation, timed by the program itself (clock_gettime, CLOCK_MONOTONIC).' +
      (interp ? ' VP ms = new Machine + run().' : ''),
    c.skipped !== undefined
      ? `C: ${c.skipped}.`
      : `Whole C process, start-up included (cProcessMs): ${processTimes.join(', ') || '-'}` +
        (cStartupMs === undefined ? '.' : `; start-up alone (fib 0): ${cStartupMs.toFixed(1)}.`),
  ];
  if (options.tiers.includes('interp')) {
    notes.push(
      vpcSkipped !== undefined
        ? `VP C: ${vpcSkipped}.`
        : 'VP C: the same bench/c/*.c compiled by Tessera and run in the interpreter (a new Machine per run); ' +
            "VP C ms is the computation as the program times it (the C library's clock(), microseconds), the " +
            `region C ms covers. New Machine + run() took this much longer: ${machineOverhead.join(', ') || '-'}. ` +
            `cc ms reads the C library from a cache compiled at the start (${
              tesseraLibrary.cached
                ? `${tesseraLibrary.ms.toFixed(0)} ms`
                : 'not used: cc ms includes the library'
            }), as tessera run does.`,
    );
  }
  if (options.tiers.includes('jit')) {
    notes.push(
      jitSkipped !== undefined
        ? `VP C jit: ${jitSkipped}.`
        : 'VP C jit: the same Tessera-compiled C module as VP C, run in the compiled tier: each run makes a new ' +
            'Machine and attaches the compiled tier (attachCompiledTier), then run(); the first run of a process ' +
            'translates the VP text to WebAssembly and compiles it, later runs reuse that compiled module (the ' +
            "compiled tier's cache per module and layout, as a service running one program again would), so the " +
            "steady state runs the code V8 has optimised, as the JS column's does; jit cold ms is the first run. " +
            'VP C jit ms is the computation as the program times it, as VP C ms; the compile is outside it (in ' +
            'jit whole ms, and in the compiled-tier table). jit/C, jit/JS: VP C jit ms over C ms and JS ms; ' +
            'jit/interp: over VP C ms (below 1x: the compiled tier is faster).',
    );
  }
  notes.push(
    'Ratios use the steady-state medians. VP Minsn/s = fuelUsed / steady-state run() time. Each geomean is ' +
      'over the programs that have both of its columns; (k/n) marks one over k of the n programs, so geomeans ' +
      'with different k are over different programs.',
  );
  if (options.tiers.includes('interp')) {
    notes.push(
      `VP -: the program has no hand-written VP version (${
        programs
          .filter((program) => program.vp !== undefined)
          .map((program) => program.name)
          .join(', ') || 'none'
      } have one).`,
    );
  }
  notes.push(
    'WRONG = a run printed a different result than expected (no ratio); skipped/ERROR: see the messages; ' +
      'n/a: see below.',
    ...unavailable,
  );
  const vpcNotes = [
    'Tessera-compiled C against the hand-written VP assembly, whole programs (the C start-up and printing ' +
      'included): Minsn = millions of instructions executed (fuel, less host calls and bulk memory), ' +
      'Minsn/s = fuelUsed / run() time, VP C machine ms = new Machine + run(), as VP ms.',
  ];
  const jitNotes = [
    `The compiled tier, per program: VP C jit ms (steady state) and jit cold ms (the first run's computation in ` +
      `a fresh process, ${coldRuns}: V8 compiles the Wasm with its baseline compiler first and optimises it ` +
      'while it runs); jit machine ms = new Machine + instantiate (the cached module) + run(), steady state. text KB: the ' +
      "module's VP text (code and read-only data, the C library's included) that is translated; Wasm KB: the " +
      'module it becomes; functions and blocks translated. translate ms: VP to Wasm bytes (in JS); instantiate ' +
      "ms: V8's new WebAssembly.Module + Instance (steady state: the Instance of the cached module); cold = the " +
      'first in a fresh process, else steady state. ' +
      'MB/s = text bytes / translate ms. jit Minsn/s = fuelUsed / run() time, steady state.',
  ];
  const banner = problems.length > 0 ? ['', '!'.repeat(72), ...problems, '!'.repeat(72)] : [];

  const summaryText = summary.length > 0 ? `${summary.join('\n')}\n\n` : '';
  const vpcText = vpcCells === undefined ? '' : `\n${textTable(vpcCells)}\n\n${vpcNotes.join('\n')}\n`;
  const jitText = jitCells === undefined ? '' : `\n${textTable(jitCells)}\n\n${jitNotes.join('\n')}\n`;
  process.stdout.write(
    `\n${heading}\n\n${textTable(cells)}\n\n${summaryText}${notes.join('\n')}\n${jitText}${vpcText}${banner.join('\n')}\n`,
  );

  if (options.markdown !== undefined) {
    const problemLines = problems.map((problem) => `- **${problem}**`);
    const section = (title, sectionCells, sectionNotes) =>
      sectionCells === undefined
        ? []
        : [
            '',
            `## ${title}`,
            '',
            markdownTable(sectionCells),
            '',
            ...sectionNotes.map((note) => `- ${note}`),
          ];
    const markdown = [
      '# Tessera benchmarks',
      '',
      heading.replace(/^tessera bench: /, ''),
      '',
      markdownTable(cells),
      '',
      ...summary.map((line) => `**${line}**\n`),
      ...notes.map((note) => `- ${note.replaceAll('\n', ' ')}`),
      ...section('The compiled tier', jitCells, jitNotes),
      ...section('VP C against VP', vpcCells, vpcNotes),
      ...(problemLines.length > 0 ? ['', '## Problems', '', ...problemLines] : []),
      '',
    ].join('\n');
    writeFileSync(options.markdown, markdown);
    process.stderr.write(`wrote ${options.markdown}\n`);
  }
  if (options.json !== undefined) {
    const report = {
      environment,
      runs: options.runs,
      cStartupMs: cStartupMs ?? null,
      tesseraLibraryMs: tesseraLibrary.ms ?? null,
      tesseraLibraryCached: tesseraLibrary.cached ?? null,
      problems,
      rows,
      geomeans,
      summary,
    };
    writeFileSync(options.json, `${JSON.stringify(report, (_, value) => value ?? null, 2)}\n`);
    process.stderr.write(`wrote ${options.json}\n`);
  }
  process.exitCode = problems.length > 0 ? 1 : 0;
}

if (options.fuelOverhead) measureFuelOverhead();
else benchTables();
