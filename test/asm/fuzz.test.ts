// Bounded fuzzing of the assembler (about 3 s): random tokens, byte mutations of valid programs and
// pathological inputs must give diagnostics or a module, never an exception or a hang, and every
// diagnostic must point at a real place in a file that was read.
// For a longer local run: FUZZ_MS=60000 node --test dist/test/asm/fuzz.test.js

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  assemble,
  directives,
  disassemble,
  formatDiagnostic,
  type AssembleResult,
} from '../../src/asm/index.js';
import { instructions, registerNames } from '../../src/isa/index.js';
import { writeModule } from '../../src/module/index.js';
import { programArbitrary } from './programs.js';

/** Milliseconds one input may take; far above the real cost, so only a hang or a blow-up trips it. */
const perInputLimit = 2000;
const fuzzMilliseconds = Number(process.env['FUZZ_MS'] ?? 3000);

/** Includes resolve to one of a few small sources, or fail. */
function readFile(path: string): string {
  if (path.includes('missing')) throw new Error('not found');
  return path.length % 2 === 0 ? `(const 'k${path.length} 1)` : `(include "${path}")`;
}

/** Assemble `text` and check everything the fuzzer promises about the result. */
function check(text: string, name = 'fuzz.s'): AssembleResult {
  const started = performance.now();
  let result: AssembleResult;
  try {
    result = assemble([{ name, text }], { readFile });
  } catch (error) {
    assert.fail(`assemble threw ${String(error)} for input of ${text.length} characters`);
  }
  const elapsed = performance.now() - started;
  assert.ok(elapsed < perInputLimit, `took ${Math.round(elapsed)} ms`);
  const lineLengths = new Map<string, number[]>();
  for (const [file, source] of result.sources)
    lineLengths.set(
      file,
      source.split('\n').map((l) => l.length),
    );
  result.diagnostics.forEach((d, i) => {
    const lengths = lineLengths.get(d.location.file);
    assert.ok(lengths !== undefined, `${d.code} in a file that was never read: ${d.location.file}`);
    const { line, column } = d.location;
    assert.ok(Number.isInteger(line) && line >= 1 && line <= lengths.length, `${d.code} at line ${line}`);
    const lineLength = lengths[line - 1]!;
    assert.ok(
      Number.isInteger(column) && column >= 1 && column <= lineLength + 1,
      `${d.code} at ${line}:${column} of a line of ${lineLength}`,
    );
    assert.ok(d.message.length > 0);
    // Formatting splits the whole source, so only the first diagnostics of a flood are formatted here.
    if (i < 20) {
      const text = formatDiagnostic(d, result.sources.get(d.location.file));
      assert.match(text, /^[^\n]+:\d+:\d+: error ASM\d{3}: /);
    }
  });
  if (result.diagnostics.length === 0) {
    // Whatever the assembler accepts is a module the writer accepts and the disassembler prints.
    assert.ok(result.module !== undefined);
    writeModule(result.module);
    assert.equal(typeof disassemble(result.module), 'string');
  } else {
    assert.equal(result.module, undefined);
  }
  return result;
}

const examplesFolder = new URL('../../../examples/', import.meta.url);
const examples = readdirSync(examplesFolder)
  .filter((f) => f.endsWith('.s'))
  .map((f) => readFileSync(new URL(f, examplesFolder), 'utf8'));

// ---- pathological inputs, each once ----

test('deep nesting: 10^5 open parentheses, balanced or not, in forms and in expressions', () => {
  const n = 100_000;
  check('('.repeat(n));
  check(')'.repeat(n));
  check('('.repeat(n) + ')'.repeat(n));
  check(`(vp-cpy-cr ${'(+ 1 '.repeat(n)}0${')'.repeat(n)} r0)`);
  check(`(const 'deep ${'(- '.repeat(n)}1${')'.repeat(n)}) (vp-cpy-cr deep r0)`);
  check(`(section 'data) (vp-long ${'('.repeat(n)}${')'.repeat(n)})`);
  check(`(vp-push ${'('.repeat(n)})`);
  check("'".repeat(n));
  check('"'.repeat(n));
  // A chain of constants as long as the file allows.
  const chain = Array.from({ length: 20_000 }, (_, i) => `(const c${i + 1} (+ c${i} 1))`);
  check(`(const c0 0)\n${chain.join('\n')}\n(vp-cpy-cr c20000 r0)`);
  // Doubling chains: exponential if constants were re-evaluated, enormous if values were unbounded.
  const doubling = Array.from({ length: 200 }, (_, i) => `(const d${i + 1} (* d${i} d${i} 3))`);
  check(`(const d0 3)\n${doubling.join('\n')}\n(vp-cpy-cr d200 r0) (space d200)`);
});

