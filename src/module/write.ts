// Serialises a Module into .tsm bytes: deterministic, de-duplicated strings, every section 4-aligned.

import { alignUp } from '../isa/index.js';
import { ByteWriter } from './bytes.js';
import {
  functionEntrySize,
  headerSize,
  importEntrySize,
  lineEntrySize,
  moduleFlags,
  moduleFormatVersion,
  moduleMagic,
  noEntry,
  noFunction,
  sectionAlignment,
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
  type Module,
} from './types.js';
import { verifyModule } from './verify.js';

/** Encode `m` as .tsm bytes; throws ModuleFormatError (before writing anything) if `m` breaks a rule. */
export function writeModule(m: Module): Uint8Array {
  verifyModule(m);
  const strings = new StringTableWriter();
  const nameRef = strings.add(m.name);

  const symbols = new ByteWriter(m.symbols.length * symbolEntrySize);
  for (const symbol of m.symbols) {
    symbols.u32(strings.add(symbol.name));
    symbols.u32(symbol.offset);
    symbols.u32(symbol.size);
    symbols.u8(sectionNames.indexOf(symbol.section));
    symbols.u8(symbolKinds.indexOf(symbol.kind));
    symbols.u8(symbol.exported ? symbolFlags.exported : 0);
    symbols.u8(0);
  }

  const imports = new ByteWriter(m.imports.length * importEntrySize);
  for (const entry of m.imports) {
    imports.u32(strings.add(entry.name));
    imports.u32(entry.slot);
    imports.u8(importKinds.indexOf(entry.kind));
    imports.u8(0);
    imports.u8(0);
    imports.u8(0);
  }

  const debug = m.debug === undefined ? undefined : writeDebugSection(m.debug, strings);
  const stringTable = strings.finish();
  const symbolTable = symbols.finish();
  const importTable = imports.finish();
  const debugBytes = debug ?? new Uint8Array(0);

  // Sections follow the header in this order, each starting at a multiple of sectionAlignment.
  const body = [stringTable, symbolTable, importTable, m.data, m.text, debugBytes];
  const offsets: number[] = [];
  let position = headerSize;
  for (const section of body) {
    position = alignUp(position, sectionAlignment);
    offsets.push(position);
    position += section.length;
  }
  const [stringsOffset, symbolsOffset, importsOffset, dataOffset, textOffset, debugOffset] = offsets as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];

  const out = new ByteWriter(position);
  for (const byte of moduleMagic) out.u8(byte);
  out.u16(moduleFormatVersion);
  out.u16(debug === undefined ? 0 : moduleFlags.hasDebug);
  out.u32(m.programNumber);
  out.u32(m.programVersion);
  out.u32(m.entry ?? noEntry);
  out.u32(m.text.length);
  out.u32(m.data.length);
  out.u32(m.bssSize);
  out.u32(nameRef);
  out.u32(stringsOffset);
  out.u32(stringTable.length);
  out.u32(symbolsOffset);
  out.u32(m.symbols.length);
  out.u32(importsOffset);
  out.u32(m.imports.length);
  out.u32(dataOffset);
  out.u32(textOffset);
  out.u32(debug === undefined ? 0 : debugOffset);
  out.u32(debugBytes.length);
  out.u32(0);
  for (const section of body) {
    out.padTo(sectionAlignment);
    out.bytes(section);
  }
  return out.finish();
}

function writeDebugSection(debug: DebugInfo, strings: StringTableWriter): Uint8Array {
  const types = debug.types ?? [];
  const variables = debug.variables ?? [];
  const hasVariables = types.length > 0 || variables.length > 0;
  const out = new ByteWriter(
    12 +
      debug.files.length * 4 +
      debug.lines.length * lineEntrySize +
      debug.functions.length * functionEntrySize +
      (hasVariables ? 8 + types.length * 4 + variables.length * variableEntrySize : 0),
  );
  out.u32(debug.files.length);
  for (const file of debug.files) out.u32(strings.add(file));
  out.u32(debug.lines.length);
  for (const line of debug.lines) {
    out.u32(line.offset);
    out.u32(line.file);
    out.u32(line.line);
    out.u32(line.column);
  }
  out.u32(debug.functions.length);
  for (const range of debug.functions) {
    out.u32(strings.add(range.name));
    out.u32(range.start);
    out.u32(range.end);
  }
  // The type and variable arrays are optional: a module without them ends after the functions.
  if (hasVariables) {
    out.u32(types.length);
    for (const type of types) out.u32(strings.add(type));
    out.u32(variables.length);
    for (const variable of variables) {
      out.u32(strings.add(variable.name));
      out.u32(variable.type);
      out.u32(variable.function < 0 ? noFunction : variable.function);
      const { location, scope } = variable;
      out.u32(variableLocationKinds.indexOf(location.kind));
      out.u32(
        location.kind === 'frame' ? location.offset >>> 0 : location.kind === 'static' ? location.address : 0,
      );
      out.u32(scope.startLine);
      out.u32(scope.startColumn);
      out.u32(scope.endLine);
      out.u32(scope.endColumn);
    }
  }
  return out.finish();
}

/** Builds the string table, storing each distinct string once, in order of first use. */
class StringTableWriter {
  private readonly refs = new Map<string, number>();
  private readonly table = new ByteWriter();
  private readonly encoder = new TextEncoder();

  /** The string's offset in the table, adding it if new. */
  add(text: string): number {
    const known = this.refs.get(text);
    if (known !== undefined) return known;
    const ref = this.table.length;
    const encoded = this.encoder.encode(text);
    this.table.u16(encoded.length);
    this.table.bytes(encoded);
    this.refs.set(text, ref);
    return ref;
  }

  finish(): Uint8Array {
    return this.table.finish();
  }
}
