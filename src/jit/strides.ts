// Strided accesses: the loads and stores of a counted loop (counted.ts) whose address is the induction register
// times a constant, plus registers the loop does not write, plus a constant (a[i], row[j], p[2 * i + 1]). Such
// an address moves by the same number of bytes every round, so every address the access makes lies between
// the one it makes with the induction register's first value and the one with its last; the emitter's versioned
// loop checks both ends once, before the loop, and the copy that runs when they hold drops the accesses' own
// checks. When an end is outside memory (a loop that would run off its array, or leaves early by another
// exit), the loop runs as it is, and a trap comes from the very access that makes it.
//
// Why two ends suffice: the induction register takes the values i0 + j x step (or i0 - j x step counting down),
// j from 0 to the loop's rounds, and an address is A(j) = A(0) + j x step x scale modulo 2^64. While
// |rounds x step x scale| < 2^63 the exact integers A(0) + j x step x scale run straight from A(0) to A(rounds);
// when both ends are in memory (far below 2^63) the last is the exact value, so every one between is in memory
// and is the address itself. Hence the limits: at most 2^32 rounds (the fuel check's), steps of at most 2^14 and
// scales of at most 2^12 bytes.

import { decode } from '../isa/index.js';
import type { DecodedText } from '../vm/index.js';
import { accessAt, maxSpan } from './accesses.js';
import type { CountedLoop } from './counted.js';
import { instructionAt, type JitFunction } from './discover.js';
import { registersIn, writtenRegisters } from './registers.js';
import type { Item } from './structure.js';

/** The largest step a loop with strided accesses may take (checked before the loop for a register step). */
export const maxStride = 1n << 14n;
/** The largest number of bytes an address may move per unit of the induction register. */
const maxScale = 1n << 12n;
/** The most ranges checked before one loop (two compares each). */
const maxRanges = 8;

/** Addresses, one per value of the induction register, to check at both ends. */
export interface StridedRange {
  /** Registers the loop does not write, added into the address (a register may appear twice). */
  readonly registers: readonly number[];
  /** Bytes the address moves per unit of the induction register (signed). */
  readonly scale: bigint;
  /** The constant part of the range's lowest address (modulo 2^64). */
  readonly offset: bigint;
  /** Bytes from the lowest address to the end of the highest access. */
  readonly span: number;
  /** Whether an access of the range stores (then the range must be writable). */
  readonly store: boolean;
}

/** The strided accesses of a loop (by instruction word) and the ranges that cover them. */
export interface StridedAccesses {
  readonly accesses: ReadonlySet<number>;
  readonly ranges: readonly StridedRange[];
}

/** A register's value: scale x induction + the sum of registers + offset, modulo 2^64. */
interface Affine {
  readonly scale: bigint;
  readonly registers: readonly number[];
  readonly offset: bigint;
}

/** A range being gathered: its accesses reach from low to high (exclusive) above the registers and scale. */
interface RangeSoFar {
  readonly registers: readonly number[];
  readonly scale: bigint;
  low: bigint;
  high: bigint;
  store: boolean;
}

const wrap = (x: bigint): bigint => BigInt.asIntN(64, x);

function sum(x: Affine | undefined, y: Affine | undefined): Affine | undefined {
  if (x === undefined || y === undefined) return undefined;
  return {
    scale: wrap(x.scale + y.scale),
    registers: [...x.registers, ...y.registers].sort((p, q) => p - q),
    offset: wrap(x.offset + y.offset),
  };
}

/** x times k; only for values without registers (their multiples are not sums of registers). */
function times(x: Affine | undefined, k: bigint): Affine | undefined {
  if (x === undefined || x.registers.length !== 0) return undefined;
  return { scale: wrap(x.scale * k), registers: [], offset: wrap(x.offset * k) };
}

const constant = (k: bigint): Affine => ({ scale: 0n, registers: [], offset: wrap(k) });

