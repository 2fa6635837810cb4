// The code generator on hand-built trees: emitted code assembled with a stub runtime and run.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  arrayOf,
  completeStruct,
  functionType,
  newStruct,
  pointerTo,
  types,
  type CType,
} from '../../src/cc/types.js';
import {
  addr,
  assign,
  bin,
  block,
  brk,
  call,
  callPointer,
  caseL,
  cast,
  comma,
  compound,
  cond,
  cont,
  dbl,
  decay,
  decl,
  declInit,
  define,
  deref,
  dos,
  expr,
  fn,
  fnAddr,
  fors,
  global,
  gotoS,
  ifs,
  index,
  int,
  labelS,
  local,
  logical,
  member,
  param,
  print,
  printUnsigned,
  putchar,
  ret,
  runUnit,
  str,
  strValue,
  sw,
  un,
  unitOf,
  v,
  vaArg,
  vaStart,
  whiles,
} from './codegen/build.js';

test('recursive fib and a loop summing an array', () => {
  const fib = fn('fib', types.int, [types.int]);
  const n = param('n', types.int);
  const fibDef = define(
    fib,
    [n],
    ifs(bin('<', v(n), int(2)), ret(v(n))),
    ret(bin('+', call(fib, bin('-', v(n), int(1))), call(fib, bin('-', v(n), int(2))))),
  );
  const sum = fn('sum', types.int, [pointerTo(types.int), types.int]);
  const a = param('a', pointerTo(types.int));
  const len = param('len', types.int);
  const s = local('s', types.int);
  const i = local('i', types.int);
  const sumDef = define(
    sum,
    [a, len],
    decl(s, int(0)),
    fors(
      decl(i, int(0)),
      bin('<', v(i), v(len)),
      compound('+', v(i), int(1), true),
      expr(compound('+', v(s), index(v(a), v(i)))),
    ),
    ret(v(s)),
  );
  const main = fn('main', types.int, []);
  const arr = local('arr', arrayOf(types.int, 5), true);
  const k = local('k', types.int);
  const mainDef = define(
    main,
    [],
    decl(arr),
    fors(
      decl(k, int(0)),
      bin('<', v(k), int(5)),
      compound('+', v(k), int(1), true),
      expr(assign(index(decay(v(arr)), v(k)), bin('*', v(k), v(k)))),
    ),
    print(call(fib, int(20))),
    print(call(sum, decay(v(arr)), int(5))),
    ret(int(0)),
  );
  const out = runUnit(unitOf([fibDef, sumDef, mainDef]));
  assert.equal(out.stdout, '6765\n30\n', out.assembly);
  assert.equal(out.exitCode, 0);
});

test('switch: jump table, compare chain and binary search, with fallthrough and default', () => {
  const classify = fn('classify', types.int, [types.int]);
  const x = param('x', types.int);
  const r = local('r', types.int);
  const dense = define(
    classify,
    [x],
    decl(r, int(0)),
    sw(
      v(x),
      [
        [0n, 1],
        [1n, 2],
        [2n, 3],
        [3n, 4],
        [5n, 5],
      ],
      6,
      caseL(1, expr(assign(v(r), int(10)))),
      brk,
      caseL(2),
      caseL(3, expr(assign(v(r), int(20)))),
      brk,
      caseL(4, expr(assign(v(r), int(30)))),
      caseL(5, expr(compound('+', v(r), int(1)))),
      brk,
      caseL(6, expr(assign(v(r), int(-1)))),
    ),
    ret(v(r)),
  );
  const sparse = fn('sparse', types.int, [types.uint]);
  const y = param('y', types.uint);
  const cases: [bigint, number][] = [1n, 10n, 100n, 1000n, 10000n, 100000n, 4000000000n].map((c, i) => [
    c,
    i + 1,
  ]);
  const sparseDef = define(
    sparse,
    [y],
    sw(v(y), cases, undefined, ...cases.map(([, id]) => caseL(id, ret(int(id))))),
    ret(int(0)),
  );
  const main = fn('main', types.int, []);
  const body = [];
  for (const value of [-1, 0, 1, 2, 3, 4, 5, 6]) body.push(print(call(classify, int(value))));
  for (const value of [0n, 1n, 10n, 99n, 100n, 1000n, 10000n, 100000n, 4000000000n, 4000000001n]) {
    body.push(print(call(sparse, int(value, types.uint))));
  }
  const out = runUnit(unitOf([dense, sparseDef, define(main, [], ...body, ret(int(0)))]));
  assert.equal(out.stdout, '-1\n10\n20\n20\n31\n-1\n1\n-1\n0\n1\n2\n0\n3\n4\n5\n6\n7\n0\n', out.assembly);
});

