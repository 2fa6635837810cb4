// Unit tests of literal conversion: integer and floating constants (with exact rounding checked against
// JavaScript's own and against bit patterns), character constants, string literals, escapes, encodings and
// concatenation, and every diagnostic with its location.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CDiagnostic, CLocation } from '../../src/cc/diagnostics.js';
import {
  concatenateStrings,
  convertCharacter,
  convertNumber,
  convertString,
  decimalToBinary,
  type FloatingConstant,
  type IntegerConstant,
} from '../../src/cc/literals.js';

const at: CLocation = { file: 't.c', line: 3, column: 5 };

function integer(text: string): Omit<IntegerConstant, 'diagnostics' | 'kind'> {
  const r = convertNumber(text, at);
  assert.ok(!('code' in r), `${text}: ${'code' in r ? r.message : ''}`);
  assert.equal(r.kind, 'integer', text);
  const { value, unsigned, size, decimal, diagnostics } = r as IntegerConstant;
  assert.deepEqual(diagnostics, []);
  return { value, unsigned, size, decimal };
}

function floating(text: string): FloatingConstant {
  const r = convertNumber(text, at);
  assert.ok(!('code' in r), `${text}: ${'code' in r ? r.message : ''}`);
  assert.equal(r.kind, 'floating', text);
  return r as FloatingConstant;
}

function invalid(text: string): string {
  const r = convertNumber(text, at);
  assert.ok('code' in r, `${text} should be invalid`);
  assert.deepEqual(r.at, at);
  return `${r.code} ${r.message}`;
}

function shown(diagnostics: readonly CDiagnostic[]): string[] {
  return diagnostics.map((d) => `${d.severity} ${d.code} ${d.at.line}:${d.at.column} ${d.message}`);
}

function float32(x: number): number {
  return Math.fround(x);
}

test('integer constants: bases, suffixes in any order, and the fields the parser types them from', () => {
  assert.deepEqual(integer('0'), { value: 0n, unsigned: false, size: 'int', decimal: false });
  assert.deepEqual(integer('42'), { value: 42n, unsigned: false, size: 'int', decimal: true });
  assert.deepEqual(integer('017'), { value: 15n, unsigned: false, size: 'int', decimal: false });
  assert.deepEqual(integer('0x1F'), { value: 31n, unsigned: false, size: 'int', decimal: false });
  assert.deepEqual(integer('0b1011'), { value: 11n, unsigned: false, size: 'int', decimal: false });
  assert.deepEqual(integer('0B11ull'), { value: 3n, unsigned: true, size: 'long long', decimal: false });
  assert.deepEqual(integer('0XffU'), { value: 255n, unsigned: true, size: 'int', decimal: false });
  for (const [suffix, unsigned, size] of [
    ['u', true, 'int'],
    ['l', false, 'long'],
    ['L', false, 'long'],
    ['ul', true, 'long'],
    ['lu', true, 'long'],
    ['LU', true, 'long'],
    ['ll', false, 'long long'],
    ['LL', false, 'long long'],
    ['ull', true, 'long long'],
    ['LLu', true, 'long long'],
    ['Ull', true, 'long long'],
  ] as const) {
    assert.deepEqual(integer(`7${suffix}`), { value: 7n, unsigned, size, decimal: true }, suffix);
  }
  assert.deepEqual(integer('18446744073709551615u').value, (1n << 64n) - 1n);
  assert.deepEqual(integer('0xffffffffffffffff').value, (1n << 64n) - 1n);
  assert.deepEqual(integer('01777777777777777777777').value, (1n << 64n) - 1n);
  assert.deepEqual(integer('9223372036854775807').value, (1n << 63n) - 1n);
});

test("a decimal constant above 2^63-1 without u is unsigned with gcc's warning", () => {
  const r = convertNumber('9223372036854775808', at) as IntegerConstant;
  assert.equal(r.value, 1n << 63n);
  assert.deepEqual(shown(r.diagnostics), [
    'warning C1051 3:5 integer constant is so large that it is unsigned',
  ]);
});

