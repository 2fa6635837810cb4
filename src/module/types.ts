// The in-memory form of a module (.tsm): what the assembler produces, the writer serialises,
// the reader validates and returns, and the machine loads.

/** The sections a symbol can live in. */
export type SectionName = 'text' | 'data' | 'bss';

/** What a symbol names. */
export type SymbolKind = 'procedure' | 'label' | 'data' | 'string';

/** Every symbol kind, in their numeric encoding order. */
export const symbolKinds: readonly SymbolKind[] = ['procedure', 'label', 'data', 'string'];

/** Every section, in their numeric encoding order. */
export const sectionNames: readonly SectionName[] = ['text', 'data', 'bss'];

/** A named place in a section. */
export interface ModuleSymbol {
  readonly name: string;
  readonly section: SectionName;
  /** Byte offset from the start of its section. */
  readonly offset: number;
  /** Size in bytes (0 when unknown). */
  readonly size: number;
  readonly kind: SymbolKind;
  readonly exported: boolean;
}

/** What an import refers to. */
export type ImportKind = 'host' | 'procedure';

/** Every import kind, in their numeric encoding order. */
export const importKinds: readonly ImportKind[] = ['host', 'procedure'];

/** A host function (or another module's procedure) the module calls, resolved at load time. */
export interface ModuleImport {
  /** Qualified name, e.g. `tessera.write`. */
  readonly name: string;
  readonly kind: ImportKind;
  /** Offset in the data section of the 8-byte link slot the loader fills with the handle. */
  readonly slot: number;
}

/** One row of the line table: the source position of the code starting at `offset`. */
export interface LineEntry {
  /** Byte offset in text. */
  readonly offset: number;
  /** Index into `DebugInfo.files`. */
  readonly file: number;
  readonly line: number;
  readonly column: number;
}

/** A function's name and text range, for stack traces. */
export interface FunctionRange {
  readonly name: string;
  /** Byte offsets in text: start inclusive, end exclusive. */
  readonly start: number;
  readonly end: number;
}

/** Where a variable lives. */
export type VariableLocation =
  /** In its function's frame: at the frame's address (rsp at the function's entry) plus `offset`. */
  | { readonly kind: 'frame'; readonly offset: number }
  /** At a fixed byte address (globals and statics). */
  | { readonly kind: 'static'; readonly address: number }
  /** Nowhere the debugger can find it (kept in a register by optimised code). */
  | { readonly kind: 'none' };

/** Every location kind, in their numeric encoding order. */
export const variableLocationKinds: readonly VariableLocation['kind'][] = ['frame', 'static', 'none'];

/** The source range where a variable is visible: from its declaration to the end of its block. */
export interface SourceScope {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A named variable for the debugger. */
export interface DebugVariable {
  readonly name: string;
  /** Index into `DebugInfo.types`. */
  readonly type: number;
  /** Index into `DebugInfo.functions` of the function it is local to, or -1 for a global or file static. */
  readonly function: number;
  readonly location: VariableLocation;
  readonly scope: SourceScope;
}

/** The optional debug section. */
export interface DebugInfo {
  readonly files: readonly string[];
  /** Sorted by offset. */
  readonly lines: readonly LineEntry[];
  readonly functions: readonly FunctionRange[];
  /**
   * Type descriptors of the variables (docs/MODULE.md "Type descriptors"); they refer to each other by index.
   * Absent in modules without variable information.
   */
  readonly types?: readonly string[];
  readonly variables?: readonly DebugVariable[];
}

/** A whole module. */
export interface Module {
  readonly name: string;
  /** RPC program number and version (0 when the module is not an RPC program). */
  readonly programNumber: number;
  readonly programVersion: number;
  /** Text offset of the entry procedure, or undefined for none. */
  readonly entry: number | undefined;
  /** Code and read-only data; its length is a multiple of 4. */
  readonly text: Uint8Array;
  /** Initial bytes of the data segment. */
  readonly data: Uint8Array;
  /** Size of the zero-filled part after data. */
  readonly bssSize: number;
  readonly symbols: readonly ModuleSymbol[];
  readonly imports: readonly ModuleImport[];
  readonly debug: DebugInfo | undefined;
}
