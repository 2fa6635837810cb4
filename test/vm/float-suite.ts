// Double instructions against the reference model, on bit patterns: arithmetic, sqrt, min and max (NaN results
// canonical), neg and abs (pure sign-bit operations), conversions to and from integers and float32 (rounding,
// saturation, NaN), and the set-on-condition compares, over edge values (zeros, subnormals, infinities, NaNs).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkBatch, checkRandomBatches, checkRegisterFile, pairCases, type BatchCase } from './harness.js';
import {
  CANONICAL_NAN32,
  CANONICAL_NAN64,
  INT64_MAX,
  INT64_MIN,
  doubleToBits,
  integerToDoubleBits,
  referenceStep,
  s64,
  type RegisterInstruction,
} from './reference.js';
import {
  doubleEdges,
  doubleOperand,
  doublePairs,
  float32Edges,
  int64,
  integerEdges,
  integerOperand,
  roundingEdges,
} from './values.js';

const binary = ['vp-fadd-rr', 'vp-fsub-rr', 'vp-fmul-rr', 'vp-fdiv-rr', 'vp-fmin-rr', 'vp-fmax-rr'];
const compares = ['vp-fseq-rr', 'vp-fsne-rr', 'vp-fslt-rr', 'vp-fsle-rr', 'vp-fsgt-rr', 'vp-fsge-rr'];
const unary = ['vp-fsqrt-rr', 'vp-fneg-rr', 'vp-fabs-rr', 'vp-cvt-fi', 'vp-cvt-fu', 'vp-cvt-fs'];

/** Unary cases: the source from `sources`, the destination's old value something else. */
function unaryCases(sources: readonly bigint[]): BatchCase[] {
  return sources.map((source, k) => ({ inputs: [source, BigInt(k) * 0x0101010101010101n] }));
}

/** rd after one instruction, by the reference model. */
function model(mnemonic: string, source: bigint, target = 0n): bigint {
  const instruction: RegisterInstruction = { mnemonic, registers: [1, 2] };
  const outcome = referenceStep(instruction, [0n, source, target, ...new Array<bigint>(13).fill(0n)]);
  assert.ok('registers' in outcome);
  return outcome.registers[2]!;
}

const nan = doubleToBits(NaN);
const negativeZero = doubleToBits(-0);
const payloadNaN = 0x7ff8000000000123n;
const negativeNaN = s64(0xfff8000000000001n);

