// The tessera command as a user runs it: outputs, exit codes, help, and errors without stack traces.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../support/programs.js';

const root = fileURLToPath(repoRoot);
const bin = join(root, 'bin/tessera.js');

function tessera(args: string[], input = ''): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function assertNoStackTrace(text: string): void {
  assert.doesNotMatch(text, /\n\s+at .*\.js:\d+/, 'no stack trace of ours');
}

test('run examples/hello.s prints the greeting and exits 0', () => {
  const { code, stdout, stderr } = tessera(['run', 'examples/hello.s']);
  assert.equal(stdout, 'Hello from Tessera!\n');
  assert.equal(stderr, '');
  assert.equal(code, 0);
});

test('every example runs with its documented result', () => {
  assert.equal(tessera(['run', 'examples/fib.s']).stdout, '832040\n');
  assert.equal(tessera(['run', 'examples/sieve.s']).stdout, '148933\n');
  assert.equal(tessera(['run', 'examples/hash.s']).stdout, '8119578780192875301\n');
  assert.equal(tessera(['run', 'examples/div128.s']).stdout, '-18446688733643\n-350978\n176366841446\n-1\n');
  const abi = tessera(['run', 'examples/host-abi.s']);
  assert.equal(abi.stdout, 'written through vp-call-abi\n');
  assert.equal(abi.code, 3, 'the exit status of tessera.exit reaches the shell');
});

test('arguments after the program reach it as argc and argv', () => {
  assert.equal(
    tessera(['run', 'examples/echo.s', 'hello', 'wide world', 'ünï']).stdout,
    'hello wide world ünï\n',
  );
  assert.equal(tessera(['run', 'examples/echo.s']).stdout, '\n');
  const options = tessera(['run', '--fuel', '100000', 'examples/echo.s', '--fuel', '5']);
  assert.equal(options.stdout, '--fuel 5\n', 'options after the program belong to the program');
  assert.equal(tessera(['run', '--', 'examples/echo.s', '-x']).stdout, '-x\n');
});

test('asm writes a module that run, disasm and inspect read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-cli-'));
  const output = join(dir, 'fib.tsm');
  assert.equal(tessera(['asm', 'examples/fib.s', '-o', output]).code, 0);
  assert.equal(tessera(['run', output]).stdout, '832040\n');
  const listing = tessera(['disasm', '--no-addresses', output]);
  assert.equal(listing.code, 0);
  assert.match(listing.stdout, /\(function 'fib\)\n {2}\(vp-blt-cr 2 r0 'fib_done\)/);
  const reassembled = join(dir, 'again.s');
  writeFileSync(reassembled, listing.stdout);
  const again = join(dir, 'again.tsm');
  assert.equal(tessera(['asm', '--no-debug', reassembled, '-o', again]).code, 0);
  const original = join(dir, 'plain.tsm');
  assert.equal(tessera(['asm', '--no-debug', 'examples/fib.s', '-o', original]).code, 0);
  assert.deepEqual(
    readFileSync(again),
    readFileSync(original),
    'asm -> disasm -> asm is the identical module',
  );
  const info = tessera(['inspect', output]);
  assert.match(info.stdout, /^module {3}"fib"$/m);
  assert.match(info.stdout, /tessera\.write {12}host/);
  assert.match(info.stdout, /export main$/m);
});

test('disasm --source interleaves the source lines recorded in the debug section', () => {
  const listing = tessera(['disasm', '--source', '--no-addresses', 'examples/hello.s']);
  assert.equal(listing.code, 0);
  assert.match(
    listing.stdout,
    /;; examples\/hello\.s:11: \(vp-call-host 'write \(r0 r1 r2\)\)\n {2}\(vp-call-host 'write \(r0 r1 r2\)\)/,
  );
});

test('assembly errors are reported with location, source line and caret, all in one run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-cli-'));
  const source = join(dir, 'bad.s');
  writeFileSync(source, "(export 'main)\n(function 'main)\n  (vp-add-rr r0 r16)\n  (vp-jmp 'nowhere)\n");
  const { code, stderr } = tessera(['run', source]);
  assert.equal(code, 65);
  assert.match(
    stderr,
    /bad\.s:3:17: error ASM009: expected a register \(r0\.\.r14 or rsp\), found r16\n {4}\(vp-add-rr r0 r16\)\n {18}\^/,
  );
  assert.match(stderr, /bad\.s:4:11: error ASM010: undefined name nowhere/);
  assert.match(stderr, /2 errors$/m);
  assertNoStackTrace(stderr);
});

