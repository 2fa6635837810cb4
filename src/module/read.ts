// Decodes and validates .tsm bytes into a Module. Whatever the input, it returns a Module or throws
// ModuleFormatError: every count is checked against the bytes present before anything is allocated.

import { ByteReader } from './bytes.js';
import { formatError } from './errors.js';
import {
  functionEntrySize,
  headerField,
  headerSize,
  importEntrySize,
  knownModuleFlags,
  lineEntrySize,
  moduleFlags,
  moduleFormatVersion,
  moduleLimits,
  moduleMagic,
  noEntry,
  noFunction,
  symbolEntrySize,
  symbolFlags,
  variableEntrySize,
} from './format.js';
import {
  importKinds,
  sectionNames,
  symbolKinds,
  variableLocationKinds,
  type DebugInfo,
  type DebugVariable,
  type FunctionRange,
  type LineEntry,
  type Module,
  type ModuleImport,
  type ModuleSymbol,
  type VariableLocation,
} from './types.js';
import {
  checkEntry,
  checkFunctionRange,
  checkImportSlot,
  checkLineEntry,
  checkNameLength,
  checkSegmentSizes,
  checkSymbolRange,
  checkVariable,
  functionLabel,
  importLabel,
  symbolLabel,
  type SectionSizes,
} from './verify.js';

/** Decode `bytes` as a module, checking every rule in docs/MODULE.md; throws only ModuleFormatError. */
export function readModule(bytes: Uint8Array): Module {
  if (!(bytes instanceof Uint8Array)) throw formatError('notBytes', undefined);
  const header = readHeader(bytes);
  checkLayout(bytes, header);

  const strings = new StringTableReader(bytes, header.strings.offset, header.strings.size);
  const name = strings.resolve('module name', header.nameRef, headerField.name);
  checkNameLength('module name', name.byteLength, true, headerField.name);

  const symbols = readSymbols(bytes, header, strings);
  const imports = readImports(bytes, header, strings);
  // Plain copies: `slice` of a Node.js file buffer (a Uint8Array subclass) would share the file's memory.
  const data = new Uint8Array(bytes.subarray(header.data.offset, header.data.offset + header.data.size));
  const text = new Uint8Array(bytes.subarray(header.text.offset, header.text.offset + header.text.size));
  const debug = header.hasDebug ? readDebugSection(bytes, header, strings) : undefined;
  return {
    name: name.text,
    programNumber: header.programNumber,
    programVersion: header.programVersion,
    entry: header.entry,
    text,
    data,
    bssSize: header.sizes.bss,
    symbols,
    imports,
    debug,
  };
}

/** Where one section lies in the file. */
interface SectionPlace {
  readonly name: string;
  readonly offset: number;
  readonly size: number;
  /** Header offset of the section's offset field, for errors. */
  readonly offsetField: number;
}

interface Header {
  readonly hasDebug: boolean;
  readonly programNumber: number;
  readonly programVersion: number;
  readonly entry: number | undefined;
  readonly sizes: SectionSizes;
  readonly nameRef: number;
  readonly symbolCount: number;
  readonly importCount: number;
  readonly strings: SectionPlace;
  readonly symbols: SectionPlace;
  readonly imports: SectionPlace;
  readonly data: SectionPlace;
  readonly text: SectionPlace;
  readonly debug: SectionPlace;
}

