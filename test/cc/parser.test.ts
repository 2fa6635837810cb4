// The parser: declarator shapes, the typedef-name ambiguity, precedence, statements, initializers,
// gcc extensions, and syntax errors with their locations, recovery and limits.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from '../../src/cc/parser.js';
import type {
  DeclarationSyntax,
  DeclaratorSyntax,
  ExpressionSyntax,
  FunctionDefinitionSyntax,
  StatementSyntax,
} from '../../src/cc/syntax.js';
import type { Token } from '../../src/cc/token.js';
import { describeDiagnostics, parseSource } from './frontend-helpers.js';

/** A declarator as text, outside in: `pointer(array 3(name p))`. */
function shape(d: DeclaratorSyntax): string {
  switch (d.kind) {
    case 'name':
      return d.name ?? '_';
    case 'pointer':
      return `pointer${d.qualifiers.const ? ' const' : ''}(${shape(d.inner)})`;
    case 'array':
      return `array${d.length === undefined ? '' : ` ${expression(d.length)}`}(${shape(d.inner)})`;
    case 'function': {
      const params = d.parameters.map((p) => shape(p.declarator));
      if (d.variadic) params.push('...');
      if (!d.prototyped)
        params.push(d.identifiers.length > 0 ? `old ${d.identifiers.map((i) => i.name).join(' ')}` : 'old');
      return `function[${params.join(', ')}](${shape(d.inner)})`;
    }
  }
}

/** An expression as an S-expression of its syntax. */
function expression(e: ExpressionSyntax): string {
  switch (e.kind) {
    case 'name':
      return e.name;
    case 'number':
    case 'char':
      return e.text;
    case 'string':
      return e.parts.map((p) => p.text).join(' ');
    case 'unary':
      return `(${e.operator} ${expression(e.operand)})`;
    case 'postfix':
      return `(post${e.operator} ${expression(e.operand)})`;
    case 'binary':
      return `(${e.operator} ${expression(e.left)} ${expression(e.right)})`;
    case 'assign':
      return `(${e.operator} ${expression(e.target)} ${expression(e.value)})`;
    case 'conditional':
      return `(? ${expression(e.condition)} ${e.then === undefined ? '_' : expression(e.then)} ${expression(e.otherwise)})`;
    case 'comma':
      return `(, ${expression(e.left)} ${expression(e.right)})`;
    case 'cast':
      return `(cast ${shape(e.typeName.declarator)} ${expression(e.operand)})`;
    case 'sizeofExpression':
      return `(sizeof ${expression(e.operand)})`;
    case 'alignofExpression':
      return `(alignof ${expression(e.operand)})`;
    case 'sizeofType':
      return `(sizeof type ${shape(e.typeName.declarator)})`;
    case 'alignofType':
      return `(alignof type ${shape(e.typeName.declarator)})`;
    case 'call':
      return `(call ${[e.callee, ...e.arguments].map(expression).join(' ')})`;
    case 'index':
      return `([] ${expression(e.array)} ${expression(e.index)})`;
    case 'member':
      return `(${e.arrow ? '->' : '.'} ${expression(e.object)} ${e.name})`;
    case 'compoundLiteral':
      return `(literal ${shape(e.typeName.declarator)} ${e.initializer.items.length})`;
    case 'parenthesized':
      return `(paren ${expression(e.expression)})`;
    case 'vaStart':
      return `(va_start ${expression(e.list)} ${expression(e.last)})`;
    case 'vaArg':
      return `(va_arg ${expression(e.list)})`;
    case 'vaEnd':
      return `(va_end ${expression(e.list)})`;
    case 'vaCopy':
      return `(va_copy ${expression(e.target)} ${expression(e.source)})`;
    case 'typesCompatible':
      return `(types_compatible ${shape(e.first.declarator)} ${shape(e.second.declarator)})`;
    case 'generic':
      return `(generic ${expression(e.control)} ${e.associations.map((a) => expression(a.expression)).join(' ')})`;
    case 'statementExpression':
      return `({ ${e.body.items.length})`;
    case 'offsetof':
      return `(offsetof ${e.path.map((p) => (p.kind === 'member' ? `.${p.name}` : `[${expression(p.index)}]`)).join('')})`;
  }
}

