// The operand values the instruction tests sweep: integer edges (sizes, signs, shift counts, carries),
// double and float32 bit patterns (zeros, subnormals, infinities, NaNs with payloads, rounding ties), and
// fast-check arbitraries that mix them with random 64-bit values.

import fc from 'fast-check';
import { INT64_MAX, INT64_MIN, doubleToBits, s64 } from './reference.js';

/** Integer edge values: every one of them is tried against every other in each integer instruction. */
export const integerEdges: readonly bigint[] = [
  0n,
  1n,
  -1n,
  2n,
  -2n,
  63n,
  64n,
  65n,
  -64n,
  -65n,
  127n,
  128n,
  -128n,
  255n,
  256n,
  0x7fffffffn,
  0x80000000n,
  -0x80000000n,
  0xffffffffn,
  1n << 32n,
  (1n << 53n) + 1n,
  -((1n << 53n) + 1n),
  INT64_MAX,
  INT64_MIN,
  INT64_MIN + 1n,
];

/** Any signed 64-bit value (fast-check biases toward small and extreme ones). */
export const int64: fc.Arbitrary<bigint> = fc.bigInt({ min: INT64_MIN, max: INT64_MAX });

/** A random 64-bit value or one of the edges. */
export const integerOperand: fc.Arbitrary<bigint> = fc.oneof(int64, fc.constantFrom(...integerEdges));

/** Bit patterns of double edge values. */
export const doubleEdges: readonly bigint[] = [
  0,
  -0,
  1,
  -1,
  0.5,
  -0.5,
  1.5,
  2.5,
  -2.5,
  3,
  1 / 3,
  Math.PI,
  0.9999999999999999,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  1e-310,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  2 ** 53 + 2,
  2 ** 63 - 1024,
  2 ** 63,
  -(2 ** 63),
  -(2 ** 63) - 2048,
  2 ** 64 - 2048,
  2 ** 64,
  -(2 ** 64),
  1e20,
  -1e20,
  3.4028234663852886e38,
  3.4028235677973366e38,
  1.401298464324817e-45,
  7.006492321624085e-46,
  1 + 2 ** -24,
  1 + 3 * 2 ** -24,
  Infinity,
  -Infinity,
]
  .map(doubleToBits)
  .concat([
    0x000fffffffffffffn, // largest subnormal
    0x0010000000000000n, // smallest normal
    s64(0x800fffffffffffffn), // negative subnormal
    0x7ff8000000000000n, // canonical NaN
    s64(0xfff8000000000000n), // negative quiet NaN
    0x7ff0000000000001n, // signalling NaN
    0x7ff8000000000123n, // quiet NaN with a payload
    s64(0xfff0000000dead00n), // negative signalling NaN with a payload
  ]);

/** Double bit patterns: any double fast-check makes (NaN, ±0, subnormals...), any 64 bits, or an edge. */
export const doubleOperand: fc.Arbitrary<bigint> = fc.oneof(
  fc.double().map(doubleToBits),
  int64,
  fc.constantFrom(...doubleEdges),
);

/** Float32 bit patterns in the low 32 bits (some with junk above them, which must be ignored). */
export const float32Edges: readonly bigint[] = [
  0x00000000n,
  0x80000000n,
  0x3f800000n,
  0xbf800000n,
  0x00000001n,
  0x007fffffn,
  0x00800000n,
  0x7f7fffffn,
  0xff7fffffn,
  0x7f800000n,
  0xff800000n,
  0x7fc00000n,
  0x7fc00001n,
  0xffc00000n,
  0x7f800001n,
  0x7fbfffffn,
  s64(0xdeadbeef3f800000n),
  0x123456789abcdef0n,
];

/** Integers near the double rounding boundaries (for the integer to double conversions). */
export const roundingEdges: readonly bigint[] = [
  (1n << 53n) - 1n,
  1n << 53n,
  (1n << 53n) + 1n,
  (1n << 53n) + 2n,
  (1n << 53n) + 3n,
  -((1n << 53n) + 1n),
  -((1n << 53n) + 3n),
  (1n << 54n) + 2n,
  (1n << 54n) + 6n,
  (1n << 60n) + (1n << 7n),
  (1n << 60n) + (3n << 7n),
  (1n << 60n) + (1n << 7n) + 1n,
  INT64_MAX - 511n,
  INT64_MAX - 512n,
  INT64_MAX - 1023n,
  s64((1n << 64n) - 1024n),
  s64((1n << 64n) - 1025n),
  s64(1n << 63n) + 1n,
];

/** Double pairs: every pair of a representative subset of the edges, and every edge against a few partners. */
export function doublePairs(): [bigint, bigint][] {
  const core = doubleEdges.filter((_, i) => i % 2 === 0);
  const partners = [0, -0, 1, -2.5, Infinity, -Infinity, Number.MIN_VALUE, NaN].map(doubleToBits);
  const pairs: [bigint, bigint][] = core.flatMap((a) => core.map((b): [bigint, bigint] => [a, b]));
  for (const a of doubleEdges) for (const b of partners) pairs.push([a, b], [b, a]);
  return pairs;
}
