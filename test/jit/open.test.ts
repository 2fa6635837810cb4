// Open functions (src/jit/registers.ts): a function that calls through a register passes in and returns only
// the registers it names, and the registers outside its mask live in the state area while it runs. A callee
// reached through the table changes a register its caller lacks but the caller's caller holds: every exit
// (a return, a trap, a breakpoint, fuel running out at every instruction) must show the callee's value.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { discoverFunctions } from '../../src/jit/discover.js';
import { functionRegisters, maxClosedRegisters, registersIn } from '../../src/jit/registers.js';
import { assembleText, machineFor } from '../support/programs.js';
import { compareTiers } from './compare.js';

/**
 * main holds r9 and r10 in its locals and calls 'middle' (directly, or through the table when `indirect`),
 * which names only r0, r1 and r13 and calls 'deep' through r13; 'deep' changes r9 and r10, then `ending` (a
 * return, a trap or a breakpoint).
 */
function program(ending: string, indirect = false): string {
  const callMiddle = indirect ? "(vp-lea-p 'middle r13) (vp-call-r r13)" : "(vp-call 'middle)";
  return `(export 'main)
    (function 'main)
      (vp-cpy-cr 5 r9) (vp-cpy-cr 6 r10) (vp-cpy-cr 0 r0)
      ${callMiddle}
      (vp-add-rr r9 r0) (vp-add-rr r10 r0)
      ${callMiddle}
      (vp-add-rr r9 r0) (vp-mul-cr 3 r10) (vp-add-rr r10 r0)
      (vp-ret)
    (function 'middle)
      (vp-cpy-cr 1 r1) (vp-add-rr r1 r0)
      (vp-lea-p 'deep r13) (vp-call-r r13)
      (vp-add-cr 100 r0)
      (vp-ret)
    (function 'deep)
      (vp-add-cr 10 r9) (vp-mul-cr 2 r10)
      ${ending}
      (vp-ret)`;
}

test('a register the caller lacks, changed through an indirect call, reaches the caller’s caller', () => {
  compareTiers(program(''), 12, 'halted 326');
  compareTiers(program('', true), 12, 'halted 326');
});

test('a trap in a callee through the table shows the registers its callers hold', () => {
  compareTiers(program('(vp-cpy-cr 0 r2) (vp-div-rr r2 r9)'), 6, 'trapped');
  compareTiers(program('(vp-cpy-cr 0 r2) (vp-div-rr r2 r9)', true), 6, 'trapped');
});

test('a breakpoint in a callee through the table, then resuming, keeps every register', () => {
  compareTiers(program('(vp-brk 3)'), 6, 'halted 326');
  compareTiers(program('(vp-brk 3)', true), 6, 'halted 326');
});

/**
 * 'start' names only rsp and calls 'main' (open: an indirect call on a branch never taken), which holds r6 and
 * calls 'saver': it saves r6, changes it, calls 'leaf' (`ending` there), and restores it, so its calls do not
 * return r6 (preserved.ts). When 'leaf' leaves compiled code, r6 is saver's in the state area, and main's copy
 * (returned to 'start', which keeps registers it lacks in the state area) is stale.
 */
function savingProgram(ending: string): string {
  return `(entry 'start)
    (function 'start)
      (vp-call 'main)
      (vp-ret)
    (function 'main)
      (vp-cpy-cr 1 r6) (vp-cpy-cr 0 r0)
      (vp-beq-cr 99 r6 'never)
      (vp-call 'saver)
      (vp-add-rr r6 r0)
      (vp-call 'saver)
      (vp-add-rr r6 r0)
      (vp-ret)
    (vp-label 'never)
      (vp-call-r r13)
      (vp-ret)
    (function 'saver)
      (vp-push r6)
      (vp-cpy-cr 20 r6)
      (vp-call 'leaf)
      (vp-add-rr r6 r0)
      (vp-pop r6)
      (vp-ret)
    (function 'leaf)
      (vp-add-cr 1 r0)
      ${ending}
      (vp-ret)`;
}