function parseClean(source: string): ReturnType<typeof parseSource>['syntax'] {
  const { syntax, diagnostics } = parseSource(source);
  assert.deepEqual(describeDiagnostics(diagnostics), []);
  return syntax;
}

function declarations(source: string): DeclarationSyntax[] {
  return parseClean(source).externals.filter((e): e is DeclarationSyntax => e.kind === 'declaration');
}

function firstDeclarator(source: string): string {
  const d = declarations(source)[0]!;
  return shape(d.declarators[0]!.declarator);
}

/** The statements of the first function's body. */
function bodyItems(source: string): readonly StatementSyntax[] {
  const fn = parseClean(source).externals.find(
    (e): e is FunctionDefinitionSyntax => e.kind === 'functionDefinition',
  );
  assert.ok(fn);
  return fn.body.items;
}

/** The expression of `int f(void) { return EXPR; }` after `declarations`. */
function parsedExpression(text: string, before = ''): string {
  const items = bodyItems(`${before}\nint f(void) { return ${text}; }`);
  const last = items[items.length - 1]!;
  assert.equal(last.kind, 'return');
  return expression((last as StatementSyntax & { kind: 'return' }).value!);
}

function errors(source: string): string[] {
  return describeDiagnostics(parseSource(source).diagnostics);
}

test('declarators nest outside in: pointers, arrays and functions', () => {
  assert.equal(firstDeclarator('int *p[3];'), 'pointer(array 3(p))');
  assert.equal(firstDeclarator('int (*p)[3];'), 'array 3(pointer(p))');
  assert.equal(firstDeclarator('int a[2][3];'), 'array 3(array 2(a))');
  assert.equal(firstDeclarator('int (*fp)(int, char *);'), 'function[_, pointer(_)](pointer(fp))');
  assert.equal(
    firstDeclarator('void (*signal(int sig, void (*handler)(int)))(int);'),
    'function[_](pointer(function[sig, function[_](pointer(handler))](signal)))',
  );
  assert.equal(
    firstDeclarator('char *(*(*x[2])(void))[4];'),
    'pointer(array 4(pointer(function[](pointer(array 2(x))))))',
  );
  assert.equal(firstDeclarator('int *const cp;'), 'pointer const(cp)');
  assert.equal(firstDeclarator('int f();'), 'function[old](f)');
  assert.equal(firstDeclarator('int f(int, ...);'), 'function[_, ...](f)');
});

test('abstract declarators in type names and parameters', () => {
  assert.equal(parsedExpression('sizeof(int (*)[4])'), '(sizeof type array 4(pointer(_)))');
  assert.equal(parsedExpression('sizeof(int (*)(void))'), '(sizeof type function[](pointer(_)))');
  assert.equal(parsedExpression('sizeof(int (int))'), '(sizeof type function[_](_))');
  assert.equal(parsedExpression('(int)x', 'int x;'), '(cast _ x)');
  assert.equal(parsedExpression('(char **)0'), '(cast pointer(pointer(_)) 0)');
  assert.equal(
    firstDeclarator('void f(int [], int (*)(char), int (x));'),
    'function[array(_), function[_](pointer(_)), x](f)',
  );
});

