// The registers a compiled function gives back unchanged (src/jit/preserved.ts), which its calls do not
// return: those it never writes and those it pushes and pops back, given what its callees promise; a call
// to a function that can never return (one ending in a loop, as C's `exit`) lets nothing through.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { discoverFunctions } from '../../src/jit/discover.js';
import { preservedRegisters } from '../../src/jit/preserved.js';
import { functionRegisters, registersIn } from '../../src/jit/registers.js';
import { assembleText, machineFor } from '../support/programs.js';

/** Per function name, the registers it preserves. */
function preservedOf(source: string): Map<string, readonly number[]> {
  const module = assembleText(source);
  const { machine } = machineFor(module);
  const functions = discoverFunctions(module, machine.text);
  const index = new Map(functions.map((fn, k) => [fn.entry, k]));
  const registers = functionRegisters(machine.text, functions, (word) => index.get(word));
  const preserved = preservedRegisters(machine.text, functions, (word) => index.get(word), registers);
  const names = new Map(
    module.symbols.filter((s) => s.section === 'text').map((s) => [s.offset / 4, s.name] as const),
  );
  return new Map(
    functions.map((fn, k) => [names.get(fn.entry) ?? String(fn.entry), registersIn(preserved[k]!)]),
  );
}

const program = `(export 'main)
  (function 'main)
    (vp-cpy-cr 1 r0)
    (vp-call 'saver)
    (vp-call 'writer)
    (vp-ret)
  (function 'saver)
    (vp-bne-cr 0 r0 'fine)
    (vp-cpy-cr 3 r6)
    (vp-call 'stop)
  (vp-label 'fine)
    (vp-call 'leaf)
    (vp-ret)
  (function 'leaf)
    (vp-add-cr 1 r0)
    (vp-ret)
  (function 'writer)
    (vp-push r6)
    (vp-cpy-cr 5 r6) (vp-cpy-cr 9 r8)
    (vp-pop r6)
    (vp-ret)
  (function 'stop)
    (vp-cpy-cr 7 r6) (vp-cpy-cr 7 r7)
  (vp-label 'forever)
    (vp-jmp 'forever)`;

test('pushed and popped registers are given back, written ones are not', () => {
  const preserved = preservedOf(program);
  assert.deepEqual(preserved.get('writer'), [6]);
  assert.deepEqual(preserved.get('leaf'), []);
});

test('a call that can never return does not spoil what its caller gives back', () => {
  // 'saver' writes r6 and calls 'stop', which writes r7, on a way that never comes back: on the one way it
  // returns, neither changed.
  assert.deepEqual(preservedOf(program).get('saver'), [6, 7]);
  const returning = program.replace("(vp-jmp 'forever)", '(vp-ret)');
  assert.deepEqual(preservedOf(returning).get('saver'), []);
});
