// The interpreter case of every instruction, as JavaScript source text beside its mnemonic. interpreter.ts
// wraps them into the fast loop and the hooked loop; the type of `interpreterCases` demands one per mnemonic.
//
// Names a case may use: `R` (BigInt64Array registers), `R32` (Int32Array view: low word 2r, high word 2r+1),
// `F` (Float64Array view), `a` `b` `c` (register fields at bits 8, 12, 16), `w` (the word), `ip` (word index),
// `K`/`KN` (first value operand as BigInt / int32 number or NaN), `S` (it mod 64), `P` (powers of two),
// `shiftRightLogical(d, s, n)` / `shiftRightArithmetic(d, s, n)` (R[d] = R[s] >> n with a literal shift), `T` (branch target word index), `L` (length),
// `M8` `M32` `M64` `DV` (memory views), `h` (slow-path helpers), `m` (the machine), `addr`, and the baked-in
// constants TB (text base), NB (text bytes), LO (lowest readable), DB (lowest writable), HI (memory size),
// SL (stack limit), and the shadow stack's arrays SS (slots), SR (return word indexes), SD (depth), CAP.

import type { Mnemonic } from '../isa/index.js';
import type { TrapCode } from './traps.js';

/** Code-writing services a case uses; the fast and hooked loops implement them differently. */
export interface CaseWriter {
  /** Advance ip past this straight-line instruction. */
  next(): string;
  /** ip now starts a new run: charge its fuel (fast loop) or nothing (hooked loop). */
  enter(): string;
  /** Record a trap for this instruction and leave the loop. */
  trap(code: TrapCode, detail: string): string;
  /** Set `addr` from a slow-path address check that returns -1 after recording a trap. */
  address(call: string): string;
  /** Call a helper returning 0 to go on or an exit reason; state is saved before and reloaded after. */
  helper(call: string): string;
}

type Case = (g: CaseWriter) => string;

/**
 * Instructions run outside the hot loop (a function call each), chosen as the ones compiled code rarely
 * executes often; the hot loop's bytecode size decides how soon V8 optimises it.
 */
export const outOfLine: ReadonlySet<Mnemonic> = new Set<Mnemonic>([
  'vp-nop',
  'vp-div-rrr',
  'vp-div-rrr-u',
  'vp-swp-rr',
  'vp-lnot-rr',
  'vp-land-rr',
  'vp-ext-rr',
  'vp-call-i',
  'vp-call-p',
  'vp-jmp-i',
  'vp-jmp-p',
  'vp-call-abi',
  'vp-call-host',
  'vp-copy-rrr',
  'vp-fill-rrr',
  'vp-brk',
  'vp-fsqrt-rr',
  'vp-fneg-rr',
  'vp-fabs-rr',
  'vp-fmin-rr',
  'vp-fmax-rr',
  'vp-cvt-uf',
  'vp-cvt-fu',
  'vp-cvt-sf',
  'vp-cvt-fs',
  'vp-fseq-rr',
  'vp-fsne-rr',
  'vp-fslt-rr',
  'vp-fsle-rr',
  'vp-fsgt-rr',
  'vp-fsge-rr',
  'vp-bswap-rr',
  'vp-bswap-rr-i',
  'vp-bswap-rr-s',
  'vp-slo-cr',
  'vp-sls-cr',
  'vp-shi-cr',
  'vp-shs-cr',
  'vp-slo-rr',
  'vp-sls-rr',
  'vp-shi-rr',
  'vp-shs-rr',
]);

const NAN = '9221120237041090560n'; // 0x7ff8000000000000, the one NaN the machine produces
const MIN64 = '-9223372036854775808n';

/** Compute `addr` for [R[base] + K] (width bytes), or trap. */
function addrImm(g: CaseWriter, base: string, width: number, store: boolean): string {
  const min = store ? 'DB' : 'LO';
  return `addr = R32[${base} << 1] + KN[ip];
    if (R32[(${base} << 1) | 1] !== R32[${base} << 1] >> 31 || !(addr >= ${min} && addr <= HI - ${width})) {
      ${g.address(`h.address(R[${base}], K[ip], ${width}, ${store})`)}
    }`;
}

