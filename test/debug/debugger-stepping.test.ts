// Debugger stepping as a user expects it: next over recursion, step into and finish out of recursive calls,
// tail calls, longjmp unwinding frames, stepping into a trap, instruction steps, run to a location.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Debugger } from '../../src/debug/index.js';
import { Machine } from '../../src/vm/index.js';
import { assembleText } from '../support/programs.js';
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

int main(void) {
  int total = 0; // @main-first
  for (int i = 0; i < 5; i++) { // @for
    total += fib(i); // @loop-body
  }
  printf("%d\\n", total); // @print
  return 0; // @return
}
`,
);

const tail = compileProgram(
  'tail.c',
  `#include <stdio.h>

int leaf(int x) {
  int y = x * 3; // @leaf-first
  return y + 1; // @leaf-return
}

int tail(int x) {
  return leaf(x + 1); // @tail-call
}

int main(void) {
  int r = tail(4); // @main-tail
  printf("%d\\n", r); // @main-print
  return 0;
}
`,
);

const jumps = compileProgram(
  'jumps.c',
  `#include <setjmp.h>
#include <stdio.h>

jmp_buf env;

void thrower(int depth) {
  if (depth == 0) // @thrower-if
    longjmp(env, 7); // @longjmp
  thrower(depth - 1); // @recurse
}

int main(void) {
  int r = setjmp(env); // @setjmp
  if (r == 0) { // @if
    thrower(3); // @call-thrower
  }
  printf("%d\\n", r); // @print
  return 0;
}
`,
);

const trapping = compileProgram(
  'trap.c',
  `#include <stdio.h>

int divide(int a, int b) {
  return a / b; // @divide
}

