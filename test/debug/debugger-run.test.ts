// Running under the debugger: pause from a timer and terminate, async host calls, the same output and fuel
// as an undebugged run (fuel limits too), attaching to a machine in the compiled tier, and inspection.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachCompiledTier } from '../../src/jit/index.js';
import { textBase } from '../../src/isa/index.js';
import { Debugger, DebuggerError, type StopEvent } from '../../src/debug/index.js';
import type { Machine } from '../../src/vm/index.js';
import { attachCountingTier } from '../jit/compare.js';
import {
  assertStop,
  compileProgram,
  debugged,
  lineOf,
  machineFor,
  type Program,
} from './debugger-support.js';

const forever = compileProgram(
  'forever.c',
  `volatile long counter;

void spin(void) {
  for (;;) counter++; // @spin
}

int main(void) {
  spin(); // @call
  return 0;
}
`,
);

const work = compileProgram(
  'work.c',
  `#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long value = 5;

int fib(int n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2); // @fib
}

int square(int x) {
  return x * x; // @square
}

int main(void) {
  value = value * 2; // @double
  char *text = malloc(32);
  strcpy(text, "tessera");
  int sum = 0;
  for (int i = 0; i < 12; i++) sum += fib(i); // @loop
  printf("%s %ld %d %d\\n", text, value, sum, square(3)); // @print
  free(text);
  return sum & 7; // @end
}
`,
);

const echo = compileProgram(
  'echo.c',
  `#include <stdio.h>

int main(void) {
  char line[64];
  if (fgets(line, sizeof line, stdin) == NULL) return 1; // @read
  printf("got %s", line); // @print
  return 0;
}
`,
);

/** The address of a global variable. */
function addressOf(machine: Machine, name: string): number {
  const symbol = machine.module.symbols.find((s) => s.name === name && s.section !== 'text');
  assert.ok(symbol !== undefined, `no symbol ${name}`);
  const base = symbol.section === 'data' ? machine.dataBase : machine.dataBase + machine.module.data.length;
  return base + symbol.offset;
}

/** An undebugged run to the end: output, status and fuel. */
async function reference(
  program: Program,
  fuel = Infinity,
): Promise<{ out: string; end: string; fuel: number; pc: number }> {
  const { machine, stdout } = machineFor(program);
  const result = await machine.runToCompletion({ fuel });
  const end = result.status === 'halted' ? `exited ${result.exitCode}` : result.status;
  return { out: stdout(), end, fuel: machine.fuelUsed, pc: machine.pc };
}

/** How an event ends a run, in `reference`'s words. */
function endOf(event: StopEvent): string {
  return event.reason === 'exited' ? `exited ${event.exitCode}` : event.reason;
}

test('a new debugger is stopped at the entry; attaching twice is refused; a detached one refuses commands', async () => {
  const { machine, dbg } = debugged(work);
  assert.equal(dbg.state, 'stopped');
  assert.equal(dbg.lastStop.reason, 'entry');
  assert.equal(dbg.pc, textBase + machine.module.entry!);
  assert.equal(dbg.lastStop.function, '_start');
  assert.throws(() => new Debugger(machine), /already has a hook/);
  dbg.detach();
  assert.equal(machine.hook, null);
  assert.equal(dbg.state, 'detached');
  await assert.rejects(dbg.continue(), /detached/);
  assert.equal(machine.run().status, 'halted', 'the machine goes on by itself');
});

test('pause from a timer stops a program that never ends; terminate ends the session', async () => {
  const { machine, dbg } = debugged(forever, {}, { sliceInstructions: 10_000 });
  assert.equal(dbg.pause(), false, 'nothing to pause');
  const running = dbg.continue();
  assert.equal(dbg.state, 'running');
  await assert.rejects(dbg.step(), /running/);
  assert.throws(() => dbg.writeRegister(0, 1), /running/);
  assert.throws(() => dbg.detach(), /running/);
  setTimeout(() => dbg.pause(), 30);
  const paused = await running;
  assertStop(paused, 'pause', lineOf(forever, 'spin'));
  assert.equal(paused.reason === 'pause' && paused.waitingForHost, false);
  assert.equal(dbg.state, 'stopped');
  const counter = addressOf(machine, 'counter');
  const first = dbg.readInteger(counter, 8);
  assert.ok(first > 0n);

  // Pausing works for steps too: next over the endless call.
  const fresh = debugged(forever, {}, { sliceInstructions: 5000 }).dbg;
  fresh.setBreakpoint({ file: 'forever.c', line: lineOf(forever, 'call') });
  await fresh.continue();
  const stepping = fresh.next();
  setTimeout(() => fresh.pause(), 20);
  const pausedStep = await stepping;
  assertStop(pausedStep, 'pause', lineOf(forever, 'spin'));
  assert.equal(pausedStep.command, 'next');

  const again = dbg.continue();
  setTimeout(() => dbg.terminate(), 20);
  const ended = await again;
  assert.equal(ended.reason, 'terminated');
  assert.ok(dbg.readInteger(counter, 8) > first, 'it ran between the pause and the end');
  assert.equal(dbg.state, 'terminated');
  assert.equal(machine.hook, null, 'terminate detaches');
  assert.equal(await dbg.continue(), ended);
});

