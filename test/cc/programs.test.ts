// The C test suite: every program under test/cc/programs/<area>/ is compiled and run by Tessera and compared
// with its golden NAME.expected (stdout, then `exit: STATUS`; made by gcc with test/cc/update-expected.sh), and,
// when gcc is on the PATH, with a native `gcc -std=c99 -O0` build of the same program (which guards against
// stale golden files). Programs in traps/ must trap instead; test/cc/known-failures.txt lists the programs
// expected to fail for now. Environment: TESSERA_CC_ONLY=arith,float runs only those areas; TESSERA_CC_WORKERS=N
// sets the worker threads (0: run in the test's own thread); TESSERA_CC_SELF_CHECK=1 runs the harness with
// gcc standing in for Tessera (a check of the harness and of the golden files, not of Tessera);
// TESSERA_CC_TIERS=interp runs only the interpreter (by default each program is compiled once and run in the
// interpreter and in the compiled tier, which must agree exactly: output, exit status, trap report, fuel used;
// and compiled again for the debugger, O0, with every variable in memory, which must agree on output, status
// and the trap).
//
// Leading `//` comment lines of a program may say:
//   // slow                  a bigger fuel budget (and natively a bigger stack, since -O0 keeps deep frames)
//   // args: A B C           the program's arguments, split on spaces
//   // trap: CODE            (traps/ only) the trap Tessera must report: null-access, division-by-zero, ...
//   // at: FUNCTION LINE     (traps/ only) the first frame of the report in this file must name these
// NAME.stdin beside NAME.c is its standard input (empty otherwise).

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test, type TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { repoRoot } from '../support/programs.js';

/** Fuel for one program run, and for one marked `// slow`. */
const fuel = 2e9;
const slowFuel = 2e10;
/** Worker threads running Tessera (TESSERA_CC_WORKERS=0 runs it in the test's own thread). */
const workerCount = Number(process.env['TESSERA_CC_WORKERS'] ?? Math.min(2, availableParallelism()));
/** Wall-clock limit for compiling and running one program, whatever its fuel: a stuck worker is replaced. */
const jobTimeoutMs = 240_000;
/** A last resort against a hung test, whatever hangs: queueing for a worker is bounded by `concurrency`. */
const testTimeoutMs = 900_000;
/** Native builds and runs at once. */
const nativeConcurrency = 2;
/** Programs of one area in flight at once; they queue for the workers and the native slots. */
const concurrency = 8;
/** At least this many programs: a guard against the discovery silently finding nothing. */
const minimumPrograms = 300;

const root = fileURLToPath(repoRoot);
const programsDirectory = join(root, 'test/cc/programs');
const knownFailuresFile = 'test/cc/known-failures.txt';
const trapCodes = [
  'null-access',
  'division-by-zero',
  'stack-overflow',
  'out-of-bounds',
  'write-to-text',
  'aborted',
];
const noNewlineMarker = '\\ no newline at end of output';

/** What `compileAndRun` from test/support/c.ts reports about one program. */
interface Outcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | undefined;
  /** The trap's exact `Trap.format()` and pc (absent when gcc stands in for Tessera). */
  readonly trap: { readonly code: string; readonly report: string; readonly exact?: string } | undefined;
  readonly diagnostics: readonly string[];
  readonly fuelUsed?: number;
}

/** Compile once, run in each of `tiers`: one outcome per tier, in order. */
type CompileAndRun = (
  path: string,
  options: { stdin?: string; fuel?: number; args?: string[] },
) => Promise<Outcome[]>;

/** One test program and what its comments and neighbouring files say about it. */
interface Program {
  readonly area: string;
  readonly name: string;
  /** Absolute path of the .c file. */
  readonly path: string;
  /** Path from the repository root, as known-failures.txt spells it. */
  readonly relative: string;
  readonly slow: boolean;
  readonly args: string[];
  readonly stdin: string;
  readonly trap:
    { readonly code: string; readonly where: string | undefined; readonly line: number } | undefined;
  /** The .expected file's text, for programs that do not trap. */
  readonly expected: string | undefined;
}

/** The text of an .expected file for this output and exit status. */
function renderExpected(stdout: string, status: number | undefined): string {
  const marker = stdout !== '' && !stdout.endsWith('\n') ? `\n${noNewlineMarker}\n` : '';
  return `${stdout}${marker}exit: ${status === undefined ? 'none (the program did not exit)' : status}\n`;
}

