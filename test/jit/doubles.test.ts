// Double results whose bits wait in compiled code (src/jit/doubles.ts): a double operation's result stays in
// its f64 local, its NaN made canonical only where its bits are read, on a way out of compiled code, or at a
// block boundary that wants them. Every stop (the end, a trap, a breakpoint, fuel running out at each
// instruction) must show the interpreter's bits: in registers and in memory.

import { test } from 'node:test';
import { compareTiers } from './compare.js';

const one = 4607182418800017408n;
const minusOne = -4616189618054758400n;
const two = 4611686018427387904n;
const infinity = 9218868437227405312n;
const canonicalNaN = 9221120237041090560n;
/** A signalling NaN with a payload, and a negative quiet one with a payload. */
const signallingNaN = 9219994337134247937n;
const negativeNaN = -2251799813684957n;

/**
 * A loop whose every round ends with r3 and r6 pending (0 * inf, and a copy of it plus inf), so they wait round
 * the back edge; r3 enters the loop holding `entry`, which the loop stores and mixes into r0 before writing it.
 * r0 is divided by r13 = 4, 3, ... each round: more than four rounds trap.
 */
function loopCarried(entry: bigint, ending: string, rounds = 4): string {
  return `(export 'main)
    (function 'main)
      (vp-cpy-cr ${entry} r3)
      (vp-cpy-cr 0 r4) (vp-cpy-cr ${infinity} r5)
      (vp-cpy-cr 0 r1) (vp-cpy-cr 0 r0) (vp-cpy-cr 5 r13)
      (vp-lea-p 'buf r7)
    (vp-label 'loop)
      (vp-cpy-ri r3 r7 0)
      (vp-xor-rr r3 r0)
      (vp-sub-cr 1 r13) (vp-div-rr r13 r0)
      (vp-cpy-rr r4 r3)
      (vp-fmul-rr r5 r3)
      (vp-cpy-rr r3 r6)
      (vp-fadd-rr r5 r6)
      (vp-add-cr 1 r1)
      (vp-blt-cr ${rounds} r1 'loop)
      (vp-cpy-ri r6 r7 8)
      ${ending}
      (vp-add-rr r6 r0)
      (vp-ret)
    (section 'data)
    (vp-align 8)
    (vp-label 'buf) (vp-long 0 0)`;
}

test('a NaN made in every round of a loop waits round it, whatever the register held on entry', () => {
  for (const entry of [-1n, 0n, canonicalNaN, signallingNaN, one]) {
    compareTiers(loopCarried(entry, ''), 40, 'halted');
    compareTiers(loopCarried(entry, '(vp-brk 2)'), 12, 'halted');
  }
});

test('a trap in a loop with results waiting shows their canonical bits', () => {
  compareTiers(loopCarried(-1n, '', 9), 40, 'trapped');
});

/** NaNs with payloads from memory through arithmetic, stores, copies, compares, conversions and bit operations. */
function payloads(ending: string): string {
  return `(export 'main)
    (function 'main)
      (vp-lea-p 'nans r7)
      (vp-cpy-ir r7 0 r3) (vp-cpy-ir r7 8 r4)
      (vp-cpy-cr ${one} r5) (vp-cpy-cr 0 r0)
      (vp-fadd-rr r5 r3)
      (vp-fmul-rr r4 r5)
      (vp-cpy-ri r3 r7 16)
      (vp-cpy-rd r5 r7 r0)
      (vp-cpy-rr r5 r6)
      (vp-fneg-rr r6 r8)
      (vp-fbeq-rr r5 r5 'never)
      (vp-cvt-fi r3 r9)
      (vp-fsqrt-rr r4 r10)
      (vp-cvt-fs r10 r11)
      (vp-fmin-rr r3 r12)
      ${ending}
      (vp-xor-rr r3 r0) (vp-xor-rr r5 r0) (vp-xor-rr r6 r0) (vp-xor-rr r8 r0)
      (vp-xor-rr r9 r0) (vp-xor-rr r10 r0) (vp-xor-rr r11 r0) (vp-xor-rr r12 r0)
      (vp-ret)
    (vp-label 'never)
      (vp-cpy-cr 7 r0)
      (vp-ret)
    (section 'data)
    (vp-align 8)
    (vp-label 'nans) (vp-long ${signallingNaN} ${negativeNaN} 0 0)`;
}

test('NaNs with payloads come out canonical from every double operation, wherever their bits are read', () => {
  compareTiers(payloads(''), 30, 'halted');
  compareTiers(payloads('(vp-brk 1)'), 30, 'halted');
  compareTiers(payloads('(vp-cpy-cr 0 r2) (vp-div-rr r2 r0)'), 30, 'trapped');
});

/**
 * Results waiting across a join: one way computes a square root in place, the other calls 'root', which names
 * only r3 (so the registers it does not name keep their bits across the call). r10 changes sign each round.
 */
function joined(ending: string): string {
  return `(export 'main)
    (function 'main)
      (vp-cpy-cr 0 r1) (vp-cpy-cr 0 r0) (vp-cpy-cr 0 r11)
      (vp-cpy-cr ${two} r9) (vp-cpy-cr ${minusOne} r10)
    (vp-label 'loop)
      (vp-cpy-rr r9 r12)
      (vp-fmul-rr r10 r12)
      (vp-cpy-cr 0 r2)
      (vp-fblt-rr r2 r12 'negative)
      (vp-fsqrt-rr r12 r3)
      (vp-jmp 'joined)
    (vp-label 'negative)
      (vp-cpy-rr r12 r3)
      (vp-call 'root)
    (vp-label 'joined)
      (vp-fadd-rr r3 r11)
      (vp-fadd-rr r12 r9)
      (vp-fneg-rr r10 r10)
      (vp-add-cr 1 r1)
      ${ending}
      (vp-blt-cr 6 r1 'loop)
      (vp-xor-rr r11 r0) (vp-xor-rr r12 r0) (vp-xor-rr r9 r0)
      (vp-ret)
    (function 'root)
      (vp-fsqrt-rr r3 r3)
      (vp-ret)`;
}

test('results wait across a join of a way with a call and a way without', () => {
  compareTiers(joined(''), 40, 'halted');
  compareTiers(joined('(vp-brk 4)'), 10, 'halted');
  compareTiers(joined('(vp-cpy-cr 5 r2) (vp-sub-rr r1 r2) (vp-div-rr r2 r0)'), 40, 'trapped');
});
