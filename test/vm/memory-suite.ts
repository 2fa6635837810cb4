// Memory instructions against the reference model: loads of every width with sign or zero extension (-ir, -dr,
// -pr), stores writing only their bytes (-ri, -rd, -rp), address arithmetic (lea), bulk copy and fill, push,
// pop, alloc and free, and the traps for null, out-of-bounds, text and stack-limit accesses.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dataBaseFor, textBase } from '../../src/isa/index.js';
import {
  assertHalted,
  assertNoFailures,
  assertTrap,
  describeResult,
  labelAddress,
  memorySize,
  program,
  reg,
  run,
  runProgramBatch,
  type ProgramCase,
} from './harness.js';
import { INT64_MAX, INT64_MIN, accessTrap, loadBytes, roundUp8, s64, storeBytes, u64 } from './reference.js';
import { int64, integerEdges } from './values.js';

type Width = 1 | 2 | 4 | 8;

/** Width and signedness of each load suffix. */
const loadSuffixes: readonly (readonly [suffix: string, width: Width, signed: boolean])[] = [
  ['', 8, true],
  ['-b', 1, true],
  ['-s', 2, true],
  ['-i', 4, true],
  ['-ub', 1, false],
  ['-us', 2, false],
  ['-ui', 4, false],
];
const storeSuffixes: readonly (readonly [suffix: string, width: Width])[] = [
  ['', 8],
  ['-b', 1],
  ['-s', 2],
  ['-i', 4],
];

/** Index offsets: inline, negative, at and past the 16-bit inline field's limits, and far off (wrapping). */
const offsets: readonly bigint[] = [
  0n,
  1n,
  -1n,
  7n,
  -8n,
  32767n,
  -32767n,
  32768n,
  -32768n,
  100000n,
  1n << 40n,
  -(1n << 40n),
  INT64_MIN,
  INT64_MAX,
];

/** The bytes of the data buffer the loads read: sign bits set and clear at every width. */
const pattern: Uint8Array = Uint8Array.from({ length: 96 }, (_, i) =>
  i < 16
    ? [0x80, 0x7f, 0xff, 0x00, 0x01, 0xfe, 0x80, 0x00, 0x7f, 0xff, 0xff, 0x7f, 0x00, 0x80, 0x00, 0x00][i]!
    : (i * 167 + 0x35) & 0xff,
);
const patternData = `(section 'data)\n(vp-align 8)\n(vp-byte 0x11 0x22 0x33)\n(vp-label 'buf)\n(vp-byte ${[...pattern].join(' ')})`;

/** Registers for case k: base, index and destination (the destination sometimes equal to the base or index). */
function loadRegisters(k: number): { base: number; index: number; target: number } {
  const base = k % 13;
  const index = (k + 5) % 13;
  const target = k % 5 === 0 ? base : k % 7 === 0 ? index : (k + 9) % 13;
  return { base, index, target };
}

/** Fill `length` bytes of memory at `address` with a pattern that depends on the address. */
function scribble(view: DataView, address: number, length: number): void {
  for (let i = 0; i < length; i++) view.setUint8(address + i, ((address + i) * 131 + 7) & 0xff);
}

/** A copy of `length` bytes of the machine's memory at `address`. */
function bytesAt(view: DataView, address: number, length: number): Uint8Array {
  return new Uint8Array(view.buffer.slice(address, address + length));
}

