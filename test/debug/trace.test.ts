// The JSON Lines tracer: a golden trace, registers that agree with a second run, memory writes that rebuild the
// final memory, traps and fuel, and the memory effect of every instruction read from the table.
// After a deliberate change to the trace, regenerate with `UPDATE_GOLDEN=1 node --test dist/test/debug/trace.test.js`.

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { HostWriteLog, JsonTracer, memoryEffects, traceHostWrites } from '../../src/debug/index.js';
import { instructions, registerNames, textBase } from '../../src/isa/index.js';
import type { Module } from '../../src/module/index.js';
import { Machine, standardHost, type RunResult } from '../../src/vm/index.js';
import { assembleText } from '../support/programs.js';

const update = process.env['UPDATE_GOLDEN'] === '1' || process.env['TESSERA_UPDATE_GOLDEN'] === '1';
const golden = new URL('../../../test/debug/golden/', import.meta.url);
const options = { memorySize: 1 << 20, stackSize: 4096 };

/** A machine with the standard host functions (stdin from a string), wrapped for tracing when `log` is given. */
function machineWith(
  module: Module,
  stdin: string,
  log?: HostWriteLog,
): { machine: Machine; stdout: () => string } {
  let input = new TextEncoder().encode(stdin);
  let stdout = '';
  const host = standardHost({
    stdout: (bytes) => (stdout += new TextDecoder().decode(bytes)),
    stderr: () => {},
    stdin: (max) => {
      const chunk = input.subarray(0, max);
      input = input.subarray(chunk.length);
      return chunk;
    },
    clock: () => 0n,
  });
  const machine = new Machine(module, {
    ...options,
    host: log === undefined ? host : traceHostWrites(host, log),
  });
  return { machine, stdout: () => stdout };
}

interface TraceLine {
  pc: string;
  ins: string;
  regs: Record<string, string>;
  mem: { addr: string; size: number; value?: string; bytes?: string }[];
  trap?: string;
}

async function traceOf(
  module: Module,
  stdin = '',
  fuel?: number,
): Promise<{
  text: string;
  lines: TraceLine[];
  machine: Machine;
  result: RunResult;
  stdout: string;
  initial: Uint8Array;
}> {
  const log = new HostWriteLog();
  const { machine, stdout } = machineWith(module, stdin, log);
  const initial = machine.M8.slice();
  let text = '';
  const tracer = new JsonTracer(machine, {
    write: (chunk) => (text += chunk),
    hostWrites: log,
    bufferSize: 100,
  });
  tracer.start();
  const result = await machine.runToCompletion(fuel === undefined ? {} : { fuel });
  tracer.stop(result);
  const lines = text
    .trimEnd()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as TraceLine);
  return { text, lines, machine, result, stdout: stdout(), initial };
}

const traceProgram = (): Module =>
  assembleText(readFileSync(new URL('trace.s', golden), 'utf8'), 'test/debug/golden/trace.s');

test('golden trace of trace.s: stores, push, call, copy, fill and a host read', async () => {
  const { text, lines, stdout, result } = await traceOf(traceProgram(), 'hi!\n');
  assert.equal(result.status, 'halted');
  assert.equal(stdout, 'hi!\n');
  const file = new URL('trace.jsonl', golden);
  if (update) writeFileSync(file, text);
  assert.equal(text, readFileSync(file, 'utf8'));
  for (const line of lines) assert.deepEqual(Object.keys(line), ['pc', 'ins', 'regs', 'mem']);
  const byIns = (prefix: string): TraceLine => lines.find((l) => l.ins.startsWith(prefix))!;
  assert.deepEqual(
    byIns('(vp-cpy-ri-b ').mem.map((w) => [w.size, w.value]),
    [[1, '0x34']],
  );
  assert.deepEqual(
    byIns('(vp-cpy-rd-s ').mem.map((w) => [w.size, w.value]),
    [[2, '0x1234']],
  );
  assert.equal(byIns('(vp-push ').mem.length, 2);
  assert.equal(byIns('(vp-call ').mem[0]!.size, 8);
  assert.deepEqual(byIns('(vp-fill-rrr ').mem, [
    { addr: byIns('(vp-copy-rrr ').mem[0]!.addr, size: 16, bytes: '41'.repeat(16) },
  ]);
  assert.deepEqual(
    byIns('(vp-call-host ').mem.map((w) => w.bytes),
    ['6869210a'],
  );
});

