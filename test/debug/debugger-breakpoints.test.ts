// Debugger breakpoints on compiled C: by line (moving to the next line with code), by function (after the
// prologue), by address; register and predicate conditions, ignore counts, hit conditions, temporary ones.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textBase } from '../../src/isa/index.js';
import { compileHitCondition, compileRegisterExpression, DebuggerError } from '../../src/debug/index.js';
import { assertStop, compileProgram, debugged, lineOf } from './debugger-support.js';

const fib = compileProgram(
  'fib.c',
  `#include <stdio.h>

int fib(int n) {
  if (n < 2) // @fib-if
    return n; // @fib-base
  int a = fib(n - 1); // @fib-a
  int b = fib(n - 2); // @fib-b
  return a + b; // @fib-sum
}

static int twice(int x) {
  return 2 * x; // @twice
}

int main(void) {
  int total = 0; // @main-first
  // @blank
  for (int i = 0; i < 5; i++) { // @for
    total += fib(i); // @loop-body
  }
  printf("%d\\n", twice(total)); // @print
  return 0;
}
`,
);

test('a line breakpoint stops at that line each time it runs, and reports the file as compiled', async () => {
  const { dbg } = debugged(fib);
  const bp = dbg.setBreakpoint({ file: 'fib.c', line: lineOf(fib, 'loop-body') });
  assert.equal(bp.verified, true);
  assert.deepEqual(bp.location, {
    file: 'fib.c',
    line: lineOf(fib, 'loop-body'),
    column: bp.location!.column,
  });
  for (let i = 0; i < 5; i++) {
    const stop = await dbg.continue();
    assertStop(stop, 'breakpoint', lineOf(fib, 'loop-body'), `iteration ${i}`);
    assert.equal(stop.reason === 'breakpoint' && stop.breakpoints[0]!.id, bp.id);
    assert.equal(stop.reason === 'breakpoint' && stop.breakpoints[0]!.hitCount, i + 1);
    assert.equal(
      stop.function,
      `main+0x${(stop.pc - dbg.functions().find((f) => f.name === 'main')!.start).toString(16)}`,
    );
  }
  assertStop(await dbg.continue(), 'exited');
  assert.equal(dbg.breakpoint(bp.id)!.hitCount, 5);
});

test('a line without code moves to the next line with code; a for header gets its pieces', async () => {
  const { dbg } = debugged(fib);
  const moved = dbg.setBreakpoint({ file: 'fib.c', line: lineOf(fib, 'blank') });
  assert.equal(moved.location?.line, lineOf(fib, 'for'));
  const header = dbg.setBreakpoint({ file: './fib.c', line: lineOf(fib, 'for') });
  // The initialisation, and the increment with the test: two statement starts.
  assert.equal(header.addresses.length, 2);
  assert.deepEqual(dbg.linesWithCode('fib.c').includes(lineOf(fib, 'blank')), false);
  assert.ok(dbg.linesWithCode('fib.c').includes(lineOf(fib, 'for')));
  // Initialisation once, then the increment after each of the 5 iterations; both breakpoints each time.
  let stops = 0;
  for (let stop = await dbg.continue(); stop.reason === 'breakpoint'; stop = await dbg.continue()) {
    assert.deepEqual(
      stop.breakpoints.map((b) => b.id),
      [moved.id, header.id],
    );
    stops++;
  }
  assert.equal(stops, 6);
});

test('unresolvable breakpoints are kept unverified with a reason; they never stop', async () => {
  const { dbg } = debugged(fib);
  const cases = [
    [{ file: 'nope.c', line: 3 }, /no source file named nope.c/],
    [{ file: 'fib.c', line: 900 }, /no code at or after line 900 of fib.c/],
    [{ function: 'nothing' }, /no function named nothing/],
    [{ address: textBase + 2 }, /not the address of an instruction/],
    [{ address: 0 }, /not the address of an instruction/],
  ] as const;
  for (const [location, message] of cases) {
    const bp = dbg.setBreakpoint(location);
    assert.equal(bp.verified, false);
    assert.match(bp.message ?? '', message);
    assert.deepEqual(bp.addresses, []);
  }
  assertStop(await dbg.continue(), 'exited');
});

