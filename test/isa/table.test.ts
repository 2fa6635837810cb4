// The instruction table is consistent (unique opcodes and mnemonics, known layouts, fields that do not
// overlap), docs/ISA.md is the rendering of it, and every instruction survives encode -> decode.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  byMnemonic,
  byOpcode,
  decode,
  encode,
  fitsInline,
  instructions,
  layoutNames,
  layouts,
  maxHostArguments,
  maxPushRegisters,
  registerNames,
  RSP,
  type InstructionInfo,
  type OperandField,
  type OperandValue,
} from '../../src/isa/index.js';
import { renderIsaReference } from '../../src/isa/doc.js';

const int64Min = -(1n << 63n);
const int64Max = (1n << 63n) - 1n;

test('opcodes are unique, non-zero and fit in the low byte', () => {
  const seen = new Map<number, string>();
  for (const info of instructions) {
    assert.ok(Number.isInteger(info.opcode) && info.opcode > 0 && info.opcode <= 0xff, info.mnemonic);
    const other = seen.get(info.opcode);
    assert.equal(
      other,
      undefined,
      `${info.mnemonic} reuses opcode 0x${info.opcode.toString(16)} of ${other}`,
    );
    seen.set(info.opcode, info.mnemonic);
  }
  assert.equal(byOpcode[0], undefined, 'opcode 0 must stay invalid so that zeroed memory traps');
});

test('mnemonics are unique and follow the vp- naming', () => {
  const names = instructions.map((i) => i.mnemonic);
  assert.equal(new Set(names).size, names.length);
  for (const name of names) assert.match(name, /^vp-[a-z0-9]+(-[a-z]+)*$/);
});

test('instructions are listed in opcode order and the lookup tables agree with the list', () => {
  for (let i = 1; i < instructions.length; i++) {
    assert.ok(instructions[i - 1]!.opcode < instructions[i]!.opcode);
  }
  assert.equal(byMnemonic.size, instructions.length);
  for (const info of instructions) {
    assert.equal(byOpcode[info.opcode], info);
    assert.equal(byMnemonic.get(info.mnemonic), info);
  }
  assert.equal(byOpcode.filter((i) => i !== undefined).length, instructions.length);
});

test('every instruction has a known layout and names each of its operands', () => {
  for (const info of instructions) {
    assert.ok((layoutNames as readonly string[]).includes(info.layout), `${info.mnemonic}: ${info.layout}`);
    assert.equal(info.operands.length, layouts[info.layout].length, info.mnemonic);
    assert.ok(info.meaning.length > 0, info.mnemonic);
    const hasLabel = layouts[info.layout].some((f) => f.kind === 'label');
    if (hasLabel) {
      // Data addresses count bytes, control transfers count words.
      const bytes = info.layout === 'lr' || info.layout === 'rl' || info.mnemonic.endsWith('-p');
      assert.equal(info.labelUnit, bytes ? 'bytes' : 'words', info.mnemonic);
    }
  }
  assert.deepEqual(Object.keys(layouts).sort(), [...layoutNames].sort());
});

test('every layout keeps its inline fields inside bits 8-31 without overlap', () => {
  for (const name of layoutNames) {
    let used = 0xff; // the opcode byte
    for (const field of layouts[name]) {
      if (field.kind === 'regs') continue; // register lists use their own bits and extension words
      assert.ok(field.shift >= 8 && field.shift + field.bits <= 32, `${name}.${field.name}`);
      assert.equal(field.kind === 'reg', field.bits === 4, `${name}.${field.name}`);
      const mask = ((1 << field.bits) - 1) << field.shift;
      assert.equal(used & mask, 0, `${name}.${field.name} overlaps another field`);
      used |= mask;
    }
  }
});

test('registers are r0..r14 and rsp', () => {
  assert.equal(registerNames.length, 16);
  assert.equal(registerNames[RSP], 'rsp');
  assert.deepEqual(
    registerNames.slice(0, 15),
    Array.from({ length: 15 }, (_, i) => `r${i}`),
  );
});

test('docs/ISA.md is up to date with the instruction table (run `npm run gen` if not)', () => {
  const path = new URL('../../../docs/ISA.md', import.meta.url);
  assert.equal(readFileSync(path, 'utf8'), renderIsaReference());
});

test('docs/ISA.md lists every instruction with its opcode', () => {
  const text = renderIsaReference();
  for (const info of instructions) {
    const hex = `0x${info.opcode.toString(16).padStart(2, '0')}`;
    assert.ok(text.includes(`| ${hex} | \`${info.mnemonic}`), info.mnemonic);
  }
});

