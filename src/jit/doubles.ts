// Which registers hold a double that compiled code also keeps in an f64 local ("fresh" registers), so that
// one double operation can feed the next without moving the value to an integer register and back. A
// forward analysis over each function's blocks: fresh at a block's start if fresh at the end of some
// predecessor (the other edges make it fresh). The f64 local may hold any NaN, which no double operation can
// tell from another (their results are made canonical in turn, and `vp-cvt-fs` checks). A double operation's
// result leaves its register local stale ("pending") until something needs its bits, which are then made
// canonical (`bitsRead`, `bitsAtStart`): a chain of double operations pays for the NaN checks of the values
// it keeps only.

import { decode, layouts, type Mnemonic } from '../isa/index.js';
import type { DecodedText } from '../vm/index.js';
import { instructionAt, predecessorsOf, type JitFunction } from './discover.js';
import { allRegisters, perWord, writtenRegisters } from './registers.js';
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

/**
 * Double results whose bits wait (doubles.ts's "pending" registers): the emitter writes the result to the f64
 * local only, and the register's bits (its NaN made canonical) when something reads them as an integer, at a
 * way out of compiled code, or where a block boundary needs them. A chain of double operations through
 * registers then pays for no NaN checks but those of the values that are kept. (`vp-cvt-if`/`-uf` cannot give a
 * NaN and write their bits at once.)
 */
const deferredResults: ReadonlySet<Mnemonic> = new Set<Mnemonic>(
  [...doubleResults].filter((m) => m !== 'vp-cvt-if' && m !== 'vp-cvt-uf'),
);

/** Whether the instruction's double result waits in its f64 local (above). */
export function defersResult(mnemonic: Mnemonic): boolean {
  return deferredResults.has(mnemonic);
}

/** Instructions that write their `rd` without reading it. */
const writesOnly = /^vp-(cpy|lea|cvt)-/;

/** Stores of 8 bytes: a pending `rs` is stored from its f64 local (the emitter's `storedValue`). */
const storesDouble: ReadonlySet<Mnemonic> = new Set<Mnemonic>(['vp-cpy-ri', 'vp-cpy-rd', 'vp-cpy-rp']);

/**
 * The registers whose bits the instruction at `ip` reads (not as a double): pending ones are written out
 * before it. Calls, returns, jumps through a register and what the interpreter runs read them all.
 */
export const bitsRead = perWord(registersRead);

function registersRead(text: DecodedText, ip: number): number {
  const decoded = ip < text.words ? decode(text.original, ip) : undefined;
  if (decoded === undefined) return allRegisters;
  const { info, operands } = decoded;
  const m = info.mnemonic;
  if (interpretedMnemonics.has(m) || m.startsWith('vp-call') || m.startsWith('vp-jmp-') || m === 'vp-ret')
    return allRegisters;
  if (m === 'vp-cpy-rr' || m === 'vp-jmp') return 0; // a copy keeps the wait; a tail call writes them out
  let mask = 1 << 15;
  let field = 0; // register fields are a, b, c in order
  layouts[info.layout].forEach((kind, index) => {
    const operand = operands[index];
    if (kind.kind === 'regs') for (const r of operand as readonly number[]) mask |= 1 << r;
    if (kind.kind !== 'reg') return;
    const which = field === 0 ? 'a' : 'b';
    field++;
    if (writesOnly.test(m) && info.operands[index] === 'rd') return;
    if (storesDouble.has(m) && info.operands[index] === 'rs') return;
    if (field <= 2 && readsDouble(m, which)) return;
    mask |= 1 << (operand as number);
  });
  return mask;
}

/**
 * What compiled code knows of registers' bits at a point: those pending (their register locals stale, their
 * f64 locals holding the value) and those clean, whose bits are no NaN but the canonical one (a double
 * operation's result, a conversion's, a constant). A clean register can start waiting at no cost: its f64
 * local, filled from its bits, gives them back.
 */
export interface DoubleBits {
  readonly pending: number;
  readonly clean: number;
}

