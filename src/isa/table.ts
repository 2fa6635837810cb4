// The VP instruction table: the single source of every mnemonic, opcode, operand layout and meaning.
// Assembler, disassembler, interpreter, documentation and tests are all derived from or checked against it.

import type { LabelUnit, LayoutName } from './layouts.js';

/** One row of the instruction table. */
export interface InstructionInfo {
  /** Mnemonic exactly as written in assembly, e.g. `vp-add-rr`. */
  readonly mnemonic: Mnemonic;
  /** 8-bit opcode in the low byte of the first word. 0 is never used, so zeroed memory is invalid code. */
  readonly opcode: number;
  /** Operand layout (see layouts.ts). */
  readonly layout: LayoutName;
  /** True for the Tessera extensions to ChrysaLisp's base VP set. */
  readonly extension: boolean;
  /** Operand names in source order, for documentation and the assembler's messages. */
  readonly operands: readonly string[];
  /** One-line meaning, in `rd = rd + rs` notation. */
  readonly meaning: string;
  /** Label operands count words (branch targets) or bytes (data addresses). */
  readonly labelUnit: LabelUnit;
  /** Control leaves straight-line code here: branches, calls, jumps, returns, host calls, traps. Ends a fuel run. */
  readonly endsRun: boolean;
}

type Row = readonly [mnemonic: string, opcode: number, layout: LayoutName, operands: string, meaning: string];
type Group = { readonly extension: boolean; readonly endsRun: boolean; readonly rows: readonly Row[] };

