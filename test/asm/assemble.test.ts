// Unit tests of the assembler's directives and pseudo-ops: labels and expressions, constants, includes,
// several input files, strings, alignment, data in text, bss, exports, the entry, imports, relaxation,
// symbol sizes and kinds, and the debug section.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assemble,
  formatDiagnostic,
  type AssembleOptions,
  type AssembleResult,
  type SourceFile,
} from '../../src/asm/index.js';
import { byMnemonic, dataBaseFor, decode, encode, textBase, type OperandValue } from '../../src/isa/index.js';
import type { Module, ModuleSymbol } from '../../src/module/index.js';

/** Assemble one file or several; fail with the formatted diagnostics if there are any. */
function build(source: string | SourceFile[], options: AssembleOptions = {}): Module {
  const files = typeof source === 'string' ? [{ name: 'test.s', text: source }] : source;
  const result = assemble(files, options);
  assert.deepEqual(formatted(result), []);
  assert.ok(result.module !== undefined);
  return result.module;
}

function formatted(result: AssembleResult): string[] {
  return result.diagnostics.map((d) => formatDiagnostic(d, result.sources.get(d.location.file)));
}

/** The diagnostic codes of a source that must fail, with their lines. */
function errors(source: string | SourceFile[], options: AssembleOptions = {}): string[] {
  const files = typeof source === 'string' ? [{ name: 'test.s', text: source }] : source;
  const result = assemble(files, options);
  assert.equal(result.module, undefined, 'a source with errors gives no module');
  return result.diagnostics.map((d) => `${d.location.file}:${d.location.line} ${d.code}`);
}

/** The instructions of text, in order, as mnemonic and operands (labels as offsets, as decode gives). */
function code(module: Module, from = 0, to = module.text.length): [string, ...OperandValue[]][] {
  const words = new Int32Array(module.text.buffer, module.text.byteOffset, module.text.length / 4);
  const out: [string, ...OperandValue[]][] = [];
  for (let index = from / 4; index < to / 4;) {
    const inst = decode(words, index);
    assert.ok(inst !== undefined, `no instruction at text offset ${index * 4}`);
    out.push([inst.info.mnemonic, ...inst.operands]);
    index += inst.length;
  }
  return out;
}

/** Length in words of the instruction at a text offset. */
function lengthAt(module: Module, offset: number): number {
  const words = new Int32Array(module.text.buffer, module.text.byteOffset, module.text.length / 4);
  return decode(words, offset / 4)!.length;
}

function symbol(module: Module, name: string): ModuleSymbol {
  const found = module.symbols.find((s) => s.name === name);
  assert.ok(found !== undefined, `no symbol ${name}`);
  return found;
}

/** The absolute address of a symbol. */
function address(module: Module, name: string): number {
  const s = symbol(module, name);
  const dataBase = dataBaseFor(module.text.length);
  const base = { text: textBase, data: dataBase, bss: dataBase + module.data.length }[s.section];
  return base + s.offset;
}

const u64 = (bytes: Uint8Array, at: number): bigint =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.length).getBigUint64(at, true);

// ---- labels and expressions ----

test('labels: backward and forward branches count words from the branch itself', () => {
  const m = build(`
    (function 'main)
    (vp-label 'top)
      (vp-add-cr 1 r0)
      (vp-bne-cr 10 r0 'top)
      (vp-jmp 'end)
      (vp-nop)
    (vp-label 'end)
      (vp-ret)`);
  assert.deepEqual(code(m), [
    ['vp-add-cr', 1n, 0],
    ['vp-bne-cr', 10n, 0, -1n],
    ['vp-jmp', 2n],
    ['vp-nop'],
    ['vp-ret'],
  ]);
  assert.equal(symbol(m, 'end').offset, 16);
});

test('labels: data addresses count bytes from the instruction, forward references included', () => {
  const m = build(`
    (vp-lea-p 'value r1)
    (vp-cpy-pr 'value r2)
    (vp-cpy-rp r2 'value)
    (vp-ret)
    (section 'data)
    (vp-label 'value)
    (vp-long 7)`);
  const value = BigInt(address(m, 'value'));
  assert.equal(value, BigInt(dataBaseFor(16)));
  assert.deepEqual(code(m), [
    ['vp-lea-p', value - 0x10000n, 1],
    ['vp-cpy-pr', value - 0x10004n, 2],
    ['vp-cpy-rp', 2, value - 0x10008n],
    ['vp-ret'],
  ]);
});

