// Test material for the assembler: a fast-check arbitrary of valid assembly programs drawn from the
// instruction table (every layout, registers, constants of every size, labels, data, bss, imports, exports).

import fc from 'fast-check';
import {
  instructions,
  layouts,
  maxHostArguments,
  maxPushRegisters,
  registerNames,
  type InstructionInfo,
  type OperandField,
} from '../../src/isa/index.js';

/** A generated program (an object, so that fast-check prints its source readably). */
export interface Program {
  readonly source: string;
}

/** The names a program may refer to, fixed before its items are drawn so that every reference resolves. */
interface Names {
  /** Word-aligned places in text: functions and code labels. */
  readonly code: readonly string[];
  /** Every label: code, data in text, data, bss and import slots. */
  readonly any: readonly string[];
  readonly imports: readonly string[];
  readonly constants: readonly string[];
}

const int64Min = -(1n << 63n);
const uint64Max = (1n << 64n) - 1n;

/** Write a number in one of the notations the assembler reads. */
function numberText(value: bigint, style: number): string {
  const sign = value < 0n ? '-' : '';
  const magnitude = value < 0n ? -value : value;
  switch (style % 4) {
    case 1:
      return `${sign}0x${magnitude.toString(16)}`;
    case 2:
      return magnitude < 1n << 20n ? `${sign}0b${magnitude.toString(2)}` : value.toString();
    case 3:
      return magnitude >= 1000n
        ? `${sign}${magnitude.toString().replace(/\B(?=(\d{3})+$)/g, '_')}`
        : value.toString();
    default:
      return value.toString();
  }
}

/** A constant operand for a field of `bits` bits: inline values, edges of the field, and 64-bit values. */
function constantText(bits: number, names: Names): fc.Arbitrary<string> {
  const limit = 1n << BigInt(bits - 1);
  const literal = fc
    .tuple(
      fc.oneof(
        { weight: 4, arbitrary: fc.bigInt(-limit + 1n, limit - 1n) },
        { weight: 2, arbitrary: fc.constantFrom(-limit, limit, limit - 1n, -limit + 1n, 0n, -1n) },
        { weight: 2, arbitrary: fc.bigInt(int64Min, uint64Max) },
        { weight: 1, arbitrary: fc.constantFrom(int64Min, uint64Max, (1n << 63n) - 1n, 1n << 32n) },
      ),
      fc.nat(3),
    )
    .map(([value, style]) => numberText(value, style));
  const options: fc.WeightedArbitrary<string>[] = [
    { weight: 8, arbitrary: literal },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: -100, max: 100 }), fc.integer({ min: 1, max: 9 }))
        .map(([a, b]) => `(+ ${a} (* ${b} 2))`),
    },
  ];
  if (names.constants.length > 0) options.push({ weight: 1, arbitrary: fc.constantFrom(...names.constants) });
  if (names.code.length > 1) {
    // A label difference: a size known only once the code is laid out.
    options.push({
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...names.code), fc.constantFrom(...names.code))
        .map(([a, b]) => `(- '${a} '${b})`),
    });
  }
  return fc.oneof(...options);
}

const register = fc.constantFrom(...registerNames);

function operandText(info: InstructionInfo, field: OperandField, names: Names): fc.Arbitrary<string> {
  switch (field.kind) {
    case 'reg':
      return register;
    case 'regs':
      return info.layout === 'regs'
        ? fc.array(register, { minLength: 1, maxLength: maxPushRegisters }).map((rs) => rs.join(' '))
        : fc.array(register, { minLength: 0, maxLength: maxHostArguments }).map((rs) => `(${rs.join(' ')})`);
    case 'label':
      if (info.labelUnit === 'words') return fc.constantFrom(...names.code).map((l) => `'${l}`);
      return fc.oneof(
        fc.constantFrom(...names.any).map((l) => `'${l}`),
        fc
          .tuple(fc.constantFrom(...names.any), fc.integer({ min: 1, max: 40 }))
          .map(([l, k]) => `(+ '${l} ${k})`),
      );
    case 'const':
      if (info.layout === 'host') {
        return names.imports.length > 0
          ? fc.constantFrom(...names.imports).map((l) => `'${l}`)
          : fc.nat(50).map(String);
      }
      return constantText(field.bits, names);
  }
}

function instructionText(names: Names): fc.Arbitrary<string> {
  return fc.constantFrom(...instructions).chain((info) => {
    const fields = layouts[info.layout];
    if (fields.length === 0) return fc.constant(`  (${info.mnemonic})`);
    return fc
      .tuple(...fields.map((f) => operandText(info, f, names)))
      .map((parts) => `  (${[info.mnemonic, ...parts].join(' ')})`);
  });
}

