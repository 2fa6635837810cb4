// The disassembler: a module back to assembly source in the assembler's own syntax, with addresses and
// symbol names, such that assembling the output (without a debug section) gives the identical module.

import {
  alignUp,
  dataBaseFor,
  decode,
  encode,
  layouts,
  registerNames,
  segmentAlignment,
  textBase,
  type DecodedInstruction,
  type OperandValue,
} from '../isa/index.js';
import type { Module, ModuleSymbol, SectionName, SymbolKind } from '../module/types.js';

/** Options for `disassemble`. */
export interface DisassembleOptions {
  /** Show the address and raw words of each line in a trailing comment (default true). */
  readonly addresses?: boolean;
  /** Source text by file name, to interleave source lines from the debug section. */
  readonly sources?: ReadonlyMap<string, string>;
}

const hex = (n: number | bigint): string => `0x${n.toString(16)}`;

/** Disassemble a whole module to assembly source. */
export function disassemble(module: Module, options: DisassembleOptions = {}): string {
  const showAddresses = options.addresses ?? true;
  const out: string[] = [];
  const dataBase = dataBaseFor(module.text.length);
  const bssBase = dataBase + module.data.length;
  const baseOf: Record<SectionName, number> = { text: textBase, data: dataBase, bss: bssBase };
  const importLabels = new Map<number, string>();
  const bySection: Record<SectionName, ModuleSymbol[]> = { text: [], data: [], bss: [] };
  const byAddress = new Map<number, ModuleSymbol>();
  for (const symbol of module.symbols) {
    bySection[symbol.section].push(symbol);
    const address = baseOf[symbol.section] + symbol.offset;
    if (!byAddress.has(address)) byAddress.set(address, symbol);
  }
  const importSymbols = new Set<ModuleSymbol>();
  for (const imp of module.imports) {
    // The assembler lists an import's label after every data label, which may share the slot's offset.
    const label = [...module.symbols].reverse().find((s) => s.section === 'data' && s.offset === imp.slot);
    if (label !== undefined) {
      importLabels.set(imp.slot, label.name);
      importSymbols.add(label);
    }
  }
  const sorted = [...module.symbols].sort(
    (a, b) => baseOf[a.section] + a.offset - (baseOf[b.section] + b.offset),
  );

  /** The name of an address: `'sym`, `(+ 'sym n)` inside a symbol, or the number. */
  const nameOf = (address: bigint): string => {
    if (address >= 0n && address <= 0xffffffffn) {
      const exact = byAddress.get(Number(address));
      if (exact !== undefined) return `'${exact.name}`;
      let best: ModuleSymbol | undefined;
      for (const s of sorted) {
        const start = baseOf[s.section] + s.offset;
        if (start <= Number(address) && Number(address) < start + s.size) best = s;
      }
      if (best !== undefined)
        return `(+ '${best.name} ${Number(address) - baseOf[best.section] - best.offset})`;
    }
    return hex(address);
  };

  out.push(`; disassembly of module "${module.name}"`);
  out.push(`(module ${JSON.stringify(module.name)})`);
  if (module.programNumber !== 0 || module.programVersion !== 0) {
    out.push(`(program ${hex(module.programNumber)} ${module.programVersion})`);
  }
  for (const imp of module.imports) {
    const label = importLabels.get(imp.slot) ?? `import_${imp.slot}`;
    const kind = imp.kind === 'host' ? '' : ` '${imp.kind}`;
    out.push(`(import '${label} ${JSON.stringify(imp.name)}${kind})`);
  }
  // Exports go here once the body shows which kind reassembly gives each symbol.
  const exportsAt = out.length;
  const printedKind = new Map<ModuleSymbol, SymbolKind>();
  let pending: readonly ModuleSymbol[] = [];
  /** The labels just printed get the kind the assembler infers from the line that follows them. */
  const settle = (kind: SymbolKind): void => {
    for (const s of pending)
      printedKind.set(s, s.kind === 'procedure' && s.section === 'text' ? 'procedure' : kind);
    pending = [];
  };
  if (module.entry !== undefined) {
    const entrySymbol = bySection.text.find((s) => s.offset === module.entry);
    const implicit = entrySymbol?.name === 'main' && entrySymbol.exported;
    if (!implicit) out.push(`(entry ${nameOf(BigInt(textBase + module.entry))})`);
  }

  // Text: instructions where the words decode and re-encode identically; raw words or bytes elsewhere.
  out.push('', "(section 'text)");
  const words = new Int32Array(
    module.text.buffer.slice(module.text.byteOffset, module.text.byteOffset + module.text.length),
  );
  const labelAt = groupByOffset(bySection.text);
  const dataLike = (s: ModuleSymbol): boolean => s.kind === 'data' || s.kind === 'string';
  const lineAt = new Map<number, { file: number; line: number }>();
  for (const entry of module.debug?.lines ?? []) lineAt.set(entry.offset, entry);
  let lastSourceLine = '';
  let offset = 0;
  let inData = false;
  while (offset < module.text.length) {
    const labels = labelAt.get(offset) ?? [];
    for (const s of labels)
      out.push(s.kind === 'procedure' ? `(function '${s.name})` : `(vp-label '${s.name})`);
    if (labels.length > 0) {
      pending = labels;
      inData = telling(labels).some(dataLike);
    }
    const nextLabel = nextOffset(labelAt, offset, module.text.length);
    if (inData) {
      const asString = telling(labels).some((s) => s.kind === 'string');
      settle(asString ? 'string' : 'data');
      out.push(...dataLines(module.text, offset, nextLabel, asString, textBase, showAddresses));
      offset = nextLabel;
      continue;
    }
    if (offset % 4 !== 0) {
      const end = Math.min(nextLabel, offset + (4 - (offset % 4)));
      settle('data');
      out.push(...dataLines(module.text, offset, end, false, textBase, showAddresses));
      offset = end;
      continue;
    }
    const source = lineAt.get(offset);
    if (source !== undefined && options.sources !== undefined) {
      const file = module.debug?.files[source.file] ?? '';
      const text = options.sources.get(file)?.split('\n')[source.line - 1]?.trim();
      const key = `${file}:${source.line}`;
      if (text !== undefined && key !== lastSourceLine) out.push(`  ;; ${file}:${source.line}: ${text}`);
      lastSourceLine = key;
    }
    const index = offset / 4;
    const decoded = decode(words, index);
    const fitsBeforeLabel = decoded !== undefined && offset + decoded.length * 4 <= nextLabel;
    const canonical =
      decoded !== undefined &&
      fitsBeforeLabel &&
      sameWords(encodeLike(decoded.info, decoded.operands, words, index), words, index) &&
      targetsInText(decoded, textBase + offset, module.text.length);
    if (decoded === undefined || !canonical) {
      settle('data');
      if (offset + 4 > nextLabel) {
        // A label inside this word: bytes up to it, so that the label keeps its place.
        out.push(...dataLines(module.text, offset, nextLabel, false, textBase, showAddresses));
        offset = nextLabel;
        continue;
      }
      out.push(wordLine(words[index]!, textBase + offset, showAddresses));
      offset += 4;
      continue;
    }
    settle('label');
    const importName = (index: number): string | undefined => {
      const imp = module.imports[index];
      return imp === undefined ? undefined : importLabels.get(imp.slot);
    };
    const text = `  ${instructionText(decoded, BigInt(textBase + offset), nameOf, importName)}`;
    const raw = Array.from(words.subarray(index, index + decoded.length), (w) =>
      (w >>> 0).toString(16).padStart(8, '0'),
    );
    out.push(showAddresses ? `${text.padEnd(44)} ; ${hex(textBase + offset)}: ${raw.join(' ')}` : text);
    offset += decoded.length * 4;
  }
  // Labels at the very end of text (after the last instruction) have no line of their own above.
  pending = labelAt.get(module.text.length) ?? [];
  for (const s of pending)
    out.push(s.kind === 'procedure' ? `(function '${s.name})` : `(vp-label '${s.name})`);
  settle('label');

  if (module.data.length > 0 || bySection.data.length > 0) {
    out.push('', "(section 'data)");
    const dataSymbols = bySection.data.filter((s) => !importSymbols.has(s));
    const dataLabels = groupByOffset(dataSymbols);
    const firstSlot = Math.min(module.data.length, ...module.imports.map((i) => i.slot));
    const starts = [...new Set([0, ...dataLabels.keys()])]
      .filter((o) => o <= firstSlot)
      .sort((a, b) => a - b);
    for (const [i, start] of starts.entries()) {
      const here = dataLabels.get(start) ?? [];
      for (const s of here) out.push(`(vp-label '${s.name})`);
      const end = starts[i + 1] ?? firstSlot;
      const isString = telling(here).some((s) => s.kind === 'string');
      pending = here;
      settle(isString && end > start ? 'string' : 'data');
      out.push(...dataLines(module.data, start, end, isString, dataBase, showAddresses));
    }
  }
  // Data is padded after the import slots to the strictest alignment in bss; when that is more than the
  // default 16, say it again in bss so that reassembly pads data the same way.
  const slotsEnd = Math.max(0, ...module.imports.map((i) => i.slot + 8));
  const bssAlignment =
    module.imports.length > 0 && alignUp(slotsEnd, 16) !== module.data.length
      ? Math.min(segmentAlignment, module.data.length & -module.data.length)
      : 0;
  if (module.bssSize > 0 || bySection.bss.length > 0 || bssAlignment > 0) {
    out.push('', "(section 'bss)");
    if (bssAlignment > 0) out.push(`(vp-align ${bssAlignment})`);
    const bssLabels = groupByOffset(bySection.bss);
    let at = 0;
    for (const offsetOfLabel of [...bssLabels.keys()].sort((a, b) => a - b)) {
      if (offsetOfLabel > at) out.push(`(space ${offsetOfLabel - at})`);
      at = Math.max(at, offsetOfLabel);
      for (const s of bssLabels.get(offsetOfLabel)!) out.push(`(vp-label '${s.name})`);
    }
    if (module.bssSize > at) out.push(`(space ${module.bssSize - at})`);
  }
  out.push('');
  const exportLines = module.symbols
    .filter((s) => s.exported)
    .map((s) => {
      const natural = printedKind.get(s) ?? 'data';
      return `(export '${s.name}${s.kind === natural ? '' : ` '${s.kind}`})`;
    });
  out.splice(exportsAt, 0, ...exportLines);
  return out.join('\n');
}

