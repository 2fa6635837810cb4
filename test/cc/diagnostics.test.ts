// Golden tests of C compiler diagnostics: each test/cc/diagnostics/NAME.c is compiled on its own and its
// diagnostics, exactly as `tessera cc NAME.c` prints them on stderr (source line, caret, error count), must
// equal NAME.expected. A line `// cc: ARGS` in NAME.c gives further `tessera cc` arguments: -Wall, -w,
// -DNAME[=VALUE], -UNAME, -IDIR, --no-libc, and more inputs (units/*.c); include/ holds headers. A line
// ending in `// error` or `// warning` (or `// warning error`) must get exactly those diagnostics, and files
// that use these marks get none on any other line: that keeps locations on the right line and cascades out.
//
// To accept new output after a deliberate change, rebuild and run
//     UPDATE_GOLDEN=1 node --test dist/test/cc/diagnostics.test.js
// then review the diff of the .expected files before committing it (never regenerate blindly).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  cMessages,
  compile,
  type CDiagnostic,
  type CompileOptions,
  type CompileResult,
} from '../../src/cc/index.js';
import { errorsOnly, formatCDiagnostics } from '../../src/cli/input.js';
import { repoRoot } from '../support/programs.js';

// The goldens live in the source tree, not in dist/.
const folder = new URL('../../../test/cc/diagnostics/', import.meta.url);
const update = process.env['UPDATE_GOLDEN'] === '1';
const testFile = 'dist/test/cc/diagnostics.test.js';
const inputs = readdirSync(folder)
  .filter((name) => name.endsWith('.c'))
  .sort();

/** Files relative to the diagnostics folder, as `tessera cc` run there sees them. */
const files = {
  read(path: string): string | undefined {
    if (path.startsWith('/')) return undefined;
    try {
      return readFileSync(new URL(path, folder), 'utf8');
    } catch {
      return undefined;
    }
  },
};

/** The `tessera cc` arguments after the file name, from its `// cc: ARGS` line. */
function argumentsOf(name: string): string[] {
  const line = /^\/\/ cc: (.*)$/m.exec(readFileSync(new URL(name, folder), 'utf8'));
  return line === null ? [] : line[1]!.trim().split(/\s+/);
}

/** The options `tessera cc` derives from those arguments (src/cli/main.ts), and whether -w hides warnings. */
function optionsOf(name: string): { options: CompileOptions; quiet: boolean } {
  const args = argumentsOf(name);
  const value = (prefix: string): string[] =>
    args.filter((a) => a.startsWith(prefix)).map((a) => a.slice(prefix.length));
  const defines = [
    ...value('-D').map((d): [string, string] => {
      const eq = d.indexOf('=');
      return eq < 0 ? [d, '1'] : [d.slice(0, eq), d.slice(eq + 1)];
    }),
    ...value('-U').map((u): [string, undefined] => [u, undefined]),
  ];
  const quiet = args.includes('-w');
  const options: CompileOptions = {
    files,
    inputs: [name, ...args.filter((a) => !a.startsWith('-'))],
    includePaths: value('-I'),
    defines,
    warnings: value('-W').length > 0 && !quiet,
    library: !args.includes('--no-libc'),
  };
  return { options, quiet };
}

interface Golden {
  readonly result: CompileResult;
  /** The diagnostics `tessera cc` shows. */
  readonly shown: readonly CDiagnostic[];
  /** What `tessera cc` writes on stderr. */
  readonly text: string;
}

const compiled = new Map<string, Golden>();

function compileGolden(name: string): Golden {
  const cached = compiled.get(name);
  if (cached !== undefined) return cached;
  const { options, quiet } = optionsOf(name);
  const result = compile(options);
  const shown = quiet ? errorsOnly(result.diagnostics) : result.diagnostics;
  const text = shown.length === 0 ? '' : `${formatCDiagnostics(shown, result.sources)}\n`;
  const golden = { result, shown, text };
  compiled.set(name, golden);
  return golden;
}

const expectedFile = (name: string): URL => new URL(name.replace(/\.c$/, '.expected'), folder);

test('the diagnostics folder holds golden inputs', () => {
  assert.ok(inputs.length >= 60, `found ${inputs.length} inputs in ${folder.pathname}`);
});

for (const name of inputs) {
  test(`diagnostics of ${name}`, () => {
    const { result, shown, text } = compileGolden(name);
    assert.ok(shown.length > 0, 'a golden input must have diagnostics');
    assert.equal(
      result.module === undefined,
      shown.some((d) => d.severity === 'error'),
      'a module iff no errors',
    );
    if (update) {
      writeFileSync(expectedFile(name), text);
      return;
    }
    let expected: string;
    try {
      expected = readFileSync(expectedFile(name), 'utf8');
    } catch {
      assert.fail(`${name} has no .expected file: run UPDATE_GOLDEN=1 node --test ${testFile} and review it`);
    }
    assert.equal(text, expected);
  });
}

