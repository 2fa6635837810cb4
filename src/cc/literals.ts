// Conversion of literal tokens for the parser and #if: numbers, character constants, string literals, with
// gcc's diagnostics. Adjacent strings: the analyser calls `concatenateStrings` with the pieces syntax.ts keeps;
// it picks the result's prefix first (plain and L make L), then converts every piece in that encoding.

import { cDiagnostic, type CDiagnostic, type CDiagnosticCode, type CLocation } from './diagnostics.js';

/** An integer constant: its value, and its suffix and base, from which the parser picks its type (C99 6.4.4.1). */
export interface IntegerConstant {
  readonly kind: 'integer';
  readonly value: bigint;
  /** The suffix has `u` or `U`. */
  readonly unsigned: boolean;
  /** What the suffix asks for: none is `int`, `l` is `long`, `ll` is `long long`. */
  readonly size: 'int' | 'long' | 'long long';
  /** Written in decimal, so that only signed types are candidates without a `u` (hex and octal try unsigned ones too). */
  readonly decimal: boolean;
  /** Warnings (a decimal constant above 2^63-1 without `u`, which gcc makes unsigned). */
  readonly diagnostics: readonly CDiagnostic[];
}

/** A floating constant, correctly rounded to its type (`float` values are exact in the double). */
export interface FloatingConstant {
  readonly kind: 'floating';
  readonly value: number;
  readonly type: 'float' | 'double' | 'long double';
  /** Warnings (out of the type's range). */
  readonly diagnostics: readonly CDiagnostic[];
}

/** A character constant: `int` for plain ones; `wchar` (int), `char16` and `char32` (unsigned) for L, u and U. */
export interface CharacterConstant {
  readonly value: bigint;
  readonly type: 'int' | 'wchar' | 'char16' | 'char32';
  /** Errors and warnings; the value is still usable after an error. */
  readonly diagnostics: readonly CDiagnostic[];
}

/** The prefix of a string literal: it sets the encoding of its code units. */
export type StringPrefix = '' | 'L' | 'u' | 'U' | 'u8';

/**
 * A string literal's code units without the terminating 0: UTF-8 bytes for plain and u8 strings, UTF-16 units for
 * u, code points for L and U. Numeric escapes give one unit each, whatever the encoding.
 */
export interface StringLiteral {
  readonly prefix: StringPrefix;
  readonly units: number[];
  /** Errors and warnings; the units are still usable after an error. */
  readonly diagnostics: readonly CDiagnostic[];
}

const none: readonly CDiagnostic[] = Object.freeze([]);
const int64Max = (1n << 63n) - 1n;
const uint64Max = (1n << 64n) - 1n;

