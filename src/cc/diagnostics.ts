// C compiler diagnostics: one table of stable codes and messages for every stage, and the
// gcc-style `file:line:col: error: message` format with the source line and a caret.

/** A position in a C source file (line and column count from 1). */
export interface CLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Every C compiler diagnostic, by code. `{0}`, `{1}` are filled from the arguments.
 * Ranges by stage: C1xxx lexer and preprocessor, C2xxx parser, C3xxx analyser, C4xxx code generator
 * and driver. Add new codes at the end of their range; never renumber.
 */
export const messages = {
  // lexer and preprocessor
  C1001: 'stray {0} in program',
  // parser
  C2001: 'expected {0} before {1}',
  // analyser
  C3001: 'use of undeclared identifier {0}',
  // code generator and driver
  C4001: '{0} is not supported',
} as const;

/** A diagnostic code. */
export type CDiagnosticCode = keyof typeof messages;

/** How bad a diagnostic is: errors stop the compilation after the stage that found them. */
export type Severity = 'error' | 'warning' | 'note';

/** One message about the C source. */
export interface CDiagnostic {
  readonly severity: Severity;
  readonly code: CDiagnosticCode;
  readonly message: string;
  readonly at: CLocation;
}

/** Make a diagnostic from its code and arguments. */
export function cDiagnostic(
  severity: Severity,
  code: CDiagnosticCode,
  at: CLocation,
  ...args: string[]
): CDiagnostic {
  const message = messages[code].replace(/\{(\d)\}/g, (_, n: string) => args[Number(n)] ?? '');
  return { severity, code, message, at };
}

/** Thrown inside a stage to abandon it; the stage catches it and returns its diagnostics. */
export class CompileAbort extends Error {
  constructor(readonly diagnostic: CDiagnostic) {
    super(diagnostic.message);
  }
}

/**
 * Format a diagnostic as `file:line:col: error: message`, followed by the source line and a caret
 * when the source text of the file is known.
 */
export function formatCDiagnostic(d: CDiagnostic, sourceText?: string): string {
  const { line, column } = d.at;
  const file = Array.from(d.at.file, (c) =>
    c < ' ' || c === '\x7f' ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : c,
  ).join('');
  let text = `${file}:${line}:${column}: ${d.severity}: ${d.message}`;
  const sourceLine = sourceText?.split('\n')[line - 1];
  if (sourceLine !== undefined) {
    const shown = sourceLine.replace(/\t/g, ' ').replace(/\r$/, '');
    text += `\n  ${shown}\n  ${' '.repeat(Math.max(0, column - 1))}^`;
  }
  return text;
}
