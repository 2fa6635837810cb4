// The benchmark harness behind `npm run bench`: each program in native C (gcc -O2), plain JS and Tessera's
// interpreter; per column, one cold run in each of N fresh processes and N warm (steady-state) runs in one
// of them. Prints a table of medians and ratios, and checks every column's result, every run.
// Options: --runs N, --only fib,sieve, --json FILE, --markdown FILE. See bench/README.md.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { programs } from './programs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cSourceDir = `${root}bench/c/`;
const outDir = `${root}bench/out/`;
const worker = `${root}bench/worker.js`;
const library = `${root}dist/src/index.js`;

const usage = `usage: node bench/run.js [--runs N] [--only fib,sieve,...] [--json FILE] [--markdown FILE]
  --runs N         warm runs and cold processes per program and column (default 5); the table shows medians
  --only LIST      comma-separated programs to run (${programs.map((program) => program.name).join(', ')})
  --json FILE      also write every sample, the environment and the table as JSON
  --markdown FILE  also write the table as Markdown`;

function fail(message) {
  process.stderr.write(`bench: ${message}\n${usage}\n`);
  process.exit(2);
}

function parseOptions(args) {
  const options = { runs: 5, only: undefined, json: undefined, markdown: undefined };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    const match = /^--(runs|only|json|markdown)(?:=(.*))?$/.exec(arg);
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
      ['-O2', '-std=c11', '-o', `${outDir}${program.name}`, `${cSourceDir}${program.name}.c`],
      { encoding: 'utf8', cwd: root },
    );
    if (result.status === 0) built.add(program.name);
    else process.stderr.write(`gcc failed on bench/c/${program.name}.c:\n${result.stderr}\n`);
  }
  return { skipped: undefined, built, version };
}

function progress(program, column, which, text) {
  process.stderr.write(`  ${program.name.padEnd(6)} ${column.padEnd(3)} ${which}: ${text}\n`);
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
 * Runs worker.js for the js or vp column in a fresh node process, so programs cannot pollute each other's JIT;
 * returns its samples, run 1 (cold) first.
 */
function runWorker(column, program, runs, label) {
  const args = ['--expose-gc', worker, column, program.name, String(runs), label];
  const result = spawnSync(process.execPath, args, {
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
  return { samples: JSON.parse(line).samples };
}

/**
 * The js or vp column: one worker runs the program `runs + 1` times (run 1 cold, runs 2.. the warm samples),
 * then `runs - 1` more fresh workers run it once each, so that there are `runs` cold samples too.
 */
function timeInWorkers(column, program, runs) {
  const first = runWorker(column, program, runs + 1, `1/${runs}`);
  if (first.error !== undefined) return first;
  const coldSamples = [first.samples[0]];
  for (let index = 1; index < runs; index++) {
    const next = runWorker(column, program, 1, `${index + 1}/${runs}`);
    if (next.error !== undefined) return next;
    coldSamples.push(next.samples[0]);
  }
  return { samples: first.samples.slice(1), coldSamples };
}

/** The median of one field of some samples. */
function medianOf(samples, field) {
  return median(samples.map((sample) => sample[field]));
}

/** Adds the verdict and medians to a column's raw samples (warm: `samples`, cold: `coldSamples`). */
function summarize(program, timing) {
  if (timing.skipped !== undefined || timing.error !== undefined) return { ...timing, ok: false };
  const { samples, coldSamples } = timing;
  const wrong = [...coldSamples, ...samples].find((sample) => sample.output !== program.expected);
  const summary = {
    ok: wrong === undefined,
    output: (wrong ?? samples[0]).output,
    medianMs: medianOf(samples, 'ms'),
    coldMs: medianOf(coldSamples, 'ms'),
  };
  if ('processMs' in coldSamples[0]) summary.processMs = medianOf(coldSamples, 'processMs');
  if ('runMs' in samples[0]) {
    summary.medianCreateMs = medianOf(samples, 'createMs');
    summary.medianRunMs = medianOf(samples, 'runMs');
    summary.coldCreateMs = medianOf(coldSamples, 'createMs');
    summary.coldRunMs = medianOf(coldSamples, 'runMs');
    summary.fuelUsed = medianOf(samples, 'fuelUsed');
    summary.minsnPerSecond = summary.fuelUsed / summary.medianRunMs / 1000;
  }
  return { ...summary, samples, coldSamples };
}

function ratio(numerator, denominator) {
  return numerator.ok && denominator.ok ? numerator.medianMs / denominator.medianMs : undefined;
}

const headers = [
  'program',
  'C ms',
  'JS ms',
  'VP ms',
  'VP cold ms',
  'interp/C',
  'interp/JS',
  'JS/C',
  'VP Minsn/s',
];
const ratioKeys = ['interpOverC', 'interpOverJs', 'jsOverC'];

function formatMs(column, field = 'medianMs') {
  if (column.skipped !== undefined) return 'skipped';
  if (column.error !== undefined) return 'ERROR';
  if (!column.ok) return 'WRONG';
  const ms = column[field];
  return ms.toFixed(ms < 10 ? 2 : 1);
}

function formatRatio(value) {
  if (value === undefined) return '-';
  return `${value.toFixed(value < 10 ? 2 : 1)}x`;
}

/** The table as rows of cells, header first. */
function tableCells(rows, geomeans) {
  const cells = [headers];
  for (const row of rows) {
    const { c, js, vp } = row.columns;
    cells.push([
      row.name,
      formatMs(c),
      formatMs(js),
      formatMs(vp),
      formatMs(vp, 'coldMs'),
      ...ratioKeys.map((key) => formatRatio(row.ratios[key])),
      vp.ok ? vp.minsnPerSecond.toFixed(0) : '-',
    ]);
  }
  if (rows.length > 1) {
    cells.push([
      'geomean',
      '',
      '',
      '',
      '',
      ...ratioKeys.map((key) => {
        const { value, count } = geomeans[key];
        if (value === undefined) return '-';
        return count < rows.length ? `${formatRatio(value)} (${count}/${rows.length})` : formatRatio(value);
      }),
      '',
    ]);
  }
  return cells;
}

function textTable(cells) {
  const widths = headers.map((_, index) => Math.max(...cells.map((row) => row[index].length)));
  const line = (row) =>
    row.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index])));
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const body = cells.slice(1).map((row) => line(row).join('  '));
  if (cells.length > 2 && cells[cells.length - 1][0] === 'geomean') body.splice(body.length - 1, 0, rule);
  return [line(cells[0]).join('  '), rule, ...body].join('\n');
}