test('a trap prints code, message, location, source line and backtrace, and exits 70', () => {
  const { code, stdout, stderr } = tessera(['run', 'test/spec/trap-null.s']);
  assert.equal(stdout, 'before\n');
  assert.equal(code, 70);
  assert.match(
    stderr,
    /^trap null-access: null pointer access: read of 8 bytes at 0x10 at main\+0x18 \(test\/spec\/trap-null\.s:13:3\)/,
  );
  assert.match(stderr, /\n {4}\(vp-cpy-ir r3 16 r0\)\n {4}\^/);
});

test('--fuel stops a runaway program with exit code 75', () => {
  const { code, stderr } = tessera(['run', '--fuel', '5000', 'test/spec/fuel.s']);
  assert.equal(code, 75);
  assert.match(stderr, /out of fuel/);
});

test('--tier: every tier prints the same, traps the same and stops at the same fuel', () => {
  const runs = ['interp', 'jit', 'auto'].map((tier) => ({
    nbody: tessera(['run', `--tier=${tier}`, 'examples/nbody.c', '1000']),
    crash: tessera(['run', `--tier=${tier}`, 'examples/list.c', 'crash']),
    fuel: tessera(['run', `--tier=${tier}`, '--fuel', '123457', '--stats', 'examples/fib.s']),
  }));
  const [interp, ...others] = runs;
  assert.equal(interp!.nbody.stdout, '-0.169075164\n-0.169087605\n');
  assert.equal(interp!.crash.code, 70);
  assert.equal(interp!.fuel.code, 75);
  for (const other of others) {
    assert.deepEqual(other.nbody, interp!.nbody);
    assert.deepEqual(other.crash, interp!.crash);
    assert.equal(other.fuel.code, 75);
    assert.equal(
      other.fuel.stderr.replace(/[\d.]+ ms.*/, ''),
      interp!.fuel.stderr.replace(/[\d.]+ ms.*/, ''),
    );
  }
  const bad = tessera(['run', '--tier=fast', 'examples/hello.c']);
  assert.equal(bad.code, 64);
  assert.match(bad.stderr, /--tier must be interp, jit or auto, not 'fast'/);
});

