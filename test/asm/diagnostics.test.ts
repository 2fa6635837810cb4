// Golden tests of assembler diagnostics: each test/asm/diagnostics/NAME.s is assembled on its own and
// every diagnostic, formatted with its source line and caret, must equal NAME.expected exactly.
//
// To accept new output after a deliberate change, rebuild and run
//     UPDATE_GOLDEN=1 node --test dist/test/asm/
// then review the diff of the .expected files before committing it (never regenerate blindly).
// Files under diagnostics/include/ are only reached through `include` and have no .expected of their own.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { assemble, formatDiagnostic, messages, type AssembleResult } from '../../src/asm/index.js';

// The goldens live in the source tree, not in dist/.
const folder = new URL('../../../test/asm/diagnostics/', import.meta.url);
const update = process.env['UPDATE_GOLDEN'] === '1';
const inputs = readdirSync(folder)
  .filter((name) => name.endsWith('.s'))
  .sort();

/** Reads includes from the diagnostics folder, failing with a message that does not depend on the machine. */
function readFile(path: string): string {
  try {
    return readFileSync(new URL(path, folder), 'utf8');
  } catch {
    throw new Error('no such file');
  }
}

function assembleGolden(name: string): AssembleResult {
  return assemble([{ name, text: readFileSync(new URL(name, folder), 'utf8') }], { readFile });
}

/** All diagnostics of one run, one after another, each with its source line and caret. */
function render(result: AssembleResult): string {
  return result.diagnostics
    .map((d) => `${formatDiagnostic(d, result.sources.get(d.location.file))}\n`)
    .join('');
}

test('the diagnostics folder holds golden inputs', () => {
  assert.ok(inputs.length >= 5, `found ${inputs.join(', ')} in ${folder.pathname}`);
});

for (const name of inputs) {
  test(`diagnostics of ${name}`, () => {
    const result = assembleGolden(name);
    assert.equal(result.module, undefined, 'a file with errors gives no module');
    assert.ok(result.diagnostics.length > 0, 'a golden input must have errors');
    const actual = render(result);
    const expectedFile = new URL(name.replace(/\.s$/, '.expected'), folder);
    if (update) {
      writeFileSync(expectedFile, actual);
      return;
    }
    let expected: string;
    try {
      expected = readFileSync(expectedFile, 'utf8');
    } catch {
      assert.fail(
        `${name} has no .expected file: run UPDATE_GOLDEN=1 node --test dist/test/asm/ and review it`,
      );
    }
    assert.equal(actual, expected);
  });
}

test('every diagnostic code appears in some golden file', () => {
  const seen = new Set<string>();
  for (const name of inputs) {
    for (const d of assembleGolden(name).diagnostics) seen.add(d.code);
  }
  const missing = Object.keys(messages).filter((code) => !seen.has(code));
  assert.deepEqual(missing, []);
});

test('diagnostics are sorted by file (in reading order), line and column', () => {
  for (const name of inputs) {
    const result = assembleGolden(name);
    const files = [...result.sources.keys()];
    const key = (i: number): number[] => {
      const { file, line, column } = result.diagnostics[i]!.location;
      return [files.indexOf(file), line, column];
    };
    for (let i = 1; i < result.diagnostics.length; i++) {
      const [a, b] = [key(i - 1), key(i)];
      const order = a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
      assert.ok(order <= 0, `${name}: diagnostic ${i} is out of order`);
    }
  }
});