test("label arithmetic: (- 'end 'start) is a size, (+ 'l n) an address inside l", () => {
  const m = build(`
    (vp-cpy-cr (- 'end 'start) r0)
    (vp-cpy-cr (+ 'start 2) r1)
    (vp-cpy-cr 'start r2)
    (vp-ret)
    (section 'data)
    (vp-label 'start)
    (vp-string "hello, world")
    (vp-label 'end)`);
  const start = BigInt(address(m, 'start'));
  assert.deepEqual(code(m), [
    ['vp-cpy-cr', 12n, 0],
    ['vp-cpy-cr', start + 2n, 1],
    ['vp-cpy-cr', start, 2],
    ['vp-ret'],
  ]);
});

test('number notations: decimal, hex, binary, octal, signs and _ separators', () => {
  const m = build(`(section 'data) (vp-long 0x7f 0b101 0o17 -12 +5 1_000_000 0XfF -0x10)`);
  const values = Array.from({ length: 8 }, (_, i) => BigInt.asIntN(64, u64(m.data, i * 8)));
  assert.deepEqual(values, [127n, 5n, 15n, -12n, 5n, 1_000_000n, 255n, -16n]);
});

test('operators in constant expressions', () => {
  const exprs: [string, bigint][] = [
    ['(+ 1 2 3)', 6n],
    ['(+)', 0n],
    ['(- 10)', -10n],
    ['(- 10 1 2)', 7n],
    ['(* 2 3 4)', 24n],
    ['(/ -7 2)', -3n], // truncates toward zero
    ['(% -7 2)', -1n],
    ['(<< 1 63)', -(1n << 63n)], // within 64 bits
    ['(<< 1 64)', 1n], // the count is taken mod 64
    ['(>> -16 2)', -4n],
    ['(>>> -16 60)', 15n],
    ['(& 12 10)', 8n],
    ['(| 12 10)', 14n],
    ['(^ 12 10)', 6n],
    ['(~ 0)', -1n],
    ['(- (* 3 (+ 1 1)) (/ 9 3))', 3n],
  ];
  const m = build(`(section 'data) (vp-long ${exprs.map(([e]) => e).join(' ')})`);
  exprs.forEach(([expr, value], i) => assert.equal(BigInt.asIntN(64, u64(m.data, i * 8)), value, expr));
});

// ---- constants ----

test('constants: plain, nested, used before their definition in code, and as sizes', () => {
  const m = build(`
    (const 'width 8)
    (const 'height (+ width 2))
    (const 'area (* width height))
    (vp-cpy-cr area r0)
    (vp-cpy-cr later r1)
    (vp-alloc area)
    (vp-ret)
    (const 'later (- area 1))
    (section 'bss)
    (vp-label 'grid)
    (space area)`);
  assert.deepEqual(code(m), [['vp-cpy-cr', 80n, 0], ['vp-cpy-cr', 79n, 1], ['vp-alloc', 80n], ['vp-ret']]);
  assert.equal(symbol(m, 'grid').size, 80);
  assert.equal(m.bssSize, 80);
  // Constants are not symbols.
  assert.deepEqual(
    m.symbols.map((s) => s.name),
    ['grid'],
  );
});

test('constants: a constant may name a label, and then gives its address', () => {
  const m = build(`(const 'here 'place) (vp-label 'place) (vp-cpy-cr here r0) (vp-ret)`);
  assert.deepEqual(code(m)[0], ['vp-cpy-cr', 0x10000n, 0]);
});

test('constants: cycles, redefinitions and forward uses in sizes are errors', () => {
  assert.deepEqual(errors(`(const 'a (+ b 1)) (const 'b (* a 2)) (vp-cpy-cr a r0)`), ['test.s:1 ASM032']);
  assert.deepEqual(errors(`(const 'a a) (vp-cpy-cr a r0)`), ['test.s:1 ASM032']);
  assert.deepEqual(errors(`(const 'a 1)\n(const 'a 2)`), ['test.s:2 ASM011']);
  assert.deepEqual(errors(`(vp-label 'a)\n(const 'a 2)`), ['test.s:2 ASM011']);
  assert.deepEqual(errors(`(space n)\n(const 'n 2)`), ['test.s:1 ASM033']);
  // A cycle that is never used is not evaluated.
  build(`(const 'a b) (const 'b a) (vp-ret)`);
});

test('constants: shared subexpressions are evaluated once, so doubling chains stay fast', () => {
  const lines = ['(const c0 1)'];
  for (let i = 1; i <= 60; i++) lines.push(`(const c${i} (+ c${i - 1} c${i - 1}))`);
  lines.push('(vp-cpy-cr (- c60 c59) r0)', '(vp-ret)');
  const started = Date.now();
  const m = build(lines.join('\n'));
  assert.deepEqual(code(m)[0], ['vp-cpy-cr', 1n << 59n, 0]);
  assert.ok(Date.now() - started < 2000);
});

