// The analyser: types of declarators, layouts, the conversions and scaling it makes explicit, constant
// folding, initializers as entries and static values, scopes and linkage, statements, and every
// diagnostic it reports, with its location.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from '../../src/cc/analyser.js';
import type { InitializerEntry, Statement, StaticValue } from '../../src/cc/ast.js';
import { messages } from '../../src/cc/diagnostics.js';
import { typeToString } from '../../src/cc/types.js';
import {
  analyseSource,
  bodyOf,
  describeDiagnostics,
  expressionOf,
  parseSource,
  show,
  typeOfObject,
} from './frontend-helpers.js';

function diagnose(source: string, warnings = false): string[] {
  return describeDiagnostics(analyseSource(source, { warnings }).diagnostics);
}

function clean(source: string, unitName?: string): NonNullable<ReturnType<typeof analyseSource>['unit']> {
  const { unit, diagnostics } = analyseSource(source, unitName === undefined ? {} : { unitName });
  assert.deepEqual(describeDiagnostics(diagnostics), []);
  assert.ok(unit);
  return unit;
}

/** Static values as compact strings: `0:i4=3`, `8:&x+4`, `0:b[1,2]`. */
function values(source: string, name: string): string[] | undefined {
  const unit = clean(source);
  const object = unit.objects.find((o) => o.symbol.name === name);
  assert.ok(object, `no object ${name}`);
  return object.values?.map((v: StaticValue) => {
    switch (v.kind) {
      case 'integer':
        return `${v.offset}:i${v.size}=${v.value}`;
      case 'bytes':
        return `${v.offset}:b[${v.bytes.join(',')}]`;
      case 'address': {
        const target =
          'name' in v.target ? v.target.name : `"${String.fromCharCode(...v.target.units.slice(0, -1))}"`;
        return `${v.offset}:&${target}${v.addend === 0n ? '' : `${v.addend > 0n ? '+' : ''}${v.addend}`}`;
      }
    }
  });
}

/** A local's initializer as `zero? entries`: `zero [0]=n [4]=2`. */
function localInit(source: string, name: string): string {
  const unit = clean(source);
  const find = (statements: readonly Statement[]): Statement | undefined => {
    for (const s of statements) {
      if (s.kind === 'declaration' && s.variable.name === name) return s;
      if (s.kind === 'block') {
        const inner = find(s.body);
        if (inner) return inner;
      }
    }
    return undefined;
  };
  for (const fn of unit.functions) {
    const d = find(bodyOf(unit, fn.symbol.name));
    if (d?.kind === 'declaration') {
      const init = d.initializer;
      if (init === undefined) return 'none';
      const entry = (e: InitializerEntry): string =>
        e.kind === 'string'
          ? `[${e.offset}]=str${e.length}`
          : `[${e.offset}${e.bitField ? `:${e.bitField.bitOffset}:${e.bitField.width}` : ''}]=${show(e.value)}`;
      return [init.zeroFill ? 'zero' : 'full', ...init.entries.map(entry)].join(' ');
    }
  }
  throw new Error(`no local ${name}`);
}

// ---- declarations and types ----

test('declarator types', () => {
  const cases: [string, string][] = [
    ['int *(*x)[3];', 'int *(*)[3]'],
    ['int (*x)(int, char *);', 'int (*)(int, char *)'],
    ['void (*(*x)(int, void (*)(int)))(int);', 'void (*(*)(int, void (*)(int)))(int)'],
    ['char *(*(*x[2])(void))[4];', 'char *(*(*[2])(void))[4]'],
    ['int x[2][3];', 'int [2][3]'],
    ['const char *const x;', 'const char * const'],
    ['int (*x)();', 'int (*)()'],
    ['int (*x)(int, ...);', 'int (*)(int, ...)'],
    [
      'void (*x)(int a[10], int m[][4], int fn(int), int s[static 5], int q[const]);',
      'void (*)(int *, int (*)[4], int (*)(int), int *, int *)',
    ],
    ['typedef int T; T *x[2];', 'int *[2]'],
    ['typedef int A[3]; const A x;', 'const int [3]'],
    ['typedef void F(int); F *x;', 'void (*)(int)'],
    ['int x[] = {1, 2, 3};', 'int [3]'],
    ['char x[] = "hello";', 'char [6]'],
    ['__builtin_va_list x;', 'char *'],
    ['__typeof__(1 + 2L) x;', 'long'],
    ['typeof(const char *) x;', 'const char *'],
  ];
  for (const [source, want] of cases) assert.equal(typeOfObject(source, 'x'), want, source);
});

test('type specifier combinations', () => {
  const cases: [string, string][] = [
    ['unsigned long long int', 'unsigned long long'],
    ['long unsigned', 'unsigned long'],
    ['int long long', 'long long'],
    ['signed char', 'signed char'],
    ['char', 'char'],
    ['unsigned char', 'unsigned char'],
    ['short int', 'short'],
    ['unsigned short', 'unsigned short'],
    ['signed', 'int'],
    ['unsigned', 'unsigned int'],
    ['long double', 'long double'],
    ['double', 'double'],
    ['float', 'float'],
    ['_Bool', '_Bool'],
    ['long', 'long'],
    ['const volatile int', 'const volatile int'],
    ['__signed__ int', 'int'],
  ];
  for (const [spec, want] of cases) assert.equal(typeOfObject(`${spec} x;`, 'x'), want, spec);
  assert.deepEqual(diagnose('int char x;'), [
    '1:5: error: two or more data types in declaration specifiers [C3050]',
  ]);
  assert.deepEqual(diagnose('signed unsigned x;'), [
    "1:8: error: both 'signed' and 'unsigned' in declaration specifiers [C3051]",
  ]);
  assert.deepEqual(diagnose('long short x;'), [
    "1:6: error: both 'long' and 'short' in declaration specifiers [C3051]",
  ]);
  assert.deepEqual(diagnose('unsigned double x;'), [
    "1:1: error: both 'unsigned' and 'double' in declaration specifiers [C3051]",
  ]);
  assert.deepEqual(diagnose('long long long x;'), ["1:11: error: 'long long long' is too long [C3052]"]);
  assert.deepEqual(diagnose('static extern int x;'), [
    '1:8: error: multiple storage classes in declaration specifiers [C3053]',
  ]);
  assert.deepEqual(diagnose('_Complex double z;'), ['1:1: error: complex types are not supported [C3060]']);
  assert.deepEqual(diagnose('x = 3;'), [
    "1:1: warning: type defaults to 'int' in declaration of 'x' [C3054]",
  ]);
  assert.deepEqual(diagnose('main() { return 0; }'), ["1:1: warning: return type defaults to 'int' [C3119]"]);
});

test('struct and union layout: padding, bit-fields, anonymous members, flexible arrays', () => {
  const unit = clean(`
    struct s { char c; int i; short h; } a;
    struct b { unsigned x:3, y:5; int z:4; char d; } b;
    struct an { int k; struct { int m, n; }; union { float f; int g; }; } c;
    struct fam { long n; int data[]; } *d;
    union u { char c; double d; int i[3]; } e;
    struct self { struct self *next; int v; } f;
    int sizes[] = { sizeof(struct s), _Alignof(struct s), sizeof(struct b), sizeof(struct an), sizeof(struct fam), sizeof(union u), __builtin_offsetof(struct an, n), __builtin_offsetof(struct an, g) };
  `);
  const sizes = unit.objects.find((o) => o.symbol.name === 'sizes')!;
  assert.deepEqual(
    sizes.values?.map((v) => (v.kind === 'integer' ? Number(v.value) : -1)),
    [12, 4, 4, 16, 8, 16, 8, 12],
  );
  assert.equal(
    show(
      expressionOf(
        'c.n + b.y',
        'struct b { unsigned x:3, y:5; int z:4; char d; } b; struct an { int k; struct { int m, n; }; } c;',
      ),
    ),
    '(+ (. c +8) (cast int (. b +0:3:5)))',
  );
});