function fail(code: CDiagnosticCode, at: CLocation, ...args: string[]): CDiagnostic {
  return cDiagnostic('error', code, at, ...args);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHexCode(c: number): boolean {
  return isDigitCode(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Skip digits from `pos`: decimal, or hexadecimal when `hex`. */
function skipDigits(text: string, pos: number, hex: boolean): number {
  while (pos < text.length && (hex ? isHexCode(text.charCodeAt(pos)) : isDigitCode(text.charCodeAt(pos))))
    pos++;
  return pos;
}

/**
 * Convert a pp-number to an integer or floating constant, or the error that makes it invalid (`08`, `1.0e`, `0x`,
 * `123abc`). Test for the error with `'code' in result`.
 */
export function convertNumber(text: string, at: CLocation): IntegerConstant | FloatingConstant | CDiagnostic {
  const hex = text.charCodeAt(0) === 48 && (text[1] === 'x' || text[1] === 'X');
  if (text.charCodeAt(0) === 48 && (text[1] === 'b' || text[1] === 'B')) return convertBinary(text, at);
  const digitsStart = hex ? 2 : 0;
  const digitsEnd = skipDigits(text, digitsStart, hex);
  const next = text[digitsEnd];
  if (next === '.' || (hex ? next === 'p' || next === 'P' : next === 'e' || next === 'E')) {
    return hex ? convertHexFloat(text, at, digitsEnd) : convertDecimalFloat(text, at, digitsEnd);
  }
  if (digitsEnd === digitsStart) return fail('C1046', at, `"${text.slice(1)}"`);
  const digits = text.slice(digitsStart, digitsEnd);
  const octal = !hex && digits.charCodeAt(0) === 48;
  if (octal) {
    const bad = /[89]/.exec(digits);
    if (bad !== null) return fail('C1045', at, `"${bad[0]}"`);
  }
  const value = BigInt(hex ? `0x${digits}` : octal ? `0o${digits.slice(1) || '0'}` : digits);
  return integerConstant(value, text.slice(digitsEnd), !hex && !octal, at);
}

/** A binary constant `0b1011` (a gcc extension, standard in C23): typed as hexadecimal and octal ones are. */
function convertBinary(text: string, at: CLocation): IntegerConstant | CDiagnostic {
  const digitsEnd = skipDigits(text, 2, false);
  const next = text[digitsEnd];
  if (next === '.' || next === 'e' || next === 'E') return fail('C1068', at, `"${text.slice(0, 2)}"`);
  if (digitsEnd === 2) return fail('C1046', at, `"${text.slice(1)}"`);
  const digits = text.slice(2, digitsEnd);
  const bad = /[2-9]/.exec(digits);
  if (bad !== null) return fail('C1069', at, `"${bad[0]}"`);
  return integerConstant(BigInt(`0b${digits}`), text.slice(digitsEnd), false, at);
}

/** An integer constant from its value and suffix, or the error that the suffix or the value makes. */
function integerConstant(
  value: bigint,
  suffix: string,
  decimal: boolean,
  at: CLocation,
): IntegerConstant | CDiagnostic {
  const match = /^(?:([uU]?)(l|L|ll|LL)?|(l|L|ll|LL)([uU]))$/.exec(suffix);
  if (match === null) return fail('C1046', at, `"${suffix}"`);
  const unsigned = (match[1] ?? match[4] ?? '') !== '';
  const length = (match[2] ?? match[3] ?? '').length;
  if (value > uint64Max) return fail('C1050', at);
  const diagnostics = decimal && !unsigned && value > int64Max ? [cDiagnostic('warning', 'C1051', at)] : none;
  return {
    kind: 'integer',
    value,
    unsigned,
    size: length === 0 ? 'int' : length === 1 ? 'long' : 'long long',
    decimal,
    diagnostics,
  };
}

function floatingType(suffix: string): FloatingConstant['type'] | undefined {
  if (suffix === '') return 'double';
  if (suffix === 'f' || suffix === 'F') return 'float';
  if (suffix === 'l' || suffix === 'L') return 'long double';
  return undefined;
}

/** The exponent `[+-]digits` at `pos` (after the e or p), or undefined when it has no digits. */
function readExponent(text: string, pos: number): { value: number; end: number } | undefined {
  let end = pos;
  if (text[end] === '+' || text[end] === '-') end++;
  const digitsEnd = skipDigits(text, end, false);
  if (digitsEnd === end) return undefined;
  // Beyond a few thousand the value is 0 or infinite for every type; clamping keeps the arithmetic small.
  const magnitude = Math.min(Number(text.slice(end, digitsEnd)), 1e6);
  return { value: text[pos] === '-' ? -magnitude : magnitude, end: digitsEnd };
}

function floating(
  value: number,
  type: FloatingConstant['type'],
  at: CLocation,
  nonzero: boolean,
): FloatingConstant {
  const diagnostics =
    nonzero && !Number.isFinite(value) ? [cDiagnostic('warning', 'C1052', at, `'${type}'`)] : none;
  return { kind: 'floating', value, type, diagnostics };
}

function convertDecimalFloat(
  text: string,
  at: CLocation,
  integerEnd: number,
): FloatingConstant | CDiagnostic {
  let pos = integerEnd;
  let fractionEnd = integerEnd;
  if (text[pos] === '.') fractionEnd = pos = skipDigits(text, pos + 1, false);
  let exponent = 0;
  if (text[pos] === 'e' || text[pos] === 'E') {
    const read = readExponent(text, pos + 1);
    if (read === undefined) return fail('C1048', at);
    exponent = read.value;
    pos = read.end;
  }
  const type = floatingType(text.slice(pos));
  if (type === undefined) return fail('C1047', at, `"${text.slice(pos)}"`);
  const digits = text.slice(0, integerEnd) + text.slice(integerEnd + 1, fractionEnd);
  if (digits === '') return fail('C1047', at, `"${text}"`);
  const nonzero = /[1-9]/.test(digits);
  if (type !== 'float') return floating(Number(text.slice(0, pos)), type, at, nonzero);
  // Rounding through double first could round twice; round the exact decimal value to single directly.
  const mantissa = BigInt(digits);
  const scale = exponent - (fractionEnd - integerEnd - (fractionEnd > integerEnd ? 1 : 0));
  return floating(decimalToBinary(mantissa, scale, 24, -149, 128), type, at, nonzero);
}

function convertHexFloat(text: string, at: CLocation, integerEnd: number): FloatingConstant | CDiagnostic {
  let pos = integerEnd;
  let fractionDigits = 0;
  if (text[pos] === '.') {
    const end = skipDigits(text, pos + 1, true);
    fractionDigits = end - pos - 1;
    pos = end;
  }
  const digits = text.slice(2, integerEnd) + text.slice(integerEnd + 1, integerEnd + 1 + fractionDigits);
  if (digits === '') return fail('C1046', at, `"${text.slice(1)}"`);
  if (text[pos] !== 'p' && text[pos] !== 'P') return fail('C1049', at);
  const read = readExponent(text, pos + 1);
  if (read === undefined) return fail('C1048', at);
  const type = floatingType(text.slice(read.end));
  if (type === undefined) return fail('C1047', at, `"${text.slice(read.end)}"`);
  const mantissa = BigInt(`0x${digits}`);
  const exponent = read.value - 4 * fractionDigits;
  const value =
    type === 'float'
      ? binaryToFloat(mantissa, exponent, 24, -149, 128)
      : binaryToFloat(mantissa, exponent, 53, -1074, 1024);
  return floating(value, type, at, mantissa !== 0n);
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** `x * 2^e` for a result known to be exactly representable, without an intermediate overflow or underflow. */
function scaleByPowerOfTwo(x: number, e: number): number {
  if (e < -1022) return x * 2 ** (e + 600) * 2 ** -600;
  return x * 2 ** e;
}

/**
 * The binary floating-point number nearest to `numerator / denominator` (ties to even), with `precision` bits,
 * lowest bit weight `minimumExponent` (subnormals) and values from `2^maximumExponent` up infinite.
 */
function roundQuotient(
  numerator: bigint,
  denominator: bigint,
  precision: number,
  minimumExponent: number,
  maximumExponent: number,
): number {
  if (numerator === 0n) return 0;
  let e = Math.max(bitLength(numerator) - bitLength(denominator) - precision, minimumExponent);
  const divide = (exponent: number): [bigint, bigint, bigint] => {
    const n = exponent < 0 ? numerator << BigInt(-exponent) : numerator;
    const d = exponent > 0 ? denominator << BigInt(exponent) : denominator;
    return [n / d, n % d, d];
  };
  let [q, r, d] = divide(e);
  const top = 1n << BigInt(precision);
  while (q >= top) [q, r, d] = divide(++e);
  while (q < top >> 1n && e > minimumExponent) [q, r, d] = divide(--e);
  const twice = 2n * r;
  if (twice > d || (twice === d && (q & 1n) === 1n)) q++;
  if (bitLength(q) + e > maximumExponent) return Infinity;
  return scaleByPowerOfTwo(Number(q), e);
}

/** `mantissa * 2^exponent` rounded to the format. */
function binaryToFloat(
  mantissa: bigint,
  exponent: number,
  precision: number,
  min: number,
  max: number,
): number {
  if (mantissa === 0n) return 0;
  const magnitude = bitLength(mantissa) + exponent;
  if (magnitude > max + 1) return Infinity;
  if (magnitude < min - 2) return 0;
  return exponent >= 0
    ? roundQuotient(mantissa << BigInt(exponent), 1n, precision, min, max)
    : roundQuotient(mantissa, 1n << BigInt(-exponent), precision, min, max);
}

/** `mantissa * 10^exponent` rounded to the format (exported for tests against JS's own conversion). */
export function decimalToBinary(
  mantissa: bigint,
  exponent: number,
  precision: number,
  min: number,
  max: number,
): number {
  if (mantissa === 0n) return 0;
  // log2(10) < 3.33: bounds that decide infinity and zero before any big power is built.
  const digits = mantissa.toString().length + exponent;
  if (digits > Math.ceil(max / 3.32) + 2) return Infinity;
  if (digits < Math.floor(min / 3.33) - 2) return 0;
  return exponent >= 0
    ? roundQuotient(mantissa * 10n ** BigInt(exponent), 1n, precision, min, max)
    : roundQuotient(mantissa, 10n ** BigInt(-exponent), precision, min, max);
}

type Encoding = 'utf8' | 'utf16' | 'utf32';

const encodings: Readonly<Record<StringPrefix, Encoding>> = {
  '': 'utf8',
  u8: 'utf8',
  u: 'utf16',
  L: 'utf32',
  U: 'utf32',
};
const unitMaximum: Readonly<Record<Encoding, number>> = { utf8: 0xff, utf16: 0xffff, utf32: 0xffffffff };
const simpleEscapes: Readonly<Record<string, number>> = {
  n: 10,
  t: 9,
  r: 13,
  a: 7,
  b: 8,
  f: 12,
  v: 11,
  '\\': 92,
  "'": 39,
  '"': 34,
  '?': 63,
  // gcc's escape for ESC, accepted without a warning as gcc does.
  e: 27,
  E: 27,
};

function encode(codePoint: number, encoding: Encoding, units: number[]): void {
  if (encoding === 'utf32') {
    units.push(codePoint);
  } else if (encoding === 'utf16') {
    if (codePoint < 0x10000) units.push(codePoint);
    else units.push(0xd800 + ((codePoint - 0x10000) >> 10), 0xdc00 + ((codePoint - 0x10000) & 0x3ff));
  } else if (codePoint < 0x80) {
    units.push(codePoint);
  } else if (codePoint < 0x800) {
    units.push(0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f));
  } else if (codePoint < 0x10000) {
    units.push(0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f));
  } else {
    units.push(
      0xf0 | (codePoint >> 18),
      0x80 | ((codePoint >> 12) & 0x3f),
      0x80 | ((codePoint >> 6) & 0x3f),
      0x80 | (codePoint & 0x3f),
    );
  }
}

/** A universal character name may not name a surrogate, a value beyond Unicode, or basic characters (C99 6.4.3). */
function validUniversalCharacter(codePoint: number): boolean {
  if (codePoint < 0xa0) return codePoint === 0x24 || codePoint === 0x40 || codePoint === 0x60;
  return !(codePoint >= 0xd800 && codePoint <= 0xdfff) && codePoint <= 0x10ffff;
}

/**
 * The code units of a literal's body (between its quotes), which starts at `column` of `at`'s line, appending
 * errors and warnings to `diagnostics`.
 */
function decodeBody(
  body: string,
  encoding: Encoding,
  at: CLocation,
  column: number,
  units: number[],
  diagnostics: CDiagnostic[],
): void {
  const max = unitMaximum[encoding];
  const here = (i: number): CLocation => ({ file: at.file, line: at.line, column: column + i });
  for (let i = 0; i < body.length;) {
    if (body.charCodeAt(i) !== 92) {
      let codePoint = body.codePointAt(i)!;
      i += codePoint > 0xffff ? 2 : 1;
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) codePoint = 0xfffd;
      encode(codePoint, encoding, units);
      continue;
    }
    const start = i;
    const e = body[i + 1] ?? '';
    i += 2;
    const simple = simpleEscapes[e];
    if (simple !== undefined) {
      units.push(simple);
    } else if (e >= '0' && e <= '7') {
      let value = Number(e);
      for (let n = 1; n < 3 && body[i]! >= '0' && body[i]! <= '7'; n++) value = value * 8 + Number(body[i++]);
      if (value > max) diagnostics.push(fail('C1059', here(start)));
      units.push(value & max);
    } else if (e === 'x') {
      const end = skipDigits(body, i, true);
      if (end === i) {
        diagnostics.push(fail('C1057', here(start)));
        continue;
      }
      const value = BigInt(`0x${body.slice(i, end)}`);
      if (value > BigInt(max)) diagnostics.push(fail('C1058', here(start)));
      units.push(Number(value & BigInt(max)));
      i = end;
    } else if (e === 'u' || e === 'U') {
      const want = e === 'u' ? 4 : 8;
      const end = skipDigits(body, i, true);
      if (end - i < want) {
        diagnostics.push(fail('C1060', here(start), body.slice(start, end)));
        i = end;
        continue;
      }
      const codePoint = parseInt(body.slice(i, i + want), 16);
      i += want;
      if (!validUniversalCharacter(codePoint)) {
        diagnostics.push(fail('C1061', here(start), body.slice(start, i)));
        continue;
      }
      encode(codePoint, encoding, units);
    } else {
      const codePoint = body.codePointAt(start + 1) ?? 92;
      const shown = String.fromCodePoint(codePoint);
      diagnostics.push(cDiagnostic('warning', 'C1056', here(start), `'\\${shown}'`));
      i = start + 1 + shown.length;
      encode(codePoint, encoding, units);
    }
  }
}

/** The prefix of a character constant or string literal's spelling. */
function prefixOf(text: string): StringPrefix {
  if (text.startsWith('u8')) return 'u8';
  const c = text[0];
  return c === 'L' || c === 'u' || c === 'U' ? c : '';
}

/**
 * Convert a character constant. A plain one is an `int` with the value of a signed char (`'\xff'` is -1);
 * several characters make gcc's multi-character value with a warning. Wide ones keep their last character.
 */
export function convertCharacter(text: string, at: CLocation): CharacterConstant {
  const prefix = prefixOf(text);
  const encoding = encodings[prefix];
  const units: number[] = [];
  const diagnostics: CDiagnostic[] = [];
  decodeBody(
    text.slice(prefix.length + 1, -1),
    encoding,
    at,
    at.column + prefix.length + 1,
    units,
    diagnostics,
  );
  const type = prefix === 'L' ? 'wchar' : prefix === 'u' ? 'char16' : prefix === 'U' ? 'char32' : 'int';
  if (units.length === 0) {
    // `'\x'` is already reported as a bad escape; it is not also empty.
    if (!diagnostics.some((d) => d.severity === 'error')) diagnostics.push(fail('C1053', at));
    return { value: 0n, type, diagnostics };
  }
  if (type !== 'int') {
    if (units.length > 1) diagnostics.push(cDiagnostic('warning', 'C1055', at));
    const last = BigInt(units[units.length - 1]!);
    const value = type === 'wchar' ? BigInt.asIntN(32, last) : type === 'char16' ? last & 0xffffn : last;
    return { value, type, diagnostics };
  }
  if (units.length === 1) return { value: BigInt.asIntN(8, BigInt(units[0]!)), type, diagnostics };
  // gcc: each character shifts in 8 bits and the int keeps the last four.
  diagnostics.push(cDiagnostic('warning', units.length > 4 ? 'C1055' : 'C1054', at));
  let value = 0n;
  for (const unit of units) value = (value << 8n) | BigInt(unit & 0xff);
  return { value: BigInt.asIntN(32, value), type, diagnostics };
}

/** Convert one string literal to its code units (see StringLiteral). */
export function convertString(text: string, at: CLocation): StringLiteral {
  return concatenateStrings([{ text, at }]);
}

/**
 * Convert adjacent string literals into one (translation phase 6). Pieces without a prefix take the others'
 * prefix; two different prefixes are an error (gcc's "unsupported non-standard concatenation").
 */
export function concatenateStrings(
  pieces: readonly { readonly text: string; readonly at: CLocation }[],
): StringLiteral {
  const diagnostics: CDiagnostic[] = [];
  let prefix: StringPrefix = '';
  for (const piece of pieces) {
    const own = prefixOf(piece.text);
    if (own === '' || own === prefix) continue;
    if (prefix === '') prefix = own;
    else diagnostics.push(fail('C1062', piece.at, prefix, own));
  }
  const units: number[] = [];
  for (const piece of pieces) {
    const own = prefixOf(piece.text);
    const body = piece.text.slice(own.length + 1, -1);
    decodeBody(body, encodings[prefix], piece.at, piece.at.column + own.length + 1, units, diagnostics);
  }
  return { prefix, units, diagnostics };
}