/** Compute `addr` for [R[base] + R[index]] (width bytes), or trap. */
function addrReg(g: CaseWriter, base: string, index: string, width: number, store: boolean): string {
  const min = store ? 'DB' : 'LO';
  return `addr = R32[${base} << 1] + R32[${index} << 1];
    if (R32[(${base} << 1) | 1] !== R32[${base} << 1] >> 31 || R32[(${index} << 1) | 1] !== R32[${index} << 1] >> 31 ||
        !(addr >= ${min} && addr <= HI - ${width})) {
      ${g.address(`h.address(R[${base}], R[${index}], ${width}, ${store})`)}
    }`;
}

/** Compute `addr` for the absolute address in K (the `-p` forms), or trap. */
function addrAbs(g: CaseWriter, width: number, store: boolean): string {
  const min = store ? 'DB' : 'LO';
  return `addr = KN[ip];
    if (!(addr >= ${min} && addr <= HI - ${width})) {
      ${g.address(`h.address(K[ip], 0n, ${width}, ${store})`)}
    }`;
}

type Width = 'b' | 's' | 'i' | 'ub' | 'us' | 'ui' | '';
const widthBytes: Record<Width, number> = { b: 1, s: 2, i: 4, ub: 1, us: 2, ui: 4, '': 8 };

function loadInto(dest: string, width: Width): string {
  switch (width) {
    case 'b':
      return `R[${dest}] = BigInt((M8[addr] << 24) >> 24);`;
    case 'ub':
      return `R[${dest}] = BigInt(M8[addr]);`;
    case 's':
      return `R[${dest}] = BigInt(DV.getInt16(addr, true));`;
    case 'us':
      return `R[${dest}] = BigInt(DV.getUint16(addr, true));`;
    case 'i':
      return `R[${dest}] = BigInt(DV.getInt32(addr, true));`;
    case 'ui':
      return `R[${dest}] = BigInt(DV.getUint32(addr, true));`;
    case '':
      return `if ((addr & 7) === 0) R[${dest}] = M64[addr >>> 3]; else R[${dest}] = DV.getBigInt64(addr, true);`;
  }
}

function storeFrom(src: string, width: 'b' | 's' | 'i' | ''): string {
  switch (width) {
    case 'b':
      return `M8[addr] = R32[${src} << 1];`;
    case 's':
      return `DV.setInt16(addr, R32[${src} << 1], true);`;
    case 'i':
      return `DV.setInt32(addr, R32[${src} << 1], true);`;
    case '':
      return `if ((addr & 7) === 0) M64[addr >>> 3] = R[${src}]; else DV.setBigInt64(addr, R[${src}], true);`;
  }
}

const loadImm =
  (width: Width): Case =>
  (g) =>
    `${addrImm(g, 'a', widthBytes[width], false)} ${loadInto('b', width)} ${g.next()}`;
const loadReg =
  (width: Width): Case =>
  (g) =>
    `${addrReg(g, 'a', 'b', widthBytes[width], false)} ${loadInto('c', width)} ${g.next()}`;
const storeImm =
  (width: 'b' | 's' | 'i' | ''): Case =>
  (g) =>
    `${addrImm(g, 'b', widthBytes[width], true)} ${storeFrom('a', width)} ${g.next()}`;
const storeReg =
  (width: 'b' | 's' | 'i' | ''): Case =>
  (g) =>
    `${addrReg(g, 'b', 'c', widthBytes[width], true)} ${storeFrom('a', width)} ${g.next()}`;

/** rd (field a) = expression of rd and K. */
const constOp =
  (expression: string): Case =>
  (g) =>
    `R[a] = ${expression.replaceAll('X', 'R[a]').replaceAll('Y', 'K[ip]')}; ${g.next()}`;
/**
 * rd (field a) = rd `op` K, in int32 arithmetic when rd and K fit in 32 bits and so does the result (a BigInt
 * made from an int32 costs less than BigInt arithmetic), else as `expression`.
 */