test('terminate while stopped ends the session at once', async () => {
  const { machine, dbg } = debugged(work);
  dbg.setBreakpoint({ function: 'square' });
  assertStop(await dbg.continue(), 'breakpoint');
  dbg.terminate();
  assert.equal(dbg.state, 'terminated');
  assert.equal(dbg.lastStop.reason, 'terminated');
  assert.equal(machine.hook, null);
  assert.equal((await dbg.next()).reason, 'terminated');
});

test('async host calls are awaited transparently; a pause while one is in flight says so', async () => {
  const delayed = debugged(echo, {
    stdin: () => new Promise((resolve) => setTimeout(() => resolve(new TextEncoder().encode('hello\n')), 5)),
  });
  delayed.dbg.setBreakpoint({ file: 'echo.c', line: lineOf(echo, 'print') });
  assertStop(await delayed.dbg.continue(), 'breakpoint', lineOf(echo, 'print'));
  assertStop(await delayed.dbg.continue(), 'exited');
  assert.equal(delayed.stdout(), 'got hello\n');

  let deliver: (bytes: Uint8Array) => void = () => {};
  const waiting = debugged(echo, { stdin: () => new Promise((resolve) => (deliver = resolve)) });
  const running = waiting.dbg.continue();
  while (waiting.machine.pending === undefined) await new Promise((resolve) => setImmediate(resolve));
  assert.equal(waiting.dbg.pause(), true);
  const paused = await running;
  assert.equal(paused.reason, 'pause');
  assert.equal(paused.reason === 'pause' && paused.waitingForHost, true);
  deliver(new TextEncoder().encode('late\n'));
  assertStop(await waiting.dbg.continue(), 'exited');
  assert.equal(waiting.stdout(), 'got late\n');

  // A program waiting for input forever can still be ended.
  const stuck = debugged(echo, { stdin: () => new Promise(() => {}) });
  const forever = stuck.dbg.continue();
  while (stuck.machine.pending === undefined) await new Promise((resolve) => setImmediate(resolve));
  stuck.dbg.terminate();
  assert.equal((await forever).reason, 'terminated');
  assert.equal(stuck.machine.hook, null);
});

test('a debugged run prints the same and uses the same fuel as an undebugged one', async () => {
  const expected = await reference(work);
  assert.equal(expected.out, 'tessera 10 232 9\n');

  const plain = debugged(work);
  assert.equal(endOf(await plain.dbg.continue()), expected.end);
  assert.deepEqual([plain.stdout(), plain.machine.fuelUsed], [expected.out, expected.fuel]);

  // Tiny slices, breakpoints with conditions, and every kind of step on the way.
  const busy = debugged(work, {}, { sliceInstructions: 7 });
  const { dbg } = busy;
  dbg.setBreakpoint({ function: 'fib' }, { condition: 'r0 == 6', hitCondition: '% 2' });
  dbg.setBreakpoint({ file: 'work.c', line: lineOf(work, 'print') });
  const kinds = ['step', 'next', 'stepInstruction', 'nextInstruction', 'finish', 'continue'] as const;
  let stop = await dbg.continue();
  for (let i = 0; stop.reason !== 'exited'; i++) {
    assert.ok(i < 500, 'the run ends');
    const kind = kinds[i % kinds.length]!;
    const outermost = dbg.frames().length < 2;
    stop = await (kind === 'finish' && outermost ? dbg.next() : dbg[kind]());
  }
  assert.equal(endOf(stop), expected.end);
  assert.deepEqual([busy.stdout(), busy.machine.fuelUsed], [expected.out, expected.fuel]);
});

