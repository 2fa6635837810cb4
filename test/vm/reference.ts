// An independent reference model of the VP instruction set, written from docs/ISA.md in plain BigInt
// arithmetic (nothing here comes from src/vm): the effect of every register-only instruction on a register
// file, and the integer, float, memory and address rules the interpreter tests compare against.

/** The most negative and most positive signed 64-bit values. */
export const INT64_MIN = -(1n << 63n);
export const INT64_MAX = (1n << 63n) - 1n;
/** Bit patterns of the canonical NaNs: the only NaNs float arithmetic may produce. */
export const CANONICAL_NAN64 = 0x7ff8000000000000n;
export const CANONICAL_NAN32 = 0x7fc00000n;
const SIGN64 = 1n << 63n;

/** The value as a signed 64-bit register holds it. */
export function s64(value: bigint): bigint {
  return BigInt.asIntN(64, value);
}

/** The value's 64 bits read as unsigned. */
export function u64(value: bigint): bigint {
  return BigInt.asUintN(64, value);
}

/** Traps a register-only instruction can raise. */
export type ReferenceTrap = 'division-by-zero' | 'quotient-overflow';

/** A register-only instruction: its mnemonic, register operands in source order, and constant (cr forms). */
export interface RegisterInstruction {
  readonly mnemonic: string;
  readonly registers: readonly number[];
  readonly constant?: bigint;
}

/** The register file after an instruction, or the trap it raised. */
export type Outcome = { readonly registers: readonly bigint[] } | { readonly trap: ReferenceTrap };

// ---- doubles as bit patterns ----

const scratch = new DataView(new ArrayBuffer(8));

/** The double whose bits are `bits`. */
export function bitsToDouble(bits: bigint): number {
  scratch.setBigUint64(0, u64(bits));
  return scratch.getFloat64(0);
}

/** The bits of `value` as a signed register value; NaN gives the canonical NaN. */
export function doubleToBits(value: number): bigint {
  if (Number.isNaN(value)) return CANONICAL_NAN64;
  scratch.setFloat64(0, value);
  return s64(scratch.getBigUint64(0));
}

/** The double nearest to the integer `n` (ties to even), built bit by bit rather than by Number(n). */
export function integerToDoubleBits(n: bigint): bigint {
  const sign = n < 0n ? SIGN64 : 0n;
  let magnitude = n < 0n ? -n : n;
  if (magnitude === 0n) return 0n;
  let length = magnitude.toString(2).length;
  if (length > 53) {
    const shift = BigInt(length - 53);
    const rest = magnitude & ((1n << shift) - 1n);
    const half = 1n << (shift - 1n);
    let kept = magnitude >> shift;
    if (rest > half || (rest === half && (kept & 1n) === 1n)) kept += 1n;
    magnitude = kept << shift;
    length = magnitude.toString(2).length;
  }
  // magnitude = 1.f * 2^(length-1): exponent length-1, fraction the 52 bits after the leading 1.
  const exponent = BigInt(length - 1 + 1023);
  const fraction =
    length > 53
      ? (magnitude >> BigInt(length - 53)) & ((1n << 52n) - 1n)
      : (magnitude << BigInt(53 - length)) & ((1n << 52n) - 1n);
  return s64(sign | (exponent << 52n) | fraction);
}

/** `value` truncated toward zero and clamped to [lo, hi]; NaN gives 0. */
function truncateSaturating(value: number, lo: bigint, hi: bigint): bigint {
  if (Number.isNaN(value)) return 0n;
  if (value === Infinity) return hi;
  if (value === -Infinity) return lo;
  const whole = BigInt(Math.trunc(value));
  return whole < lo ? lo : whole > hi ? hi : whole;
}

/** The float32 nearest to the double (ties to even) as zero-extended bits; NaN gives 0x7fc00000. */
export function doubleToFloat32Bits(value: number): bigint {
  if (Number.isNaN(value)) return CANONICAL_NAN32;
  const single = new DataView(new ArrayBuffer(4));
  single.setFloat32(0, Math.fround(value));
  return BigInt(single.getUint32(0));
}

