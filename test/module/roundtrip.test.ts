// write -> read gives back the same Module, for hand-made modules and for any valid module fast-check
// generates; the writer is deterministic and lays out the header as docs/MODULE.md says.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readModule, writeModule, type Module } from '../../src/module/index.js';
import {
  emptyModule,
  getField,
  getU32,
  moduleArbitrary,
  sampleModule,
  sampleWithoutDebug,
  sampleWithVariables,
  symbolEntryAt,
} from './fixtures.js';

function roundTrip(m: Module): Module {
  return readModule(writeModule(m));
}

test('round trip of a module with debug info', () => {
  const m = sampleModule();
  assert.deepStrictEqual(roundTrip(m), m);
});

test('round trip of a module with debug types and variables', () => {
  const m = sampleWithVariables();
  assert.deepStrictEqual(roundTrip(m), m);
  // Without them the section ends after the functions: old modules read as before.
  assert.ok(writeModule(m).length > writeModule(sampleModule()).length);
});

test('round trip of a module without debug info gives debug undefined', () => {
  const m = sampleWithoutDebug();
  const back = roundTrip(m);
  assert.deepStrictEqual(back, m);
  assert.equal(back.debug, undefined);
  assert.ok('debug' in back);
});

test('round trip of the empty module', () => {
  const m = emptyModule();
  const bytes = writeModule(m);
  assert.deepStrictEqual(readModule(bytes), m);
  // Header, then the string table holding only the empty module name (2 bytes), padded to 4.
  assert.equal(bytes.length, 84);
});

test('round trip of an empty debug section', () => {
  const m: Module = { ...emptyModule(), debug: { files: [], lines: [], functions: [] } };
  assert.deepStrictEqual(roundTrip(m), m);
});

test('round trip keeps strings that need care: BOM, astral, NUL, 255-byte names', () => {
  const m: Module = {
    ...sampleModule(),
    name: '\uFEFFbom-first',
    symbols: [
      { name: '\0', section: 'text', offset: 0, size: 0, kind: 'label', exported: false },
      { name: '😀'.repeat(63) + 'abc', section: 'text', offset: 0, size: 4, kind: 'label', exported: false },
      { name: 'é'.repeat(127) + 'x', section: 'data', offset: 40, size: 0, kind: 'data', exported: true },
    ],
  };
  assert.deepStrictEqual(roundTrip(m), m);
});

test('round trip keeps extreme values', () => {
  const m: Module = {
    ...sampleModule(),
    programNumber: 0xffffffff,
    programVersion: 0xffffffff,
    entry: 28,
    bssSize: 1024 * 1024 * 1024 - 40,
    symbols: [
      { name: 'end', section: 'bss', offset: 1024 * 1024 * 1024 - 40, size: 0, kind: 'data', exported: true },
    ],
    debug: {
      files: ['f'.repeat(65535), ''],
      lines: [{ offset: 31, file: 1, line: 0xffffffff, column: 0xffffffff }],
      functions: [{ name: 'empty', start: 32, end: 32 }],
    },
  };
  assert.deepStrictEqual(roundTrip(m), m);
});

test('the reader returns copies, not views of the input', () => {
  const bytes = writeModule(sampleModule());
  const m = readModule(bytes);
  assert.equal(m.text.buffer === bytes.buffer, false);
  assert.equal(m.data.buffer === bytes.buffer, false);
});

test('the reader returns plain copies of a Node.js file buffer too', () => {
  const bytes = Buffer.from(writeModule(sampleModule()));
  const m = readModule(bytes);
  assert.equal(m.text.buffer === bytes.buffer, false);
  assert.equal(Object.getPrototypeOf(m.text), Uint8Array.prototype);
  assert.equal(m.text.buffer.byteLength, m.text.length);
});

test('the reader accepts a Uint8Array view into a larger buffer', () => {
  const bytes = writeModule(sampleModule());
  const padded = new Uint8Array(bytes.length + 10);
  padded.set(bytes, 7);
  assert.deepStrictEqual(readModule(padded.subarray(7, 7 + bytes.length)), sampleModule());
});

test('header fields sit at the documented offsets', () => {
  const m = sampleModule();
  const bytes = writeModule(m);
  assert.deepEqual([...bytes.subarray(0, 4)], [0x54, 0x53, 0x4d, 0x1a]);
  assert.equal(bytes[4]! | (bytes[5]! << 8), 1);
  assert.equal(bytes[6]! | (bytes[7]! << 8), 1);
  assert.equal(getField(bytes, 'programNumber'), m.programNumber);
  assert.equal(getField(bytes, 'programVersion'), m.programVersion);
  assert.equal(getField(bytes, 'entry'), 8);
  assert.equal(getField(bytes, 'textSize'), 32);
  assert.equal(getField(bytes, 'dataSize'), 40);
  assert.equal(getField(bytes, 'bssSize'), 16);
  assert.equal(getField(bytes, 'name'), 0);
  assert.equal(getField(bytes, 'stringsOffset'), 80);
  assert.equal(getField(bytes, 'symbolCount'), 4);
  assert.equal(getField(bytes, 'importCount'), 2);
  assert.equal(getField(bytes, 'reserved'), 0);
  const textOffset = getField(bytes, 'textOffset');
  assert.equal(textOffset % 4, 0);
  assert.deepEqual(bytes.subarray(textOffset, textOffset + 32), m.text);
  const dataOffset = getField(bytes, 'dataOffset');
  assert.deepEqual(bytes.subarray(dataOffset, dataOffset + 40), m.data);
  const debugEnd = getField(bytes, 'debugOffset') + getField(bytes, 'debugSize');
  assert.equal(debugEnd, bytes.length);
  // Without debug: flag clear, entry "none", debug offset and size zero.
  const plain = writeModule({ ...sampleWithoutDebug(), entry: undefined });
  assert.equal(plain[6], 0);
  assert.equal(getField(plain, 'entry'), 0xffffffff);
  assert.equal(getField(plain, 'debugOffset'), 0);
  assert.equal(getField(plain, 'debugSize'), 0);
});

test('the string table stores each distinct string once', () => {
  const m = sampleModule();
  const bytes = writeModule(m);
  // "main" is both a symbol and a debug function name: one copy, two refs.
  const symbolNameRef = getU32(bytes, symbolEntryAt(bytes, 0));
  const functionsAt = getField(bytes, 'debugOffset') + 4 + 4 * 2 + 4 + 16 * 4 + 4;
  assert.equal(getU32(bytes, functionsAt), symbolNameRef);
  const table = new TextDecoder().decode(
    bytes.subarray(
      getField(bytes, 'stringsOffset'),
      getField(bytes, 'stringsOffset') + getField(bytes, 'stringsSize'),
    ),
  );
  assert.equal(table.split('main').length - 1, 2, 'only "main" and "main.loop" contain "main"');
});

test('the writer is deterministic', () => {
  assert.deepEqual(writeModule(sampleModule()), writeModule(sampleModule()));
});

test('property: any valid module survives write -> read, and rewriting gives the same bytes', () => {
  fc.assert(
    fc.property(moduleArbitrary, (m) => {
      const bytes = writeModule(m);
      const back = readModule(bytes);
      assert.deepStrictEqual(back, m);
      assert.deepEqual(writeModule(back), bytes);
    }),
    { numRuns: 400 },
  );
});