// ---- include and several files ----

test('include: reads through readFile, relative to the including file, with its own file names', () => {
  const files: Record<string, string> = {
    'src/main.s': `(include "lib/util.s") (function 'main) (vp-call 'util) (vp-ret)`,
    'src/lib/util.s': `(include "../common/defs.s") (function 'util) (vp-cpy-cr answer r0) (vp-ret)`,
    'src/common/defs.s': `(const 'answer 42)`,
  };
  const asked: string[] = [];
  const readFile = (path: string): string => {
    asked.push(path);
    const text = files[path];
    if (text === undefined) throw new Error(`no file ${path}`);
    return text;
  };
  const result = assemble([{ name: 'src/main.s', text: files['src/main.s']! }], { readFile });
  assert.deepEqual(formatted(result), []);
  assert.deepEqual(asked, ['src/lib/util.s', 'src/common/defs.s']);
  assert.deepEqual([...result.sources.keys()], ['src/main.s', 'src/lib/util.s', 'src/common/defs.s']);
  const m = result.module!;
  // Included text is placed where the include stands.
  assert.equal(symbol(m, 'util').offset, 0);
  assert.equal(symbol(m, 'main').offset, 8);
  assert.deepEqual(code(m), [['vp-cpy-cr', 42n, 0], ['vp-ret'], ['vp-call', -2n], ['vp-ret']]);
  assert.deepEqual(m.debug?.files, ['src/lib/util.s', 'src/main.s']);
});

test('include: the same file twice is fine without a cycle, but its labels then clash', () => {
  const readFile = (): string => `(const 'k 1)`;
  assert.deepEqual(errors(`(include "a.s")\n(include "a.s")`, { readFile }), ['a.s:1 ASM011']);
  build(`(include "b.s") (vp-ret)`, { readFile: () => `(vp-nop)` });
});

test('include: missing files, no reader, and cycles are errors', () => {
  const readFile = (path: string): string => {
    const files: Record<string, string> = {
      'self.s': `(include "self.s")`,
      'a.s': `(include "sub/b.s")`,
      'sub/b.s': `(include "../a.s")`,
    };
    const text = files[path];
    if (text === undefined) throw new Error('not found');
    return text;
  };
  assert.deepEqual(errors(`(include "nope.s")`, { readFile }), ['test.s:1 ASM018']);
  assert.deepEqual(errors(`(include "x.s")`), ['test.s:1 ASM018']);
  assert.deepEqual(errors(`(include "test.s")`, { readFile }), ['test.s:1 ASM019']);
  assert.deepEqual(errors(`(include "self.s")`, { readFile }), ['self.s:1 ASM019']);
  assert.deepEqual(errors(`(include "a.s")`, { readFile }), ['sub/b.s:1 ASM019']);
  const message = assemble([{ name: 't.s', text: `(include "nope.s")` }], { readFile }).diagnostics[0]!
    .message;
  assert.equal(message, 'cannot read include file nope.s: not found');
});

test('several input files make one module: shared labels, constants and sections', () => {
  const m = build([
    { name: 'a.s', text: `(module "both") (const 'k 5) (function 'main) (vp-call 'helper) (vp-ret)` },
    {
      name: 'b.s',
      text: `(function 'helper) (vp-cpy-cr k r0) (vp-lea-p 'msg r1) (vp-ret) (section 'data) (vp-label 'msg) (vp-string "x")`,
    },
  ]);
  assert.equal(m.name, 'both');
  assert.deepEqual(
    m.symbols.map((s) => [s.name, s.section, s.offset]),
    [
      ['main', 'text', 0],
      ['helper', 'text', 8],
      ['msg', 'data', 0],
    ],
  );
  assert.deepEqual(code(m, 0, 12), [['vp-call', 2n], ['vp-ret'], ['vp-cpy-cr', 5n, 0]]);
  // Files are read one after another, like includes; a file after one that ended in data names its section.
  const again = build([
    { name: 'a.s', text: `(section 'data) (vp-long 1)` },
    { name: 'b.s', text: `(section 'text) (vp-ret)` },
  ]);
  assert.equal(again.text.length, 4);
  assert.deepEqual(
    errors([
      { name: 'a.s', text: `(vp-label 'x)` },
      { name: 'b.s', text: `(vp-label 'x)` },
    ]),
    ['b.s:1 ASM011'],
  );
});