test('a function breakpoint stops after the prologue, on the first statement', async () => {
  const { dbg, machine } = debugged(fib);
  const main = dbg.functions().find((f) => f.name === 'main')!;
  assert.ok(main.bodyStart > main.start, 'main has a prologue (it calls, so it saves registers)');
  assert.equal(main.location?.line, lineOf(fib, 'main-first'));
  const fibInfo = dbg.functions().find((f) => f.name === 'fib')!;
  assert.equal(
    fibInfo.bodyStart,
    fibInfo.start,
    "fib's base case runs before its prologue: no prologue at the start",
  );
  dbg.setBreakpoint({ function: 'main' });
  const stop = await dbg.continue();
  assertStop(stop, 'breakpoint', lineOf(fib, 'main-first'));
  assert.equal(stop.pc, main.bodyStart);
  // The prologue ran: rsp is below main's frame address.
  assert.ok(Number(machine.R[15]) < dbg.frames()[0]!.cfa);
  // A breakpoint on the definition's line goes after the prologue too.
  const onDefinition = dbg.setBreakpoint({ file: 'fib.c', line: lineOf(fib, 'main-first') - 1 });
  assert.deepEqual(onDefinition.addresses, [main.bodyStart]);
});

test('static functions are found by their plain name; an address breakpoint stops there', async () => {
  const { dbg } = debugged(fib);
  const bp = dbg.setBreakpoint({ function: 'twice' });
  assert.equal(bp.verified, true);
  const fibStart = dbg.functions().find((f) => f.name === 'fib')!.start;
  const byAddress = dbg.setBreakpoint({ address: fibStart });
  assert.deepEqual(byAddress.addresses, [fibStart]);
  const first = await dbg.continue();
  assertStop(first, 'breakpoint', lineOf(fib, 'fib-if'));
  assert.equal(first.pc, fibStart);
  dbg.removeBreakpoint(byAddress.id);
  assertStop(await dbg.continue(), 'breakpoint', lineOf(fib, 'twice'));
  assert.equal(dbg.readRegister('r0'), 7n, 'twice(0 + 1 + 1 + 2 + 3)');
});

test('register conditions stop only when true; predicates see the debugger and the pc', async () => {
  const { dbg } = debugged(fib);
  dbg.setBreakpoint({ function: 'fib' }, { condition: 'r0 == 3' });
  const stop = await dbg.continue();
  assertStop(stop, 'breakpoint', lineOf(fib, 'fib-if'));
  assert.equal(dbg.readRegister(0), 3n);
  assert.equal(dbg.breakpoints()[0]!.condition, 'r0 == 3');
  assert.equal(dbg.breakpoints()[0]!.hitCount, 1, 'only hits with the condition true count');

  const seen: number[] = [];
  const second = debugged(fib).dbg;
  second.setBreakpoint(
    { function: 'fib' },
    {
      condition: ({ debugger: d, pc, cfa, breakpoint }) => {
        seen.push(pc);
        assert.equal(cfa, d.frames()[0]!.cfa);
        assert.equal(breakpoint.addresses[0], pc);
        return d.readRegister('r0') === 4n;
      },
    },
  );
  assertStop(await second.continue(), 'breakpoint');
  assert.equal(second.readRegister('r0'), 4n);
  assert.ok(seen.length > 1 && seen.every((pc) => pc === seen[0]));
});

test('a condition that fails stops the program and says why; a bad one is refused when set', async () => {
  const { dbg } = debugged(fib);
  dbg.setBreakpoint({ function: 'fib' }, { condition: '10 / (r0 - r0)' });
  const stop = await dbg.continue();
  assert.equal(stop.reason, 'breakpoint');
  assert.match(stop.reason === 'breakpoint' ? (stop.conditionError ?? '') : '', /division by zero/);
  assert.throws(() => dbg.setBreakpoint({ function: 'fib' }, { condition: 'r0 ==' }), DebuggerError);
  assert.throws(() => dbg.setBreakpoint({ function: 'fib' }, { condition: 'x == 1' }), /unknown name 'x'/);
  assert.throws(() => dbg.setBreakpoint({ function: 'fib' }, { hitCondition: 'sometimes' }), DebuggerError);
  assert.throws(() => dbg.setBreakpoint({ function: 'fib' }, { ignoreCount: -1 }), DebuggerError);
});

