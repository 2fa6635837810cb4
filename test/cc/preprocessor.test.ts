// Unit tests of the C preprocessor: the C99 standard's examples, macro expansion and blue paint, # and ##,
// predefined and command-line macros, #if arithmetic, conditional groups, #include search and guards, #line,
// pragmas, every diagnostic with its location, limits on hostile input, the -E text, and speed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scan } from '../../src/cc/lexer.js';
import { dirname, joinPath, normalizePath } from '../../src/cc/paths.js';
import type { Token } from '../../src/cc/token.js';
import {
  formatPreprocessed,
  preprocess,
  type PreprocessOptions,
  type PreprocessResult,
} from '../../src/cc/preprocessor.js';

type Files = Readonly<Record<string, string>>;

function run(main: string, files: Files = {}, options: Partial<PreprocessOptions> = {}): PreprocessResult {
  const all: Files = { 'main.c': main, ...files };
  return preprocess('main.c', {
    files: { read: (path) => (Object.hasOwn(all, path) ? all[path] : undefined) },
    ...options,
  });
}

/** The diagnostics as `file:line:col severity code`. */
function problems(result: PreprocessResult): string[] {
  return result.diagnostics.map((d) => `${d.at.file}:${d.at.line}:${d.at.column} ${d.severity} ${d.code}`);
}

/** The output's token spellings joined by single spaces; fails on any diagnostic. */
function expand(main: string, files: Files = {}, options: Partial<PreprocessOptions> = {}): string {
  const result = run(main, files, options);
  assert.deepEqual(
    result.diagnostics.map((d) => `${d.at.file}:${d.at.line}:${d.at.column}: ${d.message}`),
    [],
  );
  const last = result.tokens[result.tokens.length - 1]!;
  assert.equal(last.kind, 'eof');
  return spellings(result.tokens.slice(0, -1));
}

function spellings(tokens: readonly { readonly text: string }[]): string {
  return tokens.map((t) => t.text).join(' ');
}

/** Expected output written as C text: scanned the same way, so that white space does not matter. */
function tokens(text: string): string {
  return spellings(scan('expected.c', text).tokens.slice(0, -1));
}

// The examples of C99 6.10.3.

test('C99 6.10.3.5 EXAMPLE 3: redefinition, rescanning, nested and empty arguments', () => {
  const source = `#define x 3
#define f(a) f(x * (a))
#undef x
#define x 2
#define g f
#define z z[0]
#define h g(~
#define m(a) a(w)
#define w 0,1
#define t(a) a
#define p() int
#define q(x) x
#define r(x,y) x ## y
#define str(x) # x
f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);
g(x+(3,4)-w) | h 5) & m
(f)^m(m);
p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };
char c[2][q(2)] = { str(hello), str() };
`;
  assert.equal(
    expand(source),
    tokens(`f(2 * (y+1)) + f(2 * (f(2 * (z[0])))) % f(2 * (0)) + t(1);
f(2 * (2+(3,4)-0,1)) | f(2 * (~ 5)) & f(2 * (0,1))^m(0,1);
int i[] = { 1, 23, 4, 5, };
char c[2][2] = { "hello", "" };`),
  );
});

test('C99 6.10.3.5 EXAMPLE 4: stringizing, pasting, and a computed #include', () => {
  const source = `#define str(s) # s
#define xstr(s) str(s)
#define debug(s, t) printf("x" # s "= %d, x" # t "= %s", \\
 x ## s, x ## t)
#define INCFILE(n) vers ## n
#define glue(a, b) a ## b
#define xglue(a, b) glue(a, b)
#define HIGHLOW "hello"
#define LOW LOW ", world"
debug(1, 2);
fputs(str(strncmp("abc\\0d", "abc", '\\4') // this goes away
 == 0) str(: @\\n), s);
#include xstr(INCFILE(2).h)
glue(HIGH, LOW);
xglue(HIGH, LOW)
`;
  const result = expand(source, { 'vers2.h': 'vers2_h_was_included' });
  assert.equal(
    result,
    tokens(`printf("x" "1" "= %d, x" "2" "= %s", x1, x2);
fputs("strncmp(\\"abc\\\\0d\\", \\"abc\\", '\\\\4') == 0" ": @\\n", s);
vers2_h_was_included
"hello";
"hello" ", world"`),
  );
  assert.ok(result.includes(String.raw`"strncmp(\"abc\\0d\", \"abc\", '\\4') == 0"`));
});

test('C99 6.10.3.5 EXAMPLE 5: placemarkers for empty arguments of ##', () => {
  const source = `#define t(x,y,z) x ## y ## z
int j[] = { t(1,2,3), t(,4,5), t(6,,7), t(8,9,),
 t(10,,), t(,11,), t(,,12), t(,,) };`;
  assert.equal(expand(source), tokens('int j[] = { 123, 45, 67, 89, 10, 11, 12, };'));
});

test('C99 6.10.3.5 EXAMPLE 7: variable arguments', () => {
  const source = `#define debug(...) fprintf(stderr, __VA_ARGS__)
#define showlist(...) puts(#__VA_ARGS__)
#define report(test, ...) ((test)?puts(#test):\\
 printf(__VA_ARGS__))
debug("Flag");
debug("X = %d\\n", x);
showlist(The first, second, and third items.);
report(x>y, "x is %d but y is %d", x, y);`;
  const result = expand(source);
  assert.equal(
    result,
    tokens(`fprintf(stderr, "Flag" );
fprintf(stderr, "X = %d\\n", x );
puts( "The first, second, and third items." );
((x>y)?puts("x>y"): printf("x is %d but y is %d", x, y));`),
  );
});

test('C99 6.10.3.3 EXAMPLE: hash_hash makes a ## token that is not an operator', () => {
  const source = `#define hash_hash # ## #
#define mkstr(a) # a
#define in_between(a) mkstr(a)
#define join(c, d) in_between(c hash_hash d)
char p[] = join(x, y);`;
  assert.equal(expand(source), tokens('char p[] = "x ## y";'));
});