/** The double equal to the float32 in the low 32 bits (a NaN gives the canonical double NaN). */
export function float32BitsToDoubleBits(bits: bigint): bigint {
  const single = new DataView(new ArrayBuffer(4));
  single.setUint32(0, Number(bits & 0xffffffffn));
  return doubleToBits(single.getFloat32(0));
}

function fmin(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  if (a === 0 && b === 0) return Object.is(a, -0) || Object.is(b, -0) ? -0 : 0;
  return a < b ? a : b;
}

function fmax(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  if (a === 0 && b === 0) return Object.is(a, 0) || Object.is(b, 0) ? 0 : -0;
  return a > b ? a : b;
}

// ---- byte order ----

/** The low `width` bytes of `value` in reverse order, zero-extended. */
export function byteSwap(value: bigint, width: 2 | 4 | 8): bigint {
  let result = 0n;
  for (let i = 0; i < width; i++) result = (result << 8n) | ((value >> BigInt(8 * i)) & 0xffn);
  return s64(result);
}

// ---- conditions ----

/** Integer conditions `a CC b` for the branches and set-on-condition instructions (a is rd). */
export const integerConditions: Readonly<Record<string, (a: bigint, b: bigint) => boolean>> = {
  eq: (a, b) => s64(a) === s64(b),
  ne: (a, b) => s64(a) !== s64(b),
  lt: (a, b) => s64(a) < s64(b),
  le: (a, b) => s64(a) <= s64(b),
  gt: (a, b) => s64(a) > s64(b),
  ge: (a, b) => s64(a) >= s64(b),
  lo: (a, b) => u64(a) < u64(b),
  ls: (a, b) => u64(a) <= u64(b),
  hi: (a, b) => u64(a) > u64(b),
  hs: (a, b) => u64(a) >= u64(b),
};

/** Double conditions `a CC b` on bit patterns: IEEE compares, so NaN is unordered (only ne holds). */
export const floatConditions: Readonly<Record<string, (a: bigint, b: bigint) => boolean>> = {
  eq: (a, b) => bitsToDouble(a) === bitsToDouble(b),
  ne: (a, b) => !(bitsToDouble(a) === bitsToDouble(b)),
  lt: (a, b) => bitsToDouble(a) < bitsToDouble(b),
  le: (a, b) => bitsToDouble(a) <= bitsToDouble(b),
  gt: (a, b) => bitsToDouble(a) > bitsToDouble(b),
  ge: (a, b) => bitsToDouble(a) >= bitsToDouble(b),
};

// ---- the operations, by mnemonic ----

/** `rd = rd OP x` for the cr and rr arithmetic forms (x is c or rs). */
const arithmetic: Readonly<Record<string, (rd: bigint, x: bigint) => bigint>> = {
  cpy: (_rd, x) => x,
  add: (rd, x) => rd + x,
  sub: (rd, x) => rd - x,
  mul: (rd, x) => rd * x,
  and: (rd, x) => rd & x,
  or: (rd, x) => rd | x,
  xor: (rd, x) => rd ^ x,
  shl: (rd, x) => rd << (u64(x) % 64n),
  shr: (rd, x) => u64(rd) >> (u64(x) % 64n),
  asr: (rd, x) => s64(rd) >> (u64(x) % 64n),
};

type Division = (rd: bigint, rs: bigint) => bigint | ReferenceTrap;

/** `rd = rd / rs` and `rd % rs`, with their traps. */
const divisions: Readonly<Record<string, Division>> = {
  'vp-div-rr': (rd, rs) =>
    rs === 0n ? 'division-by-zero' : s64(rd) === INT64_MIN && s64(rs) === -1n ? 'quotient-overflow' : rd / rs,
  'vp-div-rr-u': (rd, rs) => (rs === 0n ? 'division-by-zero' : u64(rd) / u64(rs)),
  'vp-rem-rr': (rd, rs) => (rs === 0n ? 'division-by-zero' : rd % rs),
  'vp-rem-rr-u': (rd, rs) => (rs === 0n ? 'division-by-zero' : u64(rd) % u64(rs)),
};

