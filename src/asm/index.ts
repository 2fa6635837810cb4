// Assembly: the s-expression reader, the assembler, the disassembler and their diagnostics.

export {
  assemble,
  directives,
  type AssembleOptions,
  type AssembleResult,
  type SourceFile,
} from './assemble.js';
export { disassemble, formatInstruction, type DisassembleOptions } from './disassemble.js';
export {
  formatDiagnostic,
  messages,
  type Diagnostic,
  type DiagnosticCode,
  type SourceLocation,
} from './diagnostics.js';