export function memorySuite(): void {
  describe('loads: every width, sign or zero extension, every offset form', () => {
    for (const [suffix, width, signed] of loadSuffixes) {
      for (const form of ['ir', 'dr'] as const) {
        const mnemonic = `vp-cpy-${form}${suffix}`;
        test(mnemonic, () => {
          const cases: ProgramCase[] = [];
          for (let k = 0; k + width <= pattern.length; k++) {
            const at = k;
            const i = offsets[k % offsets.length]!;
            const { base, index, target } = loadRegisters(k);
            const expected = loadBytes(pattern, at, width, signed);
            const baseValue = `(+ 'buf ${BigInt(at) - i})`;
            const load =
              form === 'ir'
                ? `(vp-cpy-cr ${baseValue} ${reg(base)})`
                : `(vp-cpy-cr ${baseValue} ${reg(base)}) (vp-cpy-cr ${i} ${reg(index)})`;
            const body =
              form === 'ir'
                ? `(${mnemonic} ${reg(base)} ${i} ${reg(target)})`
                : `(${mnemonic} ${reg(base)} ${reg(index)} ${reg(target)})`;
            // The index register (when it is not the destination) must be left as it was.
            const keepIndex = form === 'dr' && index !== target;
            cases.push({
              load,
              body,
              results: keepIndex ? [target, index] : [target],
              expected: keepIndex ? [expected, i] : [expected],
              what: `${body} reading buf+${at}`,
            });
          }
          assertNoFailures(runProgramBatch(cases, patternData), cases.length, mnemonic);
        });
      }
    }

    test('loads leave the base and index registers as they were', () => {
      const outcome = run(
        program(
          `(vp-lea-p 'buf r1) (vp-cpy-cr 3 r2) (vp-cpy-ir-b r1 1 r3) (vp-cpy-dr-us r1 r2 r4) (vp-cpy-pr 'buf r5)`,
          patternData,
        ),
      );
      assertHalted(outcome, 'loads');
      const buf = labelAddress(outcome.machine, 'buf');
      assert.deepEqual([...outcome.machine.R].slice(1, 6), [
        BigInt(buf),
        3n,
        loadBytes(pattern, 1, 1, true),
        loadBytes(pattern, 3, 2, false),
        loadBytes(pattern, 0, 8, true),
      ]);
    });

    test('vp-cpy-pr loads 8 bytes at a label, aligned or not, in data or in text', () => {
      const data = `${patternData}\n(vp-label 'odd)\n(vp-byte 1 2 3)\n(vp-label 'after3)\n(vp-long -2 0x0102030405060708)`;
      const outcome = run(
        program(
          `(vp-cpy-pr 'buf r1) (vp-cpy-pr 'after3 r2) (vp-cpy-pr 'odd r3) (vp-cpy-pr 'main r4) (vp-cpy-pr 'buf r1)`,
          data,
        ),
      );
      assertHalted(outcome, 'vp-cpy-pr');
      const text = outcome.machine.module.text;
      const odd = Uint8Array.from([1, 2, 3, 0xfe, 0xff, 0xff, 0xff, 0xff]);
      assert.deepEqual([...outcome.machine.R].slice(1, 5), [
        loadBytes(pattern, 0, 8, true),
        -2n,
        loadBytes(odd, 0, 8, true),
        loadBytes(text, 0, 8, true),
      ]);
    });

    test('loads from the text segment read the code (text is readable)', () => {
      const body = `(vp-cpy-cr 'main r1) (vp-cpy-ir r1 4 r2) (vp-cpy-ir-ub r1 3 r3) (vp-cpy-ir-s r1 2 r4) (vp-cpy-cr 5 r6) (vp-cpy-dr-i r1 r6 r5)`;
      const outcome = run(program(body));
      assertHalted(outcome, 'text loads');
      const text = outcome.machine.module.text;
      assert.deepEqual([...outcome.machine.R].slice(2, 6), [
        loadBytes(text, 4, 8, true),
        loadBytes(text, 3, 1, false),
        loadBytes(text, 2, 2, true),
        loadBytes(text, 5, 4, true),
      ]);
    });
  });

  describe('stores: every width writes exactly its bytes', () => {
    const windows = 40;
    const area = `(section 'bss)\n(vp-align 16)\n(vp-label 'area)\n(space ${windows * 16})`;
    for (const [suffix, width] of storeSuffixes) {
      for (const form of ['ri', 'rd'] as const) {
        const mnemonic = `vp-cpy-${form}${suffix}`;
        test(mnemonic, () => {
          const values = fc.sample(int64, { numRuns: windows, seed: width * 7 + form.length });
          const lines: string[] = [];
          const stores: { at: number; value: bigint }[] = [];
          for (let k = 0; k < windows; k++) {
            const value = k < integerEdges.length ? integerEdges[k]! : values[k]!;
            const at = k * 16 + 4 + (k % 4);
            const i = offsets[k % offsets.length]!;
            const source = k % 13;
            const base = (k + 3) % 13;
            const index = (k + 7) % 13;
            const baseValue = `(+ 'area ${BigInt(at) - i})`;
            lines.push(`(vp-cpy-cr ${value} ${reg(source)}) (vp-cpy-cr ${baseValue} ${reg(base)})`);
            lines.push(
              form === 'ri'
                ? `(${mnemonic} ${reg(source)} ${reg(base)} ${i})`
                : `(vp-cpy-cr ${i} ${reg(index)}) (${mnemonic} ${reg(source)} ${reg(base)} ${reg(index)})`,
            );
            stores.push({ at, value });
          }
          const outcome = run(program(lines.join('\n'), area), {
            prepare: (m) => scribble(m.DV, labelAddress(m, 'area'), windows * 16),
          });
          assertHalted(outcome, mnemonic);
          const address = labelAddress(outcome.machine, 'area');
          const expected = new Uint8Array(windows * 16);
          for (let i = 0; i < expected.length; i++) expected[i] = ((address + i) * 131 + 7) & 0xff;
          for (const { at, value } of stores) storeBytes(expected, at, width, value);
          assert.deepEqual(bytesAt(outcome.machine.DV, address, windows * 16), expected);
        });
      }
    }

    test('vp-cpy-rp stores 8 bytes at a label, aligned or not, and nothing around them', () => {
      const data = `(section 'data)\n(vp-label 'slots)\n(vp-byte 1 2 3)\n(vp-label 'odd)\n(space 16)\n(vp-label 'even)\n(space 8)`;
      const outcome = run(
        program(
          `(vp-cpy-cr 0x0102030405060708 r1) (vp-cpy-rp r1 'odd) (vp-cpy-cr -1 r2) (vp-cpy-rp r2 'even)`,
          data,
        ),
      );
      assertHalted(outcome, 'vp-cpy-rp');
      const expected = new Uint8Array(3 + 16 + 8);
      expected.set([1, 2, 3]);
      storeBytes(expected, 3, 8, 0x0102030405060708n);
      storeBytes(expected, 19, 8, -1n);
      assert.deepEqual(
        bytesAt(outcome.machine.DV, labelAddress(outcome.machine, 'slots'), expected.length),
        expected,
      );
    });

    test('a store then a load of every width round-trips through memory', () => {
      const cases: ProgramCase[] = [];
      for (const [suffix, width] of storeSuffixes) {
        for (const [loadSuffix, loadWidth, signed] of loadSuffixes.filter(([, w]) => w === width)) {
          integerEdges.forEach((value, k) => {
            const bytes = new Uint8Array(8);
            storeBytes(bytes, 0, width, value);
            cases.push({
              load: `(vp-cpy-cr ${value} r1) (vp-lea-p 'cell r2)`,
              body: `(vp-cpy-ri${suffix} r1 r2 ${k % 8}) (vp-cpy-ir${loadSuffix} r2 ${k % 8} r3)`,
              results: [3],
              expected: [loadBytes(bytes, 0, loadWidth, signed)],
              what: `store${suffix} then load${loadSuffix} of ${value}`,
            });
          });
        }
      }
      assertNoFailures(
        runProgramBatch(cases, `(section 'bss)\n(vp-label 'cell)\n(space 16)`),
        cases.length,
        'round trips',
      );
    });
  });

  describe('address arithmetic: lea', () => {
    test('vp-lea-i and vp-lea-d add with 64-bit wraparound, on every pair of edges', () => {
      const cases: ProgramCase[] = [];
      integerEdges.forEach((a, n) =>
        integerEdges.forEach((b, m) => {
          const k = n * integerEdges.length + m;
          const [base, index, target] = [k % 13, (k + 4) % 13, k % 3 === 0 ? k % 13 : (k + 8) % 13];
          const sum = s64(a + b);
          cases.push({
            load: `(vp-cpy-cr ${a} ${reg(base)})`,
            body: `(vp-lea-i ${reg(base)} ${b} ${reg(target)})`,
            results: [target],
            expected: [sum],
            what: `vp-lea-i ${a} + ${b}`,
          });
          cases.push({
            load: `(vp-cpy-cr ${a} ${reg(base)}) (vp-cpy-cr ${b} ${reg(index)})`,
            body: `(vp-lea-d ${reg(base)} ${reg(index)} ${reg(target)})`,
            results: target === base ? [target, index] : [target, index, base],
            expected: target === base ? [sum, b] : [sum, b, a],
            what: `vp-lea-d ${a} + ${b}`,
          });
        }),
      );
      assertNoFailures(runProgramBatch(cases), cases.length, 'lea');
    });

    test('vp-lea-p gives label addresses in text, data and bss', () => {
      const extra = `(function 'other)\n(vp-ret)\n(section 'data)\n(vp-long 1)\n(vp-label 'd)\n(vp-long 2)\n(section 'bss)\n(space 24)\n(vp-label 'b)\n(space 8)`;
      const outcome = run(
        program(`(vp-lea-p 'main r1) (vp-lea-p 'other r2) (vp-lea-p 'd r3) (vp-lea-p 'b r4)`, extra),
      );
      assertHalted(outcome, 'vp-lea-p');
      const m = outcome.machine;
      assert.deepEqual(
        [...m.R].slice(1, 5),
        [BigInt(textBase), labelAddress(m, 'other'), labelAddress(m, 'd'), labelAddress(m, 'b')].map(BigInt),
      );
      assert.equal(labelAddress(m, 'd'), m.dataBase + 8);
    });
  });

  describe('access traps: null region, outside memory, writes to text', () => {
    /**
     * Run `body` (main's first instruction) with r1 = address - 0x100, r2 = 0x100, r3 = `value`; expect the
     * reference's trap at the instruction, with no register changed, or a normal halt.
     */
    function checkAccess(
      body: string,
      address: (dataBase: number) => bigint,
      size: number,
      write: boolean,
      value = 77n,
    ): void {
      const module = program(body);
      const layout = { dataBase: dataBaseFor(module.text.length), memorySize };
      const at = address(layout.dataBase);
      const registers = { 1: s64(at - 0x100n), 2: 0x100n, 3: value };
      const outcome = run(module, { registers });
      const expected = accessTrap(layout, at, size, write);
      const what = `${body} at 0x${u64(at).toString(16)}`;
      if (expected === undefined) {
        assertHalted(outcome, what);
        return;
      }
      if (s64(at) < 0n) {
        // A negative address: the documentation does not say which of the two codes applies.
        assert.equal(outcome.result.status, 'trapped', `${what}: ${describeResult(outcome.result)}`);
        if (outcome.result.status === 'trapped') {
          assert.match(outcome.result.trap.code, /^(null-access|out-of-bounds)$/, what);
        }
      } else {
        assertTrap(outcome, expected, what, textBase);
      }
      for (const [r, v] of Object.entries(registers))
        assert.equal(outcome.machine.R[Number(r)], v, `${what}: r${r}`);
    }

    /** Addresses around every boundary, for an access of `size` bytes. */
    const places = (size: number): ((dataBase: number) => bigint)[] => [
      () => 0n,
      () => 8n,
      () => 0xfff8n,
      () => 0x10000n - 1n,
      () => 0x10000n,
      (db) => BigInt(db - size),
      (db) => BigInt(db - 1),
      (db) => BigInt(db),
      () => BigInt(memorySize - size),
      () => BigInt(memorySize - size + 1),
      () => BigInt(memorySize),
      () => 1n << 40n,
      () => -8n,
      () => -1n << 63n,
    ];

    test('loads of every width and form', () => {
      for (const [suffix, width] of loadSuffixes) {
        for (const place of places(width)) {
          checkAccess(`(vp-cpy-ir${suffix} r1 0x100 r3)`, place, width, false);
          checkAccess(`(vp-cpy-dr${suffix} r1 r2 r3)`, place, width, false);
        }
      }
    });

    test('stores of every width and form (values that leave the stack top as it was)', () => {
      for (const [suffix, width] of storeSuffixes) {
        for (const place of places(width)) {
          // A store into the top slot would overwrite main's return address: store what is already there.
          const value = (db: number): bigint =>
            place(db) === BigInt(memorySize - 8) ? BigInt(textBase - 8) : 0n;
          const db = dataBaseFor(program(`(vp-cpy-ri${suffix} r3 r1 0x100)`).text.length);
          checkAccess(`(vp-cpy-ri${suffix} r3 r1 0x100)`, place, width, true, value(db));
          checkAccess(`(vp-cpy-rd${suffix} r3 r1 r2)`, place, width, true, value(db));
        }
      }
    });

    test('a store straddling the end of text writes none of its bytes', () => {
      const module = program(`(vp-cpy-ri r3 r1 0)`);
      const db = run(module).machine.dataBase;
      const outcome = run(module, { registers: { 1: BigInt(db - 4), 3: -1n } });
      assertTrap(outcome, 'write-to-text', 'straddling store', textBase);
      assert.deepEqual(bytesAt(outcome.machine.DV, db, 4), new Uint8Array(4));
    });

    test('vp-cpy-rp to a text label is a write to text', () => {
      const outcome = run(program(`(vp-cpy-cr 5 r1) (vp-cpy-rp r1 'main)`));
      assertTrap(outcome, 'write-to-text', 'vp-cpy-rp to text', textBase + 4);
    });
  });

  describe('vp-copy-rrr and vp-fill-rrr', () => {
    const size = 512;
    const area = `(section 'bss)\n(vp-label 'area)\n(space ${size})`;
    const copyCases: readonly (readonly [from: number, to: number, count: number])[] = [
      [0, 200, 50],
      [200, 0, 50],
      [0, 10, 100], // overlapping, destination above the source
      [10, 0, 100], // overlapping, destination below the source
      [0, 1, 300],
      [1, 0, 300],
      [3, 3, 40],
      [0, 0, 0],
      [7, 300, 0],
      [0, 64, 64],
      [64, 0, 65],
      [5, 133, 127],
      [0, 256, 256],
    ];

    test('copies as if through a temporary buffer (overlap in both directions), costing 1 + n / 64 fuel', () => {
      for (const [from, to, count] of copyCases) {
        const outcome = run(program(`(vp-copy-rrr r1 r2 r3)`, area), {
          prepare: (m) => {
            const a = labelAddress(m, 'area');
            scribble(m.DV, a, size);
            m.R[1] = BigInt(a + from);
            m.R[2] = BigInt(a + to);
            m.R[3] = BigInt(count);
          },
        });
        const what = `copy ${count} bytes from +${from} to +${to}`;
        assertHalted(outcome, what);
        const m = outcome.machine;
        const a = labelAddress(m, 'area');
        const expected = new Uint8Array(size);
        for (let i = 0; i < size; i++) expected[i] = ((a + i) * 131 + 7) & 0xff;
        const moved = expected.slice(from, from + count);
        expected.set(moved, to);
        assert.deepEqual(bytesAt(m.DV, a, size), expected, what);
        assert.deepEqual(
          [...m.R].slice(1, 4),
          [BigInt(a + from), BigInt(a + to), BigInt(count)],
          `${what}: registers`,
        );
        assert.equal(m.fuelUsed, 2 + Math.floor(count / 64), `${what}: fuel`);
      }
    });

    test('fills with the low 8 bits of rs, costing 1 + n / 64 fuel', () => {
      for (const [at, count, value] of [
        [0, 0, 0x55n],
        [3, 1, 0x1234567890abcdefn],
        [5, 100, -1n],
        [0, 512, 0x180n],
        [130, 200, -0x7fn],
      ] as const) {
        const outcome = run(program(`(vp-fill-rrr r1 r2 r3)`, area), {
          prepare: (m) => {
            const a = labelAddress(m, 'area');
            scribble(m.DV, a, size);
            m.R[1] = value;
            m.R[2] = BigInt(a + at);
            m.R[3] = BigInt(count);
          },
        });
        const what = `fill ${count} bytes at +${at} with ${value}`;
        assertHalted(outcome, what);
        const m = outcome.machine;
        const a = labelAddress(m, 'area');
        const expected = new Uint8Array(size);
        for (let i = 0; i < size; i++) expected[i] = ((a + i) * 131 + 7) & 0xff;
        expected.fill(Number(u64(value) & 0xffn), at, at + count);
        assert.deepEqual(bytesAt(m.DV, a, size), expected, what);
        assert.equal(m.fuelUsed, 2 + Math.floor(count / 64), `${what}: fuel`);
      }
    });

    test('a large copy costs 1 + n / 64 fuel', () => {
      const outcome = run(
        program(`(vp-copy-rrr r1 r2 r3)`, `(section 'bss)\n(vp-label 'big)\n(space 200000)`),
        {
          prepare: (m) => {
            const a = labelAddress(m, 'big');
            m.R[1] = BigInt(a);
            m.R[2] = BigInt(a + 100000);
            m.R[3] = 100000n;
          },
        },
      );
      assertHalted(outcome, 'large copy');
      assert.equal(outcome.machine.fuelUsed, 2 + Math.floor(100000 / 64));
    });

    test('traps: into text, from or into the null region, past the end of memory; nothing is written', () => {
      const db = run(program(`(vp-copy-rrr r1 r2 r3)`, area)).machine.dataBase;
      const cases: readonly (readonly [body: string, r1: bigint, r2: bigint, r3: bigint, code: string])[] = [
        ['(vp-copy-rrr r1 r2 r3)', BigInt(db), BigInt(textBase), 8n, 'write-to-text'],
        ['(vp-copy-rrr r1 r2 r3)', BigInt(db), BigInt(db - 4), 8n, 'write-to-text'],
        ['(vp-copy-rrr r1 r2 r3)', 0n, BigInt(db), 8n, 'null-access'],
        ['(vp-copy-rrr r1 r2 r3)', BigInt(db), 16n, 8n, 'null-access'],
        ['(vp-copy-rrr r1 r2 r3)', BigInt(memorySize - 4), BigInt(db), 8n, 'out-of-bounds'],
        ['(vp-copy-rrr r1 r2 r3)', BigInt(db), BigInt(memorySize - 4), 8n, 'out-of-bounds'],
        ['(vp-fill-rrr r1 r2 r3)', 0x41n, BigInt(textBase + 16), 8n, 'write-to-text'],
        ['(vp-fill-rrr r1 r2 r3)', 0x41n, BigInt(db - 4), 8n, 'write-to-text'],
        ['(vp-fill-rrr r1 r2 r3)', 0x41n, 8n, 8n, 'null-access'],
        ['(vp-fill-rrr r1 r2 r3)', 0x41n, BigInt(memorySize - 4), 8n, 'out-of-bounds'],
      ];
      for (const [body, r1, r2, r3, code] of cases) {
        const outcome = run(program(body, area), {
          registers: { 1: r1, 2: r2, 3: r3 },
          prepare: (m) => scribble(m.DV, db, 64),
        });
        const what = `${body} with 0x${r1.toString(16)} 0x${r2.toString(16)} ${r3}`;
        assertTrap(outcome, code, what, textBase);
        const expected = new Uint8Array(64);
        for (let i = 0; i < 64; i++) expected[i] = ((db + i) * 131 + 7) & 0xff;
        assert.deepEqual(bytesAt(outcome.machine.DV, db, 64), expected, `${what}: memory`);
      }
    });
  });

  describe('the stack: push, pop, alloc, free', () => {
    const top = BigInt(memorySize - 8);

    test('push r1 r2 then pop r3 r4 gives r3 = r1 and r4 = r2; r2 is on top', () => {
      const body = `(vp-push r1 r2) (vp-cpy-ir rsp 0 r5) (vp-cpy-ir rsp 8 r6) (vp-cpy-rr rsp r7) (vp-pop r3 r4) (vp-cpy-rr rsp r8)`;
      const outcome = run(program(body), { registers: { 1: 111n, 2: -222n } });
      assertHalted(outcome, 'push/pop');
      assert.deepEqual([...outcome.machine.R].slice(1, 9), [
        111n,
        -222n,
        111n,
        -222n,
        -222n,
        111n,
        top - 16n,
        top,
      ]);
    });

    test('push and pop of 6, 13, 14 and 15 registers (extension words): order kept, reversed on reversed pop', () => {
      for (const count of [6, 13, 14, 15]) {
        const list = Array.from({ length: count }, (_, i) => i);
        const values = list.map((i) => BigInt(i + 1) * 0x1111111111n - 7n);
        const registers = Object.fromEntries(values.map((v, i) => [i, v]));
        const pushed = `(vp-push ${list.map(reg).join(' ')})`;
        // Pop into the same registers listed backwards: register i gets the value of register count-1-i.
        const popped = `(vp-pop ${[...list].reverse().map(reg).join(' ')})`;
        const outcome = run(program(`${pushed} ${popped}`), { registers });
        assertHalted(outcome, `${count} registers`);
        assert.deepEqual(
          [...outcome.machine.R].slice(0, count),
          [...values].reverse(),
          `${count} registers reversed`,
        );
        assert.equal(outcome.machine.R[15], BigInt(memorySize));
        // The slots: the first register pushed is deepest.
        const inspect = run(program(`${pushed} (vp-cpy-rr rsp r14) (vp-free ${count * 8})`), { registers });
        assertHalted(inspect, `${count} registers slots`);
        const sp = Number(inspect.machine.R[14]);
        assert.equal(sp, memorySize - 8 - 8 * count);
        const slots = list.map((i) => inspect.machine.DV.getBigInt64(sp + 8 * (count - 1 - i), true));
        assert.deepEqual(slots, values);
      }
    });

    test('push and pop lists whose extension word does not look like an instruction', () => {
      // The extension word of (r1 r2 r3 r4 r5 r0 r10) is 0xa0 and of (r6 r7 r8 r9 r11 r12 r13) 0xdc: no opcode.
      const values = [11n, 22n, 33n, 44n, 55n, -66n, 0x7700000000000077n];
      const registers = Object.fromEntries([1, 2, 3, 4, 5, 0, 10].map((r, i) => [r, values[i]!]));
      const body = '(vp-push r1 r2 r3 r4 r5 r0 r10) (vp-pop r6 r7 r8 r9 r11 r12 r13)';
      const outcome = run(program(`${body} (vp-cpy-cr 0 r0)`), { registers });
      assertHalted(outcome, body);
      assert.deepEqual(
        [6, 7, 8, 9, 11, 12, 13].map((r) => outcome.machine.R[r]),
        values,
      );
    });

    test('pushing rsp stores its value from before the push; popping into rsp skips the slot', () => {
      const outcome = run(
        program(`(vp-push r1 rsp r2) (vp-cpy-ir rsp 8 r5) (vp-pop r3 rsp r4) (vp-cpy-rr rsp r6)`),
        {
          registers: { 1: 10n, 2: 20n },
        },
      );
      assertHalted(outcome, 'push/pop rsp');
      assert.deepEqual([...outcome.machine.R].slice(3, 7), [10n, 20n, top, top]);
    });

    test('push and pop with an unaligned rsp', () => {
      const body = `(vp-sub-cr 4 rsp) (vp-push r1 r2) (vp-cpy-ir rsp 0 r5) (vp-pop r3 r4) (vp-add-cr 4 rsp)`;
      const outcome = run(program(body), { registers: { 1: -5n, 2: 0x0102030405060708n } });
      assertHalted(outcome, 'unaligned push/pop');
      assert.deepEqual([...outcome.machine.R].slice(1, 6), [
        -5n,
        0x0102030405060708n,
        -5n,
        0x0102030405060708n,
        0x0102030405060708n,
      ]);
    });

    test('vp-alloc and vp-free round up to 8', () => {
      const cases: ProgramCase[] = [
        0n,
        1n,
        7n,
        8n,
        9n,
        15n,
        16n,
        17n,
        100n,
        1000n,
        32767n,
        32768n,
        40000n,
      ].map((c) => ({
        load: '(vp-cpy-rr rsp r1)',
        body: `(vp-alloc ${c}) (vp-cpy-rr rsp r2) (vp-free ${c}) (vp-cpy-rr rsp r3) (vp-sub-rr r2 r1)`,
        results: [1, 3],
        expected: [roundUp8(c), top],
        what: `vp-alloc/vp-free ${c}`,
      }));
      assertNoFailures(runProgramBatch(cases), cases.length, 'alloc/free');
    });

    test('vp-alloc and vp-free with a constant in extension words (2^23 and more)', () => {
      const options = { memorySize: 1 << 24, stackSize: 12 << 20 };
      for (const c of [(1n << 23n) - 1n, 1n << 23n, (1n << 23n) + 1n, 10_000_001n]) {
        const outcome = run(program(`(vp-alloc ${c}) (vp-cpy-rr rsp r1) (vp-free ${c}) (vp-cpy-rr rsp r2)`), {
          options,
        });
        assertHalted(outcome, `alloc ${c}`);
        const stackTop = BigInt(options.memorySize - 8);
        assert.deepEqual([...outcome.machine.R].slice(1, 3), [stackTop - roundUp8(c), stackTop]);
      }
    });

    test('stack overflow: push, alloc and call may take rsp down to the limit and not below', () => {
      const small = { options: { memorySize, stackSize: 256 } };
      const limit = memorySize - 256;
      // rsp starts 8 below the top: 248 bytes are free.
      assertHalted(run(program('(vp-alloc 240) (vp-push r1) (vp-free 248)'), small), 'push to the limit');
      assertHalted(run(program('(vp-alloc 248) (vp-free 248)'), small), 'alloc to the limit');
      assertHalted(run(program('(vp-alloc 241) (vp-free 248)'), small), 'alloc 241 (248) to the limit');
      // Each body marks its faulting instruction with the label 'fault.
      const cases: readonly (readonly [body: string, rsp: number])[] = [
        ["(vp-alloc 248) (vp-label 'fault) (vp-push r1)", limit],
        ["(vp-alloc 240) (vp-label 'fault) (vp-push r1 r2)", limit + 8],
        ["(vp-label 'fault) (vp-alloc 249)", limit + 248],
        ["(vp-alloc 248) (vp-label 'fault) (vp-alloc 1)", limit],
        ["(vp-alloc 240) (vp-label 'fault) (vp-push r1 r2 r3 r4 r5 r6 r7)", limit + 8],
        ["(vp-alloc 248) (vp-label 'fault) (vp-call 'f)", limit],
        ["(vp-alloc 248) (vp-cpy-cr 'f r1) (vp-label 'fault) (vp-call-r r1)", limit],
        ["(vp-alloc 248) (vp-lea-p 'slot r1) (vp-label 'fault) (vp-call-i r1 0)", limit],
        ["(vp-alloc 248) (vp-label 'fault) (vp-call-p 'slot)", limit],
      ];
      const moved: string[] = [];
      for (const [body, rsp] of cases) {
        const outcome = run(
          program(body, `(function 'f)\n(vp-ret)\n(section 'data)\n(vp-label 'slot)\n(vp-long 'f)`),
          small,
        );
        assertTrap(outcome, 'stack-overflow', body, labelAddress(outcome.machine, 'fault'));
        const after = outcome.machine.R[15]!;
        if (after !== BigInt(rsp))
          moved.push(`${body}: rsp 0x${after.toString(16)}, was 0x${rsp.toString(16)}`);
      }
      assert.deepEqual(moved, [], 'the faulting instruction must leave rsp as it was');
    });

    test('popping or returning with rsp at the top of memory reads outside memory', () => {
      for (const body of [
        "(vp-free 8) (vp-label 'fault) (vp-pop r1)",
        "(vp-free 8) (vp-label 'fault) (vp-ret)",
      ]) {
        const outcome = run(program(body));
        assertTrap(outcome, 'out-of-bounds', body, labelAddress(outcome.machine, 'fault'));
      }
    });

    test('deep recursion is a stack overflow', () => {
      const outcome = run(
        program(`(vp-call 'down)`, `(function 'down)\n(vp-push r1)\n(vp-call 'down)\n(vp-ret)`),
      );
      assertTrap(outcome, 'stack-overflow', 'recursion');
    });
  });
}