test('C99 6.10.3.5 EXAMPLE 6: the same redefinition is allowed, a different one warns with the first location', () => {
  const valid = `#define OBJ_LIKE (1-1)
#define OBJ_LIKE /* white space */ (1-1) /* other */
#define FUNC_LIKE(a) ( a )
#define FUNC_LIKE( a )( /* note the white space */ \\
 a /* other stuff on this line
 */ )
OBJ_LIKE FUNC_LIKE(z)`;
  assert.equal(expand(valid), tokens('(1-1) ( z )'));
  const invalid = `#define OBJ_LIKE (1-1)
#define FUNC_LIKE(a) ( a )
#define OBJ_LIKE (0)
#define OBJ_LIKE (1 - 1)
#define FUNC_LIKE(b) ( a )
#define FUNC_LIKE(b) ( b )
OBJ_LIKE`;
  const result = run(invalid);
  assert.deepEqual(problems(result), [
    'main.c:3:9 warning C1012',
    'main.c:1:9 note C1013',
    'main.c:4:9 warning C1012',
    'main.c:3:9 note C1013',
    'main.c:5:9 warning C1012',
    'main.c:2:9 note C1013',
    'main.c:6:9 warning C1012',
    'main.c:5:9 note C1013',
  ]);
  assert.equal(result.diagnostics[0]!.message, '"OBJ_LIKE" redefined');
  assert.equal(result.diagnostics[1]!.message, 'this is the location of the previous definition');
  assert.equal(spellings(result.tokens.slice(0, -1)), '( 1 - 1 )');
});

// Macro expansion.

test('blue paint: a macro is not expanded again inside its own expansion, even through others', () => {
  assert.equal(expand('#define foo foo\nfoo'), 'foo');
  assert.equal(expand('#define a b\n#define b a\na b'), 'a b');
  assert.equal(expand('#define f(x) x f\nf(1)(2)'), '1 f ( 2 )');
  assert.equal(expand('#define f(x) g(x)\n#define g(x) f(x)\nf(1)'), 'f ( 1 )');
  // A painted name stays painted when it is passed on as an argument.
  assert.equal(expand('#define f(x) x\n#define g f(g)\ng'), 'g');
  assert.equal(expand('#define id(x) x\n#define self id(self)\nself id(self)'), 'self self');
  // The classic of 6.10.3.4p4: both answers are allowed; gcc's is 2*9*g.
  assert.equal(expand('#define f(a) a*g\n#define g(a) f(a)\nf(2)(9)'), '2 * 9 * g');
  assert.equal(expand('#define errno (*__errno())\nerrno = 1;'), '( * __errno ( ) ) = 1 ;');
});

test('a function-like macro name without ( stays an identifier; ( may come on a later line', () => {
  assert.equal(expand('#define f(x) [x]\nf + f(1) f'), 'f + [ 1 ] f');
  assert.equal(expand('#define f(x) [x]\nf\n\n(2)'), '[ 2 ]');
  assert.equal(expand('#define f(x) [x]\n#define g f\ng(3) g'), '[ 3 ] f');
  assert.equal(expand('#define f(x) [x]\nf\n#define Y 5\n(Y)'), '[ 5 ]');
  assert.equal(expand('#define f() x\n#define e\nf e ()'), 'f ( )');
  assert.equal(expand('#define f(x) [x]\nint f;'), 'int f ;');
});

test('arguments: nested parentheses, commas, empty and multi-line arguments, and directives inside them', () => {
  assert.equal(expand('#define two(a, b) <a|b>\ntwo((1, 2), [3 4])'), '< ( 1 , 2 ) | [ 3 4 ] >');
  // Only parentheses group: a comma inside brackets or braces separates arguments.
  assert.equal(expand('#define two(a, b) <a|b>\ntwo([1, 2]) two({1, 2})'), '< [ 1 | 2 ] > < { 1 | 2 } >');
  assert.equal(expand('#define two(a, b) <a|b>\ntwo(,) two( , x)'), '< | > < | x >');
  assert.equal(expand('#define one(a) <a>\none() one( ) one(())'), '< > < > < ( ) >');
  assert.equal(expand('#define two(a, b) <a|b>\ntwo(\n  1,\n  2\n)'), '< 1 | 2 >');
  const directives = `#define two(a, b) <a|b>
two(1,
#ifdef NOPE
 no
#else
 yes
#endif
)`;
  assert.equal(expand(directives), '< 1 | yes >');
  assert.equal(expand('#define v(...) <__VA_ARGS__>\nv() v(a) v(a, b , c)'), '< > < a > < a , b , c >');
  assert.equal(
    expand('#define v(x, ...) <x:__VA_ARGS__>\nv(1) v(1,) v(1, 2, 3)'),
    '< 1 : > < 1 : > < 1 : 2 , 3 >',
  );
  // Arguments are expanded before substitution, except next to # and ##.
  assert.equal(expand('#define A 1\n#define s(x) #x x\ns(A)'), '"A" 1');
  assert.equal(expand('#define A 1\n#define c(x) x ## x x\nc(A)'), 'AA 1');
});

test('argument count errors and unterminated invocations are located at the macro name', () => {
  const result = run('#define two(a, b) a b\n#define none() x\n  two(1)\ntwo(1, 2, 3) none(1)\ntwo(1,\n2');
  // Each error is followed by gcc's note at the macro's definition.
  assert.deepEqual(problems(result), [
    'main.c:3:3 error C1020',
    'main.c:1:9 note C1064',
    'main.c:4:1 error C1063',
    'main.c:1:9 note C1064',
    'main.c:4:14 error C1063',
    'main.c:2:9 note C1064',
    'main.c:5:1 error C1019',
    'main.c:1:9 note C1064',
  ]);
  assert.deepEqual(
    result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message),
    [
      'macro "two" requires 2 arguments, but only 1 given',
      'macro "two" passed 3 arguments, but takes just 2',
      'macro "none" passed 1 arguments, but takes just 0',
      'unterminated argument list invoking macro "two"',
    ],
  );
  assert.equal(result.diagnostics[1]!.message, 'macro "two" defined here');
  // An invocation cannot run past the end of an included file.
  assert.deepEqual(problems(run('#include "a.h"\n)', { 'a.h': '#define f(x) x\nf(' })), [
    'a.h:2:1 error C1019',
    'a.h:1:9 note C1064',
  ]);
});

test('# makes a string: white space becomes one space, and quotes and backslashes in literals are escaped', () => {
  assert.equal(expand('#define s(x) #x\ns(  a   +\n  b  )'), '"a + b"');
  assert.equal(expand("#define s(x) #x\ns(\"a\\n\" '\"' '\\\\')"), String.raw`"\"a\\n\" '\"' '\\\\'"`);
  assert.equal(expand('#define s(x) #x\ns(@ \\ $x)'), '"@ \\ $x"');
  assert.equal(expand('#define s(...) #__VA_ARGS__\ns(a,b , c)'), '"a,b , c"');
  assert.equal(expand('#define s(x) #x\ns(/* c */ a /* d */ b /**/)'), '"a b"');
});

