// Unit tests of the C lexer: punctuators and digraphs, identifiers, pp-numbers, literals with prefixes, line
// splicing and comments with their locations, header names, and the stray tokens the preprocessor rejects.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isStray, isUnterminated, scan, strayDiagnostic, type PPToken } from '../../src/cc/lexer.js';

/** The tokens of a text as `kind:text`, without the final eof. */
function kinds(text: string): string[] {
  const result = scan('t.c', text);
  assert.deepEqual(result.diagnostics, []);
  return result.tokens.slice(0, -1).map((t) => `${t.kind}:${t.text}`);
}

function texts(text: string): string[] {
  return scan('t.c', text)
    .tokens.slice(0, -1)
    .map((t) => t.text);
}

function where(t: PPToken): string {
  return `${t.at.line}:${t.at.column}`;
}

test('every C99 punctuator scans as itself, longest match first', () => {
  const all = [
    '[',
    ']',
    '(',
    ')',
    '{',
    '}',
    '.',
    '->',
    '++',
    '--',
    '&',
    '*',
    '+',
    '-',
    '~',
    '!',
    '/',
    '%',
    '<<',
    '>>',
    '<',
    '>',
    '<=',
    '>=',
    '==',
    '!=',
    '^',
    '|',
    '&&',
    '||',
    '?',
    ':',
    ';',
    '...',
    '=',
    '*=',
    '/=',
    '%=',
    '+=',
    '-=',
    '<<=',
    '>>=',
    '&=',
    '^=',
    '|=',
    ',',
    '#',
    '##',
  ];
  assert.deepEqual(texts(all.join(' ')), all);
  assert.ok(
    scan('t.c', all.join(' '))
      .tokens.slice(0, -1)
      .every((t) => t.kind === 'punctuator'),
  );
  assert.deepEqual(texts('a+++++b'), ['a', '++', '++', '+', 'b']);
  assert.deepEqual(texts('x<<=y>>=z'), ['x', '<<=', 'y', '>>=', 'z']);
  assert.deepEqual(texts('..'), ['.', '.']);
  assert.deepEqual(texts('....'), ['...', '.']);
  assert.deepEqual(texts('a->b-->c'), ['a', '->', 'b', '--', '>', 'c']);
});

test('digraphs are spelled as their usual form', () => {
  assert.deepEqual(texts('<: :> <% %> %: %:%:'), ['[', ']', '{', '}', '#', '##']);
  assert.deepEqual(texts('%:%'), ['#', '%']);
  assert.deepEqual(texts('a<:1:>'), ['a', '[', '1', ']']);
});

test('identifiers are ASCII letters, digits, _ and $', () => {
  assert.deepEqual(kinds('_a1 $x a$b __LINE__'), [
    'identifier:_a1',
    'identifier:$x',
    'identifier:a$b',
    'identifier:__LINE__',
  ]);
  // A prefix letter not followed by a quote is an ordinary identifier.
  assert.deepEqual(kinds('L u U u8 Lx u8x'), [
    'identifier:L',
    'identifier:u',
    'identifier:U',
    'identifier:u8',
    'identifier:Lx',
    'identifier:u8x',
  ]);
});

test('pp-numbers follow C99 6.4.8: exponents with signs, suffixes, dots, and invalid numbers as one token', () => {
  assert.deepEqual(kinds('1e+5 0x1p-3 1.5f .5 1. 0x1fUL 1.2.3 123abc 08 1e 1_000 0xe+1'), [
    'number:1e+5',
    'number:0x1p-3',
    'number:1.5f',
    'number:.5',
    'number:1.',
    'number:0x1fUL',
    'number:1.2.3',
    'number:123abc',
    'number:08',
    'number:1e',
    'number:1_000',
    'number:0xe+1', // the famous one: e+ continues a pp-number even in hex
  ]);
  assert.deepEqual(texts('1+2 1.e-x'), ['1', '+', '2', '1.e-x']);
  assert.deepEqual(texts('a.b .x'), ['a', '.', 'b', '.', 'x']);
});

test('character constants and string literals keep their prefix, quotes and escapes', () => {
  assert.deepEqual(kinds(`'a' '\\'' '\\\\' L'x' u'y' U'z' "s" "a\\"b" L"w" u"16" U"32" u8"8"`), [
    "char:'a'",
    "char:'\\''",
    "char:'\\\\'",
    "char:L'x'",
    "char:u'y'",
    "char:U'z'",
    'string:"s"',
    'string:"a\\"b"',
    'string:L"w"',
    'string:u"16"',
    'string:U"32"',
    'string:u8"8"',
  ]);
  // u8 makes strings only (C11): u8'a' is the identifier u8 and a character constant.
  assert.deepEqual(kinds("u8'a'"), ['identifier:u8', "char:'a'"]);
  assert.deepEqual(kinds('"/* not a comment */" "// nor this"'), [
    'string:"/* not a comment */"',
    'string:"// nor this"',
  ]);
  assert.deepEqual(kinds('"é€😀"'), ['string:"é€😀"']);
});

test('comments are white space; a comment spanning lines keeps a following # at the line start', () => {
  const { tokens } = scan('t.c', 'a/* x\n y */b // rest \\\n still comment\nc /**/d\n/*\n*/ #x');
  assert.deepEqual(
    tokens.map((t) => [t.text, t.spaceBefore, t.lineStart, where(t)]),
    [
      ['a', false, true, '1:1'],
      ['b', true, false, '2:6'],
      ['c', false, true, '4:1'],
      ['d', true, false, '4:7'],
      ['#', true, true, '6:4'],
      ['x', false, false, '6:5'],
      ['', false, true, '6:6'],
    ],
  );
});