test('typedef names: declarations versus expressions, by scope', () => {
  const items = bodyItems('typedef int T; int a, x; void f(void) { T * p; a * x; T(q); }');
  assert.deepEqual(
    items.map((s) => s.kind),
    ['declaration', 'expression', 'declaration'],
  );
  // A typedef name redeclared as a variable in an inner scope is an ordinary identifier there.
  const inner = bodyItems('typedef int T; int x; void f(void) { { int T = 1; T * x; } T * y; }');
  const block = inner[0] as StatementSyntax & { kind: 'block' };
  assert.deepEqual(
    block.items.map((s) => s.kind),
    ['declaration', 'expression'],
  );
  assert.equal(inner[1]!.kind, 'declaration');
  // After a type specifier, a typedef name is the declarator: `T T;`.
  assert.equal(
    shape(
      (bodyItems('typedef int T; void f(void) { T T; }')[0] as DeclarationSyntax).declarators[0]!.declarator,
    ),
    'T',
  );
  // A parameter named like a typedef hides it in the body.
  assert.equal(bodyItems('typedef int T; int x; int f(int T) { return T * x; }')[0]!.kind, 'return');
  // Casts need a type name: `(a)-1` is a subtraction.
  assert.equal(parsedExpression('(a)-1', 'int a;'), '(- (paren a) 1)');
  assert.equal(parsedExpression('(T)-1', 'typedef int T;'), '(cast _ (- 1))');
  // A label may have a typedef's name.
  assert.equal(bodyItems('typedef int T; void f(void) { T: ; }')[0]!.kind, 'label');
});

test('operator precedence and associativity', () => {
  const before = 'int a, b, c, d, e, *p, x[2]; struct s { int m; } s, *sp; int g(int, int);';
  const cases: [string, string][] = [
    ['a + b * c', '(+ a (* b c))'],
    ['a - b - c', '(- (- a b) c)'],
    ['a = b = c', '(= a (= b c))'],
    ['a += b -= c', '(+= a (-= b c))'],
    ['a ? b : c ? d : e', '(? a b (? c d e))'],
    ['a ?: b ?: c', '(? a _ (? b _ c))'],
    ['({ int t = f(x); t * 2; }) + 1', '(+ ({ 2) 1)'],
    ['a || b && c', '(|| a (&& b c))'],
    ['a & b == c', '(& a (== b c))'],
    ['a << b + c', '(<< a (+ b c))'],
    ['a < b == c < d', '(== (< a b) (< c d))'],
    ['a | b ^ c & d', '(| a (^ b (& c d)))'],
    ['-a++', '(- (post++ a))'],
    ['*p++', '(* (post++ p))'],
    ['!~-a', '(! (~ (- a)))'],
    ['&x[1]', '(& ([] x 1))'],
    ['sp->m + s.m', '(+ (-> sp m) (. s m))'],
    ['g(a, (b, c))', '(call g a (paren (, b c)))'],
    ['sizeof a + 1', '(+ (sizeof a) 1)'],
    ['sizeof (int){1}', '(sizeof (literal _ 1))'],
    ['(int){1} + 2', '(+ (literal _ 1) 2)'],
    ['++*p', '(++ (* p))'],
    ['a, b', '(, a b)'],
    ['__alignof__(int) + _Alignof a', '(+ (alignof type _) (alignof a))'],
  ];
  for (const [text, want] of cases) assert.equal(parsedExpression(text, before), want, text);
});

test('adjacent string literals are kept as parts for the analyser', () => {
  assert.equal(parsedExpression('"a" "b" L"c"'), '"a" "b" L"c"');
});

test('statements: loops, switch, labels, dangling else', () => {
  const items = bodyItems(`int f(int n) {
    for (int i = 0; i < n; i++) ;
    for (;;) break;
    do n--; while (n);
    while (n) continue;
    switch (n) { case 1: case 2 ... 4: n++; default: break; }
    if (n) if (n > 1) n = 1; else n = 2;
    goto out;
  out:
    return n;
  }`);
  assert.deepEqual(
    items.map((s) => s.kind),
    ['for', 'for', 'doWhile', 'while', 'switch', 'if', 'goto', 'label'],
  );
  const first = items[0] as StatementSyntax & { kind: 'for' };
  assert.equal(first.init !== undefined && 'specifiers' in first.init, true);
  const nested = items[5] as StatementSyntax & { kind: 'if' };
  assert.equal(nested.otherwise, undefined);
  assert.equal((nested.then as StatementSyntax & { kind: 'if' }).otherwise?.kind, 'expression');
  const sw = items[4] as StatementSyntax & { kind: 'switch' };
  const body = sw.body as StatementSyntax & { kind: 'block' };
  const case1 = body.items[0] as StatementSyntax & { kind: 'case' };
  assert.equal(case1.body.kind, 'case');
  assert.ok((case1.body as StatementSyntax & { kind: 'case' }).last);
});