test('## pastes tokens, and a pasted name can expand', () => {
  assert.equal(
    expand('#define c(a, b) a ## b\nc(x, y) c(1, 2) c(+, =) c(<, <=) c(., 5) c(L, "s") c(%:, %:)'),
    'xy 12 += <<= .5 L"s" ##',
  );
  assert.equal(expand('#define AB done\n#define c(a, b) a ## b\nc(A, B)'), 'done');
  assert.equal(expand('#define c(a, b) a ## b\n#define x(n) c(var, n)\nx(1) x()'), 'var1 var');
  assert.equal(expand('#define c3(a, b, d) a ## b ## d\nc3(1, e, +) c3(0x, 1p-, 3)'), '1e+ 0x1p-3');
  assert.equal(expand('#define obj x ## y ## 1\nobj'), 'xy1');
});

test('an invalid paste is an error, and both tokens stay', () => {
  const result = run('#define c(a, b) a ## b\n c(+, -) c(/, /) c(x, "s")');
  assert.deepEqual(problems(result), [
    'main.c:2:2 error C1021',
    'main.c:2:10 error C1021',
    'main.c:2:18 error C1021',
  ]);
  assert.equal(
    result.diagnostics[0]!.message,
    'pasting "+" and "-" does not give a valid preprocessing token',
  );
  assert.equal(spellings(result.tokens.slice(0, -1)), '+ - / / x "s"');
});

test("gcc's , ## __VA_ARGS__ drops the comma when the variable arguments are left out", () => {
  const source = '#define e(fmt, ...) f(fmt, ## __VA_ARGS__)\ne(1) e(1,) e(1, 2, 3) e(1, A)\n#define A a';
  assert.equal(expand(source), 'f ( 1 ) f ( 1 , ) f ( 1 , 2 , 3 ) f ( 1 , A )');
  assert.equal(expand('#define o(...) f(0, ## __VA_ARGS__)\no() o(1)'), 'f ( 0 ) f ( 0 , 1 )');
});

test('tokens from an expansion are located at the invocation, the first one with its spacing', () => {
  const result = run('#define ONE 1\n#define call(x) f(x, \\\n ONE)\n  a =   call(b\n  + c);\n');
  const output = result.tokens.slice(0, -1);
  assert.deepEqual(
    output.map(
      (t) =>
        `${t.text}@${t.at.line}:${t.at.column}${t.spaceBefore ? ' space' : ''}${t.lineStart ? ' start' : ''}`,
    ),
    [
      'a@4:3 space start',
      '=@4:5 space',
      'f@4:9 space',
      '(@4:9',
      'b@4:9',
      '+@4:9 space',
      'c@4:9 space',
      ',@4:9',
      '1@4:9 space',
      ')@4:9',
      ';@5:7',
    ],
  );
});

test('#define errors are located at the offending token, and the macro is not defined', () => {
  const source = [
    '#define',
    '#define 3 x',
    '#define defined',
    '#define f(a',
    '#define g(1) x',
    '#define h(a, a) a',
    '#define s(x) #y',
    '#define c1 ## x',
    '#define c2 x ##',
    '#define k(a b) x',
    '#define v(..., x) x',
    '#define X+1',
    '#define nv(x) __VA_ARGS__',
    '#define va(__VA_ARGS__) x',
    'f(1) g(1) h(1, 2) s(1) c1 c2 k(1) v(1) X',
  ].join('\n');
  const result = run(source);
  assert.deepEqual(problems(result), [
    'main.c:1:2 error C1010',
    'main.c:2:9 error C1009',
    'main.c:3:9 error C1011',
    'main.c:4:11 error C1014',
    'main.c:5:11 error C1014',
    'main.c:6:14 error C1015',
    'main.c:7:14 error C1016',
    'main.c:8:12 error C1017',
    'main.c:9:14 error C1017',
    'main.c:10:13 error C1014',
    'main.c:11:14 error C1014',
    'main.c:12:10 warning C1038',
    'main.c:13:15 warning C1018',
    'main.c:14:12 error C1014',
  ]);
  assert.deepEqual(
    result.diagnostics.slice(3, 5).map((d) => d.message),
    [
      'expected "," or ")" in macro parameter list, found end of line',
      'expected a parameter name in macro parameter list, found "1"',
    ],
  );
  assert.equal(
    spellings(result.tokens.slice(0, -1)),
    'f ( 1 ) g ( 1 ) h ( 1 , 2 ) s ( 1 ) c1 c2 k ( 1 ) v ( 1 ) + 1',
  );
});

// Predefined and command-line macros.

test('predefined macros describe C99 on the LP64 VP, without claiming to be gcc or x86-64', () => {
  const names = [
    '__STDC__',
    '__STDC_VERSION__',
    '__STDC_HOSTED__',
    '__tessera__',
    '__LP64__',
    '_LP64',
    '__CHAR_BIT__',
    '__SIZEOF_SHORT__',
    '__SIZEOF_INT__',
    '__SIZEOF_LONG__',
    '__SIZEOF_LONG_LONG__',
    '__SIZEOF_POINTER__',
    '__SIZEOF_FLOAT__',
    '__SIZEOF_DOUBLE__',
    '__SIZEOF_LONG_DOUBLE__',
    '__SIZEOF_SIZE_T__',
    '__ORDER_LITTLE_ENDIAN__',
    '__BYTE_ORDER__',
    '__GNUC__',
    '__x86_64__',
  ];
  assert.equal(
    expand(names.join('\n')),
    '1 199901L 1 1 1 1 8 2 4 8 8 8 4 8 8 8 1234 1234 __GNUC__ __x86_64__',
  );
  assert.equal(
    expand('#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && __STDC_VERSION__ >= 199901L\nok\n#endif'),
    'ok',
  );
});

