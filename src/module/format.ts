// The .tsm layout constants shared by the reader, the writer and the tests: magic, header fields,
// entry sizes and limits. docs/MODULE.md describes the same layout byte by byte.

/** The first four bytes of every module: "TSM" and 0x1A. */
export const moduleMagic: readonly number[] = [0x54, 0x53, 0x4d, 0x1a];

/** The only format version this reader accepts and this writer produces. */
export const moduleFormatVersion = 1;

/** Bits of the header's flags field. */
export const moduleFlags = {
  hasDebug: 1,
} as const;

/** Every flag bit this version knows; any other bit set is rejected. */
export const knownModuleFlags = moduleFlags.hasDebug;

/** Byte offset of each header field. */
export const headerField = {
  magic: 0,
  version: 4,
  flags: 6,
  programNumber: 8,
  programVersion: 12,
  entry: 16,
  textSize: 20,
  dataSize: 24,
  bssSize: 28,
  name: 32,
  stringsOffset: 36,
  stringsSize: 40,
  symbolsOffset: 44,
  symbolCount: 48,
  importsOffset: 52,
  importCount: 56,
  dataOffset: 60,
  textOffset: 64,
  debugOffset: 68,
  debugSize: 72,
  reserved: 76,
} as const;

/** Size of the fixed header; every section starts at or after it. */
export const headerSize = 80;

/** The header's entry value meaning "no entry procedure". */
export const noEntry = 0xffffffff;

/** Size of one symbol table entry. */
export const symbolEntrySize = 16;

/** Size of one import table entry. */
export const importEntrySize = 12;

/** Size of one line entry in the debug section. */
export const lineEntrySize = 16;

/** Size of one function entry in the debug section. */
export const functionEntrySize = 12;

/** Size of one variable entry in the debug section. */
export const variableEntrySize = 36;

/** A variable entry's function index for globals. */
export const noFunction = 0xffffffff;

/** Alignment the writer gives every section (the reader requires it of text only). */
export const sectionAlignment = 4;

/** Size limits, in bytes. */
export const moduleLimits = {
  textSize: 64 * 1024 * 1024,
  dataAndBssSize: 1024 * 1024 * 1024,
  nameBytes: 255,
  stringBytes: 65535,
} as const;

/** Bits of a symbol entry's flags byte. */
export const symbolFlags = {
  exported: 1,
} as const;

/** Size of an import's link slot in data. */
export const importSlotSize = 8;