/** The value the instruction at `ip` gives the one register it writes, from the values before it. */
function valueAfter(
  text: DecodedText,
  ip: number,
  values: readonly (Affine | undefined)[],
): Affine | undefined {
  const decoded = decode(text.original, ip);
  if (decoded === undefined) return undefined;
  const operands = decoded.operands;
  const register = (k: number): Affine | undefined => values[operands[k] as number];
  const k = text.constants[ip]!;
  switch (decoded.info.mnemonic) {
    case 'vp-cpy-rr':
      return register(0);
    case 'vp-cpy-cr':
    case 'vp-lea-p':
      return constant(k);
    case 'vp-add-cr':
      return sum(register(1), constant(k));
    case 'vp-sub-cr':
      return sum(register(1), constant(-k));
    case 'vp-mul-cr':
      return times(register(1), k);
    case 'vp-shl-cr':
      return times(register(1), 1n << BigInt.asUintN(6, k));
    case 'vp-add-rr':
      return sum(register(1), register(0));
    case 'vp-sub-rr':
      return sum(register(1), times(register(0), -1n));
    case 'vp-lea-i':
      return sum(register(0), constant(k));
    case 'vp-lea-d':
      return sum(register(0), register(1));
    default:
      return undefined;
  }
}

/**
 * The strided accesses of a counted loop, or undefined when it has none (or its step is a constant too large).
 * Values are followed within each block from its start, where only the induction register and the registers
 * the loop does not write are known.
 */
export function stridedAccesses(
  text: DecodedText,
  fn: JitFunction,
  item: Item & { kind: 'loop' },
  loop: CountedLoop,
): StridedAccesses | undefined {
  if ('constant' in loop.step && loop.step.constant > maxStride) return undefined;
  let written = 0;
  for (let b = item.header; b <= item.last; b++)
    for (const ip of fn.blocks[b]!.instructions) written |= writtenRegisters(text, ip);
  const atStart: (Affine | undefined)[] = Array.from({ length: 16 }, (_, r) =>
    r === loop.induction
      ? { scale: 1n, registers: [], offset: 0n }
      : (written & (1 << r)) === 0
        ? { scale: 0n, registers: [r], offset: 0n }
        : undefined,
  );
  const accesses = new Set<number>();
  const ranges: RangeSoFar[] = [];
  const min = (x: bigint, y: bigint): bigint => (x < y ? x : y);
  const max = (x: bigint, y: bigint): bigint => (x > y ? x : y);
  for (let b = item.header; b <= item.last; b++) {
    const values = [...atStart];
    for (const ip of fn.blocks[b]!.instructions) {
      const info = instructionAt(text, ip);
      const access = info === undefined ? undefined : accessAt(text, ip, info.mnemonic);
      let address: Affine | undefined = access && constant(BigInt(access.offset));
      for (const r of access?.parts ?? []) address = sum(address, values[r]);
      if (
        access !== undefined &&
        address !== undefined &&
        address.scale >= -maxScale &&
        address.scale <= maxScale
      ) {
        const { registers, scale, offset: low } = address;
        const high = low + BigInt(access.width);
        const key = registers.join(',');
        let range = ranges.find(
          (r) =>
            r.scale === scale &&
            r.registers.join(',') === key &&
            max(high, r.high) - min(low, r.low) <= maxSpan,
        );
        if (range === undefined && ranges.length < maxRanges) {
          range = { registers, scale, low, high, store: access.store };
          ranges.push(range);
        }
        if (range !== undefined) {
          range.low = min(low, range.low);
          range.high = max(high, range.high);
          range.store ||= access.store;
          accesses.add(ip);
        }
      }
      const changed = writtenRegisters(text, ip);
      const value = registersIn(changed).length === 1 ? valueAfter(text, ip, values) : undefined;
      for (const r of registersIn(changed)) values[r] = value;
    }
  }
  if (accesses.size === 0) return undefined;
  return {
    accesses,
    ranges: ranges.map(({ registers, scale, low, high, store }) => ({
      registers,
      scale,
      offset: low,
      span: Number(high - low),
      store,
    })),
  };
}