test('__FILE__, __LINE__ (of the invocation), __DATE__, __TIME__ and __COUNTER__', () => {
  const source = `#define WHERE __FILE__ __LINE__
__LINE__ WHERE
#include "dir/inc.h"
#define LATER(x) __LINE__ x
LATER(
  __LINE__
)
__DATE__ __TIME__ __COUNTER__ __COUNTER__ __COUNTER__`;
  const date = new Date(2024, 2, 5, 7, 8, 9);
  assert.equal(
    expand(source, { 'dir/inc.h': '\n__FILE__ __LINE__' }, { date }),
    '2 "main.c" 2 "dir/inc.h" 2 5 6 "Mar  5 2024" "07:08:09" 0 1 2',
  );
  assert.equal(expand('__DATE__', {}, { date: new Date(2024, 11, 25) }), '"Dec 25 2024"');
  assert.match(expand('__DATE__ __TIME__'), /^"[A-Z][a-z]{2} [ 1-3]\d \d{4}" "\d\d:\d\d:\d\d"$/);
  assert.equal(expand('__DATE__ __TIME__', {}, { date: new Date(NaN) }), '"??? ?? ????" "??:??:??"');
  assert.equal(expand('#if defined(__FILE__) && defined __LINE__\nyes\n#endif'), 'yes');
});

test('built-in macros can be redefined and undefined only with a warning', () => {
  const result = run('#undef __LINE__\n#define __FILE__ "x"\n__LINE__ __FILE__');
  assert.deepEqual(problems(result), ['main.c:1:8 warning C1039', 'main.c:2:9 warning C1039']);
  assert.equal(spellings(result.tokens.slice(0, -1)), '__LINE__ "x"');
});

test('-D and -U apply in order after the predefined macros', () => {
  const defines = [
    ['ONE', '1'],
    ['EMPTY', ''],
    ['F(a)', '(a + 1)'],
    ['GONE', 'x'],
    ['GONE', undefined],
    ['__STDC_HOSTED__', undefined],
    ['TWICE', '1'],
    ['TWICE', undefined],
    ['TWICE', '2'],
    ['NEWLINE', '3\n#define EVIL 1'],
  ] as const;
  assert.equal(
    expand('ONE [EMPTY] F(2) GONE __STDC_HOSTED__ TWICE NEWLINE EVIL', {}, { defines }),
    '1 [ ] ( 2 + 1 ) GONE __STDC_HOSTED__ 2 3 EVIL',
  );
  const result = run(
    'X',
    {},
    {
      defines: [
        ['3', '1'],
        ['X', '1'],
        ['X', '2'],
      ],
    },
  );
  assert.deepEqual(problems(result), [
    '<command-line>:1:9 error C1009',
    '<command-line>:3:9 warning C1012',
    '<command-line>:2:9 note C1013',
  ]);
  // A user's redefinition of a predefined macro points back at it.
  assert.deepEqual(problems(run('#define __STDC_VERSION__ 201112L')), [
    'main.c:1:9 warning C1012',
    '<built-in>:2:9 note C1013',
  ]);
});

// #if.

/** Whether `#if expression` takes its group. */
function holds(expression: string, prelude = ''): boolean {
  const text = expand(`${prelude}\n#if ${expression}\nyes\n#else\nno\n#endif`);
  assert.ok(text === 'yes' || text === 'no', text);
  return text === 'yes';
}

test('#if arithmetic: precedence, associativity and every operator', () => {
  assert.ok(holds('1 + 2 * 3 == 7'));
  assert.ok(holds('(1 + 2) * 3 == 9'));
  assert.ok(holds('10 - 2 - 3 == 5'));
  assert.ok(holds('100 / 10 / 5 == 2'));
  assert.ok(holds('17 % 5 == 2 && -17 % 5 == -2 && -17 / 5 == -3'));
  assert.ok(holds('1 << 4 == 16 && 256 >> 4 == 16 && -16 >> 2 == -4'));
  assert.ok(holds('(6 & 3) == 2 && (6 | 3) == 7 && (6 ^ 3) == 5'));
  assert.ok(holds('~0 == -1 && !0 == 1 && !5 == 0 && -(-3) == 3 && +4 == 4'));
  assert.ok(holds('1 < 2 && 2 > 1 && 2 <= 2 && 2 >= 3 == 0 && 1 != 2'));
  assert.ok(holds('0 || 2') && !holds('0 && 2') && holds('3 && 4 == 1 + 3'));
  assert.ok(holds('1 ? 2 : 0') && !holds('0 ? 2 : 0') && holds('0 ? 0 : 1 ? 3 : 0'));
  assert.ok(holds('(1, 0, 2) == 2'));
  assert.ok(holds('0x10 == 16 && 010 == 8 && 10L == 10 && 10ull == 10'));
  assert.ok(holds("'a' == 97 && '\\n' == 10 && '\\xff' < 0 && L'\\xffffffff' < 0 && u'\\xffff' > 0"));
  const multi = run("#if 'ab' == 0x6162\nyes\n#endif");
  assert.deepEqual(problems(multi), ['main.c:1:5 warning C1054']);
  assert.equal(spellings(multi.tokens.slice(0, -1)), 'yes');
  assert.ok(holds('0x7fffffffffffffff > 0 && -0x7fffffffffffffff - 1 < 0'));
});

test('#if uses intmax_t and uintmax_t: the usual arithmetic conversions, wrap-around, and shifts as gcc', () => {
  assert.ok(holds('-1 > 0u'));
  assert.ok(holds('-1 < 0') && !holds('-1 < 0u'));
  assert.ok(holds('0xffffffffffffffff == -1'));
  assert.ok(holds('0xffffffffffffffff > 0'));
  assert.ok(holds('18446744073709551615u / 2 == 9223372036854775807'));
  assert.ok(holds('-1u == 18446744073709551615u'));
  assert.ok(holds('~0u == 0xffffffffffffffff'));
  assert.ok(holds('(1 ? -1 : 0u) > 0'));
  assert.ok(holds('(0u - 1) >> 63 == 1 && (0 - 1) >> 63 == -1'));
  assert.ok(holds('1 << 63 < 0 && 1u << 63 > 0 && 1 << 64 == 0 && 1 << -1 == 0 && -1 >> 99 == -1'));
  assert.ok(holds('4 >> -1 == 8'));
  assert.ok(holds('2147483647 + 1 == 2147483648'));
});