export function floatSuite(): void {
  describe('double arithmetic, min, max and compares on pairs of edge values, and random ones', () => {
    for (const mnemonic of [...binary, ...compares]) {
      test(mnemonic, () => {
        checkBatch(
          mnemonic,
          doublePairs().map(([source, target]) => ({ inputs: [source, target] })),
        );
        checkBatch(
          mnemonic,
          doubleEdges.map((v) => ({ inputs: [v, v] })),
          true,
        );
        checkRandomBatches(mnemonic, fc.record({ inputs: fc.tuple(doubleOperand, doubleOperand) }));
      });
    }
  });

  describe('unary double instructions on edge values and random ones', () => {
    for (const mnemonic of unary) {
      test(mnemonic, () => {
        checkBatch(mnemonic, unaryCases(doubleEdges));
        checkBatch(
          mnemonic,
          doubleEdges.map((v) => ({ inputs: [v, v] })),
          true,
        );
        checkRandomBatches(mnemonic, fc.record({ inputs: fc.tuple(doubleOperand, int64) }));
      });
    }
    test('vp-cvt-if and vp-cvt-uf on integer and rounding edges, and random integers', () => {
      for (const mnemonic of ['vp-cvt-if', 'vp-cvt-uf']) {
        checkBatch(mnemonic, unaryCases([...integerEdges, ...roundingEdges]));
        checkRandomBatches(mnemonic, fc.record({ inputs: fc.tuple(integerOperand, int64) }));
      }
    });
    test('vp-cvt-sf on float32 edges (junk in the high bits ignored) and random bits', () => {
      checkBatch('vp-cvt-sf', unaryCases(float32Edges));
      checkBatch(
        'vp-cvt-sf',
        float32Edges.map((v) => ({ inputs: [v, v] })),
        true,
      );
      checkRandomBatches('vp-cvt-sf', fc.record({ inputs: fc.tuple(int64, int64) }));
    });
  });

  describe('documented float edges, spelled out', () => {
    test('NaN results are the canonical NaN, whatever the NaN operands were', () => {
      for (const mnemonic of binary) {
        for (const [a, b] of [
          [payloadNaN, doubleToBits(1)],
          [doubleToBits(1), negativeNaN],
          [negativeNaN, payloadNaN],
        ] as const) {
          assert.equal(model(mnemonic, a, b), CANONICAL_NAN64, `reference ${mnemonic}`);
          checkBatch(mnemonic, [{ inputs: [a, b] }]);
        }
      }
      assert.equal(model('vp-fsub-rr', doubleToBits(Infinity), doubleToBits(Infinity)), CANONICAL_NAN64);
      assert.equal(model('vp-fmul-rr', doubleToBits(Infinity), 0n), CANONICAL_NAN64);
      assert.equal(model('vp-fdiv-rr', 0n, 0n), CANONICAL_NAN64);
      assert.equal(model('vp-fsqrt-rr', doubleToBits(-1)), CANONICAL_NAN64);
      assert.equal(model('vp-fsqrt-rr', negativeNaN), CANONICAL_NAN64);
      checkBatch('vp-fsub-rr', [{ inputs: [doubleToBits(-Infinity), doubleToBits(-Infinity)] }]);
      checkBatch('vp-fdiv-rr', [
        { inputs: [0n, negativeZero] },
        { inputs: [doubleToBits(Infinity), doubleToBits(-Infinity)] },
      ]);
      checkBatch(
        'vp-fsqrt-rr',
        unaryCases([doubleToBits(-1), doubleToBits(-Number.MIN_VALUE), negativeNaN, negativeZero]),
      );
    });

    test('fneg and fabs only touch the sign bit, keeping NaN payloads', () => {
      assert.equal(model('vp-fneg-rr', payloadNaN), s64(0xfff8000000000123n));
      assert.equal(model('vp-fabs-rr', negativeNaN), 0x7ff8000000000001n);
      assert.equal(model('vp-fneg-rr', 0n), negativeZero);
      checkBatch(
        'vp-fneg-rr',
        unaryCases([payloadNaN, negativeNaN, 0x7ff0000000000001n, 0n, negativeZero, 0x0123456789abcdefn]),
      );
      checkBatch(
        'vp-fabs-rr',
        unaryCases([payloadNaN, negativeNaN, s64(0xfff0000000000001n), negativeZero, -1n]),
      );
    });

    test('min and max order -0 below +0', () => {
      assert.equal(model('vp-fmin-rr', 0n, negativeZero), negativeZero);
      assert.equal(model('vp-fmin-rr', negativeZero, 0n), negativeZero);
      assert.equal(model('vp-fmax-rr', 0n, negativeZero), 0n);
      assert.equal(model('vp-fmax-rr', negativeZero, 0n), 0n);
      for (const mnemonic of ['vp-fmin-rr', 'vp-fmax-rr']) {
        checkBatch(mnemonic, pairCases(mnemonic, [0n, negativeZero, nan], [0n, negativeZero, nan]));
      }
    });

    test('integer to double rounds to nearest even (2^53 + 1 gives 2^53)', () => {
      assert.equal(integerToDoubleBits((1n << 53n) + 1n), doubleToBits(2 ** 53));
      assert.equal(integerToDoubleBits((1n << 53n) + 3n), doubleToBits(2 ** 53 + 4));
      assert.equal(integerToDoubleBits(INT64_MAX), doubleToBits(2 ** 63));
      assert.equal(model('vp-cvt-uf', -1n), doubleToBits(2 ** 64));
      assert.equal(model('vp-cvt-if', -1n), doubleToBits(-1));
      assert.equal(model('vp-cvt-if', INT64_MIN), doubleToBits(-(2 ** 63)));
      assert.equal(model('vp-cvt-uf', INT64_MIN), doubleToBits(2 ** 63));
      checkBatch('vp-cvt-if', unaryCases([(1n << 53n) + 1n, (1n << 53n) + 3n, INT64_MAX, INT64_MIN, -1n]));
      checkBatch('vp-cvt-uf', unaryCases([(1n << 53n) + 1n, (1n << 53n) + 3n, INT64_MAX, INT64_MIN, -1n]));
    });

    test('double to integer truncates and saturates; NaN gives 0', () => {
      const cases: readonly (readonly [number, bigint, bigint])[] = [
        // value, cvt-fi, cvt-fu
        [NaN, 0n, 0n],
        [-0.9, 0n, 0n],
        [-1.5, -1n, 0n],
        [2.9, 2n, 2n],
        [2 ** 63, INT64_MAX, 1n << 63n],
        [-(2 ** 63), INT64_MIN, 0n],
        [1e300, INT64_MAX, (1n << 64n) - 1n],
        [-1e300, INT64_MIN, 0n],
        [Infinity, INT64_MAX, (1n << 64n) - 1n],
        [-Infinity, INT64_MIN, 0n],
        [2 ** 64, INT64_MAX, (1n << 64n) - 1n],
        [2 ** 64 - 2048, INT64_MAX, (1n << 64n) - 2048n],
      ];
      for (const [value, signed, unsigned] of cases) {
        assert.equal(model('vp-cvt-fi', doubleToBits(value)), signed, `reference cvt-fi ${value}`);
        assert.equal(model('vp-cvt-fu', doubleToBits(value)), s64(unsigned), `reference cvt-fu ${value}`);
      }
      const sources = cases.map(([value]) => doubleToBits(value)).concat([payloadNaN, negativeNaN]);
      checkBatch('vp-cvt-fi', unaryCases(sources));
      checkBatch('vp-cvt-fu', unaryCases(sources));
    });

    test('float32 conversions: NaN becomes 0x7fc00000 one way and the canonical double NaN the other', () => {
      assert.equal(model('vp-cvt-fs', payloadNaN), CANONICAL_NAN32);
      assert.equal(model('vp-cvt-fs', negativeNaN), CANONICAL_NAN32);
      assert.equal(model('vp-cvt-fs', doubleToBits(1)), 0x3f800000n);
      assert.equal(model('vp-cvt-fs', doubleToBits(-1)), 0xbf800000n);
      assert.equal(model('vp-cvt-fs', doubleToBits(1 + 2 ** -24)), 0x3f800000n); // tie to even: down
      assert.equal(model('vp-cvt-fs', doubleToBits(1 + 3 * 2 ** -24)), 0x3f800002n); // tie to even: up
      assert.equal(model('vp-cvt-fs', doubleToBits(1e39)), 0x7f800000n);
      assert.equal(model('vp-cvt-sf', 0x7fc00001n), CANONICAL_NAN64);
      assert.equal(model('vp-cvt-sf', s64(0xdeadbeef3f800000n)), doubleToBits(1));
      checkBatch(
        'vp-cvt-fs',
        unaryCases([
          payloadNaN,
          negativeNaN,
          doubleToBits(1e39),
          doubleToBits(-1),
          doubleToBits(1 + 3 * 2 ** -24),
        ]),
      );
      checkBatch('vp-cvt-sf', unaryCases([0x7fc00001n, 0xffc00000n, 0x7f800001n, s64(0xdeadbeef3f800000n)]));
    });

    test('compares with NaN: only fsne holds', () => {
      for (const mnemonic of compares) {
        const holds = mnemonic === 'vp-fsne-rr' ? 1n : 0n;
        assert.equal(model(mnemonic, nan, doubleToBits(1)), holds, `reference ${mnemonic}`);
        assert.equal(model(mnemonic, nan, nan), holds, `reference ${mnemonic}`);
        checkBatch(mnemonic, [
          { inputs: [nan, doubleToBits(1)] },
          { inputs: [doubleToBits(1), nan] },
          { inputs: [nan, nan] },
        ]);
        checkBatch(mnemonic, [{ inputs: [payloadNaN, payloadNaN] }], true);
      }
      assert.equal(model('vp-fseq-rr', 0n, negativeZero), 1n);
      checkBatch('vp-fseq-rr', [{ inputs: [0n, negativeZero] }]);
    });

    test('whole register files: only the destination changes', () => {
      const files = fc.sample(fc.array(doubleOperand, { minLength: 15, maxLength: 15 }), {
        numRuns: 2,
        seed: 11,
      });
      for (const mnemonic of [...binary, ...compares, ...unary, 'vp-cvt-if', 'vp-cvt-uf', 'vp-cvt-sf']) {
        for (const file of files) {
          checkRegisterFile({ mnemonic, registers: [4, 9] }, file);
          checkRegisterFile({ mnemonic, registers: [13, 13] }, file);
        }
      }
    });
  });
}
