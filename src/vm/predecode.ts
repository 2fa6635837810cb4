// Predecoding of the read-only text: per word index, the instruction's first value operand, branch
// target, length and fuel run, so that the interpreter's cases never decode extension words themselves.

import { decode, layouts, textBase } from '../isa/index.js';

/** Per-word tables over the text segment. Index n (one past the last word) is a sentinel that traps. */
export interface DecodedText {
  /** Number of words of text. */
  readonly words: number;
  /** Text words, with words that do not decode replaced by 0 (an invalid instruction), plus one zero word at
   * index `words`. */
  readonly code: Int32Array;
  /** The text words as they are in the module (extension words and data included), for decoding. */
  readonly original: Int32Array;
  /** First value operand as a 64-bit integer; for byte-unit labels, the absolute address. */
  readonly constants: BigInt64Array;
  /** The same value as a number when it fits in int32, else NaN (which fails every fast range check). */
  readonly smallConstants: Float64Array;
  /** The first value operand mod 64, for shift counts. */
  readonly shifts: Uint8Array;
  /** Target word index of word-unit labels (branches, calls, jumps); `words` when outside text. */
  readonly targets: Int32Array;
  /** Instruction length in words (1 for words that do not decode). */
  readonly lengths: Uint8Array;
  /** Instructions from here up to and including the next one that ends a run (the fuel charged on entry). */
  readonly runs: Int32Array;
  /** At each word where a call instruction ends (a possible return address): 1 + the call's word index, else 0. */
  readonly callBefore: Int32Array;
}

/** Predecode a text segment (its length is a multiple of 4). */
export function predecode(text: Uint8Array): DecodedText {
  const words = text.length >>> 2;
  const code = new Int32Array(words + 1);
  const view = new DataView(text.buffer, text.byteOffset, text.length);
  for (let i = 0; i < words; i++) code[i] = view.getInt32(i * 4, true);
  const original = code.slice(0, words);
  const constants = new BigInt64Array(words + 1);
  const smallConstants = new Float64Array(words + 1);
  const shifts = new Uint8Array(words + 1);
  const targets = new Int32Array(words + 1).fill(words);
  const lengths = new Uint8Array(words + 1).fill(1);
  const runs = new Int32Array(words + 1);
  const callBefore = new Int32Array(words + 2);
  const endsRun = new Uint8Array(words + 1);
  endsRun[words] = 1;
  for (let i = 0; i < words; i++) {
    const decoded = decode(original, i);
    if (decoded === undefined) {
      // Invalid, malformed (e.g. an empty register list) or truncated: opcode 0 makes every loop trap on it.
      code[i] = 0;
      endsRun[i] = 1;
      continue;
    }
    const { info, operands, length } = decoded;
    lengths[i] = length;
    endsRun[i] = info.endsRun ? 1 : 0;
    const fields = layouts[info.layout];
    let firstValue = true;
    for (const [index, field] of fields.entries()) {
      if (field.kind !== 'const' && field.kind !== 'label') continue;
      const value = operands[index] as bigint;
      if (field.kind === 'label' && info.labelUnit === 'words') {
        const target = BigInt(i) + value;
        targets[i] = target >= 0n && target <= BigInt(words) ? Number(target) : words;
        continue;
      }
      if (!firstValue) continue;
      firstValue = false;
      const stored = field.kind === 'label' ? BigInt.asIntN(64, BigInt(textBase + i * 4) + value) : value;
      constants[i] = stored;
      smallConstants[i] = stored >= -(1n << 31n) && stored < 1n << 31n ? Number(stored) : NaN;
      shifts[i] = Number(BigInt.asUintN(6, stored));
    }
    if (info.mnemonic.startsWith('vp-call') && info.layout !== 'abi' && info.layout !== 'host') {
      callBefore[i + length] = i + 1;
    }
  }
  for (let i = words; i >= 0; i--) {
    const next = i + lengths[i]!;
    runs[i] = endsRun[i] === 1 || next > words ? 1 : 1 + runs[next]!;
  }
  return { words, code, original, constants, smallConstants, shifts, targets, lengths, runs, callBefore };
}
