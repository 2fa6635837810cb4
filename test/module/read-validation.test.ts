// readModule rejects each broken rule with its own ModuleFormatError: one test per rule, each starting
// from a valid module's bytes and breaking exactly that rule.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readModule, writeModule, type Module, type ModuleFormatCode } from '../../src/module/index.js';
import { headerField } from '../../src/module/format.js';
import {
  assertFormatError,
  debugPartsAt,
  getField,
  getU32,
  importEntryAt,
  sampleModule,
  sampleWithVariables,
  sampleWithoutDebug,
  setField,
  setU32,
  symbolEntryAt,
} from './fixtures.js';

/** The bytes of `m` (the sample by default) after `patch`. */
function patched(patch: (bytes: Uint8Array) => void, m: Module = sampleModule()): Uint8Array {
  const bytes = writeModule(m);
  patch(bytes);
  return bytes;
}

function rejects(bytes: Uint8Array, code: ModuleFormatCode, fragment: string, offset?: number): void {
  assertFormatError(() => readModule(bytes), code, fragment, offset);
}

test('the unpatched sample is accepted (so each rejection below is the patch)', () => {
  assert.deepStrictEqual(readModule(patched(() => {})), sampleModule());
});

test('rejects input that is not a Uint8Array', () => {
  assertFormatError(() => readModule('TSM' as unknown as Uint8Array), 'notBytes', 'not a Uint8Array');
});

test('rejects a bad magic', () => {
  rejects(
    patched((bytes) => (bytes[3] = 0x1b)),
    'badMagic',
    'bad magic (expected "TSM\\x1a")',
    3,
  );
  rejects(new Uint8Array(0), 'badMagic', 'bad magic', 0);
  rejects(new TextEncoder().encode('TS'), 'badMagic', 'bad magic', 2);
});

test('rejects an unsupported version', () => {
  rejects(
    patched((bytes) => (bytes[4] = 2)),
    'badVersion',
    'unsupported format version 2 (expected 1)',
    headerField.version,
  );
});

test('rejects unknown flag bits', () => {
  rejects(
    patched((bytes) => (bytes[6] = 0x03)),
    'unknownFlags',
    'unknown flag bits 0x2',
    headerField.flags,
  );
  rejects(
    patched((bytes) => (bytes[7] = 0x80)),
    'unknownFlags',
    'unknown flag bits 0x8000',
  );
});

test('rejects a non-zero reserved header word', () => {
  rejects(
    patched((bytes) => setField(bytes, 'reserved', 1)),
    'reservedNotZero',
    'reserved header word',
    headerField.reserved,
  );
});

test('rejects a truncated header', () => {
  const bytes = writeModule(sampleModule());
  rejects(bytes.slice(0, 40), 'truncated', 'unexpected end of the header');
  rejects(bytes.slice(0, 79), 'truncated', 'unexpected end of the header', 76);
});

test('rejects text over 64 MiB', () => {
  rejects(
    patched((bytes) => setField(bytes, 'textSize', 64 * 1024 * 1024 + 4)),
    'textTooLarge',
    'exceeds the limit of 64 MiB',
    headerField.textSize,
  );
});

test('rejects a text size that is not a multiple of 4', () => {
  rejects(
    patched((bytes) => setField(bytes, 'textSize', 30)),
    'textSizeNotAligned',
    'text size 30 is not a multiple of 4',
  );
});

test('rejects data + bss over 1 GiB', () => {
  rejects(
    patched((bytes) => setField(bytes, 'bssSize', 1024 * 1024 * 1024 - 39)),
    'dataTooLarge',
    'exceeds the limit of 1 GiB',
    headerField.dataSize,
  );
  rejects(
    patched((bytes) => setField(bytes, 'bssSize', 0xffffffff)),
    'dataTooLarge',
    'bss size 4294967295',
  );
});

