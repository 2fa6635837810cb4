// The calling convention end to end (docs/ABI.md "Calls"): the C programs in test/cc/codegen/calls/ run
// with the C library and must print what gcc's build printed (NAME.expected), and the argument area
// appears exactly where the convention says.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compileUnit } from '../../src/cc/index.js';
import { compileAndRun } from '../support/c.js';
import { repoRoot } from '../support/programs.js';

const directory = new URL('test/cc/codegen/calls/', repoRoot);
const pathOf = (name: string): string => fileURLToPath(new URL(name, directory));
const expected = (name: string): string => readFileSync(new URL(name, directory), 'utf8');

async function expectOutput(sources: readonly string[], expectedFile: string): Promise<void> {
  const run = await compileAndRun(sources.map(pathOf));
  assert.equal(run.trap, undefined, run.trap?.report);
  assert.equal(run.stdout, expected(expectedFile));
  assert.equal(run.status, 0);
}

test('printf through an implicit declaration: ints, doubles, strings, more than six arguments', async () => {
  await expectOutput(['implicit_printf.c'], 'implicit_printf.expected');
});

test('variadic and nine-argument functions called through unprototyped declarations of another unit', async () => {
  await expectOutput(['unprototyped_caller.c', 'unprototyped_callee.c'], 'unprototyped.expected');
});

test('va_copy: two walks over the same arguments, a copy taken half way, a copy handed to vprintf', async () => {
  await expectOutput(['va_copy.c'], 'va_copy.expected');
});

test('variadic calls with 0 to 10 extra arguments of mixed types, structs and a struct result', async () => {
  await expectOutput(['varargs_mixed.c'], 'varargs_mixed.expected');
});

/** The assembly of one function of a C source, without line directives. */
function functionText(source: string, name: string): string {
  const files = { read: (path: string) => (path === 'unit.c' ? source : undefined) };
  const result = compileUnit('unit.c', { files, debug: false });
  assert.ok(result.assembly !== undefined, result.diagnostics.map((d) => d.message).join('\n'));
  const start = result.assembly.indexOf(`(function '${name})`);
  assert.notEqual(start, -1, result.assembly);
  const end = result.assembly.indexOf('(function ', start + 1);
  return result.assembly.slice(start, end === -1 ? undefined : end);
}

test('the argument area: reserved for unprototyped, variadic and stack-argument calls only', () => {
  const source = [
    'int unprototyped();',
    'int variadic(int, ...);',
    'int six(int, int, int, int, int, int);',
    'long eight(long, long, long, long, long, long, long, long);',
    'int a(void) { return unprototyped(1, 2) + 1; }',
    'int b(void) { return variadic(1, 2) + 1; }',
    'int c(void) { return six(1, 2, 3, 4, 5, 6) + 1; }',
    'long d(void) { return eight(1, 2, 3, 4, 5, 6, 7, 8) + 1; }',
  ].join('\n');
  // Six homes of 8 bytes, not written by the caller.
  assert.match(functionText(source, 'a'), /\(vp-alloc 48\)/);
  assert.doesNotMatch(functionText(source, 'a'), /vp-cpy-ri/);
  assert.match(functionText(source, 'b'), /\(vp-alloc 48\)/);
  assert.doesNotMatch(functionText(source, 'c'), /vp-alloc/);
  // Slots 6 and 7 at [rsp + 48] and [rsp + 56].
  const d = functionText(source, 'd');
  assert.match(d, /\(vp-alloc 64\)/);
  assert.match(d, /\(vp-cpy-ri r\d+ rsp 48\)[^]*\(vp-cpy-ri r\d+ rsp 56\)/);
});

test('a variadic function stores the register slots after its named ones into their homes', () => {
  const source = [
    '#include <stdarg.h>',
    'long f(long a, long b, ...) { va_list ap; va_start(ap, b); long x = va_arg(ap, long); va_end(ap); return a + b + x; }',
    'long g(int n, ...) { return n; }',
  ].join('\n');
  const f = functionText(source, 'f');
  // Entry rsp + 8 is slot 0's home: slots 2-5 at 24..48; va_start points at slot 2.
  for (const [register, offset] of [
    [2, 24],
    [3, 32],
    [4, 40],
    [5, 48],
  ]) {
    assert.match(f, new RegExp(`\\(vp-cpy-ri r${register} rsp ${offset}\\)`), f);
  }
  assert.doesNotMatch(f, /\(vp-cpy-ri r[01] rsp/, f);
  assert.match(f, /\(vp-lea-i rsp 24 r\d+\)|\(vp-cpy-ir rsp 24 r\d+\)/, f);
  // Even a variadic function that never reads its variadic arguments stores them: harmless, and simple.
  assert.match(functionText(source, 'g'), /\(vp-cpy-ri r5 rsp 48\)/);
});