test('struct diagnostics', () => {
  assert.deepEqual(diagnose('struct t; struct s { struct t x; } v; int f(void) { return v.x + v.x; }'), [
    "1:31: error: field 'x' has incomplete type [C3056]",
  ]);
  assert.deepEqual(diagnose('struct s { int a; int a; };'), ["1:23: error: duplicate member 'a' [C3055]"]);
  assert.deepEqual(diagnose('struct t; struct s { struct t x; };'), [
    "1:31: error: field 'x' has incomplete type [C3056]",
  ]);
  assert.deepEqual(diagnose('struct s { char c : 9; };'), [
    "1:21: error: width of 'c' exceeds its type [C3057]",
  ]);
  assert.deepEqual(diagnose('struct s { int a : 0; int : -1; };'), [
    "1:20: error: zero width for bit-field 'a' [C3058]",
    "1:29: error: negative width in bit-field '<anonymous>' [C3058]",
  ]);
  assert.deepEqual(diagnose('struct s { float f : 3; };'), [
    "1:18: error: bit-field 'f' has invalid type [C3059]",
  ]);
  assert.deepEqual(diagnose('struct s { int f(void); };'), [
    "1:16: error: field 'f' declared as a function [C3113]",
  ]);
  assert.deepEqual(diagnose('struct s { int a; }; struct s { int b; };'), [
    "1:29: error: redefinition of 'struct s' [C3007]",
  ]);
  assert.deepEqual(diagnose('union u { int a; }; struct u x;'), [
    "1:28: error: 'u' defined as wrong kind of tag [C3098]",
  ]);
  assert.deepEqual(diagnose('struct s { int; };'), [
    '1:12: warning: declaration does not declare anything [C3097]',
  ]);
  assert.deepEqual(diagnose('int;'), ['1:1: warning: declaration does not declare anything [C3097]']);
  assert.deepEqual(diagnose('struct s *p; int f(void) { return p->a; }'), [
    "1:38: error: invalid use of undefined type 'struct s' [C3074]",
  ]);
  assert.deepEqual(diagnose('struct s; struct s arr[2];'), [
    "1:23: error: array type has incomplete element type 'struct s' [C3049]",
  ]);
  // A tag declared again in an inner scope is a new type.
  assert.deepEqual(diagnose('struct s { int a; }; int f(void) { struct s; struct s *p = 0; return p->a; }'), [
    "1:73: error: invalid use of undefined type 'struct s' [C3074]",
  ]);
});

test('enums: values, types and scopes', () => {
  assert.equal(show(expressionOf('A + B + C + D', 'enum e { A, B = 5, C, D = C * 2 };')), '23');
  assert.equal(typeOfObject('enum color { RED } x;', 'x'), 'enum color');
  assert.equal(show(expressionOf('BIG', 'enum { BIG = 0x80000000 };')), '2147483648:unsigned int');
  assert.deepEqual(diagnose('int x; enum { x };'), [
    "1:15: error: 'x' redeclared as different kind of symbol [C3005]",
  ]);
  assert.deepEqual(diagnose('int n; enum { A = n };'), [
    "1:19: error: enumerator value for 'A' is not an integer constant [C3032]",
  ]);
  assert.deepEqual(diagnose('enum { A = 0x7fffffffffffffff, B };'), [
    '1:32: error: overflow in enumeration values [C3105]',
  ]);
});

// ---- expressions ----

test('the usual arithmetic conversions and integer promotions are explicit casts', () => {
  const d = 'char c; short s; unsigned u; long l; float f; double d; unsigned long ul; int i;';
  assert.equal(show(expressionOf('c + s', d)), '(+ (cast int c) (cast int s))');
  assert.equal(show(expressionOf('u + i', d)), '(+ u (cast unsigned int i))');
  assert.equal(show(expressionOf('l + u', d)), '(+ l (cast long u))');
  assert.equal(show(expressionOf('ul + l', d)), '(+ ul (cast unsigned long l))');
  assert.equal(show(expressionOf('f * i', d)), '(* f (cast float i))');
  assert.equal(show(expressionOf('f + d', d)), '(+ (cast double f) d)');
  assert.equal(show(expressionOf('c << l', d)), '(<< (cast int c) (cast int l))');
  assert.equal(show(expressionOf('-c', d)), '(- (cast int c))');
  assert.equal(show(expressionOf('~u', d)), '(~ u)');
  assert.equal(show(expressionOf('!d', d)), '(! d)');
  assert.equal(show(expressionOf('+c', d)), '(cast int c)');
  assert.equal(show(expressionOf('c = l', d)), '(= c (cast char l))');
  assert.equal(show(expressionOf('c += 1', d)), '(+= c 1 as int)');
  assert.equal(show(expressionOf('f *= 2', d)), '(*= f 2:float as float)');
  assert.equal(show(expressionOf('u >>= c', d)), '(>>= u (cast int c) as unsigned int)');
  assert.equal(show(expressionOf('c++', d)), '(post+= c 1 as int)');
  assert.equal(show(expressionOf('--d', d)), '(-= d 1:double as double)');
  assert.equal(show(expressionOf('i ? c : d', d)), '(? i (cast double c) d)');
  assert.equal(show(expressionOf('c && d', d)), '(&& c d)');
  assert.equal(expressionOf('c < d', d).type, expressionOf('1', '').type);
});

test('pointer arithmetic is scaled; differences divided; comparisons unsigned on pointers', () => {
  const d = 'int *p, *q, i; long n; double *dp; struct s { char c[12]; } *sp; void *vp; int a[4];';
  assert.equal(show(expressionOf('p + i', d)), '(+ p (* (cast long i) 4:long))');
  assert.equal(show(expressionOf('i + p', d)), '(+ p (* (cast long i) 4:long))');
  assert.equal(show(expressionOf('p - 2', d)), '(- p 8:long)');
  assert.equal(show(expressionOf('dp + n', d)), '(+ dp (* n 8:long))');
  assert.equal(show(expressionOf('sp + 1', d)), '(+ sp 12:long)');
  assert.equal(show(expressionOf('p - q', d)), '(/ (- p q) 4:long)');
  assert.equal(typeToString(expressionOf('p - q', d).type), 'long');
  assert.equal(show(expressionOf('p++', d)), '(post+= p 4:long as int *)');
  assert.equal(show(expressionOf('p += i', d)), '(+= p (* (cast long i) 4:long) as int *)');
  assert.equal(show(expressionOf('a[i]', d)), '(* (+ (& a) (* (cast long i) 4:long)))');
  assert.equal(show(expressionOf('i[a]', d)), '(* (+ (& a) (* (cast long i) 4:long)))');
  assert.equal(show(expressionOf('&a[2]', d)), '(+ (& a) 8:long)');
  assert.equal(show(expressionOf('vp + 1', d)), '(+ vp 1:long)');
  assert.equal(show(expressionOf('p == 0', d)), '(== p 0:int *)');
  assert.equal(show(expressionOf('p < q', d)), '(< p q)');
  assert.equal(show(expressionOf('p == vp', d)), '(== p (cast int * vp))');
  assert.equal(show(expressionOf('sp->c[1]', d)), '(* (+ (& (. (* sp) +0)) 1:long))');
  assert.equal(show(expressionOf('(char *)0 + 4', d)), '4:char *');
});

