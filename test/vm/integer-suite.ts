// Integer register instructions against the reference model: cr and rr arithmetic, shifts, set-on-condition,
// division and remainder (with their traps), 128/64-bit division, ext, swp, lnot, land and byte swaps, over
// every pair of edge values, one-register forms, random values, and whole register files.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { instructions } from '../../src/isa/index.js';
import { checkBatch, checkRandomBatches, checkRegisterFile, pairCases, type BatchCase } from './harness.js';
import { INT64_MAX, INT64_MIN, isRegisterInstruction, referenceStep, s64, u64 } from './reference.js';
import { int64, integerEdges, integerOperand } from './values.js';

const arithmeticOps = ['cpy', 'add', 'sub', 'mul', 'and', 'or', 'xor', 'shl', 'shr', 'asr'];
const conditionOps = ['seq', 'sne', 'slt', 'sle', 'sgt', 'sge', 'slo', 'sls', 'shi', 'shs'];
const otherBinary = ['vp-div-rr', 'vp-div-rr-u', 'vp-rem-rr', 'vp-rem-rr-u'];
const otherUnary = [
  'vp-ext-rr',
  'vp-swp-rr',
  'vp-lnot-rr',
  'vp-land-rr',
  'vp-bswap-rr',
  'vp-bswap-rr-i',
  'vp-bswap-rr-s',
];

/** Shift counts beyond the edges: every count in -130..130 appears somewhere. */
const shiftCount: fc.Arbitrary<bigint> = fc.integer({ min: -130, max: 130 }).map(BigInt);

function constantCase(constant: fc.Arbitrary<bigint>): fc.Arbitrary<BatchCase> {
  return fc.record({ constant, inputs: fc.tuple(integerOperand) });
}

const registerCase: fc.Arbitrary<BatchCase> = fc.record({ inputs: fc.tuple(integerOperand, integerOperand) });

/** Deterministic pseudo-random register files for the whole-file checks. */
function registerFiles(count: number, seed: number): bigint[][] {
  return fc.sample(fc.array(int64, { minLength: 15, maxLength: 15 }), { numRuns: count, seed });
}