test('the module name defaults to the first file name without its folder and extension', () => {
  assert.equal(build([{ name: 'dir/prog.s', text: '(vp-ret)' }]).name, 'prog');
  assert.equal(build([{ name: 'noext', text: '(vp-ret)' }]).name, 'noext');
  assert.equal(build(`(module named) (vp-ret)`).name, 'named');
  assert.equal(build(`(program 0x20000001 3) (vp-ret)`).programNumber, 0x20000001);
  assert.equal(build(`(program 7 3) (vp-ret)`).programVersion, 3);
});

// ---- strings, alignment, data ----

test('strings: escapes \\n \\t \\r \\0 \\e \\\\ \\" \\\' \\xHH and UTF-8, with no terminator', () => {
  const m = build(String.raw`(section 'data) (vp-string "a\n\t\r\0\e\\\"\'\x41\xfF é€😀")`);
  const expected = [
    ...[0x61, 10, 9, 13, 0, 27, 92, 34, 39, 0x41, 0xff, 0x20],
    ...new TextEncoder().encode('é€😀'),
  ];
  assert.deepEqual([...m.data.subarray(0, expected.length)], expected);
  assert.equal(symbol(build(`(section 'data) (vp-label 's) (vp-string "abc")`), 's').kind, 'string');
  // The data segment is padded to 16; the string itself has no terminator.
  assert.equal(m.data.length, 32);
  assert.equal(m.data[expected.length], 0);
});

test('strings: an empty string adds no bytes, bad escapes and unterminated strings are errors', () => {
  assert.equal(build(`(section 'data) (vp-string "")`).data.length, 0);
  assert.deepEqual(errors(String.raw`(section 'data) (vp-string "\q")`), ['test.s:1 ASM003']);
  assert.deepEqual(errors(String.raw`(section 'data) (vp-string "\x4")`), ['test.s:1 ASM003']);
  assert.deepEqual(errors(`(section 'data) (vp-string "abc\n)`), ['test.s:1 ASM002']);
});

test('data directives: little-endian widths, signed or unsigned, and range checks', () => {
  const m = build(`(section 'data)
    (vp-byte 1 255 -1 -128)
    (vp-short 0x1234 65535 -32768)
    (vp-int 0x12345678 -1)
    (vp-long 0x0102030405060708 0xffffffffffffffff -9223372036854775808)`);
  assert.deepEqual(
    [...m.data.subarray(0, 4 + 6 + 8)],
    [1, 255, 255, 128, 0x34, 0x12, 255, 255, 0, 0x80, 0x78, 0x56, 0x34, 0x12, 255, 255, 255, 255],
  );
  assert.equal(u64(m.data, 18), 0x0102030405060708n);
  assert.equal(u64(m.data, 26), 0xffffffffffffffffn);
  assert.equal(u64(m.data, 34), 0x8000000000000000n);
  assert.deepEqual(
    errors(`(section 'data)\n(vp-byte 256)\n(vp-byte -129)\n(vp-short 65536)\n(vp-int 4294967296)`),
    ['test.s:2 ASM016', 'test.s:3 ASM016', 'test.s:4 ASM016', 'test.s:5 ASM016'],
  );
  assert.deepEqual(errors(`(section 'data) (vp-long 18446744073709551616)`), ['test.s:1 ASM016']);
});

test('vp-align pads with zeroes or the given fill byte, and labels after it are aligned', () => {
  const m = build(`(section 'data)
    (vp-byte 1)
    (vp-align 4 0xcc)
    (vp-label 'a)
    (vp-byte 2)
    (vp-align 8)
    (vp-label 'b)
    (vp-byte 3)
    (vp-align 1)
    (vp-align 16 0x5a)`);
  assert.deepEqual([...m.data], [1, 0xcc, 0xcc, 0xcc, 2, 0, 0, 0, 3, ...Array<number>(7).fill(0x5a)]);
  assert.equal(symbol(m, 'a').offset, 4);
  assert.equal(symbol(m, 'b').offset, 8);
  assert.deepEqual(errors(`(vp-align 3)\n(vp-align 0)\n(vp-align 8192)\n(vp-align 4096)`), [
    'test.s:1 ASM022',
    'test.s:2 ASM022',
    'test.s:3 ASM022',
  ]);
});