test('fuel limits: the debugger runs out exactly where an undebugged run does, and goes on the same', async () => {
  const full = await reference(work);
  for (const limit of [1, 977, Math.floor(full.fuel / 2), full.fuel - 1]) {
    const limited = await reference(work, limit);
    assert.equal(limited.end, 'out-of-fuel');
    const { machine, dbg, stdout } = debugged(work);
    machine.fuel = limit;
    // A breakpoint at the very instruction where the fuel runs out stops first, and only once.
    const bp = dbg.setBreakpoint({ address: limited.pc });
    let stop = await dbg.continue();
    while (stop.reason === 'breakpoint') stop = await dbg.continue();
    assertStop(stop, 'out-of-fuel');
    assert.equal(stop.pc, limited.pc, `${limit}: out of fuel at the same pc`);
    assert.equal(machine.fuelUsed, limited.fuel, `${limit}: the same fuel`);
    const hits = dbg.breakpoint(bp.id)!.hitCount;
    dbg.removeBreakpoint(bp.id);
    machine.fuel = Infinity;
    assert.equal(endOf(await dbg.continue()), full.end);
    assert.deepEqual([stdout(), machine.fuelUsed], [full.out, full.fuel], `${limit}: the rest of the run`);
    assert.ok(hits >= 1);
  }
});

test('attaching to a machine running in the compiled tier moves it to the interpreter; detaching moves it back', async () => {
  const expected = await reference(work);
  const { machine, stdout } = machineFor(work);
  const counter = attachCountingTier(machine);
  attachCompiledTier(machine);
  assert.equal(machine.run({ fuel: 500 }).status, 'out-of-fuel');
  const compiledEntries = counter.entries;
  assert.ok(compiledEntries > 0, 'compiled code ran');

  const dbg = new Debugger(machine);
  dbg.setBreakpoint({ function: 'fib' }, { condition: 'r0 == 9' });
  machine.fuel = Infinity;
  assertStop(await dbg.continue(), 'breakpoint', lineOf(work, 'fib'));
  assert.equal(dbg.readRegister(0), 9n);
  assert.equal(dbg.frames()[1]!.location?.line, lineOf(work, 'loop'));
  assertStop(await dbg.finish(), 'step', lineOf(work, 'loop'));
  assert.equal(counter.entries, compiledEntries, 'no compiled code while debugging');

  dbg.detach();
  const result = await machine.runToCompletion();
  assert.equal(result.status, 'halted');
  assert.ok(counter.entries > compiledEntries, 'compiled code again after detaching');
  assert.deepEqual([stdout(), machine.fuelUsed], [expected.out, expected.fuel]);
});

test('registers and memory: read, write, and clear errors out of bounds', async () => {
  const { machine, dbg, stdout } = debugged(work);
  dbg.setBreakpoint({ file: 'work.c', line: lineOf(work, 'double') });
  assertStop(await dbg.continue(), 'breakpoint', lineOf(work, 'double'));
  const value = addressOf(machine, 'value');
  assert.equal(dbg.readInteger(value, 8), 5n);
  dbg.writeInteger(value, 8, 21);
  assert.deepEqual([...dbg.readMemory(value, 8)], [21, 0, 0, 0, 0, 0, 0, 0]);
  dbg.writeMemory(value + 1, new Uint8Array([1]));
  assert.equal(dbg.readInteger(value, 2, false), 256n + 21n);
  dbg.writeInteger(value, 8, -3n);
  assert.equal(dbg.readInteger(value, 4, false), 0xfffffffdn);
  assert.equal(dbg.readInteger(value, 4), -3n);
  dbg.writeInteger(value, 8, 21);

  dbg.setBreakpoint({ function: 'square' });
  assertStop(await dbg.continue(), 'breakpoint', lineOf(work, 'square'));
  assert.equal(dbg.readRegister('r0'), 3n);
  dbg.writeRegister('r0', 9);
  assert.equal(dbg.registers()[0], 9n);
  assert.equal(dbg.registerNames[15], 'rsp');
  assert.equal(dbg.readRegister('rsp'), dbg.readRegister('r15'));
  assert.equal(dbg.readRegister(15), machine.R[15]);
  // printf's format string is in r0 when printf is called.
  while (!dbg.disassemble()[0]!.text.startsWith("(vp-call 'printf")) await dbg.stepInstruction();
  assert.equal(dbg.readString(dbg.readRegister(0)), '%s %ld %d %d\n');
  assert.equal(dbg.readString(dbg.readRegister(1)), 'tessera');
  assert.equal(dbg.readString(dbg.readRegister(1), 3), 'tes...');
  dbg.writeMemory(dbg.readRegister(1), new TextEncoder().encode('T'));
  assertStop(await dbg.continue(), 'exited');
  assert.equal(stdout(), 'Tessera 42 232 81\n');

  const errors: [() => unknown, RegExp][] = [
    [() => dbg.readMemory(0, 4), /cannot access 0x0: the null region/],
    [() => dbg.readMemory(machine.memorySize - 2, 4), /outside memory/],
    [() => dbg.readMemory(-1, 1), /outside memory/],
    [() => dbg.readMemory(2n ** 64n - 1n, 1), /outside memory/],
    [() => dbg.writeMemory(textBase, new Uint8Array(1)), /text is read-only/],
    [() => dbg.readRegister('r16'), /no register r16/],
    [() => dbg.writeRegister(16, 0), /no register 16/],
    [() => dbg.setPc(textBase + 2), /not the address of an instruction/],
    [() => dbg.disassemble(0), /outside text/],
  ];
  for (const [call, message] of errors) {
    assert.throws(call, (e: unknown) => e instanceof DebuggerError && message.test(e.message));
  }
  assert.equal(dbg.readMemory(textBase, 4).length, 4, 'text can be read');
});