export function integerSuite(): void {
  describe('cr forms (rd = rd OP c) on every pair of edge values, and random ones', () => {
    for (const op of [...arithmeticOps, ...conditionOps]) {
      const mnemonic = `vp-${op}-cr`;
      test(mnemonic, () => {
        checkBatch(mnemonic, pairCases(mnemonic, integerEdges, integerEdges));
        const counts = op === 'shl' || op === 'shr' || op === 'asr';
        checkRandomBatches(
          mnemonic,
          constantCase(counts ? fc.oneof(integerOperand, shiftCount) : integerOperand),
        );
      });
    }
  });

  describe('rr forms on every pair of edge values, one register as both operands, and random values', () => {
    for (const mnemonic of [
      ...[...arithmeticOps, ...conditionOps].map((op) => `vp-${op}-rr`),
      ...otherBinary,
      ...otherUnary,
    ]) {
      test(mnemonic, () => {
        checkBatch(mnemonic, pairCases(mnemonic, integerEdges, integerEdges));
        checkBatch(
          mnemonic,
          integerEdges.map((v) => ({ inputs: [v, v] })),
          true,
        );
        checkRandomBatches(mnemonic, registerCase);
      });
    }
    test('shift counts of every value in -130..130 in the rr forms', () => {
      const values = [1n, -1n, INT64_MIN, 0x0123456789abcdefn];
      for (const mnemonic of ['vp-shl-rr', 'vp-shr-rr', 'vp-asr-rr']) {
        const counts = Array.from({ length: 261 }, (_, i) => BigInt(i - 130));
        checkBatch(mnemonic, pairCases(mnemonic, counts, values));
      }
    });
  });

  describe('documented edges, spelled out', () => {
    test('add, sub and mul wrap around', () => {
      const wrap = (mnemonic: string, source: bigint, target: bigint): bigint => {
        const outcome = referenceStep({ mnemonic, registers: [1, 2] }, [
          0n,
          source,
          target,
          ...new Array<bigint>(13).fill(0n),
        ]);
        assert.ok('registers' in outcome);
        return outcome.registers[2]!;
      };
      // The reference itself, checked against hand-computed values, then the machine against it.
      assert.equal(wrap('vp-add-rr', 1n, INT64_MAX), INT64_MIN);
      assert.equal(wrap('vp-sub-rr', 1n, INT64_MIN), INT64_MAX);
      assert.equal(wrap('vp-mul-rr', 2n, 1n << 62n), INT64_MIN);
      assert.equal(wrap('vp-mul-rr', -1n, INT64_MIN), INT64_MIN);
      checkBatch('vp-add-rr', [{ inputs: [1n, INT64_MAX] }, { inputs: [-1n, INT64_MIN] }]);
      checkBatch('vp-add-cr', [
        { constant: 1n, inputs: [INT64_MAX] },
        { constant: INT64_MIN, inputs: [INT64_MIN] },
      ]);
      checkBatch('vp-sub-rr', [{ inputs: [1n, INT64_MIN] }, { inputs: [INT64_MIN, 0n] }]);
      checkBatch('vp-sub-cr', [{ constant: 1n, inputs: [INT64_MIN] }]);
      checkBatch('vp-mul-rr', [{ inputs: [2n, 1n << 62n] }, { inputs: [0xffffffffn, 0xffffffffn] }]);
      checkBatch('vp-mul-cr', [{ constant: 3n, inputs: [INT64_MAX] }]);
    });

    test('shift counts are taken mod 64 (64 shifts by 0, 65 by 1, -1 by 63)', () => {
      const shl = (count: bigint): bigint => {
        const outcome = referenceStep({ mnemonic: 'vp-shl-cr', registers: [0], constant: count }, [
          1n,
          ...new Array<bigint>(15).fill(0n),
        ]);
        assert.ok('registers' in outcome);
        return outcome.registers[0]!;
      };
      assert.equal(shl(64n), 1n);
      assert.equal(shl(65n), 2n);
      assert.equal(shl(-1n), INT64_MIN);
      for (const mnemonic of ['vp-shl-cr', 'vp-shr-cr', 'vp-asr-cr']) {
        checkBatch(
          mnemonic,
          pairCases(
            mnemonic,
            [0n, 1n, 63n, 64n, 65n, 127n, 128n, -1n, -63n, -64n, INT64_MIN],
            [INT64_MIN, -2n, 3n],
          ),
        );
      }
    });

    test('constants at the limits of the 16-bit inline field (-32768 is the escape to extension words)', () => {
      const constants = [32767n, -32767n, 32768n, -32768n, -32769n, 65535n, 65536n];
      for (const op of [...arithmeticOps, ...conditionOps]) {
        const mnemonic = `vp-${op}-cr`;
        checkBatch(mnemonic, pairCases(mnemonic, constants, [0n, -32768n, 32767n, -1n, INT64_MIN]));
      }
    });

    test('set-on-condition tells signed from unsigned (-1 vs 1)', () => {
      const expected: Record<string, bigint> = {
        slt: 1n,
        sle: 1n,
        sgt: 0n,
        sge: 0n,
        slo: 0n,
        sls: 0n,
        shi: 1n,
        shs: 1n,
        seq: 0n,
        sne: 1n,
      };
      for (const [op, value] of Object.entries(expected)) {
        const outcome = referenceStep({ mnemonic: `vp-${op}-cr`, registers: [0], constant: 1n }, [
          -1n,
          ...new Array<bigint>(15).fill(0n),
        ]);
        assert.ok('registers' in outcome);
        assert.equal(outcome.registers[0], value, `reference ${op}`);
        checkBatch(`vp-${op}-cr`, [{ constant: 1n, inputs: [-1n] }]);
        checkBatch(`vp-${op}-rr`, [{ inputs: [1n, -1n] }]);
      }
    });

    test('division traps: by zero for all four, INT64_MIN / -1 overflows, INT64_MIN % -1 is 0', () => {
      const file = (rs: bigint, rd: bigint): bigint[] => [
        5n,
        rs,
        rd,
        7n,
        8n,
        9n,
        10n,
        11n,
        12n,
        13n,
        14n,
        15n,
        16n,
        17n,
        18n,
      ];
      for (const mnemonic of otherBinary) {
        checkRegisterFile({ mnemonic, registers: [1, 2] }, file(0n, 42n));
        checkRegisterFile({ mnemonic, registers: [1, 2] }, file(0n, INT64_MIN));
      }
      checkRegisterFile({ mnemonic: 'vp-div-rr', registers: [1, 2] }, file(-1n, INT64_MIN));
      const rem = referenceStep({ mnemonic: 'vp-rem-rr', registers: [1, 2] }, [...file(-1n, INT64_MIN), 0n]);
      assert.ok('registers' in rem && rem.registers[2] === 0n);
      checkRegisterFile({ mnemonic: 'vp-rem-rr', registers: [1, 2] }, file(-1n, INT64_MIN));
      checkRegisterFile({ mnemonic: 'vp-div-rr-u', registers: [1, 2] }, file(-1n, INT64_MIN));
      checkRegisterFile({ mnemonic: 'vp-rem-rr-u', registers: [1, 2] }, file(-1n, INT64_MIN));
      checkBatch('vp-div-rr', [{ inputs: [-7n, 100n] }, { inputs: [7n, -100n] }, { inputs: [-7n, -100n] }]);
      checkBatch('vp-rem-rr', [{ inputs: [-7n, 100n] }, { inputs: [7n, -100n] }, { inputs: [-7n, -100n] }]);
    });

    test('ext, lnot and land write what the table says, also with one register as both operands', () => {
      checkBatch('vp-ext-rr', [
        { inputs: [INT64_MIN, 5n] },
        { inputs: [INT64_MAX, 5n] },
        { inputs: [-1n, 0n] },
      ]);
      checkBatch('vp-lnot-rr', [{ inputs: [5n, 0n] }, { inputs: [5n, 9n] }, { inputs: [0n, INT64_MIN] }]);
      checkBatch('vp-land-rr', [
        { inputs: [0n, 3n] },
        { inputs: [-4n, 3n] },
        { inputs: [7n, 0n] },
        { inputs: [INT64_MIN, INT64_MIN] },
      ]);
      checkBatch('vp-lnot-rr', [{ inputs: [0n, 0n] }, { inputs: [9n, 9n] }], true);
      checkBatch('vp-land-rr', [{ inputs: [0n, 0n] }, { inputs: [-9n, -9n] }], true);
      checkBatch('vp-swp-rr', [{ inputs: [3n, 4n] }], true);
    });
  });

  describe('vp-div-rrr and vp-div-rrr-u: 128/64-bit division', () => {
    const mask = (1n << 64n) - 1n;
    /** rs, rdh, rdl for dividend n / divisor d. */
    const divide = (d: bigint, n: bigint): BatchCase => ({ inputs: [s64(d), s64(n >> 64n), s64(n & mask)] });

    test('vp-div-rrr: sign-extended dividends over every pair of edges', () => {
      const cases = integerEdges.flatMap((d) => integerEdges.map((n) => divide(d, n)));
      checkBatch('vp-div-rrr', cases);
    });

    test('vp-div-rrr: quotients at both ends of int64 and just past them', () => {
      const cases: BatchCase[] = [];
      for (const d of integerEdges.filter((v) => v !== 0n)) {
        const magnitude = d < 0n ? -d : d;
        for (const q of [INT64_MAX, INT64_MIN]) {
          const inside = q * d;
          const sign = inside < 0n ? -1n : 1n;
          cases.push(divide(d, inside + sign * (magnitude - 1n)));
          cases.push(divide(d, inside + sign * magnitude));
        }
      }
      cases.push(
        divide(-1n, INT64_MIN),
        divide(-1n, -INT64_MIN),
        divide(1n, 1n << 64n),
        divide(3n, -(1n << 127n)),
      );
      checkBatch('vp-div-rrr', cases);
    });

    test('vp-div-rrr-u: zero-extended dividends, largest fitting quotients, and overflow', () => {
      const cases = integerEdges.flatMap((d) => integerEdges.map((n) => divide(d, u64(n))));
      for (const d of integerEdges.filter((v) => v !== 0n).map(u64)) {
        cases.push(
          divide(d, ((1n << 64n) - 1n) * d + d - 1n),
          divide(d, (1n << 64n) * d),
          divide(d, (d - 1n) << 64n),
        );
      }
      checkBatch('vp-div-rrr-u', cases);
    });

    test('random dividends that fit, and random 128-bit values', () => {
      const nonZero = int64.filter((v) => v !== 0n);
      const signedFit = fc.tuple(nonZero, int64, fc.bigInt({ min: 0n, max: INT64_MAX })).map(([d, q, r]) => {
        const magnitude = d < 0n ? -d : d;
        const product = q * d;
        const rest = r % magnitude;
        return divide(d, product < 0n ? product - rest : product + rest);
      });
      const unsignedFit = fc
        .tuple(nonZero.map(u64), int64.map(u64), fc.bigInt({ min: 0n, max: mask }))
        .map(([d, q, r]) => divide(d, q * d + (r % d)));
      const anything: fc.Arbitrary<BatchCase> = fc.record({
        inputs: fc.tuple(integerOperand, integerOperand, integerOperand),
      });
      checkRandomBatches('vp-div-rrr', signedFit);
      checkRandomBatches('vp-div-rrr-u', unsignedFit);
      checkRandomBatches('vp-div-rrr', anything, 2);
      checkRandomBatches('vp-div-rrr-u', anything, 2);
    });

    test('division by zero and quotient overflow trap before any register changes', () => {
      const file = (rs: bigint, rdh: bigint, rdl: bigint): bigint[] => [
        1n,
        rs,
        rdh,
        rdl,
        4n,
        5n,
        6n,
        7n,
        8n,
        9n,
        10n,
        11n,
        12n,
        13n,
        14n,
      ];
      for (const mnemonic of ['vp-div-rrr', 'vp-div-rrr-u']) {
        checkRegisterFile({ mnemonic, registers: [1, 2, 3] }, file(0n, 0n, 1n));
        checkRegisterFile({ mnemonic, registers: [1, 2, 3] }, file(2n, 1n, 0n));
        checkRegisterFile({ mnemonic, registers: [1, 2, 3] }, file(1n, 1n, 0n));
      }
      checkRegisterFile({ mnemonic: 'vp-div-rrr', registers: [1, 2, 3] }, file(-1n, -1n, INT64_MIN));
      checkRegisterFile({ mnemonic: 'vp-div-rrr', registers: [1, 2, 3] }, file(2n, 0n, -1n));
    });

    test('operands that share registers: divisor read before the writes; rdh = rdl keeps the quotient', () => {
      const file = [100n, 7n, 0n, 50n, -3n, 0n, 6n, 7n, 8n, 9n, 10n, 11n, 12n, 13n, 14n];
      for (const mnemonic of ['vp-div-rrr', 'vp-div-rrr-u']) {
        checkRegisterFile({ mnemonic, registers: [1, 2, 1] }, file); // rs = rdl
        checkRegisterFile({ mnemonic, registers: [3, 3, 0] }, [100n, 7n, 0n, 0n, ...file.slice(4)]); // rs = rdh = 0 traps
        checkRegisterFile({ mnemonic, registers: [1, 5, 5] }, file); // rdh = rdl
      }
      checkRegisterFile({ mnemonic: 'vp-div-rrr', registers: [4, 5, 0] }, [
        -100n,
        7n,
        0n,
        50n,
        -3n,
        -1n,
        ...file.slice(6),
      ]);
    });
  });

  describe('whole register files: only the destination registers change', () => {
    const registerOnly = instructions.map((i) => i.mnemonic).filter(isRegisterInstruction);
    test('every register-only instruction, on random register files, distinct and shared operands', () => {
      const files = registerFiles(3, 7);
      for (const mnemonic of registerOnly) {
        if (/^vp-(f|cvt)/.test(mnemonic)) continue; // float instructions: float-suite.ts
        files.forEach((file, k) => {
          const forms = mnemonic.endsWith('-cr')
            ? [[(k * 5 + 3) % 15]]
            : mnemonic.startsWith('vp-div-rrr')
              ? [[k, k + 4, k + 9]]
              : [
                  [(k + 2) % 15, (k * 3 + 7) % 15],
                  [k + 11, k + 11],
                ];
          for (const registers of forms) {
            const constant = mnemonic.endsWith('-cr') ? { constant: file[14]! } : {};
            const before = [...file];
            // Keep the divisions from trapping on most files (traps are checked above).
            if (mnemonic.startsWith('vp-div-rrr')) before[registers[1]!] = s64(before[registers[2]!]!) >> 63n;
            checkRegisterFile({ mnemonic, registers, ...constant }, before);
          }
        });
      }
    });

    test('cpy-cr and cpy-rr reach every register r0..r14', () => {
      for (let r = 0; r < 15; r++) {
        checkRegisterFile(
          { mnemonic: 'vp-cpy-cr', registers: [r], constant: -1234567890123n },
          new Array<bigint>(15).fill(3n),
        );
        checkRegisterFile(
          { mnemonic: 'vp-cpy-rr', registers: [r, (r + 1) % 15] },
          Array.from({ length: 15 }, (_, i) => BigInt(i * 1000)),
        );
      }
    });
  });
}