test('data in text: bytes among instructions, the next instruction is word-aligned again', () => {
  const m = build(`
    (function 'main)
      (vp-lea-p 'table r1)
      (vp-jmp 'next)
    (vp-label 'table)
      (vp-byte 1 2 3)
    (vp-label 'next)
      (vp-ret)
    (vp-label 'words)
      (vp-int 0x11223344)
      (vp-long 'main)`);
  assert.deepEqual([...m.text.subarray(8, 12)], [1, 2, 3, 0]);
  assert.equal(symbol(m, 'next').offset, 12);
  assert.deepEqual(code(m, 0, 8), [
    ['vp-lea-p', 8n, 1],
    ['vp-jmp', 2n],
  ]);
  assert.deepEqual(code(m, 12, 16), [['vp-ret']]);
  assert.deepEqual(
    [symbol(m, 'table').kind, symbol(m, 'next').kind, symbol(m, 'words').kind],
    ['data', 'label', 'data'],
  );
  assert.equal(new DataView(m.text.buffer).getUint32(16, true), 0x11223344);
  assert.equal(u64(m.text, 20), 0x10000n);
});

test('bss: only space and zero alignment; it adds to bssSize, not to the data bytes', () => {
  const m = build(`(section 'data) (vp-byte 9)
    (section 'bss)
    (vp-label 'a) (space 3)
    (vp-align 8)
    (vp-label 'b) (space 8)
    (vp-label 'c)`);
  assert.deepEqual(
    [symbol(m, 'a'), symbol(m, 'b'), symbol(m, 'c')].map((s) => [s.section, s.offset, s.size, s.kind]),
    [
      ['bss', 0, 8, 'data'],
      ['bss', 8, 8, 'data'],
      ['bss', 16, 0, 'data'],
    ],
  );
  assert.equal(m.bssSize, 16);
  assert.equal(m.data.length, 16);
  for (const bad of [
    '(vp-string "x")',
    '(vp-byte 1)',
    '(vp-short 1)',
    '(vp-int 1)',
    '(vp-long 1)',
    '(vp-align 8 1)',
  ]) {
    assert.deepEqual(errors(`(section 'bss)\n${bad}`), ['test.s:2 ASM021'], bad);
  }
  assert.deepEqual(errors(`(section 'bss)\n(vp-ret)`), ['test.s:2 ASM028']);
  assert.deepEqual(errors(`(section 'rodata)`), ['test.s:1 ASM020']);
});

test('bss: its strictest alignment pads the data segment so that bss starts aligned', () => {
  const m = build(`(section 'data) (vp-byte 1) (section 'bss) (vp-align 256) (vp-label 'page) (space 256)`);
  assert.equal(m.data.length, 256);
  assert.equal(address(m, 'page') % 256, 0);
});

// ---- exports, entry, imports ----

test('exports: default kinds by section and content, explicit kinds, and errors', () => {
  const m = build(`
    (export 'main) (export 'inner) (export 'tbl) (export 'msg) (export 'count) (export 'buf)
    (export 'inner 'procedure)
    (export 'count 'string)
    (function 'main)
    (vp-label 'inner)
      (vp-ret)
    (vp-label 'tbl)
      (vp-long 1)
    (vp-label 'hidden)
      (vp-ret)
    (section 'data)
    (vp-label 'msg) (vp-string "m")
    (vp-label 'count) (vp-int 1)
    (section 'bss)
    (vp-label 'buf) (space 8)`);
  const kinds = Object.fromEntries(m.symbols.map((s) => [s.name, [s.kind, s.exported]]));
  assert.deepEqual(kinds, {
    main: ['procedure', true],
    inner: ['procedure', true],
    tbl: ['data', true],
    hidden: ['label', false],
    msg: ['string', true],
    count: ['string', true],
    buf: ['data', true],
  });
  assert.deepEqual(errors(`(export 'nothing)`), ['test.s:1 ASM029']);
  assert.deepEqual(errors(`(export 'main 'func) (function 'main) (vp-ret)`), ['test.s:1 ASM031']);
});

test('entry: explicit, an exported main, or none', () => {
  assert.equal(build(`(vp-nop) (function 'start) (vp-ret) (entry 'start)`).entry, 4);
  assert.equal(build(`(export 'main) (vp-nop) (function 'main) (vp-ret)`).entry, 4);
  // main that is not exported is not the entry.
  assert.equal(build(`(function 'main) (vp-ret)`).entry, undefined);
  assert.equal(build(`(entry 'b) (export 'main) (function 'main) (vp-ret) (vp-label 'b) (vp-ret)`).entry, 4);
  assert.deepEqual(errors(`(entry 'd)\n(vp-ret) (section 'data) (vp-label 'd) (vp-long 0)`), [
    'test.s:1 ASM030',
  ]);
  // At the very end of text there is no instruction to run.
  assert.deepEqual(errors(`(entry 'e)\n(vp-ret) (vp-label 'e)`), ['test.s:1 ASM030']);
  assert.deepEqual(errors(`(entry 's)\n(vp-ret) (vp-byte 1) (vp-label 's) (vp-byte 2)`), ['test.s:1 ASM030']);
  assert.deepEqual(errors(`(export 'main)\n(section 'data) (vp-label 'main) (vp-long 0)`), [
    'test.s:1 ASM030',
  ]);
});