function readHeader(bytes: Uint8Array): Header {
  for (let i = 0; i < moduleMagic.length; i++) {
    if (bytes[i] !== moduleMagic[i]) throw formatError('badMagic', Math.min(i, bytes.length));
  }
  const reader = new ByteReader(bytes, moduleMagic.length, headerSize, 'the header');
  const version = reader.u16();
  if (version !== moduleFormatVersion) throw formatError('badVersion', headerField.version, version);
  const flags = reader.u16();
  if ((flags & ~knownModuleFlags) !== 0)
    throw formatError('unknownFlags', headerField.flags, flags & ~knownModuleFlags);
  const programNumber = reader.u32();
  const programVersion = reader.u32();
  const entryField = reader.u32();
  const sizes: SectionSizes = { text: reader.u32(), data: reader.u32(), bss: reader.u32() };
  const nameRef = reader.u32();
  const stringsOffset = reader.u32();
  const stringsSize = reader.u32();
  const symbolsOffset = reader.u32();
  const symbolCount = reader.u32();
  const importsOffset = reader.u32();
  const importCount = reader.u32();
  const dataOffset = reader.u32();
  const textOffset = reader.u32();
  const debugOffset = reader.u32();
  const debugSize = reader.u32();
  if (reader.u32() !== 0) throw formatError('reservedNotZero', headerField.reserved, 'header word');

  checkSegmentSizes(sizes, { text: headerField.textSize, data: headerField.dataSize });
  const entry = entryField === noEntry ? undefined : entryField;
  if (entry !== undefined) checkEntry(entry, sizes.text, headerField.entry);
  const hasDebug = (flags & moduleFlags.hasDebug) !== 0;
  if (!hasDebug && (debugOffset !== 0 || debugSize !== 0))
    throw formatError('debugWithoutFlag', headerField.debugOffset);

  // Counts become sizes here, as plain numbers (no 32-bit overflow), before anything is allocated.
  return {
    hasDebug,
    programNumber,
    programVersion,
    entry,
    sizes,
    nameRef,
    symbolCount,
    importCount,
    strings: {
      name: 'string table',
      offset: stringsOffset,
      size: stringsSize,
      offsetField: headerField.stringsOffset,
    },
    symbols: {
      name: 'symbol table',
      offset: symbolsOffset,
      size: symbolCount * symbolEntrySize,
      offsetField: headerField.symbolsOffset,
    },
    imports: {
      name: 'import table',
      offset: importsOffset,
      size: importCount * importEntrySize,
      offsetField: headerField.importsOffset,
    },
    data: { name: 'data', offset: dataOffset, size: sizes.data, offsetField: headerField.dataOffset },
    text: { name: 'text', offset: textOffset, size: sizes.text, offsetField: headerField.textOffset },
    debug: { name: 'debug', offset: debugOffset, size: debugSize, offsetField: headerField.debugOffset },
  };
}

/** Every section inside the file, after the header, not overlapping; gaps zero; nothing after the last. */
function checkLayout(bytes: Uint8Array, header: Header): void {
  const sections = [header.strings, header.symbols, header.imports, header.data, header.text];
  if (header.hasDebug) sections.push(header.debug);
  let lastEnd = headerSize;
  for (const section of sections) {
    if (section.offset < headerSize)
      throw formatError('sectionOverlapsHeader', section.offsetField, section.name, section.offset);
    if (section.offset + section.size > bytes.length) {
      throw formatError(
        'sectionPastEnd',
        section.offsetField,
        section.name,
        section.offset,
        section.size,
        bytes.length,
      );
    }
    lastEnd = Math.max(lastEnd, section.offset + section.size);
  }
  if (header.text.offset % 4 !== 0)
    throw formatError('textOffsetNotAligned', headerField.textOffset, header.text.offset);

  const occupied = sections.filter((section) => section.size > 0).sort((a, b) => a.offset - b.offset);
  let covered = headerSize;
  let previous: SectionPlace | undefined;
  for (const section of occupied) {
    if (previous !== undefined && section.offset < covered) {
      throw formatError('sectionsOverlap', section.offsetField, previous.name, section.name);
    }
    checkPadding(bytes, covered, section.offset);
    covered = section.offset + section.size;
    previous = section;
  }
  checkPadding(bytes, covered, lastEnd);
  if (bytes.length > lastEnd) throw formatError('trailingBytes', lastEnd, bytes.length - lastEnd, lastEnd);
}

function checkPadding(bytes: Uint8Array, from: number, to: number): void {
  for (let at = from; at < to; at++) {
    if (bytes[at] !== 0) throw formatError('paddingNotZero', at, at);
  }
}

/** A decoded string and its UTF-8 length. */
interface TableString {
  readonly text: string;
  readonly byteLength: number;
}

/**
 * Validates the whole string table up front (each entry a u16 length and well-formed UTF-8, exactly
 * filling the table), then resolves refs, which must point at the start of an entry.
 */
