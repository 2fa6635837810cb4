// The C library's allocator beyond what C promises: freed small chunks come back, the fast lists are merged
// into the others before a large request, the heap stays bounded under churn, and a double free stops the
// program even while the chunk waits in a fast list. Run in both tiers (they must agree).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compileAndRunInTiers } from '../support/c.js';
import { repoRoot } from '../support/programs.js';

const directory = fileURLToPath(new URL('test/cc/libc/', repoRoot));

test('malloc: reuse, consolidation and a bounded heap', async () => {
  const runs = await compileAndRunInTiers(`${directory}malloc-reuse.c`, {}, ['interp', 'jit']);
  for (const run of runs) {
    assert.deepEqual(run.diagnostics, []);
    assert.equal(
      run.stdout,
      [
        'same size back: 1',
        'contiguous: 1',
        'large request reuses them: 1',
        'first half done',
        'churn done, heap bounded: 1',
        '',
      ].join('\n'),
    );
    assert.equal(run.status, 0);
  }
  assert.equal(runs[0]!.fuelUsed, runs[1]!.fuelUsed);
});

test('free: a double free of a small chunk aborts with a message', async () => {
  for (const run of await compileAndRunInTiers(`${directory}double-free.c`, {}, ['interp', 'jit'])) {
    assert.equal(run.trap?.code, 'aborted');
    assert.match(run.trap.report, /free\(\): double free or invalid pointer/);
  }
});