int main(int argc, char **argv) {
  int zero = argc - 1; // @zero
  int q = divide(10, zero); // @call-divide
  printf("%d\\n", q);
  return 0;
}
`,
);

/** A debugger stopped in fib(3), called from main's loop, at its first line. */
async function inFib3(): Promise<ReturnType<typeof debugged>> {
  const session = debugged(fib);
  const bp = session.dbg.setBreakpoint({ function: 'fib' }, { condition: 'r0 == 3' });
  assertStop(await session.dbg.continue(), 'breakpoint', lineOf(fib, 'fib-if'));
  session.dbg.removeBreakpoint(bp.id);
  return session;
}

test('next steps over recursive calls, even when they run the same lines, and stays in its frame', async () => {
  const { dbg } = await inFib3();
  const [frame, caller] = dbg.frames();
  assert.equal(frame!.name, 'fib');
  assert.equal(caller!.location?.line, lineOf(fib, 'loop-body'));
  for (const marker of ['fib-a', 'fib-b', 'fib-sum']) {
    const stop = await dbg.next();
    assertStop(stop, 'step', lineOf(fib, marker), `next to ${marker}`);
    assert.equal(stop.command, 'next');
    assert.equal(dbg.frames()[0]!.cfa, frame!.cfa, `${marker}: the same frame`);
    assert.equal(dbg.frames().length, 3, `${marker}: fib, main, _start`);
  }
  // Off the end of the function: back in the caller, in the middle of its line.
  const out = await dbg.next();
  assertStop(out, 'step', lineOf(fib, 'loop-body'), 'next out of fib');
  assert.match(out.function, /^main\+0x/);
  assert.equal(dbg.frames().length, 2);
  assert.equal(dbg.readRegister('r0'), 2n, 'fib(3) returned 2');
  // On to the loop's increment: the next line in main.
  assertStop(await dbg.next(), 'step', lineOf(fib, 'for'));
});

test('step goes into a recursive call and finish comes back with its value', async () => {
  const { dbg } = await inFib3();
  const outer = dbg.frames()[0]!;
  assertStop(await dbg.next(), 'step', lineOf(fib, 'fib-a'));
  const into = await dbg.step();
  assertStop(into, 'step', lineOf(fib, 'fib-if'), 'step into fib(2)');
  const frames = dbg.frames();
  assert.equal(frames.length, 4);
  assert.ok(frames[0]!.cfa < outer.cfa, 'a deeper frame');
  assert.equal(frames[1]!.cfa, outer.cfa);
  assert.equal(frames[1]!.location?.line, lineOf(fib, 'fib-a'), 'the caller is at the call');
  assert.equal(dbg.readRegister(0), 2n);

  const finished = await dbg.finish();
  assertStop(finished, 'step', lineOf(fib, 'fib-a'), 'finish');
  assert.equal(finished.command, 'finish');
  assert.equal(finished.reason === 'step' && finished.returnValue, 1n, 'fib(2) = 1');
  assert.equal(dbg.frames()[0]!.cfa, outer.cfa);
  // The rest of the line (storing a) is done by the next step.
  assertStop(await dbg.step(), 'step', lineOf(fib, 'fib-b'));
  // Finish an outer frame: frame 1 is main, whose caller is _start.
  assert.equal(dbg.frames()[1]!.name.startsWith('main'), true);
  await assert.rejects(dbg.finish(2), /outermost frame/);
  await assert.rejects(dbg.finish(9), /no frame 9/);
});

test('step at the end of a function returns into the middle of the caller line', async () => {
  const { dbg } = await inFib3();
  for (const marker of ['fib-a', 'fib-b', 'fib-sum'])
    assertStop(await dbg.next(), 'step', lineOf(fib, marker));
  const out = await dbg.step();
  assertStop(out, 'step', lineOf(fib, 'loop-body'));
  assert.equal(dbg.frames().length, 2);
});

test('step into a tail call stops in the callee, which has taken over the frame', async () => {
  const { dbg } = debugged(tail);
  dbg.setBreakpoint({ file: 'tail.c', line: lineOf(tail, 'tail-call') });
  assertStop(await dbg.continue(), 'breakpoint', lineOf(tail, 'tail-call'));
  assert.ok(
    dbg.disassemble(dbg.pc, 0, 4).some((i) => i.text === "(vp-jmp 'leaf)"),
    'the compiler made a tail call',
  );
  const cfa = dbg.frames()[0]!.cfa;
  const into = await dbg.step();
  assertStop(into, 'step', lineOf(tail, 'leaf-first'));
  const frames = dbg.frames();
  assert.deepEqual(
    frames.map((f) => f.name.replace(/\+0x[0-9a-f]+$/, '')),
    ['leaf', 'main', '_start'],
  );
  assert.equal(frames[0]!.cfa, cfa, 'the same frame address');
  const back = await dbg.finish();
  assertStop(back, 'step', lineOf(tail, 'main-print'), 'finish returns to main, past tail');
  assert.equal(back.reason === 'step' && back.returnValue, 16n);
});

test('next over a tail call runs the callee and stops in the caller of the frame', async () => {
  const { dbg, stdout } = debugged(tail);
  dbg.setBreakpoint({ file: 'tail.c', line: lineOf(tail, 'tail-call') });
  assertStop(await dbg.continue(), 'breakpoint');
  const over = await dbg.next();
  // main keeps tail's result in r0 for printf: its next statement starts right at the return address.
  assertStop(over, 'step', lineOf(tail, 'main-print'));
  assert.match(over.function, /^main\+0x/);
  assert.equal(dbg.readRegister('r0'), 16n);
  assert.equal(stdout(), '');
  assertStop(await dbg.continue(), 'exited');
  assert.equal(stdout(), '16\n');
});

test('longjmp: next and finish stop where the unwound frames land', async () => {
  const session = debugged(jumps);
  const { dbg } = session;
  const bp = dbg.setBreakpoint({ file: 'jumps.c', line: lineOf(jumps, 'longjmp') });
  assertStop(await dbg.continue(), 'breakpoint', lineOf(jumps, 'longjmp'));
  assert.equal(dbg.frames().length, 6, 'thrower x4, main, _start');
  dbg.removeBreakpoint(bp.id);
  const landed = await dbg.next();
  assertStop(landed, 'step', lineOf(jumps, 'setjmp'), 'next over longjmp');
  assert.deepEqual(
    dbg.frames().map((f) => f.name.replace(/\+0x[0-9a-f]+$/, '')),
    ['main', '_start'],
    'the dead frames are gone from the stack',
  );
  assertStop(await dbg.next(), 'step', lineOf(jumps, 'if'));
  assertStop(await dbg.next(), 'step', lineOf(jumps, 'print'), 'r is 7: the if body is skipped');
  assertStop(await dbg.continue(), 'exited');
  assert.equal(session.stdout(), '7\n');

  const second = debugged(jumps).dbg;
  second.setBreakpoint({ file: 'jumps.c', line: lineOf(jumps, 'longjmp') }, { temporary: true });
  assertStop(await second.continue(), 'breakpoint');
  const finished = await second.finish(2);
  assertStop(finished, 'step', lineOf(jumps, 'setjmp'), 'finish of an unwound frame');
  assert.equal(finished.reason === 'step' && finished.returnValue, undefined, 'it did not return');
});

test('longjmp: next over a call that longjmps out stops at the next line of the frame', async () => {
  const { dbg } = debugged(jumps);
  dbg.setBreakpoint({ file: 'jumps.c', line: lineOf(jumps, 'call-thrower') });
  assertStop(await dbg.continue(), 'breakpoint');
  const stop = await dbg.next();
  assertStop(stop, 'step', lineOf(jumps, 'if'));
  assert.equal(dbg.frames().length, 2);
  // And step goes into the call instead.
  const again = debugged(jumps).dbg;
  again.setBreakpoint({ file: 'jumps.c', line: lineOf(jumps, 'call-thrower') });
  await again.continue();
  assertStop(await again.step(), 'step', lineOf(jumps, 'thrower-if'));
  assert.equal(again.readRegister(0), 3n);
});

test('stepping into a trapping instruction reports the trap where it is; the program is then over', async () => {
  const { dbg } = debugged(trapping);
  dbg.setBreakpoint({ file: 'trap.c', line: lineOf(trapping, 'call-divide') });
  assertStop(await dbg.continue(), 'breakpoint');
  assertStop(await dbg.step(), 'step', lineOf(trapping, 'divide'));
  const trapped = await dbg.next();
  assertStop(trapped, 'trapped', lineOf(trapping, 'divide'));
  assert.equal(trapped.reason === 'trapped' && trapped.trap.code, 'division-by-zero');
  assert.equal(trapped.pc, trapped.reason === 'trapped' ? trapped.trap.pc : -1);
  assert.match(trapped.function, /^divide(\+0x[0-9a-f]+)?$/);
  assert.equal(dbg.state, 'trapped');
  assert.equal(await dbg.continue(), trapped, 'commands after the end give the same event');
  assert.equal(await dbg.step(), trapped);
  assert.equal(dbg.frames()[1]!.location?.line, lineOf(trapping, 'call-divide'), 'the stack is still there');

  // Instruction by instruction, the trap comes at the dividing instruction.
  const byInstruction = debugged(trapping).dbg;
  byInstruction.setBreakpoint({ function: 'divide' });
  await byInstruction.continue();
  let stop = await byInstruction.stepInstruction();
  while (stop.reason === 'step') stop = await byInstruction.stepInstruction();
  assertStop(stop, 'trapped', lineOf(trapping, 'divide'));
  assert.match(byInstruction.disassemble(stop.pc, 0, 1)[0]!.text, /^\(vp-div/);
});

test('stepInstruction enters calls; nextInstruction runs them', async () => {
  const { dbg } = debugged(tail);
  dbg.setBreakpoint({ file: 'tail.c', line: lineOf(tail, 'main-tail') });
  await dbg.continue();
  const start = dbg.pc;
  assertStop(await dbg.stepInstruction(), 'step');
  assert.equal(dbg.pc, start + 4);
  assert.equal(dbg.disassemble()[0]!.text, "(vp-call 'tail)");
  const overCall = await dbg.nextInstruction();
  assertStop(overCall, 'step', lineOf(tail, 'main-print'));
  assert.equal(overCall.command, 'nexti');
  assert.equal(dbg.pc, start + 8);
  assert.equal(dbg.readRegister(0), 16n);

  const into = debugged(tail).dbg;
  into.setBreakpoint({ file: 'tail.c', line: lineOf(tail, 'main-tail') });
  await into.continue();
  await into.stepInstruction();
  assertStop(await into.stepInstruction(), 'step', lineOf(tail, 'tail-call'));
  assert.equal(into.pc, into.functions().find((f) => f.name === 'tail')!.start);
  assert.equal(into.frames().length, 3);
  // nextInstruction of an ordinary instruction is one instruction.
  const pc = into.pc;
  await into.nextInstruction();
  assert.equal(into.pc, pc + 4);
});

test('runTo runs to a line, stops first at breakpoints on the way, and can stop when the frame returns', async () => {
  const { dbg } = debugged(fib);
  const stop = await dbg.runTo({ file: 'fib.c', line: lineOf(fib, 'print') });
  assertStop(stop, 'step', lineOf(fib, 'print'));
  assert.equal(stop.command, 'run-to');
  await assert.rejects(dbg.runTo({ function: 'nothing' }), /no function named nothing/);

  const interrupted = debugged(fib).dbg;
  interrupted.setBreakpoint({ function: 'fib' }, { temporary: true });
  assertStop(await interrupted.runTo({ file: 'fib.c', line: lineOf(fib, 'print') }), 'breakpoint');
  assertStop(
    await interrupted.runTo({ file: 'fib.c', line: lineOf(fib, 'print') }),
    'step',
    lineOf(fib, 'print'),
  );

  const { dbg: inner } = await inFib3();
  const advanced = await inner.runTo({ file: 'fib.c', line: lineOf(fib, 'print') }, { stopOnReturn: true });
  assertStop(advanced, 'step', lineOf(fib, 'loop-body'), 'fib(3) returned first');
});

test('skipFile: step does not go into the C library', async () => {
  const plain = debugged(fib).dbg;
  plain.setBreakpoint({ file: 'fib.c', line: lineOf(fib, 'print') });
  await plain.continue();
  const into = await plain.step();
  assert.equal(into.location?.file, '/tessera/libc/src/printf.c');

  const skipping = debugged(fib, {}, { skipFile: (file) => file.startsWith('/tessera/') });
  skipping.dbg.setBreakpoint({ file: 'fib.c', line: lineOf(fib, 'print') });
  await skipping.dbg.continue();
  assertStop(await skipping.dbg.step(), 'step', lineOf(fib, 'return'));
  assert.equal(skipping.stdout(), '7\n');
  // Off the end of main: _start and exit are skipped too, so the program runs to its end.
  assertStop(await skipping.dbg.next(), 'exited');
});

test('without a line table: function breakpoints by symbol, step and next by instruction', async () => {
  const module = assembleText(
    `(export 'main)
(function 'main)
  (vp-cpy-cr 5 r0)
  (vp-call 'double)
  (vp-call 'double)
  (vp-ret)
(function 'double)
  (vp-add-rr r0 r0)
  (vp-ret)`,
    'plain.s',
    false,
  );
  assert.equal(module.debug, undefined);
  const dbg = new Debugger(new Machine(module));
  const bp = dbg.setBreakpoint({ function: 'double' });
  assert.equal(bp.verified, true);
  assert.equal(bp.location, undefined);
  const stop = await dbg.continue();
  assertStop(stop, 'breakpoint');
  assert.equal(stop.function, 'double');
  assert.deepEqual(
    dbg.frames().map((f) => f.name),
    ['double', 'main+0x4'],
  );
  assert.equal(dbg.frames()[0]!.location, undefined);
  dbg.removeBreakpoint(bp.id);
  const stepped = await dbg.step();
  assert.equal(stepped.command, 'stepi');
  assert.equal(stepped.function, 'double+0x4');
  await dbg.step();
  assert.equal(dbg.pc, dbg.functions().find((f) => f.name === 'main')!.start + 8);
  const over = await dbg.next();
  assert.equal(over.command, 'nexti');
  assert.equal(dbg.readRegister(0), 20n);
  assertStop(await dbg.next(), 'exited');
});

test('a function on one line: its breakpoint and step into it stop after the prologue', async () => {
  const program = compileProgram(
    'oneline.c',
    `#include <stdio.h>

void say(int x) { printf("%d\\n", x); } // @say

int main(void) {
  say(4); // @call
  return 0; // @after
}
`,
  );
  const { dbg, stdout } = debugged(program);
  const say = dbg.functions().find((f) => f.name === 'say')!;
  assert.ok(say.bodyStart > say.start, 'say allocates its frame first');
  assert.equal(say.location?.line, lineOf(program, 'say'));
  dbg.setBreakpoint({ file: 'oneline.c', line: lineOf(program, 'call') });
  assertStop(await dbg.continue(), 'breakpoint', lineOf(program, 'call'));
  const into = await dbg.step();
  assertStop(into, 'step', lineOf(program, 'say'));
  assert.equal(into.pc, say.bodyStart);
  assert.equal(dbg.readRegister(0), 4n);
  const back = await dbg.finish();
  // The call is the last instruction of its line: the return address starts the next one.
  assertStop(back, 'step', lineOf(program, 'after'));
  assert.equal(stdout(), '4\n');
  const again = debugged(program).dbg;
  again.setBreakpoint({ function: 'say' });
  assert.equal((await again.continue()).pc, say.bodyStart);
});

test('vp-brk stops the program with its code, in continue and in steps; continuing goes on after it', async () => {
  const module = assembleText(
    `(export 'main)
(function 'main)
  (vp-cpy-cr 1 r0)
  (vp-brk 7)
  (vp-add-cr 1 r0)
  (vp-brk 8)
  (vp-add-cr 1 r0)
  (vp-ret)`,
    'brk.s',
    false,
  );
  const reference = new Machine(module);
  let result = reference.run();
  while (result.status === 'breakpoint') result = reference.run();
  const machine = new Machine(module);
  const dbg = new Debugger(machine);
  const main = dbg.functions().find((f) => f.name === 'main')!.start;
  const first = await dbg.continue();
  assertStop(first, 'vp-brk');
  assert.equal(first.reason === 'vp-brk' && first.code, 7n);
  assert.equal(first.pc, main + 8, 'after the vp-brk');
  assertStop(await dbg.stepInstruction(), 'step');
  assert.equal(dbg.readRegister(0), 2n);
  const second = await dbg.stepInstruction();
  assert.equal(second.reason === 'vp-brk' && second.code, 8n);
  const end = await dbg.continue();
  assert.equal(end.reason === 'exited' && end.exitCode, 3);
  assert.equal(machine.fuelUsed, reference.fuelUsed);
});
