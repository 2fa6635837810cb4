// Every VP instruction run in the real interpreter and compared with the independent reference model
// (reference.ts), then a check that the tests executed every instruction of the table.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { instructions } from '../../src/isa/index.js';
import { executed } from './harness.js';
import { integerSuite } from './integer-suite.js';
import { floatSuite } from './float-suite.js';
import { memorySuite } from './memory-suite.js';
import { controlSuite } from './control-suite.js';

integerSuite();
floatSuite();
memorySuite();
controlSuite();

test('every instruction of the table was executed by these tests', () => {
  const missing = instructions.map((i) => i.mnemonic).filter((m) => !executed.has(m));
  assert.deepEqual(missing, []);
});
