// The code generator: a typed translation unit (ast.ts) to VP assembly text following docs/ABI.md.
// Each function is lowered to intermediate code over virtual registers, cleaned up (optimise.ts); calls to
// small leaf functions take in their code (inline.ts); then each is allocated and printed.

import type { FunctionDefinition, StringLiteral, TranslationUnit } from '../ast.js';
import { cDiagnostic, type CDiagnostic } from '../diagnostics.js';
import { allocateRegisters } from './allocate.js';
import { Unsupported, type FunctionEmitter, type UnitLabels } from './context.js';
import { emitObjects, emitStrings } from './data.js';
import { inlineCalls } from './inline.js';
import { optimise } from './optimise.js';
import { emitFunctionCode } from './statements.js';
import { DebugTypes, scopedVariables } from './debug-info.js';
import { emitFunctionText, quote } from './text.js';

/** A global's scope: the whole program. */
const maxU32 = 0xffffffff;

/** Options for `emitUnit`. */
export interface EmitOptions {
  /** Distinguishes this unit's compiler-made labels: `.L<unitNumber>...`. */
  readonly unitNumber: number;
  /** Emit `(loc ...)`, `debug-type` and `debug-var` directives (default true). */
  readonly debug?: boolean;
  /** Keep every named variable in the frame, where a debugger can read and change it (default false). */
  readonly variablesInMemory?: boolean;
  /** Run calls to small leaf functions in place (inline.ts; default true, never with `variablesInMemory`). */
  readonly inline?: boolean;
}

/** The unit as VP assembly text, to be assembled together with the other units and the C library. */
export function emitUnit(
  unit: TranslationUnit,
  options: EmitOptions,
): { assembly: string; diagnostics: CDiagnostic[] } {
  const diagnostics: CDiagnostic[] = [];
  const prefix = `.L${options.unitNumber}`;
  let counter = 0;
  const stringLabel = (literal: StringLiteral): string => `${prefix}.str${literal.id}`;
  const labels: UnitLabels = { fresh: () => `${prefix}.${counter++}`, stringLabel };
  const lines: string[] = [`; ${unit.file}`, "(section 'text)"];
  const debug = options.debug ?? true;
  const types = new DebugTypes();
  const localStatics = new Set<number>();
  const fail = (definition: FunctionDefinition, e: unknown): void => {
    if (e instanceof Unsupported) {
      diagnostics.push(cDiagnostic('error', 'C4001', e.at, e.what));
    } else {
      const message = e instanceof Error ? e.message : String(e);
      diagnostics.push(cDiagnostic('error', 'C4002', definition.at, message));
    }
  };
  // Every function's code first, so that calls can take in the code of the small functions they call
  // (inline.ts; not for the debugger's build, where every call stays a call).
  const emitted: { definition: FunctionDefinition; cx: FunctionEmitter }[] = [];
  for (const definition of unit.functions) {
    try {
      const cx = emitFunctionCode(definition, labels, options.variablesInMemory ?? false);
      optimise(cx.code);
      emitted.push({ definition, cx });
    } catch (e) {
      fail(definition, e);
    }
  }
  if (options.variablesInMemory !== true && options.inline !== false) {
    const codes = emitted.map(({ cx }) => cx.code);
    const kept = new Set(
      emitted.filter(({ definition }) => definition.symbol.noinline).map(({ cx }) => cx.code),
    );
    for (const code of inlineCalls(codes, labels, kept)) optimise(code);
  }
  for (const { definition, cx } of emitted) {
    try {
      const allocation = allocateRegisters(cx.code);
      const variables = debug
        ? scopedVariables(definition).map(({ symbol, scope }) => {
            if (symbol.storage === 'static') localStatics.add(symbol.id);
            return {
              name: symbol.name,
              type: types.idOf(symbol.type),
              home: cx.homeOf(symbol, symbol.at),
              scope,
            };
          })
        : [];
      lines.push(...emitFunctionText(cx.code, allocation, { debug, variables }));
    } catch (e) {
      fail(definition, e);
    }
  }
  try {
    lines.push(...emitStrings(unit.strings, stringLabel), '(vp-align 8)');
    lines.push("(section 'data)", ...emitObjects(unit.objects, 'data', stringLabel, debug));
    lines.push("(section 'bss)", ...emitObjects(unit.objects, 'bss', stringLabel, debug));
    if (debug) {
      // Outside text: the assembler makes these globals, not the last function's.
      for (const { symbol } of unit.objects) {
        if (localStatics.has(symbol.id) || symbol.name === '') continue;
        lines.push(
          `(debug-var ${quote(symbol.name)} ${types.idOf(symbol.type)} static '${symbol.label} 0 0 ${maxU32} ${maxU32})`,
        );
      }
      lines.push(...types.directives());
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    diagnostics.push(cDiagnostic('error', 'C4002', { file: unit.file, line: 1, column: 1 }, message));
  }
  lines.push("(section 'text)", '');
  return { assembly: lines.join('\n'), diagnostics };
}
