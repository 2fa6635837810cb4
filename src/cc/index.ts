// The C compiler: C99 sources to VP modules, with the C library linked in.

export {
  compile,
  compileUnit,
  librarySource,
  preprocessUnit,
  systemIncludePath,
  type CompileOptions,
  type CompileResult,
  type LibraryCache,
  type UnitResult,
} from './driver.js';
export {
  formatCDiagnostic,
  messages as cMessages,
  type CDiagnostic,
  type CDiagnosticCode,
  type CLocation,
  type Severity,
} from './diagnostics.js';
export type { SourceFiles } from './preprocessor.js';
