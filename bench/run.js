// The benchmark harness behind `npm run bench`: each program in native C (gcc -O2), plain JS, hand-written VP
// assembly in Tessera's interpreter and the same C compiled by Tessera's C compiler (VP C); per column, one cold
// run in each of N fresh processes and N warm (steady-state) runs in one of them. Prints tables of medians and
// ratios, and checks every column's result, every run.
// Options: --runs N, --only fib,sieve, --json FILE, --markdown FILE, --node-flags FLAGS. See bench/README.md.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { nameWidth, programs, tesseraLibraryCache } from './programs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cSourceDir = `${root}bench/c/`;
const outDir = `${root}bench/out/`;
const worker = `${root}bench/worker.js`;
const library = `${root}dist/src/index.js`;
const compiler = `${root}dist/src/cc/index.js`;

const usage = `usage: node bench/run.js [--runs N] [--only fib,sieve,...] [--json FILE] [--markdown FILE]
                         [--node-flags FLAGS]
  --runs N         warm runs and cold processes per program and column (default 5); the table shows medians
  --only LIST      comma-separated programs to run (${programs.map((program) => program.name).join(', ')})
  --json FILE      also write every sample, the environment and the table as JSON
  --markdown FILE  also write the table as Markdown
  --node-flags F   extra node flags for the JS, VP and VP C worker processes, space-separated
                   (e.g. --node-flags=--no-compilation-cache)`;

function fail(message) {
  process.stderr.write(`bench: ${message}\n${usage}\n`);
  process.exit(2);
}

function parseOptions(args) {
  const options = { runs: 5, only: undefined, json: undefined, markdown: undefined, nodeFlags: [] };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    const match = /^--(runs|only|json|markdown|node-flags)(?:=(.*))?$/.exec(arg);
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
    } else if (match[1] === 'node-flags') {
      options.nodeFlags = value.split(/\s+/).filter((flag) => flag !== '');
    } else {
      options[match[1]] = value;
    }
  }
  return options;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
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
 * vp and vpc run on the execution tier `tier` (worker.js lists them; only 'interp' so far).
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
    coldMs: medianOf(coldSamples, 'ms'),
  };
  if (timing.tier !== undefined) summary.tier = timing.tier;
  if ('processMs' in coldSamples[0]) summary.processMs = medianOf(coldSamples, 'processMs');
  if ('wholeMs' in coldSamples[0]) {
    summary.compileMs = medianOf(coldSamples, 'compileMs');
    summary.wholeMs = medianOf(coldSamples, 'wholeMs');
    summary.medianMachineMs = medianOf(samples, 'machineMs');
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
  return column.ok ? column.minsnPerSecond.toFixed(0) : '-';
}

/** Millions of VP instructions executed, or '-'. */
function formatInstructions(column) {
  return column.ok && column.instructions !== undefined ? (column.instructions / 1e6).toFixed(1) : '-';
}

/**
 * The main table: each column is a header with either `cell` (a row's text) or `ratio` (a key of
 * `row.ratios`, which also gets a geometric mean).
 */