test('constant folding with C semantics', () => {
  const cases: [string, string][] = [
    ['1 + 2 * 3', '7'],
    ['2147483647 + 1', '-2147483648'],
    ['4294967295u + 1', '0:unsigned int'],
    ['-7 / 2', '-3'],
    ['-7 % 2', '-1'],
    ['7u / 2', '3:unsigned int'],
    ['1 - 2u', '4294967295:unsigned int'],
    ['-1 < 2u', '0'],
    ['(unsigned char)255 + 1', '256'],
    ['(char)300', '44:char'],
    ['(signed char)0x80', '-128:signed char'],
    ['(_Bool)0.5', '1:_Bool'],
    ['(int)-3.9', '-3'],
    ['1 << 31', '-2147483648'],
    ['-16 >> 2', '-4'],
    ['0xffffffffu >> 4', '268435455:unsigned int'],
    ['~0u', '4294967295:unsigned int'],
    ['!5', '0'],
    ['1.0 / 4', '0.25:double'],
    ['1.0f / 3', `${Math.fround(1 / 3)}:float`],
    ['(float)0.1', `${Math.fround(0.1)}:float`],
    ['0.1f + 0.2f', `${Math.fround(Math.fround(0.1) + Math.fround(0.2))}:float`],
    ['3 > 2 && 0', '0'],
    ['0 || 7', '1'],
    ['1 ? 2 : 3', '2'],
    ['0 ? 2 : 3.0', '3:double'],
    ['sizeof(long) * 2', '16:unsigned long'],
    ["'a'", '97'],
    ["'\\377'", '-1'],
    ["L'x'", '120'],
    ["u'x'", '120:unsigned short'],
    ['(long)1 << 40', '1099511627776:long'],
    ['-2147483648', '-2147483648:long'],
  ];
  for (const [text, want] of cases) assert.equal(show(expressionOf(text)), want, text);
});

test('integer constants get their type by C99 rules', () => {
  const cases: [string, string][] = [
    ['2147483647', 'int'],
    ['2147483648', 'long'],
    ['0x7fffffff', 'int'],
    ['0x80000000', 'unsigned int'],
    ['0xffffffff', 'unsigned int'],
    ['0x100000000', 'long'],
    ['0x8000000000000000', 'unsigned long'],
    ['9223372036854775807', 'long'],
    ['1u', 'unsigned int'],
    ['4294967296u', 'unsigned long'],
    ['1l', 'long'],
    ['1ul', 'unsigned long'],
    ['1LL', 'long long'],
    ['0xffffffffffffffffLL', 'unsigned long long'],
    ['1ull', 'unsigned long long'],
    ['017', 'int'],
    ['1.5', 'double'],
    ['1.5f', 'float'],
    ['1.5L', 'long double'],
  ];
  for (const [text, want] of cases) assert.equal(typeToString(expressionOf(text).type), want, text);
});

test('constant folding leaves division by zero and bad shifts to run time, with warnings', () => {
  const r = analyseSource('int f(int x) { return 10 / 0 + (1 << 40) + x % 0; }');
  assert.deepEqual(describeDiagnostics(r.diagnostics), [
    '1:26: warning: division by zero [C3035]',
    '1:35: warning: left shift count >= width of type [C3104]',
    '1:46: warning: division by zero [C3035]',
  ]);
  const ret = bodyOf(r.unit!, 'f')[0]!;
  assert.ok(ret.kind === 'return' && ret.value !== undefined);
  assert.equal(show(ret.value), '(+ (+ (/ 10 0) (<< 1 40)) (% x 0))');
  assert.deepEqual(diagnose('int f(void) { return 2147483647 * 2 + (1 >> -1); }'), [
    "1:33: warning: integer overflow in expression of type 'int' results in -2 [C3036]",
    '1:42: warning: right shift count is negative [C3104]',
  ]);
});

test('strings: concatenation, wide literals, __func__', () => {
  const unit = clean('const char *s = "ab" "c"; int *w = L"x" "y"; const char *f(void) { return __func__; }');
  const strings = unit.strings.map((s) => `${s.unitSize}:${s.units.join(',')}`);
  assert.ok(strings.includes('1:97,98,99,0'));
  assert.ok(strings.includes('4:120,121,0'));
  assert.ok(strings.includes('1:102,0'));
  assert.equal(typeToString(expressionOf('"abc"').type), 'char *');
  assert.equal(typeToString(expressionOf('u"ab"').type), 'unsigned short *');
  assert.equal(show(expressionOf('sizeof U"ab"')), '12:unsigned long');
  assert.equal(show(expressionOf('sizeof "abc"')), '4:unsigned long');
});

test('_Generic picks the association compatible with the decayed, unqualified controlling type', () => {
  const d = 'const int ci; char buf[4]; int f(void);';
  const pick = '(x, int: 1, char *: 2, int (*)(void): 3, long: 4, default: 5)';
  assert.equal(show(expressionOf(`_Generic${pick.replace('x', 'ci')}`, d)), '1');
  assert.equal(show(expressionOf(`_Generic${pick.replace('x', 'buf')}`, d)), '2');
  assert.equal(show(expressionOf(`_Generic${pick.replace('x', 'f')}`, d)), '3');
  assert.equal(show(expressionOf(`_Generic${pick.replace('x', '1.0')}`, d)), '5');
  assert.deepEqual(diagnose('int n = _Generic(1.0f, int: 1, long: 2);'), [
    "1:9: error: '_Generic' selector of type 'float' is not compatible with any association [C3150]",
  ]);
});

test('sizeof, _Alignof and offsetof fold to unsigned long constants', () => {
  const d = 'struct s { char c; double d; int a[3]; struct { short x, y; } in; } v; int arr[10];';
  assert.equal(show(expressionOf('sizeof v', d)), '32:unsigned long');
  assert.equal(show(expressionOf('sizeof arr / sizeof arr[0]', d)), '10:unsigned long');
  assert.equal(show(expressionOf('_Alignof(struct s)', d)), '8:unsigned long');
  assert.equal(show(expressionOf('__alignof__ v.c', d)), '1:unsigned long');
  assert.equal(show(expressionOf('__builtin_offsetof(struct s, in.y)', d)), '30:unsigned long');
  assert.equal(show(expressionOf('__builtin_offsetof(struct s, a[2])', d)), '24:unsigned long');
  assert.equal(show(expressionOf('sizeof(int (*)[5])', d)), '8:unsigned long');
  assert.deepEqual(diagnose('struct t; int n = sizeof(struct t);'), [
    "1:19: error: invalid application of 'sizeof' to incomplete type 'struct t' [C3024]",
  ]);
  assert.deepEqual(diagnose('struct b { int f:3; } v; int n = sizeof v.f;'), [
    "1:34: error: 'sizeof' applied to a bit-field [C3065]",
  ]);
});

