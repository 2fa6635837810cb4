// The pure-TypeScript SHA-256 agrees with node:crypto, on known vectors and random inputs of every
// length around the padding boundaries.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { moduleHash, sha256, sha256Hex, writeModule } from '../../src/module/index.js';
import { sampleModule } from './fixtures.js';

function nodeSha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

test('sha256 of known vectors', () => {
  assert.equal(
    sha256Hex(new Uint8Array(0)),
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  );
  assert.equal(
    sha256Hex(new TextEncoder().encode('abc')),
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  );
  assert.equal(
    sha256Hex(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')),
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
  );
});

test('sha256 returns 32 bytes matching the hex form', () => {
  const digest = sha256(new Uint8Array([1, 2, 3]));
  assert.equal(digest.length, 32);
  assert.equal(Buffer.from(digest).toString('hex'), sha256Hex(new Uint8Array([1, 2, 3])));
});

test('sha256 matches node:crypto for every length from 0 to 200', () => {
  for (let length = 0; length <= 200; length++) {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
    assert.equal(sha256Hex(bytes), nodeSha256(bytes), `length ${length}`);
  }
});

test('sha256 matches node:crypto on random inputs', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      assert.equal(sha256Hex(bytes), nodeSha256(bytes));
    }),
    { numRuns: 300 },
  );
});

test('sha256 matches node:crypto on a 1 MiB input and on a subarray view', () => {
  const big = Uint8Array.from({ length: 1 << 20 }, (_, i) => (i ^ (i >>> 8)) & 0xff);
  assert.equal(sha256Hex(big), nodeSha256(big));
  const view = big.subarray(3, 1000);
  assert.equal(sha256Hex(view), nodeSha256(view));
});

test('moduleHash is the sha256 of the file bytes', () => {
  const bytes = writeModule(sampleModule());
  assert.equal(moduleHash(bytes), nodeSha256(bytes));
});
