// writtenRegisters (src/jit/registers.ts), which the compiled tier's analyses trust to know what an instruction
// leaves alone, checked against the interpreter: every instruction with register operands runs with distinct
// values in all registers, and no register outside the set may change.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byOpcode, layouts } from '../../src/isa/index.js';
import { writtenRegisters } from '../../src/jit/registers.js';
import { assembleText, machineFor } from '../support/programs.js';

/** Operands for each field kind of a layout: registers r3, r4, r5 in order, small constants, a data label. */
function operandsFor(layout: string): string[] | undefined {
  const registers = ['r3', 'r4', 'r5'];
  const out: string[] = [];
  for (const field of layouts[layout as keyof typeof layouts]) {
    if (field.kind === 'reg') out.push(registers.shift()!);
    else if (field.kind === 'const') out.push('8');
    else if (field.kind === 'label') out.push("'cell");
    else return undefined; // register lists, host imports: their own rules
  }
  return out;
}

const skipped = new Set(['vp-brk']);

/** Run `mnemonic operands` after setting every register; no register outside writtenRegisters may change. */
function checkWritten(mnemonic: string, operands: readonly string[]): void {
  // r3 and r5 hold an address in data (loads and stores), r4 a small offset; the others distinct values.
  const setup = Array.from({ length: 15 }, (_, r) =>
    r === 3 || r === 5 ? `  (vp-lea-p 'cell r${r})` : `  (vp-cpy-cr ${r === 4 ? 8 : 1000 + 17 * r} r${r})`,
  );
  const source = [
    '(module "written")',
    "(export 'main)",
    "(function 'main)",
    ...setup,
    `  (${mnemonic} ${operands.join(' ')})`,
    '  (vp-ret)',
    "(section 'data)",
    "(vp-label 'cell)",
    '  (vp-long 7 7 7 7)',
  ].join('\n');
  const module = assembleText(source, 'written.s', false);
  const { machine } = machineFor(module);
  machine.run({ fuel: 15 });
  const before = Array.from(machine.R);
  const written = writtenRegisters(machine.text, machine.ip);
  machine.run({ fuel: 1 });
  const after = Array.from(machine.R);
  for (let r = 0; r < 16; r++) {
    if ((written & (1 << r)) === 0) assert.equal(after[r], before[r], `${operands.join(' ')}: r${r} changed`);
  }
}

for (const info of byOpcode) {
  if (info === undefined || info.endsRun || skipped.has(info.mnemonic)) continue;
  const operands = operandsFor(info.layout);
  if (operands === undefined) continue;
  test(`writtenRegisters: ${info.mnemonic} changes no other register`, () => {
    checkWritten(info.mnemonic, operands);
    // rsp as either register operand (the compiled tier must know when an instruction moves the stack).
    if (info.layout === 'rr') {
      checkWritten(info.mnemonic, ['rsp', 'r4']);
      checkWritten(info.mnemonic, ['r4', 'rsp']);
    }
  });
}