test('#if: macros are expanded, defined is an operator, other identifiers are 0', () => {
  assert.ok(holds('V > 2', '#define V 3'));
  assert.ok(holds('defined V && defined(V) && !defined W && !defined(W)', '#define V'));
  assert.ok(holds('unknown == 0 && true == 0 && int == 0'));
  assert.ok(holds('F(2) == 3', '#define F(x) (x + 1)'));
  assert.ok(holds('ISV && !ISW', '#define V\n#define ISV defined(V)\n#define ISW defined W'));
  // An argument is expanded before substitution, so this only works for undefined names (as in gcc).
  assert.ok(holds('!IS(W)', '#define IS(m) defined(m)'));
  assert.ok(holds('D', '#define D defined(D)'));
  assert.ok(!holds('EMPTY_THEN_ZERO + 0', '#define EMPTY_THEN_ZERO'));
  assert.ok(
    !holds('0 && (1 / 0)') && holds('1 || 1 % 0') && holds('0 ? 1 / 0 : 1') && holds('1 ? 1 : 1 / 0'),
  );
});

test('#if errors: each is located, and the group is skipped', () => {
  const lines = [
    '#if',
    '#if 1 / 0',
    '#if 1.0',
    '#if "s"',
    '#if 1 +',
    '#if (1',
    '#if 1 2',
    '#if 1 = 1',
    '#if defined',
    '#if defined(X',
    '#if 08',
    "#if ''",
    '#if 1 ? 2',
    '#if EMPTY',
    '#if 0x7fffffffffffffff + 1',
    '#if -(-0x7fffffffffffffff - 1)',
  ];
  const source = `#define EMPTY\n${lines.map((l) => `${l}\nx\n#endif`).join('\n')}`;
  const result = run(source);
  assert.deepEqual(problems(result), [
    'main.c:2:2 error C1026',
    'main.c:5:7 error C1027',
    'main.c:8:5 error C1028',
    'main.c:11:5 error C1029',
    'main.c:14:7 error C1030',
    'main.c:17:6 error C1030',
    'main.c:20:7 error C1030',
    'main.c:23:7 error C1029',
    'main.c:26:5 error C1031',
    'main.c:29:5 error C1030',
    'main.c:32:5 error C1045',
    'main.c:35:5 error C1053',
    'main.c:38:9 error C1030',
    'main.c:41:2 error C1026',
    'main.c:44:24 warning C1040',
    'main.c:47:5 warning C1040',
  ]);
  assert.deepEqual(
    result.diagnostics.slice(0, 10).map((d) => d.message),
    [
      '#if with no expression',
      'division by zero in #if',
      'floating constant in preprocessor expression',
      '""s"" is not valid in preprocessor expressions',
      'expected an expression in preprocessor expression, found end of line',
      'expected ")" in preprocessor expression, found end of line',
      'expected an operator in preprocessor expression, found "2"',
      '"=" is not valid in preprocessor expressions',
      'operator "defined" requires an identifier',
      'expected ")" after "defined" in preprocessor expression, found end of line',
    ],
  );
  assert.equal(spellings(result.tokens.slice(0, -1)), 'x x');
});

test('#if nesting deeper than the limit is an error, not a stack overflow', () => {
  const deep = `#if ${'('.repeat(5000)}1${')'.repeat(5000)}\n#endif\n#if ${'~'.repeat(5000)}1\n#endif`;
  assert.deepEqual(
    problems(run(deep)).map((p) => p.split(' ').slice(1).join(' ')),
    ['error C1044', 'error C1044'],
  );
});

// Conditional groups.

test('#ifdef, #ifndef, #elif, #else and #endif choose one group, nested', () => {
  const source = `#define A
#ifdef A
a
# ifndef B
notb
# elif 1
no
# endif
#elif 1
no
#else
no
#endif
#if 0
no
#elif 0
no
#elif 1
three
#elif 1
no
#else
no
#endif
#ifndef A
no
#else
else
#endif`;
  assert.equal(expand(source), 'a notb three else');
});

test('skipped groups are not interpreted: bad directives, bad numbers, stray characters and apostrophes', () => {
  const source = `#if 0
#bogus directive
#include <nothing.h>
#if 1 / 0
#elif
#endif
#define 3
#error not me
08 @ \\u00e9 "unterminated
don't
#else
kept
#endif`;
  const result = run(source);
  assert.deepEqual(problems(result), ['main.c:9:13 warning C1003', 'main.c:10:4 warning C1003']);
  assert.equal(spellings(result.tokens.slice(0, -1)), 'kept');
});

test('conditional directive errors: #else, #elif, #endif without #if, after #else, and unterminated', () => {
  const result = run(
    '#else\n#elif 1\n#endif\n#if 1\n#else\n#else\n#elif 1\n#endif\n#if 0\n#else junk\n#endif junk\n#ifdef X Y\n#endif\n#ifndef\n#endif\n#ifdef 1\n#endif\n  #if 1\n#ifdef A\n',
  );
  assert.deepEqual(problems(result), [
    'main.c:1:2 error C1023',
    'main.c:2:2 error C1023',
    'main.c:3:2 error C1023',
    'main.c:6:2 error C1024',
    'main.c:7:2 error C1024',
    'main.c:10:7 warning C1036',
    'main.c:11:8 warning C1036',
    'main.c:12:10 warning C1036',
    'main.c:14:2 error C1010',
    'main.c:16:8 error C1009',
    'main.c:18:4 error C1025',
    'main.c:19:2 error C1025',
  ]);
  assert.equal(result.diagnostics[0]!.message, '#else without #if');
  assert.equal(result.diagnostics[3]!.message, '#else after #else');
  assert.equal(result.diagnostics[10]!.message, 'unterminated #if');
  assert.equal(result.diagnostics[11]!.message, 'unterminated #ifdef');
});

test('conditionals do not cross files: an #if left open in a header is reported there', () => {
  const result = run('#include "open.h"\n#endif\nafter', { 'open.h': '#if 1\nin' });
  assert.deepEqual(problems(result), ['open.h:1:2 error C1025', 'main.c:2:2 error C1023']);
  assert.equal(spellings(result.tokens.slice(0, -1)), 'in after');
});

// #include.

