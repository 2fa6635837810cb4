// Which registers hold a double that compiled code also keeps in an f64 local ("fresh" registers), so that
// one double operation can feed the next without moving the value to an integer register and back. A
// forward analysis over each function's blocks: fresh at a block's start if fresh at the end of some
// predecessor (the other edges make it fresh). Registers stay i64 locals too, written at every change, so
// nothing else needs to know; a NaN is made canonical there only: the f64 local may hold any NaN, which no
// double operation can tell from another (their results are made canonical in turn, and `vp-cvt-fs` checks).

import type { Mnemonic } from '../isa/index.js';
import type { DecodedText } from '../vm/index.js';
import { instructionAt, predecessorsOf, type JitFunction } from './discover.js';
import { writtenRegisters } from './registers.js';
import { interpretedMnemonics } from './semantics.js';

/** Instructions whose result (register field b) is a double. */
const doubleResults: ReadonlySet<Mnemonic> = new Set<Mnemonic>([
  'vp-fadd-rr',
  'vp-fsub-rr',
  'vp-fmul-rr',
  'vp-fdiv-rr',
  'vp-fsqrt-rr',
  'vp-fmin-rr',
  'vp-fmax-rr',
  'vp-cvt-if',
  'vp-cvt-uf',
  'vp-cvt-sf',
]);

/** Instructions that read both register operands as doubles. */
const doubleOperands: ReadonlySet<Mnemonic> = new Set<Mnemonic>([
  'vp-fadd-rr',
  'vp-fsub-rr',
  'vp-fmul-rr',
  'vp-fdiv-rr',
  'vp-fmin-rr',
  'vp-fmax-rr',
  'vp-fbeq-rr',
  'vp-fbne-rr',
  'vp-fblt-rr',
  'vp-fble-rr',
  'vp-fbgt-rr',
  'vp-fbge-rr',
  'vp-fseq-rr',
  'vp-fsne-rr',
  'vp-fslt-rr',
  'vp-fsle-rr',
  'vp-fsgt-rr',
  'vp-fsge-rr',
]);

/** Instructions that read their source operand (field a) as a double. */
const doubleSource: ReadonlySet<Mnemonic> = new Set<Mnemonic>([
  'vp-fsqrt-rr',
  'vp-cvt-fi',
  'vp-cvt-fu',
  'vp-cvt-fs',
]);

/** Whether the instruction reads register field `which` as a double (the emitter then uses the f64 local). */
export function readsDouble(mnemonic: Mnemonic, which: 'a' | 'b'): boolean {
  return doubleOperands.has(mnemonic) || (which === 'a' && doubleSource.has(mnemonic));
}

/** Whether the instruction's result in register field b is a double. */
export function writesDouble(mnemonic: Mnemonic): boolean {
  return doubleResults.has(mnemonic);
}

/** The fresh registers (a mask) after the instruction at `ip`, given those before it. */
export function freshAfter(text: DecodedText, ip: number, fresh: number): number {
  const info = ip < text.words ? instructionAt(text, ip) : undefined;
  if (info === undefined || interpretedMnemonics.has(info.mnemonic)) return 0;
  const m = info.mnemonic;
  const word = text.code[ip]!;
  const a = (word >>> 8) & 15;
  const b = (word >>> 12) & 15;
  if (readsDouble(m, 'a')) fresh |= 1 << a;
  if (readsDouble(m, 'b')) fresh |= 1 << b;
  if (m === 'vp-cpy-rr') return (fresh & (1 << a)) !== 0 ? fresh | (1 << b) : fresh & ~(1 << b);
  if (writesDouble(m)) return fresh | (1 << b);
  return fresh & ~writtenRegisters(text, ip);
}

/**
 * The fresh registers at the start of each block (by block number): those fresh at the end of some
 * predecessor. An edge from a block where one of them is not fresh makes it fresh on the way (the emitter's
 * `goto`), so a double carried round a loop stays in its f64 local. `written(b)` gives the registers a block's
 * last instruction may change on its way out beyond what `freshAfter` sees (a call's callee). Block 0 starts
 * with none (it is entered from a call).
 */
export function freshAtStart(
  text: DecodedText,
  fn: JitFunction,
  written: (block: number) => number,
): number[] {
  const n = fn.blocks.length;
  const predecessors = predecessorsOf(fn);
  const atStart = new Array<number>(n).fill(0);
  const atEnd = new Array<number>(n).fill(0);
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 0; k < n; k++) {
      let fresh = 0;
      if (k !== 0) for (const p of predecessors[k]!) fresh |= atEnd[p]!;
      atStart[k] = fresh;
      for (const ip of fn.blocks[k]!.instructions) fresh = freshAfter(text, ip, fresh);
      fresh &= ~written(k);
      if (fresh !== atEnd[k]) {
        atEnd[k] = fresh;
        changed = true;
      }
    }
  }
  return atStart;
}