const groups = [
  {
    extension: true,
    endsRun: false,
    rows: [['vp-nop', 0x01, 'none', '', 'do nothing']],
  },
  {
    extension: false,
    endsRun: false,
    rows: [
      ['vp-cpy-cr', 0x02, 'cr', 'c rd', 'rd = c'],
      ['vp-add-cr', 0x03, 'cr', 'c rd', 'rd = rd + c (wrapping)'],
      ['vp-sub-cr', 0x04, 'cr', 'c rd', 'rd = rd - c (wrapping)'],
      ['vp-mul-cr', 0x05, 'cr', 'c rd', 'rd = rd * c (low 64 bits)'],
      ['vp-and-cr', 0x06, 'cr', 'c rd', 'rd = rd & c'],
      ['vp-or-cr', 0x07, 'cr', 'c rd', 'rd = rd | c'],
      ['vp-xor-cr', 0x08, 'cr', 'c rd', 'rd = rd ^ c'],
      ['vp-shl-cr', 0x09, 'cr', 'c rd', 'rd = rd << (c mod 64)'],
      ['vp-shr-cr', 0x0a, 'cr', 'c rd', 'rd = rd >> (c mod 64), logical'],
      ['vp-asr-cr', 0x0b, 'cr', 'c rd', 'rd = rd >> (c mod 64), arithmetic'],
      ['vp-cpy-rr', 0x0c, 'rr', 'rs rd', 'rd = rs'],
      ['vp-add-rr', 0x0d, 'rr', 'rs rd', 'rd = rd + rs (wrapping)'],
      ['vp-sub-rr', 0x0e, 'rr', 'rs rd', 'rd = rd - rs (wrapping)'],
      ['vp-mul-rr', 0x0f, 'rr', 'rs rd', 'rd = rd * rs (low 64 bits)'],
      ['vp-and-rr', 0x10, 'rr', 'rs rd', 'rd = rd & rs'],
      ['vp-or-rr', 0x11, 'rr', 'rs rd', 'rd = rd | rs'],
      ['vp-xor-rr', 0x12, 'rr', 'rs rd', 'rd = rd ^ rs'],
      ['vp-shl-rr', 0x13, 'rr', 'rs rd', 'rd = rd << (rs mod 64)'],
      ['vp-shr-rr', 0x14, 'rr', 'rs rd', 'rd = rd >> (rs mod 64), logical'],
      ['vp-asr-rr', 0x15, 'rr', 'rs rd', 'rd = rd >> (rs mod 64), arithmetic'],
      [
        'vp-div-rrr',
        0x16,
        'rrr',
        'rs rdh rdl',
        'signed 128-bit rdh:rdl / rs: rdh = remainder, then rdl = quotient; traps on rs = 0 or a quotient outside 64 bits',
      ],
      [
        'vp-div-rrr-u',
        0x17,
        'rrr',
        'rs rdh rdl',
        'unsigned 128-bit rdh:rdl / rs: rdh = remainder, then rdl = quotient; traps on rs = 0 or a quotient outside 64 bits',
      ],
      ['vp-ext-rr', 0x18, 'rr', 'rs rd', 'rd = rs >> 63, arithmetic (0 or -1: the sign extension of rs)'],
      ['vp-swp-rr', 0x19, 'rr', 'rs rd', 'exchange rs and rd'],
      ['vp-lnot-rr', 0x1a, 'rr', 'rt rd', 'rt = rd; then rd = (rd == 0) ? 1 : 0'],
      ['vp-land-rr', 0x1b, 'rr', 'rs rd', 'rs = (rs != 0) ? 1 : 0; then rd = (rd != 0 and rs != 0) ? 1 : 0'],
      ['vp-cpy-ir', 0x1c, 'rcr', 'rb i rd', 'rd = load64 [rb + i]'],
      ['vp-cpy-ir-b', 0x1d, 'rcr', 'rb i rd', 'rd = sign-extended load8 [rb + i]'],
      ['vp-cpy-ir-s', 0x1e, 'rcr', 'rb i rd', 'rd = sign-extended load16 [rb + i]'],
      ['vp-cpy-ir-i', 0x1f, 'rcr', 'rb i rd', 'rd = sign-extended load32 [rb + i]'],
      ['vp-cpy-ir-ub', 0x20, 'rcr', 'rb i rd', 'rd = zero-extended load8 [rb + i]'],
      ['vp-cpy-ir-us', 0x21, 'rcr', 'rb i rd', 'rd = zero-extended load16 [rb + i]'],
      ['vp-cpy-ir-ui', 0x22, 'rcr', 'rb i rd', 'rd = zero-extended load32 [rb + i]'],
      ['vp-cpy-dr', 0x23, 'rrr', 'rb ri rd', 'rd = load64 [rb + ri]'],
      ['vp-cpy-dr-b', 0x24, 'rrr', 'rb ri rd', 'rd = sign-extended load8 [rb + ri]'],
      ['vp-cpy-dr-s', 0x25, 'rrr', 'rb ri rd', 'rd = sign-extended load16 [rb + ri]'],
      ['vp-cpy-dr-i', 0x26, 'rrr', 'rb ri rd', 'rd = sign-extended load32 [rb + ri]'],
      ['vp-cpy-dr-ub', 0x27, 'rrr', 'rb ri rd', 'rd = zero-extended load8 [rb + ri]'],
      ['vp-cpy-dr-us', 0x28, 'rrr', 'rb ri rd', 'rd = zero-extended load16 [rb + ri]'],
      ['vp-cpy-dr-ui', 0x29, 'rrr', 'rb ri rd', 'rd = zero-extended load32 [rb + ri]'],
      ['vp-cpy-pr', 0x2a, 'lr', 'l rd', 'rd = load64 [address of l]'],
      ['vp-cpy-ri', 0x2b, 'rrc', 'rs rb i', 'store64 [rb + i] = rs'],
      ['vp-cpy-ri-b', 0x2c, 'rrc', 'rs rb i', 'store8 [rb + i] = low 8 bits of rs'],
      ['vp-cpy-ri-s', 0x2d, 'rrc', 'rs rb i', 'store16 [rb + i] = low 16 bits of rs'],
      ['vp-cpy-ri-i', 0x2e, 'rrc', 'rs rb i', 'store32 [rb + i] = low 32 bits of rs'],
      ['vp-cpy-rd', 0x2f, 'rrr', 'rs rb ri', 'store64 [rb + ri] = rs'],
      ['vp-cpy-rd-b', 0x30, 'rrr', 'rs rb ri', 'store8 [rb + ri] = low 8 bits of rs'],
      ['vp-cpy-rd-s', 0x31, 'rrr', 'rs rb ri', 'store16 [rb + ri] = low 16 bits of rs'],
      ['vp-cpy-rd-i', 0x32, 'rrr', 'rs rb ri', 'store32 [rb + ri] = low 32 bits of rs'],
      ['vp-cpy-rp', 0x33, 'rl', 'rs l', 'store64 [address of l] = rs'],
      ['vp-lea-i', 0x34, 'rcr', 'rb i rd', 'rd = rb + i'],
      ['vp-lea-d', 0x35, 'rrr', 'rb ri rd', 'rd = rb + ri'],
      ['vp-lea-p', 0x36, 'lr', 'l rd', 'rd = address of l'],
      [
        'vp-push',
        0x56,
        'regs',
        'regs',
        'for each register in order: rsp = rsp - 8; store64 [rsp] = it (rsp itself as it was before the push)',
      ],
      [
        'vp-pop',
        0x57,
        'regs',
        'regs',
        'for each register in reverse order: it = load64 [rsp]; rsp = rsp + 8 (a slot popped into rsp is skipped)',
      ],
      ['vp-alloc', 0x37, 'c', 'c', 'rsp = rsp - c, c rounded up to a multiple of 8; traps on stack overflow'],
      ['vp-free', 0x38, 'c', 'c', 'rsp = rsp + c, c rounded up to a multiple of 8'],
    ],
  },
  {
    extension: false,
    endsRun: true,
    rows: [
      ['vp-beq-cr', 0x40, 'crl', 'c rd l', 'if rd == c goto l'],
      ['vp-bne-cr', 0x41, 'crl', 'c rd l', 'if rd != c goto l'],
      ['vp-blt-cr', 0x42, 'crl', 'c rd l', 'if rd < c (signed) goto l'],
      ['vp-ble-cr', 0x43, 'crl', 'c rd l', 'if rd <= c (signed) goto l'],
      ['vp-bgt-cr', 0x44, 'crl', 'c rd l', 'if rd > c (signed) goto l'],
      ['vp-bge-cr', 0x45, 'crl', 'c rd l', 'if rd >= c (signed) goto l'],
      ['vp-beq-rr', 0x46, 'rrl', 'rs rd l', 'if rd == rs goto l'],
      ['vp-bne-rr', 0x47, 'rrl', 'rs rd l', 'if rd != rs goto l'],
      ['vp-blt-rr', 0x48, 'rrl', 'rs rd l', 'if rd < rs (signed) goto l'],
      ['vp-ble-rr', 0x49, 'rrl', 'rs rd l', 'if rd <= rs (signed) goto l'],
      ['vp-bgt-rr', 0x4a, 'rrl', 'rs rd l', 'if rd > rs (signed) goto l'],
      ['vp-bge-rr', 0x4b, 'rrl', 'rs rd l', 'if rd >= rs (signed) goto l'],
      ['vp-call', 0x4c, 'l', 'l', 'push the return address; goto l'],
      ['vp-call-r', 0x4d, 'r', 'rd', 'push the return address; goto rd'],
      ['vp-call-i', 0x4e, 'rc', 'rb i', 'push the return address; goto load64 [rb + i]'],
      ['vp-call-p', 0x4f, 'l', 'l', 'push the return address; goto load64 [address of l]'],
      ['vp-jmp', 0x50, 'l', 'l', 'goto l'],
      ['vp-jmp-r', 0x51, 'r', 'rd', 'goto rd'],
      ['vp-jmp-i', 0x52, 'rc', 'rb i', 'goto load64 [rb + i]'],
      ['vp-jmp-p', 0x53, 'l', 'l', 'goto load64 [address of l]'],
      [
        'vp-ret',
        0x54,
        'none',
        '',
        'pop the return address and goto it; from the entry procedure: halt with exit status r0',
      ],
      [
        'vp-call-abi',
        0x55,
        'abi',
        'rt rb i args',
        'rt = load64 [rb + i], a host-function handle; r0 = host function rt (the registers in args)',
      ],
    ],
  },
  {
    extension: true,
    endsRun: true,
    rows: [
      ['vp-blo-cr', 0x58, 'crl', 'c rd l', 'if rd < c (unsigned) goto l'],
      ['vp-bls-cr', 0x59, 'crl', 'c rd l', 'if rd <= c (unsigned) goto l'],
      ['vp-bhi-cr', 0x5a, 'crl', 'c rd l', 'if rd > c (unsigned) goto l'],
      ['vp-bhs-cr', 0x5b, 'crl', 'c rd l', 'if rd >= c (unsigned) goto l'],
      ['vp-blo-rr', 0x5c, 'rrl', 'rs rd l', 'if rd < rs (unsigned) goto l'],
      ['vp-bls-rr', 0x5d, 'rrl', 'rs rd l', 'if rd <= rs (unsigned) goto l'],
      ['vp-bhi-rr', 0x5e, 'rrl', 'rs rd l', 'if rd > rs (unsigned) goto l'],
      ['vp-bhs-rr', 0x5f, 'rrl', 'rs rd l', 'if rd >= rs (unsigned) goto l'],
      ['vp-fbeq-rr', 0x60, 'rrl', 'rs rd l', 'if double rd == rs goto l (false if either is NaN)'],
      ['vp-fbne-rr', 0x61, 'rrl', 'rs rd l', 'if double rd != rs goto l (true if either is NaN)'],
      ['vp-fblt-rr', 0x62, 'rrl', 'rs rd l', 'if double rd < rs goto l (false if either is NaN)'],
      ['vp-fble-rr', 0x63, 'rrl', 'rs rd l', 'if double rd <= rs goto l (false if either is NaN)'],
      ['vp-fbgt-rr', 0x64, 'rrl', 'rs rd l', 'if double rd > rs goto l (false if either is NaN)'],
      ['vp-fbge-rr', 0x65, 'rrl', 'rs rd l', 'if double rd >= rs goto l (false if either is NaN)'],
      [
        'vp-call-host',
        0x66,
        'host',
        'import args',
        'r0 = host function number import (the registers in args); import indexes the module import table',
      ],
      [
        'vp-copy-rrr',
        0x67,
        'rrr',
        'rs rd rc',
        'copy rc bytes from address rs to address rd (overlap allowed); costs 1 + rc / 64 fuel',
      ],
      [
        'vp-fill-rrr',
        0x68,
        'rrr',
        'rs rd rc',
        'fill rc bytes at address rd with the low 8 bits of rs; costs 1 + rc / 64 fuel',
      ],
      ['vp-brk', 0x69, 'c', 'c', 'stop with status "breakpoint" and code c; resuming continues after it'],
    ],
  },
  {
    extension: true,
    endsRun: false,
    rows: [
      ['vp-seq-cr', 0x70, 'cr', 'c rd', 'rd = (rd == c) ? 1 : 0'],
      ['vp-sne-cr', 0x71, 'cr', 'c rd', 'rd = (rd != c) ? 1 : 0'],
      ['vp-slt-cr', 0x72, 'cr', 'c rd', 'rd = (rd < c, signed) ? 1 : 0'],
      ['vp-sle-cr', 0x73, 'cr', 'c rd', 'rd = (rd <= c, signed) ? 1 : 0'],
      ['vp-sgt-cr', 0x74, 'cr', 'c rd', 'rd = (rd > c, signed) ? 1 : 0'],
      ['vp-sge-cr', 0x75, 'cr', 'c rd', 'rd = (rd >= c, signed) ? 1 : 0'],
      ['vp-slo-cr', 0x76, 'cr', 'c rd', 'rd = (rd < c, unsigned) ? 1 : 0'],
      ['vp-sls-cr', 0x77, 'cr', 'c rd', 'rd = (rd <= c, unsigned) ? 1 : 0'],
      ['vp-shi-cr', 0x78, 'cr', 'c rd', 'rd = (rd > c, unsigned) ? 1 : 0'],
      ['vp-shs-cr', 0x79, 'cr', 'c rd', 'rd = (rd >= c, unsigned) ? 1 : 0'],
      ['vp-seq-rr', 0x7a, 'rr', 'rs rd', 'rd = (rd == rs) ? 1 : 0'],
      ['vp-sne-rr', 0x7b, 'rr', 'rs rd', 'rd = (rd != rs) ? 1 : 0'],
      ['vp-slt-rr', 0x7c, 'rr', 'rs rd', 'rd = (rd < rs, signed) ? 1 : 0'],
      ['vp-sle-rr', 0x7d, 'rr', 'rs rd', 'rd = (rd <= rs, signed) ? 1 : 0'],
      ['vp-sgt-rr', 0x7e, 'rr', 'rs rd', 'rd = (rd > rs, signed) ? 1 : 0'],
      ['vp-sge-rr', 0x7f, 'rr', 'rs rd', 'rd = (rd >= rs, signed) ? 1 : 0'],
      ['vp-slo-rr', 0x80, 'rr', 'rs rd', 'rd = (rd < rs, unsigned) ? 1 : 0'],
      ['vp-sls-rr', 0x81, 'rr', 'rs rd', 'rd = (rd <= rs, unsigned) ? 1 : 0'],
      ['vp-shi-rr', 0x82, 'rr', 'rs rd', 'rd = (rd > rs, unsigned) ? 1 : 0'],
      ['vp-shs-rr', 0x83, 'rr', 'rs rd', 'rd = (rd >= rs, unsigned) ? 1 : 0'],
      [
        'vp-div-rr',
        0x84,
        'rr',
        'rs rd',
        'rd = rd / rs, signed, truncated; traps on rs = 0 and on INT64_MIN / -1',
      ],
      ['vp-div-rr-u', 0x85, 'rr', 'rs rd', 'rd = rd / rs, unsigned; traps on rs = 0'],
      [
        'vp-rem-rr',
        0x86,
        'rr',
        'rs rd',
        'rd = rd % rs, signed (sign of rd); traps on rs = 0; INT64_MIN % -1 = 0',
      ],
      ['vp-rem-rr-u', 0x87, 'rr', 'rs rd', 'rd = rd % rs, unsigned; traps on rs = 0'],
      ['vp-fadd-rr', 0x88, 'rr', 'rs rd', 'double rd = rd + rs'],
      ['vp-fsub-rr', 0x89, 'rr', 'rs rd', 'double rd = rd - rs'],
      ['vp-fmul-rr', 0x8a, 'rr', 'rs rd', 'double rd = rd * rs'],
      ['vp-fdiv-rr', 0x8b, 'rr', 'rs rd', 'double rd = rd / rs'],
      ['vp-fsqrt-rr', 0x8c, 'rr', 'rs rd', 'double rd = sqrt(rs)'],
      ['vp-fneg-rr', 0x8d, 'rr', 'rs rd', 'double rd = -rs (flips the sign bit, NaN payload kept)'],
      ['vp-fabs-rr', 0x8e, 'rr', 'rs rd', 'double rd = |rs| (clears the sign bit, NaN payload kept)'],
      ['vp-fmin-rr', 0x8f, 'rr', 'rs rd', 'double rd = min(rd, rs); NaN if either is NaN; -0 < +0'],
      ['vp-fmax-rr', 0x90, 'rr', 'rs rd', 'double rd = max(rd, rs); NaN if either is NaN; -0 < +0'],
      ['vp-cvt-if', 0x91, 'rr', 'rs rd', 'double rd = signed rs, rounded to nearest even'],
      ['vp-cvt-uf', 0x92, 'rr', 'rs rd', 'double rd = unsigned rs, rounded to nearest even'],
      [
        'vp-cvt-fi',
        0x93,
        'rr',
        'rs rd',
        'rd = double rs truncated to signed 64 bits; saturates; NaN gives 0',
      ],
      [
        'vp-cvt-fu',
        0x94,
        'rr',
        'rs rd',
        'rd = double rs truncated to unsigned 64 bits; saturates; NaN gives 0',
      ],
      ['vp-cvt-sf', 0x95, 'rr', 'rs rd', 'double rd = float32 in the low 32 bits of rs'],
      ['vp-cvt-fs', 0x96, 'rr', 'rs rd', 'rd = double rs rounded to float32, zero-extended bits'],
      ['vp-fseq-rr', 0x97, 'rr', 'rs rd', 'rd = (double rd == rs) ? 1 : 0'],
      ['vp-fsne-rr', 0x98, 'rr', 'rs rd', 'rd = (double rd != rs) ? 1 : 0 (1 if either is NaN)'],
      ['vp-fslt-rr', 0x99, 'rr', 'rs rd', 'rd = (double rd < rs) ? 1 : 0'],
      ['vp-fsle-rr', 0x9a, 'rr', 'rs rd', 'rd = (double rd <= rs) ? 1 : 0'],
      ['vp-fsgt-rr', 0x9b, 'rr', 'rs rd', 'rd = (double rd > rs) ? 1 : 0'],
      ['vp-fsge-rr', 0x9c, 'rr', 'rs rd', 'rd = (double rd >= rs) ? 1 : 0'],
      ['vp-bswap-rr', 0x9d, 'rr', 'rs rd', 'rd = rs with its 8 bytes reversed'],
      ['vp-bswap-rr-i', 0x9e, 'rr', 'rs rd', 'rd = the low 4 bytes of rs reversed, zero-extended'],
      ['vp-bswap-rr-s', 0x9f, 'rr', 'rs rd', 'rd = the low 2 bytes of rs reversed, zero-extended'],
    ],
  },
] as const satisfies readonly Group[];