test('#include "..." searches the including file\'s directory, then -I, then the system paths', () => {
  const files = {
    'src/main.c': '#include "a.h"\n#include "sub/b.h"\n#include "c.h"\n#include "d.h"\n#include "../up.h"',
    'src/a.h': 'a_from_src',
    'src/sub/b.h': '#include "a.h"\nb',
    'src/sub/a.h': 'a_from_sub',
    'inc/c.h': 'c_from_inc',
    'inc/d.h': 'd_from_inc',
    '/sys/d.h': 'd_from_sys',
    'up.h': 'up',
  };
  const result = preprocess('src/main.c', {
    files: { read: (path) => files[path as keyof typeof files] },
    includePaths: ['inc'],
    systemIncludePaths: ['/sys'],
  });
  assert.deepEqual(problems(result), []);
  assert.equal(spellings(result.tokens.slice(0, -1)), 'a_from_src a_from_sub b c_from_inc d_from_inc up');
  assert.deepEqual([...result.sources.keys()].sort(), [
    'inc/c.h',
    'inc/d.h',
    'src/a.h',
    'src/main.c',
    'src/sub/a.h',
    'src/sub/b.h',
    'up.h',
  ]);
});

test('include paths: POSIX dirname, join and normalization without node:path', () => {
  assert.deepEqual(
    ['a/./b/../c', 'a//b/', '../x/../../y', '/../a/..', '.', 'a/..', '/usr/include/'].map(normalizePath),
    ['a/c', 'a/b', '../../y', '/', '.', '.', '/usr/include'],
  );
  assert.deepEqual(['dir/x.c', 'x.c', '/x.c', '/usr/include/stdio.h'].map(dirname), [
    'dir',
    '',
    '/',
    '/usr/include',
  ]);
  assert.equal(joinPath('', 'a.h'), 'a.h');
  assert.equal(joinPath('src/sub', '../a.h'), 'src/a.h');
  assert.equal(joinPath('src', '/abs/a.h'), '/abs/a.h');
  assert.equal(joinPath('/', 'a.h'), '/a.h');
});

test("#include <...> searches -I then the system paths, not the including file's directory", () => {
  const files: Files = {
    'a.h': 'local',
    '/usr/include/a.h': 'system',
    '/usr/include/sys/types.h': 'types',
    'inc/b.h': 'from_inc',
    '/usr/include/b.h': 'not_this',
  };
  const options = { includePaths: ['inc'], systemIncludePaths: ['/usr/include'] };
  assert.equal(
    expand(
      '#include <a.h>\n#include "a.h"\n#include <sys/types.h>\n#include <b.h>\n#include "/usr/include/a.h"',
      files,
      options,
    ),
    'system local types from_inc system',
  );
});

test('computed includes: a macro that expands to "file" or <file>', () => {
  const files: Files = { 'q.h': 'quoted', '/sys/sys/a b.h': 'spaced', '/sys/s.h': 'angled' };
  const source =
    '#define Q "q.h"\n#define S <s.h>\n#define SP <sys/a b.h>\n#define F(x) x\n#include Q\n#include S\n#include SP\n#include F(Q)';
  assert.equal(expand(source, files, { systemIncludePaths: ['/sys'] }), 'quoted angled spaced quoted');
});

test('each included file records the #include lines that first brought it in, innermost first', () => {
  const result = run('int a;\n#include "outer.h"\n#include "inner.h"', {
    'outer.h': '\n\n#include "inner.h"',
    'inner.h': '#pragma once\nint b;',
  });
  const chains = [...result.includedFrom].map(
    ([path, chain]) => `${path} <- ${chain.map((l) => `${l.file}:${l.line}`).join(' <- ')}`,
  );
  assert.deepEqual(chains, ['outer.h <- main.c:2', 'inner.h <- outer.h:3 <- main.c:2']);
});

test('each macro invocation in the source is recorded with its definition, the outermost once', () => {
  const result = run('#define ONE 1\n#define TWO (ONE + ONE)\nint x = TWO, y = ONE;');
  const recorded = [...result.expansions.values()]
    .flat()
    .map((e) => `${e.name}@${e.at.line}:${e.at.column} defined ${e.definedAt.line}:${e.definedAt.column}`);
  assert.deepEqual(recorded, ['TWO@3:9 defined 2:9', 'ONE@3:18 defined 1:9']);
});

test('#include errors: not found, malformed, empty, trailing tokens, and too deep', () => {
  const result = run(
    '#include "missing.h"\n#include <missing.h>\n#include\n#include 42\n#define OPEN <a.h\n#include OPEN\n#include ""\n#include "ok.h" extra\n#include "self.h"',
    { 'ok.h': '', 'self.h': '#include "self.h"' },
  );
  const shown = problems(result);
  assert.deepEqual(shown.slice(0, 7), [
    'main.c:1:10 error C1007',
    'main.c:2:10 error C1007',
    'main.c:3:2 error C1008',
    'main.c:4:10 error C1008',
    'main.c:6:10 error C1041',
    'main.c:7:10 error C1042',
    'main.c:8:17 warning C1036',
  ]);
  assert.deepEqual(shown.slice(7), ['self.h:1:2 error C1006']);
  assert.equal(result.diagnostics[0]!.message, 'missing.h: No such file or directory');
  assert.equal(result.diagnostics[1]!.message, 'missing.h: No such file or directory');
  assert.equal(result.diagnostics[7]!.message, '#include nested more than 200 levels deep');
  assert.deepEqual(problems(run('', {}, {})).length, 0);
  const missing = preprocess('nothere.c', { files: { read: () => undefined } });
  assert.deepEqual(problems(missing), ['nothere.c:1:1 error C1007']);
  assert.deepEqual(
    missing.tokens.map((t) => t.kind),
    ['eof'],
  );
});

test('#pragma once, _Pragma("once") and include guards include a file once', () => {
  const files: Files = {
    'once.h': '#pragma once\nonce',
    'op.h': '_Pragma("once") op',
    'guard.h': '/* leading comment */\n#ifndef GUARD_H\n#define GUARD_H\nguarded\n#endif\n',
    'dir/../once.h': 'never read: the path normalizes to once.h',
  };
  const source =
    '#include "once.h"\n#include "once.h"\n#include "dir/../once.h"\n#include "op.h"\n#include "op.h"\n#include "guard.h"\n#include "guard.h"\n#undef GUARD_H\n#include "guard.h"';
  assert.equal(expand(source, files), 'once op guarded guarded');
});

test('an unterminated comment in an included file is reported there', () => {
  const result = run('#include "c.h"\nafter', { 'c.h': 'x /* never closed' });
  assert.deepEqual(problems(result), ['c.h:1:3 error C1002']);
  assert.equal(spellings(result.tokens.slice(0, -1)), 'x after');
});

// #line, #error, #warning, #pragma and the rest.

