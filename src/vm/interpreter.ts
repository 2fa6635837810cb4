// Builds the interpreter loops from the per-instruction cases: the fast loop (fuel charged per run of
// straight-line code, no hooks), the hooked loop (fuel per instruction, a hook before each one), and the tiered
// loop (the fast loop that also stops where a compiled tier has code).
// Each machine gets its own compiled functions, so V8's type feedback stays monomorphic (PERF-NOTES.md).

import { byMnemonic, layouts, type Mnemonic } from '../isa/index.js';
import { interpreterCases, outOfLine, type CaseWriter } from './semantics.js';
import { shadowCapacity } from './shadow-stack.js';
import type { TrapCode } from './traps.js';

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
  /** The tiered loop reached `m.ip`, where compiled code starts. */
  compiled: 7,
  /** Compiled code left the instruction at `m.ip` to the interpreter. */
  interpret: 8,
} as const;

/** Which loop to build. */
export type LoopKind = 'fast' | 'hooked' | 'tiered';

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

/** The `case` clauses for a set of instructions, written with `writer`. */
function casesFor(mnemonics: readonly Mnemonic[], writer: CaseWriter): string {
  const fieldNames = new Map([
    [8, 'a'],
    [12, 'b'],
    [16, 'c'],
  ]);
  return mnemonics
    .map((mnemonic) => {
      const info = byMnemonic.get(mnemonic)!;
      const registers = layouts[info.layout]
        .filter((f) => f.kind === 'reg')
        .map((f) => `const ${fieldNames.get(f.shift)} = (w >>> ${f.shift}) & 15;`)
        .join(' ');
      // Layouts without value operands are always one word long; others may carry extension words.
      const step = layouts[info.layout].every((f) => f.kind === 'reg') ? '1' : 'L[ip]';
      const body = interpreterCases[mnemonic](writer).replaceAll('STEP', step);
      return `case ${info.opcode}: { /* ${mnemonic} */ ${registers}\n${body} }`;
    })
    .join('\n');
}

/**
 * The JavaScript source of a loop (exposed for inspection and tests). The hot loop holds the common
 * instructions; the rest run in a second function, so the loop's bytecode stays small enough for V8 to
 * optimise it after a short warm-up (its tier-up threshold grows with bytecode size).
 */
