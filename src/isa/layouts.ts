// Operand layouts: how each instruction's operands are packed into its 32-bit word and
// extension words. The assembler, disassembler, module verifier and interpreter all decode through here.

/** The kinds of operand an instruction can take. */
export type OperandKind = 'reg' | 'const' | 'label' | 'regs';

/** One operand of a layout: where it lives in the instruction word. */
export interface OperandField {
  readonly kind: OperandKind;
  /** Default name used in documentation, e.g. `rd`. */
  readonly name: string;
  /** Bit position of the field in the first word. */
  readonly shift: number;
  /** Width in bits of the inline field (4 for registers). */
  readonly bits: number;
}

/**
 * Layout names, in the order operands are written (source first, destination last).
 * `c` constant, `l` label, `r` register, `regs` register list.
 */
export const layoutNames = [
  'none',
  'r',
  'rr',
  'rrr',
  'cr',
  'rcr',
  'rrc',
  'lr',
  'rl',
  'crl',
  'rrl',
  'l',
  'rc',
  'c',
  'regs',
  'abi',
  'host',
] as const;

/** A layout name. */
export type LayoutName = (typeof layoutNames)[number];

const reg = (name: string, shift: number): OperandField => ({ kind: 'reg', name, shift, bits: 4 });
const value = (kind: 'const' | 'label', name: string, shift: number, bits: number): OperandField => ({
  kind,
  name,
  shift,
  bits,
});
const regs = (name: string, shift: number): OperandField => ({ kind: 'regs', name, shift, bits: 4 });

/** Every layout's operands in source order. */
export const layouts: Readonly<Record<LayoutName, readonly OperandField[]>> = {
  none: [],
  r: [reg('rd', 8)],
  rr: [reg('rs', 8), reg('rd', 12)],
  rrr: [reg('ra', 8), reg('rb', 12), reg('rc', 16)],
  cr: [value('const', 'c', 16, 16), reg('rd', 8)],
  rcr: [reg('rb', 8), value('const', 'i', 16, 16), reg('rd', 12)],
  rrc: [reg('rs', 8), reg('rb', 12), value('const', 'i', 16, 16)],
  lr: [value('label', 'l', 16, 16), reg('rd', 8)],
  rl: [reg('rs', 8), value('label', 'l', 16, 16)],
  crl: [value('const', 'c', 12, 8), reg('rd', 8), value('label', 'l', 20, 12)],
  rrl: [reg('rs', 8), reg('rd', 12), value('label', 'l', 16, 16)],
  l: [value('label', 'l', 8, 24)],
  rc: [reg('rb', 8), value('const', 'i', 16, 16)],
  c: [value('const', 'c', 8, 24)],
  regs: [regs('regs', 8)],
  abi: [reg('rt', 8), reg('rb', 12), value('const', 'i', 16, 16), regs('args', 0)],
  host: [value('const', 'import', 8, 24), regs('args', 0)],
};

/**
 * How a label operand is measured from the instruction's own address:
 * `words` for branch, call and jump targets (the target must be a word-aligned place in text),
 * `bytes` for data addresses (`vp-lea-p`, `vp-cpy-pr`, `vp-cpy-rp`).
 */
export type LabelUnit = 'words' | 'bytes';

/** The most registers a `regs` operand can hold in a push/pop (count field is 4 bits). */
export const maxPushRegisters = 15;
/** The most argument registers a host call can pass. */
export const maxHostArguments = 7;
