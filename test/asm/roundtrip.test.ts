// Assemble -> disassemble -> assemble gives the identical module (without a debug section), and the
// module survives writeModule -> readModule: for random programs over the whole instruction table and
// for every example in examples/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { assemble, disassemble, formatDiagnostic, type AssembleResult } from '../../src/asm/index.js';
import { readModule, writeModule, type Module } from '../../src/module/index.js';
import { programArbitrary } from './programs.js';

/** Fail with every diagnostic, formatted with its source line, unless the result has a module. */
function moduleOf(result: AssembleResult): Module {
  const text = result.diagnostics.map((d) => formatDiagnostic(d, result.sources.get(d.location.file)));
  assert.deepEqual(text, []);
  assert.ok(result.module !== undefined);
  return result.module;
}

/** Check both round trips of the module assembled from `files`; return the module. */
function checkRoundTrip(
  files: { name: string; text: string }[],
  readFile?: (path: string) => string,
): Module {
  const first = moduleOf(
    assemble(files, readFile === undefined ? { debug: false } : { debug: false, readFile }),
  );
  const listing = disassemble(first, { addresses: false });
  const second = moduleOf(assemble([{ name: 'disassembly.s', text: listing }], { debug: false }));
  assert.deepStrictEqual(second, first, `disassembly:\n${listing}`);
  // The listing with addresses differs only in comments.
  const withAddresses = disassemble(first);
  assert.deepStrictEqual(moduleOf(assemble([{ name: 'd.s', text: withAddresses }], { debug: false })), first);
  assert.deepStrictEqual(readModule(writeModule(first)), first);
  return first;
}

test('random programs: assemble -> disassemble -> assemble and write -> read give the same module', () => {
  fc.assert(
    fc.property(programArbitrary, ({ source }) => {
      try {
        checkRoundTrip([{ name: 'generated.s', text: source }]);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`${message}\n--- program ---\n${source}`, { cause: error });
      }
    }),
    { numRuns: 300, includeErrorInReport: true },
  );
});

test('modules with a debug section also survive write -> read', () => {
  fc.assert(
    fc.property(programArbitrary, ({ source }) => {
      const module = moduleOf(assemble([{ name: 'generated.s', text: source }]));
      assert.ok(module.debug !== undefined);
      assert.deepStrictEqual(readModule(writeModule(module)), module, source);
    }),
    { numRuns: 50, includeErrorInReport: true },
  );
});

const examples = new URL('../../../examples/', import.meta.url);
const exampleFiles = readdirSync(examples).filter((f) => f.endsWith('.s'));

test('the examples directory is found and holds programs', () => {
  assert.ok(exampleFiles.length >= 3, exampleFiles.join(', '));
});

for (const name of exampleFiles) {
  test(`examples/${name} round trips`, () => {
    const readFile = (path: string): string => readFileSync(new URL(path, examples), 'utf8');
    const module = checkRoundTrip([{ name, text: readFile(name) }], readFile);
    assert.ok(module.text.length > 0);
  });
}

// Relaxation once only grew fields: a value that shrank after its field grew (alignment padding after a label
// absorbed the growth) kept extension words it no longer needed, and the round trip differed.
test('a field that grew during relaxation and whose value then shrank survives the round trip', () => {
  const fillers = Array.from({ length: 15 }, () => '  (vp-cpy-cr 0x123456789 r1)');
  const source = [
    "(function 'f)",
    ...fillers,
    "  (vp-beq-cr (- 'b 'a) r0 'f)", // 192 in the first layout (too big for 8 bits), 64 in the last
    "(vp-label 'a)",
    '  (vp-nop)',
    '  (vp-align 256)',
    "(vp-label 'b)",
    '  (vp-ret)',
  ].join('\n');
  checkRoundTrip([{ name: 'shrink.s', text: source }]);
});