export function interpreterSource(constants: LoopConstants, kind: LoopKind): string {
  const hooked = kind === 'hooked';
  const tiered = kind === 'tiered';
  const refund = hooked ? '0' : '(RUN[ip] - 1)';
  const common = {
    trap: (code: TrapCode, detail: string) => `return h.trap(ip, '${code}', ${detail}, fuel + ${refund});`,
    address: (call: string) =>
      `{ m.ip = ip; addr = ${call}; if (addr < 0) return leave(2, ip, fuel + ${refund}); }`,
    helper: (call: string) => `m.ip = ip; m.left = fuel;
      if ((r = ${call}) !== 0) return r === 2 ? leave(2, ip, fuel + ${refund}) : r;
      ip = m.ip; fuel = m.left;`,
  };
  const hot: CaseWriter = {
    ...common,
    next: () => 'ip += STEP; continue;',
    // One shared exit after the loop: a chunk of fuel ends at whichever branch comes next, and a `return`
    // at each branch would be a site without type feedback that deoptimises the loop the first time.
    enter: () =>
      hooked
        ? 'continue;'
        : `if (fuel < RUN[ip]${tiered ? ' || EF[ip] !== 0' : ''}) break run; fuel -= RUN[ip]; continue;`,
  };
  const cold: CaseWriter = {
    ...common,
    next: () => 'return leave(0, ip + STEP, fuel);',
    enter: () =>
      hooked
        ? 'return leave(0, ip, fuel);'
        : `${tiered ? 'if (EF[ip] !== 0) return leave(7, ip, fuel); ' : ''}if (fuel < RUN[ip]) return needFuel(ip, fuel); return leave(0, ip, fuel - RUN[ip]);`,
  };
  const all = Object.keys(interpreterCases) as Mnemonic[];
  const hotCases = casesFor(
    all.filter((mnemonic) => !outOfLine.has(mnemonic)),
    hot,
  );
  const coldCases = casesFor([...outOfLine], cold);
  const { TB, NB, LO, DB, HI, SL } = constants;
  // Shifts by a variable BigInt amount cost ~20 ns in V8; by a literal ~1 ns, hence a switch of literal shifts.
  const shiftCases = (expression: string): string =>
    Array.from(
      { length: 64 },
      (_, n) => `case ${n}: R[d] = ${expression.replace('$N', `${n}n`)}; return;`,
    ).join(' ');
  return `'use strict';
const TB = ${TB}, NB = ${NB}, LO = ${LO}, DB = ${DB}, HI = ${HI}, SL = ${SL}, N = ${NB / 4};
const P = new BigInt64Array(64);
for (let n = 0; n < 64; n++) P[n] = BigInt.asIntN(64, 1n << BigInt(n));
return function bind(m) {
  const R = m.R, R32 = m.R32, F = m.F, CODE = m.text.code, K = m.text.constants, KN = m.text.smallConstants;
  const S = m.text.shifts, T = m.text.targets, L = m.text.lengths, RUN = m.text.runs;
  const M8 = m.M8, M32 = m.M32, M64 = m.M64, DV = m.DV, h = m.helpers;
  const SS = m.shadow.slots, SR = m.shadow.returns, SD = m.shadow.depth, CAP = ${shadowCapacity};
  const EF = m.entryFunctions;
  function leave(reason, ip, left) { m.ip = ip; m.left = left; return reason; }
  function needFuel(ip, left) { m.ip = ip; m.left = left; m.need = RUN[ip]; return 1; }
  function shiftRightLogical(d, s, n) {
    switch (n) { ${shiftCases('BigInt.asIntN(64, BigInt.asUintN(64, R[s]) >> $N)')} }
  }
  function shiftRightArithmetic(d, s, n) {
    switch (n) { ${shiftCases('R[s] >> $N')} }
  }
  function outOfLine(w, ip, fuel) {
    let addr = 0, r = 0;
    switch (w & 255) {
${coldCases}
      default:
        if (ip >= N) return h.trap(ip, 'execute-outside-text', 'ran off the end of text', fuel + ${refund});
        return h.trap(ip, 'invalid-instruction', h.describeInvalid(ip), fuel + ${refund});
    }
  }
  return function ${hooked ? 'interpretHooked' : tiered ? 'interpretTiered' : 'interpretFast'}(budget, hook) {
    let ip = m.ip, fuel = budget, addr = 0, r = 0;
    run: {
    ${
      hooked
        ? 'let skip = m.skipHook; m.skipHook = false;'
        : 'if (fuel < RUN[ip]) break run; fuel -= RUN[ip];'
    }
    for (;;) {
      ${
        hooked
          ? `if (hook !== null && !skip && hook(ip)) return leave(6, ip, fuel);
      skip = false;
      if (fuel < 1) { m.need = 1; return leave(1, ip, fuel); }
      fuel -= 1;`
          : ''
      }
      const w = CODE[ip];
      switch (w & 255) {
${hotCases}
        default:
          if ((r = outOfLine(w, ip, fuel)) !== 0) return r;
          ip = m.ip; fuel = m.left;
      }
    }
    }
    return ${tiered ? 'fuel >= RUN[ip] && EF[ip] !== 0 ? leave(7, ip, fuel) : ' : ''}needFuel(ip, fuel);
  };
};`;
}

/** How many loops this process has compiled; numbers each loop's source. */
let loopsCompiled = 0;

/** Compile a loop bound to one machine (whose registers, text tables and memory views it captures). */
export function compileInterpreter(
  machine: unknown,
  constants: LoopConstants,
  kind: LoopKind,
): InterpreterLoop {
  // V8 caches functions made by `new Function` by their source text, so two machines of one module
  // would share one loop and its type feedback, which made the third machine onwards run 2-3x slower
  // (measured by bench/worker.js). A comment unique to this loop keeps every machine's loop its own.
  const source = `${interpreterSource(constants, kind)}\n// loop ${++loopsCompiled}`;
  const bind = new Function(source)() as (m: unknown) => InterpreterLoop;
  return bind(machine);
}