test('rejects an entry outside text', () => {
  rejects(
    patched((bytes) => setField(bytes, 'entry', 32)),
    'entryOutsideText',
    'entry 0x20 is outside text',
    headerField.entry,
  );
  const withoutText = sampleWithoutDebug();
  // Zero text: any entry but "none" is outside.
  rejects(
    patched((bytes) => setField(bytes, 'entry', 0), {
      ...withoutText,
      text: new Uint8Array(0),
      symbols: [],
      entry: undefined,
    }),
    'entryOutsideText',
    'entry 0x0 is outside text (0x0 bytes)',
  );
});

test('rejects an entry that is not a multiple of 4', () => {
  rejects(
    patched((bytes) => setField(bytes, 'entry', 6)),
    'entryNotAligned',
    'entry 0x6 is not a multiple of 4',
    headerField.entry,
  );
});

test('rejects a debug section offset or size without the debug flag', () => {
  rejects(
    patched((bytes) => setField(bytes, 'debugSize', 12), sampleWithoutDebug()),
    'debugWithoutFlag',
    'flag bit 0 (has debug) is clear',
  );
  rejects(
    patched((bytes) => (bytes[6] = 0)),
    'debugWithoutFlag',
    'debug section offset or size is set',
    headerField.debugOffset,
  );
});

test('rejects a section overlapping the header', () => {
  rejects(
    patched((bytes) => setField(bytes, 'stringsOffset', 40)),
    'sectionOverlapsHeader',
    'string table section at 0x28 overlaps the header',
    headerField.stringsOffset,
  );
  // Even an empty section must not point into the header.
  rejects(
    patched((bytes) => setField(bytes, 'importsOffset', 0), { ...sampleModule(), imports: [] }),
    'sectionOverlapsHeader',
    'import table section at 0x0',
  );
});

test('rejects a section running past the end of the file', () => {
  rejects(
    patched((bytes) => setField(bytes, 'symbolCount', 0x10000000)),
    'sectionPastEnd',
    'symbol table section (4294967296 bytes at 0x',
    headerField.symbolsOffset,
  );
  rejects(
    patched((bytes) => setField(bytes, 'dataOffset', 0xfffffff0)),
    'sectionPastEnd',
    'data section',
  );
  rejects(
    patched((bytes) => setField(bytes, 'debugSize', getField(bytes, 'debugSize') + 1)),
    'sectionPastEnd',
    'debug section',
  );
  const bytes = writeModule(sampleModule());
  rejects(bytes.slice(0, bytes.length - 1), 'sectionPastEnd', 'runs past the end of the file');
});

test('rejects overlapping sections', () => {
  rejects(
    patched((bytes) => setField(bytes, 'importsOffset', getField(bytes, 'symbolsOffset'))),
    'sectionsOverlap',
    'sections overlap',
  );
  rejects(
    patched((bytes) => setField(bytes, 'textOffset', getField(bytes, 'dataOffset') + 4)),
    'sectionsOverlap',
    'data and text sections overlap',
  );
});

test('rejects a text section offset that is not a multiple of 4', () => {
  rejects(
    patched((bytes) => setField(bytes, 'textOffset', getField(bytes, 'textOffset') - 2)),
    'textOffsetNotAligned',
    'text section offset',
    headerField.textOffset,
  );
});

test('rejects non-zero padding between sections', () => {
  const bytes = writeModule(sampleModule());
  const gapStart = getField(bytes, 'stringsOffset') + getField(bytes, 'stringsSize');
  assert.ok(gapStart < getField(bytes, 'symbolsOffset'), 'the sample has padding after its string table');
  bytes[gapStart] = 1;
  rejects(bytes, 'paddingNotZero', `padding byte at 0x${gapStart.toString(16)} is not zero`, gapStart);
});

test('rejects bytes after the last section', () => {
  const bytes = writeModule(sampleModule());
  const longer = new Uint8Array(bytes.length + 3);
  longer.set(bytes);
  rejects(longer, 'trailingBytes', '3 unexpected bytes after the last section', bytes.length);
});

