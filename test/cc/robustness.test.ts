// Robustness of the whole C compiler against bad input: random bytes, token soup, real programs with tokens
// and lines deleted, duplicated, swapped, replaced or inserted, and pathological nesting must each end quickly
// with diagnostics or a module, never an exception, a stack overflow, an internal-error diagnostic or a
// diagnostic outside the text it points into.
// Inputs scale with FUZZ_SCALE (and FUZZ_MS bounds each property by time); FUZZ_SEED replays a failure.
// For a longer local run: FUZZ_SCALE=50 FUZZ_MS=120000 node --test dist/test/cc/robustness.test.js

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { compile, compileUnit, formatCDiagnostic, type CDiagnostic } from '../../src/cc/index.js';
import { repoRoot } from '../support/programs.js';

const scale = Number(process.env['FUZZ_SCALE'] ?? 1);
const fuzzMilliseconds = Number(process.env['FUZZ_MS'] ?? 0);
const fuzzSeed = process.env['FUZZ_SEED'] === undefined ? undefined : Number(process.env['FUZZ_SEED']);
/** CPU milliseconds one input may take through one entry point: far above the real cost, so only a blow-up trips it. */
const perInputLimit = 5000;
/** Diagnostics that mean the compiler itself failed: a caught exception or code the assembler rejected. */
const internalErrors = new Set(['C1043', 'C2006', 'C3087', 'C4002', 'C4902']);

/** Run options for one property: `runs` at scale 1, more with FUZZ_SCALE, bounded in time by FUZZ_MS. */
function runs(count: number): fc.Parameters<unknown> {
  return {
    numRuns: Math.max(1, Math.round(count * scale)),
    ...(fuzzMilliseconds > 0 ? { interruptAfterTimeLimit: fuzzMilliseconds / 4 } : {}),
    ...(fuzzSeed === undefined ? {} : { seed: fuzzSeed }),
    includeErrorInReport: true,
  };
}

// ---- the corpus: examples/*.c and test/cc/programs/**/*.c, with the headers they include ----

/** Every file under `folder` (repository-relative) whose name ends with `extension`, sorted. */
function filesUnder(folder: string, extension: string): string[] {
  const found: string[] = [];
  const walk = (relative: string): void => {
    let names: string[];
    try {
      names = readdirSync(new URL(relative, repoRoot)).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = `${relative}/${name}`;
      if (statSync(new URL(path, repoRoot)).isDirectory()) walk(path);
      else if (name.endsWith(extension)) found.push(path);
    }
  };
  walk(folder);
  return found;
}

const read = (path: string): string => readFileSync(new URL(path, repoRoot), 'utf8');
const corpus = [...filesUnder('examples', '.c'), ...filesUnder('test/cc/programs', '.c')].map((path) => ({
  path,
  text: read(path),
}));
const headers = new Map(filesUnder('test/cc/programs', '.h').map((path) => [path, read(path)]));

// ---- the checks every input goes through ----