test('invalid integer constants are errors at the token', () => {
  assert.equal(invalid('08'), 'C1045 invalid digit "8" in octal constant');
  assert.equal(invalid('0779'), 'C1045 invalid digit "9" in octal constant');
  assert.equal(invalid('0x'), 'C1046 invalid suffix "x" on integer constant');
  assert.equal(invalid('0xg'), 'C1046 invalid suffix "xg" on integer constant');
  assert.equal(invalid('0b'), 'C1046 invalid suffix "b" on integer constant');
  assert.equal(invalid('0b12'), 'C1069 invalid digit "2" in binary constant');
  assert.equal(invalid('0b1.1'), 'C1068 invalid prefix "0b" for floating constant');
  assert.equal(invalid('0b1'.padEnd(67, '1')), 'C1050 integer constant is too large for its type');
  assert.equal(invalid('123abc'), 'C1046 invalid suffix "abc" on integer constant');
  assert.equal(invalid('1lul'), 'C1046 invalid suffix "lul" on integer constant');
  assert.equal(invalid('1lL'), 'C1046 invalid suffix "lL" on integer constant');
  assert.equal(invalid('1uu'), 'C1046 invalid suffix "uu" on integer constant');
  assert.equal(invalid('1_000'), 'C1046 invalid suffix "_000" on integer constant');
  assert.equal(invalid('18446744073709551616'), 'C1050 integer constant is too large for its type');
  assert.equal(invalid('0x10000000000000000'), 'C1050 integer constant is too large for its type');
});

test('decimal floating constants: forms, suffixes and types', () => {
  assert.deepEqual(floating('1.5'), { kind: 'floating', value: 1.5, type: 'double', diagnostics: [] });
  assert.equal(floating('1.').value, 1);
  assert.equal(floating('.5').value, 0.5);
  assert.equal(floating('1e3').value, 1000);
  assert.equal(floating('1E+3').value, 1000);
  assert.equal(floating('25e-1').value, 2.5);
  assert.equal(floating('1.e2').value, 100);
  assert.equal(floating('0.1').value, 0.1);
  assert.equal(floating('08.5').value, 8.5);
  assert.equal(floating('1.5f').type, 'float');
  assert.equal(floating('1.5F').type, 'float');
  assert.equal(floating('1.5l').type, 'long double');
  assert.equal(floating('1.5L').type, 'long double');
  assert.equal(floating('0.1f').value, float32(0.1));
  assert.equal(floating('0.1L').value, 0.1);
  assert.equal(floating('0e0').value, 0);
  assert.equal(floating('4.9406564584124654e-324').value, 5e-324);
  assert.equal(floating('1.7976931348623157e308').value, Number.MAX_VALUE);
  assert.equal(floating('1e-400').value, 0);
});

test('hexadecimal floating constants are exact', () => {
  assert.equal(floating('0x1p-3').value, 0.125);
  assert.equal(floating('0x1.8p1').value, 3);
  assert.equal(floating('0X.8P0').value, 0.5);
  assert.equal(floating('0xA.p0').value, 10);
  assert.equal(floating('0x1.fffffffffffffp1023').value, Number.MAX_VALUE);
  assert.equal(floating('0x1p-1074').value, 5e-324);
  assert.equal(floating('0x1p-1075').value, 0); // exactly half the smallest subnormal: ties to even (0)
  assert.equal(floating('0x3p-1075').value, 2 * 5e-324); // 1.5 ulp: ties to even (2)
  assert.equal(floating('0x1.00000000000008p0').value, 1); // half an ulp above 1: ties to even
  assert.equal(floating('0x1.00000000000018p0').value, 1 + 2 ** -51); // tie, rounds up to even
  assert.equal(floating('0x1.000001p0f').value, 1); // float: exactly half an ulp, ties to even
  assert.equal(floating('0x1.000003p0f').value, 1 + 2 ** -22);
  assert.equal(floating('0x1.fffffep127f').value, float32(3.4028234663852886e38));
  assert.equal(floating('0x1p-149f').value, 2 ** -149);
  assert.equal(floating('0x1p-150f').value, 0);
  assert.equal(floating('0x1.8p-150f').value, 2 ** -149);
  assert.equal(floating('0x0p99999999').value, 0);
  assert.equal(floating('0x1p-99999999').value, 0);
});

