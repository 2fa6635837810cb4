// Runs VP programs in the real machine for the instruction tests: one program with preset registers and
// memory (in the fast loop and, as cross-checks, the hooked loop and the compiled tier), batches of register-only cases checked
// against the reference model, and the record of which instructions actually executed.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { assemble } from '../../src/asm/index.js';
import { byOpcode, textBase } from '../../src/isa/index.js';
import type { Module } from '../../src/module/index.js';
import { attachCompiledTier } from '../../src/jit/index.js';
import { Machine, type MachineOptions, type RunResult } from '../../src/vm/index.js';
import { referenceStep, s64, u64, type RegisterInstruction } from './reference.js';

/** Memory and stack of every test machine unless a test says otherwise. */
export const memorySize = 1 << 20;
export const stackSize = 1 << 16;

/** Fuel given to the hooked twin of each run: more than any test uses. */
export const twinFuel = 1e12;

/** Mnemonics seen executing (recorded by the hooked twins of runs). */
export const executed = new Set<string>();

/** Assemble one source file; fails the test on any diagnostic. */
export function assembleText(text: string): Module {
  const { module, diagnostics } = assemble([{ name: 'case.s', text }], { debug: false });
  assert.deepEqual(
    diagnostics.map((d) => d.message),
    [],
    `assembly failed for:\n${text.slice(0, 2000)}`,
  );
  return module!;
}

/** Assemble `(function 'main) body (vp-ret)` followed by `extra` (more functions, data); fails on diagnostics. */
export function program(body: string, extra = '', imports = ''): Module {
  return assembleText(`(export 'main)\n${imports}\n(function 'main)\n${body}\n(vp-ret)\n${extra}\n`);
}

/** How a run starts: registers (by number) and memory preset before the first instruction. */
export interface Setup {
  readonly registers?: Readonly<Record<number, bigint>>;
  readonly prepare?: (machine: Machine) => void;
  readonly options?: MachineOptions;
}

/** A finished run. */
export interface Run {
  readonly machine: Machine;
  readonly result: RunResult;
}

/** The address of a label of the machine's module (from its symbol table). */
export function labelAddress(machine: Machine, name: string): number {
  const symbol = machine.module.symbols.find((s) => s.name === name);
  assert.ok(symbol !== undefined, `no label ${name}`);
  const bases = {
    text: textBase,
    data: machine.dataBase,
    bss: machine.dataBase + machine.module.data.length,
  };
  return bases[symbol.section] + symbol.offset;
}

/** A machine for `module` with the setup applied, not yet run. */
export function start(module: Module, setup: Setup = {}): Machine {
  const machine = new Machine(module, { memorySize, stackSize, ...setup.options });
  for (const [register, value] of Object.entries(setup.registers ?? {})) machine.R[Number(register)] = value;
  setup.prepare?.(machine);
  return machine;
}

/** Record, before each instruction, the mnemonic of the instruction about to run. */
export function recordExecution(machine: Machine): void {
  machine.hook = (ip: number): boolean => {
    const opcode = machine.M8[textBase + ip * 4]!;
    const info = byOpcode[opcode];
    if (info !== undefined) executed.add(info.mnemonic);
    return false;
  };
}

/** A short description of a run's result for assertion messages. */
export function describeResult(result: RunResult): string {
  if (result.status === 'trapped') return `trapped ${result.trap.code} at 0x${result.trap.pc.toString(16)}`;
  if (result.status === 'breakpoint') return `breakpoint ${result.code}`;
  if (result.status === 'halted') return `halted ${result.exitCode}`;
  return result.status;
}

/** Assert that two runs of the same program ended in the same state (`other` names the second run's tier). */
export function assertSameRun(fast: Run, hooked: Run, what: string, other = 'hooked loop'): void {
  assert.equal(
    describeResult(hooked.result),
    describeResult(fast.result),
    `${what}: ${other} vs fast loop result`,
  );
  if (hooked.result.status === 'trapped' && fast.result.status === 'trapped') {
    assert.equal(
      hooked.result.trap.format(),
      fast.result.trap.format(),
      `${what}: ${other} vs fast loop trap`,
    );
  }
  assert.deepEqual([...hooked.machine.R], [...fast.machine.R], `${what}: ${other} vs fast loop registers`);
  assert.equal(hooked.machine.fuelUsed, fast.machine.fuelUsed, `${what}: ${other} vs fast loop fuel`);
  assert.ok(
    Buffer.compare(hooked.machine.M8, fast.machine.M8) === 0,
    `${what}: ${other} vs fast loop memory differs`,
  );
}

/**
 * Run `module` in the fast loop and return the run. Unless `twin` is false, run it again in the hooked loop
 * (recording which instructions execute) and check that both loops end in the same state.
 */