/** `#line` or a `# 33 "file"` line marker, after which locations are in the file and line they name. */
const lineDirective = /(#|%:)(\s|\\\r?\n|\/\*[\s\S]*?\*\/)*(line|\d)/;

/** What went wrong with one diagnostic, or undefined when it is well formed and points into a file read. */
function misplaced(
  d: CDiagnostic,
  sources: ReadonlyMap<string, string>,
  presumed: boolean,
): string | undefined {
  const where = `${d.code} at ${d.at.file}:${d.at.line}:${d.at.column}`;
  if (internalErrors.has(d.code)) return `internal error ${where}: ${d.message}`;
  if (d.message.length === 0) return `${where} has no message`;
  if (presumed) return undefined;
  const text = sources.get(d.at.file);
  if (text === undefined) return `${where}: a file that was never read`;
  const lines = text.split('\n');
  const { line, column } = d.at;
  if (!Number.isInteger(line) || line < 1 || line > lines.length) return `${where}: no such line`;
  const length = lines[line - 1]!.length;
  if (!Number.isInteger(column) || column < 1 || column > length + 1)
    return `${where}: column past the end of a line of ${length}`;
  const formatted = formatCDiagnostic(d, text);
  const included =
    /^((In file included from [^\n]+,\n( {17}from [^\n]+,\n)* {17}from|In file included from) [^\n]+:\n)?/;
  const located = /[^\n]+:\d+:\d+: (error|warning|note): [^\n]+\n {2}[^\n]*\n {2} *\^$/;
  if (!new RegExp(included.source + located.source).test(formatted))
    return `${where} formats badly: ${JSON.stringify(formatted)}`;
  return undefined;
}

/** Everything promised about one result: no internal errors, every location real, a module iff no errors. */
function checkResult(
  what: string,
  diagnostics: readonly CDiagnostic[],
  sources: ReadonlyMap<string, string>,
  output: unknown,
  presumed: boolean,
): void {
  const problems = diagnostics.map((d) => misplaced(d, sources, presumed)).filter((p) => p !== undefined);
  assert.deepEqual(problems.slice(0, 5), [], `${what}: ${problems.length} bad diagnostics`);
  const failed = diagnostics.some((d) => d.severity === 'error');
  assert.equal(
    output === undefined,
    failed,
    `${what}: output ${output === undefined ? 'missing' : 'despite errors'}`,
  );
}

/**
 * Call `f`, failing with the input's size when it throws or takes too long. Time is this process's CPU time,
 * so that a machine busy with other work does not fail the test.
 */
function timed<T>(what: string, text: string, f: () => T): T {
  const started = process.cpuUsage();
  let result: T;
  try {
    result = f();
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    assert.fail(`${what} threw for an input of ${text.length} characters: ${detail}`);
  }
  const { user, system } = process.cpuUsage(started);
  const elapsed = (user + system) / 1000;
  assert.ok(elapsed < perInputLimit, `${what} took ${Math.round(elapsed)} ms for ${text.length} characters`);
  return result;
}

/**
 * Compile `text` as the file `path` through `compile` (without the C library, for speed) and through
 * `compileUnit` with -W, and check both. `others` are further inputs linked with it.
 */
function check(text: string, path = 'fuzz.c', others: readonly { path: string; text: string }[] = []): void {
  const texts = new Map([...headers, ...others.map((o): [string, string] => [o.path, o.text]), [path, text]]);
  const files = { read: (p: string) => texts.get(p) };
  const inputs = [path, ...others.map((o) => o.path)];
  const whole = timed('compile', text, () => compile({ files, inputs, library: false }));
  // After #line, diagnostics are where it says; they are checked for everything but their place.
  const presumed = [...texts.values()].some((t) => lineDirective.test(t));
  checkResult('compile', whole.diagnostics, whole.sources, whole.module, presumed);
  const unit = timed('compileUnit', text, () => compileUnit(path, { files, warnings: true }));
  checkResult('compileUnit', unit.diagnostics, unit.sources, unit.assembly, presumed);
}

// ---- pathological inputs, each once ----

test('the corpus of real programs is there, and passes the checks as it is', () => {
  assert.ok(
    corpus.length >= 50,
    `only ${corpus.length} programs found under examples/ and test/cc/programs/`,
  );
  for (const { path, text } of corpus.slice(0, 3)) check(text, path);
});

test('deep nesting: 10,000 parentheses, braces, declarators, #if groups and macro expansions', () => {
  const n = 10_000;
  const inMain = (body: string): string => `int main(void) {\n${body}\n}\n`;
  const cases: Record<string, string> = {
    parentheses: inMain(`return ${'('.repeat(n)}1${')'.repeat(n)};`),
    'unclosed parentheses': inMain(`return ${'('.repeat(n)}1;`),
    'closing parentheses': inMain(`return 1${')'.repeat(n)};`),
    braces: `int main(void) ${'{'.repeat(n)}${'}'.repeat(n)}`,
    'unclosed braces': `int main(void) ${'{'.repeat(n)}`,
    'closing braces': `int main(void) {}${'}'.repeat(n)}`,
    'pointer declarators': `int ${'*'.repeat(n)}p;\n${inMain('return 0;')}`,
    'parenthesized declarators': `int ${'('.repeat(n)}x${')'.repeat(n)};\n${inMain('return 0;')}`,
    'array declarators': `int x${'[1]'.repeat(1000)};\n${inMain('return 0;')}`,
    'function declarators': `int x${'()'.repeat(n)};\n${inMain('return 0;')}`,
    'function pointer declarators': `int ${'(*'.repeat(n)}f${')(void)'.repeat(n)};\n${inMain('return 0;')}`,
    'abstract declarators': inMain(`return sizeof(int ${'(*'.repeat(n)}${')'.repeat(n)});`),
    'initializer braces': `int x = ${'{'.repeat(n)}1${'}'.repeat(n)};\n${inMain('return x;')}`,
    'nested structs': `${'struct a { '.repeat(n)}int x;${' } y;'.repeat(n)}\n${inMain('return 0;')}`,
    '#if groups': `${'#if 1\n'.repeat(n)}${inMain('return 0;')}${'#endif\n'.repeat(n)}`,
    'skipped #if groups': `${'#if 0\n'.repeat(n)}${inMain('return 0;')}${'#endif\n'.repeat(n)}`,
    'unterminated #if groups': `${'#ifdef X\n'.repeat(n)}${inMain('return 0;')}`,
    '#if parentheses': `#if ${'('.repeat(n)}1${')'.repeat(n)}\n#endif\n${inMain('return 0;')}`,
    '#if unary operators': `#if ${'-'.repeat(n)}1\n#endif\n${inMain('return 0;')}`,
    'macro chain': `#define M0 1\n${Array.from({ length: n }, (_, i) => `#define M${i + 1} (M${i} + 1)`).join('\n')}\n${inMain(`return M${n};`)}`,
    'macro arguments': `#define F(x) x\n${inMain(`return ${'F('.repeat(n)}1${')'.repeat(n)};`)}`,
    'exponential macros': `#define A(x) x x\n#define B(x) A(A(A(A(x))))\n${inMain('B(B(B(B(B(B(1))))));')}`,
    'self-including file': '#include __FILE__\n',
    'unary operators': inMain(`return ${'-'.repeat(n)}1;`),
    'logical not': inMain(`return ${'!'.repeat(n)}1;`),
    casts: inMain(`return ${'(int)'.repeat(n)}1;`),
    dereferences: inMain(`int *p = 0;\nreturn ${'*'.repeat(n)}p;`),
    sizeofs: inMain(`return ${'sizeof '.repeat(n)}1;`),
    'binary operator chain': inMain(`return ${'1 + '.repeat(n)}1;`),
    'assignment chain': inMain(`int a;\nreturn ${'a = '.repeat(n)}1;`),
    'conditional chain': inMain(`int a = 1;\nreturn ${'a ? 1 : '.repeat(n)}0;`),
    'nested conditionals': inMain(`return ${'1 ? '.repeat(n)}1${' : 1'.repeat(n)};`),
    'comma chain': inMain(`return (${'1, '.repeat(n)}1);`),
    'logical chain': inMain(`int a = 1;\nreturn ${'a && '.repeat(n)}a;`),
    'nested calls': `int f(int x) { return x; }\n${inMain(`return ${'f('.repeat(n)}1${')'.repeat(n)};`)}`,
    'nested subscripts': inMain(`int a[1] = {0};\nreturn ${'a['.repeat(n)}0${']'.repeat(n)};`),
    'member chain': `struct s { struct s *n; int v; };\n${inMain(`struct s x;\nx.n = &x;\nreturn x${'.n->n'.repeat(n / 2)}->v;`)}`,
    'else-if chain': inMain(`int a = 0;\n${'if (a) a++; else '.repeat(n)}a--;\nreturn a;`),
    'nested ifs': inMain(`int a = 0;\n${'if (a) '.repeat(n)}a--;\nreturn a;`),
    'nested loops': inMain(`int a = 0;\n${'while (a) '.repeat(n)}a--;\nreturn a;`),
    'nested blocks with declarations': inMain(`${'{ int a = 1; '.repeat(n)}${'}'.repeat(n)}\nreturn 0;`),
    'chained labels': inMain(`${Array.from({ length: n }, (_, i) => `l${i}:`).join(' ')} return 0;`),
    'string concatenation': inMain(`const char *s = ${'"a" '.repeat(n)};\nreturn s[0];`),
    'long line': inMain(`return 0${' + 0'.repeat(100_000)};`),
  };
  for (const [name, text] of Object.entries(cases)) {
    try {
      check(text, 'deep.c');
    } catch (error) {
      assert.fail(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
});

test('wide input: thousands of declarations, enumerators, parameters, arguments and case labels', () => {
  const n = scale > 1 ? 10_000 : 1000;
  const list = (f: (i: number) => string, separator = ' '): string =>
    Array.from({ length: n }, (_, i) => f(i)).join(separator);
  const cases: Record<string, string> = {
    declarations: `int main(void) { ${list((i) => `int v${i} = ${i};`)} return v0; }`,
    enumerators: `enum e { ${list((i) => `E${i}`, ', ')} };\nint main(void) { return E9; }`,
    parameters: `int f(${list((i) => `int p${i}`, ', ')}) { return p0; }\nint main(void) { return 0; }`,
    arguments: `int f();\nint main(void) { return f(${list(String, ', ')}); }`,
    'case labels': `int main(void) { int a = 3; switch (a) { ${list((i) => `case ${i}: a++;`)} } return a; }`,
    'duplicate case labels': `int main(void) { int a = 3; switch (a) { ${list(() => 'case 1: a++;')} } return a; }`,
    redefinitions: `${list(() => 'int x = 1;', '\n')}\nint main(void) { return x; }`,
    'undeclared names': `int main(void) { ${list((i) => `u${i}++;`, '\n')} return 0; }`,
    'syntax errors': `int main(void) { ${list(() => 'int = ;', '\n')} return 0; }`,
    'stray characters': `${'@ '.repeat(n)}\nint main(void) { return 0; }`,
    'unterminated strings': `${'"\n'.repeat(n)}int main(void) { return 0; }`,
  };
  for (const [name, text] of Object.entries(cases)) {
    try {
      check(text, 'wide.c');
    } catch (error) {
      assert.fail(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
});

test('huge and odd values: sizes, constants, characters, line endings', () => {
  const cases = [
    'char big[1LL << 62]; int main(void) { return 0; }',
    'char big[2000000000]; int main(void) { return big[0]; }',
    'int main;',
    'int main = 3; int f(void) { return main; }',
    'int r1 = 1, rsp = 2; int r0(void) { return r1 + rsp; } int main(void) { return r0(); }',
    'int main(void) { char big[1LL << 40]; return big[0]; }',
    'int a[-1]; int main(void) { return 0; }',
    `int main(void) { return ${'9'.repeat(10_000)}; }`,
    `int main(void) { return 0x${'f'.repeat(10_000)}; }`,
    `double d = 1e${'9'.repeat(1000)}; int main(void) { return 0; }`,
    `int main(void) { return '${'a'.repeat(1000)}'; }`,
    `char *s = "${'\\x41\\777\\u00e9\\q'.repeat(5000)}"; int main(void) { return 0; }`,
    `int ${'n'.repeat(100_000)} = 1; int main(void) { return 0; }`,
    'int main(void) {\r\n  return 0;\r\n}\r\n',
    '\ufeffint main(void) { return 0; }',
    'int main(void) { return 0; }\0',
    'int main(void) { int \u00e9 = 1; return \u00e9; }',
    'int main(void) { return "\ud800"[0]; }',
    'int main(void) { return 0; } \\',
    'int main(void) { return 0; } /',
    '#',
    '#define',
    '#include',
    '#if',
    '#line 0',
    '#line 99999999999 "x"\nint',
    '#pragma',
    '_Pragma(',
    '??=define X 1\nint main(void) { return X; }',
    '%:define X 1\nint main(void) <% return X; %>',
    'int main(void) { return sizeof(struct { int x : 99; }); }',
    'int main(void) { int x = 1 << 64; return x / 0 % 0; }',
    'struct s; struct s f(void); int main(void) { f(); return 0; }',
    'int main(void) { return main; }',
    'void f(void); int main(void) { return f; }',
    '',
    ' ',
    '\n'.repeat(100_000),
  ];
  for (const text of cases) {
    try {
      check(text, 'odd.c');
    } catch (error) {
      assert.fail(
        `${JSON.stringify(text.slice(0, 80))}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
});

// ---- random inputs ----

test('random bytes and random text', () => {
  const bytes = fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('latin1'));
  const text = fc.string({ maxLength: 300, unit: 'binary' });
  fc.assert(
    fc.property(fc.oneof(bytes, text), (input) => check(input)),
    runs(150),
  );
});

const vocabulary = [
  // keywords
  ...['auto', 'break', 'case', 'char', 'const', 'continue', 'default', 'do', 'double', 'else', 'enum'],
  ...['extern', 'float', 'for', 'goto', 'if', 'inline', 'int', 'long', 'register', 'restrict', 'return'],
  ...['short', 'signed', 'sizeof', 'static', 'struct', 'switch', 'typedef', 'union', 'unsigned', 'void'],
  ...['volatile', 'while', '_Bool', '_Complex', '_Static_assert', '_Alignof', '__attribute__', 'typeof'],
  ...['__builtin_va_list', '__builtin_va_arg', '__builtin_offsetof', 'asm', '_Generic'],
  // punctuators
  ...['(', ')', '[', ']', '{', '}', ';', ',', ':', '?', '.', '->', '...', '=', '+=', '<<=', '++', '--'],
  ...['+', '-', '*', '/', '%', '&', '|', '^', '~', '!', '&&', '||', '<', '>', '<=', '==', '!=', '<<', '>>'],
  // names and literals
  ...['a', 'b', 'f', 'main', 'x', 's', 'T', 'printf', 'NULL', 'size_t', '__FILE__', '__LINE__'],
  ...['0', '1', '42', '0x7fffffffffffffff', '18446744073709551616', '1.5', '1e400', '0x1p-3', "'a'", "'\\n'"],
  ...['"str"', '"%d\\n"', 'L"w"', "''", '"\\q"', '077', '09', '1u', '1ull', '1.0f'],
  // preprocessing
  ...[
    '\n#define M(a, b) a ## b\n',
    '\n#define N 1\n',
    '\n#if N\n',
    '\n#ifdef M\n',
    '\n#else\n',
    '\n#endif\n',
  ],
  ...['\n#include <stdio.h>\n', '\n#include "missing.h"\n', '\n#undef N\n', '\n#error oops\n', 'M(', 'N'],
  ...['#', '##', '\\\n', '/*', '*/', '//', '\n', ' '],
];

const tokenSoup = fc.array(fc.constantFrom(...vocabulary), { maxLength: 120 }).map((t) => t.join(' '));

/** Token soup inside a function body and after some declarations, so the analyser sees more of it. */
const soupInFunction = fc
  .tuple(tokenSoup, tokenSoup)
  .map(
    ([declarations, body]) =>
      `struct s { int a; int *p; };\ntypedef int T;\n${declarations};\nint main(int argc, char **argv) {\n${body};\nreturn 0;\n}\n`,
  );

test('token soup from a C vocabulary', () => {
  fc.assert(
    fc.property(fc.oneof(tokenSoup, soupInFunction), (input) => check(input)),
    runs(250),
  );
});

/** A C source split into tokens (with the spaces and comments kept as tokens of their own) or into lines. */
const tokenPattern =
  /\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/|[A-Za-z_]\w*|\.?\d(?:[eEpP][+-]|[\w.])*|L?"(?:[^"\\\n]|\\.)*"|L?'(?:[^'\\\n]|\\.)*'|\.\.\.|<<=|>>=|->|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%&|^!=<>]=|##|[\s\S]/g;

type Edit = {
  kind: 'delete' | 'duplicate' | 'swap' | 'replace' | 'insert';
  lines: boolean;
  at: number;
  other: number;
};

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'swap', 'replace', 'insert'),
  lines: fc.boolean(),
  at: fc.nat(),
  other: fc.nat(),
});

/** Apply edits to the tokens (never to the spaces between them) or to the lines of `text`. */
function mutate(text: string, edits: readonly Edit[], replacements: readonly string[]): string {
  let out = text;
  edits.forEach((e, n) => {
    const parts = e.lines ? out.split(/(?<=\n)/) : (out.match(tokenPattern) ?? []);
    const editable = parts.flatMap((p, i) => (e.lines || !/^\s+$/.test(p) ? [i] : []));
    if (editable.length === 0) return;
    const i = editable[e.at % editable.length]!;
    const j = editable[e.other % editable.length]!;
    switch (e.kind) {
      case 'delete':
        parts.splice(i, 1);
        break;
      case 'duplicate':
        parts.splice(i, 0, e.lines ? parts[i]! : `${parts[i]!} `);
        break;
      case 'swap':
        [parts[i], parts[j]] = [parts[j]!, parts[i]!];
        break;
      case 'replace':
      case 'insert': {
        const replacement = replacements[n % replacements.length]!;
        parts.splice(i, e.kind === 'replace' ? 1 : 0, e.lines ? `${replacement}\n` : `${replacement} `);
        break;
      }
    }
    out = parts.join('');
  });
  return out;
}

const program = fc.constantFrom(...corpus);

test('real programs with tokens and lines deleted, duplicated, swapped, replaced or inserted', () => {
  fc.assert(
    fc.property(
      program,
      fc.array(edit, { minLength: 1, maxLength: 4 }),
      fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 4 }),
      ({ path, text }, edits, replacements) => check(mutate(text, edits, replacements), path),
    ),
    runs(120),
  );
});

test('two units linked together, one of them mutated', () => {
  fc.assert(
    fc.property(
      program,
      program,
      fc.array(edit, { maxLength: 3 }),
      fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 3 }),
      (first, second, edits, replacements) => {
        // Another directory, so that the second unit never has the first one's path.
        const other = { path: `other/${second.path}`, text: second.text };
        check(mutate(first.text, edits, replacements), first.path, [other]);
      },
    ),
    runs(15),
  );
});
