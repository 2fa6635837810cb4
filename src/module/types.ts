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

/** The optional debug section. */
export interface DebugInfo {
  readonly files: readonly string[];
  /** Sorted by offset. */
  readonly lines: readonly LineEntry[];
  readonly functions: readonly FunctionRange[];
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