/** The stdout and exit status an .expected file describes (the inverse of renderExpected). */
function parseExpected(text: string): { stdout: string; status: number } {
  const match = /(^|\n)exit: (\d+)\n$/.exec(text);
  if (match === null) throw new Error('an .expected file must end with a line `exit: STATUS`');
  let stdout = text.slice(0, match.index + (match[1] ?? '').length);
  const marked = `\n${noNewlineMarker}\n`;
  if (stdout.endsWith(marked)) stdout = stdout.slice(0, -marked.length);
  return { stdout, status: Number(match[2]) };
}

function headerOf(source: string): string[] {
  const lines: string[] = [];
  for (const line of source.split('\n')) {
    if (!line.startsWith('//')) break;
    lines.push(line.slice(2).trim());
  }
  return lines;
}

function readProgram(area: string, file: string): Program {
  const path = join(programsDirectory, area, file);
  const name = file.slice(0, -2);
  const header = headerOf(readFileSync(path, 'utf8'));
  const value = (key: string): string | undefined =>
    header
      .find((line) => line.startsWith(`${key}:`))
      ?.slice(key.length + 1)
      .trim();
  const stdinPath = join(programsDirectory, area, `${name}.stdin`);
  const expectedPath = join(programsDirectory, area, `${name}.expected`);
  const trapCode = value('trap');
  const [where, line] = (value('at') ?? '').split(/\s+/);
  return {
    area,
    name,
    path,
    relative: `test/cc/programs/${area}/${file}`,
    slow: header.some((line) => line === 'slow' || line.startsWith('slow:') || line.startsWith('slow ')),
    args: (value('args') ?? '').split(/\s+/).filter((arg) => arg !== ''),
    stdin: existsSync(stdinPath) ? readFileSync(stdinPath, 'utf8') : '',
    trap:
      trapCode === undefined ? undefined : { code: trapCode, where: where || undefined, line: Number(line) },
    expected: existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : undefined,
  };
}

function discover(): Program[] {
  const programs: Program[] = [];
  for (const area of readdirSync(programsDirectory).sort()) {
    for (const file of readdirSync(join(programsDirectory, area)).sort()) {
      if (file.endsWith('.c')) programs.push(readProgram(area, file));
    }
  }
  return programs;
}

/** known-failures.txt: `PATH REASON` per line; blank lines and `#` comments are ignored. */
function readKnownFailures(): Map<string, string> {
  const known = new Map<string, string>();
  const path = join(root, knownFailuresFile);
  if (!existsSync(path)) return known;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const [, program = '', reason = ''] = /^(\S+)\s*(.*)$/.exec(trimmed) ?? [];
    known.set(program, reason);
  }
  return known;
}

async function loadTessera(): Promise<CompileAndRun | string> {
  const url = new URL('../support/c.js', import.meta.url);
  if (!existsSync(url)) return 'test/support/c.ts does not exist yet (the C compiler has not landed)';
  const module = (await import(url.href)) as { compileAndRunInTiers?: unknown };
  if (typeof module.compileAndRunInTiers !== 'function')
    return 'test/support/c.ts does not export compileAndRunInTiers yet';
  const compileAndRunInTiers = module.compileAndRunInTiers as (
    path: string,
    options: object,
    tiers: readonly string[],
  ) => Promise<Outcome[]>;
  return (path, options) => compileAndRunInTiers(path, options, tiers);
}

function gccMissingReason(): string | undefined {
  const probe = spawnSync('gcc', ['--version'], { encoding: 'utf8' });
  return probe.error === undefined && probe.status === 0 ? undefined : 'gcc is not on the PATH';
}

/** How a native build of a program ended. */
interface NativeOutcome {
  readonly stdout: string;
  readonly status: number | null;
  readonly signal: string | null;
}

let nativeDirectory: string | undefined;

function run(command: string, args: string[], stdin: string): Promise<NativeOutcome & { stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, 120_000);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdin.on('error', () => undefined); // a program that exits without reading its input
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      if (timedOut) reject(new Error(`${command} ${args.join(' ')} took more than 120 s`));
      else
        resolve({
          stdout: Buffer.concat(stdout).toString('utf8'),
          stderr: Buffer.concat(stderr).toString('utf8'),
          status,
          signal,
        });
    });
    child.stdin.end(stdin);
  });
}

/** A counting semaphore: at most `limit` pieces of work running at once, the others waiting in order. */
function limiter(limit: number): <T>(work: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (active < limit) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve)); // a finishing caller hands over its slot
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next !== undefined) next();
      else active--;
    }
  };
}

