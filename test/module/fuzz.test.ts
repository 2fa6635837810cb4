// Mutated and random bytes: readModule returns a Module or throws ModuleFormatError, nothing else,
// quickly, and whatever it accepts the writer accepts and round-trips.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ModuleFormatError, readModule, writeModule, type Module } from '../../src/module/index.js';
import { headerField, headerSize } from '../../src/module/format.js';
import { emptyModule, moduleArbitrary, sampleModule, sampleWithoutDebug, setU32 } from './fixtures.js';

/** FUZZ_SCALE=N multiplies the number of cases, for longer runs (`npm run fuzz`). */
const scale = Number(process.env['FUZZ_SCALE'] ?? 1);

/** Read `bytes`; fail the test on any exception other than ModuleFormatError. */
function readOrReject(bytes: Uint8Array): Module | undefined {
  try {
    return readModule(bytes);
  } catch (error) {
    if (error instanceof ModuleFormatError) {
      assert.ok(error.message.startsWith('module: '), error.message);
      assert.ok(error.offset === undefined || (Number.isInteger(error.offset) && error.offset >= 0));
      return undefined;
    }
    throw new Error(`readModule threw something other than ModuleFormatError: ${String(error)}`, {
      cause: error,
    });
  }
}

/** What the reader accepts, the writer must accept too, and reading the rewrite gives the same module. */
function checkAccepted(m: Module): void {
  assert.deepStrictEqual(readModule(writeModule(m)), m);
}

type Mutation =
  | { readonly kind: 'flip'; readonly at: number; readonly bit: number }
  | { readonly kind: 'byte'; readonly at: number; readonly value: number }
  | { readonly kind: 'truncate'; readonly length: number }
  | { readonly kind: 'headerWord'; readonly field: number; readonly value: number }
  | { readonly kind: 'word'; readonly at: number; readonly value: number }
  | { readonly kind: 'append'; readonly bytes: Uint8Array };

const headerOffsets = Object.values(headerField).filter((offset) => offset % 4 === 0);

const interestingU32 = fc.oneof(
  fc.constantFrom(
    0,
    1,
    2,
    3,
    4,
    8,
    0x50,
    0x7f,
    0x80,
    0xff,
    0xffff,
    0x10000,
    0x7fffffff,
    0x80000000,
    0xfffffffc,
    0xffffffff,
  ),
  fc.nat(512),
  fc.integer({ min: 0, max: 0xffffffff }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
  fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), value: fc.nat(255) }),
  fc.record({ kind: fc.constant('truncate' as const), length: fc.nat() }),
  fc.record({
    kind: fc.constant('headerWord' as const),
    field: fc.nat(headerOffsets.length - 1),
    value: interestingU32,
  }),
  fc.record({ kind: fc.constant('word' as const), at: fc.nat(), value: interestingU32 }),
  fc.record({ kind: fc.constant('append' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
);

function mutate(original: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = original.slice();
  for (const change of mutations) {
    switch (change.kind) {
      case 'flip':
        if (bytes.length > 0) bytes[change.at % bytes.length]! ^= 1 << change.bit;
        break;
      case 'byte':
        if (bytes.length > 0) bytes[change.at % bytes.length] = change.value;
        break;
      case 'truncate':
        bytes = bytes.slice(0, change.length % (bytes.length + 1));
        break;
      case 'headerWord':
        if (bytes.length >= headerSize) setU32(bytes, headerOffsets[change.field]!, change.value);
        break;
      case 'word':
        if (bytes.length >= 4) setU32(bytes, change.at % (bytes.length - 3), change.value);
        break;
      case 'append': {
        const longer = new Uint8Array(bytes.length + change.bytes.length);
        longer.set(bytes);
        longer.set(change.bytes, bytes.length);
        bytes = longer;
        break;
      }
      default: {
        const unknown: never = change;
        throw new Error(`unknown mutation ${String(unknown)}`);
      }
    }
  }
  return bytes;
}

const seeds = [sampleModule(), sampleWithoutDebug(), emptyModule()].map(writeModule);

test('fuzz: mutated module bytes give a Module or a ModuleFormatError', () => {
  let accepted = 0;
  fc.assert(
    fc.property(
      fc.nat(seeds.length - 1),
      fc.array(mutation, { minLength: 1, maxLength: 4 }),
      (seed, mutations) => {
        const m = readOrReject(mutate(seeds[seed]!, mutations));
        if (m !== undefined) {
          accepted++;
          checkAccepted(m);
        }
      },
    ),
    { numRuns: 3000 * scale },
  );
  // Some mutations (data bytes, program numbers) leave a valid module; make sure the fuzz reaches both outcomes.
  assert.ok(accepted > 0, 'no mutated module was accepted');
});

test('fuzz: mutations of generated modules give a Module or a ModuleFormatError', () => {
  fc.assert(
    fc.property(moduleArbitrary, fc.array(mutation, { minLength: 1, maxLength: 3 }), (m, mutations) => {
      const back = readOrReject(mutate(writeModule(m), mutations));
      if (back !== undefined) checkAccepted(back);
    }),
    { numRuns: 1000 * scale },
  );
});

test('fuzz: random bytes after a valid magic and version give a ModuleFormatError', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (tail) => {
      const bytes = new Uint8Array(6 + tail.length);
      bytes.set([0x54, 0x53, 0x4d, 0x1a, 1, 0]);
      bytes.set(tail, 6);
      readOrReject(bytes);
    }),
    { numRuns: 1000 * scale },
  );
});

test('huge counts and sizes are rejected at once, without allocating', () => {
  const base = writeModule(sampleModule());
  const started = Date.now();
  for (const field of headerOffsets.filter((offset) => offset >= headerField.programNumber)) {
    for (const value of [0x7fffffff, 0xfffffff0, 0xffffffff]) {
      const bytes = base.slice();
      setU32(bytes, field, value);
      readOrReject(bytes);
    }
  }
  assert.ok(Date.now() - started < 1000, 'rejecting huge values took too long');
});
