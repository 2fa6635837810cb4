// After a longjmp, backtraces show only the calls still live: the frames longjmp left behind are forgotten
// (longjmp returns from setjmp's return-address slot), even when later calls reach below them.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileC } from '../support/c.js';
import { useTier, type Tier } from '../../src/jit/index.js';
import { Machine, standardHost } from '../../src/vm/index.js';

const source = `#include <setjmp.h>
#include <stdio.h>
static jmp_buf back;
static void dive(int depth) {
  char pad[64];
  pad[0] = (char)depth;
  if (depth == 0) longjmp(back, 1);
  dive(depth - 1);
  printf("%d\\n", pad[0]);
}
static int deeper(int *p, int n) {
  char pad[256];
  pad[0] = (char)n;
  if (n == 0) return *p + pad[0];
  return deeper(p, n - 1) + 1;
}
int main(void) {
  if (setjmp(back) == 0) dive(3);
  int result = deeper(0, 4);
  return result;
}
`;

for (const tier of ['interp', 'jit'] as Tier[]) {
  test(`a trap after longjmp lists no frame of the calls it left (${tier})`, () => {
    const { module, diagnostics } = compileC(['/t/lj.c'], { files: { '/t/lj.c': source } });
    assert.ok(module !== undefined, diagnostics.join('\n'));
    const machine = new Machine(module, { host: standardHost({ stdout: () => {}, stderr: () => {} }) });
    useTier(machine, tier);
    const result = machine.run();
    assert.equal(result.status, 'trapped');
    const names = machine.trap!.backtrace.map((f) => f.where.replace(/\+0x[0-9a-f]+$/, ''));
    assert.deepEqual(names, [
      'lj.c:deeper',
      'lj.c:deeper',
      'lj.c:deeper',
      'lj.c:deeper',
      'lj.c:deeper',
      'main',
      '_start',
    ]);
  });
}
