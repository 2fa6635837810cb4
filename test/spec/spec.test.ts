// Runs every self-checking program in test/spec/ and compares with the expectations in its comments:
//   ; expect: LINE            one line of standard output, in order
//   ; expect exit: N          the exit status (default 0 when no trap or status is expected)
//   ; expect trap: CODE [at WHERE]   the trap code and optionally its symbol+offset
//   ; expect status: STATUS   out-of-fuel or breakpoint
//   ; fuel: N                 the fuel for the run

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { attachCompiledTier } from '../../src/jit/index.js';
import type { Machine } from '../../src/vm/index.js';
import { assembleText, machineFor, repoRoot } from '../support/programs.js';

const specDirectory = new URL('test/spec/', repoRoot);

interface Expectation {
  readonly stdout: string;
  readonly exit: number | undefined;
  readonly trap: { code: string; where: string | undefined } | undefined;
  readonly status: string | undefined;
  readonly fuel: number;
}

/** Read the expectations from a program's comments. */
export function expectationsOf(source: string): Expectation {
  const lines: string[] = [];
  let exit: number | undefined;
  let trap: Expectation['trap'];
  let status: string | undefined;
  let fuel = Infinity;
  for (const line of source.split('\n')) {
    const match = /^\s*;\s*(expect|expect exit|expect trap|expect status|fuel):\s?(.*)$/.exec(line);
    if (match === null) continue;
    const [, key, value = ''] = match;
    if (key === 'expect') lines.push(value);
    else if (key === 'expect exit') exit = Number(value);
    else if (key === 'fuel') fuel = Number(value);
    else if (key === 'expect status') status = value.trim();
    else {
      const [code = '', , where] = value.trim().split(/\s+/);
      trap = { code, where };
    }
  }
  return { stdout: lines.map((l) => `${l}\n`).join(''), exit, trap, status, fuel };
}

const programs = readdirSync(specDirectory).filter((name) => name.endsWith('.s'));

test('the spec suite has programs', () => {
  assert.ok(programs.length >= 10, `found ${programs.length}`);
});

/** The ways a program can be executed; each must give the same observable result. */
const tiers: readonly { name: string; prepare: (machine: Machine) => void }[] = [
  { name: 'interpreter', prepare: () => undefined },
  { name: 'hooked interpreter', prepare: (machine) => (machine.hook = () => false) },
  { name: 'compiled tier', prepare: (machine) => void attachCompiledTier(machine) },
];

for (const name of programs) {
  for (const tier of tiers) {
    test(`spec ${name} (${tier.name})`, () => runSpec(name, tier.prepare));
  }
}

function runSpec(name: string, prepare: (machine: Machine) => void): void {
  const source = readFileSync(new URL(name, specDirectory), 'utf8');
  const expected = expectationsOf(source);
  const module = assembleText(source, `test/spec/${name}`);
  const { machine, output } = machineFor(module, {}, 'spec input\n');
  prepare(machine);
  const result = machine.run({ fuel: expected.fuel });
  assert.equal(output.stdout, expected.stdout, 'standard output');
  if (expected.trap !== undefined) {
    assert.equal(result.status, 'trapped', `expected trap ${expected.trap.code}`);
    if (result.status === 'trapped') {
      assert.equal(result.trap.code, expected.trap.code);
      if (expected.trap.where !== undefined)
        assert.equal(result.trap.backtrace[0]?.where, expected.trap.where);
    }
  } else if (expected.status !== undefined) {
    assert.equal(result.status, expected.status);
  } else {
    assert.deepEqual(result, { status: 'halted', exitCode: expected.exit ?? 0 });
  }
}