test('casts, compound literals and the address operator', () => {
  const d = 'int i; double x; int *p; struct pt { int x, y; } s;';
  assert.equal(show(expressionOf('(long)i', d)), '(cast long i)');
  assert.equal(show(expressionOf('(int)i', d)), '(cast int i)');
  assert.equal(show(expressionOf('(void)i', d)), '(cast void i)');
  assert.equal(show(expressionOf('(char *)p', d)), '(cast char * p)');
  assert.equal(show(expressionOf('(long)p', d)), '(cast long p)');
  assert.equal(show(expressionOf('(struct pt)s', d)), '(cast struct pt s)');
  assert.equal(typeToString(expressionOf('&s', d).type), 'struct pt *');
  assert.equal(show(expressionOf('&*p', d)), 'p');
  assert.equal(show(expressionOf('(struct pt){1, 2}.y', d)), '(. (literal struct pt) +4)');
  assert.equal(show(expressionOf('(int[]){1, 2, 3}', d)), '(& (literal int [3]))');
  const unit = clean(
    'int *f(void) { static const int k = 1; return (int *)&k; } int g(void) { int a; int *p = &a; return *p; }',
  );
  const g = unit.functions.find((f) => f.symbol.name === 'g')!;
  assert.deepEqual(
    g.locals.map((l) => `${l.name}${l.addressTaken ? '&' : ''}`),
    ['a&', 'p'],
  );
  assert.deepEqual(diagnose('struct s { int a; } v; int i = (int)v;'), [
    '1:37: error: used struct type value where scalar is required [C3063]',
  ]);
  assert.deepEqual(diagnose('int i; struct s { int a; } v; void f(void) { v = (struct s)i; }'), [
    '1:50: error: conversion to non-scalar type requested [C3062]',
  ]);
  assert.deepEqual(diagnose('int *p; double d; void f(void) { d = (double)p; }'), [
    '1:38: error: pointer value used where a floating-point was expected [C3099]',
  ]);
  assert.deepEqual(diagnose('int *p; void f(void) { p = (int *)1.5; }'), [
    '1:28: error: cannot convert to a pointer type [C3100]',
  ]);
});

test('calls: prototypes convert, variadic and old-style arguments are promoted', () => {
  const d =
    'int printf(const char *, ...); long f(long, double); int old(); char c; float x; int (*fp)(int);';
  assert.equal(show(expressionOf('f(c, 1)', d)), '(call f (cast long c) 1:double)');
  assert.equal(
    show(expressionOf('printf("%c %f", c, x)', d)),
    '(call printf (cast const char * (& "%c %f")) (cast int c) (cast double x))',
  );
  assert.equal(show(expressionOf('old(c, x)', d)), '(call old (cast int c) (cast double x))');
  assert.equal(show(expressionOf('fp(1)', d)), '(call fp 1)');
  assert.equal(show(expressionOf('(*fp)(1)', d)), '(call fp 1)');
  assert.equal(show(expressionOf('(&f)(1, 2)', d)), '(call f 1:long 2:double)');
  assert.equal(show(expressionOf('__builtin_expect(c, 0)', d)), '(cast long c)');
  assert.deepEqual(diagnose('int f(int a, int b); int main(void) { f(1); return f(1, 2, 3); }'), [
    "1:39: error: too few arguments to function 'f' [C3003]",
    "1:5: note: 'f' declared here [C3134]",
    "1:52: error: too many arguments to function 'f' [C3004]",
    "1:5: note: 'f' declared here [C3134]",
  ]);
  assert.deepEqual(diagnose('int main(void) { return g(1); }'), [
    "1:25: warning: implicit declaration of function 'g' [C3002]",
  ]);
  assert.deepEqual(diagnose('int main(void) { int a; return a(); }'), [
    '1:33: error: called object is not a function or function pointer [C3042]',
  ]);
  assert.deepEqual(diagnose('struct s { int a; } v; void f(int); void g(void) { f(v); }'), [
    "1:54: error: incompatible type for argument 1 of 'f' [C3012]",
  ]);
  assert.deepEqual(diagnose('void f(int *); void g(char *p) { f(p); }'), [
    "1:36: warning: passing argument 1 of 'f' from incompatible pointer type 'char *' [C3013]",
  ]);
  assert.deepEqual(diagnose('void f(void); int g(void) { return f(); }'), [
    '1:37: error: void value not ignored as it ought to be [C3073]',
  ]);
});

test('assignment conversions: gcc warnings and errors', () => {
  assert.deepEqual(diagnose('int *p; char *c; void f(void) { c = p; }'), [
    "1:35: warning: assignment to 'char *' from incompatible pointer type 'int *' [C3013]",
  ]);
  assert.deepEqual(diagnose('int *p; int i; void f(void) { i = p; p = i; p = 0; }'), [
    "1:33: warning: assignment to 'int' from 'int *' makes integer from pointer without a cast [C3015]",
    "1:40: warning: assignment to 'int *' from 'int' makes pointer from integer without a cast [C3016]",
  ]);
  assert.deepEqual(diagnose('const char *k; void f(void) { char *m = k; }'), [
    "1:41: warning: initialization discards 'const' qualifier from pointer target type [C3017]",
  ]);
  assert.deepEqual(diagnose('struct p { int x; } v; int i; void f(void) { i = v; }'), [
    "1:48: error: incompatible types when assigning to type 'int' from type 'struct p' [C3009]",
  ]);
  assert.deepEqual(diagnose('struct p { int x; } v; void f(void) { int i = v; }'), [
    "1:47: error: incompatible types when initializing type 'int' using type 'struct p' [C3010]",
  ]);
  assert.deepEqual(diagnose('struct p { int x; } v; int f(void) { return v; }'), [
    "1:45: error: incompatible types when returning type 'struct p' but 'int' was expected [C3011]",
  ]);
  assert.deepEqual(diagnose('int *f(char *p) { return p; }'), [
    "1:26: warning: returning 'char *' from a function with incompatible return type 'int *' [C3014]",
  ]);
  // void * converts both ways silently, and _Bool takes pointers.
  assert.deepEqual(
    diagnose('#include <stdlib.h>\nint *p; _Bool b; void f(void) { p = malloc(4); free(p); b = p; }'),
    [],
  );
});

test('lvalues and read-only objects', () => {
  assert.deepEqual(diagnose('void f(void) { const int c = 1; c = 2; c++; }'), [
    "1:35: error: assignment of read-only variable 'c' [C3019]",
    "1:41: error: increment of read-only variable 'c' [C3019]",
  ]);
  assert.deepEqual(diagnose('void f(const int *p) { *p = 1; }'), [
    '1:27: error: assignment of read-only location [C3019]',
  ]);
  assert.deepEqual(diagnose('struct s { const int k; } v; void f(void) { v.k = 1; }'), [
    "1:49: error: assignment of read-only member 'k' [C3019]",
  ]);
  assert.deepEqual(diagnose('void f(void) { int a[2], b[2]; a = b; }'), [
    '1:34: error: assignment to expression with array type [C3020]',
  ]);
  assert.deepEqual(diagnose('void f(int x) { 3 = x; (x + 1)++; &(x + 1); }'), [
    '1:19: error: lvalue required as left operand of assignment [C3018]',
    '1:31: error: lvalue required as increment operand [C3018]',
    "1:35: error: lvalue required as unary '&' operand [C3018]",
  ]);
  assert.deepEqual(diagnose('struct b { int f:3; } v; int *p = &v.f;'), [
    "1:35: error: cannot take address of bit-field 'f' [C3021]",
  ]);
  assert.deepEqual(diagnose('void f(void) { register int r; int *p = &r; }'), [
    "1:41: error: address of register variable 'r' requested [C3022]",
  ]);
});