export function run(module: Module, setup: Setup = {}, twin = true): Run {
  const machine = start(module, setup);
  const fast = { machine, result: machine.run() };
  if (twin) {
    const hooked = start(module, setup);
    recordExecution(hooked);
    // Finite fuel: with the default (unlimited) fuel a hooked run's fuel accounting goes NaN (a src bug,
    // tested on its own in control-suite.ts); the fast run keeps the default.
    assertSameRun(fast, { machine: hooked, result: hooked.run({ fuel: twinFuel }) }, 'run');
    const compiled = start(module, setup);
    attachCompiledTier(compiled);
    assertSameRun(fast, { machine: compiled, result: compiled.run() }, 'run', 'compiled tier');
  }
  return fast;
}

/** Assert the run halted (from main's vp-ret). */
export function assertHalted(outcome: Run, what: string): void {
  assert.equal(
    describeResult(outcome.result).split(' ')[0],
    'halted',
    `${what}: ${describeResult(outcome.result)}`,
  );
}

/** Assert the run trapped with `code`, optionally at byte address `pc`. */
export function assertTrap(outcome: Run, code: string, what: string, pc?: number): void {
  const { result } = outcome;
  assert.equal(result.status, 'trapped', `${what}: expected trap ${code}, got ${describeResult(result)}`);
  if (result.status !== 'trapped') return;
  assert.equal(result.trap.code, code, `${what}: trap code`);
  if (pc !== undefined) assert.equal(result.trap.pc, pc, `${what}: trap pc`);
}

// ---- register-only instructions against the reference model ----

/** Register names as the assembler spells them. */
export function reg(n: number): string {
  return n === 15 ? 'rsp' : `r${n}`;
}

/** A constant in assembly: decimal, or for some negative values the unsigned hex spelling of the same bits. */
export function constantText(value: bigint, hexForm = false): string {
  return hexForm && value < 0n ? `0x${u64(value).toString(16)}` : value.toString();
}

/** The assembly of one register-only instruction. */
export function instructionText(instruction: RegisterInstruction, hexForm = false): string {
  const registers = instruction.registers.map(reg).join(' ');
  const constant =
    instruction.constant === undefined ? '' : `${constantText(instruction.constant, hexForm)} `;
  return `(${instruction.mnemonic} ${constant}${registers})`;
}

/** How many registers a register-only mnemonic names: cr forms 1, rrr forms 3, others 2. */
export function operandCount(mnemonic: string): number {
  if (mnemonic.endsWith('-cr')) return 1;
  return mnemonic.startsWith('vp-div-rrr') ? 3 : 2;
}

/** One case of a batch: the constant (cr forms) and the value of each register operand in source order. */
export interface BatchCase {
  readonly constant?: bigint;
  readonly inputs: readonly bigint[];
}

/** Registers the batched cases use for operands; r14 holds the address of the results. */
const operandPool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
const resultsRegister = 14;
/** Cases per program: the assembler's time grows faster than linearly with size, machines cost ~1 ms each. */
const chunkSize = 100;

/** Distinct registers for case `k` (all the same one when `same`), varied from case to case. */
function registersFor(k: number, count: number, same: boolean): number[] {
  const first = k % operandPool.length;
  const step = same ? 0 : 1 + (k % 6);
  return Array.from({ length: count }, (_, i) => operandPool[(first + i * step) % operandPool.length]!);
}

function show(values: readonly bigint[]): string {
  return values.map((v) => `0x${u64(v).toString(16)}`).join(', ');
}

/** One case of a straight-line batch: code that loads operands, the code under test, the registers to check. */
export interface ProgramCase {
  readonly load: string;
  readonly body: string;
  /** Registers (not r14, which points at the results) stored after the body, and their expected values. */
  readonly results: readonly number[];
  readonly expected: readonly bigint[];
  readonly what: string;
}

/**
 * Run the cases one after another in programs of up to 100 cases each (r14 points at a results area in bss;
 * each case's result registers are stored there with vp-cpy-ri) and compare every result. `extra` is added
 * after main (data the cases use). Returns the failures.
 */
export function runProgramBatch(cases: readonly ProgramCase[], extra = ''): string[] {
  const failures: string[] = [];
  for (let at = 0; at < cases.length; at += chunkSize) {
    const chunk = cases.slice(at, at + chunkSize);
    const width = Math.max(...chunk.map((c) => c.results.length));
    const lines = chunk.map((c, k) => {
      const store = c.results.map(
        (r, i) => `(vp-cpy-ri ${reg(r)} ${reg(resultsRegister)} ${(k * width + i) * 8})`,
      );
      return [c.load, c.body, ...store].join(' ');
    });
    const module = program(
      `(vp-lea-p 'out ${reg(resultsRegister)})\n${lines.join('\n')}`,
      `${extra}\n(section 'bss)\n(vp-label 'out)\n(space ${chunk.length * width * 8})`,
    );
    // The first program of a batch also runs in the hooked loop; the rest only in the fast loop, for speed.
    const outcome = run(module, {}, at === 0);
    if (outcome.result.status !== 'halted') {
      failures.push(`batch starting with ${chunk[0]!.what} did not halt: ${describeResult(outcome.result)}`);
      continue;
    }
    const outAt = labelAddress(outcome.machine, 'out');
    chunk.forEach((c, k) => {
      const got = c.results.map((_, i) => outcome.machine.DV.getBigInt64(outAt + (k * width + i) * 8, true));
      if (got.some((v, i) => v !== s64(c.expected[i]!))) {
        failures.push(`${c.what}: expected ${show(c.expected)}, got ${show(got)}`);
      }
    });
  }
  return failures;
}

