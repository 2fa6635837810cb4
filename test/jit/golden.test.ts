// Golden tests of translations, as v86 has for its JIT: each VP program in test/jit/golden/ must translate to
// exactly the Wasm in NAME.wat (printed by src/jit/wat.ts), and run alike in both tiers. After a deliberate
// change to the compiled tier, regenerate with `UPDATE_GOLDEN=1 node --test dist/test/jit/golden.test.js`
// (TESSERA_UPDATE_GOLDEN=1 works too) and review the diff.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { attachCompiledTier, printCode, printModuleCode, translateMachine } from '../../src/jit/index.js';
import { CodeWriter, valueType } from '../../src/jit/wasm.js';
import { assembleText, machineFor, stateOf } from '../support/programs.js';
import { assertSameResult } from './compare.js';

const directory = new URL('../../../test/jit/golden/', import.meta.url);
const update = process.env['UPDATE_GOLDEN'] === '1' || process.env['TESSERA_UPDATE_GOLDEN'] === '1';
const options = { memorySize: 1 << 20, stackSize: 4096 };

const programs = readdirSync(directory).filter((file) => file.endsWith('.s'));

test('the golden translations exist', () => {
  assert.ok(programs.length >= 4, `found ${programs.length}`);
});

for (const name of programs) {
  const base = name.slice(0, -2);
  const module = assembleText(
    readFileSync(new URL(name, directory), 'utf8'),
    `test/jit/golden/${name}`,
    false,
  );

  test(`golden translation of ${name}`, () => {
    const text = printModuleCode(translateMachine(machineFor(module, options).machine).bytes);
    const golden = new URL(`${base}.wat`, directory);
    if (update) writeFileSync(golden, text);
    assert.equal(text, readFileSync(golden, 'utf8'));
  });

  test(`${name} runs alike in both tiers`, () => {
    const interpreted = machineFor(module, options).machine;
    const compiled = machineFor(module, options).machine;
    attachCompiledTier(compiled);
    assertSameResult(interpreted.run(), compiled.run(), name);
    assert.equal(stateOf(compiled), stateOf(interpreted));
  });
}

test('printCode: one instruction per line, immediates, indentation by nesting', () => {
  const w = new CodeWriter();
  w.block()
    .loop()
    .localGet(3)
    .i64Const(-(1n << 63n))
    .op('i64.add')
    .localTee(17);
  w.i64Const(0).op('i64.lt_s').if().i32Const(-1).brIf(2).end();
  w.localGet(4).memory('i64.load', 8).truncSat('i64.trunc_sat_f64_u').localSet(5);
  w.if(valueType.i64).i64Const(1).op('else').i64Const(2).end().op('drop');
  w.brTable([0, 1], 2).end().end().call(7).callIndirect(3, true);
  assert.equal(
    printCode(w.bytes.view()),
    [
      'block',
      '  loop',
      '    local.get 3',
      '    i64.const -9223372036854775808',
      '    i64.add',
      '    local.tee 17',
      '    i64.const 0',
      '    i64.lt_s',
      '    if',
      '      i32.const -1',
      '      br_if 2',
      '    end',
      '    local.get 4',
      '    i64.load offset=8',
      '    i64.trunc_sat_f64_u',
      '    local.set 5',
      '    if (result i64)',
      '      i64.const 1',
      '    else',
      '      i64.const 2',
      '    end',
      '    drop',
      '    br_table 0 1 2',
      '  end',
      'end',
      'call 7',
      'return_call_indirect (type 3)',
    ].join('\n'),
  );
});
