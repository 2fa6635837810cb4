// The rules a module must follow beyond its byte layout, shared by the reader (which reports file
// offsets) and the writer (which refuses to write what the reader would reject).

import { formatError } from './errors.js';
import { importSlotSize, moduleLimits, noFunction } from './format.js';
import {
  importKinds,
  sectionNames,
  symbolKinds,
  variableLocationKinds,
  type Module,
  type SectionName,
} from './types.js';

/** The sizes a symbol's offset and size are checked against. */
export interface SectionSizes {
  readonly text: number;
  readonly data: number;
  readonly bss: number;
}

/** UTF-8 length of `text` in bytes, or -1 when it holds a lone surrogate (which UTF-8 cannot encode). */
export function utf8ByteLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) length += 1;
    else if (unit < 0x800) length += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return -1;
      length += 4;
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return -1;
    else length += 3;
  }
  return length;
}

/** Label of symbol `index` in messages. */
export function symbolLabel(index: number, name?: string): string {
  return name === undefined ? `symbol ${index}` : `symbol ${index} "${name}"`;
}

/** Label of import `index` in messages. */
export function importLabel(index: number, name?: string): string {
  return name === undefined ? `import ${index}` : `import ${index} "${name}"`;
}

/** Label of debug function `index` in messages. */
export function functionLabel(index: number, name?: string): string {
  return name === undefined ? `debug function ${index}` : `debug function ${index} "${name}"`;
}

/** Check a name's UTF-8 length: 1..255 bytes (0..255 when `allowEmpty`). */
export function checkNameLength(what: string, byteLength: number, allowEmpty: boolean, at?: number): void {
  if (byteLength === 0 && !allowEmpty) throw formatError('emptyName', at, what);
  if (byteLength > moduleLimits.nameBytes) throw formatError('nameTooLong', at, what, byteLength);
}

/** Check the segment sizes against the limits, and that text is whole words. */
export function checkSegmentSizes(sizes: SectionSizes, at?: { text?: number; data?: number }): void {
  if (sizes.text > moduleLimits.textSize) throw formatError('textTooLarge', at?.text, sizes.text);
  if (sizes.text % 4 !== 0) throw formatError('textSizeNotAligned', at?.text, sizes.text);
  if (sizes.data + sizes.bss > moduleLimits.dataAndBssSize) {
    throw formatError('dataTooLarge', at?.data, sizes.data, sizes.bss);
  }
}

/** Check the entry offset: a word inside text. */
export function checkEntry(entry: number, textSize: number, at?: number): void {
  if (entry >= textSize) throw formatError('entryOutsideText', at, entry, textSize);
  if (entry % 4 !== 0) throw formatError('entryNotAligned', at, entry);
}

/** Check that a symbol's bytes lie inside its section. */
export function checkSymbolRange(
  what: string,
  section: SectionName,
  offset: number,
  size: number,
  sizes: SectionSizes,
  at?: number,
): void {
  const sectionSize = sizes[section];
  if (offset + size > sectionSize)
    throw formatError('symbolOutsideSection', at, what, section, offset + size, sectionSize);
}

/** Check that an import's 8-byte link slot is aligned and inside data. */
export function checkImportSlot(what: string, slot: number, dataSize: number, at?: number): void {
  if (slot % importSlotSize !== 0) throw formatError('importSlotNotAligned', at, what, slot);
  if (slot + importSlotSize > dataSize) throw formatError('importSlotOutsideData', at, what, slot, dataSize);
}

/** Check one line entry against the file count, text size and the previous entry's offset. */
export function checkLineEntry(
  what: string,
  offset: number,
  file: number,
  previousOffset: number,
  fileCount: number,
  textSize: number,
  at?: { offset?: number; file?: number },
): void {
  if (file >= fileCount) throw formatError('badFileIndex', at?.file, what, file, fileCount);
  if (offset >= textSize) throw formatError('lineOutsideText', at?.offset, what, offset, textSize);
  if (offset < previousOffset) throw formatError('linesNotSorted', at?.offset, what, offset, previousOffset);
}

/** Check a function range: start <= end <= text size. */
export function checkFunctionRange(
  what: string,
  start: number,
  end: number,
  textSize: number,
  at?: number,
): void {
  if (start > end || end > textSize) throw formatError('badFunctionRange', at, what, start, end, textSize);
}

/** A debug variable's type, function (`noFunction` for a global) and location kind must exist. */
export function checkVariable(
  what: string,
  type: number,
  fn: number,
  kind: number,
  typeCount: number,
  functionCount: number,
  at?: number,
): void {
  if (type >= typeCount) throw formatError('badVariableType', at, what, type, typeCount);
  if (fn !== noFunction && fn >= functionCount)
    throw formatError('badVariableFunction', at === undefined ? at : at + 4, what, fn, functionCount);
  if (kind >= variableLocationKinds.length)
    throw formatError('badVariableLocation', at === undefined ? at : at + 8, what, kind);
}