/** 0x7ff8000000000000: the one NaN the machine produces. */
export const canonicalNaN = 0x7ff8000000000000n;
/** A double's bits without the sign, and +infinity's: the bits of a NaN, signless, are above infinity's. */
export const magnitudeMask = 0x7fffffffffffffffn;
export const infinityBits = 0x7ff0000000000000n;

/** Whether the bits are a NaN other than the canonical one. */
function otherNaN(bits: bigint): boolean {
  return (bits & magnitudeMask) > infinityBits && bits !== canonicalNaN;
}

/**
 * The bits after the instruction at `ip`, given those before it. A direct call's callee changes the clean
 * registers it writes, which the caller's block ends with (bitsAtStart's `written`).
 */
export function bitsAfter(text: DecodedText, ip: number, before: DoubleBits): DoubleBits {
  const info = ip < text.words ? instructionAt(text, ip) : undefined;
  if (info === undefined || interpretedMnemonics.has(info.mnemonic)) return { pending: 0, clean: 0 };
  const m = info.mnemonic;
  const pending = before.pending & ~bitsRead(text, ip);
  const clean = before.clean | before.pending;
  const word = text.code[ip]!;
  const a = 1 << ((word >>> 8) & 15);
  const b = 1 << ((word >>> 12) & 15);
  const move = (from: number, to: number, bit: number): number => ((from & a) !== 0 ? to | bit : to & ~bit);
  if (m === 'vp-call') return { pending, clean };
  if (m === 'vp-cpy-rr') return { pending: move(pending, pending, b), clean: move(clean, clean, b) };
  if (deferredResults.has(m)) return { pending: pending | b, clean: clean | b };
  const written = writtenRegisters(text, ip);
  const made = doubleResults.has(m) || (m === 'vp-cpy-cr' && !otherNaN(text.constants[ip]!)) ? a | b : 0;
  return { pending: pending & ~written, clean: (clean & ~written) | (made & written) };
}

/**
 * The pending and clean registers at the start of each block (the least solution). At a block entered only
 * by forward edges, pending: those clean at the end of every predecessor and pending at the end of some (the
 * edges where one is only clean let it wait at no cost; those where it is not wanted write it out). At a block
 * with backward edges (a loop's head), the same over its backward edges alone, so that a double made in a
 * loop's every round waits round it: a forward edge into the head where one of them is not clean checks that
 * its bits are what its f64 local gives, NaN made canonical, and leaves the loop to the interpreter when they
 * are not (a NaN loaded with another payload, or an integer with such bits), which makes it clean before the
 * head comes round again. The dispatch checks the clean registers of the block it enters (`guardEntries`).
 * Block 0 starts with none. Pending registers are fresh (`freshIn`).
 */
export function bitsAtStart(
  text: DecodedText,
  fn: JitFunction,
  written: (block: number) => number,
  freshIn: readonly number[],
): DoubleBits[] {
  const n = fn.blocks.length;
  const predecessors = predecessorsOf(fn);
  const none: DoubleBits = { pending: 0, clean: 0 };
  const atStart = new Array<DoubleBits>(n).fill(none);
  const atEnd = new Array<DoubleBits>(n).fill(none);
  const meet = (blocks: readonly number[]) => {
    let clean = blocks.length > 0 ? allRegisters : 0;
    let pending = 0;
    for (const p of blocks) {
      clean &= atEnd[p]!.clean;
      pending |= atEnd[p]!.pending;
    }
    return { clean, pending: pending & clean };
  };
  const waitFrom = predecessors.map((list, k) => {
    const backward = list.filter((p) => p >= k);
    return backward.length > 0 ? backward : list;
  });
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 0; k < n; k++) {
      if (k > 0) {
        const pending = meet(waitFrom[k]!).pending & freshIn[k]!;
        atStart[k] = { pending, clean: meet(predecessors[k]!).clean | pending };
      }
      let bits = atStart[k]!;
      for (const ip of fn.blocks[k]!.instructions) bits = bitsAfter(text, ip, bits);
      const out = { pending: bits.pending & ~written(k), clean: bits.clean & ~written(k) };
      if (out.pending !== atEnd[k]!.pending || out.clean !== atEnd[k]!.clean) {
        atEnd[k] = out;
        changed = true;
      }
    }
  }
  return atStart;
}