test('many arguments: stack slots for the seventh and later, in both directions', () => {
  const types8 = Array.from({ length: 9 }, () => types.long);
  const f = fn('f', types.long, types8);
  const ps = types8.map((t, i) => param(`p${i}`, t));
  let sum = v(ps[0]!);
  ps.slice(1).forEach(
    (p, i) => (sum = bin('+', bin('*', sum, int(10, types.long)), bin('+', v(p), int(i, types.long)))),
  );
  const fDef = define(f, ps, ret(sum));
  const main = fn('main', types.int, []);
  const args = ps.map((_, i) => int(i + 1, types.long));
  const out = runUnit(unitOf([fDef, define(main, [], print(call(f, ...args)), ret(int(0)))]));
  let expected = 1n;
  for (let i = 0; i < 8; i++) expected = expected * 10n + BigInt(i + 2 + i);
  assert.equal(out.stdout, `${expected}\n`, out.assembly);
});

test('tail recursion runs in constant stack; calls through pointers', () => {
  const count = fn('count', types.long, [types.long, types.long]);
  const n = param('n', types.long);
  const acc = param('acc', types.long);
  const countDef = define(
    count,
    [n, acc],
    ifs(bin('==', v(n), int(0, types.long)), ret(v(acc))),
    ret(call(count, bin('-', v(n), int(1, types.long)), bin('+', v(acc), int(2, types.long)))),
  );
  const twice = fn('twice', types.long, [types.long]);
  const t = param('t', types.long);
  const twiceDef = define(twice, [t], ret(bin('*', v(t), int(2, types.long))));
  const main = fn('main', types.int, []);
  const fp = local('fp', pointerTo(twice.type));
  const out = runUnit(
    unitOf([
      countDef,
      twiceDef,
      define(
        main,
        [],
        print(call(count, int(1000000, types.long), int(0, types.long))),
        decl(fp, fnAddr(twice)),
        print(callPointer(v(fp), int(21, types.long))),
        ret(int(0)),
      ),
    ]),
  );
  assert.equal(out.stdout, '2000000\n42\n', out.assembly);
  assert.match(out.assembly, /\(vp-jmp 'count\)/);
});

function structType(tag: string, fields: [string, CType, number?][]): CType {
  const type = newStruct('struct', tag) as Extract<CType, { kind: 'struct' }>;
  completeStruct(
    type,
    fields.map(([name, t, bitWidth]) => ({ name, type: t, bitWidth })),
  );
  return type;
}

test('structs by value: arguments, results, assignment, members', () => {
  const point = structType('point', [
    ['x', types.long],
    ['y', types.int],
    ['c', types.char],
  ]);
  const make = fn('make', point, [types.long, types.int]);
  const mx = param('x', types.long);
  const my = param('y', types.int);
  const p = local('p', point, true);
  const makeDef = define(
    make,
    [mx, my],
    decl(p),
    expr(assign(member(v(p), 'x'), v(mx))),
    expr(assign(member(v(p), 'y'), v(my))),
    expr(assign(member(v(p), 'c'), int(7, types.char))),
    ret(v(p)),
  );
  const sum = fn('sum', types.long, [point]);
  const q = param('q', point, true);
  const sumDef = define(
    sum,
    [q],
    expr(assign(member(v(q), 'x'), int(1000, types.long))), // the callee may change its copy
    ret(
      bin(
        '+',
        bin('+', member(v(q), 'x'), cast(types.long, member(v(q), 'y'))),
        cast(types.long, member(v(q), 'c')),
      ),
    ),
  );
  const main = fn('main', types.int, []);
  const a = local('a', point, true);
  const b = local('b', point, true);
  const out = runUnit(
    unitOf([
      makeDef,
      sumDef,
      define(
        main,
        [],
        decl(a),
        decl(b),
        expr(assign(v(a), call(make, int(5, types.long), int(-3)))),
        expr(assign(v(b), v(a))),
        print(call(sum, v(b))),
        print(member(v(b), 'x')),
        print(member(call(make, int(1, types.long), int(2)), 'y')),
        ret(int(0)),
      ),
    ]),
  );
  assert.equal(out.stdout, '1004\n5\n2\n', out.assembly);
});

test('bit-fields: signed and unsigned read, write, compound assignment', () => {
  const flags = structType('flags', [
    ['a', types.uint, 3],
    ['b', types.int, 5],
    ['c', types.uint, 24],
    ['d', types.int, 32],
  ]);
  const main = fn('main', types.int, []);
  const f = local('f', flags, true);
  const out = runUnit(
    unitOf([
      define(
        main,
        [],
        declInit(f, { zeroFill: true, entries: [] }),
        expr(assign(member(v(f), 'a'), int(13, types.uint))),
        expr(assign(member(v(f), 'b'), int(-3))),
        expr(assign(member(v(f), 'c'), int(0xabcdef, types.uint))),
        expr(assign(member(v(f), 'd'), int(-123456))),
        print(member(v(f), 'a')),
        print(member(v(f), 'b')),
        print(member(v(f), 'c')),
        print(member(v(f), 'd')),
        expr(compound('+', member(v(f), 'b'), int(20), false, types.int)),
        print(member(v(f), 'b')),
        print(compound('+', member(v(f), 'a'), int(1, types.uint), true, types.uint)),
        print(member(v(f), 'a')),
        print(assign(member(v(f), 'b'), int(17))),
        print(member(v(f), 'c')),
        ret(int(0)),
      ),
    ]),
  );
  assert.equal(out.stdout, '5\n-3\n11259375\n-123456\n-15\n5\n6\n-15\n11259375\n', out.assembly);
});

test('variadic functions: va_start and va_arg over the argument area, through a prototype or none', () => {
  const charPtr = pointerTo(types.char);
  const total = fn('total', types.long, [types.int], true);
  const count = param('count', types.int);
  const list = local('list', charPtr);
  const s = local('s', types.long);
  const i = local('i', types.int);
  const totalDef = define(
    total,
    [count],
    decl(list),
    expr(vaStart(v(list))),
    decl(s, int(0, types.long)),
    fors(
      decl(i, int(0)),
      bin('<', v(i), v(count)),
      compound('+', v(i), int(1), true),
      expr(compound('+', v(s), vaArg(v(list), types.long))),
    ),
    expr(compound('+', v(s), vaArg(v(list), types.double), false, types.double)),
    ret(v(s)),
  );
  const main = fn('main', types.int, []);
  const call3 = {
    ...call(total, int(3), int(1, types.long), int(20, types.long), int(300, types.long), dbl(4000.5)),
  };
  // The same function through an old-style declaration `long total();`: the arguments are only promoted.
  const unprototyped = { ...total, type: functionType(types.long, [], false, false) } as typeof total;
  const args = Array.from({ length: 9 }, (_, i) => int(10 ** i, types.long));
  const call9 = call(unprototyped, int(9), ...args, dbl(0.5));
  const out = runUnit(unitOf([totalDef, define(main, [], print(call3), print(call9), ret(int(0)))]));
  assert.equal(out.stdout, '4321\n111111111\n', out.assembly);
});

test('globals, statics and strings: data, bss, addresses with addends', () => {
  const counter = global('counter', types.int);
  const table = global('table', arrayOf(types.long, 4));
  const hello = str('hi!', 0);
  const message = global('message', pointerTo(types.char));
  const second = global('second', pointerTo(types.long));
  const objects = [
    { symbol: counter, values: undefined },
    {
      symbol: table,
      values: [
        { kind: 'integer' as const, offset: 0, size: 8 as const, value: 10n },
        { kind: 'integer' as const, offset: 8, size: 8 as const, value: -20n },
        { kind: 'integer' as const, offset: 24, size: 8 as const, value: 40n },
      ],
    },
    { symbol: message, values: [{ kind: 'address' as const, offset: 0, target: hello, addend: 1n }] },
    { symbol: second, values: [{ kind: 'address' as const, offset: 0, target: table, addend: 8n }] },
  ];
  const main = fn('main', types.int, []);
  const p = local('p', pointerTo(types.char));
  const out = runUnit(
    unitOf(
      [
        define(
          main,
          [],
          expr(compound('+', v(counter), int(5))),
          print(v(counter)),
          print(index(decay(v(table)), int(3))),
          print(deref(v(second))),
          decl(p, v(message)),
          whiles(
            deref(v(p)),
            block(
              expr(call(putchar, cast(types.int, deref(v(p))))),
              expr(compound('+', v(p), int(1, types.long))),
            ),
          ),
          expr(call(putchar, int(10))),
          decl(local('q', pointerTo(types.char)), strValue(hello)),
          print(deref(strValue(hello))),
          ret(int(0)),
        ),
      ],
      objects,
      [hello],
    ),
  );
  assert.equal(out.stdout, '5\n40\n-20\ni!\n104\n', out.assembly);
  assert.match(out.assembly, /\(export 'counter\)/);
});

test('register pressure: many live values spill and reload correctly', () => {
  const main = fn('main', types.int, []);
  const vars = Array.from({ length: 24 }, (_, k) => local(`x${k}`, types.long));
  const body = vars.map((x, k) => decl(x, bin('*', int(k + 1, types.long), int(3, types.long))));
  let sum = v(vars[0]!);
  for (const x of vars.slice(1)) sum = bin('+', sum, bin('*', v(x), v(x)));
  const f = fn('id', types.long, [types.long]);
  const a = param('a', types.long);
  const out = runUnit(
    unitOf([
      define(f, [a], ret(v(a))),
      define(
        main,
        [],
        ...body,
        expr(call(f, int(0, types.long))),
        ...vars.map((x) => expr(compound('+', v(x), call(f, int(1, types.long))))),
        print(sum),
        ret(int(0)),
      ),
    ]),
  );
  let expected = 3n + 1n;
  for (let k = 1; k < 24; k++) expected += (BigInt(k + 1) * 3n + 1n) ** 2n;
  assert.equal(out.stdout, `${expected}\n`, out.assembly);
});

test('a null pointer read traps at its C line', () => {
  const main = fn('main', types.int, []);
  const p = local('p', pointerTo(types.int));
  const read = { ...deref(v(p)), at: { file: 'list.c', line: 42, column: 13 } };
  const out = runUnit(
    unitOf([define(main, [], decl(p, int(0, pointerTo(types.int))), print(read), ret(int(0)))]),
  );
  assert.equal(out.status, 'trapped');
  assert.match(out.trap!, /at main\+0x[0-9a-f]+ \(list\.c:42:13\)/);
  assert.match(out.assembly, /\(loc "list.c" 42 13\)\n {2}\(vp-cpy-ir-i/);
});

test('control flow: && || ?: comma, do-while, continue, goto; unary operators; unsigned', () => {
  const main = fn('main', types.int, []);
  const i = local('i', types.int);
  const n = local('n', types.int);
  const u = local('u', types.uint, true);
  const c = local('c', types.uchar);
  const out = runUnit(
    unitOf([
      define(
        main,
        [],
        decl(i, int(0)),
        decl(n, int(0)),
        dos(
          block(
            expr(compound('+', v(i), int(1), true)),
            ifs(logical('||', bin('==', v(i), int(2)), bin('==', v(i), int(4))), cont),
            expr(compound('+', v(n), v(i))),
          ),
          logical('&&', bin('<', v(i), int(6)), un('!', bin('==', v(n), int(100)))),
        ),
        print(v(n)),
        print(cond(bin('>', v(n), int(10)), int(1), int(2))),
        print(comma(assign(v(n), int(7)), bin('*', v(n), int(3)))),
        gotoS('skip'),
        print(int(999)),
        labelS('skip', print(un('-', v(n)))),
        print(un('~', v(n))),
        print(un('!', v(n))),
        decl(u, int(0, types.uint)),
        expr(compound('-', v(u), int(1, types.uint))),
        printUnsigned(v(u)),
        printUnsigned(addr(v(u))),
        decl(c, int(250, types.uchar)),
        expr(compound('+', v(c), int(10), false, types.int)),
        print(v(c)),
        ret(int(0)),
      ),
    ]),
  );
  const lines = out.stdout.split('\n');
  assert.deepEqual(lines.slice(0, 6), ['15', '1', '21', '-7', '-8', '0'], out.assembly);
  assert.equal(lines[6], '4294967295');
  assert.ok(Number(lines[7]) > 0x10000);
  assert.equal(lines[8], '4');
});

test('floating point: float rounding, conversions, NaN comparisons, floats in memory', () => {
  const main = fn('main', types.int, []);
  const f = local('f', types.float);
  const d = local('d', types.double);
  const m = local('m', types.float, true);
  const nan = local('nan', types.double);
  const half = fn('half', types.float, [types.float]);
  const x = param('x', types.float);
  const out = runUnit(
    unitOf([
      define(half, [x], ret(bin('/', v(x), dbl(2, types.float)))),
      define(
        main,
        [],
        decl(f, dbl(0.1, types.float)),
        decl(d, dbl(0.1)),
        // (float)0.1 * 3 rounded to float differs from the double product
        print(cast(types.long, bin('*', cast(types.double, bin('*', v(f), dbl(3, types.float))), dbl(1e9)))),
        print(cast(types.long, bin('*', bin('*', v(d), dbl(3)), dbl(1e9)))),
        decl(m, dbl(1.5, types.float)),
        expr(compound('*', v(m), dbl(3, types.float))),
        print(cast(types.long, bin('*', v(m), dbl(100, types.float)))),
        print(cast(types.long, call(half, dbl(7, types.float)))),
        print(cast(types.long, un('-', dbl(2.75)))),
        printUnsigned(cast(types.ulong, dbl(1.8446744073709552e19 / 2))),
        print(cast(types.long, bin('/', cast(types.double, int(-1n, types.ulong)), dbl(1e15)))),
        print(cast(types.int, dbl(-7.9))),
        print(cast(types.uint, dbl(4000000000))),
        decl(nan, bin('/', dbl(0), dbl(0))),
        print(cond(bin('<', v(nan), dbl(1)), int(1), int(0))),
        ifs(bin('<', v(nan), dbl(1)), print(int(11)), print(int(22))),
        ifs(bin('>=', v(nan), dbl(1)), print(int(33)), print(int(44))),
        ifs(bin('!=', v(nan), v(nan)), print(int(55))),
        ifs(v(nan), print(int(66))),
        print(cast(types.int, cast(types.bool, dbl(0.25)))),
        ret(int(0)),
      ),
    ]),
  );
  assert.equal(
    out.stdout,
    [
      '300000011',
      '300000000',
      '450',
      '3',
      '-2',
      '9223372036854775808',
      '18446',
      '-7',
      '4000000000',
      '0',
      '22',
      '44',
      '55',
      '66',
      '1',
      '',
    ].join('\n'),
    out.assembly,
  );
});

test('code quality: a leaf loop needs no frame, no saved registers and one branch per iteration', () => {
  const sum = fn('sum', types.long, [pointerTo(types.long), types.long]);
  const a = param('a', pointerTo(types.long));
  const len = param('len', types.long);
  const s = local('s', types.long);
  const i = local('i', types.long);
  const sumDef = define(
    sum,
    [a, len],
    decl(s, int(0, types.long)),
    fors(
      decl(i, int(0, types.long)),
      bin('<', v(i), v(len)),
      compound('+', v(i), int(1, types.long), true),
      expr(compound('+', v(s), index(v(a), v(i)))),
    ),
    ret(v(s)),
  );
  const main = fn('main', types.int, []);
  const out = runUnit(unitOf([sumDef, define(main, [], ret(int(0)))]));
  const body = out.assembly.slice(
    out.assembly.indexOf("(function 'sum)"),
    out.assembly.indexOf("(export 'main)"),
  );
  assert.doesNotMatch(body, /vp-push|vp-alloc|vp-free|vp-pop/, body);
  const instructions = body.split('\n').filter((line) => /^ {2}\(vp-/.test(line));
  assert.ok(instructions.length <= 11, body);
  assert.equal(instructions.filter((line) => /vp-(b|jmp)/.test(line)).length, 2, body);
});
