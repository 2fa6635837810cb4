// Assembler diagnostics: one table of stable codes and messages, and the `file:line:col: error ASMnnn:`
// format with the source line and a caret.

/** A position in a source file (line and column count from 1). */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Every assembler diagnostic, by code. `{0}`, `{1}` are filled from the arguments. */
export const messages = {
  ASM001: 'unexpected character {0}',
  ASM002: 'unterminated string',
  ASM003: 'unknown escape sequence \\{0}',
  ASM004: 'unbalanced parentheses: missing ")"',
  ASM005: 'unexpected ")"',
  ASM006: 'expected a form like (vp-add-rr r0 r1), found {0}',
  ASM007: 'unknown instruction or directive {0}',
  ASM008: '{0} takes {1}, found {2} operands',
  ASM009: 'expected a register (r0..r14 or rsp), found {0}',
  ASM010: 'undefined name {0}',
  ASM011: '{0} is already defined',
  ASM012: 'invalid number {0}',
  ASM013: 'expected a constant expression, found {0}',
  ASM014: 'division by zero in a constant expression',
  ASM015: 'unknown operator {0} in a constant expression',
  ASM016: 'value {0} does not fit in {1}',
  ASM017: 'branch target {0} is not a word-aligned address in text',
  ASM018: 'cannot read include file {0}: {1}',
  ASM019: 'include cycle: {0} includes itself',
  ASM020: 'unknown section {0} (expected text, data or bss)',
  ASM021: '{0} is not allowed in the bss section: it only reserves zeroed space',
  ASM022: 'alignment {0} must be a power of two from 1 to 4096',
  ASM023: 'expected a string, found {0}',
  ASM024: "expected a name like 'loop, found {0}",
  ASM025: 'register list needs {0} to {1} registers',
  ASM026: 'expected a register list like (r0 r1), found {0}',
  ASM027: '{0} is not an import',
  ASM028: 'instructions belong in the text section, not {0}',
  ASM029: 'exported name {0} is never defined',
  ASM030: 'entry {0} is not a word-aligned label inside text',
  ASM031: 'unknown symbol kind {0} (expected procedure, label, data or string)',
  ASM032: 'a constant expression depends on itself through {0}',
  ASM033: '{0} must be a non-negative constant known without labels',
  ASM034: 'unknown import kind {0} (expected host or procedure)',
  ASM035: 'the module is too large: {0}',
  ASM036: '{0} is already imported (as {1})',
  ASM037: 'expression nested too deeply (more than {0} levels of lists and constants)',
  ASM038: 'a name must be 1 to 255 bytes of UTF-8, not {0} bytes',
  ASM039: 'includes nested too deeply (more than {0} levels)',
  ASM040: '{0} is already defined in this file',
  ASM041: 'unknown variable location kind {0} (expected frame, static or none)',
  ASM042: '{0} must be a constant from -2147483648 to 2147483647',
  ASM043: 'debug type {0} is not defined in this file',
  ASM044: 'debug variable {0} is local but not inside a function',
} as const;

/** A diagnostic code. */
export type DiagnosticCode = keyof typeof messages;

/** One error found in assembly source. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly location: SourceLocation;
}

/** Make a diagnostic from its code and arguments. */
export function diagnostic(code: DiagnosticCode, location: SourceLocation, ...args: string[]): Diagnostic {
  const message = messages[code].replace(/\{(\d)\}/g, (_, n: string) => args[Number(n)] ?? '');
  return { code, message, location };
}

/**
 * Format a diagnostic as `file:line:col: error ASMnnn: message`, followed by the source line and a caret
 * when the source text is known.
 */
export function formatDiagnostic(d: Diagnostic, sourceText?: string): string {
  const { line, column } = d.location;
  // A file name with control characters (an include path can hold any string) must not break the line.
  const file = Array.from(d.location.file, (c) =>
    c < ' ' || c === '\x7f' ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : c,
  ).join('');
  let text = `${file}:${line}:${column}: error ${d.code}: ${d.message}`;
  const sourceLine = sourceText?.split('\n')[line - 1];
  if (sourceLine !== undefined) {
    const shown = sourceLine.replace(/\t/g, ' ').replace(/\r$/, '');
    text += `\n  ${shown}\n  ${' '.repeat(Math.max(0, column - 1))}^`;
  }
  return text;
}
