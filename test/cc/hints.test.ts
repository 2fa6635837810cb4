// The hints diagnostics give: the closest declared name, and the header that declares a standard name.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closestName, headerDeclaringFunction, headerDeclaringType } from '../../src/cc/hints.js';

test('the closest name within gcc’s cut-off: a swap of neighbours is one edit', () => {
  assert.equal(closestName('totl', ['total', 'count']), 'total');
  assert.equal(closestName('cuont', ['total', 'count']), 'count');
  assert.equal(closestName('Int', ['int', 'char']), 'int');
  assert.equal(closestName('integer', ['int']), undefined);
  assert.equal(closestName('x', ['y']), undefined);
  // Never the name itself, nor a reserved name.
  assert.equal(closestName('count', ['count']), undefined);
  assert.equal(closestName('buf', ['__buf']), undefined);
});

test('standard headers of types and functions', () => {
  assert.equal(headerDeclaringType('bool'), 'stdbool.h');
  assert.equal(headerDeclaringType('uint8_t'), 'stdint.h');
  assert.equal(headerDeclaringType('toString'), undefined);
  assert.equal(headerDeclaringFunction('printf'), 'stdio.h');
  assert.equal(headerDeclaringFunction('strlen'), 'string.h');
  assert.equal(headerDeclaringFunction('sqrt'), 'math.h');
  assert.equal(headerDeclaringFunction('main'), undefined);
});
