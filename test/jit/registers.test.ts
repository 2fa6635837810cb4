// writtenRegisters (src/jit/registers.ts), which the compiled tier's analyses trust to know what an instruction
// leaves alone, checked against the interpreter: every instruction with register operands runs with distinct
// values in all registers, and no register outside the set may change. The same for interpretedRegisters, which
// sizes the signatures of functions holding an instruction the interpreter runs for compiled code.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byOpcode, layouts, type InstructionInfo } from '../../src/isa/index.js';
import { interpretedRegisters, writtenRegisters } from '../../src/jit/registers.js';
import { interpretedMnemonics } from '../../src/jit/semantics.js';
import type { DecodedText } from '../../src/vm/index.js';
import { assembleText, machineFor } from '../support/programs.js';

/**
 * Operands for each field kind of a layout, such that the instruction runs rather than traps: an address
 * register (r3 or r5: the data cell) for a base or a destination, r4 (8) for an index or a count, small
 * constants, a data label.
 */
function operandsFor(info: InstructionInfo): string[] | undefined {
  const preferred: Readonly<Record<string, string>> = { rb: 'r3', ri: 'r4', rc: 'r4', rd: 'r5' };
  const free = ['r3', 'r4', 'r5', 'r6'];
  const fields = layouts[info.layout];
  const named = new Map<number, string>();
  fields.forEach((field, k) => {
    const register = field.kind === 'reg' ? preferred[info.operands[k]!] : undefined;
    if (register !== undefined && free.includes(register)) {
      named.set(k, register);
      free.splice(free.indexOf(register), 1);
    }
  });
  const out: string[] = [];
  for (const [k, field] of fields.entries()) {
    if (field.kind === 'reg') out.push(named.get(k) ?? free.shift()!);
    else if (field.kind === 'const') out.push('8');
    else if (field.kind === 'label') out.push("'cell");
    else return undefined; // register lists, host imports: their own rules
  }
  return out;
}

const skipped = new Set(['vp-brk']);

/** Run `mnemonic operands` after setting every register; no register outside `rule`'s set may change. */
function checkWritten(
  mnemonic: string,
  operands: readonly string[],
  rule: (text: DecodedText, ip: number) => number = writtenRegisters,
  imports: readonly string[] = [],
  prelude: readonly string[] = [],
  cost = 1,
): void {
  // r3 and r5 hold an address in data (loads and stores), r4 a small offset; the others distinct values.
  const setup = Array.from({ length: 15 }, (_, r) =>
    r === 3 || r === 5 ? `  (vp-lea-p 'cell r${r})` : `  (vp-cpy-cr ${r === 4 ? 8 : 1000 + 17 * r} r${r})`,
  );
  const source = [
    '(module "written")',
    "(export 'main)",
    ...imports,
    "(function 'main)",
    ...setup,
    ...prelude,
    `  (${mnemonic} ${operands.join(' ')})`,
    '  (vp-ret)',
    "(section 'data)",
    "(vp-label 'cell)",
    '  (vp-long 7 7 7 7)',
  ].join('\n');
  const module = assembleText(source, 'written.s', false);
  const { machine } = machineFor(module);
  machine.run({ fuel: 15 + prelude.length });
  const before = Array.from(machine.R);
  const written = rule(machine.text, machine.ip);
  const ip = machine.ip;
  machine.run({ fuel: cost });
  assert.notEqual(machine.ip, ip, `${mnemonic} ran`);
  const after = Array.from(machine.R);
  for (let r = 0; r < 16; r++) {
    if ((written & (1 << r)) === 0) assert.equal(after[r], before[r], `${operands.join(' ')}: r${r} changed`);
  }
}

for (const info of byOpcode) {
  if (info === undefined || info.endsRun || skipped.has(info.mnemonic)) continue;
  const operands = operandsFor(info);
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

for (const mnemonic of interpretedMnemonics) {
  const info = byOpcode.find((i) => i?.mnemonic === mnemonic)!;
  const operands = operandsFor(info);
  if (operands === undefined || skipped.has(mnemonic)) continue;
  test(`interpretedRegisters: ${mnemonic} touches no other register`, () => {
    checkWritten(mnemonic, operands, interpretedRegisters);
  });
}

test('interpretedRegisters: a host call changes r0 and the registers it names, no other', () => {
  const imports = ['(import \'write "tessera.write")'];
  // write(fd r3 = the cell's address: not 1 or 2, so it returns -1 into r0) through either form.
  const cost = 1 + 10; // the instruction and tessera.write's declared cost
  checkWritten('vp-call-host', ["'write", '(r3 r4)'], interpretedRegisters, imports, [], cost);
  checkWritten(
    'vp-call-abi',
    ['r6', 'r7', '0', '(r3 r4)'],
    interpretedRegisters,
    imports,
    ["  (vp-lea-p 'write r7)"],
    cost,
  );
});