const nativeSlot = limiter(nativeConcurrency);

/** Build a program with gcc -O0 and run it (with a 1 GiB stack for `// slow` programs). */
function runNative(program: Program): Promise<NativeOutcome> {
  return nativeSlot(() => buildAndRunNative(program));
}

async function buildAndRunNative(program: Program): Promise<NativeOutcome> {
  nativeDirectory ??= mkdtempSync(join(tmpdir(), 'tessera-cc-native-'));
  const executable = join(nativeDirectory, `${program.area}-${program.name}`);
  const build = await run('gcc', ['-std=c99', '-O0', '-w', '-o', executable, program.path, '-lm'], '');
  if (build.status !== 0) throw new Error(`gcc could not build ${program.relative}:\n${build.stderr}`);
  const stack = program.slow ? 1048576 : 8192;
  const script = `ulimit -s ${stack} 2>/dev/null; exec "$0" "$@"`;
  return run('/bin/sh', ['-c', script, executable, ...program.args], program.stdin);
}

/** gcc pretending to be Tessera, for TESSERA_CC_SELF_CHECK: a crash stands for the trap the program expects. */
const nativeAsTessera: CompileAndRun = async (path) => {
  const program = programs.find((candidate) => candidate.path === path);
  if (program === undefined) throw new Error(`unknown program ${path}`);
  const native = await runNative(program);
  const trap = native.signal === null ? undefined : { code: program.trap?.code ?? native.signal, report: '' };
  const outcome = {
    stdout: native.stdout,
    stderr: '',
    status: native.status ?? undefined,
    trap,
    diagnostics: [],
  };
  return tiers.map(() => outcome);
};

interface Job {
  readonly path: string;
  readonly options: object;
  readonly resolve: (outcomes: Outcome[]) => void;
  readonly reject: (error: Error) => void;
}

/** Worker threads (programs-worker.ts) running compileAndRun; a worker that errs or overruns is replaced. */
class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly workers = new Set<Worker>();

  constructor(private readonly size: number) {}

  readonly compileAndRun: CompileAndRun = (path, options) =>
    new Promise((resolve, reject) => {
      this.queue.push({ path, options, resolve, reject });
      this.pump();
    });

  /** Stop every worker. */
  async close(): Promise<void> {
    await Promise.all([...this.workers].map((worker) => worker.terminate()));
  }

  private pump(): void {
    for (let job = this.queue[0]; job !== undefined; job = this.queue[0]) {
      let worker = this.idle.pop();
      if (worker === undefined) {
        if (this.workers.size >= this.size) return;
        worker = new Worker(new URL('./programs-worker.js', import.meta.url));
        this.workers.add(worker);
      }
      this.queue.shift();
      this.start(worker, job);
    }
  }

  private start(worker: Worker, job: Job): void {
    const finish = (outcome: Outcome[] | Error, broken: boolean): void => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (broken) {
        this.workers.delete(worker);
        void worker.terminate();
      } else {
        this.idle.push(worker);
      }
      if (outcome instanceof Error) job.reject(outcome);
      else job.resolve(outcome);
      this.pump();
    };
    const onMessage = (message: { result?: Outcome[]; error?: string }): void =>
      message.result !== undefined
        ? finish(message.result, false)
        : finish(new Error(`compileAndRun threw: ${message.error ?? ''}`), false);
    const onError = (error: Error): void => finish(error, true);
    const onExit = (code: number): void => finish(new Error(`the worker exited with ${code}`), true);
    const timer = setTimeout(
      () => finish(new Error(`compiling and running took more than ${jobTimeoutMs / 1000} s`), true),
      jobTimeoutMs,
    );
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage({ path: job.path, options: job.options, tiers });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A program's outcomes in every tier, and its native build's (when checked against gcc). */
interface Runs {
  readonly outcomes: Outcome[];
  readonly native: Promise<NativeOutcome> | undefined;
}

/** Compile and run a program in every tier, and natively when `differential`. */
async function runProgram(
  program: Program,
  compileAndRun: CompileAndRun,
  differential: boolean,
): Promise<Runs> {
  // Start the native build first so that it overlaps with Tessera's (possibly synchronous) work.
  const native = differential ? runNative(program) : undefined;
  native?.catch(() => undefined); // awaited later; this only avoids an unhandled rejection meanwhile
  const options: { stdin?: string; fuel?: number; args?: string[] } = {
    stdin: program.stdin,
    fuel: program.slow ? slowFuel : fuel,
  };
  if (program.args.length > 0) options.args = program.args;
  return { outcomes: await compileAndRun(program.path, options), native };
}

