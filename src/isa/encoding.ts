// Encoding and decoding of instruction words: 8-bit opcode in the low byte, 4-bit register fields,
// inline signed value fields whose most negative value escapes to a 64-bit value in two extension words.

import { layouts, maxHostArguments, maxPushRegisters } from './layouts.js';
import { byOpcode, type InstructionInfo } from './table.js';

/** An operand value in source order: a register number, a constant or label offset, or a register list. */
export type OperandValue = number | bigint | readonly number[];

/** A decoded instruction. */
export interface DecodedInstruction {
  readonly info: InstructionInfo;
  /** Operands in source order (labels as offsets from the instruction, in the row's label unit). */
  readonly operands: readonly OperandValue[];
  /** Length in 32-bit words, including extension words. */
  readonly length: number;
}

/** Register names by number: r0..r14 and rsp. */
export const registerNames: readonly string[] = [...Array.from({ length: 15 }, (_, i) => `r${i}`), 'rsp'];

/** Number of the stack pointer register. */
export const RSP = 15;

/** True if v fits the inline field of `bits` bits (the most negative value is the escape). */
export function fitsInline(v: bigint, bits: number): boolean {
  const limit = 1n << BigInt(bits - 1);
  return v > -limit && v < limit;
}

/**
 * Encode one instruction. Value operands whose bit is set in `longOperands` (by operand index) use the
 * extension-word form even when they would fit inline. Throws a RangeError on operands that do not fit.
 */
export function encode(info: InstructionInfo, operands: readonly OperandValue[], longOperands = 0): number[] {
  const fields = layouts[info.layout];
  if (operands.length !== fields.length) {
    throw new RangeError(`${info.mnemonic} takes ${fields.length} operands, got ${operands.length}`);
  }
  let word = info.opcode;
  const ext: number[] = [];
  let tail: number[] = [];
  fields.forEach((field, index) => {
    const operand = operands[index];
    switch (field.kind) {
      case 'reg': {
        if (typeof operand !== 'number' || operand < 0 || operand > 15) throw new RangeError('bad register');
        word |= operand << field.shift;
        break;
      }
      case 'const':
      case 'label': {
        if (typeof operand !== 'bigint') throw new RangeError('expected a value');
        if (operand < -(1n << 63n) || operand >= 1n << 64n) throw new RangeError('value outside 64 bits');
        const v = BigInt.asIntN(64, operand);
        if (fitsInline(v, field.bits) && (longOperands & (1 << index)) === 0) {
          word |= (Number(v) & ((1 << field.bits) - 1)) << field.shift;
        } else {
          const escape = 1 << (field.bits - 1);
          word |= escape << field.shift;
          const u = BigInt.asUintN(64, v);
          ext.push(Number(u & 0xffffffffn) | 0, Number(u >> 32n) | 0);
        }
        break;
      }
      case 'regs': {
        if (!Array.isArray(operand)) throw new RangeError('expected a register list');
        const list = operand as readonly number[];
        if (list.some((r) => !Number.isInteger(r) || r < 0 || r > 15)) throw new RangeError('bad register');
        if (info.layout === 'regs') {
          if (list.length < 1 || list.length > maxPushRegisters) throw new RangeError('bad register count');
          word |= list.length << 8;
          list.slice(0, 5).forEach((r, i) => (word |= r << (12 + 4 * i)));
          for (let at = 5; at < list.length; at += 8) {
            let extWord = 0;
            list.slice(at, at + 8).forEach((r, i) => (extWord |= r << (4 * i)));
            tail.push(extWord | 0);
          }
        } else {
          if (list.length > maxHostArguments) throw new RangeError('too many argument registers');
          let extWord = list.length;
          list.forEach((r, i) => (extWord |= r << (4 + 4 * i)));
          tail = [extWord | 0];
        }
        break;
      }
    }
  });
  return [word | 0, ...ext, ...tail];
}

/**
 * Decode the instruction at `index` of `words`. Returns undefined for an invalid opcode, a malformed
 * register list, or an instruction running past the end of `words`.
 */
export function decode(words: ArrayLike<number>, index: number): DecodedInstruction | undefined {
  if (index < 0 || index >= words.length) return undefined;
  const word = words[index]! | 0;
  const info = byOpcode[word & 0xff];
  if (info === undefined) return undefined;
  let next = index + 1;
  const operands: OperandValue[] = [];
  for (const field of layouts[info.layout]) {
    switch (field.kind) {
      case 'reg':
        operands.push((word >>> field.shift) & 15);
        break;
      case 'const':
      case 'label': {
        const raw = (word << (32 - field.shift - field.bits)) >> (32 - field.bits);
        if (raw === -(1 << (field.bits - 1))) {
          if (next + 2 > words.length) return undefined;
          const lo = BigInt(words[next]! >>> 0);
          const hi = BigInt(words[next + 1]! >>> 0);
          operands.push(BigInt.asIntN(64, (hi << 32n) | lo));
          next += 2;
        } else {
          operands.push(BigInt(raw));
        }
        break;
      }
      case 'regs': {
        const list: number[] = [];
        if (info.layout === 'regs') {
          const count = (word >>> 8) & 15;
          if (count === 0) return undefined;
          for (let i = 0; i < Math.min(count, 5); i++) list.push((word >>> (12 + 4 * i)) & 15);
          for (let at = 5; at < count; at += 8) {
            if (next >= words.length) return undefined;
            const extWord = words[next++]! | 0;
            for (let i = 0; i < Math.min(8, count - at); i++) list.push((extWord >>> (4 * i)) & 15);
          }
        } else {
          if (next >= words.length) return undefined;
          const extWord = words[next++]! | 0;
          const count = extWord & 15;
          if (count > maxHostArguments) return undefined;
          for (let i = 0; i < count; i++) list.push((extWord >>> (4 + 4 * i)) & 15);
        }
        operands.push(list);
        break;
      }
    }
  }
  return { info, operands, length: next - index };
}