class StringTableReader {
  private readonly bytes: Uint8Array;
  private readonly tableOffset: number;
  /** 1 at each table offset where an entry starts. */
  private readonly starts: Uint8Array;
  /** Each distinct string decoded once, however many refs name it. */
  private readonly decoded = new Map<number, TableString>();
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  constructor(bytes: Uint8Array, tableOffset: number, tableSize: number) {
    this.bytes = bytes;
    this.tableOffset = tableOffset;
    this.starts = new Uint8Array(tableSize);
    const reader = new ByteReader(bytes, tableOffset, tableOffset + tableSize, 'the string table');
    while (reader.remaining > 0) {
      const entryOffset = reader.offset;
      if (reader.remaining < 2) throw formatError('stringPastTable', entryOffset, entryOffset);
      const length = reader.u16();
      if (length > reader.remaining) throw formatError('stringPastTable', entryOffset, entryOffset);
      const content = reader.bytesView(length);
      if (!isAscii(content)) this.decode(content, entryOffset);
      this.starts[entryOffset - tableOffset] = 1;
    }
  }

  /** The string at table offset `ref`; `what` and `at` (the ref's file offset) name it in errors. */
  resolve(what: string, ref: number, at: number): TableString {
    if (ref >= this.starts.length || this.starts[ref] !== 1) throw formatError('badStringRef', at, what, ref);
    let found = this.decoded.get(ref);
    if (found === undefined) {
      const entryOffset = this.tableOffset + ref;
      const byteLength = this.bytes[entryOffset]! | (this.bytes[entryOffset + 1]! << 8);
      const content = this.bytes.subarray(entryOffset + 2, entryOffset + 2 + byteLength);
      found = { text: this.decode(content, entryOffset), byteLength };
      this.decoded.set(ref, found);
    }
    return found;
  }

  private decode(content: Uint8Array, entryOffset: number): string {
    try {
      return this.decoder.decode(content);
    } catch {
      throw formatError('badUtf8', entryOffset, entryOffset);
    }
  }
}

function isAscii(content: Uint8Array): boolean {
  for (let i = 0; i < content.length; i++) if (content[i]! >= 0x80) return false;
  return true;
}

function readSymbols(bytes: Uint8Array, header: Header, strings: StringTableReader): ModuleSymbol[] {
  const { offset, size } = header.symbols;
  const reader = new ByteReader(bytes, offset, offset + size, 'the symbol table');
  const symbols: ModuleSymbol[] = [];
  const names = new Set<string>();
  for (let index = 0; index < header.symbolCount; index++) {
    const entryOffset = reader.offset;
    const nameRef = reader.u32();
    const symbolOffset = reader.u32();
    const symbolSize = reader.u32();
    const sectionCode = reader.u8();
    const kindCode = reader.u8();
    const flags = reader.u8();
    const reserved = reader.u8();
    const name = strings.resolve(`${symbolLabel(index)} name`, nameRef, entryOffset);
    const what = symbolLabel(index, name.text.slice(0, moduleLimits.nameBytes));
    checkNameLength(what, name.byteLength, false, entryOffset);
    const section = sectionNames[sectionCode];
    if (section === undefined) throw formatError('badSection', entryOffset + 12, what, sectionCode);
    const kind = symbolKinds[kindCode];
    if (kind === undefined) throw formatError('badSymbolKind', entryOffset + 13, what, kindCode);
    if ((flags & ~symbolFlags.exported) !== 0) {
      throw formatError('badSymbolFlags', entryOffset + 14, what, flags & ~symbolFlags.exported);
    }
    if (reserved !== 0) throw formatError('reservedNotZero', entryOffset + 15, `byte of ${what}`);
    checkSymbolRange(what, section, symbolOffset, symbolSize, header.sizes, entryOffset + 4);
    if (names.has(name.text)) throw formatError('duplicateSymbol', entryOffset, name.text);
    names.add(name.text);
    symbols.push({
      name: name.text,
      section,
      offset: symbolOffset,
      size: symbolSize,
      kind,
      exported: (flags & symbolFlags.exported) !== 0,
    });
  }
  return symbols;
}

function readImports(bytes: Uint8Array, header: Header, strings: StringTableReader): ModuleImport[] {
  const { offset, size } = header.imports;
  const reader = new ByteReader(bytes, offset, offset + size, 'the import table');
  const imports: ModuleImport[] = [];
  const names = new Set<string>();
  const slots = new Set<number>();
  for (let index = 0; index < header.importCount; index++) {
    const entryOffset = reader.offset;
    const nameRef = reader.u32();
    const slot = reader.u32();
    const kindCode = reader.u8();
    const reserved = reader.u8() | reader.u8() | reader.u8();
    const name = strings.resolve(`${importLabel(index)} name`, nameRef, entryOffset);
    const what = importLabel(index, name.text.slice(0, moduleLimits.nameBytes));
    checkNameLength(what, name.byteLength, false, entryOffset);
    const kind = importKinds[kindCode];
    if (kind === undefined) throw formatError('badImportKind', entryOffset + 8, what, kindCode);
    if (reserved !== 0) throw formatError('reservedNotZero', entryOffset + 9, `bytes of ${what}`);
    checkImportSlot(what, slot, header.sizes.data, entryOffset + 4);
    if (names.has(name.text)) throw formatError('duplicateImport', entryOffset, name.text);
    if (slots.has(slot)) throw formatError('duplicateImportSlot', entryOffset + 4, what, slot);
    names.add(name.text);
    slots.add(slot);
    imports.push({ name: name.text, kind, slot });
  }
  return imports;
}