test('ignore counts, hit conditions, temporary breakpoints, enable, disable and delete', async () => {
  const ignore = debugged(fib).dbg;
  const bp = ignore.setBreakpoint({ file: 'fib.c', line: lineOf(fib, 'loop-body') }, { ignoreCount: 3 });
  assertStop(await ignore.continue(), 'breakpoint');
  assert.equal(ignore.breakpoint(bp.id)!.hitCount, 4);
  assert.equal(ignore.breakpoint(bp.id)!.ignoreCount, 0);

  const every = debugged(fib).dbg;
  const fibs = every.setBreakpoint({ function: 'fib' }, { hitCondition: '% 4' });
  const hits: number[] = [];
  for (let stop = await every.continue(); stop.reason === 'breakpoint'; stop = await every.continue()) {
    hits.push(every.breakpoint(fibs.id)!.hitCount);
  }
  // fib(0..4) makes 1 + 1 + 3 + 5 + 9 = 19 calls.
  assert.deepEqual(hits, [4, 8, 12, 16]);
  assert.equal(every.breakpoint(fibs.id)!.hitCount, 19);

  const exact = debugged(fib).dbg;
  exact.setBreakpoint({ function: 'fib' }, { hitCondition: '== 6' });
  assertStop(await exact.continue(), 'breakpoint');
  assertStop(await exact.continue(), 'exited');

  const temporary = debugged(fib).dbg;
  const once = temporary.setBreakpoint({ function: 'fib' }, { temporary: true });
  assertStop(await temporary.continue(), 'breakpoint');
  assert.equal(temporary.breakpoint(once.id), undefined, 'deleted when it stopped');
  assertStop(await temporary.continue(), 'exited');

  const toggled = debugged(fib).dbg;
  const a = toggled.setBreakpoint({ function: 'fib' }, { enabled: false });
  const b = toggled.setBreakpoint({ file: 'fib.c', line: lineOf(fib, 'print') });
  assert.ok(b.id > a.id);
  const stop = await toggled.continue();
  assertStop(stop, 'breakpoint', lineOf(fib, 'print'));
  assert.equal(toggled.breakpoint(a.id)!.hitCount, 0, 'a disabled breakpoint does not count');
  toggled.enableBreakpoint(a.id, true);
  assert.equal(toggled.removeBreakpoint(b.id), true);
  assert.equal(toggled.removeBreakpoint(b.id), false);
  assert.deepEqual(
    toggled.breakpoints().map((x) => x.id),
    [a.id],
  );
  // fib is not called again after the print line's breakpoint.
  assertStop(await toggled.continue(), 'exited');
});

test('updating a breakpoint changes its condition and keeps its hits', async () => {
  const { dbg } = debugged(fib);
  const bp = dbg.setBreakpoint({ function: 'fib' }, { condition: 'r0 == 2' });
  assertStop(await dbg.continue(), 'breakpoint');
  assert.equal(dbg.readRegister(0), 2n);
  const updated = dbg.updateBreakpoint(bp.id, { condition: 'r0 == 4' });
  assert.equal(updated.condition, 'r0 == 4');
  assertStop(await dbg.continue(), 'breakpoint');
  assert.equal(dbg.readRegister(0), 4n);
  dbg.updateBreakpoint(bp.id, { condition: undefined });
  assertStop(await dbg.continue(), 'breakpoint');
  assert.equal(dbg.breakpoint(bp.id)!.condition, undefined);
});

test('register expressions: C precedence, signed comparisons, wrapping, errors', () => {
  const registers = [5n, -1n, 0x10n, ...Array.from({ length: 13 }, () => 0n)];
  const value = (text: string): bigint =>
    compileRegisterExpression(text)({ pc: 0x10040, register: (r) => registers[r]! });
  assert.equal(value('r0 == 5'), 1n);
  assert.equal(value('r1 < 0 && r0 > 4'), 1n);
  assert.equal(value('r2 & 0x10 == 0x10'), 0n, '== binds tighter than &, as in C');
  assert.equal(value('(r2 & 0x10) == 0x10'), 1n);
  assert.equal(value('1 + 2 * 3 << 1'), 14n);
  assert.equal(value('-r0 + ~0'), -6n);
  assert.equal(value('!r3 || 0'), 1n);
  assert.equal(value('pc == 0x10040'), 1n);
  assert.equal(value('0x7fffffffffffffff + 1'), -(2n ** 63n));
  assert.equal(value('rsp == r15'), 1n);
  assert.equal(value('7 % 3 + 0b101'), 6n);
  assert.throws(() => value('r0 / r3'), /division by zero/);
  assert.throws(() => compileRegisterExpression('r0 = 5'), /compares with '==', not '='/);
  assert.throws(() => compileRegisterExpression('r0 5'), /unexpected '5'/);
  assert.throws(() => compileRegisterExpression('(r0'), /missing '\)'/);
  assert.throws(() => compileRegisterExpression('r0 @ 1'), /cannot read/);
});

test('hit conditions as DAP spells them', () => {
  const passes = (text: string): number[] => [1, 2, 3, 4, 5, 6].filter((n) => compileHitCondition(text)(n));
  assert.deepEqual(passes('3'), [3, 4, 5, 6]);
  assert.deepEqual(passes('>= 3'), [3, 4, 5, 6]);
  assert.deepEqual(passes('> 3'), [4, 5, 6]);
  assert.deepEqual(passes('==2'), [2]);
  assert.deepEqual(passes('= 2'), [2]);
  assert.deepEqual(passes('!= 2'), [1, 3, 4, 5, 6]);
  assert.deepEqual(passes('< 3'), [1, 2]);
  assert.deepEqual(passes('<= 3'), [1, 2, 3]);
  assert.deepEqual(passes('% 2'), [2, 4, 6]);
  assert.throws(() => compileHitCondition('% 0'), DebuggerError);
});