test('old-style definitions, void parameter lists and unnamed parameters', () => {
  const syntax = parseClean(
    'int add(a, b) int a; long b; { return a + b; } int g(void); int h(int, char *);',
  );
  const fn = syntax.externals[0] as FunctionDefinitionSyntax;
  assert.equal(shape(fn.declarator), 'function[old a b](add)');
  assert.equal(fn.oldStyleDeclarations.length, 2);
  assert.equal(shape((syntax.externals[1] as DeclarationSyntax).declarators[0]!.declarator), 'function[](g)');
});

test('initializer lists: designators, ranges, nesting and trailing commas', () => {
  const d = declarations(
    'int a[10] = { [1] = 2, [3 ... 5] = 1, 7, }; struct { int x[2]; } s = { .x[1] = 3, .x = { 1 } };',
  );
  const list = d[0]!.declarators[0]!.initializer!;
  assert.equal(list.kind, 'list');
  if (list.kind !== 'list') return;
  assert.equal(list.items.length, 3);
  assert.equal(list.items[1]!.designators[0]!.kind, 'index');
  const range = list.items[1]!.designators[0]!;
  assert.ok(range.kind === 'index' && range.last !== undefined);
  const s = d[1]!.declarators[0]!.initializer!;
  assert.ok(s.kind === 'list');
  assert.deepEqual(
    s.items[0]!.designators.map((x) => x.kind),
    ['member', 'index'],
  );
});

test('gcc extensions: attributes, __extension__, alternate keywords, builtins', () => {
  const syntax = parseClean(`
    __extension__ typedef unsigned long long u64 __attribute__((aligned(8)));
    static __inline__ int __attribute__((unused)) f(int *__restrict p, const char *__restrict__ q) { return *p; }
    __signed__ char c; __const int k = 1; volatile int v; int __volatile__ w;
    struct __attribute__((packed)) s { int a; } __attribute__((aligned)) z;
    int g(int n, ...) { __builtin_va_list ap; __builtin_va_start(ap, n); int x = __builtin_va_arg(ap, int);
      __builtin_va_end(ap); return x + (int)__builtin_offsetof(struct s, a); }
    _Noreturn void die(void);
    _Static_assert(1, "ok");
  `);
  assert.equal(syntax.externals.length, 10);
  const items = (syntax.externals[7] as FunctionDefinitionSyntax).body.items;
  assert.equal(items.length, 5);
});

test('the offsetof designator and va builtins parse as their own nodes', () => {
  const before = 'struct s { int a[4]; struct { int b; } in; }; __builtin_va_list ap, aq;';
  assert.equal(
    parsedExpression('__builtin_offsetof(struct s, in.b) + __builtin_offsetof(struct s, a[2])', before),
    '(+ (offsetof .in.b) (offsetof .a[2]))',
  );
  assert.equal(parsedExpression('(__builtin_va_copy(ap, aq), 0)', before), '(paren (, (va_copy ap aq) 0))');
});

test('_Generic keeps its associations in order, default among them', () => {
  assert.equal(
    parsedExpression('_Generic(x + 1, int: 1, default: 2, char *: 3)', 'int x;'),
    '(generic (+ x 1) 1 2 3)',
  );
  assert.equal(
    parsedExpression('__builtin_types_compatible_p(int *, char[3])'),
    '(types_compatible pointer(_) array 3(_))',
  );
});

test('a missing semicolon is reported after the previous token when the next is on another line', () => {
  assert.deepEqual(errors('int main(void) {\n  int x = 3\n  return x;\n}'), [
    "2:12: error: expected ',' or ';' before 'return' [C2001]",
  ]);
  assert.deepEqual(errors('int f(void) {\n  return 0\n}'), [
    "2:11: error: expected ';' before '}' token [C2001]",
  ]);
  assert.deepEqual(errors('int x = 3 int y;'), ["1:11: error: expected ',' or ';' before 'int' [C2001]"]);
});