/**
 * The labels whose kinds tell what follows them: an export may have given its label another kind,
 * so the others are believed first.
 */
function telling(labels: readonly ModuleSymbol[]): readonly ModuleSymbol[] {
  const plain = labels.filter((s) => !s.exported);
  return plain.length > 0 ? plain : labels;
}

function groupByOffset(symbols: readonly ModuleSymbol[]): Map<number, ModuleSymbol[]> {
  const map = new Map<number, ModuleSymbol[]>();
  for (const s of symbols) {
    const list = map.get(s.offset);
    if (list === undefined) map.set(s.offset, [s]);
    else list.push(s);
  }
  return map;
}

function nextOffset(labels: ReadonlyMap<number, unknown>, after: number, limit: number): number {
  let next = limit;
  for (const o of labels.keys()) if (o > after && o < next) next = o;
  return next;
}

function encodeLike(
  info: Parameters<typeof encode>[0],
  operands: readonly OperandValue[],
  words: Int32Array,
  index: number,
): number[] {
  // Keep the long form wherever the original used it, so only truly non-canonical words fall back to raw.
  let longOperands = 0;
  const fields = layouts[info.layout];
  fields.forEach((field, i) => {
    if (field.kind !== 'const' && field.kind !== 'label') return;
    const raw = (words[index]! << (32 - field.shift - field.bits)) >> (32 - field.bits);
    if (raw === -(1 << (field.bits - 1))) longOperands |= 1 << i;
  });
  try {
    return encode(info, operands, longOperands);
  } catch {
    return [];
  }
}