function markdownTable(cells) {
  const row = (cellsOfRow) => `| ${cellsOfRow.join(' | ')} |`;
  const align = headers.map((_, index) => (index === 0 ? '---' : '---:'));
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
  const vpTiming =
    vpSkipped === undefined ? timeInWorkers('vp', program, options.runs) : { skipped: vpSkipped };
  const columns = {
    c: summarize(program, cTiming),
    js: summarize(program, jsTiming),
    vp: summarize(program, vpTiming),
  };
  for (const [column, summary] of Object.entries(columns)) {
    if (summary.error !== undefined) problems.push(`ERROR: ${program.name}/${column}: ${summary.error}`);
    else if (summary.skipped === undefined && !summary.ok) {
      problems.push(
        `MISMATCH: ${program.name}/${column} produced ${JSON.stringify(summary.output)}, expected ${JSON.stringify(program.expected)}`,
      );
    }
  }
  const ratios = {
    interpOverC: ratio(columns.vp, columns.c),
    interpOverJs: ratio(columns.vp, columns.js),
    jsOverC: ratio(columns.js, columns.c),
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
for (const key of ratioKeys) {
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
};

const cells = tableCells(rows, geomeans);
const processTimes = rows
  .filter((row) => row.cProcessMs !== undefined)
  .map((row) => `${row.name} ${row.cProcessMs.toFixed(1)}`);
const warmRuns = options.runs === 1 ? 'run 2' : `runs 2-${options.runs + 1}`;
const coldRuns = options.runs === 1 ? 'one process' : `${options.runs} processes`;
const notes = [
  `Milliseconds, medians. C, JS, VP ms: steady state, ${warmRuns} of one process. ` +
    `VP cold ms: new Machine + first run() in a fresh process, ${coldRuns}.`,
  'C: gcc -O2, only the computation, timed by the program itself (clock_gettime, CLOCK_MONOTONIC). ' +
    'VP ms = new Machine + run().',
  c.skipped !== undefined
    ? `C: ${c.skipped}.`
    : `Whole C process, start-up included (cProcessMs): ${processTimes.join(', ') || '-'}` +
      (cStartupMs === undefined ? '.' : `; start-up alone (fib 0): ${cStartupMs.toFixed(1)}.`),
  'Ratios use the steady-state medians. VP Minsn/s = fuelUsed / steady-state run() time.',
  'WRONG = a run printed a different result than expected (no ratio); skipped/ERROR: see the messages.',
];
const banner = problems.length > 0 ? ['', '!'.repeat(72), ...problems, '!'.repeat(72)] : [];
const heading = `tessera bench: ${environment.date}, node ${environment.node}, ${environment.gcc ?? 'no gcc'}, ${environment.cpu}, ${environment.commit ?? 'no git'}`;

process.stdout.write(`\n${heading}\n\n${textTable(cells)}\n\n${notes.join('\n')}\n${banner.join('\n')}\n`);

if (options.markdown !== undefined) {
  const problemLines = problems.map((problem) => `- **${problem}**`);
  const markdown = [
    '# Tessera benchmarks',
    '',
    heading.replace(/^tessera bench: /, ''),
    '',
    markdownTable(cells),
    '',
    ...notes.map((note) => `- ${note}`),
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
    problems,
    rows,
    geomeans,
  };
  writeFileSync(options.json, `${JSON.stringify(report, (_, value) => value ?? null, 2)}\n`);
  process.stderr.write(`wrote ${options.json}\n`);
}
process.exitCode = problems.length > 0 ? 1 : 0;