test('a missing } is repaired before an else in an if body and before a function starting a line', () => {
  const elseInside = parseSource(
    'int f(int x) {\n  if (x) {\n    x = 1;\n  else {\n    x = 2;\n  }\n  return x;\n}',
  );
  assert.deepEqual(describeDiagnostics(elseInside.diagnostics), [
    "3:11: error: expected '}' before 'else' [C2001]",
  ]);
  assert.ok(elseInside.complete, 'the tree is the repaired program');
  const nextFunction = parseSource('int f(void) {\n  return 1;\n\nint g(void) { return 2 }');
  assert.deepEqual(describeDiagnostics(nextFunction.diagnostics), [
    "2:12: error: expected '}' before 'int' [C2001]",
    "1:13: note: to match this '{' [C2013]",
    "4:24: error: expected ';' before '}' token [C2001]",
  ]);
  assert.equal(nextFunction.syntax.externals.length, 2);
  assert.ok(nextFunction.complete);
  // An indented definition is a nested function, which is not supported; so is one in an inner block.
  assert.deepEqual(errors('int f(void) {\n  int g(void) { return 1; }\n  return g();\n}'), [
    '2:15: error: nested functions are not supported [C2003]',
  ]);
  const inner = parseSource('int f(int x) {\n  if (x) {\nint g(void) { return 2; }');
  assert.deepEqual(describeDiagnostics(inner.diagnostics), [
    "2:11: error: expected '}' before 'int' [C2001]",
    "2:10: note: to match this '{' [C2013]",
  ]);
  assert.ok(!inner.complete, 'the if statement was cut short');
});

test('unknown type names: misspelt, from a header not included, a tag without its keyword, a parameter', () => {
  assert.deepEqual(errors('typedef int Length;\nInt a; length b; integer c;'), [
    "2:1: error: unknown type name 'Int'; did you mean 'int'? [C2011]",
    "2:8: error: unknown type name 'length'; did you mean 'Length'? [C2011]",
    "2:18: error: unknown type name 'integer' [C2008]",
  ]);
  assert.deepEqual(errors('bool ok;'), [
    "1:1: error: unknown type name 'bool' [C2008]",
    "1:1: note: 'bool' is defined in header '<stdbool.h>'; did you forget to '#include <stdbool.h>'? [C2012]",
  ]);
  assert.deepEqual(errors('struct point { int x; };\npoint p;'), [
    "2:1: error: unknown type name 'point'; use 'struct' keyword to refer to the type [C2014]",
  ]);
  assert.deepEqual(errors('int f(int a, b);'), ["1:14: error: unknown type name 'b' [C2008]"]);
});

test('several syntax errors are reported, each once, after recovery', () => {
  assert.deepEqual(
    errors(
      'int f(void) { if (x { return 1; } return 2; }\nint g(void) { return 3 }\nint h(void) { int y = ; return y; }\nint ok;',
    ),
    [
      "1:20: error: expected ')' before '{' token [C2001]",
      "2:24: error: expected ';' before '}' token [C2001]",
      "3:23: error: expected expression before ';' token [C2001]",
    ],
  );
  // A bad member does not lose the rest of the struct or the file.
  assert.deepEqual(errors('struct s { int a b; int c; };\nint ok = ;'), [
    "1:17: error: expected ';' before 'b' [C2001]",
    "2:10: error: expected expression before ';' token [C2001]",
  ]);
});

