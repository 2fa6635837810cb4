// Shared test material for the module format: hand-made modules, a fast-check arbitrary of valid
// modules, byte patching helpers, and an assertion that a call fails with a given ModuleFormatError.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  ModuleFormatError,
  importKinds,
  sectionNames,
  symbolKinds,
  type DebugInfo,
  type Module,
  type ModuleImport,
  type ModuleSymbol,
  type ModuleFormatCode,
} from '../../src/module/index.js';
import { headerField } from '../../src/module/format.js';

/** A module using every feature: symbols in each section, imports, entry and debug info. */
export function sampleModule(): Module {
  return {
    name: 'hello',
    programNumber: 0x20000001,
    programVersion: 3,
    entry: 8,
    text: Uint8Array.from({ length: 32 }, (_, i) => (i * 7 + 1) & 0xff),
    data: Uint8Array.from({ length: 40 }, (_, i) => (i * 13 + 5) & 0xff),
    bssSize: 16,
    symbols: [
      { name: 'main', section: 'text', offset: 8, size: 16, kind: 'procedure', exported: true },
      { name: 'main.loop', section: 'text', offset: 12, size: 0, kind: 'label', exported: false },
      { name: 'greeting', section: 'data', offset: 0, size: 6, kind: 'string', exported: false },
      { name: 'buffer', section: 'bss', offset: 0, size: 16, kind: 'data', exported: true },
    ],
    imports: [
      { name: 'tessera.write', kind: 'host', slot: 16 },
      { name: 'lib.helper', kind: 'procedure', slot: 32 },
    ],
    debug: {
      files: ['hello.vp', 'lib/ünïcode.vp'],
      lines: [
        { offset: 0, file: 0, line: 1, column: 1 },
        { offset: 8, file: 0, line: 4, column: 3 },
        { offset: 8, file: 1, line: 10, column: 0 },
        { offset: 28, file: 1, line: 12, column: 5 },
      ],
      functions: [
        { name: 'main', start: 8, end: 24 },
        { name: 'helper', start: 24, end: 32 },
      ],
    },
  };
}

/** The sample module with debug types and variables: a local in a frame, a global, one optimised out. */
export function sampleWithVariables(): Module {
  const m = sampleModule();
  const scope = { startLine: 3, startColumn: 5, endLine: 9, endColumn: 1 };
  return {
    ...m,
    debug: {
      ...m.debug!,
      types: ['i4|int', 'p#0|int *', 's16{a:#0@0,b:#1@8}|struct pair'],
      variables: [
        { name: 'count', type: 0, function: 0, location: { kind: 'frame', offset: -12 }, scope },
        { name: 'items', type: 2, function: -1, location: { kind: 'static', address: 0x10000 }, scope },
        { name: 'p', type: 1, function: 1, location: { kind: 'none' }, scope },
      ],
    },
  };
}

/** The sample module without its debug section. */
export function sampleWithoutDebug(): Module {
  return { ...sampleModule(), debug: undefined };
}

/** The smallest module: empty everything. */
export function emptyModule(): Module {
  return {
    name: '',
    programNumber: 0,
    programVersion: 0,
    entry: undefined,
    text: new Uint8Array(0),
    data: new Uint8Array(0),
    bssSize: 0,
    symbols: [],
    imports: [],
    debug: undefined,
  };
}

/** Read the little-endian u32 at `at`. */
export function getU32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

/** Write a little-endian u32 at `at`. */
export function setU32(bytes: Uint8Array, at: number, value: number): void {
  for (let i = 0; i < 4; i++) bytes[at + i] = (value >>> (8 * i)) & 0xff;
}

/** Read a header field. */
export function getField(bytes: Uint8Array, field: keyof typeof headerField): number {
  return getU32(bytes, headerField[field]);
}

/** Overwrite a (u32) header field. */
export function setField(bytes: Uint8Array, field: keyof typeof headerField, value: number): void {
  setU32(bytes, headerField[field], value);
}

/** File offset of symbol entry `index`. */
export function symbolEntryAt(bytes: Uint8Array, index: number): number {
  return getField(bytes, 'symbolsOffset') + 16 * index;
}

/** File offset of import entry `index`. */
export function importEntryAt(bytes: Uint8Array, index: number): number {
  return getField(bytes, 'importsOffset') + 12 * index;
}

/** File offsets of the parts of the debug section, given its file and line counts. */
export function debugPartsAt(bytes: Uint8Array): { files: number; lines: number; functions: number } {
  const files = getField(bytes, 'debugOffset');
  const lines = files + 4 + 4 * getU32(bytes, files);
  const functions = lines + 4 + 16 * getU32(bytes, lines);
  return { files, lines, functions };
}

