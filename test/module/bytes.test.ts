// The byte helpers: the writer grows and encodes little-endian; the reader throws ModuleFormatError,
// never RangeError, when a read runs past its end.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ByteReader, ByteWriter } from '../../src/module/bytes.js';
import { assertFormatError } from './fixtures.js';

test('ByteWriter grows and writes little-endian values', () => {
  const writer = new ByteWriter(1);
  writer.u8(0x1ff);
  writer.u16(0xbeef);
  writer.u32(0xdeadbeef);
  writer.bytes(new Uint8Array(40).fill(7));
  writer.padTo(4);
  const bytes = writer.finish();
  assert.equal(bytes.length, 48);
  assert.deepEqual([...bytes.subarray(0, 7)], [0xff, 0xef, 0xbe, 0xef, 0xbe, 0xad, 0xde]);
  assert.deepEqual([...bytes.subarray(47)], [0]);
});

test('ByteWriter refuses a u32 out of range', () => {
  const writer = new ByteWriter();
  assertFormatError(() => writer.u32(0x100000000), 'fileTooLarge', 'does not fit in 32 bits');
  assertFormatError(() => writer.u32(-1), 'fileTooLarge', 'does not fit in 32 bits');
  assertFormatError(() => writer.u32(1.5), 'fileTooLarge', 'does not fit in 32 bits');
});

test('ByteReader reads little-endian values within its window', () => {
  const bytes = new Uint8Array([9, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 9]);
  const reader = new ByteReader(bytes, 1, 8, 'the test window');
  assert.equal(reader.u8(), 0x01);
  assert.equal(reader.u16(), 0x0302);
  assert.equal(reader.u32(), 0x07060504);
  assert.equal(reader.remaining, 0);
  assert.equal(reader.offset, 8);
});

test('ByteReader reads u32 values with the top bit set as unsigned', () => {
  const reader = new ByteReader(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 0, 4, 'x');
  assert.equal(reader.u32(), 0xffffffff);
});

test('ByteReader throws ModuleFormatError on every read past its end', () => {
  const bytes = new Uint8Array(8);
  const reads: ((reader: ByteReader) => unknown)[] = [
    (reader) => reader.u8(),
    (reader) => reader.u16(),
    (reader) => reader.u32(),
    (reader) => reader.bytesView(4),
  ];
  for (const read of reads) {
    const reader = new ByteReader(bytes, 5, 6, 'the test window');
    reader.u8();
    const error = assertFormatError(() => read(reader), 'truncated', 'unexpected end of the test window');
    assert.equal(error.offset, 6);
  }
  assertFormatError(
    () => new ByteReader(bytes, 0, 100, 'x').bytesView(9),
    'truncated',
    'needed 1 more bytes',
  );
});