test('huge numbers in every place a number goes', () => {
  const big = '9'.repeat(20_000);
  const hex = `0x${'f'.repeat(5_000)}`;
  for (const n of [big, `-${big}`, hex, `${big}_`, '0x', '0b2', '1e10', '0o8', '-', '+']) {
    const result = check(
      `(program ${n} ${n}) (vp-cpy-cr ${n} r0) (vp-beq-cr ${n} r1 ${n}) (vp-alloc ${n}) (vp-call-host ${n} ())` +
        ` (section 'data) (vp-byte ${n}) (vp-long ${n} (* ${n} ${n})) (vp-align ${n} ${n}) (space ${n})`,
    );
    assert.ok(result.diagnostics.length > 0, n.slice(0, 10));
  }
  check("(section 'bss) (space 9007199254740991) (space 9007199254740991)");
  check("(section 'data) (space 1073741825)");
  check('(space 67108864) (vp-ret)');
});

test('long strings and strings full of escapes', () => {
  const long = 'x'.repeat(300_000);
  assert.equal(check(`(section 'data) (vp-string "${long}")`).module?.data.length, 300_000);
  check(`(section 'data) (vp-string "${long}`);
  check(`(section 'data) (vp-string "${'\\x41\\n\\q\\'.repeat(50_000)}")`);
  assert.deepEqual(
    check(`(module "${long}")`).diagnostics.map((d) => d.code),
    ['ASM038'],
  );
  assert.deepEqual(
    check(`(import 'w "") (vp-call-host 'w ())`).diagnostics.map((d) => d.code),
    ['ASM038'],
  );
  check(`(import 'w "${'é'.repeat(100_000)}") (vp-call-host 'w ())`);
  check(`(vp-label '${'n'.repeat(100_000)}) (export '${'n'.repeat(100_000)})`);
});

test('unusual characters: NUL, control characters, CR LF, tabs, surrogates, BOM', () => {
  for (const text of [
    '\0',
    '(vp-ret)\0',
    '\u000b(vp-ret)',
    '(vp-ret)\r\n(vp-nop)\r\n',
    '\t(vp-add-rr\tr0 r1 r2)',
    '\ufeff(vp-ret)',
    "(vp-label '\ud800) (vp-label 'a\udc00b)",
    '(vp-string "\ud83d")',
    '\u00a0(vp-ret)\u2028',
    ';'.repeat(1000),
    '',
  ]) {
    check(text);
  }
});

// ---- random inputs, for about three seconds ----

const vocabulary = [
  '(',
  ')',
  "'",
  '"',
  ';',
  '\\',
  '\n',
  ' ',
  ...instructions.map((i) => i.mnemonic),
  ...registerNames,
  'r15',
  ...directives,
  "'text",
  "'data",
  "'bss",
  "'a",
  "'b",
  'a',
  'b',
  '"x"',
  '"missing.s"',
  '"self.s"',
  '"\\x"',
  '+',
  '-',
  '*',
  '/',
  '%',
  '<<',
  '>>',
  '>>>',
  '&',
  '|',
  '^',
  '~',
  '0',
  '1',
  '-1',
  '8',
  '4096',
  '0x7fffffffffffffff',
  '0x10000000000000000',
  '-32768',
  '65536',
  "'procedure",
  "'host",
];

const tokenSoup = fc
  .array(fc.constantFrom(...vocabulary), { maxLength: 80 })
  .map((tokens) => tokens.join(' '));

/** A well-formed form of random tokens, so that the assembler (not only the reader) sees junk. */
const randomForms = fc
  .array(
    fc
      .tuple(
        fc.constantFrom(...vocabulary.filter((t) => /^[a-z]/.test(t))),
        fc.array(fc.constantFrom(...vocabulary.filter((t) => !/^[()"';\\]$/.test(t))), { maxLength: 5 }),
      )
      .map(([head, args]) => `(${[head, ...args].join(' ')})`),
    { maxLength: 30 },
  )
  .map((forms) => forms.join('\n'));

type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom('(', ')', '"', "'", ';', '\\', '\n', ' ', '0x', '-', 'é', '\0'),
      fc.string(),
    ),
  }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.length);
    else if (m.kind === 'duplicate') out = out.slice(0, at) + out.slice(at, at + m.length) + out.slice(at);
    else out = out.slice(0, at) + m.text + out.slice(at);
  }
  return out;
}

const validSource = fc.oneof(
  { weight: 3, arbitrary: programArbitrary.map((p) => p.source) },
  { weight: 1, arbitrary: fc.constantFrom(...examples) },
);

const mutated = fc
  .tuple(validSource, fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([text, mutations]) => mutate(text, mutations));

test('random and mutated input never throws, never hangs, and locates every diagnostic', () => {
  let runs = 0;
  fc.assert(
    fc.property(fc.oneof(tokenSoup, randomForms, mutated, fc.string({ maxLength: 200 })), (text) => {
      runs++;
      check(text);
    }),
    // Bounded by time rather than by count: about three seconds, however fast the machine is.
    { numRuns: 10_000_000, interruptAfterTimeLimit: fuzzMilliseconds, includeErrorInReport: true },
  );
  assert.ok(runs > 50, `only ${runs} inputs in the time limit`);
});