// ---- encode / decode ----

/** Values around the inline limit of a `bits`-wide field, and across the whole 64-bit range. */
function valueArbitrary(bits: number): fc.Arbitrary<bigint> {
  const limit = 1n << BigInt(bits - 1);
  return fc.oneof(
    fc.bigInt(-limit + 1n, limit - 1n), // inline
    fc.constantFrom(-limit, limit, -limit + 1n, limit - 1n, -limit - 1n, 0n, -1n), // edges and the escape
    fc.bigInt(-(limit * 4n), limit * 4n), // just beyond the field
    fc.bigInt(int64Min, int64Max), // anything
    fc.constantFrom(int64Min, int64Max),
  );
}

const register = fc.integer({ min: 0, max: 15 });

function operandArbitrary(info: InstructionInfo, field: OperandField): fc.Arbitrary<OperandValue> {
  switch (field.kind) {
    case 'reg':
      return register;
    case 'const':
    case 'label':
      return valueArbitrary(field.bits);
    case 'regs':
      return info.layout === 'regs'
        ? fc.array(register, { minLength: 1, maxLength: maxPushRegisters })
        : fc.array(register, { minLength: 0, maxLength: maxHostArguments });
  }
}

/** Random operands for one instruction, and a random choice of operands forced to the long form. */
function instanceArbitrary(info: InstructionInfo): fc.Arbitrary<[readonly OperandValue[], number]> {
  return fc.tuple(
    fc.tuple(...layouts[info.layout].map((f) => operandArbitrary(info, f))),
    fc.oneof(fc.constant(0), fc.nat(0xffff)),
  );
}

/** The number of extension words encode must add for these operands. */
function expectedLength(
  info: InstructionInfo,
  operands: readonly OperandValue[],
  longOperands: number,
): number {
  let words = 1;
  layouts[info.layout].forEach((field, i) => {
    const operand = operands[i]!;
    if (field.kind === 'const' || field.kind === 'label') {
      const long = !fitsInline(operand as bigint, field.bits) || (longOperands & (1 << i)) !== 0;
      if (long) words += 2;
    } else if (field.kind === 'regs') {
      const count = (operand as readonly number[]).length;
      words += info.layout === 'regs' ? Math.ceil(Math.max(0, count - 5) / 8) : 1;
    }
  });
  return words;
}

test('encode -> decode gives back every instruction and its operands', () => {
  for (const info of instructions) {
    fc.assert(
      fc.property(
        instanceArbitrary(info),
        fc.array(fc.integer(), { maxLength: 3 }),
        ([operands, long], junk) => {
          const words = encode(info, operands, long);
          assert.equal(words.length, expectedLength(info, operands, long));
          for (const w of words) assert.ok(Number.isInteger(w) && w >= -(2 ** 31) && w < 2 ** 31);
          assert.equal(words[0]! & 0xff, info.opcode);
          // Decode from the middle of a longer stream: the length must stop at the instruction's end.
          const stream = Int32Array.from([0x12345678, ...words, ...junk]);
          const decoded = decode(stream, 1);
          assert.ok(decoded !== undefined);
          assert.equal(decoded.info, info);
          assert.equal(decoded.length, words.length);
          assert.deepEqual(decoded.operands, operands);
          // The escape marks which values were long, so re-encoding with the same choice gives the same words.
          assert.deepEqual(encode(info, decoded.operands, long), words);
        },
      ),
      { numRuns: 60, includeErrorInReport: true },
    );
  }
});

test('encode -> decode of every instruction with operands just past each inline field', () => {
  for (const info of instructions) {
    const fields = layouts[info.layout];
    for (const [index, field] of fields.entries()) {
      if (field.kind !== 'const' && field.kind !== 'label') continue;
      const limit = 1n << BigInt(field.bits - 1);
      for (const value of [limit - 1n, limit, -limit + 1n, -limit, int64Min, int64Max]) {
        const operands = fields.map((f, i): OperandValue => {
          if (i === index) return value;
          if (f.kind === 'reg') return 15 - i;
          if (f.kind === 'regs') return info.layout === 'regs' ? [1] : [];
          return 1n;
        });
        const words = encode(info, operands);
        const inline = fitsInline(value, field.bits);
        assert.equal(words.length - expectedLength(info, operands, 0), 0, `${info.mnemonic} ${value}`);
        assert.equal(
          (words[0]! << (32 - field.shift - field.bits)) >> (32 - field.bits) === -Number(limit),
          !inline,
        );
        assert.deepEqual(decode(words, 0)?.operands, operands, `${info.mnemonic} ${value}`);
      }
    }
  }
});

