// Where compiled code is entered (src/jit/structure.ts `enteredBlocks`): outside loops, at fuel checks, and where
// a branch backward in the text goes, which the interpreter reaches every round of a loop. A loop whose test
// sits at the bottom of the text (a C `for`) is rotated so that the round comes back to the loop's start, and
// it needs no dispatch of its own. Every stop must match the interpreter, and the interpreter must find
// compiled code again within a round after it took over.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assembleText, machineFor } from '../support/programs.js';
import { attachCountingTier, compareTiers, outcomeOf } from './compare.js';

/**
 * main: a loop with its test at the bottom (entered by a jump to the test) calling 'f' each round; 'f' stops
 * at a breakpoint in round `stopAt`.
 */
function callingLoop(stopAt: number): string {
  return `(export 'main)
    (function 'main)
      (vp-cpy-cr 0 r6) (vp-cpy-cr 0 r7)
      (vp-jmp 'test)
    (vp-label 'body)
      (vp-cpy-rr r6 r0)
      (vp-call 'f)
      (vp-add-rr r0 r7)
      (vp-add-cr 1 r6)
    (vp-label 'test)
      (vp-blt-cr 200 r6 'body)
      (vp-cpy-rr r7 r0)
      (vp-and-cr 255 r0)
      (vp-ret)
    (function 'f)
      (vp-bne-cr ${stopAt} r0 'plain)
      (vp-brk 1)
    (vp-label 'plain)
      (vp-add-cr 1 r0)
      (vp-ret)`;
}

test('after a callee stops in the interpreter, the loop that called it is compiled again by its next round', () => {
  const { machine } = machineFor(assembleText(callingLoop(3)));
  const counter = attachCountingTier(machine);
  assert.equal(machine.run({ fuel: 1e6 }).status, 'breakpoint');
  assert.equal(outcomeOf(machine.run({ fuel: 1e6 })), `halted ${20100 & 255}`);
  // Entered at main, then at the loop's body when the interpreter takes the branch back: not at each of the
  // 196 calls to 'f' the interpreter would make if it ran the loop.
  assert.ok(counter.entries <= 4, `${counter.entries} entries`);
});

test('a rotated loop stops where the interpreter does at every fuel slice, breakpoint and trap', () => {
  compareTiers(callingLoop(3), 30, 'halted');
  compareTiers(callingLoop(-1), 12, 'halted');
});

/** Nested loops with their tests at the bottom, a `continue` to the inner test, and a division by zero when r0 reaches `trapAt`. */
function nested(trapAt: number): string {
  return `(export 'main)
    (function 'main)
      (vp-cpy-cr 0 r0) (vp-cpy-cr 0 r1)
      (vp-jmp 'outer_test)
    (vp-label 'outer_body)
      (vp-cpy-cr 0 r2)
      (vp-jmp 'inner_test)
    (vp-label 'inner_body)
      (vp-add-rr r1 r0)
      (vp-bne-cr 2 r2 'skip)
      (vp-add-cr 1000 r0)
      (vp-jmp 'inner_next)
    (vp-label 'skip)
      (vp-cpy-cr ${trapAt} r3) (vp-sub-rr r0 r3)
      (vp-bne-cr 0 r3 'inner_next)
      (vp-cpy-cr 0 r4) (vp-div-rr r4 r0)
    (vp-label 'inner_next)
      (vp-add-cr 1 r2)
    (vp-label 'inner_test)
      (vp-blt-cr 5 r2 'inner_body)
      (vp-add-cr 1 r1)
    (vp-label 'outer_test)
      (vp-blt-cr 6 r1 'outer_body)
      (vp-and-cr 255 r0)
      (vp-ret)`;
}

test('nested rotated loops, with a jump to the inner test, agree with the interpreter at every stop', () => {
  compareTiers(nested(-1), 40, 'halted');
  compareTiers(nested(3018), 40, 'trapped');
});