/** A string literal with plain text, escapes and multi-byte UTF-8. */
const stringLiteral = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('a', 'B', 'z', ' ', '0', '~', '(', ')', ';', "'") },
      { weight: 2, arbitrary: fc.constantFrom('\\n', '\\t', '\\\\', '\\"', '\\0', '\\r', '\\e', "\\'") },
      { weight: 1, arbitrary: fc.nat(255).map((b) => `\\x${b.toString(16).padStart(2, '0')}`) },
      { weight: 1, arbitrary: fc.constantFrom('é', 'ß', '€', '日本', '😀') },
    ),
    { minLength: 1, maxLength: 24 },
  )
  .map((parts) => `"${parts.join('')}"`);

/** Values for `vp-byte` .. `vp-long`: anything that fits the width, signed or unsigned, or an address. */
function dataItemText(names: Names): fc.Arbitrary<string> {
  const widths = [
    ['vp-byte', 8n],
    ['vp-short', 16n],
    ['vp-int', 32n],
    ['vp-long', 64n],
  ] as const;
  const values = fc
    .tuple(fc.constantFrom(...widths), fc.integer({ min: 1, max: 6 }))
    .chain(([[directive, bits], count]) =>
      fc
        .array(
          fc.oneof(
            fc.bigInt(-(1n << (bits - 1n)), (1n << bits) - 1n).map(String),
            bits === 64n ? fc.constantFrom(...names.any).map((l) => `'${l}`) : fc.constant('0'),
          ),
          { minLength: count, maxLength: count },
        )
        .map((vs) => `  (${directive} ${vs.join(' ')})`),
    );
  return fc.oneof(
    { weight: 4, arbitrary: values },
    { weight: 2, arbitrary: stringLiteral.map((s) => `  (vp-string ${s})`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(1, 2, 4, 8, 16, 32), fc.nat(255))
        .map(([a, fill]) => `  (vp-align ${a} ${fill})`),
    },
  );
}