/** Double arithmetic `rd = rd OP rs` on numbers; NaN results become the canonical NaN. */
const floatArithmetic: Readonly<Record<string, (rd: number, rs: number) => number>> = {
  'vp-fadd-rr': (rd, rs) => rd + rs,
  'vp-fsub-rr': (rd, rs) => rd - rs,
  'vp-fmul-rr': (rd, rs) => rd * rs,
  'vp-fdiv-rr': (rd, rs) => rd / rs,
  'vp-fmin-rr': (rd, rs) => fmin(rd, rs),
  'vp-fmax-rr': (rd, rs) => fmax(rd, rs),
};

/** Unary `rd = f(rs)` on bit patterns. */
const unary: Readonly<Record<string, (rs: bigint) => bigint>> = {
  'vp-cpy-rr': (rs) => rs,
  'vp-ext-rr': (rs) => s64(rs) >> 63n,
  'vp-fsqrt-rr': (rs) => doubleToBits(Math.sqrt(bitsToDouble(rs))),
  'vp-fneg-rr': (rs) => rs ^ SIGN64,
  'vp-fabs-rr': (rs) => rs & ~SIGN64,
  'vp-cvt-if': (rs) => integerToDoubleBits(s64(rs)),
  'vp-cvt-uf': (rs) => integerToDoubleBits(u64(rs)),
  'vp-cvt-fi': (rs) => truncateSaturating(bitsToDouble(rs), INT64_MIN, INT64_MAX),
  'vp-cvt-fu': (rs) => truncateSaturating(bitsToDouble(rs), 0n, (1n << 64n) - 1n),
  'vp-cvt-sf': (rs) => float32BitsToDoubleBits(rs),
  'vp-cvt-fs': (rs) => doubleToFloat32Bits(bitsToDouble(rs)),
  'vp-bswap-rr': (rs) => byteSwap(rs, 8),
  'vp-bswap-rr-i': (rs) => byteSwap(rs, 4),
  'vp-bswap-rr-s': (rs) => byteSwap(rs, 2),
};

/** Parse `vp-OP-cr` / `vp-OP-rr` into OP and form. */
function split(mnemonic: string): { op: string; form: string } {
  const match = /^vp-(.+)-(cr|rr)$/.exec(mnemonic);
  return match === null ? { op: '', form: '' } : { op: match[1]!, form: match[2]! };
}

/** Every mnemonic `referenceStep` models. */
export function isRegisterInstruction(mnemonic: string): boolean {
  const { op, form } = split(mnemonic);
  return (
    (form !== '' && (op in arithmetic || setCondition(op) !== undefined)) ||
    mnemonic in divisions ||
    mnemonic in floatArithmetic ||
    mnemonic in unary ||
    floatSetCondition(mnemonic) !== undefined ||
    ['vp-swp-rr', 'vp-lnot-rr', 'vp-land-rr', 'vp-div-rrr', 'vp-div-rrr-u'].includes(mnemonic)
  );
}

function setCondition(op: string): string | undefined {
  const match = /^s(eq|ne|lt|le|gt|ge|lo|ls|hi|hs)$/.exec(op);
  return match?.[1];
}

function floatSetCondition(mnemonic: string): string | undefined {
  return /^vp-fs(eq|ne|lt|le|gt|ge)-rr$/.exec(mnemonic)?.[1];
}

/** 128-by-64-bit division: rdh = remainder, then rdl = quotient. */
function divide128(
  signed: boolean,
  high: bigint,
  low: bigint,
  divisor: bigint,
): { remainder: bigint; quotient: bigint } | ReferenceTrap {
  if (divisor === 0n) return 'division-by-zero';
  const dividend = ((signed ? s64(high) : u64(high)) << 64n) | u64(low);
  const by = signed ? s64(divisor) : u64(divisor);
  const quotient = dividend / by;
  const fits = signed ? quotient >= INT64_MIN && quotient <= INT64_MAX : quotient < 1n << 64n;
  if (!fits) return 'quotient-overflow';
  return { remainder: dividend % by, quotient };
}

/**
 * The effect of one register-only instruction on a 16-register file (signed values). Throws for a
 * mnemonic that is not register-only (see `isRegisterInstruction`).
 */