test("the trace's registers agree with a second run, step by step", async () => {
  const module = traceProgram();
  const { lines, machine: traced } = await traceOf(module, 'hi!\n');
  // A second run records the registers before every instruction.
  const { machine } = machineWith(module, 'hi!\n');
  const states: { ip: number; registers: bigint[] }[] = [];
  machine.hook = (ip) => {
    states.push({ ip, registers: [...machine.R] });
    return false;
  };
  await machine.runToCompletion();
  states.push({ ip: machine.ip, registers: [...machine.R] });
  assert.equal(lines.length, states.length - 1);
  const registers = [...states[0]!.registers];
  lines.forEach((line, i) => {
    assert.equal(line.pc, `0x${(textBase + states[i]!.ip * 4).toString(16)}`, `line ${i + 1}`);
    for (const [name, value] of Object.entries(line.regs)) {
      const r = registerNames.indexOf(name);
      assert.notEqual(registers[r], BigInt.asIntN(64, BigInt(value)), `line ${i + 1} changes ${name}`);
      registers[r] = BigInt.asIntN(64, BigInt(value));
    }
    assert.deepEqual(registers, states[i + 1]!.registers, `registers after line ${i + 1}`);
  });
  assert.deepEqual(registers, [...traced.R]);
});

test("the trace's memory writes turn the initial memory into the final one", async () => {
  const fib = readFileSync(new URL('../../../examples/fib.s', golden), 'utf8').replace(
    "(const 'n 30)",
    "(const 'n 8)",
  );
  for (const module of [traceProgram(), assembleText(fib, 'examples/fib.s')]) {
    const { lines, machine, initial } = await traceOf(module, 'xy');
    const memory = initial.slice();
    for (const line of lines) {
      for (const write of line.mem) {
        const at = Number(write.addr);
        if (write.value !== undefined) {
          let value = BigInt(write.value);
          for (let k = 0; k < write.size; k++, value >>= 8n) memory[at + k] = Number(value & 0xffn);
        } else {
          assert.ok(write.bytes !== undefined && write.bytes.length === 2 * write.size);
          for (let k = 0; k < write.size; k++)
            memory[at + k] = parseInt(write.bytes.slice(2 * k, 2 * k + 2), 16);
        }
      }
    }
    assert.deepEqual(memory, machine.M8.slice());
  }
});

test('a trap ends the trace with its code; an instruction without fuel is not traced', async () => {
  const source = `(module "trap")
(export 'main)
(function 'main)
  (vp-cpy-cr 8 r1)
  (vp-cpy-ri r1 r1 0)
  (vp-ret)
`;
  const trapped = await traceOf(assembleText(source, 'trap.s'));
  assert.equal(trapped.result.status, 'trapped');
  assert.deepEqual(trapped.lines.at(-1), {
    pc: `0x${(textBase + 4).toString(16)}`,
    ins: '(vp-cpy-ri r1 r1 0)',
    regs: {},
    mem: [],
    trap: 'null-access',
  });
  assert.equal(trapped.lines.length, 2);
  for (const fuel of [0, 1]) {
    const limited = await traceOf(assembleText(source, 'trap.s'), '', fuel);
    assert.equal(limited.result.status, 'out-of-fuel');
    assert.equal(limited.lines.length, fuel);
  }
});

test('every instruction that writes memory says how in the table, and the tracer reads it', () => {
  const kinds = new Map<string, string[]>();
  for (const info of instructions) {
    const kind = memoryEffects.get(info.mnemonic)!.kind;
    kinds.set(kind, [...(kinds.get(kind) ?? []), info.mnemonic]);
  }
  assert.deepEqual(kinds.get('store')?.sort(), [
    'vp-cpy-rd',
    'vp-cpy-rd-b',
    'vp-cpy-rd-i',
    'vp-cpy-rd-s',
    'vp-cpy-ri',
    'vp-cpy-ri-b',
    'vp-cpy-ri-i',
    'vp-cpy-ri-s',
    'vp-cpy-rp',
  ]);
  assert.deepEqual(kinds.get('push'), ['vp-push']);
  assert.deepEqual(kinds.get('call')?.sort(), ['vp-call', 'vp-call-i', 'vp-call-p', 'vp-call-r']);
  assert.deepEqual(kinds.get('range')?.sort(), ['vp-copy-rrr', 'vp-fill-rrr']);
  assert.deepEqual(kinds.get('host')?.sort(), ['vp-call-abi', 'vp-call-host']);
  for (const mnemonic of kinds.get('none') ?? []) {
    assert.doesNotMatch(instructions.find((i) => i.mnemonic === mnemonic)!.meaning, /store|push|copy|fill/);
  }
});