test('line splicing joins lines anywhere, and locations stay on the physical lines', () => {
  const { tokens } = scan('t.c', 'in\\\nt x = 1\\\r\n2;\n"ab\\\ncd" y\n#def\\\nine Z');
  assert.deepEqual(
    tokens.slice(0, -1).map((t) => [t.text, where(t)]),
    [
      ['int', '1:1'],
      ['x', '2:3'],
      ['=', '2:5'],
      ['12', '2:7'],
      [';', '3:2'],
      ['"abcd"', '4:1'],
      ['y', '5:5'],
      ['#', '6:1'],
      ['define', '6:2'],
      ['Z', '7:5'],
    ],
  );
  // A backslash that does not end a line is a stray token.
  assert.deepEqual(kinds('a \\ b').slice(1, 2), ['other:\\']);
});

test('lineStart and spaceBefore describe the white space before each token', () => {
  const { tokens } = scan('t.c', '  a b\n\tc\nd(e)');
  assert.deepEqual(
    tokens.slice(0, -1).map((t) => [t.text, t.spaceBefore, t.lineStart]),
    [
      ['a', true, true],
      ['b', true, false],
      ['c', true, true],
      ['d', false, true],
      ['(', false, false],
      ['e', false, false],
      [')', false, false],
    ],
  );
});

test('header names are scanned only right after #include', () => {
  assert.deepEqual(kinds('#include <sys/a b.h>'), [
    'punctuator:#',
    'identifier:include',
    'header:<sys/a b.h>',
  ]);
  assert.deepEqual(kinds('%: include <a//b.h>'), ['punctuator:#', 'identifier:include', 'header:<a//b.h>']);
  assert.deepEqual(texts('x < y > z'), ['x', '<', 'y', '>', 'z']);
  assert.deepEqual(texts('a #include <x.h>'), ['a', '#', 'include', '<', 'x', '.', 'h', '>']);
  assert.deepEqual(texts('#include <unclosed'), ['#', 'include', '<', 'unclosed']);
  assert.deepEqual(texts('#define <x>'), ['#', 'define', '<', 'x', '>']);
});

test('the eof token is located at the end of the text', () => {
  assert.deepEqual(where(scan('t.c', 'a\n').tokens.at(-1)!), '2:1');
  assert.deepEqual(where(scan('t.c', 'ab').tokens.at(-1)!), '1:3');
  assert.equal(scan('t.c', '').tokens.length, 1);
  assert.equal(scan('t.c', '\ufeffx').tokens[0]!.text, 'x');
});

test('an unterminated comment is an error at its start, and the rest of the file is the comment', () => {
  const result = scan('t.c', 'a\n  /* no end\n b');
  assert.deepEqual(
    result.diagnostics.map((d) => `${d.code} ${d.at.line}:${d.at.column} ${d.message}`),
    ['C1002 2:3 unterminated comment'],
  );
  assert.deepEqual(
    result.tokens.map((t) => t.kind),
    ['identifier', 'eof'],
  );
});

test('unterminated literals become stray tokens to the end of their line, and scanning goes on', () => {
  const result = scan('t.c', `don't\nx "abc\ny L'q`);
  assert.deepEqual(result.diagnostics, []);
  const tokens = result.tokens.slice(0, -1);
  assert.deepEqual(
    tokens.map((t) => `${t.kind}:${t.text}`),
    ['identifier:don', "other:'t", 'identifier:x', 'other:"abc', 'identifier:y', "other:L'q"],
  );
  const strays = tokens.filter(isStray);
  assert.ok(strays.every(isUnterminated));
  assert.deepEqual(
    strays.map((t) => {
      const d = strayDiagnostic(t);
      return `${d.code} ${d.at.line}:${d.at.column} ${d.message}`;
    }),
    [
      "C1003 1:4 missing terminating ' character",
      'C1003 2:3 missing terminating " character',
      "C1003 3:3 missing terminating ' character",
    ],
  );
});

test('stray characters, UCNs and non-ASCII characters outside literals are stray tokens with clear errors', () => {
  const result = scan('t.c', 'a @ ` \\ caf\\u00e9 é 😀 \x01');
  const strays = result.tokens.filter(isStray);
  assert.deepEqual(
    strays.map((t) => t.text),
    ['@', '`', '\\', '\\u00e9', 'é', '😀', '\x01'],
  );
  assert.ok(!strays.some(isUnterminated));
  assert.deepEqual(
    strays.map((t) => {
      const d = strayDiagnostic(t);
      return `${d.code} ${d.at.column} ${d.message}`;
    }),
    [
      "C1001 3 stray '@' in program",
      "C1001 5 stray '`' in program",
      "C1001 7 stray '\\' in program",
      'C1004 12 non-ASCII character or universal character name \\u00e9 outside a literal or comment',
      'C1004 19 non-ASCII character or universal character name U+00E9 outside a literal or comment',
      'C1004 21 non-ASCII character or universal character name U+1F600 outside a literal or comment',
      "C1001 24 stray '\\001' in program",
    ],
  );
});

test('a large file scans with every token located', () => {
  const line = 'static int f_123(int a, int b) { return a * 0x10 + b / 3.5e2; } /* c */ // d\n';
  const text = line.repeat(20000);
  const result = scan('big.c', text);
  assert.equal(result.tokens.length, 20000 * 21 + 1);
  assert.equal(where(result.tokens.at(-2)!), '20000:63');
});
