// C programs compiled end to end (driver, front end, code generator) and run; their output must equal
// what gcc's build prints (`test/cc/codegen/programs/*.expected`, from update-expected.sh).

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { compile, formatCDiagnostic } from '../../src/cc/index.js';
import { machineFor, repoRoot } from '../support/programs.js';

const directory = new URL('test/cc/codegen/programs/', repoRoot);
const printLibrary = readFileSync(new URL('examples/lib/print.s', repoRoot), 'utf8');
/** print_i64 and print_u64 from examples/lib/print.s, and a `_start` that returns main's status. */
const runtime = `${printLibrary}\n(entry '_start)\n(function '_start)\n  (vp-call 'main)\n  (vp-ret)\n`;

for (const name of readdirSync(directory).filter((file) => file.endsWith('.c'))) {
  test(`C program ${name} prints what gcc's build prints`, () => {
    const files = {
      read: (path: string): string | undefined => {
        if (path === 'runtime.s') return runtime;
        try {
          return readFileSync(new URL(path, directory), 'utf8');
        } catch {
          return undefined;
        }
      },
    };
    const result = compile({ files, inputs: [name, 'runtime.s'], library: false });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    assert.equal(
      errors.length,
      0,
      errors.map((d) => formatCDiagnostic(d, result.sources.get(d.at.file))).join('\n'),
    );
    const { machine, output } = machineFor(result.module!, {
      stackSize: 1024 * 1024,
      memorySize: 8 * 1024 * 1024,
    });
    const run = machine.run({ fuel: 500_000_000 });
    assert.deepEqual(run, { status: 'halted', exitCode: 0 });
    const expected = readFileSync(new URL(name.replace(/\.c$/, '.expected'), directory), 'utf8');
    assert.equal(output.stdout, expected);
  });
}