test('imports: an 8-byte link slot each, after the data, labelled with the import name', () => {
  const m = build(`
    (import 'write "tessera.write")
    (import 'helper "other.helper" 'procedure)
    (function 'main)
      (vp-lea-p 'write r14)
      (vp-call-abi r13 r14 0 (r0 r1 r2))
      (vp-call-host 'write (r0 r1))
      (vp-call-host 'helper ())
      (vp-call-p 'helper)
      (vp-ret)
    (section 'data)
      (vp-byte 1 2 3)`);
  assert.deepEqual(m.imports, [
    { name: 'tessera.write', kind: 'host', slot: 8 },
    { name: 'other.helper', kind: 'procedure', slot: 16 },
  ]);
  assert.deepEqual(
    [symbol(m, 'write'), symbol(m, 'helper')].map((s) => [s.section, s.offset, s.size, s.kind]),
    [
      ['data', 8, 8, 'data'],
      ['data', 16, 8, 'data'],
    ],
  );
  assert.equal(m.data.length, 32);
  const slot = BigInt(address(m, 'write'));
  assert.deepEqual(code(m), [
    ['vp-lea-p', slot - 0x10000n, 14],
    ['vp-call-abi', 13, 14, 0n, [0, 1, 2]],
    ['vp-call-host', 0n, [0, 1]],
    ['vp-call-host', 1n, []],
    ['vp-call-p', BigInt(address(m, 'helper')) - 0x1001cn],
    ['vp-ret'],
  ]);
});

test('imports: errors for unknown kinds, duplicates, and host calls of things that are not imports', () => {
  assert.deepEqual(errors(`(import 'w "a.b" 'native)`), ['test.s:1 ASM034']);
  assert.deepEqual(errors(`(import 'w "a.b")\n(import 'v "a.b")`), ['test.s:2 ASM036']);
  assert.deepEqual(errors(`(import 'w "a.b")\n(import 'w "a.c")`), ['test.s:2 ASM011']);
  assert.deepEqual(errors(`(function 'main)\n(vp-call-host 'main ())`), ['test.s:2 ASM027']);
  assert.deepEqual(errors(`(vp-call-host 'nothing ())`), ['test.s:1 ASM010']);
  // A host call may also give the import's index as a number.
  assert.deepEqual(code(build(`(import 'w "a.b") (vp-call-host 0 (r1))`)), [['vp-call-host', 0n, [1]]]);
});

// ---- instructions ----

test('register lists: push and pop take 1..15 registers, host calls 0..7 arguments', () => {
  const all = 'r0 r1 r2 r3 r4 r5 r6 r7 r8 r9 r10 r11 r12 r13 r14';
  const m = build(`(vp-push ${all}) (vp-pop rsp) (vp-call-host 3 (r0 r1 r2 r3 r4 r5 r6))`);
  assert.deepEqual(code(m), [
    ['vp-push', Array.from({ length: 15 }, (_, i) => i)],
    ['vp-pop', [15]],
    ['vp-call-host', 3n, [0, 1, 2, 3, 4, 5, 6]],
  ]);
  assert.deepEqual(errors(`(vp-push)\n(vp-pop ${all} rsp)\n(vp-call-host 0 (r0 r1 r2 r3 r4 r5 r6 r7))`), [
    'test.s:1 ASM025',
    'test.s:2 ASM025',
    'test.s:3 ASM025',
  ]);
});

test('every instruction of the table assembles from its documented form', () => {
  const operandFor = (name: string): string => {
    if (name === 'l') return "'here";
    if (name === 'regs') return 'r1 r2';
    if (name === 'args') return '(r1 r2)';
    if (name === 'import') return "'imp";
    if (/^(c|i)$/.test(name)) return '8';
    return 'r3';
  };
  for (const [mnemonic, info] of byMnemonic) {
    const form = `(${[mnemonic, ...info.operands.map(operandFor)].join(' ')})`;
    const m = build(`(import 'imp "x.y") (vp-label 'here) ${form}`);
    assert.equal(m.text[0], info.opcode, form);
  }
});

// ---- relaxation ----