test('the call stack, source lines, functions, disassembly and jumping to another line', async () => {
  const sources = new Map([['work.c', work.source]]);
  const { machine, dbg, stdout } = debugged(work, {}, { readSource: (file) => sources.get(file) });
  // The second call of fib(1) is from fib(2).
  dbg.setBreakpoint({ function: 'fib' }, { condition: 'r0 == 1', ignoreCount: 1 });
  const stop = await dbg.continue();
  assertStop(stop, 'breakpoint', lineOf(work, 'fib'));
  const frames = dbg.frames();
  assert.deepEqual(
    frames.map((f) => [f.index, f.name.replace(/\+0x[0-9a-f]+$/, ''), f.location?.file]),
    [
      [0, 'fib', 'work.c'],
      [1, 'fib', 'work.c'],
      [2, 'main', 'work.c'],
      [3, '_start', '/tessera/libc/sys.s'],
    ],
  );
  assert.equal(frames[0]!.pc, stop.pc);
  for (let i = 0; i + 1 < frames.length; i++) {
    assert.ok(frames[i]!.cfa < frames[i + 1]!.cfa, 'frame addresses grow outwards');
    // The frame address holds the return address, just after the caller's call instruction.
    assert.equal(dbg.readInteger(frames[i]!.cfa, 8), BigInt(frames[i]!.returnAddress));
    assert.equal(dbg.disassemble(frames[i + 1]!.pc, 0, 1)[0]!.text.startsWith('(vp-call'), true);
  }
  assert.equal(frames[0]!.cfa, Number(machine.R[15]), 'at the entry of fib (no prologue), rsp is the CFA');
  assert.equal(dbg.frames(2).length, 2);

  assert.deepEqual(dbg.location(), stop.location);
  assert.equal(dbg.functionAt()?.name, 'fib');
  assert.ok(dbg.functions().some((f) => f.name === 'main' && f.location?.line === lineOf(work, 'double')));
  assert.deepEqual(dbg.sourceFiles()[0], 'work.c');
  assert.equal(dbg.sourceText('work.c')?.split('\n')[lineOf(work, 'fib') - 1]?.includes('@fib'), true);
  assert.equal(dbg.sourceText('nope.c'), undefined);

  const around = dbg.disassemble(stop.pc, 2, 3);
  assert.equal(
    around.length,
    3,
    'fib starts here: nothing before it in the function, but main ends just before',
  );
  const mainAround = dbg.disassemble(dbg.functions().find((f) => f.name === 'main')!.bodyStart, 2, 3);
  assert.equal(mainAround.length, 5);
  assert.ok(mainAround.every((i) => /^\(vp-/.test(i.text) && i.symbol.startsWith('main')));
  assert.ok(mainAround[1]!.address < mainAround[2]!.address);

  // Jump over `value = value * 2`: the program prints 5, not 10.
  const jumping = debugged(work);
  const jump = jumping.dbg;
  jump.setBreakpoint({ file: 'work.c', line: lineOf(work, 'double') });
  await jump.continue();
  const next = jump.setBreakpoint({ file: 'work.c', line: lineOf(work, 'double') + 1 });
  jump.setPc(next.addresses[0]!);
  assertStop(await jump.continue(), 'breakpoint', lineOf(work, 'double') + 1);
  assertStop(await jump.continue(), 'exited');
  assert.equal(jumping.stdout(), 'tessera 5 232 9\n');
  assert.equal(stdout(), '');
});