export function referenceStep(instruction: RegisterInstruction, before: readonly bigint[]): Outcome {
  const { mnemonic, registers, constant } = instruction;
  const r = before.map(s64);
  const get = (index: number): bigint => r[registers[index]!]!;
  const set = (index: number, value: bigint): void => {
    r[registers[index]!] = s64(value);
  };
  const done = (): Outcome => ({ registers: r });
  const { op, form } = split(mnemonic);
  // cr forms: registers = [rd]; rr forms: registers = [rs, rd].
  const source = (): bigint => (form === 'cr' ? constant! : get(0));
  const target = form === 'cr' ? 0 : 1;
  if (form !== '' && op in arithmetic) {
    set(target, arithmetic[op]!(get(target), source()));
    return done();
  }
  const condition = form === '' ? undefined : setCondition(op);
  if (condition !== undefined) {
    set(target, integerConditions[condition]!(get(target), source()) ? 1n : 0n);
    return done();
  }
  const division = divisions[mnemonic];
  if (division !== undefined) {
    const result = division(get(1), get(0));
    if (typeof result === 'string') return { trap: result };
    set(1, result);
    return done();
  }
  const float = floatArithmetic[mnemonic];
  if (float !== undefined) {
    set(1, doubleToBits(float(bitsToDouble(get(1)), bitsToDouble(get(0)))));
    return done();
  }
  const unaryOp = unary[mnemonic];
  if (unaryOp !== undefined) {
    set(1, unaryOp(get(0)));
    return done();
  }
  const floatCondition = floatSetCondition(mnemonic);
  if (floatCondition !== undefined) {
    set(1, floatConditions[floatCondition]!(get(1), get(0)) ? 1n : 0n);
    return done();
  }
  switch (mnemonic) {
    case 'vp-swp-rr': {
      const [a, b] = [get(0), get(1)];
      set(0, b);
      set(1, a);
      return done();
    }
    case 'vp-lnot-rr': // rt = rd; then rd = (rd == 0) ? 1 : 0
      set(0, get(1));
      set(1, get(1) === 0n ? 1n : 0n);
      return done();
    case 'vp-land-rr': // rs = (rs != 0) ? 1 : 0; then rd = (rd != 0 and rs != 0) ? 1 : 0
      set(0, get(0) !== 0n ? 1n : 0n);
      set(1, get(1) !== 0n && get(0) !== 0n ? 1n : 0n);
      return done();
    case 'vp-div-rrr':
    case 'vp-div-rrr-u': {
      const result = divide128(mnemonic === 'vp-div-rrr', get(1), get(2), get(0));
      if (typeof result === 'string') return { trap: result };
      set(1, result.remainder);
      set(2, result.quotient);
      return done();
    }
  }
  throw new Error(`the reference model has no register-only instruction ${mnemonic}`);
}

// ---- memory ----

/** The value of `width` little-endian bytes at `offset`, sign- or zero-extended to 64 bits. */
export function loadBytes(bytes: Uint8Array, offset: number, width: 1 | 2 | 4 | 8, signed: boolean): bigint {
  let value = 0n;
  for (let i = width - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[offset + i]!);
  return signed ? BigInt.asIntN(8 * width, value) : value;
}

/** Write the low `width` bytes of `value` little-endian at `offset`. */
export function storeBytes(bytes: Uint8Array, offset: number, width: 1 | 2 | 4 | 8, value: bigint): void {
  for (let i = 0; i < width; i++) bytes[offset + i] = Number((value >> BigInt(8 * i)) & 0xffn);
}

/** The parts of the address space an access is checked against. */
export interface AddressLayout {
  readonly dataBase: number;
  readonly memorySize: number;
}

/** Size of the reserved region at address 0. */
export const NULL_REGION = 0x10000;

/** The trap an access of `size` bytes at `address` raises, or undefined when it is allowed. */
export function accessTrap(
  layout: AddressLayout,
  address: bigint,
  size: number,
  write: boolean,
): 'null-access' | 'out-of-bounds' | 'write-to-text' | undefined {
  const start = u64(address);
  if (start < BigInt(NULL_REGION)) return 'null-access';
  if (start + BigInt(size) > BigInt(layout.memorySize)) return 'out-of-bounds';
  if (write && start < BigInt(layout.dataBase)) return 'write-to-text';
  return undefined;
}

/** vp-alloc / vp-free amounts: rounded up to a multiple of 8. */
export function roundUp8(amount: bigint): bigint {
  return (amount + 7n) & ~7n;
}