test('operand diagnostics', () => {
  assert.deepEqual(diagnose('struct s { int a; } v; int f(void) { return v + 1; }'), [
    "1:47: error: invalid operands to binary + (have 'struct s' and 'int') [C3008]",
  ]);
  assert.deepEqual(diagnose('int *p, *q; int f(void) { return p + q; }'), [
    "1:36: error: invalid operands to binary + (have 'int *' and 'int *') [C3008]",
  ]);
  assert.deepEqual(diagnose('int f(double d) { return d % 2; }'), [
    "1:28: error: invalid operands to binary % (have 'double' and 'int') [C3008]",
  ]);
  assert.deepEqual(diagnose('int f(int a) { return a.x; }'), [
    "1:25: error: request for member 'x' in something not a structure or union [C3037]",
  ]);
  assert.deepEqual(diagnose('struct s { int a; } v; int f(void) { return v.b; }'), [
    "1:47: error: 'struct s' has no member named 'b' [C3038]",
  ]);
  assert.deepEqual(diagnose('int f(int a) { return *a; }'), [
    "1:23: error: invalid type argument of unary '*' (have 'int') [C3039]",
  ]);
  assert.deepEqual(diagnose('int f(int a) { return a->b; }'), [
    "1:26: error: invalid type argument of '->' (have 'int') [C3039]",
  ]);
  assert.deepEqual(diagnose('int f(int a) { return a[1]; }'), [
    '1:24: error: subscripted value is neither array nor pointer [C3040]',
  ]);
  assert.deepEqual(diagnose('int f(int *a, double d) { return a[d]; }'), [
    '1:36: error: array subscript is not an integer [C3041]',
  ]);
  assert.deepEqual(diagnose('struct s { int a; } v; int f(void) { return -v; }'), [
    '1:45: error: wrong type argument to unary minus [C3064]',
  ]);
  assert.deepEqual(diagnose('struct s { int a; } v; int f(void) { if (v) return 1; return 0; }'), [
    '1:42: error: used struct type value where scalar is required [C3063]',
  ]);
  assert.deepEqual(diagnose('int f(void *p) { return *(int *)p + (*p, 0); }'), [
    "1:38: warning: dereferencing 'void *' pointer [C3101]",
  ]);
  assert.deepEqual(diagnose('int f(int *p, char *q) { return p == q; }'), [
    '1:35: warning: comparison of distinct pointer types lacks a cast [C3072]',
  ]);
  assert.deepEqual(diagnose('int f(int *p) { return p == 5; }'), [
    '1:26: warning: comparison between pointer and integer [C3071]',
  ]);
  assert.deepEqual(diagnose('int *f(int c, int *p, char *q) { return c ? p : q; }'), [
    '1:43: warning: pointer type mismatch in conditional expression [C3109]',
  ]);
  assert.deepEqual(diagnose('long f(int c, int *p) { return (long)(c ? p : 1); }'), [
    '1:41: warning: pointer/integer type mismatch in conditional expression [C3110]',
  ]);
  assert.deepEqual(diagnose('struct s { int a; } v; int f(int c) { return c ? v : 1; }'), [
    "1:48: error: type mismatch in conditional expression (have 'struct s' and 'int') [C3111]",
  ]);
  assert.deepEqual(diagnose('typedef int T; int f(int x); int g(void) { return f(T); }'), [
    "1:53: error: unexpected type name 'T': expected expression [C3090]",
  ]);
});

test('undeclared identifiers are reported once per function', () => {
  assert.deepEqual(diagnose('int f(void) { x = 1; return x + x; }\nint g(void) { return x; }'), [
    "1:15: error: use of undeclared identifier 'x' [C3001]",
    "2:22: error: use of undeclared identifier 'x' [C3001]",
  ]);
});

// ---- initializers ----

test('static initializers: scalars, floats as bytes, addresses', () => {
  assert.deepEqual(values('int x = 3;', 'x'), ['0:i4=3']);
  assert.equal(values('int x = 0;', 'x'), undefined);
  assert.equal(values('int x;', 'x'), undefined);
  assert.deepEqual(values('char c = -1;', 'c'), ['0:i1=-1']);
  assert.deepEqual(values('double d = 1.5;', 'd'), ['0:b[0,0,0,0,0,0,248,63]']);
  assert.deepEqual(values('float f = 0.1;', 'f'), ['0:b[205,204,204,61]']);
  assert.deepEqual(values('int x; int *p = &x + 1;', 'p'), ['0:&x+4']);
  assert.deepEqual(values('int a[4]; int *p = &a[3];', 'p'), ['0:&a+12']);
  assert.deepEqual(values('int a[4]; int *p = a + 1;', 'p'), ['0:&a+4']);
  assert.deepEqual(values('struct s { int a; int b[2]; } v; int *p = &v.b[1];', 'p'), ['0:&v+8']);
  assert.deepEqual(values('int x; long l = (long)&x;', 'l'), ['0:&x']);
  assert.deepEqual(values('int f(void); int (*fp)(void) = f;', 'fp'), ['0:&f']);
  assert.deepEqual(values('char *s = "hi";', 's'), ['0:&"hi"']);
  assert.deepEqual(values('char *s = "hello" + 2;', 's'), ['0:&"hello"+2']);
  assert.deepEqual(values('int *p = (int *)16;', 'p'), ['0:i8=16']);
  assert.deepEqual(values('int g[3][4]; long d = (char *)&g[2][0] - (char *)&g[0][1];', 'd'), ['0:i8=28']);
  assert.deepEqual(values('int a[9]; int n = &a[8] - &a[2];', 'n'), ['0:i4=6']);
  assert.deepEqual(values('_Bool b = 7;', 'b'), ['0:i1=1']);
  assert.deepEqual(values('int *p = 0;', 'p'), undefined);
  assert.deepEqual(values('int *p = (int[]){5, 6};', 'p'), ['0:&(compound literal)']);
  assert.deepEqual(values('struct n { int v; struct n *next; } a = {1, 0}, b = {2, &a};', 'b'), [
    '0:i4=2',
    '8:&a',
  ]);
});

test('static initializers: braces, elision, designators, unions, strings, bit-fields', () => {
  const r = 'struct p { int x, y; }; struct r { struct p a, b; int n[3]; };';
  assert.deepEqual(values(`${r} struct r v = { {1, 2}, 3, 4, 5, 6, 7 };`, 'v'), [
    '0:i4=1',
    '4:i4=2',
    '8:i4=3',
    '12:i4=4',
    '16:i4=5',
    '20:i4=6',
    '24:i4=7',
  ]);
  assert.deepEqual(values(`${r} struct r v = { .b.y = 9, .n[1] = 8, 10 };`, 'v'), [
    '12:i4=9',
    '20:i4=8',
    '24:i4=10',
  ]);
  assert.deepEqual(values(`${r} struct r v = { .n = {1, [2] = 3}, .a = {5} };`, 'v'), [
    '0:i4=5',
    '16:i4=1',
    '24:i4=3',
  ]);
  assert.deepEqual(values(`${r} struct r v = { .a.x = 1, .a.x = 2 };`, 'v'), ['0:i4=2']);
  assert.deepEqual(values('int m[2][3] = { 1, 2, 3, 4 };', 'm'), ['0:i4=1', '4:i4=2', '8:i4=3', '12:i4=4']);
  assert.equal(typeOfObject('int m[][2] = { {1}, [3] = {2, 3} };', 'm'), 'int [4][2]');
  assert.deepEqual(values('int z[4] = { [1 ... 2] = 7 };', 'z'), ['4:i4=7', '8:i4=7']);
  assert.deepEqual(values('struct p { int x, y; } a[] = { [1].y = 1, {4, 5} };', 'a'), [
    '12:i4=1',
    '16:i4=4',
    '20:i4=5',
  ]);
  assert.deepEqual(values('union u { char c; int i; } v = { 65 };', 'v'), ['0:i1=65']);
  assert.deepEqual(values('union u { char c; int i; } v = { .i = 0x01020304 };', 'v'), ['0:i4=16909060']);
  assert.deepEqual(values('char s[] = "hi";', 's'), ['0:b[104,105,0]']);
  assert.deepEqual(values('char s[5] = "hi";', 's'), ['0:b[104,105,0]']);
  assert.deepEqual(values('char s[] = {"hi"};', 's'), ['0:b[104,105,0]']);
  assert.deepEqual(values('char s[2][3] = { "ab", "c" };', 's'), ['0:b[97,98,0]', '3:b[99,0]']);
  assert.deepEqual(values('int w[] = L"ab";', 'w'), ['0:b[97,0,0,0,98,0,0,0,0,0,0,0]']);
  assert.deepEqual(values('struct { char t[4]; int n; } a[] = { "ab", 1, "cd", 2 };', 'a'), [
    '0:b[97,98,0]',
    '4:i4=1',
    '8:b[99,100,0]',
    '12:i4=2',
  ]);
  assert.deepEqual(values('struct b { unsigned a:3, b:5; int c:4; char d; } v = { 5, 17, -1, 9 };', 'v'), [
    '0:i2=3981',
    '2:i1=9',
  ]);
  assert.deepEqual(
    values('struct an { int k; struct { int m, n; }; union { float f; int g; }; } v = { .n = 5, 6 };', 'v'),
    ['8:i4=5', '12:b[0,0,192,64]'],
  );
  assert.deepEqual(values('int x = { 3 };', 'x'), ['0:i4=3']);
  assert.deepEqual(values('int x = {};', 'x'), undefined);
});