test('#line sets the presumed line and file of what follows, for tokens, __LINE__ and __FILE__', () => {
  const source =
    'a\n#line 100\nb __LINE__\n#define NAME "gen.y"\n#line 7 NAME\nc __FILE__ __LINE__\n# 50 "marker.c" 2\nd\n';
  const result = run(source);
  assert.deepEqual(problems(result), []);
  assert.deepEqual(
    result.tokens.map((t) => `${t.text}@${t.at.file}:${t.at.line}`),
    [
      'a@main.c:1',
      'b@main.c:100',
      '100@main.c:100',
      'c@gen.y:7',
      '"gen.y"@gen.y:7',
      '7@gen.y:7',
      'd@marker.c:50',
      '@marker.c:51',
    ],
  );
  const errors = run('#line\n#line x\n#line 4294967296\n#line 10 foo\n#line 10 "a" b\n#line 5 L"w"');
  assert.deepEqual(problems(errors), [
    'main.c:1:6 error C1066',
    'main.c:2:7 error C1034',
    'main.c:3:7 error C1065',
    'main.c:4:10 error C1035',
    'main.c:5:14 warning C1036',
    'a:10:9 error C1035', // located by the #line before it
  ]);
});

test('#error and #warning report their text; #error does not stop preprocessing', () => {
  const result = run('#error  this is   "bad" \n#warning careful: x\nafter');
  assert.deepEqual(problems(result), ['main.c:1:2 error C1032', 'main.c:2:2 warning C1033']);
  assert.deepEqual(
    result.diagnostics.map((d) => d.message),
    ['#error this is "bad"', '#warning careful: x'],
  );
  assert.equal(spellings(result.tokens.slice(0, -1)), 'after');
});

test('pragmas other than once and pack are ignored; _Pragma works from macros; malformed _Pragma is an error', () => {
  assert.equal(
    expand('#pragma weak f\n#pragma STDC FP_CONTRACT ON\nx _Pragma("GCC diagnostic push") y'),
    'x y',
  );
  assert.equal(expand('#define P(x) _Pragma(#x) after\nP(message("hi")) z'), 'after z');
  // #pragma pack(1) marks the output it covers (push and pop keep a stack); other alignments warn.
  const packed = run(
    'a\n#pragma pack(push, 1)\nb c\n#pragma pack(push)\nd\n#pragma pack(pop)\ne\n#pragma pack(pop)\nf',
  );
  assert.deepEqual(problems(packed), []);
  assert.deepEqual(packed.packed, [[1, 5]]);
  assert.deepEqual(problems(run('#pragma pack(2)\nx')), ['main.c:1:9 warning C1070']);
  assert.deepEqual(run('_Pragma("pack(1)") x\n#pragma pack()\ny').packed, [[0, 1]]);
  const result = run('_Pragma(1) _Pragma x _Pragma("a"');
  assert.deepEqual(problems(result), [
    'main.c:1:1 error C1037',
    'main.c:1:12 error C1037',
    'main.c:1:22 error C1037',
  ]);
});

test('the null directive does nothing; an unknown directive is an error', () => {
  const result = run('#\n# /* comment */\n#include_next <x.h>\n#ident "x"\n# "str"\nok');
  assert.deepEqual(problems(result), [
    'main.c:3:2 error C1005',
    'main.c:4:2 error C1005',
    'main.c:5:3 error C1005',
  ]);
  assert.equal(result.diagnostics[0]!.message, 'invalid preprocessing directive #include_next');
  assert.equal(spellings(result.tokens.slice(0, -1)), 'ok');
});

test('stray tokens that reach the output are errors at their place; # and ## outside directives are tokens', () => {
  const result = run(
    '#define AT @\nint x = 1 @ 2; AT\nchar *s = "open;\nint caf\\u00e9;\nchar c = \'x;\n#define H # ## #\nH #',
  );
  assert.deepEqual(problems(result), [
    'main.c:2:11 error C1001',
    'main.c:2:16 error C1001',
    'main.c:3:11 error C1003',
    'main.c:4:8 error C1004',
    'main.c:5:10 error C1003',
  ]);
  assert.equal(result.diagnostics[0]!.message, "stray '@' in program");
  assert.deepEqual(
    result.tokens.slice(-3).map((t) => `${t.kind}:${t.text}`),
    ['punctuator:##', 'punctuator:#', 'eof:'],
  );
});

// Limits: hostile input ends with a diagnostic.

test('exponential macros stop at the expansion limit with a diagnostic', () => {
  const lines = ['#define a0(x) x x x x x x x x x x'];
  for (let i = 1; i < 12; i++) lines.push(`#define a${i}(x) a${i - 1}(a${i - 1}(x))`);
  lines.push('a11(1)');
  const result = run(lines.join('\n'));
  assert.deepEqual(problems(result), ['main.c:13:1 error C1022']);
  assert.equal(result.diagnostics[0]!.message, 'macro expansion too deep or too large: stopped in "a0"');
  assert.equal(result.tokens.at(-1)!.kind, 'eof');
});

test('deeply nested invocations stop at the nesting limit with a diagnostic', () => {
  const result = run(`#define f(x) x\n${'f('.repeat(3000)}1${')'.repeat(3000)}`);
  assert.deepEqual(
    problems(result).map((p) => p.split(' ').slice(1).join(' ')),
    ['error C1022'],
  );
});

test('a hostile SourceFiles or options object gives diagnostics, never an exception', () => {
  const throwing = preprocess('main.c', {
    files: {
      read: (path) => {
        if (path === 'main.c') return '#include "x.h"\nok';
        throw new Error('disk on fire');
      },
    },
  });
  assert.deepEqual(problems(throwing), ['main.c:1:10 error C1007']);
  const options = { files: { read: () => '#include <a.h>' } } as PreprocessOptions;
  Object.defineProperty(options, 'systemIncludePaths', {
    get() {
      throw new Error('boom');
    },
  });
  const broken = preprocess('main.c', options);
  assert.deepEqual(problems(broken), ['main.c:1:15 error C1043']);
  assert.equal(broken.diagnostics[0]!.message, 'internal error in the preprocessor: boom');
});