/** Every tier did exactly what the first (the interpreter) did: output, status, trap report and fuel. */
function checkTiersAgree(outcomes: readonly Outcome[]): void {
  const [first, ...others] = outcomes;
  others.forEach((other, k) => {
    const tier = tiers[k + 1];
    assert.equal(other.stdout, first!.stdout, `stdout, ${tier} against ${tiers[0]}`);
    assert.equal(other.stderr, first!.stderr, `stderr, ${tier} against ${tiers[0]}`);
    assert.equal(other.status, first!.status, `exit status, ${tier} against ${tiers[0]}`);
    if (tier === 'O0') {
      // Built differently (variables in memory, no tail calls): the same trap at the same line, other pcs and fuel.
      // (Addresses in the message may differ too: text, and the string literals after it, is longer.)
      const firstLine = (report: string | undefined): string | undefined =>
        report?.split('\n')[0]?.replace(/0x[0-9a-f]+/g, '0x...');
      assert.equal(other.trap?.code, first!.trap?.code, `trap, ${tier} against ${tiers[0]}`);
      assert.equal(firstLine(other.trap?.report), firstLine(first!.trap?.report), `trap report, ${tier}`);
      return;
    }
    assert.equal(other.trap?.exact, first!.trap?.exact, `trap, ${tier} against ${tiers[0]}`);
    assert.equal(other.trap?.report, first!.trap?.report, `trap report, ${tier} against ${tiers[0]}`);
    assert.equal(other.fuelUsed, first!.fuelUsed, `fuel used, ${tier} against ${tiers[0]}`);
  });
}

/** Checks one program's outcome; throws an AssertionError describing the first difference. */
async function checkProgram(program: Program, runs: Runs): Promise<void> {
  const { native } = runs;
  const outcome = runs.outcomes[0]!;
  // Warnings and notes pass (a diagnostic in a header starts with its "In file included from" lines).
  const errors = outcome.diagnostics.filter(
    (diagnostic) =>
      !/^(?:(?:In file included from| +from) [^\n]*\n)*[^\n]*: (?:warning|note): /.test(diagnostic),
  );
  assert.deepEqual(errors, [], 'compile errors');
  assert.ok(
    outcome.status !== undefined || outcome.trap !== undefined,
    `the program did not finish (out of fuel after ${program.slow ? slowFuel : fuel}?)`,
  );

  if (program.trap !== undefined) {
    const { code, where, line } = program.trap;
    assert.ok(
      outcome.trap !== undefined,
      `expected trap ${code}; got ${renderExpected(outcome.stdout, outcome.status)}`,
    );
    if (!selfCheck) {
      assert.equal(outcome.trap.code, code, `trap code; the report was:\n${outcome.trap.report}`);
      // The first frame in this program's own file must name the function and line.
      const file = escapeRegExp(`${program.name}.c`);
      const frame = outcome.trap.report.split('\n').find((text) => new RegExp(`\\b${file}:\\d`).test(text));
      assert.ok(
        frame !== undefined,
        `the trap report names no line of ${program.name}.c:\n${outcome.trap.report}`,
      );
      assert.match(frame, new RegExp(`\\b${escapeRegExp(where ?? '')}\\b`), `the frame names ${where}`);
      assert.match(frame, new RegExp(`\\b${file}:${line}\\b`), `the frame names line ${line}`);
    }
    if (native !== undefined) {
      const result = await native;
      assert.ok(result.signal !== null, `gcc's build did not crash: it exited with status ${result.status}`);
      assert.equal(outcome.stdout, result.stdout, 'output before the trap, Tessera against gcc');
    }
    return;
  }

  assert.equal(outcome.trap, undefined, `unexpected trap:\n${outcome.trap?.report ?? ''}`);
  const actual = renderExpected(outcome.stdout, outcome.status);
  assert.equal(actual, program.expected, `Tessera against ${program.area}/${program.name}.expected`);
  if (native !== undefined) {
    const result = await native;
    assert.equal(result.signal, null, `gcc's build crashed with ${result.signal}`);
    assert.equal(actual, renderExpected(result.stdout, result.status ?? undefined), 'Tessera against gcc');
  }
}