test('end of input and other expectations', () => {
  assert.deepEqual(errors('int f(void) { return 1;'), [
    "1:24: error: expected '}' at end of input [C2002]",
    "1:13: note: to match this '{' [C2013]",
  ]);
  assert.deepEqual(errors('int x'), ["1:6: error: expected ',' or ';' at end of input [C2002]"]);
  assert.deepEqual(errors('int 3;'), [
    "1:5: error: expected identifier or '(' before numeric constant [C2001]",
  ]);
  assert.deepEqual(errors('void f(int a, 3);'), [
    "1:15: error: expected declaration specifiers or '...' before numeric constant [C2001]",
  ]);
  assert.deepEqual(errors('int f(void) { f(1 2); }'), [
    "1:18: error: expected ')' before numeric constant [C2001]",
  ]);
  assert.deepEqual(errors('int f(void) { else; }'), ["1:15: error: 'else' without a previous 'if' [C2010]"]);
  // A definition missing its `;` ends there: what follows parses as it would with the `;`.
  assert.deepEqual(errors('struct p { int x; }\nint main(void) { return 0 }'), [
    "1:20: error: expected ';' after struct definition [C2009]",
    "2:27: error: expected ';' before '}' token [C2001]",
  ]);
  assert.deepEqual(errors('union u { int x; } static int y;'), [
    "1:19: error: expected ';' after union definition [C2009]",
  ]);
  assert.deepEqual(errors('typedef int t;\nenum e { A }\nt x;\nstruct o { struct i { int a; }\n int b; };'), [
    "2:13: error: expected ';' after enum definition [C2009]",
    "4:31: error: expected ';' after struct definition [C2009]",
  ]);
  assert.deepEqual(errors('struct p { int x; } int y;'), [
    "1:20: error: expected ';' after struct definition [C2009]",
  ]);
  assert.deepEqual(errors('struct p { int x; }'), [
    "1:20: error: expected ';' after struct definition [C2009]",
  ]);
  assert.deepEqual(errors('int x; }'), ["1:8: error: expected identifier or '(' before '}' token [C2001]"]);
  assert.deepEqual(errors('int a[] = {1 2};'), [
    "1:14: error: expected ',' or '}' before numeric constant [C2001]",
  ]);
  assert.deepEqual(errors('char *s = "a" 1;'), [
    "1:15: error: expected ',' or ';' before numeric constant [C2001]",
  ]);
});

test('an unknown type name is reported as such, wherever it is', () => {
  assert.deepEqual(
    errors('foo_t x;\nint main(void) { bar_t *y; baz_t z = 1; return 0; }\nvoid f(qux_t q);'),
    [
      "1:1: error: unknown type name 'foo_t' [C2008]",
      "2:18: error: unknown type name 'bar_t' [C2008]",
      "2:28: error: unknown type name 'baz_t' [C2008]",
      "3:8: error: unknown type name 'qux_t' [C2008]",
    ],
  );
  // A multiplication of declared names is an expression statement.
  assert.deepEqual(errors('int main(void) { int a, b; a * b; return 0; }'), []);
});

test('an attribute alone is an empty statement', () => {
  const items = bodyItems(
    'int f(int x) { switch (x) { case 1: x++; __attribute__((fallthrough)); case 2: break; } return x; }',
  );
  assert.equal(items[0]!.kind, 'switch');
});

test('unsupported constructs are reported as such', () => {
  assert.deepEqual(errors('void f(void) { asm("nop"); }'), [
    "1:16: error: 'asm' statements are not supported [C2003]",
  ]);
  assert.deepEqual(errors('int f(void) { int g(void) { return 1; } return g(); }'), [
    '1:27: error: nested functions are not supported [C2003]',
  ]);
  assert.deepEqual(errors('void f(void) { void *p = &&l; l: goto *p; }'), [
    "1:26: error: label addresses ('&&label') are not supported [C2003]",
    '1:39: error: computed gotos are not supported [C2003]',
  ]);
  assert.deepEqual(errors('_Atomic int x;'), ["1:1: error: '_Atomic' types are not supported [C2003]"]);
});

