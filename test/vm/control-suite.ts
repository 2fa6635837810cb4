// Control-flow instructions: every branch (integer cr/rr, signed and unsigned, and double) taken and not taken,
// forward, backward and far; calls and jumps in every form with their return addresses; execution outside
// text; vp-brk and resuming; vp-nop; host calls (a smoke test); and fuel accounting in hooked runs.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { textBase } from '../../src/isa/index.js';
import { Machine } from '../../src/vm/index.js';
import {
  assembleText,
  assertHalted,
  assertNoFailures,
  assertSameRun,
  assertTrap,
  describeResult,
  labelAddress,
  memorySize,
  program,
  recordExecution,
  reg,
  run,
  runProgramBatch,
  stackSize,
  twinFuel,
  type ProgramCase,
} from './harness.js';
import { floatConditions, integerConditions } from './reference.js';
import { doubleEdges, doubleOperand, doublePairs, integerEdges, integerOperand } from './values.js';

const integerBranches = ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'lo', 'ls', 'hi', 'hs'];
const floatBranches = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'];

/**
 * A branch case: r13 = 1 if the branch was taken. Even cases branch forward over a clear of r13, odd ones
 * backward to a block before them. The operand registers are stored too (a branch changes no register).
 */
function branchCase(
  mnemonic: string,
  k: number,
  source: bigint,
  target: bigint,
  taken: boolean,
  same: boolean,
): ProgramCase {
  const form = mnemonic.endsWith('-cr') ? 'cr' : 'rr';
  const rs = k % 13;
  const rd = same ? rs : (k + 1 + (k % 11)) % 13;
  const first = form === 'cr' ? `${source}` : reg(rs);
  const load =
    form === 'cr' || same
      ? `(vp-cpy-cr ${target} ${reg(rd)})`
      : `(vp-cpy-cr ${source} ${reg(rs)}) (vp-cpy-cr ${target} ${reg(rd)})`;
  const branch = (label: string): string => `(${mnemonic} ${first} ${reg(rd)} '${label})`;
  const body =
    k % 2 === 0
      ? `(vp-cpy-cr 1 r13) ${branch(`t${k}`)} (vp-cpy-cr 0 r13) (vp-label 't${k})`
      : `(vp-cpy-cr 0 r13) (vp-jmp 'f${k}) (vp-label 'b${k}) (vp-cpy-cr 1 r13) (vp-jmp 'd${k}) (vp-label 'f${k}) ${branch(`b${k}`)} (vp-label 'd${k})`;
  const operands = form === 'cr' || same ? [rd] : [rs, rd];
  return {
    load,
    body,
    results: [13, ...operands],
    expected: [taken ? 1n : 0n, ...(form === 'cr' || same ? [target] : [source, target])],
    what: `${branch('l')} with rd = ${target}${form === 'cr' ? '' : `, rs = ${source}`} (${k % 2 === 0 ? 'forward' : 'backward'})`,
  };
}

function checkBranches(mnemonic: string, pairs: readonly (readonly [bigint, bigint])[], same = false): void {
  const condition = /^vp-(f?)b(\w\w)-/.exec(mnemonic)!;
  const holds = condition[1] === 'f' ? floatConditions[condition[2]!]! : integerConditions[condition[2]!]!;
  const cases = pairs.map(([source, target], k) =>
    branchCase(mnemonic, k, source, target, holds(target, source), same),
  );
  assertNoFailures(runProgramBatch(cases), cases.length, mnemonic);
}

function allPairs(values: readonly bigint[]): [bigint, bigint][] {
  return values.flatMap((a) => values.map((b): [bigint, bigint] => [a, b]));
}

/** The result of running a program whose halt status is r0; fails unless it halted. */
function exitValue(body: string, extra = '', registers: Record<number, bigint> = {}): bigint {
  const outcome = run(program(body, extra), { registers });
  assertHalted(outcome, body);
  return outcome.machine.R[0]!;
}