/** Throw unless `m` is a Module that writeModule can write and readModule would accept back. */
export function verifyModule(m: Module): void {
  checkBytes('text', m.text);
  checkBytes('data', m.data);
  checkU32('bss size', m.bssSize);
  checkU32('program number', m.programNumber);
  checkU32('program version', m.programVersion);
  const sizes: SectionSizes = { text: m.text.length, data: m.data.length, bss: m.bssSize };
  checkSegmentSizes(sizes);
  if (m.entry !== undefined) {
    checkU32('entry', m.entry);
    checkEntry(m.entry, sizes.text);
  }
  checkNameLength('module name', checkedUtf8Length('module name', m.name), true);

  const symbolNames = new Set<string>();
  m.symbols.forEach((symbol, index) => {
    const what = symbolLabel(index, symbol.name);
    checkNameLength(what, checkedUtf8Length(what, symbol.name), false);
    if (!sectionNames.includes(symbol.section))
      throw formatError('badSection', undefined, what, symbol.section);
    if (!symbolKinds.includes(symbol.kind)) throw formatError('badSymbolKind', undefined, what, symbol.kind);
    checkU32(`${what} offset`, symbol.offset);
    checkU32(`${what} size`, symbol.size);
    if (typeof symbol.exported !== 'boolean') throw formatError('notBoolean', undefined, `${what} exported`);
    checkSymbolRange(what, symbol.section, symbol.offset, symbol.size, sizes);
    if (symbolNames.has(symbol.name)) throw formatError('duplicateSymbol', undefined, symbol.name);
    symbolNames.add(symbol.name);
  });

  const importNames = new Set<string>();
  const importSlots = new Set<number>();
  m.imports.forEach((entry, index) => {
    const what = importLabel(index, entry.name);
    checkNameLength(what, checkedUtf8Length(what, entry.name), false);
    if (!importKinds.includes(entry.kind)) throw formatError('badImportKind', undefined, what, entry.kind);
    checkU32(`${what} slot`, entry.slot);
    checkImportSlot(what, entry.slot, sizes.data);
    if (importNames.has(entry.name)) throw formatError('duplicateImport', undefined, entry.name);
    if (importSlots.has(entry.slot)) throw formatError('duplicateImportSlot', undefined, what, entry.slot);
    importNames.add(entry.name);
    importSlots.add(entry.slot);
  });

  const debug = m.debug;
  if (debug === undefined) return;
  debug.files.forEach((file, index) => {
    const what = `debug file ${index}`;
    const byteLength = checkedUtf8Length(what, file);
    if (byteLength > moduleLimits.stringBytes)
      throw formatError('stringTooLong', undefined, what, byteLength);
  });
  let previousOffset = 0;
  debug.lines.forEach((line, index) => {
    const what = `line entry ${index}`;
    checkU32(`${what} offset`, line.offset);
    checkU32(`${what} file`, line.file);
    checkU32(`${what} line`, line.line);
    checkU32(`${what} column`, line.column);
    checkLineEntry(what, line.offset, line.file, previousOffset, debug.files.length, sizes.text);
    previousOffset = line.offset;
  });
  debug.functions.forEach((range, index) => {
    const what = functionLabel(index, range.name);
    checkNameLength(what, checkedUtf8Length(what, range.name), false);
    checkU32(`${what} start`, range.start);
    checkU32(`${what} end`, range.end);
    checkFunctionRange(what, range.start, range.end, sizes.text);
  });
  const types = debug.types ?? [];
  types.forEach((type, index) => {
    const what = `debug type ${index}`;
    const byteLength = checkedUtf8Length(what, type);
    if (byteLength > moduleLimits.stringBytes)
      throw formatError('stringTooLong', undefined, what, byteLength);
  });
  (debug.variables ?? []).forEach((variable, index) => {
    const what = `debug variable ${index}`;
    checkNameLength(what, checkedUtf8Length(what, variable.name), false);
    checkU32(`${what} type`, variable.type);
    const fn = variable.function === -1 ? noFunction : variable.function;
    checkU32(`${what} function`, fn);
    const kind = variableLocationKinds.indexOf(variable.location?.kind);
    if (kind < 0) throw formatError('badVariableLocation', undefined, what, kind);
    const location = variable.location;
    if (location.kind === 'frame') {
      const offset = location.offset;
      if (!Number.isInteger(offset) || offset < -0x80000000 || offset > 0x7fffffff)
        throw formatError('notU32', undefined, `${what} frame offset`, offset);
    } else if (location.kind === 'static') checkU32(`${what} address`, location.address);
    const scope = variable.scope;
    checkU32(`${what} scope start line`, scope?.startLine);
    checkU32(`${what} scope start column`, scope.startColumn);
    checkU32(`${what} scope end line`, scope.endLine);
    checkU32(`${what} scope end column`, scope.endColumn);
    checkVariable(what, variable.type, fn, kind, types.length, debug.functions.length);
  });
}

function checkedUtf8Length(what: string, text: unknown): number {
  if (typeof text !== 'string') throw formatError('illFormedString', undefined, what);
  const length = utf8ByteLength(text);
  if (length < 0) throw formatError('illFormedString', undefined, what);
  return length;
}

function checkU32(what: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    throw formatError('notU32', undefined, what, value);
  }
}

function checkBytes(what: string, value: unknown): void {
  if (!(value instanceof Uint8Array)) throw formatError('notBytesField', undefined, what);
}
