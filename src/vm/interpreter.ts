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

/** A compiled loop: runs from `m.ip` with `budget` fuel and returns an exit reason. */
export type InterpreterLoop = (
  machine: unknown,
  budget: number,
  hook: ((ip: number) => boolean) | null,
) => number;

/** The JavaScript source of a loop (exposed for inspection and tests). */
export function interpreterSource(constants: LoopConstants, hooked: boolean): string {
  const refund = hooked ? '0' : '(RUN[ip] - 1)';
  const writer: CaseWriter = {
    next: () => 'ip += L[ip]; continue;',
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
    cases.push(`case ${info.opcode}: { /* ${mnemonic} */ ${registers}\n${write(writer)}\ncontinue; }`);
  }
  const { TB, NB, LO, DB, HI, SL } = constants;
  return `'use strict';
const TB = ${TB}, NB = ${NB}, LO = ${LO}, DB = ${DB}, HI = ${HI}, SL = ${SL}, N = ${NB / 4};
return function ${hooked ? 'interpretHooked' : 'interpretFast'}(m, budget, hook) {
  const R = m.R, R32 = m.R32, F = m.F, CODE = m.text.code, K = m.text.constants, KN = m.text.smallConstants;
  const T = m.text.targets, L = m.text.lengths, RUN = m.text.runs;
  const M8 = m.M8, M32 = m.M32, M64 = m.M64, DV = m.DV, h = m.helpers;
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
};`;
}

/** Compile a loop for one machine. */
export function compileInterpreter(constants: LoopConstants, hooked: boolean): InterpreterLoop {
  return new Function(interpreterSource(constants, hooked))() as InterpreterLoop;
}
