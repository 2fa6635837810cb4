// alu.js: the 64-bit ALU loop of bench/programs/alu.s in plain JS; returns the exit status the VP program
// halts with (the low byte of the accumulator). The accumulator is kept exact as two uint32 halves: on
// this add/xor/shift mix they measured about 3x faster than BigInt arithmetic through a BigUint64Array.

/** Runs the benchmark; returns the low byte of the final accumulator, in decimal. */
export function main(iterations) {
  let hi = 0; // accumulator
  let lo = 0;
  // multiplier 0x9e3779b97f4a7c15 (used as an addend, as in alu.s)
  const multiplierHi = 0x9e3779b9;
  const multiplierLo = 0x7f4a7c15;
  let counter = 0;
  do {
    let sum = lo + counter; // counter is non-negative and below 2^31
    lo = sum >>> 0;
    hi = (hi + (sum > 0xffffffff ? 1 : 0)) >>> 0;
    lo = (lo ^ 0x5bd1) >>> 0;
    hi = ((hi << 1) | (lo >>> 31)) >>> 0;
    lo = (lo << 1) >>> 0;
    sum = lo + multiplierLo;
    lo = sum >>> 0;
    hi = (hi + multiplierHi + (sum > 0xffffffff ? 1 : 0)) >>> 0;
    counter += 1;
  } while (counter < iterations);
  return String(lo & 255);
}