/** Branch, call and jump targets must be in text for the assembler to take them back (data in text may not be). */
function targetsInText(decoded: DecodedInstruction, pc: number, textSize: number): boolean {
  if (decoded.info.labelUnit !== 'words') return true;
  return layouts[decoded.info.layout].every((field, i) => {
    if (field.kind !== 'label') return true;
    const target = BigInt(pc) + (decoded.operands[i] as bigint) * 4n;
    return target >= BigInt(textBase) && target <= BigInt(textBase + textSize);
  });
}

function sameWords(encoded: readonly number[], words: Int32Array, index: number): boolean {
  return encoded.length > 0 && encoded.every((w, i) => words[index + i] === w);
}

function wordLine(word: number, address: number, showAddresses: boolean): string {
  const text = `  (vp-int ${hex(word >>> 0)})`;
  return showAddresses ? `${text.padEnd(44)} ; ${hex(address)}` : text;
}

/** Lines of `vp-string` (for string symbols) or `vp-byte` that reproduce bytes[start, end). */
function dataLines(
  bytes: Uint8Array,
  start: number,
  end: number,
  asString: boolean,
  base: number,
  showAddresses: boolean,
): string[] {
  const lines: string[] = [];
  const chunk = asString ? 48 : 16;
  for (let at = start; at < end; at += chunk) {
    const slice = bytes.subarray(at, Math.min(end, at + chunk));
    const text = asString
      ? `  (vp-string "${escapeString(slice)}")`
      : `  (vp-byte ${Array.from(slice).join(' ')})`;
    lines.push(showAddresses ? `${text.padEnd(44)} ; ${hex(base + at)}` : text);
  }
  return lines;
}