test('rejects a string running past the end of the string table', () => {
  rejects(
    patched((bytes) => (bytes[getField(bytes, 'stringsOffset')] = 0xff)),
    'stringPastTable',
    'runs past the end of the string table',
    80,
  );
  // Grow the table by one byte of the padding after it: its last entry is cut inside its length field.
  const bytes = writeModule(sampleModule());
  const end = getField(bytes, 'stringsOffset') + getField(bytes, 'stringsSize');
  setField(bytes, 'stringsSize', getField(bytes, 'stringsSize') + 1);
  rejects(bytes, 'stringPastTable', `string at 0x${end.toString(16)} runs past`, end);
});

test('rejects a string that is not well-formed UTF-8', () => {
  for (const bad of [[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]]) {
    const bytes = writeModule(sampleModule());
    const at = getField(bytes, 'stringsOffset');
    // Overwrite the start of "hello" (the first string), keeping its length of 5.
    bytes.set(bad, at + 2);
    rejects(bytes, 'badUtf8', 'string at 0x50 is not well-formed UTF-8', at);
  }
});

test('rejects a string ref that is not the start of a string', () => {
  rejects(
    patched((bytes) => setField(bytes, 'name', 1)),
    'badStringRef',
    'module name: string ref 0x1 is not the start of a string',
    headerField.name,
  );
  rejects(
    patched((bytes) => setU32(bytes, symbolEntryAt(bytes, 1), 0xffff)),
    'badStringRef',
    'symbol 1 name: string ref 0xffff',
  );
  rejects(
    patched((bytes) => setU32(bytes, importEntryAt(bytes, 0), 3)),
    'badStringRef',
    'import 0 name',
  );
  rejects(
    patched((bytes) => setU32(bytes, debugPartsAt(bytes).files + 4, 2)),
    'badStringRef',
    'debug file 0',
  );
  rejects(
    patched((bytes) => setU32(bytes, debugPartsAt(bytes).functions + 4, 2)),
    'badStringRef',
    'debug function 0 name',
  );
});

test('rejects an empty symbol, import or function name', () => {
  const withEmptyName: Module = { ...sampleModule(), name: '' };
  const emptyRef = 0;
  rejects(
    patched((bytes) => setU32(bytes, symbolEntryAt(bytes, 2), emptyRef), withEmptyName),
    'emptyName',
    'symbol 2 "" has an empty name',
  );
  rejects(
    patched((bytes) => setU32(bytes, importEntryAt(bytes, 1), emptyRef), withEmptyName),
    'emptyName',
    'import 1 "" has an empty name',
  );
  rejects(
    patched((bytes) => setU32(bytes, debugPartsAt(bytes).functions + 4 + 12, emptyRef), withEmptyName),
    'emptyName',
    'debug function 1 "" has an empty name',
  );
});

test('rejects names longer than 255 bytes', () => {
  const long = 'x'.repeat(256);
  const withLongFile: Module = {
    ...sampleModule(),
    debug: { ...sampleModule().debug!, files: [long, 'b.vp'] },
  };
  const longRef = (bytes: Uint8Array) => getU32(bytes, debugPartsAt(bytes).files + 4);
  rejects(
    patched((bytes) => setField(bytes, 'name', longRef(bytes)), withLongFile),
    'nameTooLong',
    'module name is 256 bytes long (at most 255)',
  );
  rejects(
    patched((bytes) => setU32(bytes, symbolEntryAt(bytes, 0), longRef(bytes)), withLongFile),
    'nameTooLong',
    'is 256 bytes long',
  );
  rejects(
    patched((bytes) => setU32(bytes, importEntryAt(bytes, 0), longRef(bytes)), withLongFile),
    'nameTooLong',
    'import 0',
  );
  rejects(
    patched((bytes) => setU32(bytes, debugPartsAt(bytes).functions + 4, longRef(bytes)), withLongFile),
    'nameTooLong',
    'debug function 0',
  );
});

