// Golden tests of the code generator's output: each C program in test/cc/codegen/golden/ shows one kind
// of code improvement; its assembly (without line directives; compiled with -fno-inline, but for inline.c)
// must equal NAME.s, and running it must print what gcc's build printed (NAME.expected). After a deliberate change, regenerate with
// `TESSERA_UPDATE_GOLDEN=1 node --test dist/test/cc/codegen-golden.test.js` (and update-expected.sh for
// the outputs), then review the diff.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compileUnit } from '../../src/cc/index.js';
import { compileAndRun } from '../support/c.js';
import { repoRoot } from '../support/programs.js';

const directory = new URL('test/cc/codegen/golden/', repoRoot);
const update = process.env.TESSERA_UPDATE_GOLDEN === '1';

for (const name of readdirSync(directory).filter((file) => file.endsWith('.c'))) {
  const base = name.slice(0, -2);
  test(`golden assembly of ${name}`, () => {
    const source = readFileSync(new URL(name, directory), 'utf8');
    const files = { read: (path: string) => (path === name ? source : undefined) };
    // Each program shows its own improvement with its calls as calls; inline.c shows inlining.
    const result = compileUnit(name, { files, debug: false, inline: base === 'inline' });
    assert.ok(result.assembly !== undefined, result.diagnostics.map((d) => d.message).join('\n'));
    const golden = new URL(`${base}.s`, directory);
    if (update) writeFileSync(golden, result.assembly);
    assert.equal(result.assembly, readFileSync(golden, 'utf8'));
  });
  test(`${name} prints what gcc's build prints`, async () => {
    const run = await compileAndRun(fileURLToPath(new URL(name, directory)));
    assert.equal(run.trap, undefined, run.trap?.report);
    assert.equal(run.stdout, readFileSync(new URL(`${base}.expected`, directory), 'utf8'));
  });
}