test('--stats and --trace report on stderr', () => {
  const stats = tessera(['run', '--stats', 'examples/hello.s']);
  assert.match(stats.stderr, /^stats: 6 instructions, 16 fuel, [\d.]+ ms/);
  const trace = tessera(['run', '--trace', 'examples/hello.s']);
  assert.equal(trace.stdout, 'Hello from Tessera!\n');
  const lines = trace.stderr.trim().split('\n');
  assert.equal(lines.length, 6);
  assert.equal(lines[0], '0x10000  (vp-cpy-cr 1 r0)', 'r0 was already 1 (argc): nothing changed');
  assert.match(lines[1]!, /^0x10004 {2}\(vp-lea-p 'greeting r1\) +r1=0x11000$/);
  assert.match(lines[5]!, /^0x10018 {2}\(vp-ret\)/);
});

test('--mem and --stack are checked and applied', () => {
  assert.equal(tessera(['run', '--mem', '2M', 'examples/hello.s']).code, 0);
  const bad = tessera(['run', '--mem', 'lots', 'examples/hello.s']);
  assert.equal(bad.code, 64);
  assert.match(bad.stderr, /--mem expects a size/);
  const small = tessera(['run', '--mem', '64K', '--stack', '64K', 'examples/hello.s']);
  assert.equal(small.code, 65);
  assert.match(small.stderr, /cannot load/);
  assertNoStackTrace(small.stderr);
});

test('stdin reaches the guest', () => {
  const { stdout, code } = tessera(['run', 'test/spec/stdin.s'], 'hello\n');
  assert.equal(stdout, 'hello\n');
  assert.equal(code, 6);
});

test('help, unknown commands and options, and missing files', () => {
  const help = tessera(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /commands:/);
  for (const command of ['run', 'asm', 'disasm', 'inspect']) {
    const sub = tessera([command, '--help']);
    assert.equal(sub.code, 0, command);
    assert.match(sub.stdout, new RegExp(`^usage: tessera ${command}`), command);
  }
  assert.equal(tessera([]).code, 64);
  assert.match(tessera(['--version']).stdout, /^tessera \d+\.\d+\.\d+\n$/);
  assert.match(
    tessera(['inspect', 'examples/hello.s']).stdout,
    /^module {3}"hello"$/m,
    'inspect reads sources too',
  );
  assert.equal(tessera(['frobnicate']).code, 64);
  const option = tessera(['run', '--bogus', 'examples/hello.s']);
  assert.equal(option.code, 64);
  assertNoStackTrace(option.stderr);
  const missing = tessera(['run', 'no/such/file.s']);
  assert.equal(missing.code, 66);
  assert.match(missing.stderr, /cannot read no\/such\/file\.s: no such file/);
  const garbage = join(mkdtempSync(join(tmpdir(), 'tessera-cli-')), 'garbage.tsm');
  writeFileSync(garbage, 'not a module at all');
  const bad = tessera(['run', garbage]);
  assert.equal(bad.code, 65);
  assert.match(bad.stderr, /garbage\.tsm:0x0: error \w+: module: /);
  assertNoStackTrace(bad.stderr);
});

test('the C examples compile and run with their results', () => {
  assert.equal(tessera(['run', 'examples/hello.c']).stdout, 'Hello from Tessera!\n');
  assert.equal(tessera(['run', 'examples/fib.c', '20']).stdout, 'fib(20) = 6765\n');
  assert.equal(tessera(['run', 'examples/nbody.c', '100']).stdout, '-0.169075164\n-0.169050762\n');
  const sorted = tessera(['run', 'examples/qsort.c']).stdout.split('\n');
  assert.equal(sorted[0], ' 1. alpha        5');
  assert.equal(sorted[18], '19. zebra        5');
  assert.match(
    tessera(['run', 'examples/sieve.c', '100']).stdout,
    /^25 primes below 100; the largest: 97 89/,
  );
  assert.equal(tessera(['run', 'examples/mandelbrot.c']).stdout.split('\n').length, 33);
});

test('a C trap names the C function, file and line, with the callers', () => {
  const { code, stderr } = tessera(['run', 'examples/list.c', 'crash']);
  assert.equal(code, 70);
  assert.match(
    stderr,
    /^trap: null pointer access: read of 4 bytes at 0x0, at examples\/list\.c:41:\d+ in list\.c:sum_first\n/,
  );
  assert.match(stderr, /\n {2}called from examples\/list\.c:41:\d+ in list\.c:sum_first, 10 times\n/);
  assert.match(stderr, /\n {2}called from examples\/list\.c:\d+:\d+ in main\n/);
  assertNoStackTrace(stderr);
});

test('cc writes a module, assembly (-S) and preprocessed source (-E); disasm --source shows the C lines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-cc-'));
  const source = join(dir, 'square.c');
  writeFileSync(
    source,
    '#define SQUARE(x) ((x) * (x))\nint square(int x) {\n  return SQUARE(x);\n}\nint main(void) { return square(7); }\n',
  );
  const module = join(dir, 'square.tsm');
  assert.equal(tessera(['cc', source, '-o', module]).code, 0);
  assert.equal(tessera(['run', module]).code, 49);
  const listing = tessera(['disasm', '--source', '--no-addresses', module]).stdout;
  assert.match(listing, /\(function 'square\)\n {2};; .*square\.c:3: return SQUARE\(x\);\n {2}\(vp-/);
  assert.equal(tessera(['cc', '-S', source, '-o', join(dir, 'square.s')]).code, 0);
  assert.match(readFileSync(join(dir, 'square.s'), 'utf8'), /\(function 'square\)/);
  // The parameter lives in a register (not available to a debugger), unless -O0 keeps it in the frame.
  assert.match(readFileSync(join(dir, 'square.s'), 'utf8'), /\(debug-var "x" \d+ none 0 2 \d+ 4 1\)/);
  assert.equal(tessera(['cc', '-O0', '-S', source, '-o', join(dir, 'square0.s')]).code, 0);
  assert.match(readFileSync(join(dir, 'square0.s'), 'utf8'), /\(debug-var "x" \d+ frame -\d+ 2 \d+ 4 1\)/);
  assert.equal(tessera(['cc', '-O0', source, '-o', join(dir, 'square0.tsm')]).code, 0);
  assert.equal(tessera(['run', join(dir, 'square0.tsm')]).code, 49);
  // main's call to the small leaf square (a tail call) runs its code in place, unless -fno-inline (or -O0)
  // keeps the call.
  assert.doesNotMatch(readFileSync(join(dir, 'square.s'), 'utf8'), /\(vp-(call|jmp) 'square\)/);
  assert.match(readFileSync(join(dir, 'square0.s'), 'utf8'), /\(vp-(call|jmp) 'square\)/);
  assert.equal(tessera(['cc', '-fno-inline', '-S', source, '-o', join(dir, 'calls.s')]).code, 0);
  assert.match(readFileSync(join(dir, 'calls.s'), 'utf8'), /\(vp-(call|jmp) 'square\)/);
  const unknown = tessera(['cc', '-fbogus', source]);
  assert.equal(unknown.code, 64);
  assert.match(unknown.stderr, /unknown option -fbogus/);
  const preprocessed = tessera(['cc', '-E', '-DEXTRA=1', source]);
  assert.equal(preprocessed.code, 0);
  assert.match(preprocessed.stdout, /return \(\(x\) \* \(x\)\);/);
});