test('rejects an unknown symbol section', () => {
  rejects(
    patched((bytes) => (bytes[symbolEntryAt(bytes, 1) + 12] = 3)),
    'badSection',
    'symbol 1 "main.loop" has an unknown section 3',
  );
});

test('rejects an unknown symbol kind', () => {
  rejects(
    patched((bytes) => (bytes[symbolEntryAt(bytes, 0) + 13] = 4)),
    'badSymbolKind',
    'symbol 0 "main" has an unknown kind 4',
  );
});

test('rejects unknown symbol flag bits', () => {
  const at = (bytes: Uint8Array) => symbolEntryAt(bytes, 0) + 14;
  rejects(
    patched((bytes) => (bytes[at(bytes)] = 3)),
    'badSymbolFlags',
    'symbol 0 "main" has unknown flag bits 0x2',
  );
});

test('rejects a non-zero reserved symbol byte', () => {
  rejects(
    patched((bytes) => (bytes[symbolEntryAt(bytes, 3) + 15] = 1)),
    'reservedNotZero',
    'reserved byte of symbol 3 "buffer"',
  );
});

test('rejects a symbol outside its section', () => {
  const cases: [index: number, offset: number, size: number, fragment: string][] = [
    [0, 32, 4, 'symbol 0 "main" ends at 0x24, past the end of text (0x20 bytes)'],
    [1, 33, 0, 'past the end of text'],
    [2, 40, 1, 'symbol 2 "greeting" ends at 0x29, past the end of data (0x28 bytes)'],
    [3, 0, 17, 'past the end of bss (0x10 bytes)'],
    [3, 0xffffffff, 0xffffffff, 'ends at 0x1fffffffe'],
  ];
  for (const [index, offset, size, fragment] of cases) {
    const bytes = writeModule(sampleModule());
    const at = symbolEntryAt(bytes, index);
    setU32(bytes, at + 4, offset);
    setU32(bytes, at + 8, size);
    rejects(bytes, 'symbolOutsideSection', fragment, at + 4);
  }
});

test('rejects duplicate symbol names', () => {
  rejects(
    patched((bytes) => setU32(bytes, symbolEntryAt(bytes, 3), getU32(bytes, symbolEntryAt(bytes, 0)))),
    'duplicateSymbol',
    'duplicate symbol name "main"',
  );
});

test('rejects an unknown import kind', () => {
  rejects(
    patched((bytes) => (bytes[importEntryAt(bytes, 1) + 8] = 2)),
    'badImportKind',
    'import 1 "lib.helper" has an unknown kind 2',
  );
});

test('rejects non-zero reserved import bytes', () => {
  for (const byte of [9, 10, 11]) {
    rejects(
      patched((bytes) => (bytes[importEntryAt(bytes, 0) + byte] = 0x40)),
      'reservedNotZero',
      'reserved bytes of import 0 "tessera.write"',
    );
  }
});

test('rejects an import slot that is not a multiple of 8', () => {
  rejects(
    patched((bytes) => setU32(bytes, importEntryAt(bytes, 0) + 4, 20)),
    'importSlotNotAligned',
    'import 0 "tessera.write" slot 0x14 is not a multiple of 8',
  );
});

test('rejects an import slot outside data', () => {
  rejects(
    patched((bytes) => setU32(bytes, importEntryAt(bytes, 1) + 4, 40)),
    'importSlotOutsideData',
    'slot 0x28 (8 bytes) is outside data (0x28 bytes)',
  );
  rejects(
    patched((bytes) => setU32(bytes, importEntryAt(bytes, 1) + 4, 0xfffffff8)),
    'importSlotOutsideData',
    'slot 0xfffffff8',
  );
});

test('rejects duplicate import names', () => {
  rejects(
    patched((bytes) => setU32(bytes, importEntryAt(bytes, 1), getU32(bytes, importEntryAt(bytes, 0)))),
    'duplicateImport',
    'duplicate import name "tessera.write"',
  );
});