test('local initializers: entries in order, zero fill when something is left', () => {
  const fn = (body: string): string => `struct p { int x, y; }; int g(int n) { ${body} return 0; }`;
  assert.equal(localInit(fn('int a = n;'), 'a'), 'full [0]=n');
  assert.equal(localInit(fn('int a[3] = {n, 2};'), 'a'), 'zero [0]=n [4]=2');
  assert.equal(localInit(fn('int a[2] = {1, 2};'), 'a'), 'full [0]=1 [4]=2');
  assert.equal(localInit(fn('struct p q = {.y = n, .x = 1};'), 'q'), 'full [4]=n [0]=1');
  assert.equal(localInit(fn('struct p q = {n}; struct p r = q;'), 'r'), 'full [0]=q');
  assert.equal(localInit(fn('char s[] = "xyz";'), 's'), 'full [0]=str4');
  assert.equal(localInit(fn('char s[8] = "ab";'), 's'), 'zero [0]=str3');
  assert.equal(localInit(fn('double d = n;'), 'd'), 'full [0]=(cast double n)');
  assert.equal(localInit(fn('struct { int f:3; } b = {n};'), 'b'), 'zero [0:0:3]=n');
  assert.equal(localInit(fn('int *p = (int[]){n, n};'), 'p'), 'full [0]=(& (literal int [2]))');
  assert.equal(localInit(fn('int z[3] = {};'), 'z'), 'zero');
});

test('initializer diagnostics', () => {
  assert.deepEqual(diagnose('int a[3] = {1, 2, 3, 4};'), [
    '1:22: warning: excess elements in array initializer [C3044]',
  ]);
  assert.deepEqual(diagnose('struct { int x; } s = {1, 2};'), [
    '1:27: warning: excess elements in struct initializer [C3044]',
  ]);
  assert.deepEqual(diagnose('int k = {1, 2};'), [
    '1:13: warning: excess elements in scalar initializer [C3044]',
  ]);
  assert.deepEqual(diagnose('char c[2] = "abc";'), [
    "1:13: error: initializer-string for array of 'char' is too long [C3045]",
  ]);
  // Exactly filling the array without the NUL is valid C: a warning only under -W (gcc's -Wextra).
  assert.deepEqual(diagnose('char c[3] = "abc";'), []);
  assert.deepEqual(diagnose('char c[3] = "abc";', true), [
    "1:13: warning: initializer-string for array of 'char' truncates NUL terminator [C3046]",
  ]);
  assert.deepEqual(diagnose('int a[2] = 5;'), ['1:12: error: invalid initializer [C3047]']);
  assert.deepEqual(diagnose('struct p { int x; } v = { .y = 1 };'), [
    "1:28: error: unknown field 'y' specified in initializer [C3092]",
  ]);
  assert.deepEqual(diagnose('int a[2] = { [5] = 1 };'), [
    '1:14: error: array index in initializer exceeds array bounds [C3091]',
  ]);
  assert.deepEqual(diagnose('int b[2] = { .x = 1 };'), [
    '1:15: error: field name not in record or union initializer [C3093]',
  ]);
  assert.deepEqual(diagnose('struct p { int x; } v = { [0] = 1 };'), [
    '1:27: error: array index in non-array initializer [C3094]',
  ]);
  assert.deepEqual(diagnose('int a[5] = { [3 ... 1] = 1 };'), ['1:14: error: empty range specified [C3096]']);
  assert.deepEqual(diagnose('int f(void) { int x = 1; static int y = x; return y; }'), [
    '1:41: error: initializer element is not constant [C3043]',
  ]);
  assert.deepEqual(diagnose('int g; int x = (int)&g;'), [
    '1:16: error: initializer element is not computable at load time [C3108]',
  ]);
  assert.deepEqual(diagnose('char c[] = L"x";'), [
    '1:12: error: array of inappropriate type initialized from string constant [C3122]',
  ]);
  assert.deepEqual(diagnose('int f(void) = 3;'), [
    "1:5: error: function 'f' is initialized like a variable [C3082]",
  ]);
  assert.deepEqual(diagnose('typedef int T = 1;'), ["1:13: error: typedef 'T' is initialized [C3118]"]);
  assert.deepEqual(diagnose('extern int x = 1;'), [
    "1:12: warning: 'x' initialized and declared 'extern' [C3083]",
  ]);
  assert.deepEqual(diagnose('void f(void) { extern int x = 1; }'), [
    "1:27: error: 'x' has both 'extern' and initializer [C3116]",
  ]);
});

// ---- scopes, linkage and labels ----

test('linkage: tentative definitions, externs, statics and their labels', () => {
  const unit = clean(
    `int x; int x = 3; int x; extern int x; int z[]; int z[4]; static int s; static int s = 2; extern int e;
     static int helper(void) { static int calls; return ++calls; }
     int use(void) { extern int x; static int n = 1; return x + e + s + helper() + n; }
     int *lit = (int[]){1};`,
    'list.c#2',
  );
  const objects = unit.objects.map(
    (o) => `${o.symbol.name}:${o.symbol.storage}:${o.symbol.label}:${typeToString(o.symbol.type)}`,
  );
  assert.deepEqual(objects, [
    'x:global:x:int',
    'z:global:z:int [4]',
    's:static:list.c#2:s:int',
    'calls:static:list.c#2:helper.calls.1:int',
    'n:static:list.c#2:use.n.2:int',
    'lit:global:lit:int *',
    '(compound literal):static:list.c#2:__compound_literal.3:int [1]',
  ]);
  assert.deepEqual(
    unit.functions.map((f) => `${f.symbol.name}:${f.symbol.label}:${f.symbol.internal}`),
    ['helper:list.c#2:helper:true', 'use:use:false'],
  );
  assert.deepEqual(diagnose('int y[];'), ["1:5: warning: array 'y' assumed to have one element [C3102]"]);
  assert.deepEqual(diagnose('struct s; struct s w;'), [
    "1:20: error: storage size of 'w' isn't known [C3048]",
  ]);
});

