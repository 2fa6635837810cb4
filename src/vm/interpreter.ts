// Builds the two interpreter loops from the per-instruction cases: the fast loop (fuel charged per run of
// straight-line code, no hooks) and the hooked loop (fuel per instruction, a hook before each one).
// Each machine gets its own compiled functions, so V8's type feedback stays monomorphic (PERF-NOTES.md).

import { byMnemonic, layouts, type Mnemonic } from '../isa/index.js';
import { interpreterCases, type CaseWriter } from './semantics.js';

/** Why an interpreter loop returned. */
export const exitReason = {
  /** The next run (or a host call's cost) needs more fuel than the budget: `m.need` says how much. */
  needFuel: 1,
  trap: 2,
  halt: 3,
  suspend: 4,
  breakpoint: 5,
  /** The hook asked to stop before the instruction at `m.ip`. */
  hook: 6,
} as const;

/** Address-space constants baked into the generated code as literals. */
export interface LoopConstants {
  /** Text base address. */
  readonly TB: number;
  /** Text size in bytes. */
  readonly NB: number;
  /** Lowest readable address. */
  readonly LO: number;
  /** Lowest writable address. */
  readonly DB: number;
  /** Memory size. */
  readonly HI: number;
  /** Stack limit: rsp may not go below it. */
  readonly SL: number;
}

/** A compiled loop: runs from the machine's `ip` with `budget` fuel and returns an exit reason. */
export type InterpreterLoop = (budget: number, hook: ((ip: number) => boolean) | null) => number;

/** The JavaScript source of a loop (exposed for inspection and tests). */
export function interpreterSource(constants: LoopConstants, hooked: boolean): string {
  const refund = hooked ? '0' : '(RUN[ip] - 1)';
  const writer: CaseWriter = {
    next: () => 'ip += STEP; continue;',
    enter: () =>
      hooked
        ? 'continue;'
        : 'if (fuel < RUN[ip]) { m.ip = ip; m.left = fuel; m.need = RUN[ip]; return 1; } fuel -= RUN[ip]; continue;',
    trap: (code, detail) => `{ m.left = fuel + ${refund}; return h.trap(m, ip, '${code}', ${detail}); }`,
    helper: (call) => `m.ip = ip; m.left = fuel;
      { const r = ${call}; if (r !== 0) { if (r === 2) m.left += ${refund}; return r; } }
      ip = m.ip; fuel = m.left;`,
  };
  const cases: string[] = [];
  for (const [mnemonic, write] of Object.entries(interpreterCases) as [
    Mnemonic,
    (g: CaseWriter) => string,
  ][]) {
    const info = byMnemonic.get(mnemonic)!;
    const fieldNames = new Map([
      [8, 'a'],
      [12, 'b'],
      [16, 'c'],
    ]);
    const registers = layouts[info.layout]
      .filter((f) => f.kind === 'reg')
      .map((f) => `const ${fieldNames.get(f.shift)} = (w >>> ${f.shift}) & 15;`)
      .join(' ');
    // Layouts without value operands are always one word long; others may carry extension words.
    const step = layouts[info.layout].every((f) => f.kind === 'reg') ? '1' : 'L[ip]';
    const body = write(writer).replaceAll('STEP', step);
    cases.push(`case ${info.opcode}: { /* ${mnemonic} */ ${registers}\n${body}\ncontinue; }`);
  }
  const { TB, NB, LO, DB, HI, SL } = constants;
  // Shifts by a variable BigInt amount cost ~20 ns in V8; by a literal ~1 ns, hence a switch of literal shifts.
  const shiftCases = (expression: string): string =>
    Array.from({ length: 64 }, (_, n) => `case ${n}: R[d] = ${expression.replace('$N', `${n}n`)}; return;`).join(' ');
  return `'use strict';
const TB = ${TB}, NB = ${NB}, LO = ${LO}, DB = ${DB}, HI = ${HI}, SL = ${SL}, N = ${NB / 4};
const P = new BigInt64Array(64);
for (let n = 0; n < 64; n++) P[n] = BigInt.asIntN(64, 1n << BigInt(n));
return function bind(m) {
  const R = m.R, R32 = m.R32, F = m.F, CODE = m.text.code, K = m.text.constants, KN = m.text.smallConstants;
  const S = m.text.shifts, T = m.text.targets, L = m.text.lengths, RUN = m.text.runs;
  const M8 = m.M8, M32 = m.M32, M64 = m.M64, DV = m.DV, h = m.helpers;
  function shiftRightLogical(d, s, n) {
    switch (n) { ${shiftCases('BigInt.asIntN(64, BigInt.asUintN(64, R[s]) >> $N)')} }
  }
  function shiftRightArithmetic(d, s, n) {
    switch (n) { ${shiftCases('R[s] >> $N')} }
  }
  return function ${hooked ? 'interpretHooked' : 'interpretFast'}(budget, hook) {
    let ip = m.ip, fuel = budget, addr = 0;
    ${
      hooked
        ? 'let skip = m.skipHook; m.skipHook = false;'
        : 'if (fuel < RUN[ip]) { m.left = fuel; m.need = RUN[ip]; return 1; } fuel -= RUN[ip];'
    }
    for (;;) {
      ${
        hooked
          ? `if (hook !== null && !skip && hook(ip)) { m.ip = ip; m.left = fuel; return 6; }
      skip = false;
      if (fuel < 1) { m.ip = ip; m.left = fuel; m.need = 1; return 1; }
      fuel -= 1;`
          : ''
      }
      const w = CODE[ip];
      switch (w & 255) {
${cases.join('\n')}
        default:
          if (ip >= N) { m.left = fuel + ${refund}; return h.trap(m, ip, 'execute-outside-text', 'ran off the end of text'); }
          { m.left = fuel + ${refund}; return h.trap(m, ip, 'invalid-instruction', 'opcode ' + (w & 255)); }
      }
    }
  };
};`;
}

/** Compile a loop bound to one machine (whose registers, text tables and memory views it captures). */
export function compileInterpreter(machine: unknown, constants: LoopConstants, hooked: boolean): InterpreterLoop {
  const bind = new Function(interpreterSource(constants, hooked))() as (m: unknown) => InterpreterLoop;
  return bind(machine);
}