/** Codes no golden input produces, and why. A new code needs a golden input or a line here. */
const uncovered: Readonly<Record<string, string>> = {
  C1043: 'an internal error: a bug, when it happens',
  C2006: 'an internal error: a bug, when it happens',
  C3087: 'an internal error: a bug, when it happens',
  C4002: 'an internal error: a bug, when it happens',
  C4902: 'an internal error: a bug, when it happens',
  C3023: 'retired: variable-length arrays are supported now',
  C3090: 'the parser reports a type name where an expression goes before the analyser could',
  C4904: 'tessera cc reports an unreadable input itself (exit 66) before compiling',
};

test('every diagnostic code appears in some golden file, or is listed as unreachable', () => {
  const seen = new Set<string>(
    inputs.flatMap((name) => compileGolden(name).result.diagnostics.map((d) => d.code)),
  );
  const missing = Object.keys(cMessages).filter((code) => !seen.has(code) && !(code in uncovered));
  assert.deepEqual(
    missing,
    [],
    'add a golden input to test/cc/diagnostics/ for each (or list it in uncovered)',
  );
  const stale = Object.keys(uncovered).filter((code) => seen.has(code) || !(code in cMessages));
  assert.deepEqual(stale, [], 'these codes are covered now, or no longer exist: remove them from uncovered');
});

test('marked lines get exactly one diagnostic of their kind, and unmarked lines none', () => {
  let checked = 0;
  for (const name of inputs) {
    const lines = readFileSync(new URL(name, folder), 'utf8').split('\n');
    const marks = lines.flatMap((line, i) => {
      const mark = /\/\/((?: error| warning)+)$/.exec(line);
      return mark === null
        ? []
        : mark[1]!
            .trim()
            .split(' ')
            .map((kind) => `${name}:${i + 1}: ${kind}`);
    });
    if (marks.length === 0) continue;
    checked++;
    const found = compileGolden(name)
      .shown.filter((d) => d.at.file === name && d.severity !== 'note')
      .map((d) => `${name}:${d.at.line}: ${d.severity}`);
    assert.deepEqual(found.sort(), marks.sort(), `${name}: diagnostics on other lines than marked`);
  }
  assert.ok(checked >= 20, `only ${checked} golden inputs use // error marks`);
});

test('a file with several independent errors reports each of them once, in order, with no cascade', () => {
  for (const name of ['parse-several-errors.c', 'sema-several-errors.c']) {
    const lines = readFileSync(new URL(name, folder), 'utf8').split('\n');
    const marked = lines.flatMap((line, i) => (line.endsWith('// error') ? [i + 1] : []));
    const errors = compileGolden(name).shown.filter((d) => d.severity === 'error');
    assert.ok(marked.length >= 5, `${name} marks ${marked.length} errors`);
    assert.deepEqual(
      errors.map((d) => d.at.line),
      marked,
      `${name}: one error per marked line, in order, and nothing else`,
    );
  }
});

/**
 * Errors reported when their scope ends, as gcc does: link errors after every unit is compiled, in the
 * order the linker finds them, and labels used but not defined at the end of their function.
 */
const lateErrors = (code: string): boolean => code.startsWith('C49') || code === 'C3027';

test('errors are in source order, and no diagnostic is repeated', () => {
  for (const name of inputs) {
    const { shown } = compileGolden(name);
    const errors = shown.filter((d) => d.severity === 'error' && d.at.file === name && !lateErrors(d.code));
    for (let i = 1; i < errors.length; i++) {
      const [a, b] = [errors[i - 1]!.at, errors[i]!.at];
      assert.ok(
        a.line < b.line || (a.line === b.line && a.column <= b.column),
        `${name}: the error at ${b.line}:${b.column} comes after the one at ${a.line}:${a.column}`,
      );
    }
    // (A note may repeat: gcc's `macro "f" defined here` follows each wrong use of f.)
    const keys = shown
      .filter((d) => d.severity !== 'note')
      .map((d) => `${d.at.file}:${d.at.line}:${d.at.column}: ${d.severity}: ${d.message}`);
    const repeated = keys.filter((key, i) => keys.indexOf(key) !== i);
    assert.deepEqual(repeated, [], `${name}: repeated diagnostics`);
  }
});