function readDebugSection(bytes: Uint8Array, header: Header, strings: StringTableReader): DebugInfo {
  const { offset, size } = header.debug;
  const reader = new ByteReader(bytes, offset, offset + size, 'the debug section');
  const textSize = header.sizes.text;

  const fileCount = readCount(reader, 4);
  const files: string[] = [];
  for (let index = 0; index < fileCount; index++) {
    const at = reader.offset;
    files.push(strings.resolve(`debug file ${index}`, reader.u32(), at).text);
  }

  const lineCount = readCount(reader, lineEntrySize);
  const lines: LineEntry[] = [];
  let previousOffset = 0;
  for (let index = 0; index < lineCount; index++) {
    const at = reader.offset;
    const line: LineEntry = {
      offset: reader.u32(),
      file: reader.u32(),
      line: reader.u32(),
      column: reader.u32(),
    };
    checkLineEntry(`line entry ${index}`, line.offset, line.file, previousOffset, fileCount, textSize, {
      offset: at,
      file: at + 4,
    });
    previousOffset = line.offset;
    lines.push(line);
  }

  const functionCount = readCount(reader, functionEntrySize);
  const functions: FunctionRange[] = [];
  for (let index = 0; index < functionCount; index++) {
    const at = reader.offset;
    const name = strings.resolve(`${functionLabel(index)} name`, reader.u32(), at);
    const what = functionLabel(index, name.text.slice(0, moduleLimits.nameBytes));
    checkNameLength(what, name.byteLength, false, at);
    const start = reader.u32();
    const end = reader.u32();
    checkFunctionRange(what, start, end, textSize, at + 4);
    functions.push({ name: name.text, start, end });
  }

  // The type and variable arrays are optional.
  if (reader.remaining === 0) return { files, lines, functions };
  const typeCount = readCount(reader, 4);
  const types: string[] = [];
  for (let index = 0; index < typeCount; index++) {
    const at = reader.offset;
    types.push(strings.resolve(`debug type ${index}`, reader.u32(), at).text);
  }
  const variableCount = readCount(reader, variableEntrySize);
  const variables: DebugVariable[] = [];
  for (let index = 0; index < variableCount; index++) {
    const at = reader.offset;
    const name = strings.resolve(`debug variable ${index} name`, reader.u32(), at).text;
    const type = reader.u32();
    const fn = reader.u32();
    const kind = reader.u32();
    const value = reader.u32();
    checkVariable(`debug variable ${index} "${name}"`, type, fn, kind, typeCount, functionCount, at + 4);
    const location = variableLocation(variableLocationKinds[kind]!, value);
    const scope = {
      startLine: reader.u32(),
      startColumn: reader.u32(),
      endLine: reader.u32(),
      endColumn: reader.u32(),
    };
    variables.push({ name, type, function: fn === noFunction ? -1 : fn, location, scope });
  }
  if (reader.remaining > 0)
    throw formatError('debugTrailingBytes', reader.offset, reader.remaining, reader.offset);
  return { files, lines, functions, types, variables };
}

function variableLocation(kind: VariableLocation['kind'], value: number): VariableLocation {
  switch (kind) {
    case 'frame':
      return { kind, offset: value | 0 };
    case 'static':
      return { kind, address: value };
    case 'none':
      return { kind };
  }
}

/** Read a u32 count of `entrySize`-byte entries, rejecting it unless that many bytes remain. */
function readCount(reader: ByteReader, entrySize: number): number {
  const at = reader.offset;
  const count = reader.u32();
  if (count * entrySize > reader.remaining) {
    throw formatError('truncated', at, 'the debug section', count * entrySize - reader.remaining);
  }
  return count;
}