test('rejects two imports sharing a slot', () => {
  rejects(
    patched((bytes) => setU32(bytes, importEntryAt(bytes, 1) + 4, 16)),
    'duplicateImportSlot',
    'import 1 "lib.helper" slot 0x10 is already used',
  );
});

test('rejects a debug section too short for its counts', () => {
  rejects(
    patched((bytes) => setU32(bytes, debugPartsAt(bytes).lines, 0x7fffffff)),
    'truncated',
    'unexpected end of the debug section',
  );
  rejects(
    patched((bytes) => setU32(bytes, debugPartsAt(bytes).files, 0xffffffff)),
    'truncated',
    'unexpected end of the debug section',
  );
  // Flag set, but no room even for the file count.
  const withEmptyDebug = patched((bytes) => {
    bytes[6] = 1;
    setField(bytes, 'debugOffset', bytes.length);
  }, sampleWithoutDebug());
  rejects(withEmptyDebug, 'truncated', 'unexpected end of the debug section (needed 4 more bytes)');
});

test('rejects a line entry naming a file that does not exist', () => {
  rejects(
    patched((bytes) => setU32(bytes, debugPartsAt(bytes).lines + 4 + 16 + 4, 2)),
    'badFileIndex',
    'line entry 1 names file 2 but the debug section has 2 files',
  );
});

test('rejects a line entry outside text', () => {
  rejects(
    patched((bytes) => setU32(bytes, debugPartsAt(bytes).lines + 4 + 3 * 16, 32)),
    'lineOutsideText',
    'line entry 3 offset 0x20 is outside text (0x20 bytes)',
  );
});

test('rejects line entries out of order', () => {
  rejects(
    patched((bytes) => setU32(bytes, debugPartsAt(bytes).lines + 4 + 2 * 16, 4)),
    'linesNotSorted',
    "line entry 2 offset 0x4 comes before the previous entry's 0x8",
  );
});

test('rejects a bad function range', () => {
  const start = (bytes: Uint8Array) => debugPartsAt(bytes).functions + 4 + 4;
  rejects(
    patched((bytes) => setU32(bytes, start(bytes), 25)),
    'badFunctionRange',
    'debug function 0 "main" range 0x19..0x18',
  );
  rejects(
    patched((bytes) => setU32(bytes, start(bytes) + 12 + 4, 36)),
    'badFunctionRange',
    'debug function 1 "helper" range 0x18..0x24 is not within text (0x20 bytes)',
  );
});

test('rejects bytes left over at the end of the debug section', () => {
  // After the functions come the optional (empty here) type and variable arrays, then 4 stray bytes.
  const bytes = writeModule(sampleModule());
  const longer = new Uint8Array(bytes.length + 12);
  longer.set(bytes);
  setField(longer, 'debugSize', getField(longer, 'debugSize') + 12);
  rejects(
    longer,
    'debugTrailingBytes',
    '4 unexpected bytes at the end of the debug section',
    bytes.length + 8,
  );
});

test('rejects a debug variable whose type, function or location kind does not exist', () => {
  const bytes = writeModule(sampleWithVariables());
  const debugEnd = getField(bytes, 'debugOffset') + getField(bytes, 'debugSize');
  // The last variable entry ('p') starts 36 bytes before the end: name, type, function, kind, ...
  const entry = debugEnd - 36;
  const patch = (delta: number, value: number): Uint8Array => {
    const copy = bytes.slice();
    new DataView(copy.buffer).setUint32(entry + delta, value, true);
    return copy;
  };
  rejects(patch(4, 3), 'badVariableType', 'names type 3 but the debug section has 3 types', entry + 4);
  rejects(
    patch(8, 2),
    'badVariableFunction',
    'names function 2 but the debug section has 2 functions',
    entry + 8,
  );
  rejects(patch(12, 3), 'badVariableLocation', 'unknown location kind 3', entry + 12);
});
