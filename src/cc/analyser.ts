// The C analyser: the parser's untyped tree to the typed tree of ast.ts, with C's scopes, linkage,
// types, conversions, constant folding and initializers, reporting gcc-like diagnostics. The work is
// split by construct under analyser/; this file is the stage's entry point.

import type { TranslationUnit } from './ast.js';
import { AnalysisError, AnalysisStop, Context } from './analyser/context.js';
import {
  checkStaticAssert,
  finishUnit,
  resolveExternalDeclaration,
  resolveFunctionDefinition,
} from './analyser/declarations.js';
import { cDiagnostic, type CDiagnostic, type CLocation } from './diagnostics.js';
import type { TranslationUnitSyntax } from './syntax.js';

/** How to analyse a unit. */
export interface AnalyseOptions {
  /** The unit's base name for static labels (docs/ABI.md "Names"), e.g. 'list.c' or 'list.c#2'. */
  readonly unitName: string;
  /** The main source path. */
  readonly file: string;
  /** -W: extra warnings (default: the usual gcc default warnings only). */
  readonly warnings?: boolean;
}

/** Analyse a parsed unit. Never throws; `unit` is undefined when there are errors. */
export function analyse(
  syntax: TranslationUnitSyntax,
  options: AnalyseOptions,
): { unit: TranslationUnit | undefined; diagnostics: CDiagnostic[] } {
  const ctx = new Context({
    unitName: options.unitName,
    file: options.file,
    warnings: options.warnings ?? false,
  });
  let at: CLocation = syntax.end;
  try {
    for (const external of syntax.externals) {
      at = external.at;
      try {
        switch (external.kind) {
          case 'declaration':
            resolveExternalDeclaration(ctx, external);
            break;
          case 'functionDefinition':
            resolveFunctionDefinition(ctx, external);
            break;
          case 'staticAssert':
            checkStaticAssert(ctx, external);
            break;
        }
      } catch (error) {
        if (!(error instanceof AnalysisError)) throw error;
      } finally {
        ctx.scopes.length = 1;
        ctx.current = undefined;
      }
    }
    finishUnit(ctx);
  } catch (error) {
    if (!(error instanceof AnalysisStop)) {
      // A JavaScript stack overflow (a pathological tree) or a bug: report it, never crash.
      const message = error instanceof Error ? error.message : String(error);
      ctx.diagnostics.push(
        error instanceof RangeError
          ? cDiagnostic('error', 'C2004', at)
          : cDiagnostic('error', 'C3087', at, message),
      );
    }
  }
  const failed = ctx.diagnostics.some((d) => d.severity === 'error');
  const unit: TranslationUnit | undefined = failed
    ? undefined
    : { file: options.file, functions: ctx.functions, objects: ctx.staticObjects(), strings: ctx.strings };
  return { unit, diagnostics: ctx.diagnostics };
}