test('float constants are rounded once, from the exact decimal value', () => {
  // 1 + 2^-24 + 2^-60: to double this rounds to 1 + 2^-24, a tie that float then rounds down to 1; the exact
  // value is above the tie, so the correctly rounded float is 1 + 2^-23.
  const exact = 10n ** 60n + ((10n ** 60n) >> 24n) + ((10n ** 60n) >> 60n); // 10^60 * (1 + 2^-24 + 2^-60)
  const decimal = `${exact.toString().slice(0, 1)}.${exact.toString().slice(1)}`;
  assert.equal(Math.fround(Number(decimal)), 1, 'double rounding gets this wrong');
  assert.equal(floating(`${decimal}f`).value, 1 + 2 ** -23);
  assert.equal(floating('3.4028235e38f').value, float32(3.4028235e38));
  assert.equal(floating('1.4e-45f').value, 2 ** -149);
  assert.equal(floating('0.7e-45f').value, 0); // below half the smallest subnormal
  assert.equal(floating('1e-50f').value, 0);
});

test('exact decimal rounding agrees with JavaScript on random doubles and decimal strings', () => {
  fc.assert(
    fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: 0 }), (x) => {
      const text = x.toExponential(20);
      const [mantissa, exponent] = text.split('e') as [string, string];
      const digits = mantissa.replace('.', '');
      assert.equal(
        decimalToBinary(BigInt(digits), Number(exponent) - 20, 53, -1074, 1024),
        Number(text),
        text,
      );
    }),
  );
  fc.assert(
    fc.property(fc.bigInt({ min: 1n, max: 10n ** 25n }), fc.integer({ min: -340, max: 320 }), (m, e) => {
      const text = `${m}e${e}`;
      assert.equal(decimalToBinary(m, e, 53, -1074, 1024), Number(text), text);
    }),
  );
});

test('floating constants out of range are infinite with a warning', () => {
  const big = floating('1e999');
  assert.equal(big.value, Infinity);
  assert.deepEqual(shown(big.diagnostics), ["warning C1052 3:5 floating constant exceeds range of 'double'"]);
  const f = floating('1e39f');
  assert.equal(f.value, Infinity);
  assert.deepEqual(shown(f.diagnostics), ["warning C1052 3:5 floating constant exceeds range of 'float'"]);
  assert.equal(floating('0x1p1024').value, Infinity);
  assert.deepEqual(floating('0e999').diagnostics, []);
});

test('invalid floating constants are errors', () => {
  assert.equal(invalid('1.0e'), 'C1048 exponent has no digits');
  assert.equal(invalid('1e+'), 'C1048 exponent has no digits');
  assert.equal(invalid('0x1p'), 'C1048 exponent has no digits');
  assert.equal(invalid('0x1.8'), 'C1049 hexadecimal floating constants require an exponent');
  assert.equal(invalid('1.5x'), 'C1047 invalid suffix "x" on floating constant');
  assert.equal(invalid('1.5ff'), 'C1047 invalid suffix "ff" on floating constant');
  assert.equal(invalid('1.5lf'), 'C1047 invalid suffix "lf" on floating constant');
  assert.equal(invalid('1.2.3'), 'C1047 invalid suffix ".3" on floating constant');
  assert.equal(invalid('0x1p1u'), 'C1047 invalid suffix "u" on floating constant');
  assert.equal(invalid('0x.p1'), 'C1046 invalid suffix "x.p1" on integer constant');
});

test('character constants: plain ones are int with a signed char value', () => {
  const value = (text: string): bigint => {
    const c = convertCharacter(text, at);
    assert.deepEqual(c.diagnostics, [], text);
    assert.equal(c.type, 'int');
    return c.value;
  };
  assert.equal(value("'a'"), 97n);
  assert.equal(value("'\\0'"), 0n);
  assert.equal(value("'\\''"), 39n);
  assert.equal(value("'\"'"), 34n);
  assert.equal(value("'\\\"'"), 34n);
  assert.equal(value("'\\?'"), 63n);
  assert.equal(value("'\\\\'"), 92n);
  assert.equal(value("'\\n'"), 10n);
  assert.equal(value("'\\t'"), 9n);
  assert.equal(value("'\\r'"), 13n);
  assert.equal(value("'\\a'"), 7n);
  assert.equal(value("'\\b'"), 8n);
  assert.equal(value("'\\f'"), 12n);
  assert.equal(value("'\\v'"), 11n);
  assert.equal(value("'\\e'"), 27n);
  assert.equal(value("'\\101'"), 65n);
  assert.equal(value("'\\7'"), 7n);
  assert.equal(value("'\\x41'"), 65n);
  assert.equal(value("'\\x0041'"), 65n);
  assert.equal(value("'\\xff'"), -1n);
  assert.equal(value("'\\377'"), -1n);
  assert.equal(value("'\\x80'"), -128n);
});