const mainTable = [
  { header: 'program', cell: (row) => row.name },
  { header: 'C ms', cell: (row) => formatMs(row.columns.c) },
  { header: 'JS ms', cell: (row) => formatMs(row.columns.js) },
  { header: 'VP ms', cell: (row) => formatMs(row.columns.vp) },
  { header: 'VP C ms', cell: (row) => formatMs(row.columns.vpc) },
  { header: 'VP cold ms', cell: (row) => formatMs(row.columns.vp, 'coldMs') },
  { header: 'VP C whole ms', cell: (row) => formatMs(row.columns.vpc, 'wholeMs') },
  { header: 'cc ms', cell: (row) => formatMs(row.columns.vpc, 'compileMs') },
  { header: 'interp/C', ratio: 'interpOverC' },
  { header: 'interp/JS', ratio: 'interpOverJs' },
  { header: 'JS/C', ratio: 'jsOverC' },
  { header: 'VP C/C', ratio: 'vpcOverC' },
  { header: 'VP C/JS', ratio: 'vpcOverJs' },
  { header: 'VP C/VP', ratio: 'vpcOverVp' },
  { header: 'VP Minsn/s', cell: (row) => formatSpeed(row.columns.vp) },
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
  if (rows.length > 1) {
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

const options = parseOptions(process.argv.slice(2));
const selected = programs.filter(
  (program) => options.only === undefined || options.only.includes(program.name),
);
const problems = [];

for (const program of selected) problems.push(...checkVpSizes(program));
const vpSkipped = existsSync(library)
  ? undefined
  : `${library} is missing: build first (npm run bench builds)`;
if (vpSkipped !== undefined) process.stderr.write(`bench: ${vpSkipped}; the VP column is skipped\n`);
let vpcSkipped =
  vpSkipped ??
  (existsSync(compiler) ? undefined : `${compiler} is missing: build first (npm run bench builds)`);
const tesseraLibrary = vpcSkipped === undefined ? buildTesseraLibrary() : { skipped: vpcSkipped };
vpcSkipped = tesseraLibrary.skipped;
if (vpcSkipped !== undefined) process.stderr.write(`bench: ${vpcSkipped}; the VP C column is skipped\n`);

const c = buildC();
if (c.skipped !== undefined) process.stderr.write(`bench: ${c.skipped}\n`);
let cStartupMs;
if (c.built.has('fib')) {
  // fib(0) returns at once: what is left is the cost of starting and waiting for a process.
  cStartupMs = median(Array.from({ length: Math.max(options.runs, 5) }, () => runC('fib', [0], 1).processMs));
}

const rows = [];
for (const [index, program] of selected.entries()) {
  process.stderr.write(`[${index + 1}/${selected.length}] ${program.name}: ${program.about}\n`);
  const cTiming = c.built.has(program.name)
    ? timeC(program, options.runs)
    : { skipped: c.skipped ?? 'the C program did not build' };
  const jsTiming = timeInWorkers('js', program, options.runs);
  let vpTiming = { skipped: vpSkipped };
  if (program.vp === undefined) vpTiming = { absent: 'no hand-written VP version' };
  else if (vpSkipped === undefined) vpTiming = timeInWorkers('vp', program, options.runs, 'interp');
  // A column for another execution tier runs the same compiled C the same way, with its tier's name in place
  // of 'interp' (a key of `tiers` in worker.js), and gets its cells and ratios below.
  const vpcTiming =
    vpcSkipped === undefined
      ? timeInWorkers('vpc', program, options.runs, 'interp')
      : { skipped: vpcSkipped };
  const columns = {
    c: summarize(program, cTiming),
    js: summarize(program, jsTiming),
    vp: summarize(program, vpTiming),
    vpc: summarize(program, vpcTiming),
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

const geomeans = {};
for (const key of Object.keys(rows[0]?.ratios ?? {})) {
  const values = rows.map((row) => row.ratios[key]).filter((value) => value !== undefined);
  geomeans[key] = { value: values.length > 0 ? geometricMean(values) : undefined, count: values.length };
}

const gitCommit = firstLine('git', ['rev-parse', '--short', 'HEAD']);
const gitDirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'examples', 'bench'], {
  encoding: 'utf8',
  cwd: root,
}).stdout;
const environment = {
  date: new Date().toISOString(),
  node: process.version,
  gcc: c.version ?? null,
  cpu: `${os.cpus()[0]?.model ?? 'unknown'} (${os.cpus().length} logical)`,
  commit: gitCommit === undefined ? null : `${gitCommit}${gitDirty ? ' + uncommitted changes' : ''}`,
  nodeFlags: options.nodeFlags.join(' '),
};

const cells = tableCells(mainTable, rows, geomeans);
const showVpc = vpcSkipped === undefined && vpSkipped === undefined;
const vpcCells = showVpc ? tableCells(vpcTable, rows, geomeans) : undefined;
const processTimes = rows
  .filter((row) => row.cProcessMs !== undefined)
  .map((row) => `${row.name} ${row.cProcessMs.toFixed(1)}`);
const machineOverhead = rows
  .filter((row) => row.columns.vpc.ok)
  .map((row) => `${row.name} ${(row.columns.vpc.medianMachineMs - row.columns.vpc.medianMs).toFixed(1)}`);
const unavailable = rows
  .filter((row) => row.columns.vpc.unavailable !== undefined)
  .map((row) => `VP C n/a for ${row.name}: Tessera does not compile it yet: ${row.columns.vpc.unavailable}`);
const warmRuns = options.runs === 1 ? 'run 2' : `runs 2-${options.runs + 1}`;
const coldRuns = options.runs === 1 ? 'one process' : `${options.runs} processes`;
const notes = [
  `Milliseconds, medians. C, JS, VP, VP C ms: steady state, ${warmRuns} of one process. ` +
    `VP cold ms: new Machine + first run() in a fresh process, ${coldRuns}. VP C whole ms: compile + ` +
    `new Machine + first run() in a fresh process, ${coldRuns}; cc ms: that compile alone.`,
  'C: gcc -O2, only the computation, timed by the program itself (clock_gettime, CLOCK_MONOTONIC). ' +
    'VP ms = new Machine + run().',
  c.skipped !== undefined
    ? `C: ${c.skipped}.`
    : `Whole C process, start-up included (cProcessMs): ${processTimes.join(', ') || '-'}` +
      (cStartupMs === undefined ? '.' : `; start-up alone (fib 0): ${cStartupMs.toFixed(1)}.`),
  vpcSkipped !== undefined
    ? `VP C: ${vpcSkipped}.`
    : 'VP C: the same bench/c/*.c compiled by Tessera and run in the interpreter (a new Machine per run); ' +
      "VP C ms is the computation as the program times it (the C library's clock(), microseconds), the " +
      `region C ms covers. New Machine + run() took this much longer: ${machineOverhead.join(', ') || '-'}. ` +
      `cc ms reads the C library from a cache compiled at the start (${
        tesseraLibrary.cached ? `${tesseraLibrary.ms.toFixed(0)} ms` : 'not used: cc ms includes the library'
      }), as tessera run does.`,
  'Ratios use the steady-state medians. VP Minsn/s = fuelUsed / steady-state run() time. Each geomean is ' +
    'over the programs that have both of its columns; (k/n) marks one over k of the n programs, so geomeans ' +
    'with different k are over different programs.',
  `VP -: the program has no hand-written VP version (${
    programs
      .filter((program) => program.vp !== undefined)
      .map((program) => program.name)
      .join(', ') || 'none'
  } have one).`,
  'WRONG = a run printed a different result than expected (no ratio); skipped/ERROR: see the messages; ' +
    'n/a: see below.',
  ...unavailable,
];
const vpcNotes = [
  'Tessera-compiled C against the hand-written VP assembly, whole programs (the C start-up and printing ' +
    'included): Minsn = millions of instructions executed (fuel, less host calls and bulk memory), ' +
    'Minsn/s = fuelUsed / run() time, VP C machine ms = new Machine + run(), as VP ms.',
];
const banner = problems.length > 0 ? ['', '!'.repeat(72), ...problems, '!'.repeat(72)] : [];
const heading = `tessera bench: ${environment.date}, node ${environment.node}, ${environment.gcc ?? 'no gcc'}, ${environment.cpu}, ${environment.commit ?? 'no git'}${
  options.nodeFlags.length > 0 ? `, workers run with ${environment.nodeFlags}` : ''
}`;

const vpcText = vpcCells === undefined ? '' : `\n${textTable(vpcCells)}\n\n${vpcNotes.join('\n')}\n`;
process.stdout.write(
  `\n${heading}\n\n${textTable(cells)}\n\n${notes.join('\n')}\n${vpcText}${banner.join('\n')}\n`,
);

if (options.markdown !== undefined) {
  const problemLines = problems.map((problem) => `- **${problem}**`);
  const vpcMarkdown =
    vpcCells === undefined
      ? []
      : ['', '## VP C against VP', '', markdownTable(vpcCells), '', ...vpcNotes.map((note) => `- ${note}`)];
  const markdown = [
    '# Tessera benchmarks',
    '',
    heading.replace(/^tessera bench: /, ''),
    '',
    markdownTable(cells),
    '',
    ...notes.map((note) => `- ${note.replaceAll('\n', ' ')}`),
    ...vpcMarkdown,
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
  };
  writeFileSync(options.json, `${JSON.stringify(report, (_, value) => value ?? null, 2)}\n`);
  process.stderr.write(`wrote ${options.json}\n`);
}
process.exitCode = problems.length > 0 ? 1 : 0;