test('relaxation: a branch over more than 128 KiB of code uses extension words, a short one does not', () => {
  const m = build(`
    (function 'main)
      (vp-beq-cr 0 r0 'far)
      (vp-beq-cr 0 r0 'near)
    (vp-label 'near)
      (space 140000)
    (vp-label 'far)
      (vp-jmp 'main)
      (vp-bne-rr r1 r2 'main)
      (vp-ret)`);
  const far = symbol(m, 'far').offset;
  assert.ok(far > 128 * 1024);
  assert.equal(lengthAt(m, 0), 3); // the label needs 64 bits: 3 words
  assert.equal(lengthAt(m, 12), 1);
  assert.deepEqual(code(m, 0, 16), [
    ['vp-beq-cr', 0n, 0, BigInt(far / 4)],
    ['vp-beq-cr', 0n, 0, 1n],
  ]);
  assert.deepEqual(code(m, far, m.text.length), [
    ['vp-jmp', BigInt(-far / 4)], // 24-bit field: still inline
    ['vp-bne-rr', 1, 2, BigInt(-(far + 4) / 4)], // 16-bit field: extension words
    ['vp-ret'],
  ]);
  assert.equal(lengthAt(m, far + 4), 3);
});

test('relaxation: growing one instruction can push another branch out of range', () => {
  // The crl label field holds +-2047 words. Each big constant grows its instruction by two words,
  // which moves 'end past the reach of the first branch only once all of them have grown.
  const fillers = Array.from({ length: 1000 }, () => '(vp-cpy-cr 0x123456789 r1)').join('\n');
  const m = build(`(vp-beq-cr 0 r0 'end)\n${fillers}\n(vp-label 'end) (vp-ret)`);
  assert.equal(symbol(m, 'end').offset, 12 + 1000 * 12);
  assert.equal(lengthAt(m, 0), 3);
  assert.deepEqual(code(m, 0, 12), [['vp-beq-cr', 0n, 0, BigInt((12 + 1000 * 12) / 4)]]);
});

test('relaxation: constants take extension words exactly when they do not fit the inline field', () => {
  const cases: [string, number][] = [
    ['(vp-cpy-cr 32767 r0)', 1],
    ['(vp-cpy-cr -32767 r0)', 1],
    ['(vp-cpy-cr -32768 r0)', 3], // the escape value itself
    ['(vp-cpy-cr 32768 r0)', 3],
    ['(vp-cpy-cr 0xffffffffffffffff r0)', 1], // the same 64 bits as -1
    ['(vp-cpy-cr 0xffffffff r0)', 3],
    ['(vp-cpy-cr -9223372036854775808 r0)', 3],
    ['(vp-beq-cr 127 r0 0x10000)', 1],
    ['(vp-beq-cr 128 r0 0x10000)', 3],
    ['(vp-alloc 8388607)', 1],
    ['(vp-alloc 8388608)', 3],
    ['(vp-cpy-ir r1 -40000 r2)', 3],
    ['(vp-call-abi r1 r2 40000 (r3))', 4],
  ];
  for (const [form, words] of cases) {
    const m = build(form);
    assert.equal(m.text.length, words * 4, form);
  }
  const m = build('(vp-cpy-cr 0xfedcba9876543210 r5)');
  const info = byMnemonic.get('vp-cpy-cr')!;
  assert.deepEqual([...new Int32Array(m.text.buffer)], encode(info, [0xfedcba9876543210n, 5]));
  assert.deepEqual(code(m), [['vp-cpy-cr', BigInt.asIntN(64, 0xfedcba9876543210n), 5]]);
  assert.deepEqual(errors('(vp-cpy-cr 0x10000000000000000 r0)'), ['test.s:1 ASM016']);
});

test('relaxation: data addresses beyond the 16-bit byte offset use extension words', () => {
  const m = build(`(vp-lea-p 'far r0) (vp-ret) (space 40000) (section 'data) (vp-label 'far) (vp-long 0)`);
  assert.equal(lengthAt(m, 0), 3);
  assert.deepEqual(code(m, 0, 16), [['vp-lea-p', BigInt(address(m, 'far') - textBase), 0], ['vp-ret']]);
});

// ---- symbols ----

test('symbol sizes: a procedure runs to the next procedure, a label to the next label', () => {
  const m = build(`
    (function 'f)
      (vp-nop)
    (vp-label 'f.loop)
      (vp-nop)
      (vp-nop)
    (function 'g)
      (vp-ret)
    (section 'data)
    (vp-label 'a) (vp-long 1 2)
    (vp-label 'b) (vp-byte 1)
    (section 'bss)
    (vp-label 'z) (space 5)`);
  const sizes = Object.fromEntries(m.symbols.map((s) => [s.name, [s.section, s.offset, s.size, s.kind]]));
  assert.deepEqual(sizes, {
    f: ['text', 0, 12, 'procedure'],
    'f.loop': ['text', 4, 8, 'label'],
    g: ['text', 12, 4, 'procedure'],
    a: ['data', 0, 16, 'data'],
    b: ['data', 16, 16, 'data'], // to the end of the data segment, padded to 16
    z: ['bss', 0, 5, 'data'],
  });
});