test("multi-character constants have gcc's value and a warning", () => {
  const ab = convertCharacter("'ab'", at);
  assert.equal(ab.value, 0x6162n);
  assert.deepEqual(shown(ab.diagnostics), ['warning C1054 3:5 multi-character character constant']);
  assert.equal(convertCharacter("'abcd'", at).value, 0x61626364n);
  assert.equal(convertCharacter("'\\xff\\xff\\xff\\xff'", at).value, -1n);
  const long = convertCharacter("'abcde'", at);
  assert.equal(long.value, 0x62636465n);
  assert.deepEqual(shown(long.diagnostics), ['warning C1055 3:5 character constant too long for its type']);
  // é is two UTF-8 bytes in a plain constant.
  assert.equal(convertCharacter("'é'", at).value, 0xc3a9n);
});

test('wide character constants: L is a signed wchar_t, u and U are unsigned', () => {
  assert.deepEqual(convertCharacter("L'a'", at), { value: 97n, type: 'wchar', diagnostics: [] });
  assert.deepEqual(convertCharacter("L'é'", at), { value: 0xe9n, type: 'wchar', diagnostics: [] });
  assert.deepEqual(convertCharacter("U'😀'", at), { value: 0x1f600n, type: 'char32', diagnostics: [] });
  assert.deepEqual(convertCharacter("u'€'", at), { value: 0x20acn, type: 'char16', diagnostics: [] });
  assert.deepEqual(convertCharacter("L'\\xffffffff'", at).value, -1n);
  assert.deepEqual(convertCharacter("U'\\xffffffff'", at).value, 0xffffffffn);
  assert.deepEqual(convertCharacter("u'\\uffff'", at).value, 0xffffn);
  assert.deepEqual(convertCharacter("L'\\U0001F600'", at).value, 0x1f600n);
  const two = convertCharacter("L'ab'", at);
  assert.equal(two.value, 98n);
  assert.deepEqual(shown(two.diagnostics), ['warning C1055 3:5 character constant too long for its type']);
});

test('character constant errors are located at the escape', () => {
  assert.deepEqual(shown(convertCharacter("''", at).diagnostics), [
    'error C1053 3:5 empty character constant',
  ]);
  assert.deepEqual(shown(convertCharacter("'\\x100'", at).diagnostics), [
    'error C1058 3:6 hex escape sequence out of range',
  ]);
  assert.deepEqual(shown(convertCharacter("'\\400'", at).diagnostics), [
    'error C1059 3:6 octal escape sequence out of range',
  ]);
  assert.deepEqual(shown(convertCharacter("u'\\x10000'", at).diagnostics), [
    'error C1058 3:7 hex escape sequence out of range',
  ]);
  assert.deepEqual(shown(convertCharacter("'a\\x'", at).diagnostics), [
    'error C1057 3:7 \\x used with no following hex digits',
  ]);
});