const smallConstOp =
  (op: '+' | '-', expression: string): Case =>
  (g) =>
    `{ const x = R32[a << 1] ${op} KN[ip];
      if (x === (x | 0) && R32[(a << 1) | 1] === R32[a << 1] >> 31) R[a] = BigInt(x | 0);
      else R[a] = ${expression.replaceAll('X', 'R[a]').replaceAll('Y', 'K[ip]')}; } ${g.next()}`;
/** rd (field b) = expression of rd and rs (field a). */
const regOp =
  (expression: string): Case =>
  (g) =>
    `R[b] = ${expression.replaceAll('X', 'R[b]').replaceAll('Y', 'R[a]')}; ${g.next()}`;
/** A double operation on rd (field b) and rs (field a), producing the canonical NaN for any NaN. */
const floatOp =
  (expression: string): Case =>
  (g) =>
    `{ const x = ${expression.replaceAll('X', 'F[b]').replaceAll('Y', 'F[a]')};
      if (x === x) F[b] = x; else R[b] = ${NAN}; } ${g.next()}`;

const unsigned = (x: string): string => `BigInt.asUintN(64, ${x})`;

/** Conditional branch: condition over X (rd) and Y (rs or c). */
const branch =
  (condition: string, form: 'cr' | 'rr' | 'f'): Case =>
  (g) => {
    const [x, y] = form === 'cr' ? ['R[a]', 'K[ip]'] : form === 'rr' ? ['R[b]', 'R[a]'] : ['F[b]', 'F[a]'];
    const test = condition.replaceAll('X', x).replaceAll('Y', y);
    // Both successors are loaded whichever way the branch goes, so that neither load is a site without
    // type feedback when V8 optimises the loop (which would deoptimise it the first time it is taken).
    return `{ const taken = T[ip], next = ip + L[ip]; ip = ${test} ? taken : next; } ${g.enter()}`;
  };

/** Push the return address (word index `ret`) on the stack, and record the call on the shadow stack. */
function pushReturn(g: CaseWriter, ret: string): string {
  return `{ const sp = R32[30] - 8, back = ${ret};
    if (R32[31] !== 0 || sp < SL || sp > HI - 8 || (sp & 7) !== 0) {
      ${g.helper('h.pushReturn(back)')}
    } else {
      M32[sp >>> 2] = TB + (back << 2); M32[(sp >>> 2) + 1] = 0; R[15] = BigInt(sp | 0);
      let d = SD[0]; if (d === CAP) d = m.shadow.halve();
      SS[d] = sp; SR[d] = back; SD[0] = d + 1;
    } }`;
}

/** Jump (or call) to the address whose words are lo/hi, trapping outside text. */
function jumpTo(g: CaseWriter, lo: string, hi: string, call: boolean): string {
  return `{ const t = (${lo}) - TB;
    if ((${hi}) !== 0 || t < 0 || t >= NB || (t & 3) !== 0) {
      ${g.trap('execute-outside-text', `'jump to ' + h.hex(${hi}, ${lo})`)}
    }
    ${call ? pushReturn(g, 'ip + L[ip]') : ''}
    ip = t >> 2; ${g.enter()} }`;
}

/** Jump or call through the 64-bit value in memory at `addr` (already checked). */
function jumpThroughMemory(g: CaseWriter, call: boolean): string {
  return jumpTo(g, 'DV.getInt32(addr, true)', 'DV.getInt32(addr + 4, true)', call);
}

const compareSet =
  (condition: string, form: 'cr' | 'rr' | 'f'): Case =>
  (g) => {
    if (form === 'cr')
      return `R[a] = BigInt((${condition.replaceAll('X', 'R[a]').replaceAll('Y', 'K[ip]')}) | 0); ${g.next()}`;
    const [x, y] = form === 'rr' ? ['R[b]', 'R[a]'] : ['F[b]', 'F[a]'];
    return `R[b] = BigInt((${condition.replaceAll('X', x).replaceAll('Y', y)}) | 0); ${g.next()}`;
  };