test('the debug section maps each instruction to its file, line and column, and lists procedures', () => {
  const m = build([
    { name: 'p.s', text: `(function 'main)\n  (vp-nop)\n    (vp-ret)\n(function 'g) (vp-ret)` },
  ]);
  assert.deepEqual(m.debug, {
    files: ['p.s'],
    lines: [
      { offset: 0, file: 0, line: 2, column: 3 },
      { offset: 4, file: 0, line: 3, column: 5 },
      { offset: 8, file: 0, line: 4, column: 15 },
    ],
    functions: [
      { name: 'main', start: 0, end: 8 },
      { name: 'g', start: 8, end: 12 },
    ],
  });
  assert.equal(build(`(vp-ret)`, { debug: false }).debug, undefined);
  // A data symbol exported as a procedure is not a function of the line table.
  const odd = build(`(export 'buf 'procedure) (vp-ret) (section 'bss) (vp-label 'buf) (space 8)`);
  assert.deepEqual(odd.debug?.functions, []);
});

test('loc sets the source position of the instructions that follow, for the rest of its file', () => {
  const m = build([
    { name: 'a.s', text: `(vp-nop)\n(loc "prog.c" 42 7) (vp-nop) (vp-nop)\n(loc "lib.h" 3 1)\n(vp-ret)` },
    { name: 'b.s', text: `(vp-ret)` },
  ]);
  assert.deepEqual(m.debug?.files, ['a.s', 'prog.c', 'lib.h', 'b.s']);
  assert.deepEqual(
    m.debug?.lines.map((l) => [l.offset, l.file, l.line, l.column]),
    [
      [0, 0, 1, 1],
      [4, 1, 42, 7],
      [8, 1, 42, 7],
      [12, 2, 3, 1],
      [16, 3, 1, 1],
    ],
  );
  assert.deepEqual(errors(`(loc "x.c" 1)`), ['test.s:1 ASM008']);
  assert.deepEqual(errors(`(loc 'x 1 2)`), ['test.s:1 ASM023']);
});

test('an empty source gives an empty module', () => {
  const m = build('; nothing here\n');
  assert.deepEqual(
    { text: m.text.length, data: m.data.length, bss: m.bssSize, symbols: m.symbols, entry: m.entry },
    { text: 0, data: 0, bss: 0, symbols: [], entry: undefined },
  );
});

test('the limits: 64 MiB of text, 1 GiB of data and bss, 256 levels of expression', () => {
  assert.deepEqual(errors(`(vp-ret)\n(space 0x4000000)`), ['test.s:1 ASM035']);
  assert.deepEqual(errors(`(section 'bss)\n(space 0x40000001)`), ['test.s:2 ASM035']);
  const deep = (n: number): string => `(vp-cpy-cr ${'(- '.repeat(n)}1${')'.repeat(n)} r0)`;
  assert.deepEqual(code(build(deep(255))), [['vp-cpy-cr', -1n, 0]]);
  assert.deepEqual(errors(deep(256)), ['test.s:1 ASM037']);
  const chain = [
    '(const k0 1)',
    ...Array.from({ length: 300 }, (_, i) => `(const k${i + 1} k${i})`),
    '(vp-cpy-cr k300 r0)',
  ];
  // Depth 257 is reached at the reference to k44, in the definition of k45 on line 46.
  assert.deepEqual(errors(chain.join('\n')), ['test.s:46 ASM037']);
});

test('reader errors do not upset the line count of later diagnostics', () => {
  // A quote before a newline, and a backslash ending a string's line, must leave the newline counted.
  const source = "(vp-label ')\n(vp-label '\n)\n(vp-string \"a\\\n)\n(vp-frob)";
  const result = assemble([{ name: 't.s', text: source }]);
  assert.deepEqual(
    result.diagnostics.map((d) => `${d.location.line}:${d.location.column} ${d.code}`),
    ['1:1 ASM008', '1:12 ASM001', '2:1 ASM008', '2:12 ASM001', '4:12 ASM002', '6:2 ASM007'],
  );
});

test('a file name with control characters is escaped, so a diagnostic stays on one line', () => {
  const result = assemble([{ name: 'a.s', text: '(include "lib/pri\\nt.s")\n' }], {
    readFile: () => '(vp-add-rr r0',
  });
  const text = formatDiagnostic(
    result.diagnostics[0]!,
    result.sources.get(result.diagnostics[0]!.location.file),
  );
  assert.match(text, /^lib\/pri\\x0at\.s:1:1: error ASM004: /);
});