/** Build a program from counts of each kind of name. */
function programFrom(counts: {
  functions: number;
  codeLabels: number;
  textData: number;
  data: number;
  bss: number;
  imports: number;
  constants: number;
}): fc.Arbitrary<Program> {
  const fnNames = Array.from({ length: counts.functions }, (_, i) => `fn${i}`);
  const codeLabels = Array.from({ length: counts.codeLabels }, (_, i) => `L${i}`);
  const textData = Array.from({ length: counts.textData }, (_, i) => `tdata${i}`);
  const dataLabels = Array.from({ length: counts.data }, (_, i) => `d${i}`);
  const bssLabels = Array.from({ length: counts.bss }, (_, i) => `b${i}`);
  const importLabels = Array.from({ length: counts.imports }, (_, i) => `imp${i}`);
  const constants = Array.from({ length: counts.constants }, (_, i) => `K${i}`);
  const names: Names = {
    code: [...fnNames, ...codeLabels],
    any: [...fnNames, ...codeLabels, ...textData, ...dataLabels, ...bssLabels, ...importLabels],
    imports: importLabels,
    constants,
  };
  // Mostly instructions; sometimes alignment padding, or a gap of zeroes big enough that branches and
  // data addresses across it need extension words (the crl label field reaches only 8 KiB).
  const instruction = fc.oneof(
    { weight: 120, arbitrary: instructionText(names) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(4, 8, 16, 64, 256), fc.nat(255))
        .map(([a, fill]) => `  (vp-align ${a} ${fill})`),
    },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 64 }).map((n) => `  (space ${n})`) },
    { weight: 1, arbitrary: fc.constantFrom(8200, 33_000, 140_000).map((n) => `  (space ${n})`) },
  );
  // Each function starts with an instruction; code labels are placed among its items below.
  const functionBodies = fc.array(
    fc
      .tuple(instructionText(names), fc.array(instruction, { maxLength: 11 }))
      .map(([first, rest]) => [first, ...rest]),
    {
      minLength: counts.functions,
      maxLength: counts.functions,
    },
  );
  const codeLabelPlaces = fc.array(fc.nat(), { minLength: counts.codeLabels, maxLength: counts.codeLabels });
  const textDataItems = fc.array(dataItemText(names), {
    minLength: counts.textData,
    maxLength: counts.textData,
  });
  const dataItems = fc.array(fc.array(dataItemText(names), { minLength: 1, maxLength: 3 }), {
    minLength: counts.data,
    maxLength: counts.data,
  });
  const bssItems = fc.array(
    fc.oneof(
      fc.integer({ min: 1, max: 300 }).map((n) => `  (space ${n})`),
      fc.constantFrom(1, 8, 16, 64).map((a) => `  (vp-align ${a})\n  (space 8)`),
    ),
    { minLength: counts.bss, maxLength: counts.bss },
  );
  const constantValues = fc.array(fc.tuple(fc.bigInt(int64Min, uint64Max), fc.nat(3), fc.boolean()), {
    minLength: counts.constants,
    maxLength: counts.constants,
  });
  const importKinds = fc.array(fc.boolean(), { minLength: counts.imports, maxLength: counts.imports });
  const exports = fc.subarray(names.any.filter((n) => !n.startsWith('imp')));
  // Text symbols keep kinds that agree with their contents: the disassembler reads code or data from the
  // kind, so exporting a function as 'data' (say) cannot survive disassembly. Elsewhere any kind goes.
  const exportKinds = exports.chain((chosen) =>
    fc
      .tuple(
        ...chosen.map((name) =>
          fc.constantFrom(
            ...(name.startsWith('fn')
              ? ['', " 'procedure"]
              : name.startsWith('L')
                ? ['', " 'label"]
                : name.startsWith('tdata')
                  ? ['', " 'data", " 'string"]
                  : ['', " 'procedure", " 'label", " 'data", " 'string"]),
          ),
        ),
      )
      .map((kinds) => chosen.map((name, i) => `${name}${kinds[i]}`)),
  );
  return fc
    .record({
      functionBodies,
      codeLabelPlaces,
      textDataItems,
      dataItems,
      bssItems,
      constantValues,
      importKinds,
      exports: exportKinds,
      entry: fc.option(fc.constantFrom(...fnNames), { nil: undefined }),
      program: fc.option(fc.tuple(fc.nat(), fc.nat(100)), { nil: undefined }),
    })
    .map((r): Program => {
      const lines: string[] = ['(module "generated")'];
      if (r.program !== undefined) lines.push(`(program ${r.program[0]} ${r.program[1]})`);
      r.constantValues.forEach(([value, style, expression], i) => {
        // A later constant may refer to an earlier one (xor with a small number stays in range).
        const small = ((value % 1000n) + 1000n) % 1000n;
        const text =
          expression && i > 0 ? `(^ K${i - 1} ${numberText(small, style)})` : numberText(value, style);
        lines.push(`(const '${constants[i]} ${text})`);
      });
      r.importKinds.forEach((procedure, i) => {
        lines.push(`(import '${importLabels[i]} "lib${i}.f${i}"${procedure ? " 'procedure" : ''})`);
      });
      r.exports.forEach((exported) => lines.push(`(export '${exported})`));
      if (r.entry !== undefined) lines.push(`(entry '${r.entry})`);
      lines.push("(section 'text)");
      // Code labels go before the item at index place % (number of items), or if that is padding, before
      // the next instruction, so that they stay word-aligned places with code after them.
      const total = r.functionBodies.reduce((n, body) => n + body.length, 0);
      const labelsBefore = new Map<number, string[]>();
      r.codeLabelPlaces.forEach((place, i) => {
        const at = place % total;
        labelsBefore.set(at, [...(labelsBefore.get(at) ?? []), codeLabels[i]!]);
      });
      let index = 0;
      let pending: string[] = [];
      r.functionBodies.forEach((body, f) => {
        lines.push(`(function '${fnNames[f]})`);
        for (const inst of body) {
          pending.push(...(labelsBefore.get(index) ?? []));
          if (!isPadding(inst)) {
            for (const l of pending) lines.push(`(vp-label '${l})`);
            pending = [];
          }
          lines.push(inst);
          index++;
        }
        if (f === r.functionBodies.length - 1 && pending.length > 0) {
          for (const l of pending) lines.push(`(vp-label '${l})`);
          lines.push('  (vp-ret)');
        }
        // Data in text after the last function's code.
        if (f === r.functionBodies.length - 1) {
          r.textDataItems.forEach((item, i) => lines.push(`(vp-label '${textData[i]})`, item));
        }
      });
      lines.push("(section 'data)");
      r.dataItems.forEach((items, i) => lines.push(`(vp-label '${dataLabels[i]})`, ...items));
      lines.push("(section 'bss)");
      r.bssItems.forEach((item, i) => lines.push(`(vp-label '${bssLabels[i]})`, item));
      return { source: `${lines.join('\n')}\n` };
    });
}

function isPadding(item: string): boolean {
  return item.startsWith('  (space') || item.startsWith('  (vp-align');
}

/** Random valid programs: 1-4 functions, labels, data in text, data, bss, imports, constants and exports. */
export const programArbitrary: fc.Arbitrary<Program> = fc
  .record({
    functions: fc.integer({ min: 1, max: 4 }),
    codeLabels: fc.integer({ min: 0, max: 6 }),
    textData: fc.integer({ min: 0, max: 2 }),
    data: fc.integer({ min: 0, max: 4 }),
    bss: fc.integer({ min: 0, max: 3 }),
    imports: fc.integer({ min: 0, max: 4 }),
    constants: fc.integer({ min: 0, max: 3 }),
  })
  .chain(programFrom);