/** Run `action` and check it throws a ModuleFormatError with this code and message fragment. */
export function assertFormatError(
  action: () => unknown,
  code: ModuleFormatCode,
  fragment: string,
  offset?: number,
): ModuleFormatError {
  let thrown: unknown;
  try {
    action();
  } catch (error) {
    thrown = error;
  }
  assert.ok(thrown !== undefined, `expected a ModuleFormatError (${code}), but nothing was thrown`);
  assert.ok(thrown instanceof ModuleFormatError, `expected a ModuleFormatError, got ${String(thrown)}`);
  assert.equal(thrown.code, code, thrown.message);
  assert.ok(thrown.message.startsWith('module: '), thrown.message);
  assert.ok(thrown.message.includes(fragment), `"${thrown.message}" should contain "${fragment}"`);
  if (offset !== undefined) assert.equal(thrown.offset, offset, thrown.message);
  return thrown;
}

const nameArbitrary = fc.string({ unit: 'binary', minLength: 1, maxLength: 60 });
const u32Arbitrary = fc.integer({ min: 0, max: 0xffffffff });

/** Any valid Module: offsets, slots, lines and ranges consistent with the generated section sizes. */
export const moduleArbitrary: fc.Arbitrary<Module> = fc
  .record({
    textWords: fc.nat(48),
    dataSize: fc.nat(96),
    bssSize: fc.oneof(fc.nat(256), fc.constant(1024 * 1024 * 1024 - 96)),
  })
  .chain(({ textWords, dataSize, bssSize }) => {
    const textSize = textWords * 4;
    const sizes = { text: textSize, data: dataSize, bss: bssSize };
    const symbol: fc.Arbitrary<ModuleSymbol> = fc
      .record({
        name: nameArbitrary,
        section: fc.constantFrom(...sectionNames),
        kind: fc.constantFrom(...symbolKinds),
        exported: fc.boolean(),
        start: u32Arbitrary,
        length: u32Arbitrary,
      })
      .map(({ name, section, kind, exported, start, length }) => {
        const offset = start % (sizes[section] + 1);
        const size = length % (sizes[section] - offset + 1);
        return { name, section, offset, size, kind, exported };
      });
    const slotCount = Math.floor(dataSize / 8);
    const imports: fc.Arbitrary<ModuleImport[]> =
      slotCount === 0
        ? fc.constant([])
        : fc
            .tuple(
              fc.uniqueArray(fc.nat(slotCount - 1), { maxLength: slotCount }),
              fc.uniqueArray(nameArbitrary, { maxLength: slotCount }),
              fc.array(fc.constantFrom(...importKinds), { minLength: slotCount, maxLength: slotCount }),
            )
            .map(([slots, names, kinds]) =>
              names.slice(0, slots.length).map((name, i) => ({ name, kind: kinds[i]!, slot: slots[i]! * 8 })),
            );
    const debug: fc.Arbitrary<DebugInfo> = fc
      .array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 4 })
      .chain((files) =>
        fc.record(
          {
            files: fc.constant(files),
            lines:
              files.length === 0 || textSize === 0
                ? fc.constant([])
                : fc
                    .array(
                      fc.record(
                        {
                          offset: fc.nat(textSize - 1),
                          file: fc.nat(files.length - 1),
                          line: u32Arbitrary,
                          column: u32Arbitrary,
                        },
                        { noNullPrototype: true },
                      ),
                      { maxLength: 12 },
                    )
                    .map((lines) => lines.sort((a, b) => a.offset - b.offset)),
            functions: fc.array(
              fc
                .record({ name: nameArbitrary, a: fc.nat(textSize), b: fc.nat(textSize) })
                .map(({ name, a, b }) => ({ name, start: Math.min(a, b), end: Math.max(a, b) })),
              { maxLength: 6 },
            ),
          },
          { noNullPrototype: true },
        ),
      );
    return fc.record(
      {
        name: fc.string({ unit: 'binary', maxLength: 60 }),
        programNumber: u32Arbitrary,
        programVersion: u32Arbitrary,
        entry:
          textWords === 0
            ? fc.constant(undefined)
            : fc.option(
                fc.nat(textWords - 1).map((word) => word * 4),
                { nil: undefined },
              ),
        text: fc.uint8Array({ minLength: textSize, maxLength: textSize }),
        data: fc.uint8Array({ minLength: dataSize, maxLength: dataSize }),
        bssSize: fc.constant(bssSize),
        symbols: fc.uniqueArray(symbol, { selector: (s) => s.name, maxLength: 16 }),
        imports,
        debug: fc.option(debug, { nil: undefined }),
      },
      { noNullPrototype: true },
    );
  });