function escapeString(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) {
    if (b === 10) text += '\\n';
    else if (b === 9) text += '\\t';
    else if (b === 34) text += '\\"';
    else if (b === 92) text += '\\\\';
    else if (b >= 32 && b < 127) text += String.fromCharCode(b);
    else text += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return text;
}

/** One instruction of a module's text as assembly, e.g. `(vp-add-cr 1 r0)`; raw `(vp-int ...)` if it does not decode. */
export function formatInstruction(module: Module, offset: number): string {
  const { words, names, importNames } = namesOf(module);
  const index = offset >> 2;
  const decoded = decode(words, index);
  if (decoded === undefined) return `(vp-int ${hex((words[index] ?? 0) >>> 0)})`;
  const nameOf = (address: bigint): string => {
    const name = names.get(address);
    return name === undefined ? hex(address) : `'${name}`;
  };
  return instructionText(decoded, BigInt(textBase + offset), nameOf, (index) => importNames[index]);
}

/** `(mnemonic operands...)` of a decoded instruction at `pc`, naming label targets and imports. */
function instructionText(
  decoded: DecodedInstruction,
  pc: bigint,
  nameOf: (address: bigint) => string,
  importName: (index: number) => string | undefined,
): string {
  const fields = layouts[decoded.info.layout];
  const parts = decoded.operands.map((operand, i) => {
    const field = fields[i]!;
    if (field.kind === 'reg') return registerNames[operand as number]!;
    if (field.kind === 'regs') {
      const list = (operand as readonly number[]).map((r) => registerNames[r]!).join(' ');
      return decoded.info.layout === 'regs' ? list : `(${list})`;
    }
    const value = operand as bigint;
    if (field.kind === 'label') {
      return nameOf(decoded.info.labelUnit === 'words' ? pc + value * 4n : pc + value);
    }
    if (decoded.info.layout === 'host') {
      const name = importName(Number(value));
      return name === undefined ? value.toString() : `'${name}`;
    }
    return value.toString();
  });
  return `(${[decoded.info.mnemonic, ...parts].join(' ')})`;
}

interface ModuleNames {
  readonly words: Int32Array;
  /** Symbol name by absolute address (the first symbol defined there). */
  readonly names: ReadonlyMap<bigint, string>;
  /** The label of each import's slot, by import index. */
  readonly importNames: readonly (string | undefined)[];
}

const namesCache = new WeakMap<Module, ModuleNames>();

function namesOf(module: Module): ModuleNames {
  let cached = namesCache.get(module);
  if (cached === undefined) {
    // A copy with a buffer of its own: text may be a view into a larger buffer.
    const copy = new Uint8Array(module.text);
    const dataBase = dataBaseFor(module.text.length);
    const bases: Record<SectionName, number> = {
      text: textBase,
      data: dataBase,
      bss: dataBase + module.data.length,
    };
    const names = new Map<bigint, string>();
    for (const s of module.symbols) {
      const address = BigInt(bases[s.section] + s.offset);
      if (!names.has(address)) names.set(address, s.name);
    }
    const importNames = module.imports.map((imp) => names.get(BigInt(dataBase + imp.slot)));
    cached = { words: new Int32Array(copy.buffer, 0, copy.length >> 2), names, importNames };
    namesCache.set(module, cached);
  }
  return cached;
}