test('linkage diagnostics', () => {
  assert.deepEqual(diagnose('int a; long a;'), ["1:13: error: conflicting types for 'a' [C3006]"]);
  assert.deepEqual(diagnose('int f(int); int f(long);'), ["1:17: error: conflicting types for 'f' [C3006]"]);
  assert.deepEqual(diagnose('int g(); int g(char c) { return c; }'), [
    "1:14: error: conflicting types for 'g' [C3006]",
  ]);
  assert.deepEqual(diagnose('int x; void x(void);'), [
    "1:13: error: 'x' redeclared as different kind of symbol [C3005]",
  ]);
  assert.deepEqual(diagnose('static int b; int b;'), [
    "1:19: error: non-static declaration of 'b' follows static declaration [C3067]",
  ]);
  assert.deepEqual(diagnose('int c; static int c;'), [
    "1:19: error: static declaration of 'c' follows non-static declaration [C3066]",
  ]);
  assert.deepEqual(diagnose('int f(void) { return 1; } int f(void) { return 2; }'), [
    "1:31: error: redefinition of 'f' [C3007]",
  ]);
  assert.deepEqual(diagnose('int x = 1; int x = 2;'), ["1:16: error: redefinition of 'x' [C3007]"]);
  assert.deepEqual(diagnose('void f(void) { int x; int x; }'), ["1:27: error: redefinition of 'x' [C3007]"]);
  assert.deepEqual(diagnose('typedef int T; typedef long T;'), [
    "1:29: error: conflicting types for 'T' [C3006]",
  ]);
  assert.deepEqual(diagnose('static int h(void); int k(void) { return h(); }'), [
    "1:42: warning: 'h' used but never defined [C3103]",
  ]);
  assert.deepEqual(diagnose('void g(void) { static void h(void); }'), [
    "1:16: error: invalid storage class for function 'h' [C3089]",
  ]);
  assert.deepEqual(diagnose('void f(struct q *p);'), [
    "1:15: warning: 'struct q' declared inside parameter list will not be visible outside of this definition or declaration [C3124]",
  ]);
  assert.deepEqual(diagnose('struct q; void f(struct q *p);'), []);
  assert.deepEqual(diagnose('auto int x;'), ["1:1: error: file-scope declaration specifies 'auto' [C3117]"]);
  // Same-type redeclarations, compatible composites and prototypes after old-style declarations are fine.
  assert.deepEqual(
    diagnose('typedef int T; typedef int T; int f(); int f(int a) { return a; } extern int a[]; int a[3];'),
    [],
  );
});

test('scopes: shadowing, typedef names redeclared, for-loop scope, tags', () => {
  const unit = clean(`typedef int T;
    int x = 1;
    int f(void) { int x = 2; { T T = 3; x += T; } for (int x = 0; x < 1; x++) ; return x; }
    struct s { int a; };
    int g(void) { struct s { double d; } v; return sizeof v; }`);
  const f = unit.functions[0]!;
  assert.deepEqual(
    f.locals.map((l) => l.name),
    ['x', 'T', 'x'],
  );
  const ret = bodyOf(unit, 'g').find((s) => s.kind === 'return');
  assert.ok(ret?.kind === 'return');
  assert.equal(show(ret.value!), '8');
});

test('parameters: adjustment, unnamed ones, old-style definitions', () => {
  const unit = clean(
    'int f(int a[3], int (g)(void), int) { return a[0] + g(); } int old(a, b) int a; char b; { return a + b; }',
  );
  const f = unit.functions[0]!;
  assert.deepEqual(
    f.parameters.map((p) => `${p.name}:${typeToString(p.type)}:${p.storage}`),
    ['a:int *:parameter', 'g:int (*)(void):parameter', ':int:parameter'],
  );
  const old = unit.functions[1]!;
  assert.deepEqual(
    old.parameters.map((p) => `${p.name}:${typeToString(p.type)}`),
    ['a:int', 'b:int'],
  );
  assert.equal(typeToString(old.symbol.type), 'int ()');
  assert.deepEqual(diagnose('int f(a) { return a; }'), [
    "1:7: warning: type of 'a' defaults to 'int' [C3121]",
  ]);
  assert.deepEqual(diagnose('int f(a) int b; { return a; }'), [
    "1:14: error: declaration for parameter 'b' but no such parameter [C3120]",
  ]);
  assert.deepEqual(diagnose('int f(int a, int a);'), ["1:18: error: redefinition of parameter 'a' [C3007]"]);
  assert.deepEqual(diagnose('int f(void, int);'), ["1:7: error: 'void' must be the only parameter [C3079]"]);
  assert.deepEqual(diagnose('void f(static int x);'), [
    '1:8: error: storage class specified for parameter [C3080]',
  ]);
  assert.deepEqual(diagnose('struct s; void f(struct s x) { }'), [
    "1:27: error: parameter 1 ('x') has incomplete type [C3081]",
  ]);
});

test('declarator diagnostics', () => {
  assert.deepEqual(diagnose('void v;'), ["1:6: error: variable or field 'v' declared void [C3078]"]);
  assert.deepEqual(diagnose('int a[-1];'), ["1:7: error: size of array 'a' is negative [C3075]"]);
  assert.deepEqual(diagnose('int a[1.5];'), ["1:7: error: size of array 'a' has non-integer type [C3114]"]);
  assert.deepEqual(diagnose('char a[1L << 50];'), ["1:11: error: size of array 'a' is too large [C3115]"]);
  assert.deepEqual(diagnose('int f(void)[3];'), [
    "1:6: error: 'f' declared as function returning an array [C3076]",
  ]);
  assert.deepEqual(diagnose('int f(void)(void);'), [
    "1:6: error: 'f' declared as function returning a function [C3076]",
  ]);
  assert.deepEqual(diagnose('int a[3](void);'), [
    "1:6: error: declaration of 'a' as array of functions [C3077]",
  ]);
  assert.deepEqual(diagnose('void f(int n) { int a[n]; (void)a; }'), []);
  assert.deepEqual(diagnose('int f(int n, int a[n]) { return a[0]; } int g(void) { return f(1, 0); }'), []);
  assert.deepEqual(diagnose('int n; int a[n];'), [
    "1:12: error: variably modified 'a' at file scope [C3125]",
  ]);
  // A declaration that failed does not cascade into its uses.
  assert.deepEqual(diagnose('int f(int n) { static int a[n]; a[0] = 1; return a[0]; }'), [
    "1:27: error: storage size of 'a' isn't constant [C3126]",
  ]);
});

// ---- statements ----

test('switch: promoted value, case values converted, ids shared by ranges, Duff-style labels', () => {
  const unit = clean(`int f(char c, int n) {
    switch (c) { case 'a': return 1; case 1 ... 3: n++; default: break; case 300: return 2; }
    switch (n % 4) { case 0: do { n--; case 3: n--; case 2: n--; case 1: n--; } while (n > 0); }
    return n;
  }`);
  const sw = bodyOf(unit, 'f')[0]!;
  assert.ok(sw.kind === 'switch');
  assert.equal(show(sw.value), '(cast int c)');
  assert.deepEqual(
    sw.cases.map((c) => Number(c.value)),
    [97, 1, 2, 3, 300],
  );
  assert.equal(sw.cases[1]!.id, sw.cases[3]!.id);
  assert.ok(sw.defaultId !== undefined);
  const duff = bodyOf(unit, 'f')[1]!;
  assert.ok(duff.kind === 'switch');
  assert.equal(duff.cases.length, 4);
});