export function controlSuite(): void {
  describe('integer branches on every pair of edge values, forward and backward, and random values', () => {
    for (const condition of integerBranches) {
      for (const form of ['cr', 'rr']) {
        const mnemonic = `vp-b${condition}-${form}`;
        test(mnemonic, () => {
          checkBranches(mnemonic, allPairs(integerEdges));
          if (form === 'rr') {
            checkBranches(
              mnemonic,
              integerEdges.map((v) => [v, v]),
              true,
            );
          }
          fc.assert(
            fc.property(
              fc.array(fc.tuple(integerOperand, integerOperand), { minLength: 1, maxLength: 50 }),
              (pairs) => checkBranches(mnemonic, pairs),
            ),
            { numRuns: 3 },
          );
        });
      }
    }
  });

  describe('double branches on pairs of edge values (NaN, ±0, ±Infinity, subnormals) and random ones', () => {
    for (const condition of floatBranches) {
      const mnemonic = `vp-fb${condition}-rr`;
      test(mnemonic, () => {
        checkBranches(mnemonic, doublePairs());
        checkBranches(
          mnemonic,
          doubleEdges.map((v) => [v, v]),
          true,
        );
        fc.assert(
          fc.property(
            fc.array(fc.tuple(doubleOperand, doubleOperand), { minLength: 1, maxLength: 50 }),
            (pairs) => checkBranches(mnemonic, pairs),
          ),
          { numRuns: 3 },
        );
      });
    }
  });

  describe('branch reach', () => {
    const nops = Array.from({ length: 2100 }, () => '(vp-nop)').join(' ');

    test('cr and rr branches over more than 2047 words, forward and backward (label in extension words)', () => {
      const branches: readonly (readonly [branch: string, taken: bigint, notTaken: bigint])[] = [
        ["(vp-beq-cr 5 r1 'far)", 5n, 4n],
        ["(vp-bhs-cr 0x123456789 r1 'far)", -1n, 4n],
        ["(vp-beq-rr r2 r1 'far)", 5n, 4n],
        ["(vp-fbge-rr r2 r1 'far)", 5n, 4n],
      ];
      for (const [branch, taken, notTaken] of branches) {
        const forward = `(vp-cpy-cr 2 r0) ${branch} (vp-ret) ${nops} (vp-label 'far) (vp-cpy-cr 1 r0)`;
        const backward = `(vp-cpy-cr 2 r0) (vp-jmp 'test) (vp-label 'far) (vp-cpy-cr 1 r0) (vp-ret) ${nops} (vp-label 'test) ${branch}`;
        for (const body of [forward, backward]) {
          assert.equal(exitValue(body, '', { 1: taken, 2: 5n }), 1n, `${branch} taken`);
          assert.equal(exitValue(body, '', { 1: notTaken, 2: 5n }), 2n, `${branch} not taken`);
        }
      }
    });

    test('a counted loop runs its body exactly n times', () => {
      const body = `(vp-cpy-cr 0 r0) (vp-cpy-cr 10 r1) (vp-label 'loop) (vp-add-cr 3 r0) (vp-sub-cr 1 r1) (vp-bne-cr 0 r1 'loop)`;
      assert.equal(exitValue(body), 30n);
    });
  });

  describe('calls, jumps and returns', () => {
    const callee = `(function 'f)\n(vp-cpy-ir rsp 0 r5)\n(vp-cpy-rr rsp r7)\n(vp-add-cr 1 r9)\n(vp-ret)`;
    const slots = `(section 'data)\n(vp-long 0)\n(vp-label 'slot)\n(vp-long 'f)\n(vp-label 'jslot)\n(vp-long 'target)`;
    const top = BigInt(memorySize - 8);
    const calls: readonly (readonly [mnemonic: string, body: string])[] = [
      ['vp-call', "(vp-call 'f)"],
      ['vp-call-r', "(vp-cpy-cr 'f r1) (vp-call-r r1)"],
      ['vp-call-i', "(vp-lea-p 'slot r2) (vp-call-i r2 0)"],
      ['vp-call-i', "(vp-lea-p 'jslot r2) (vp-call-i r2 -8)"],
      ['vp-call-i', "(vp-lea-p 'slot r2) (vp-sub-cr 40000 r2) (vp-call-i r2 40000)"],
      ['vp-call-p', "(vp-call-p 'slot)"],
    ];

    for (const [mnemonic, call] of calls) {
      test(`${mnemonic}: ${call} pushes the address after it and returns there`, () => {
        const body = `${call} (vp-label 'after) (vp-cpy-cr 'after r6) (vp-cpy-rr rsp r8) (vp-add-cr 10 r9)`;
        const outcome = run(program(body, `(vp-label 'target)\n(vp-ret)\n${callee}\n${slots}`));
        assertHalted(outcome, call);
        const R = outcome.machine.R;
        assert.equal(R[5], R[6], 'return address pushed');
        assert.equal(R[7], top - 8n, 'rsp in the callee');
        assert.equal(R[8], top, 'rsp after the return');
        assert.equal(R[9], 11n, 'callee ran once, then the code after the call');
      });
    }

    const jumps: readonly (readonly [mnemonic: string, body: string])[] = [
      ['vp-jmp', "(vp-jmp 'target)"],
      ['vp-jmp-r', "(vp-cpy-cr 'target r1) (vp-jmp-r r1)"],
      ['vp-jmp-i', "(vp-lea-p 'jslot r2) (vp-jmp-i r2 0)"],
      ['vp-jmp-i', "(vp-lea-p 'slot r2) (vp-jmp-i r2 8)"],
      ['vp-jmp-p', "(vp-jmp-p 'jslot)"],
    ];
    for (const [mnemonic, jump] of jumps) {
      test(`${mnemonic}: ${jump} goes there without pushing`, () => {
        const body = `(vp-cpy-cr 1 r0) ${jump} (vp-cpy-cr 99 r0)`;
        const extra = `(vp-label 'target)\n(vp-cpy-rr rsp r8)\n(vp-add-cr 1 r0)\n(vp-ret)\n${callee}\n${slots}`;
        const outcome = run(program(body, extra));
        assertHalted(outcome, jump);
        assert.equal(outcome.machine.R[0], 2n);
        assert.equal(outcome.machine.R[8], top, 'rsp unchanged by the jump');
      });
    }

    test('nested calls return in order and main returns r0 as the exit code', () => {
      const extra = `(function 'g)\n(vp-add-cr 1 r0)\n(vp-call 'h)\n(vp-shl-cr 4 r0)\n(vp-ret)\n(function 'h)\n(vp-add-cr 2 r0)\n(vp-ret)`;
      const outcome = run(program("(vp-cpy-cr 0 r0) (vp-call 'g) (vp-add-cr 5 r0)", extra));
      assert.equal(describeResult(outcome.result), 'halted 53');
    });

    test('jumping, calling or returning outside text traps execute-outside-text', () => {
      const bodies = [
        '(vp-jmp-r r1)',
        '(vp-call-r r1)',
        '(vp-push r1) (vp-ret)',
        '(vp-cpy-ri r1 r2 0) (vp-jmp-i r2 0)',
        '(vp-cpy-ri r1 r2 0) (vp-call-i r2 0)',
      ];
      for (const body of bodies) {
        const module = program(body, `(section 'bss)\n(vp-label 'cell)\n(space 8)`);
        const end = BigInt(textBase + module.text.length);
        for (const target of [
          0n,
          8n,
          0xfff8n,
          end,
          end + 4n,
          BigInt(memorySize - 8),
          BigInt(memorySize),
          1n << 40n,
          -4n,
        ]) {
          const outcome = run(module, {
            registers: { 1: target },
            prepare: (m) => (m.R[2] = BigInt(labelAddress(m, 'cell'))),
          });
          assertTrap(outcome, 'execute-outside-text', `${body} to 0x${target.toString(16)}`);
        }
      }
      // Data-segment code pointers: vp-jmp-p / vp-call-p through a slot holding a data address.
      for (const body of ["(vp-jmp-p 'slot)", "(vp-call-p 'slot)"]) {
        const outcome = run(program(body, `(section 'data)\n(vp-label 'slot)\n(vp-long 'slot)`));
        assertTrap(outcome, 'execute-outside-text', body);
      }
    });

    test('running off the end of text traps execute-outside-text', () => {
      for (const last of ['(vp-nop)', '(vp-cpy-cr 0x123456789 r1)', "(vp-beq-cr 0 r0 'x) (vp-label 'x)"]) {
        const module = assembleText(`(export 'main)\n(function 'main)\n${last}`);
        assertTrap(run(module), 'execute-outside-text', last, textBase + module.text.length);
      }
    });

    test('a jump into the middle of an instruction word traps', () => {
      const outcome = run(program("(vp-cpy-cr 'main r1) (vp-add-cr 2 r1) (vp-jmp-r r1)"));
      assert.equal(outcome.result.status, 'trapped', describeResult(outcome.result));
    });

    test('vp-call-i and vp-jmp-i through a null pointer trap null-access', () => {
      for (const body of ['(vp-call-i r1 0)', '(vp-jmp-i r1 8)']) {
        assertTrap(run(program(body), { registers: { 1: 0n } }), 'null-access', body, textBase);
      }
    });
  });

  describe('vp-nop and vp-brk', () => {
    test('vp-nop changes nothing but the fuel', () => {
      const registers = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [i, BigInt(i) * -3n]));
      const outcome = run(program('(vp-nop) (vp-nop) (vp-nop)'), { registers });
      assertHalted(outcome, 'nop');
      assert.deepEqual([...outcome.machine.R], [...Object.values(registers), BigInt(memorySize)]);
      assert.equal(outcome.machine.fuelUsed, 4);
    });

    test('vp-brk stops with its code, and run() again continues after it (fast and hooked loops)', () => {
      const codes =
        '(vp-brk -1) (vp-add-cr 1 r0) (vp-brk 0x123456789abc) (vp-add-cr 1 r0) (vp-brk -8388608) (vp-add-cr 1 r0) (vp-brk 8388607)';
      const module = program(`(vp-cpy-cr 1 r0) (vp-brk 7) (vp-add-cr 1 r0) ${codes} (vp-add-cr 1 r0)`);
      const machines = [
        new Machine(module, { memorySize, stackSize }),
        new Machine(module, { memorySize, stackSize }),
      ];
      recordExecution(machines[1]!);
      const runs = machines.map((m, i) => () => (i === 0 ? m.run() : m.run({ fuel: twinFuel })));
      const expected: readonly (readonly [string, bigint])[] = [
        ['breakpoint 7', 1n],
        ['breakpoint -1', 2n],
        ['breakpoint 20015998343868', 3n],
        ['breakpoint -8388608', 4n],
        ['breakpoint 8388607', 5n],
        ['halted 6', 6n],
      ];
      for (const [status, r0] of expected) {
        const [fast, hooked] = runs.map((go) => go());
        assertSameRun(
          { machine: machines[0]!, result: fast! },
          { machine: machines[1]!, result: hooked! },
          status,
        );
        assert.equal(describeResult(fast!), status);
        assert.equal(machines[0]!.R[0], r0, `r0 at ${status}`);
      }
    });
  });

  describe('host calls (smoke tests; the host interface has its own tests)', () => {
    const host = {
      'x.f': { cost: 1, call: (_context: unknown, args: readonly bigint[]) => args[0]! + args[1]! },
    };

    test('vp-call-host passes the listed registers and puts the result in r0', () => {
      const outcome = run(program("(vp-call-host 'f (r1 r2))", '', '(import \'f "x.f")'), {
        registers: { 1: 40n, 2: 2n },
        options: { host },
      });
      assertHalted(outcome, 'vp-call-host');
      assert.equal(outcome.machine.R[0], 42n);
    });

    test('host calls pass argument registers of any number (r13 r14: an extension word 0xed2)', () => {
      for (const call of [
        "(vp-call-host 'f (r13 r14))",
        "(vp-lea-p 'f r1) (vp-call-abi r2 r1 0 (r13 r14))",
      ]) {
        const outcome = run(program(call, '', '(import \'f "x.f")'), {
          registers: { 13: 1000n, 14: 7n },
          options: { host },
        });
        assertHalted(outcome, call);
        assert.equal(outcome.machine.R[0], 1007n, call);
      }
    });

    test('vp-call-abi calls the host function whose handle is at [rb + i]', () => {
      const outcome = run(
        program("(vp-lea-p 'f r14) (vp-call-abi r13 r14 0 (r1 r2))", '', '(import \'f "x.f")'),
        {
          registers: { 1: 100n, 2: -1n },
          options: { host },
        },
      );
      assertHalted(outcome, 'vp-call-abi');
      assert.equal(outcome.machine.R[0], 99n);
    });
  });

  describe('fuel accounting', () => {
    test('a hooked run with the default (unlimited) fuel counts fuel like the fast loop', () => {
      const module = program('(vp-add-rr r1 r2) (vp-nop)');
      const fast = new Machine(module, { memorySize, stackSize });
      fast.run();
      const hooked = new Machine(module, { memorySize, stackSize });
      hooked.hook = () => false;
      hooked.run();
      assert.equal(fast.fuelUsed, 3);
      assert.equal(hooked.fuelUsed, 3, 'fuelUsed after a hooked run');
      assert.equal(hooked.fuel, Infinity, 'fuel left after a hooked run');
    });
  });
}