test('register lists of every allowed length round trip (push/pop 1..15, host arguments 0..7)', () => {
  const lists = (count: number): number[] => Array.from({ length: count }, (_, i) => (i * 7 + 3) & 15);
  for (const mnemonic of ['vp-push', 'vp-pop'] as const) {
    const info = byMnemonic.get(mnemonic)!;
    for (let count = 1; count <= maxPushRegisters; count++) {
      const words = encode(info, [lists(count)]);
      assert.equal(words.length, 1 + Math.ceil(Math.max(0, count - 5) / 8));
      assert.deepEqual(decode(words, 0), { info, operands: [lists(count)], length: words.length });
    }
  }
  for (const mnemonic of ['vp-call-host', 'vp-call-abi'] as const) {
    const info = byMnemonic.get(mnemonic)!;
    for (let count = 0; count <= maxHostArguments; count++) {
      const operands: OperandValue[] =
        info.layout === 'host' ? [5n, lists(count)] : [RSP, 14, -8n, lists(count)];
      const words = encode(info, operands);
      assert.equal(words.length, 2);
      assert.deepEqual(decode(words, 0)?.operands, operands);
    }
  }
});

test('a value given as an unsigned 64-bit number decodes as the same bits, signed', () => {
  const info = byMnemonic.get('vp-cpy-cr')!;
  const words = encode(info, [0xffff_ffff_ffff_fff0n, 3]);
  assert.deepEqual(decode(words, 0)?.operands, [-16n, 3]);
  const top = encode(info, [0x8000_0000_0000_0000n, 3]);
  assert.deepEqual(decode(top, 0)?.operands, [int64Min, 3]);
});

test('encode rejects operands that cannot be encoded', () => {
  const get = (m: string): InstructionInfo => byMnemonic.get(m)!;
  assert.throws(() => encode(get('vp-cpy-rr'), [0]), RangeError);
  assert.throws(() => encode(get('vp-cpy-rr'), [0, 16]), RangeError);
  assert.throws(() => encode(get('vp-cpy-rr'), [-1, 0]), RangeError);
  assert.throws(() => encode(get('vp-cpy-cr'), [1n << 64n, 0]), RangeError);
  assert.throws(() => encode(get('vp-cpy-cr'), [int64Min - 1n, 0]), RangeError);
  assert.throws(() => encode(get('vp-cpy-cr'), [1, 0]), RangeError);
  assert.throws(() => encode(get('vp-push'), [[]]), RangeError);
  assert.throws(() => encode(get('vp-push'), [Array.from({ length: 16 }, () => 0)]), RangeError);
  assert.throws(() => encode(get('vp-call-host'), [0n, Array.from({ length: 8 }, () => 0)]), RangeError);
  assert.throws(() => encode(get('vp-call-host'), [0n, [16]]), RangeError);
});

test('decode rejects unknown opcodes, empty register lists and truncated instructions', () => {
  const used = new Set(instructions.map((i) => i.opcode));
  for (let opcode = 0; opcode < 256; opcode++) {
    if (!used.has(opcode))
      assert.equal(decode([opcode | 0x1234500], 0), undefined, `0x${opcode.toString(16)}`);
  }
  assert.equal(decode([byMnemonic.get('vp-push')!.opcode], 0), undefined, 'zero registers');
  for (const inst of [
    encode(byMnemonic.get('vp-cpy-cr')!, [1n << 40n, 1]),
    encode(byMnemonic.get('vp-push')!, [Array.from({ length: 13 }, () => 1)]),
    encode(byMnemonic.get('vp-call-host')!, [1n, [1, 2]]),
    encode(byMnemonic.get('vp-call-abi')!, [1, 2, 1n << 20n, [1, 2]]),
  ]) {
    assert.ok(decode(inst, 0) !== undefined);
    for (let cut = 1; cut < inst.length; cut++) assert.equal(decode(inst.slice(0, cut), 0), undefined);
  }
  const tooMany = encode(byMnemonic.get('vp-call-host')!, [1n, [1]]);
  tooMany[1] = (tooMany[1]! & ~15) | (maxHostArguments + 1);
  assert.equal(decode(tooMany, 0), undefined);
  assert.equal(decode([1], 1), undefined);
  assert.equal(decode([1], -1), undefined);
});