const conditions = {
  eq: ['X === Y', 'rr'],
  ne: ['X !== Y', 'rr'],
  lt: ['X < Y', 'rr'],
  le: ['X <= Y', 'rr'],
  gt: ['X > Y', 'rr'],
  ge: ['X >= Y', 'rr'],
  lo: [`${unsigned('X')} < ${unsigned('Y')}`, 'rr'],
  ls: [`${unsigned('X')} <= ${unsigned('Y')}`, 'rr'],
  hi: [`${unsigned('X')} > ${unsigned('Y')}`, 'rr'],
  hs: [`${unsigned('X')} >= ${unsigned('Y')}`, 'rr'],
} as const;

/** Every instruction's interpreter case. */
export const interpreterCases: Record<Mnemonic, Case> = {
  'vp-nop': (g) => g.next(),
  'vp-cpy-cr': constOp('Y'),
  'vp-add-cr': smallConstOp('+', 'BigInt.asIntN(64, X + Y)'),
  'vp-sub-cr': smallConstOp('-', 'BigInt.asIntN(64, X - Y)'),
  'vp-mul-cr': constOp('BigInt.asIntN(64, X * Y)'),
  'vp-and-cr': constOp('X & Y'),
  'vp-or-cr': constOp('X | Y'),
  'vp-xor-cr': constOp('X ^ Y'),
  'vp-shl-cr': constOp('BigInt.asIntN(64, X * P[S[ip]])'),
  'vp-shr-cr': (g) => `shiftRightLogical(a, a, S[ip]); ${g.next()}`,
  'vp-asr-cr': (g) => `shiftRightArithmetic(a, a, S[ip]); ${g.next()}`,
  'vp-cpy-rr': regOp('Y'),
  'vp-add-rr': regOp('BigInt.asIntN(64, X + Y)'),
  'vp-sub-rr': regOp('BigInt.asIntN(64, X - Y)'),
  'vp-mul-rr': regOp('BigInt.asIntN(64, X * Y)'),
  'vp-and-rr': regOp('X & Y'),
  'vp-or-rr': regOp('X | Y'),
  'vp-xor-rr': regOp('X ^ Y'),
  'vp-shl-rr': regOp('BigInt.asIntN(64, X * P[R32[a << 1] & 63])'),
  'vp-shr-rr': (g) => `shiftRightLogical(b, b, R32[a << 1] & 63); ${g.next()}`,
  'vp-asr-rr': (g) => `shiftRightArithmetic(b, b, R32[a << 1] & 63); ${g.next()}`,
  'vp-div-rrr': (g) => `${g.helper('h.divide128(a, b, c, true)')} ${g.next()}`,
  'vp-div-rrr-u': (g) => `${g.helper('h.divide128(a, b, c, false)')} ${g.next()}`,
  'vp-ext-rr': regOp('Y >> 63n'),
  'vp-swp-rr': (g) => `{ const t = R[a]; R[a] = R[b]; R[b] = t; } ${g.next()}`,
  'vp-lnot-rr': (g) => `R[a] = R[b]; R[b] = BigInt((R[b] === 0n) | 0); ${g.next()}`,
  'vp-land-rr': (g) =>
    `R[a] = BigInt((R[a] !== 0n) | 0); R[b] = BigInt((R[b] !== 0n) & (R[a] !== 0n)); ${g.next()}`,
  'vp-cpy-ir': loadImm(''),
  'vp-cpy-ir-b': loadImm('b'),
  'vp-cpy-ir-s': loadImm('s'),
  'vp-cpy-ir-i': loadImm('i'),
  'vp-cpy-ir-ub': loadImm('ub'),
  'vp-cpy-ir-us': loadImm('us'),
  'vp-cpy-ir-ui': loadImm('ui'),
  'vp-cpy-dr': loadReg(''),
  'vp-cpy-dr-b': loadReg('b'),
  'vp-cpy-dr-s': loadReg('s'),
  'vp-cpy-dr-i': loadReg('i'),
  'vp-cpy-dr-ub': loadReg('ub'),
  'vp-cpy-dr-us': loadReg('us'),
  'vp-cpy-dr-ui': loadReg('ui'),
  'vp-cpy-pr': (g) => `${addrAbs(g, 8, false)} ${loadInto('a', '')} ${g.next()}`,
  'vp-cpy-ri': storeImm(''),
  'vp-cpy-ri-b': storeImm('b'),
  'vp-cpy-ri-s': storeImm('s'),
  'vp-cpy-ri-i': storeImm('i'),
  'vp-cpy-rd': storeReg(''),
  'vp-cpy-rd-b': storeReg('b'),
  'vp-cpy-rd-s': storeReg('s'),
  'vp-cpy-rd-i': storeReg('i'),
  'vp-cpy-rp': (g) => `${addrAbs(g, 8, true)} ${storeFrom('a', '')} ${g.next()}`,
  'vp-lea-i': (g) => `R[b] = BigInt.asIntN(64, R[a] + K[ip]); ${g.next()}`,
  'vp-lea-d': (g) => `R[c] = BigInt.asIntN(64, R[a] + R[b]); ${g.next()}`,
  'vp-lea-p': (g) => `R[a] = K[ip]; ${g.next()}`,
  'vp-push': (g) => `{ const n = (w >>> 8) & 15; let sp = R32[30];
    if (n <= 5 && R32[31] === 0 && sp - 8 * n >= SL && sp <= HI && (sp & 7) === 0) {
      for (let k = 0; k < n; k++) { sp -= 8; M64[sp >>> 3] = R[(w >>> (12 + 4 * k)) & 15]; }
      R[15] = BigInt(sp | 0);
    } else {
      ${g.helper('h.pushList(ip)')}
    } } ${g.next()}`,
  'vp-pop': (g) => `{ const n = (w >>> 8) & 15; let sp = R32[30];
    if (n <= 5 && R32[31] === 0 && sp >= LO && sp + 8 * n <= HI && (sp & 7) === 0) {
      for (let k = n - 1; k >= 0; k--) { const r = (w >>> (12 + 4 * k)) & 15; if (r !== 15) R[r] = M64[sp >>> 3]; sp += 8; }
      R[15] = BigInt(sp | 0);
    } else {
      ${g.helper('h.popList(ip)')}
    } } ${g.next()}`,
  'vp-alloc': (g) => `{ const n = KN[ip]; const sp = R32[30] - ((n + 7) & ~7);
    if (R32[31] === 0 && n >= 0 && n < 0x40000000 && sp >= SL) R[15] = BigInt(sp | 0);
    else { ${g.helper('h.alloc(K[ip])')} } } ${g.next()}`,
  'vp-free': (g) => `R[15] = BigInt.asIntN(64, R[15] + ((K[ip] + 7n) & -8n)); ${g.next()}`,
  'vp-beq-cr': branch(conditions.eq[0], 'cr'),
  'vp-bne-cr': branch(conditions.ne[0], 'cr'),
  'vp-blt-cr': branch(conditions.lt[0], 'cr'),
  'vp-ble-cr': branch(conditions.le[0], 'cr'),
  'vp-bgt-cr': branch(conditions.gt[0], 'cr'),
  'vp-bge-cr': branch(conditions.ge[0], 'cr'),
  'vp-beq-rr': branch(conditions.eq[0], 'rr'),
  'vp-bne-rr': branch(conditions.ne[0], 'rr'),
  'vp-blt-rr': branch(conditions.lt[0], 'rr'),
  'vp-ble-rr': branch(conditions.le[0], 'rr'),
  'vp-bgt-rr': branch(conditions.gt[0], 'rr'),
  'vp-bge-rr': branch(conditions.ge[0], 'rr'),
  'vp-blo-cr': branch(conditions.lo[0], 'cr'),
  'vp-bls-cr': branch(conditions.ls[0], 'cr'),
  'vp-bhi-cr': branch(conditions.hi[0], 'cr'),
  'vp-bhs-cr': branch(conditions.hs[0], 'cr'),
  'vp-blo-rr': branch(conditions.lo[0], 'rr'),
  'vp-bls-rr': branch(conditions.ls[0], 'rr'),
  'vp-bhi-rr': branch(conditions.hi[0], 'rr'),
  'vp-bhs-rr': branch(conditions.hs[0], 'rr'),
  'vp-fbeq-rr': branch('X === Y', 'f'),
  'vp-fbne-rr': branch('X !== Y', 'f'),
  'vp-fblt-rr': branch('X < Y', 'f'),
  'vp-fble-rr': branch('X <= Y', 'f'),
  'vp-fbgt-rr': branch('X > Y', 'f'),
  'vp-fbge-rr': branch('X >= Y', 'f'),
  'vp-call': (g) => `${pushReturn(g, 'ip + L[ip]')} ip = T[ip]; ${g.enter()}`,
  'vp-call-r': (g) => jumpTo(g, 'R32[a << 1]', 'R32[(a << 1) | 1]', true),
  'vp-call-i': (g) => `${addrImm(g, 'a', 8, false)} ${jumpThroughMemory(g, true)}`,
  'vp-call-p': (g) => `${addrAbs(g, 8, false)} ${jumpThroughMemory(g, true)}`,
  'vp-jmp': (g) => `ip = T[ip]; ${g.enter()}`,
  'vp-jmp-r': (g) => jumpTo(g, 'R32[a << 1]', 'R32[(a << 1) | 1]', false),
  'vp-jmp-i': (g) => `${addrImm(g, 'a', 8, false)} ${jumpThroughMemory(g, false)}`,
  'vp-jmp-p': (g) => `${addrAbs(g, 8, false)} ${jumpThroughMemory(g, false)}`,
  'vp-ret': (g) => `{ const sp = R32[30]; const t = M32[sp >>> 2] - TB;
    if (R32[31] === 0 && (sp & 7) === 0 && sp >= LO && sp <= HI - 8 && M32[(sp >>> 2) + 1] === 0 &&
        t >= 0 && t < NB && (t & 3) === 0) {
      R[15] = BigInt((sp + 8) | 0); ip = t >> 2;
      let d = SD[0]; while (d > 0 && SS[d - 1] <= sp) d--; SD[0] = d;
    } else {
      ${g.helper('h.ret()')}
    } } ${g.enter()}`,
  'vp-call-abi': (g) => `${g.helper('h.callHost(ip, true)')} ${g.enter()}`,
  'vp-call-host': (g) => `${g.helper('h.callHost(ip, false)')} ${g.enter()}`,
  'vp-copy-rrr': (g) => `${g.helper('h.copy(ip, a, b, c)')} ${g.enter()}`,
  'vp-fill-rrr': (g) => `${g.helper('h.fill(ip, a, b, c)')} ${g.enter()}`,
  'vp-brk': () => `m.breakCode = K[ip]; return leave(5, ip + L[ip], fuel);`,
  'vp-seq-cr': compareSet(conditions.eq[0], 'cr'),
  'vp-sne-cr': compareSet(conditions.ne[0], 'cr'),
  'vp-slt-cr': compareSet(conditions.lt[0], 'cr'),
  'vp-sle-cr': compareSet(conditions.le[0], 'cr'),
  'vp-sgt-cr': compareSet(conditions.gt[0], 'cr'),
  'vp-sge-cr': compareSet(conditions.ge[0], 'cr'),
  'vp-slo-cr': compareSet(conditions.lo[0], 'cr'),
  'vp-sls-cr': compareSet(conditions.ls[0], 'cr'),
  'vp-shi-cr': compareSet(conditions.hi[0], 'cr'),
  'vp-shs-cr': compareSet(conditions.hs[0], 'cr'),
  'vp-seq-rr': compareSet(conditions.eq[0], 'rr'),
  'vp-sne-rr': compareSet(conditions.ne[0], 'rr'),
  'vp-slt-rr': compareSet(conditions.lt[0], 'rr'),
  'vp-sle-rr': compareSet(conditions.le[0], 'rr'),
  'vp-sgt-rr': compareSet(conditions.gt[0], 'rr'),
  'vp-sge-rr': compareSet(conditions.ge[0], 'rr'),
  'vp-slo-rr': compareSet(conditions.lo[0], 'rr'),
  'vp-sls-rr': compareSet(conditions.ls[0], 'rr'),
  'vp-shi-rr': compareSet(conditions.hi[0], 'rr'),
  'vp-shs-rr': compareSet(conditions.hs[0], 'rr'),
  'vp-div-rr': (g) => `if (R[a] === 0n) { ${g.trap('division-by-zero', "'vp-div-rr'")} }
    if (R[a] === -1n && R[b] === ${MIN64}) { ${g.trap('quotient-overflow', "'INT64_MIN / -1'")} }
    R[b] = R[b] / R[a]; ${g.next()}`,
  'vp-div-rr-u': (g) => `if (R[a] === 0n) { ${g.trap('division-by-zero', "'vp-div-rr-u'")} }
    R[b] = BigInt.asIntN(64, ${unsigned('R[b]')} / ${unsigned('R[a]')}); ${g.next()}`,
  'vp-rem-rr': (g) => `if (R[a] === 0n) { ${g.trap('division-by-zero', "'vp-rem-rr'")} }
    R[b] = R[b] % R[a]; ${g.next()}`,
  'vp-rem-rr-u': (g) => `if (R[a] === 0n) { ${g.trap('division-by-zero', "'vp-rem-rr-u'")} }
    R[b] = BigInt.asIntN(64, ${unsigned('R[b]')} % ${unsigned('R[a]')}); ${g.next()}`,
  'vp-fadd-rr': floatOp('X + Y'),
  'vp-fsub-rr': floatOp('X - Y'),
  'vp-fmul-rr': floatOp('X * Y'),
  'vp-fdiv-rr': floatOp('X / Y'),
  'vp-fsqrt-rr': floatOp('Math.sqrt(Y)'),
  'vp-fneg-rr': regOp(`Y ^ ${MIN64}`),
  'vp-fabs-rr': regOp('Y & 9223372036854775807n'),
  'vp-fmin-rr': floatOp('Math.min(X, Y)'),
  'vp-fmax-rr': floatOp('Math.max(X, Y)'),
  // From the halves: Number(bigint) allocates, and one addition of exact doubles rounds as it does.
  'vp-cvt-if': (g) => `F[b] = R32[(a << 1) | 1] * 4294967296 + (R32[a << 1] >>> 0); ${g.next()}`,
  'vp-cvt-uf': (g) => `F[b] = (R32[(a << 1) | 1] >>> 0) * 4294967296 + (R32[a << 1] >>> 0); ${g.next()}`,
  'vp-cvt-fi': (g) => `R[b] = h.doubleToInt(F[a]); ${g.next()}`,
  'vp-cvt-fu': (g) => `R[b] = h.doubleToUint(F[a]); ${g.next()}`,
  'vp-cvt-sf': floatOp('h.float32ToDouble(R32[a << 1])'),
  'vp-cvt-fs': (g) => `R[b] = h.doubleToFloat32(F[a]); ${g.next()}`,
  'vp-fseq-rr': compareSet('X === Y', 'f'),
  'vp-fsne-rr': compareSet('X !== Y', 'f'),
  'vp-fslt-rr': compareSet('X < Y', 'f'),
  'vp-fsle-rr': compareSet('X <= Y', 'f'),
  'vp-fsgt-rr': compareSet('X > Y', 'f'),
  'vp-fsge-rr': compareSet('X >= Y', 'f'),
  'vp-bswap-rr': (g) => `R[b] = h.byteSwap64(R[a]); ${g.next()}`,
  'vp-bswap-rr-i': (g) => `{ const v = R32[a << 1];
    R[b] = BigInt((((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24)) >>> 0); } ${g.next()}`,
  'vp-bswap-rr-s': (g) =>
    `{ const v = R32[a << 1]; R[b] = BigInt(((v & 0xff) << 8) | ((v >>> 8) & 0xff)); } ${g.next()}`,
};
