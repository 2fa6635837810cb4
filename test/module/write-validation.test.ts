// writeModule (through verifyModule) refuses any Module the reader would reject, or that the format
// cannot encode, before producing bytes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  verifyModule,
  writeModule,
  type DebugInfo,
  type Module,
  type ModuleFormatCode,
  type ModuleSymbol,
} from '../../src/module/index.js';
import { assertFormatError, sampleModule } from './fixtures.js';

function refuses(m: Module, code: ModuleFormatCode, fragment: string): void {
  assertFormatError(() => writeModule(m), code, fragment);
  assertFormatError(() => verifyModule(m), code, fragment);
}

function withSymbol(changes: Partial<ModuleSymbol>): Module {
  const m = sampleModule();
  return { ...m, symbols: [...m.symbols, { ...m.symbols[0]!, name: 'extra', ...changes }] };
}

function withDebug(changes: Partial<DebugInfo>): Module {
  const m = sampleModule();
  return { ...m, debug: { ...m.debug!, ...changes } };
}

test('verifyModule accepts the sample', () => {
  assert.doesNotThrow(() => verifyModule(sampleModule()));
});

test('refuses values that are not 32-bit unsigned integers', () => {
  refuses({ ...sampleModule(), programNumber: -1 }, 'notU32', 'program number must be an integer');
  refuses({ ...sampleModule(), programVersion: 2 ** 32 }, 'notU32', 'program version');
  refuses({ ...sampleModule(), bssSize: 1.5 }, 'notU32', 'bss size');
  refuses(withSymbol({ offset: -4 }), 'notU32', 'symbol 4 "extra" offset');
  refuses(withSymbol({ size: NaN }), 'notU32', 'symbol 4 "extra" size');
  refuses(withDebug({ lines: [{ offset: 0, file: 0, line: -1, column: 0 }] }), 'notU32', 'line entry 0 line');
});

test('refuses text or data that is not a Uint8Array', () => {
  refuses(
    { ...sampleModule(), text: [0, 0, 0, 0] as unknown as Uint8Array },
    'notBytesField',
    'text must be',
  );
  refuses({ ...sampleModule(), data: 'abc' as unknown as Uint8Array }, 'notBytesField', 'data must be');
});

test('refuses a text size that is not a multiple of 4', () => {
  refuses(
    { ...sampleModule(), text: new Uint8Array(30), debug: undefined },
    'textSizeNotAligned',
    'text size 30',
  );
});

test('refuses text over 64 MiB and data + bss over 1 GiB', () => {
  refuses(
    { ...sampleModule(), text: new Uint8Array(64 * 1024 * 1024 + 4) },
    'textTooLarge',
    'exceeds the limit of 64 MiB',
  );
  refuses({ ...sampleModule(), bssSize: 1024 * 1024 * 1024 }, 'dataTooLarge', 'exceeds the limit of 1 GiB');
});

test('refuses a bad entry', () => {
  refuses({ ...sampleModule(), entry: 32 }, 'entryOutsideText', 'entry 0x20 is outside text');
  refuses({ ...sampleModule(), entry: 2 }, 'entryNotAligned', 'entry 0x2 is not a multiple of 4');
  refuses({ ...sampleModule(), entry: 0xffffffff }, 'entryOutsideText', 'entry 0xffffffff');
});

test('refuses strings with lone surrogates', () => {
  refuses({ ...sampleModule(), name: 'a\uD800' }, 'illFormedString', 'module name is not well-formed');
  refuses(withSymbol({ name: '\uDC00x' }), 'illFormedString', 'symbol 4');
  refuses(withDebug({ files: ['\uD83D'] }), 'illFormedString', 'debug file 0');
});

test('refuses empty and over-long names', () => {
  refuses(withSymbol({ name: '' }), 'emptyName', 'symbol 4 "" has an empty name');
  refuses(withSymbol({ name: 'é'.repeat(128) }), 'nameTooLong', 'is 256 bytes long (at most 255)');
  refuses({ ...sampleModule(), name: 'x'.repeat(256) }, 'nameTooLong', 'module name is 256 bytes');
  const m = sampleModule();
  refuses({ ...m, imports: [{ name: '', kind: 'host', slot: 0 }] }, 'emptyName', 'import 0');
  refuses(withDebug({ functions: [{ name: '', start: 0, end: 0 }] }), 'emptyName', 'debug function 0');
  // 255 bytes is fine, and so is an empty module name.
  assert.doesNotThrow(() => writeModule(withSymbol({ name: '😀'.repeat(63) + 'abc' })));
  assert.doesNotThrow(() => writeModule({ ...m, name: '' }));
});

test('refuses a debug file name over 65535 bytes', () => {
  refuses(withDebug({ files: ['x'.repeat(65536)] }), 'stringTooLong', 'debug file 0 is 65536 bytes long');
});

test('refuses unknown sections and kinds', () => {
  refuses(withSymbol({ section: 'rodata' as 'text' }), 'badSection', 'unknown section rodata');
  refuses(withSymbol({ kind: 'macro' as 'label' }), 'badSymbolKind', 'unknown kind macro');
  const m = sampleModule();
  refuses(
    { ...m, imports: [{ name: 'x', kind: 'rpc' as 'host', slot: 0 }] },
    'badImportKind',
    'unknown kind rpc',
  );
  refuses(withSymbol({ exported: 1 as unknown as boolean }), 'notBoolean', 'exported must be a boolean');
});

test('refuses symbols outside their section and duplicate names', () => {
  refuses(withSymbol({ section: 'bss', offset: 8, size: 9 }), 'symbolOutsideSection', 'past the end of bss');
  refuses(
    withSymbol({ section: 'data', offset: 41, size: 0 }),
    'symbolOutsideSection',
    'past the end of data',
  );
  refuses(withSymbol({ name: 'main' }), 'duplicateSymbol', 'duplicate symbol name "main"');
});

test('refuses bad import slots and duplicate imports', () => {
  const m = sampleModule();
  const imports = (...rest: Module['imports']) => ({ ...m, imports: [...m.imports, ...rest] });
  refuses(imports({ name: 'a', kind: 'host', slot: 4 }), 'importSlotNotAligned', 'slot 0x4');
  refuses(imports({ name: 'a', kind: 'host', slot: 40 }), 'importSlotOutsideData', 'slot 0x28');
  refuses(imports({ name: 'a', kind: 'host', slot: 16 }), 'duplicateImportSlot', 'slot 0x10 is already used');
  refuses(imports({ name: 'lib.helper', kind: 'host', slot: 0 }), 'duplicateImport', 'duplicate import name');
});

test('refuses bad debug info', () => {
  refuses(withDebug({ lines: [{ offset: 0, file: 2, line: 1, column: 1 }] }), 'badFileIndex', 'names file 2');
  refuses(
    withDebug({ lines: [{ offset: 32, file: 0, line: 1, column: 1 }] }),
    'lineOutsideText',
    'offset 0x20',
  );
  refuses(
    withDebug({
      lines: [
        { offset: 8, file: 0, line: 1, column: 1 },
        { offset: 4, file: 0, line: 2, column: 1 },
      ],
    }),
    'linesNotSorted',
    'line entry 1 offset 0x4 comes before',
  );
  refuses(withDebug({ functions: [{ name: 'f', start: 8, end: 4 }] }), 'badFunctionRange', 'range 0x8..0x4');
  refuses(
    withDebug({ functions: [{ name: 'f', start: 8, end: 36 }] }),
    'badFunctionRange',
    'range 0x8..0x24',
  );
});