test('string literals: UTF-8 bytes for plain and u8, UTF-16 for u, code points for L and U', () => {
  assert.deepEqual(convertString('"ab"', at), { prefix: '', units: [97, 98], diagnostics: [] });
  assert.deepEqual(convertString('""', at).units, []);
  assert.deepEqual(convertString('"é€😀"', at).units, [0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
  assert.deepEqual(convertString('u8"é"', at), { prefix: 'u8', units: [0xc3, 0xa9], diagnostics: [] });
  assert.deepEqual(convertString('u"é😀"', at), {
    prefix: 'u',
    units: [0xe9, 0xd83d, 0xde00],
    diagnostics: [],
  });
  assert.deepEqual(convertString('U"é😀"', at), { prefix: 'U', units: [0xe9, 0x1f600], diagnostics: [] });
  assert.deepEqual(convertString('L"é😀"', at), { prefix: 'L', units: [0xe9, 0x1f600], diagnostics: [] });
  // Universal character names are encoded; numeric escapes are one unit each.
  assert.deepEqual(convertString('"\\u00e9\\U0001F600"', at).units, [0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80]);
  assert.deepEqual(convertString('u"\\U0001F600"', at).units, [0xd83d, 0xde00]);
  assert.deepEqual(convertString('"\\xe9\\351"', at).units, [0xe9, 0xe9]);
  assert.deepEqual(convertString('L"\\x12345678"', at).units, [0x12345678]);
  // Octal escapes stop after three digits; hex escapes take every hex digit.
  assert.deepEqual(convertString('"\\1234"', at).units, [0o123, 0x34]);
  assert.deepEqual(convertString('"\\0\\00\\0000"', at).units, [0, 0, 0, 0x30]);
  assert.deepEqual(convertString('"\\x41g"', at).units, [0x41, 0x67]);
  assert.deepEqual(convertString('"\\n\\t\\"\\\\\\\'\\?"', at).units, [10, 9, 34, 92, 39, 63]);
  assert.deepEqual(convertString('"\\u0024\\u0040\\u0060"', at).units, [0x24, 0x40, 0x60]);
});

test('string escape diagnostics: unknown escapes warn and keep the character, out of range values are errors', () => {
  const unknown = convertString('"a\\qb\\é"', at);
  assert.deepEqual(unknown.units, [97, 113, 98, 0xc3, 0xa9]);
  assert.deepEqual(shown(unknown.diagnostics), [
    "warning C1056 3:7 unknown escape sequence '\\q'",
    "warning C1056 3:10 unknown escape sequence '\\é'",
  ]);
  assert.deepEqual(shown(convertString('"\\x100"', at).diagnostics), [
    'error C1058 3:6 hex escape sequence out of range',
  ]);
  assert.deepEqual(shown(convertString('u"\\x10000"', at).diagnostics), [
    'error C1058 3:7 hex escape sequence out of range',
  ]);
  assert.deepEqual(convertString('u"\\xffff"', at).diagnostics, []);
  assert.deepEqual(shown(convertString('"\\777"', at).diagnostics), [
    'error C1059 3:6 octal escape sequence out of range',
  ]);
  assert.deepEqual(shown(convertString('"\\x"', at).diagnostics), [
    'error C1057 3:6 \\x used with no following hex digits',
  ]);
  assert.deepEqual(shown(convertString('"\\u12"', at).diagnostics), [
    'error C1060 3:6 incomplete universal character name \\u12',
  ]);
  assert.deepEqual(shown(convertString('"\\U0001F60"', at).diagnostics), [
    'error C1060 3:6 incomplete universal character name \\U0001F60',
  ]);
  assert.deepEqual(shown(convertString('"\\u0041\\ud800\\U00110000"', at).diagnostics), [
    'error C1061 3:6 \\u0041 is not a valid universal character',
    'error C1061 3:12 \\ud800 is not a valid universal character',
    'error C1061 3:18 \\U00110000 is not a valid universal character',
  ]);
});

test('adjacent string literals concatenate after escapes, taking the one prefix among them', () => {
  const piece = (text: string, column: number) => ({ text, at: { ...at, column } });
  assert.deepEqual(concatenateStrings([piece('"\\x1"', 1), piece('"2"', 8)]), {
    prefix: '',
    units: [1, 50],
    diagnostics: [],
  });
  assert.deepEqual(concatenateStrings([piece('"é"', 1), piece('L"x"', 5), piece('"y"', 10)]), {
    prefix: 'L',
    units: [0xe9, 120, 121],
    diagnostics: [],
  });
  assert.deepEqual(concatenateStrings([piece('u8"a"', 1), piece('"b"', 7)]).prefix, 'u8');
  assert.deepEqual(concatenateStrings([piece('u"😀"', 1), piece('"é"', 7)]).units, [0xd83d, 0xde00, 0xe9]);
  const mixed = concatenateStrings([piece('L"a"', 1), piece('u"b"', 6)]);
  assert.equal(mixed.prefix, 'L');
  assert.deepEqual(shown(mixed.diagnostics), [
    'error C1062 3:6 unsupported concatenation of string literals with prefixes L and u',
  ]);
  // Diagnostics point into the piece they come from.
  assert.deepEqual(shown(concatenateStrings([piece('"a"', 1), piece('"\\q"', 20)]).diagnostics), [
    "warning C1056 3:21 unknown escape sequence '\\q'",
  ]);
});