test('every diagnostic points into a file that was read, with its source line and caret', () => {
  for (const name of inputs) {
    // After #line, diagnostics name the line and file it gives instead.
    if (/^#line /m.test(readFileSync(new URL(name, folder), 'utf8'))) continue;
    const { result, shown } = compileGolden(name);
    for (const d of shown) {
      // A link error about the whole program (no `main`) names the program and no line.
      if (d.at.line === 0 && d.code === 'C4901' && d.at.file === name) continue;
      const text = result.sources.get(d.at.file);
      const where = `${name}: ${d.code} at ${d.at.file}:${d.at.line}:${d.at.column}`;
      assert.ok(text !== undefined, `${where} is in no file that was read`);
      const line = text.split('\n')[d.at.line - 1];
      assert.ok(line !== undefined, `${where}: the file has no such line`);
      assert.ok(d.at.column >= 1 && d.at.column <= line.length + 1, `${where}: past the end of the line`);
    }
  }
});

// ---- the command line: the same text on stderr, exit status 65, never a stack trace of ours ----

const bin = fileURLToPath(new URL('bin/tessera.js', repoRoot));

function tessera(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  // A hang fails the test (status null) instead of stopping the suite.
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: folder,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function assertNoStackTrace(stderr: string): void {
  assert.doesNotMatch(stderr, /\n\s+at .*(\.js|\.ts|<anonymous>)/, 'no stack trace of ours');
  assert.doesNotMatch(stderr, /internal error|Error: |RangeError|TypeError/, 'no exception of ours');
}

/** A few goldens from every stage, run through the real binary. */
const cliGoldens = [
  'lex-unterminated-string.c',
  'pp-error.c',
  'parse-several-errors.c',
  'sema-several-errors.c',
  'link-multiple-definition.c',
];

test('tessera cc prints exactly the golden diagnostics on stderr and exits 65', () => {
  const output = join(mkdtempSync(join(tmpdir(), 'tessera-cc-diagnostics-')), 'out.tsm');
  for (const name of cliGoldens) {
    const expected = readFileSync(expectedFile(name), 'utf8');
    const run = tessera(['cc', name, ...argumentsOf(name), '-o', output]);
    assert.equal(run.stderr, expected, name);
    assert.equal(run.stdout, '', name);
    assert.equal(run.status, 65, name);
    assertNoStackTrace(run.stderr);
  }
});

test('tessera run of a C file with errors prints them and exits 65', () => {
  for (const name of ['parse-several-errors.c', 'sema-several-errors.c']) {
    const run = tessera(['run', name]);
    assert.equal(run.stderr, readFileSync(expectedFile(name), 'utf8'), name);
    assert.equal(run.stdout, '', name);
    assert.equal(run.status, 65, name);
  }
});

test('tessera cc with warnings only exits 0 and prints them', () => {
  const name = 'warn-pointer-types.c';
  const output = join(mkdtempSync(join(tmpdir(), 'tessera-cc-diagnostics-')), 'out.tsm');
  const run = tessera(['cc', name, '-o', output]);
  assert.equal(run.stderr, readFileSync(expectedFile(name), 'utf8'));
  assert.equal(run.status, 0);
});

test('hostile files through tessera cc and tessera run: diagnostics, never a stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-cc-hostile-'));
  const cases: Record<string, string | Uint8Array> = {
    'binary.c': Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
    'empty.c': '',
    'deep.c': `int main(void) { return ${'('.repeat(100_000)}0${')'.repeat(100_000)}; }\n`,
    'braces.c': `int main(void) ${'{'.repeat(100_000)}\n`,
    'macros.c': '#define A(x) x x\n#define B(x) A(A(A(A(A(x)))))\nint main(void) { B(B(B(B(1)))); }\n',
    // Not a regular file: reading it would never end.
    'device.c': '#include "/dev/zero"\nint main(void) { return 0; }\n',
  };
  for (const [file, content] of Object.entries(cases)) {
    const path = join(dir, file);
    writeFileSync(path, content);
    for (const args of [
      ['cc', path, '-o', join(dir, 'out.tsm')],
      ['run', path],
    ]) {
      const run = tessera(args);
      assertNoStackTrace(run.stderr);
      assert.equal(run.status, 65, `${args.join(' ')}: exit status`);
      // Located, or about the whole program (empty.c has no `main`).
      assert.match(run.stderr, /^[^\n]+:(\d+:\d+:)? error: /, `${args.join(' ')}: a located error`);
      assert.match(run.stderr, /\n\d+ errors?\n$/, `${args.join(' ')}: the error count last`);
    }
  }
});