test('random input never throws and always ends with one eof', () => {
  const pieces = [
    '#define ',
    '#undef ',
    '#if ',
    '#ifdef ',
    '#elif ',
    '#else',
    '#endif',
    '#include ',
    '#line ',
    '#error ',
    '#',
    '##',
    'f(',
    'f',
    'x',
    ')',
    '(',
    ',',
    '...',
    '__VA_ARGS__',
    'defined',
    '_Pragma',
    '"s',
    "'c",
    '"s"',
    '<a.h>',
    '1',
    '0x',
    '/*',
    '*/',
    '//',
    '\\\n',
    '\n',
    ' ',
    '@',
    '__LINE__',
    '__COUNTER__',
    '?',
    ':',
    '/',
    '0',
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      const result = run(text, { 'a.h': text });
      assert.equal(result.tokens.at(-1)!.kind, 'eof');
      assert.equal(result.tokens.filter((t) => t.kind === 'eof').length, 1);
    }),
    { numRuns: 500 },
  );
});

// The -E text.

test('-E text keeps lines, avoids accidental pastes, and marks file changes', () => {
  const files: Files = { 'h.h': 'int in_header;\n' };
  const source =
    '#define neg(x) -x\n#define cat(a, b) a b\n#include "h.h"\nint a = neg(-1);\nint b = +cat(+,1) cat(x,y);\n\n\n\nint c;\n' +
    '\n'.repeat(20) +
    'int far;';
  const result = run(source, files);
  assert.equal(
    formatPreprocessed(result.tokens),
    [
      '# 1 "h.h"',
      'int in_header;',
      '# 4 "main.c"',
      'int a = - -1;',
      'int b = + + 1 x y;',
      '',
      '',
      '',
      'int c;',
      '# 30 "main.c"',
      'int far;',
      '',
    ].join('\n'),
  );
  assert.equal(formatPreprocessed(run('').tokens), '');
});

test('-E text needs spaces wherever tokens would scan differently', () => {
  const pairs = [
    '- -',
    '+ +',
    '& &',
    '< <',
    '< <=',
    '> >=',
    '/ /',
    '/ *',
    '. .',
    '. 5',
    '1 .',
    '1e +',
    '0x1p -',
  ];
  pairs.push(
    'x y',
    'x 1',
    '1 x',
    'L "s"',
    'u8 "s"',
    "U 'c'",
    '% :',
    '< :',
    '# #',
    '- >',
    '| |',
    '= =',
    '%: %:',
  );
  for (const pair of pairs) {
    // The tokens of `x a b` with nothing between a and b, as a macro expansion can produce them.
    const adjacent = scan('t.c', `x ${pair}`).tokens.map((t, i) =>
      i === 2 ? { ...t, spaceBefore: false } : t,
    );
    const text = formatPreprocessed(
      adjacent.filter((t) => t.kind !== 'other' && t.kind !== 'header') as Token[],
    );
    assert.deepEqual(spellings(run(text).tokens), spellings(adjacent), `${pair}: ${text}`);
  }
  assert.equal(
    formatPreprocessed(scan('t.c', 'x L"s" u8 "t"').tokens as Token[]),
    '# 1 "t.c"\nx L"s" u8 "t"\n',
  );
});

test('-E text never starts a line with a # that would read as a directive', () => {
  const result = run('#define HASH #\n#define H2 # ## #\nx\nHASH define y 1\nH2 z\ny');
  const text = formatPreprocessed(result.tokens);
  assert.equal(text, '# 3 "main.c"\nx #\n     define y 1\n## z\ny\n');
  assert.equal(spellings(run(text).tokens), spellings(result.tokens));
});

test('-E text preprocesses again to the same tokens at the same places', () => {
  const files: Files = {
    'lib/util.h':
      '#ifndef UTIL_H\n#define UTIL_H\n#define MAX(a, b) ((a) > (b) ? (a) : (b))\nint util(int);\n#endif\n',
  };
  const source = `#include "lib/util.h"
#define STR(x) #x
#define H # ## #
int main(void) {
    int x = MAX(1,
                2);
    const char *s = STR(a "b" c) L"wide";
    H x;
    return x;
}
`;
  const first = run(source, files);
  assert.deepEqual(problems(first), []);
  const text = formatPreprocessed(first.tokens);
  const again = preprocess('out.i', { files: { read: (path) => (path === 'out.i' ? text : undefined) } });
  assert.deepEqual(problems(again), []);
  const shown = (r: PreprocessResult) => r.tokens.map((t) => `${t.text}@${t.at.file}:${t.at.line}`);
  assert.deepEqual(shown(again).slice(0, -1), shown(first).slice(0, -1));
});

// Speed.

test('a generated 20,000-line file preprocesses quickly (lines per second reported, not asserted)', (t) => {
  const header = `#ifndef GEN_H
#define GEN_H
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define SQUARE(x) ((x) * (x))
#define FIELD(type, name) type name;
#define CAT(a, b) a ## b
#define NAME(n) CAT(item_, n)
#endif
`;
  const lines = ['#include "gen.h"', '#include "gen.h"'];
  for (let i = 0; lines.length < 20000; i++) {
    lines.push(`/* item ${i} */ static int NAME(${i})(int a, int b) { // line comment`);
    lines.push(`    return MAX(a, SQUARE(b)) + ${i} * 0x${i.toString(16)}u;`);
    lines.push('}');
    lines.push(`#if ${i} % 3 == 0 && defined(GEN_H)`);
    lines.push(`struct s${i} { FIELD(int, x) FIELD(char *, name) };`);
    lines.push('#else');
    lines.push(`const char *t${i} = "text \\"${i}\\"";`);
    lines.push('#endif');
  }
  const source = lines.join('\n');
  const files: Files = { 'gen.h': header };
  run(source, files); // warm up
  const start = performance.now();
  const result = run(source, files);
  const seconds = (performance.now() - start) / 1000;
  assert.deepEqual(problems(result), []);
  const text = spellings(result.tokens);
  assert.ok(
    text.includes(
      tokens('static int item_2499 ( int a , int b ) { return ( ( a ) > ( ( ( b ) * ( b ) ) ) ?'),
    ),
  );
  assert.ok(text.includes(tokens('struct s2499 { int x ; char * name ; } ;')));
  assert.ok(text.includes(tokens('const char * t2498 = "text \\"2498\\"" ;')));
  assert.equal(result.tokens.filter((tok) => tok.text === 'static').length, 2500);
  t.diagnostic(
    `${lines.length} lines, ${result.tokens.length} tokens in ${(seconds * 1000).toFixed(0)} ms: ` +
      `${Math.round(lines.length / seconds)} lines/s`,
  );
});
