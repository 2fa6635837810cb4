// The one error the module reader and writer throw, with its stable codes and one message table.

/** `0x`-prefixed hexadecimal, for offsets and codes in messages. */
export function hex(value: number): string {
  return `0x${value.toString(16)}`;
}

/** Every module-format diagnostic: its stable code and how its message reads. */
export const moduleFormatMessages = {
  notBytes: () => 'input is not a Uint8Array',
  truncated: (region: string, needed: number) => `unexpected end of ${region} (needed ${needed} more bytes)`,
  badMagic: () => 'bad magic (expected "TSM\\x1a")',
  badVersion: (version: number) => `unsupported format version ${version} (expected 1)`,
  unknownFlags: (flags: number) => `unknown flag bits ${hex(flags)} in the header`,
  reservedNotZero: (what: string) => `reserved ${what} is not zero`,
  textTooLarge: (size: number) => `text size ${size} exceeds the limit of 64 MiB`,
  textSizeNotAligned: (size: number) => `text size ${size} is not a multiple of 4`,
  dataTooLarge: (dataSize: number, bssSize: number) =>
    `data size ${dataSize} + bss size ${bssSize} exceeds the limit of 1 GiB`,
  sectionOverlapsHeader: (section: string, offset: number) =>
    `${section} section at ${hex(offset)} overlaps the header`,
  sectionPastEnd: (section: string, offset: number, size: number, fileSize: number) =>
    `${section} section (${size} bytes at ${hex(offset)}) runs past the end of the file (${fileSize} bytes)`,
  sectionsOverlap: (first: string, second: string) => `${first} and ${second} sections overlap`,
  textOffsetNotAligned: (offset: number) => `text section offset ${hex(offset)} is not a multiple of 4`,
  debugWithoutFlag: () => 'debug section offset or size is set but header flag bit 0 (has debug) is clear',
  paddingNotZero: (offset: number) => `padding byte at ${hex(offset)} is not zero`,
  trailingBytes: (count: number, offset: number) =>
    `${count} unexpected bytes after the last section (from ${hex(offset)})`,
  stringPastTable: (offset: number) => `string at ${hex(offset)} runs past the end of the string table`,
  badUtf8: (offset: number) => `string at ${hex(offset)} is not well-formed UTF-8`,
  illFormedString: (what: string) => `${what} is not well-formed Unicode (lone surrogate)`,
  badStringRef: (what: string, ref: number) =>
    `${what}: string ref ${hex(ref)} is not the start of a string in the string table`,
  emptyName: (what: string) => `${what} has an empty name`,
  nameTooLong: (what: string, byteLength: number) => `${what} is ${byteLength} bytes long (at most 255)`,
  stringTooLong: (what: string, byteLength: number) => `${what} is ${byteLength} bytes long (at most 65535)`,
  notU32: (what: string, value: unknown) =>
    `${what} must be an integer from 0 to 0xffffffff (got ${String(value)})`,
  notBytesField: (what: string) => `${what} must be a Uint8Array`,
  notBoolean: (what: string) => `${what} must be a boolean`,
  badSection: (what: string, section: unknown) => `${what} has an unknown section ${String(section)}`,
  badSymbolKind: (what: string, kind: unknown) => `${what} has an unknown kind ${String(kind)}`,
  badSymbolFlags: (what: string, flags: number) => `${what} has unknown flag bits ${hex(flags)}`,
  symbolOutsideSection: (what: string, section: string, end: number, sectionSize: number) =>
    `${what} ends at ${hex(end)}, past the end of ${section} (${hex(sectionSize)} bytes)`,
  duplicateSymbol: (name: string) => `duplicate symbol name "${name}"`,
  entryOutsideText: (entry: number, textSize: number) =>
    `entry ${hex(entry)} is outside text (${hex(textSize)} bytes)`,
  entryNotAligned: (entry: number) => `entry ${hex(entry)} is not a multiple of 4`,
  badImportKind: (what: string, kind: unknown) => `${what} has an unknown kind ${String(kind)}`,
  importSlotNotAligned: (what: string, slot: number) => `${what} slot ${hex(slot)} is not a multiple of 8`,
  importSlotOutsideData: (what: string, slot: number, dataSize: number) =>
    `${what} slot ${hex(slot)} (8 bytes) is outside data (${hex(dataSize)} bytes)`,
  duplicateImportSlot: (what: string, slot: number) => `${what} slot ${hex(slot)} is already used`,
  duplicateImport: (name: string) => `duplicate import name "${name}"`,
  badFileIndex: (what: string, file: number, fileCount: number) =>
    `${what} names file ${file} but the debug section has ${fileCount} files`,
  lineOutsideText: (what: string, offset: number, textSize: number) =>
    `${what} offset ${hex(offset)} is outside text (${hex(textSize)} bytes)`,
  linesNotSorted: (what: string, offset: number, previous: number) =>
    `${what} offset ${hex(offset)} comes before the previous entry's ${hex(previous)} (lines must be sorted)`,
  badFunctionRange: (what: string, start: number, end: number, textSize: number) =>
    `${what} range ${hex(start)}..${hex(end)} is not within text (${hex(textSize)} bytes) with start <= end`,
  badVariableType: (what: string, type: number, typeCount: number) =>
    `${what} names type ${type} but the debug section has ${typeCount} types`,
  badVariableFunction: (what: string, fn: number, functionCount: number) =>
    `${what} names function ${fn} but the debug section has ${functionCount} functions`,
  badVariableLocation: (what: string, kind: number) => `${what} has an unknown location kind ${kind}`,
  debugTrailingBytes: (count: number, offset: number) =>
    `${count} unexpected bytes at the end of the debug section (from ${hex(offset)})`,
  fileTooLarge: (value: number) =>
    `offset or count ${value} does not fit in 32 bits: the module is too large`,
} as const;

/** The stable code of a module-format diagnostic. */
export type ModuleFormatCode = keyof typeof moduleFormatMessages;

/** Raised for bytes that are not a valid module, or a Module that cannot be written. */
export class ModuleFormatError extends Error {
  override readonly name = 'ModuleFormatError';
  /** Which rule was broken; stable across releases. */
  readonly code: ModuleFormatCode;
  /** Offset in the file of the offending byte, when known. */
  readonly offset: number | undefined;

  constructor(code: ModuleFormatCode, detail: string, offset: number | undefined) {
    super(`module: ${detail}`);
    this.code = code;
    this.offset = offset;
  }
}

/** Build the ModuleFormatError for `code`, its message from the table. */
export function formatError<C extends ModuleFormatCode>(
  code: C,
  offset: number | undefined,
  ...args: Parameters<(typeof moduleFormatMessages)[C]>
): ModuleFormatError {
  const message = moduleFormatMessages[code] as (...values: unknown[]) => string;
  return new ModuleFormatError(code, message(...args), offset);
}