test('nesting and expression depth are bounded: errors, not stack overflows', () => {
  const parens = `int f(void) { return ${'('.repeat(5000)}1${')'.repeat(5000)}; }`;
  assert.deepEqual(
    parseSource(parens).diagnostics.map((d) => d.code),
    ['C2004'],
  );
  const declarator = `int ${'*'.repeat(5000)}p;`;
  assert.deepEqual(
    parseSource(declarator).diagnostics.map((d) => d.code),
    ['C2004'],
  );
  const blocks = `void f(void) { ${'{'.repeat(3000)}${'}'.repeat(3000)} }`;
  assert.deepEqual(
    parseSource(blocks).diagnostics.map((d) => d.code),
    ['C2004'],
  );
  const chain = `int f(int x) { return ${Array(5000).fill('x').join(' + ')}; }`;
  assert.deepEqual(
    parseSource(chain).diagnostics.map((d) => d.code),
    ['C2007'],
  );
  // Only one error for a too-deep construct, however many lines follow it inside its function.
  const deepThenMore = `void f(int x) { ${'{'.repeat(600)} x++; ${'}'.repeat(600)}\n${'x = 1;\n'.repeat(50)} }\nint g;`;
  assert.deepEqual(
    parseSource(deepThenMore).diagnostics.map((d) => d.code),
    ['C2004'],
  );
  // A long else-if chain is not nesting.
  const chain2 = `int f(int x) { if (x == 0) return 0;${Array.from({ length: 3000 }, (_, i) => ` else if (x == ${i + 1}) return ${i};`).join('')} return -1; }`;
  assert.deepEqual(errors(chain2), []);
  // Up to a limit: the later stages walk the nested tree recursively.
  const chain3 = `int f(int x) { if (x == 0) return 0;${' else if (x) return 1;'.repeat(5000)} return -1; }`;
  assert.deepEqual(
    parseSource(chain3).diagnostics.map((d) => d.code),
    ['C2004'],
  );
  // So is a long run of case labels.
  const labels = `int f(int x) { switch (x) { ${Array.from({ length: 2000 }, (_, i) => `case ${i}:`).join(' ')} return 1; } return 0; }`;
  assert.deepEqual(errors(labels), []);
  // Realistic depths are fine.
  assert.deepEqual(
    errors(
      `int f(int x) { return ${'('.repeat(100)}x${')'.repeat(100)} + ${Array(500).fill('x').join('+')}; }`,
    ),
    [],
  );
});

test('errors stop after 20 with a final note', () => {
  const source = Array.from({ length: 40 }, (_, i) => `int f${i}(void) { return 1 }`).join('\n');
  const codes = parseSource(source).diagnostics.map((d) => d.code);
  assert.equal(codes.length, 21);
  assert.equal(codes[20], 'C2005');
});

test('parse never throws on arbitrary token soup', () => {
  const at = { file: 't.c', line: 1, column: 1 };
  const vocabulary: [Token['kind'], string][] = [
    ['identifier', 'int'],
    ['identifier', 'x'],
    ['identifier', 'struct'],
    ['identifier', 'typedef'],
    ['identifier', 'if'],
    ['identifier', 'sizeof'],
    ['identifier', 'T'],
    ['number', '1'],
    ['string', '"s"'],
    ...['(', ')', '{', '}', '[', ']', ';', ',', '*', '=', ':', '?', '.', '->', '...', '&&', '+'].map(
      (p): [Token['kind'], string] => ['punctuator', p],
    ),
  ];
  let seed = 12345;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let round = 0; round < 300; round++) {
    const tokens: Token[] = [];
    const length = 1 + random(60);
    for (let i = 0; i < length; i++) {
      const [kind, text] = vocabulary[random(vocabulary.length)]!;
      tokens.push({ kind, text, at: { ...at, column: i + 1 }, spaceBefore: true, lineStart: i === 0 });
    }
    tokens.push({ kind: 'eof', text: '', at, spaceBefore: false, lineStart: true });
    const result = parse(tokens);
    assert.ok(result.diagnostics.length <= 21);
  }
  // No eof token at all, and no tokens at all.
  assert.deepEqual(parse([]).diagnostics, []);
  // A failure inside the parser itself is a diagnostic at the current token, not an exception.
  const broken = {
    kind: 'identifier',
    get text(): string {
      throw new Error('broken token');
    },
    at,
    spaceBefore: false,
    lineStart: true,
  } as Token;
  assert.deepEqual(
    parse([broken]).diagnostics.map((d) => `${d.code} ${d.message}`),
    ['C2006 internal error in the parser: broken token'],
  );
});
