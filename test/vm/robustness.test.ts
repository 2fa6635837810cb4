// Whatever words the text holds, running them never throws out of the machine or hangs, and the fast loop,
// the per-instruction hooked loop and the compiled tier agree exactly on the outcome, registers, memory and fuel.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { instructions } from '../../src/isa/index.js';
import { attachCompiledTier } from '../../src/jit/index.js';
import type { Module } from '../../src/module/index.js';
import { machineFor, stateOf } from '../support/programs.js';

const opcodes = instructions.map((i) => i.opcode);

/** Random words, mostly valid opcodes with random fields, with small constants so control stays near. */
const word = fc
  .oneof(
    { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...opcodes), fc.integer({ min: 0, max: 0xffffff })) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 0xffffff })),
    },
  )
  .map(([opcode, fields]) => opcode | (fields << 8) | 0);

function moduleOf(words: readonly number[], data: Uint8Array): Module {
  const text = new Uint8Array(words.length * 4);
  const view = new DataView(text.buffer);
  words.forEach((w, i) => view.setInt32(i * 4, w, true));
  return {
    name: 'random',
    programNumber: 0,
    programVersion: 0,
    entry: 0,
    text,
    data,
    bssSize: 64,
    symbols: [
      { name: 'main', section: 'text', offset: 0, size: text.length, kind: 'procedure', exported: true },
    ],
    imports: [{ name: 'tessera.write', kind: 'host', slot: 0 }],
    debug: undefined,
  };
}

test('random code: never throws, never hangs, and both loops and the compiled tier agree', () => {
  fc.assert(
    fc.property(
      fc.array(word, { minLength: 1, maxLength: 64 }),
      fc.uint8Array({ minLength: 8, maxLength: 64 }),
      fc.integer({ min: 0, max: 3000 }),
      (words, data, fuel) => {
        const module = moduleOf(words, data);
        const fast = machineFor(module, { memorySize: 1 << 20, stackSize: 4096 });
        const hooked = machineFor(module, { memorySize: 1 << 20, stackSize: 4096 });
        hooked.machine.hook = () => false;
        const compiled = machineFor(module, { memorySize: 1 << 20, stackSize: 4096 });
        attachCompiledTier(compiled.machine);
        const a = fast.machine.run({ fuel });
        for (const other of [hooked, compiled]) {
          const b = other.machine.run({ fuel });
          assert.equal(b.status, a.status);
          if (a.status === 'trapped' && b.status === 'trapped') {
            assert.equal(b.trap.format(), a.trap.format());
          }
          assert.equal(stateOf(other.machine), stateOf(fast.machine));
          assert.equal(other.output.stdout, fast.output.stdout);
        }
      },
    ),
    { numRuns: 400 * Number(process.env['FUZZ_SCALE'] ?? 1) },
  );
});