test('a register a callee restores, in the state area when a callee below it leaves compiled code', () => {
  compareTiers(savingProgram(''), 12, 'halted 44');
  compareTiers(savingProgram('(vp-brk 1)'), 6, 'halted 44');
  compareTiers(savingProgram('(vp-cpy-cr 0 r2) (vp-div-rr r2 r0)'), 4, 'trapped');
});

/**
 * 'wide' names ten registers (more than `maxClosedRegisters`), so it is open: 'main', which names three,
 * keeps them and calls it around a loop; 'wide' changes registers main lacks, then `ending`.
 */
function wideProgram(ending: string): string {
  return `(export 'main)
    (function 'main)
      (vp-cpy-cr 0 r6) (vp-cpy-cr 0 r0)
    (vp-label 'again)
      (vp-call 'wide)
      (vp-add-cr 1 r6)
      (vp-blt-cr 3 r6 'again)
      (vp-ret)
    (function 'wide)
      (vp-cpy-rr r0 r1) (vp-add-cr 1 r1) (vp-cpy-rr r1 r2) (vp-add-rr r1 r2) (vp-cpy-rr r2 r3)
      (vp-cpy-rr r3 r4) (vp-cpy-rr r4 r5) (vp-cpy-rr r5 r7) (vp-cpy-rr r7 r8) (vp-cpy-rr r8 r9)
      (vp-add-rr r9 r0)
      ${ending}
      (vp-ret)`;
}

test('a function of many registers is open: its caller passes only its own, and every stop agrees', () => {
  const module = assembleText(wideProgram(''));
  const { machine } = machineFor(module);
  const functions = discoverFunctions(module, machine.text);
  const index = new Map(functions.map((fn, k) => [fn.entry, k]));
  const { masks, open } = functionRegisters(machine.text, functions, (word) => index.get(word));
  const wide = registersIn(masks[1]!).length;
  assert.ok(wide > maxClosedRegisters && open[1] === true, `wide: ${wide} registers, open ${open[1]}`);
  assert.deepEqual(registersIn(masks[0]!), [0, 6, 15]);
  compareTiers(wideProgram(''), 30, 'halted');
  compareTiers(wideProgram('(vp-brk 2)'), 8, 'halted');
  compareTiers(wideProgram('(vp-cpy-cr 0 r2) (vp-div-rr r2 r0)'), 8, 'trapped');
});

/**
 * 'main' holds r7 and calls 'middle', which lacks r7 (open: it calls an open function) and calls 'keeper',
 * which saves r7, changes it, and calls 'wide' (open, without r7), so that keeper's r7 goes to the state area
 * around that call; keeper restores r7 and does not return it. middle's copy of r7 in the state area, which
 * main reloads, must be main's again.
 */
const keeperProgram = `(export 'main)
  (function 'main)
    (vp-cpy-cr 7 r7) (vp-cpy-cr 0 r0)
    (vp-call 'middle)
    (vp-add-rr r7 r0)
    (vp-call 'middle)
    (vp-add-rr r7 r0)
    (vp-ret)
  (function 'middle)
    (vp-add-cr 100 r0)
    (vp-call 'keeper)
    (vp-ret)
  (function 'keeper)
    (vp-push r7)
    (vp-cpy-cr 99 r7) (vp-add-rr r7 r0)
    (vp-call 'wide)
    (vp-pop r7)
    (vp-ret)
  (function 'wide)
    (vp-cpy-cr 1 r1) (vp-cpy-rr r1 r2) (vp-cpy-rr r2 r3) (vp-cpy-rr r3 r4) (vp-cpy-rr r4 r5)
    (vp-cpy-rr r5 r8) (vp-cpy-rr r8 r9) (vp-cpy-rr r9 r10) (vp-add-rr r10 r0)
    (vp-ret)`;

test('a register a callee gives back unchanged keeps its state-area copy for a caller that lacks it', () => {
  compareTiers(keeperProgram, 30, 'halted');
});
