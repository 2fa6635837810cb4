// `tessera profile` and `tessera run --trace=jsonl` as a user runs them: tables, output files, help and errors.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../support/programs.js';

const root = fileURLToPath(repoRoot);
const bin = join(root, 'bin/tessera.js');

function tessera(args: string[], cwd = root, input = ''): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function assertNoStackTrace(text: string): void {
  assert.doesNotMatch(text, /\n\s+at .*\.js:\d+/, 'no stack trace of ours');
}

/** The function names of the top table, in order. */
function topFunctions(stderr: string): string[] {
  const table = stderr.split('\n\n')[1]!.split('\n').slice(1);
  return table.map((row) => row.trim().split(/\s+/)[4]!);
}

test('profile examples/fib.c: fib at the top, and a .cpuprofile in the current directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-profile-cli-'));
  const { code, stdout, stderr } = tessera(['profile', join(root, 'examples/fib.c'), '20'], dir);
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'fib(20) = 6765\n');
  assert.match(stderr, /^profile \(count mode\): \d+ instructions counted\n/);
  assert.equal(topFunctions(stderr)[0], 'fib');
  assert.match(stderr, /wrote the Chrome DevTools profile fib\.cpuprofile\n/);
  const profile = JSON.parse(readFileSync(join(dir, 'fib.cpuprofile'), 'utf8')) as {
    nodes: { callFrame: { functionName: string } }[];
    samples: number[];
    timeDeltas: number[];
  };
  assert.equal(profile.nodes[0]!.callFrame.functionName, '(root)');
  assert.ok(profile.nodes.some((node) => node.callFrame.functionName === 'fib'));
  assert.equal(profile.samples.length, profile.timeDeltas.length);
});

test('profile writes collapsed stacks and a flame graph, prints lines, and passes arguments on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-profile-cli-'));
  const collapsed = join(dir, 'fib.folded');
  const svg = join(dir, 'fib.svg');
  const run = tessera([
    'profile',
    '--no-cpuprofile',
    '--lines',
    '--top',
    '2',
    '--collapsed',
    collapsed,
    `--flamegraph=${svg}`,
    'examples/fib.s',
  ]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, '832040\n');
  assert.deepEqual(topFunctions(run.stderr), ['fib', 'print_u64']);
  assert.match(
    run.stderr,
    /\n\s*self\s+self%\s+total\s+total%\s+line\s+function\n.*examples\/fib\.s:\d+\s+fib\n/,
  );
  assert.doesNotMatch(run.stderr, /cpuprofile/);
  assert.equal(existsSync(join(root, 'fib.cpuprofile')), false);
  assert.match(readFileSync(collapsed, 'utf8'), /^main;fib;fib;fib \d+$/m);
  assert.match(
    readFileSync(svg, 'utf8'),
    /^<svg [^>]*>[\s\S]*<title>fib \(\d+ instructions, 9\d\.\d\d%\)<\/title>/m,
  );
  const echo = tessera(['profile', '--no-cpuprofile', 'examples/echo.s', '--top', '3']);
  assert.equal(echo.stdout, '--top 3\n', 'options after the program belong to the program');
});

test('profile --mode=time samples by the clock', () => {
  const run = tessera(['profile', '--mode=time', '--interval', '20', '--no-cpuprofile', 'examples/fib.s']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /^profile \(time mode\): [\d.]+ ms sampled, \d+ samples\n/);
  assert.equal(topFunctions(run.stderr)[0], 'fib');
  assert.match(run.stderr, /\n\s*[\d.]+ms\s+\d+\.\d%/);
});

test('profile: help, bad options, missing programs, and the program ending reported as by run', () => {
  const help = tessera(['profile', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^usage: tessera profile \[options\]/);
  assert.match(help.stdout, /--mode M/);
  assert.match(tessera(['--help']).stdout, /\n {2}profile {3}run a program under the profiler/);
  const cases: [string[], number, RegExp][] = [
    [['profile'], 64, /^tessera profile: error: no program given\n$/],
    [
      ['profile', '--bogus', 'examples/fib.s'],
      64,
      /tessera profile: error: .*bogus.*\nsee 'tessera profile --help'/,
    ],
    [['profile', '--mode=fast', 'examples/fib.s'], 64, /--mode must be count or time, not 'fast'/],
    [['profile', '--top', 'x', 'examples/fib.s'], 64, /--top expects a non-negative integer/],
    [['profile', '--interval', '0', 'examples/fib.s'], 64, /--interval must be at least 1/],
    [['profile', 'missing.c'], 66, /cannot read missing\.c: no such file/],
    [['profile', '--no-cpuprofile', '--fuel', '1000', 'examples/fib.s'], 75, /out of fuel/],
  ];
  for (const [args, code, message] of cases) {
    const run = tessera(args);
    assert.equal(run.code, code, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, message);
    assertNoStackTrace(run.stderr);
  }
  const dir = mkdtempSync(join(tmpdir(), 'tessera-profile-cli-'));
  const unwritable = tessera([
    'profile',
    '--cpuprofile',
    join(dir, 'no/such/dir.cpuprofile'),
    'examples/hello.s',
  ]);
  assert.equal(unwritable.code, 66);
  assert.match(unwritable.stderr, /cannot write .*dir\.cpuprofile/);
  assertNoStackTrace(unwritable.stderr);
});

test('run --trace=jsonl writes one JSON object per instruction; --trace is still the text trace', () => {
  const jsonl = tessera(['run', '--trace=jsonl', 'examples/hello.s']);
  assert.equal(jsonl.code, 0);
  assert.equal(jsonl.stdout, 'Hello from Tessera!\n');
  const lines = jsonl.stderr.trimEnd().split('\n');
  for (const line of lines) {
    const entry = JSON.parse(line) as Record<string, unknown>;
    assert.deepEqual(Object.keys(entry), ['pc', 'ins', 'regs', 'mem']);
  }
  assert.match(lines[0]!, /^\{"pc":"0x10000","ins":"\(vp-/);
  const dir = mkdtempSync(join(tmpdir(), 'tessera-trace-cli-'));
  const file = join(dir, 'trace.jsonl');
  const toFile = tessera(['run', '--trace=jsonl', '--trace-file', file, 'examples/hello.s']);
  assert.equal(toFile.stderr, '');
  assert.equal(readFileSync(file, 'utf8'), jsonl.stderr);
  const text = tessera(['run', '--trace', 'examples/hello.s']);
  assert.equal(text.stdout, 'Hello from Tessera!\n');
  assert.match(text.stderr, /^0x10000 {2}\(vp-/);
  assert.equal(tessera(['run', '--trace=text', 'examples/hello.s']).stderr, text.stderr);
  const bad = tessera(['run', '--trace=xml', 'examples/hello.s']);
  assert.equal(bad.code, 64);
  assert.match(bad.stderr, /--trace must be text or jsonl, not 'xml'/);
});