/** Every mnemonic of the instruction set, as a type. */
export type Mnemonic = (typeof groups)[number]['rows'][number][0];

/** Branch, call and jump targets count words; the address of a data place (`-p` forms' slots) counts bytes. */
function labelUnitOf(mnemonic: string, layout: LayoutName): LabelUnit {
  return layout === 'lr' || layout === 'rl' || mnemonic.endsWith('-p') ? 'bytes' : 'words';
}

/** All instructions, in opcode order. */
export const instructions: readonly InstructionInfo[] = groups
  .flatMap((group: (typeof groups)[number]) =>
    (group.rows as readonly (readonly [Mnemonic, number, LayoutName, string, string])[]).map(
      ([mnemonic, opcode, layout, operands, meaning]): InstructionInfo => ({
        mnemonic,
        opcode,
        layout,
        extension: group.extension,
        operands: operands === '' ? [] : operands.split(' '),
        meaning,
        labelUnit: labelUnitOf(mnemonic, layout),
        endsRun: group.endsRun,
      }),
    ),
  )
  .sort((a, b) => a.opcode - b.opcode);

/** Instruction by opcode (undefined for unused opcodes). */
export const byOpcode: readonly (InstructionInfo | undefined)[] = (() => {
  const table: (InstructionInfo | undefined)[] = new Array<InstructionInfo | undefined>(256).fill(undefined);
  for (const info of instructions) table[info.opcode] = info;
  return table;
})();

/** Instruction by mnemonic. */
export const byMnemonic: ReadonlyMap<string, InstructionInfo> = new Map(
  instructions.map((i) => [i.mnemonic, i]),
);