/** TESSERA_CC_ONLY=arith,float limits the run to some areas (the well-formedness check still sees them all). */
const only = process.env['TESSERA_CC_ONLY']?.split(',');
const selfCheck = process.env['TESSERA_CC_SELF_CHECK'] === '1';
/**
 * The tiers every program runs in; the first is the reference the others must equal. O0 is the build for the
 * debugger (every variable in memory), run in the interpreter.
 */
const tiers = (process.env['TESSERA_CC_TIERS'] ?? 'interp,jit,O0').split(',');
const programs = discover();
const knownFailures = readKnownFailures();
/** Known failures are Tessera's: gcc standing in for it (selfCheck) passes them. */
const expectedFailures = selfCheck ? new Map<string, string>() : knownFailures;
const loaded = selfCheck ? nativeAsTessera : await loadTessera();
const pool =
  typeof loaded === 'function' && !selfCheck && workerCount > 0 ? new WorkerPool(workerCount) : undefined;
const tessera = pool?.compileAndRun ?? loaded;
const gccMissing = gccMissingReason();

after(async () => {
  await pool?.close();
  if (nativeDirectory !== undefined) rmSync(nativeDirectory, { recursive: true, force: true });
});

test('the C suite is well formed', () => {
  assert.ok(programs.length >= minimumPrograms, `found ${programs.length} programs`);
  for (const program of programs) {
    if (program.area === 'traps') {
      assert.ok(program.trap !== undefined, `${program.relative} needs // trap: CODE`);
      assert.ok(
        trapCodes.includes(program.trap.code),
        `${program.relative}: unknown trap code ${program.trap.code}`,
      );
      assert.ok(
        program.trap.where !== undefined && program.trap.line > 0,
        `${program.relative} needs // at: FN LINE`,
      );
      assert.equal(program.expected, undefined, `${program.relative} traps and so has no .expected`);
    } else {
      assert.equal(program.trap, undefined, `${program.relative}: trap programs belong in traps/`);
      assert.ok(
        program.expected !== undefined,
        `${program.relative} has no .expected: run test/cc/update-expected.sh`,
      );
      parseExpected(program.expected);
    }
  }
  const names = new Set(programs.map((program) => `${program.area}/${program.name}`));
  for (const area of readdirSync(programsDirectory)) {
    for (const file of readdirSync(join(programsDirectory, area))) {
      const stem = file.replace(/\.(expected|stdin)$/, '');
      if (stem !== file)
        assert.ok(names.has(`${area}/${stem}`), `test/cc/programs/${area}/${file} has no program`);
    }
  }
  for (const [path, reason] of knownFailures) {
    assert.ok(
      programs.some((program) => program.relative === path),
      `${knownFailuresFile} lists ${path}, which does not exist`,
    );
    assert.notEqual(reason, '', `${knownFailuresFile}: ${path} needs a reason`);
  }
});

test('renderExpected and parseExpected are inverses', () => {
  for (const stdout of ['', 'a\n', 'a', 'exit: 1\n', 'two\nlines', '\n']) {
    assert.deepEqual(parseExpected(renderExpected(stdout, 3)), { stdout, status: 3 });
  }
});

if (typeof tessera === 'string') {
  test(
    'C programs through Tessera',
    { skip: `${tessera}; ${programs.length} programs wait for it` },
    () => {},
  );
} else {
  const compileAndRun = tessera;
  const differential = gccMissing === undefined && !selfCheck;
  if (!differential) {
    const why = selfCheck ? 'gcc itself stands in for Tessera (TESSERA_CC_SELF_CHECK=1)' : gccMissing;
    test('differential pass against gcc', { skip: `skipped: ${why}` }, () => {});
  }
  const areas = [...new Set(programs.map((program) => program.area))].filter(
    (area) => only?.includes(area) ?? true,
  );
  for (const area of areas) {
    describe(`C programs: ${area}`, { concurrency }, () => {
      for (const program of programs.filter((candidate) => candidate.area === area)) {
        test(program.name, { timeout: testTimeoutMs }, async (t: TestContext) => {
          const runs = await runProgram(program, compileAndRun, differential);
          // Whether or not the program passes yet, every tier must do exactly what the interpreter does.
          checkTiersAgree(runs.outcomes);
          const reason = expectedFailures.get(program.relative);
          if (reason === undefined) return checkProgram(program, runs);
          let failure: unknown;
          try {
            await checkProgram(program, runs);
          } catch (error) {
            failure = error;
          }
          assert.ok(
            failure !== undefined,
            `${program.relative} passes now: remove it from ${knownFailuresFile}`,
          );
          t.todo(`known failure: ${reason}`);
          throw failure;
        });
      }
    });
  }
}