test('statement diagnostics', () => {
  assert.deepEqual(diagnose('int main(void) { break; continue; goto nowhere; l: l: return 0; }'), [
    '1:18: error: break statement not within loop or switch [C3025]',
    '1:25: error: continue statement not within a loop [C3026]',
    "1:52: error: duplicate label 'l' [C3028]",
    "1:35: error: label 'nowhere' used but not defined [C3027]",
  ]);
  assert.deepEqual(
    diagnose(
      'int main(void) { switch (1) { case 1: case 1: break; default: default: ; } case 2: ; return 0; }',
    ),
    [
      '1:44: error: duplicate case value [C3030]',
      '1:63: error: multiple default labels in one switch [C3031]',
      '1:76: error: case label not within a switch statement [C3029]',
    ],
  );
  assert.deepEqual(diagnose('int main(void) { default: return 0; }'), [
    "1:18: error: 'default' label not within a switch statement [C3029]",
  ]);
  assert.deepEqual(diagnose('int f(int x) { switch (x) { case x: break; } return 0; }'), [
    '1:34: error: case label is not an integer constant [C3032]',
  ]);
  assert.deepEqual(diagnose('int f(double d) { switch (d) { } return 0; }'), [
    '1:27: error: switch quantity not an integer [C3123]',
  ]);
  assert.deepEqual(diagnose('void f(void) { return 1; } int g(void) { return; }'), [
    "1:16: error: 'return' with a value, in function returning void [C3033]",
    "1:42: warning: 'return' with no value, in function returning non-void [C3034]",
  ]);
  assert.deepEqual(diagnose('int *f(void) { int x; return &x; }'), [
    '1:30: warning: function returns address of local variable [C3107]',
  ]);
  assert.deepEqual(diagnose('int f(int x) { switch (x) { case 5000 ... 1: break; } return 0; }'), [
    '1:29: warning: empty range specified [C3096]',
  ]);
  assert.deepEqual(diagnose('int f(int x) { switch (x) { case 0 ... 100000: break; } return 0; }'), [
    '1:29: error: case ranges of more than 4096 values are not supported [C3060]',
  ]);
  assert.deepEqual(
    diagnose(
      '_Static_assert(1 == 2, "math"); int f(void) { _Static_assert(sizeof(int) == 4, "int"); return 0; }',
    ),
    ['1:1: error: static assertion failed: "math" [C3061]'],
  );
  // Missing return in a non-void function is not diagnosed, as gcc by default.
  assert.deepEqual(diagnose('int f(int x) { if (x) return 1; }'), []);
});

test('a long else-if chain analyses into nested ifs', () => {
  const source = `int f(int x) { if (x == 0) return 0;${Array.from({ length: 3000 }, (_, i) => ` else if (x == ${i + 1}) return ${i};`).join('')} else return -1; }`;
  const unit = clean(source);
  let statement = bodyOf(unit, 'f')[0]!;
  let links = 0;
  while (statement.kind === 'if') {
    links++;
    statement = statement.otherwise!;
  }
  assert.equal(links, 3001);
  assert.equal(statement.kind, 'return');
});

test('a long run of case labels shares one statement', () => {
  const source = `int f(int x) { switch (x) { ${Array.from({ length: 2000 }, (_, i) => `case ${i}:`).join(' ')} return 1; } return 0; }`;
  const sw = bodyOf(clean(source), 'f')[0]!;
  assert.ok(sw.kind === 'switch');
  assert.equal(sw.cases.length, 2000);
  assert.equal(new Set(sw.cases.map((c) => c.id)).size, 2000);
});

test('main returns 0 when it falls off its end', () => {
  const unit = clean('int main(void) { }');
  const last = bodyOf(unit, 'main')[0]!;
  assert.ok(last.kind === 'return' && last.value !== undefined);
  assert.equal(show(last.value), '0');
});

test('variadic functions: va_start, va_arg, va_end, va_copy', () => {
  const unit = clean(`#include <stdarg.h>
    int sum(int n, ...) { va_list ap, aq; va_start(ap, n); va_copy(aq, ap); int t = va_arg(ap, int); va_end(ap); va_end(aq); return t; }`);
  const body = bodyOf(unit, 'sum').filter((s) => s.kind === 'expression');
  assert.deepEqual(
    body.map((s) => (s.kind === 'expression' ? show(s.expression) : '')),
    ['(va_start ap)', '(= aq ap)', '(cast void ap)', '(cast void aq)'],
  );
  assert.deepEqual(diagnose('#include <stdarg.h>\nint f(int n) { va_list ap; va_start(ap, n); return 0; }'), [
    "2:28: error: 'va_start' used in function with fixed arguments [C3084]",
  ]);
  assert.deepEqual(
    diagnose('#include <stdarg.h>\nint f(int n, int m, ...) { va_list ap; va_start(ap, n); return 0; }'),
    ["2:40: warning: second parameter of 'va_start' not last named argument [C3085]"],
  );
  assert.deepEqual(
    diagnose(
      '#include <stdarg.h>\nint f(int n, ...) { va_list ap; va_start(ap, n); return va_arg(ap, char); }',
    ),
    ["2:57: warning: 'char' is promoted to 'int' when passed through '...' [C3086]"],
  );
  assert.deepEqual(diagnose('int f(int n, ...) { int ap; return __builtin_va_arg(ap, int); }'), [
    "1:53: error: first argument to 'va_arg' not of type 'va_list' (have 'int') [C3112]",
  ]);
});

// ---- -W warnings ----

test('extra warnings only under -W', () => {
  const source =
    'int f(int unused, int used) { int x; int y = 2; void *p = 0; p + 1; y; unsigned u = 1; int i = -1; return used + (i < u) + y; }';
  assert.deepEqual(diagnose(source), []);
  assert.deepEqual(diagnose(source, true), [
    "1:64: warning: pointer of type 'void *' used in arithmetic [C3070]",
    '1:62: warning: statement with no effect [C3095]',
    '1:69: warning: statement with no effect [C3095]',
    "1:117: warning: comparison of integer expressions of different signedness: 'int' and 'unsigned int' [C3106]",
    "1:35: warning: unused variable 'x' [C3068]",
    "1:11: warning: unused parameter 'unused' [C3069]",
  ]);
});

// ---- robustness ----

test('errors stop after 20', () => {
  const source = `int f(void) { ${Array.from({ length: 40 }, (_, i) => `v${i} = 1;`).join(' ')} return 0; }`;
  const codes = analyseSource(source).diagnostics.map((d) => d.code);
  assert.equal(codes.length, 21);
  assert.equal(codes[20], 'C3088');
});

test('analyse never throws: internal problems become a diagnostic', () => {
  const { syntax } = parseSource('int x;');
  const broken = {
    externals: [
      {
        kind: 'functionDefinition',
        specifiers: {
          storage: [],
          typeSpecifiers: [],
          qualifiers: { const: false, volatile: false },
          inline: false,
          at: syntax.end,
        },
        declarator: { kind: 'name', name: 'f', at: syntax.end },
        oldStyleDeclarations: [],
        body: { kind: 'block', items: [], at: syntax.end, end: syntax.end },
        at: syntax.end,
        end: syntax.end,
      },
    ],
    end: syntax.end,
  } as unknown as typeof syntax;
  const result = analyse(broken, { unitName: 't.c', file: 't.c' });
  assert.equal(result.unit, undefined);
  assert.deepEqual(
    result.diagnostics.map((d) => d.code),
    ['C3119', 'C3087'],
  );
});

test('every analyser diagnostic code has a message and is exercised above', () => {
  const codes = Object.keys(messages).filter((c) => c.startsWith('C3'));
  assert.ok(codes.length > 100);
  for (const code of codes) assert.match(messages[code as keyof typeof messages], /\S/);
});