/** Assert that no failures were found (showing the first few). */
export function assertNoFailures(failures: readonly string[], total: number, what: string): void {
  assert.deepEqual(failures.slice(0, 12), [], `${failures.length} of ${total} cases of ${what} differ`);
}

/**
 * Run `mnemonic` on every case (register operands loaded with vp-cpy-cr, results stored to memory with
 * vp-cpy-ri) and compare every operand register afterwards with the reference model. Cases the model says
 * trap run alone and must trap with the same code. With `same`, every operand is one register.
 */
export function checkBatch(mnemonic: string, cases: readonly BatchCase[], same = false): void {
  const count = operandCount(mnemonic);
  const failures: string[] = [];
  const batched: ProgramCase[] = [];
  cases.forEach((c, k) => {
    const instruction: RegisterInstruction = {
      mnemonic,
      registers: registersFor(k, count, same),
      ...(c.constant === undefined ? {} : { constant: c.constant }),
    };
    const before = new Array<bigint>(16).fill(0n);
    instruction.registers.forEach((r, i) => (before[r] = c.inputs[i] ?? 0n));
    const expected = referenceStep(instruction, before);
    const registers = [...new Set(instruction.registers)];
    const hex = k % 2 === 1;
    const load = registers.map((r) => `(vp-cpy-cr ${constantText(before[r]!, hex)} ${reg(r)})`).join(' ');
    const what = `${instructionText(instruction)} with ${show(instruction.registers.map((r) => before[r]!))}`;
    if ('trap' in expected) {
      const outcome = run(program(`${load}\n${instructionText(instruction)}`));
      const { result } = outcome;
      if (result.status !== 'trapped' || result.trap.code !== expected.trap) {
        failures.push(`${what}: expected trap ${expected.trap}, got ${describeResult(result)}`);
      }
      return;
    }
    batched.push({
      load,
      body: instructionText(instruction, hex),
      results: registers,
      expected: registers.map((r) => expected.registers[r]!),
      what,
    });
  });
  failures.push(...runProgramBatch(batched));
  assertNoFailures(failures, cases.length, mnemonic);
}

/** Every pair (rd from `targets`, source from `sources`) as batch cases for a cr (constant) or rr form. */
export function pairCases(
  mnemonic: string,
  sources: readonly bigint[],
  targets: readonly bigint[],
): BatchCase[] {
  const cases: BatchCase[] = [];
  for (const source of sources) {
    for (const target of targets) {
      cases.push(
        mnemonic.endsWith('-cr') ? { constant: source, inputs: [target] } : { inputs: [source, target] },
      );
    }
  }
  return cases;
}

/** fast-check: batches of random cases (shrunk to a small failing batch on failure; the seed is printed). */
export function checkRandomBatches(mnemonic: string, caseArbitrary: fc.Arbitrary<BatchCase>, runs = 4): void {
  fc.assert(
    fc.property(fc.array(caseArbitrary, { minLength: 1, maxLength: 50 }), (cases) => {
      checkBatch(mnemonic, cases);
    }),
    { numRuns: runs },
  );
}

/**
 * Run one register-only instruction with all of r0..r14 preset to `before` and compare the whole register
 * file with the reference (untouched registers must keep their values; rsp is back at the top after vp-ret).
 * A trapping instruction must trap at its own pc and leave every register as it was.
 */
export function checkRegisterFile(instruction: RegisterInstruction, before: readonly bigint[]): void {
  const registers: Record<number, bigint> = {};
  before.slice(0, 15).forEach((v, i) => (registers[i] = s64(v)));
  const outcome = run(program(instructionText(instruction)), { registers });
  const expected = referenceStep(instruction, [...before.slice(0, 15).map(s64), 0n]);
  const what = `${instructionText(instruction)} with r0..r14 = ${show(before.slice(0, 15))}`;
  if ('trap' in expected) {
    assertTrap(outcome, expected.trap, what, textBase);
    assert.deepEqual(
      [...outcome.machine.R].slice(0, 15),
      before.slice(0, 15).map(s64),
      `${what}: registers after trap`,
    );
    return;
  }
  assertHalted(outcome, what);
  assert.deepEqual(
    [...outcome.machine.R],
    [...expected.registers.slice(0, 15), BigInt(memorySize)],
    `${what}: register file`,
  );
}
