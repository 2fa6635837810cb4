// The assembler: VP s-expression source (one or more files) to a module. Lays out sections, sizes
// instructions by relaxation (values grow to extension words only when they must), and reports every error it can.

import {
  alignUp,
  byMnemonic,
  dataBaseFor,
  encode,
  fitsInline,
  layouts,
  maxHostArguments,
  maxPushRegisters,
  registerNames,
  segmentAlignment,
  textBase,
  type InstructionInfo,
  type OperandValue,
} from '../isa/index.js';
import type {
  DebugInfo,
  DebugVariable,
  FunctionRange,
  ImportKind,
  LineEntry,
  Module,
  ModuleImport,
  ModuleSymbol,
  SectionName,
  SourceScope,
  SymbolKind,
} from '../module/types.js';
import { diagnostic, type Diagnostic, type DiagnosticCode, type SourceLocation } from './diagnostics.js';
import { describe, readSource, type Node } from './reader.js';

/** One input file. */
export interface SourceFile {
  readonly name: string;
  readonly text: string;
}

/** Options for `assemble`. */
export interface AssembleOptions {
  /** Reads an included file; without it, `include` is an error. */
  readonly readFile?: (path: string) => string;
  /** Emit a debug section mapping code to source lines (default true). */
  readonly debug?: boolean;
}

/** The module, when there were no errors, and every diagnostic. */
export interface AssembleResult {
  readonly module: Module | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** The text of every file read (inputs and includes), for printing diagnostics with source lines. */
  readonly sources: ReadonlyMap<string, string>;
}

type Operand = number | Node | readonly number[];

type Item =
  | {
      readonly kind: 'label';
      readonly name: string;
      readonly procedure: boolean;
      readonly at: SourceLocation;
    }
  | {
      readonly kind: 'instruction';
      readonly info: InstructionInfo;
      readonly operands: readonly Operand[];
      readonly at: SourceLocation;
      /** The position the line table records: `at`, or the latest `loc` directive's. */
      readonly source: SourceLocation;
      longOperands: number;
      words: number;
    }
  | {
      readonly kind: 'values';
      readonly width: 1 | 2 | 4 | 8;
      readonly values: readonly Node[];
      readonly at: SourceLocation;
    }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly at: SourceLocation }
  | { readonly kind: 'align'; readonly alignment: number; readonly fill: number; readonly at: SourceLocation }
  | { readonly kind: 'space'; readonly size: number; readonly at: SourceLocation };

/** A `debug-var` directive, resolved when the module is laid out. */
interface DebugVariableDecl {
  readonly name: string;
  readonly file: string;
  readonly typeId: number;
  readonly function: string | undefined;
  readonly location:
    | { readonly kind: 'frame'; readonly offset: number }
    | { readonly kind: 'static'; readonly label: string }
    | { readonly kind: 'none' };
  readonly scope: SourceScope;
  readonly at: SourceLocation;
}

interface ImportDecl {
  readonly label: string;
  readonly name: string;
  readonly kind: ImportKind;
  readonly at: SourceLocation;
}

const registerNumbers: ReadonlyMap<string, number> = new Map(registerNames.map((name, i) => [name, i]));
/** Every directive and pseudo-op the assembler knows besides the instructions. */
export const directives = [
  'module',
  'program',
  'section',
  'export',
  'import',
  'const',
  'include',
  'entry',
  'loc',
  'function',
  'debug-type',
  'debug-var',
  'space',
  'vp-label',
  'vp-align',
  'vp-string',
  'vp-byte',
  'vp-short',
  'vp-int',
  'vp-long',
] as const;
const directiveNames: ReadonlySet<string> = new Set(directives);
const dataWidths = { 'vp-byte': 1, 'vp-short': 2, 'vp-int': 4, 'vp-long': 8 } as const;
const symbolKindNames: readonly SymbolKind[] = ['procedure', 'label', 'data', 'string'];
const maxTextBytes = 64 * 1024 * 1024;
const maxDataAndBssBytes = 1024 * 1024 * 1024;
/** The module format's limits on names and file names, in bytes of UTF-8. */
const maxNameBytes = 255;
const maxPathBytes = 65535;
/** Includes nest at most this deep, so that a chain of distinct paths (say through a symbolic link) ends. */
const maxIncludeDepth = 64;
/** Deepest nesting of lists and constant references in one expression, so evaluation cannot overflow the stack. */
const maxExpressionDepth = 256;
/** Intermediate values of constant expressions stay within this many bits, so that they cannot grow without bound. */
const maxValueBits = 128n;

class ValueError {
  constructor(readonly diagnostic: Diagnostic) {}
}

/** Assemble source files into one module. */
export function assemble(files: readonly SourceFile[], options: AssembleOptions = {}): AssembleResult {
  return new Assembler(options).run(files);
}

class Assembler {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly sources = new Map<string, string>();
  private readonly sections: Record<SectionName, Item[]> = { text: [], data: [], bss: [] };
  private section: SectionName = 'text';
  private readonly constants = new Map<string, { node: Node; at: SourceLocation }>();
  private readonly labels = new Map<string, { section: SectionName; at: SourceLocation }>();
  private readonly exports: { name: string; kind: SymbolKind | undefined; at: SourceLocation }[] = [];
  private readonly imports: ImportDecl[] = [];
  private readonly includeStack: string[] = [];
  private moduleName = '';
  private programNumber = 0;
  private programVersion = 0;
  private entry: { name: string; at: SourceLocation } | undefined;
  /** Label addresses of the current layout. */
  private addresses = new Map<string, bigint>();
  private readonly evaluating = new Set<string>();
  /** Values (or errors) of constants already evaluated, so that shared subexpressions are not re-evaluated
   * exponentially often. Cleared whenever a name is defined or the layout changes. */
  private readonly constantValues = new Map<string, bigint | ValueError>();
  private depth = 0;
  private textSize = 0;
  /** The source position set by the latest `loc` directive of the file being read (compiler output). */
  private sourcePosition: SourceLocation | undefined;
  /** The latest `function` directive's label: the function `debug-var` directives belong to. */
  private currentFunction: string | undefined;
  /** Type descriptors from `debug-type`, in order; each file numbers its own (`#id` refers within the file). */
  private readonly debugTypes: {
    readonly file: string;
    readonly descriptor: string;
    readonly at: SourceLocation;
  }[] = [];
  private readonly debugTypeIndex = new Map<string, number>();
  private readonly debugVariables: DebugVariableDecl[] = [];

  constructor(private readonly options: AssembleOptions) {}

  run(files: readonly SourceFile[]): AssembleResult {
    for (const file of files) this.readFile(file.name, file.text);
    if (this.moduleName === '') this.moduleName = defaultModuleName(files[0]?.name ?? 'module');
    // Lay out and encode even after errors, so that undefined names and bad values are reported too.
    const module = this.build();
    const fileOrder = [...this.sources.keys()];
    const rank = (d: Diagnostic): number => fileOrder.indexOf(d.location.file);
    const diagnostics = [...this.diagnostics].sort(
      (a, b) =>
        rank(a) - rank(b) || a.location.line - b.location.line || a.location.column - b.location.column,
    );
    return {
      module: diagnostics.length === 0 ? module : undefined,
      diagnostics,
      sources: this.sources,
    };
  }

  private error(code: DiagnosticCode, at: SourceLocation, ...args: string[]): void {
    this.diagnostics.push(diagnostic(code, at, ...args));
  }

  private readFile(name: string, text: string): void {
    this.sources.set(name, text);
    const { nodes, diagnostics } = readSource(name, text);
    this.diagnostics.push(...diagnostics);
    this.includeStack.push(name);
    const outer = this.sourcePosition;
    this.sourcePosition = undefined;
    for (const node of nodes) this.form(node);
    this.sourcePosition = outer;
    this.includeStack.pop();
  }

  // ---- pass 1: forms to items ----

  private form(node: Node): void {
    if (node.type !== 'list' || node.items.length === 0 || node.items[0]!.type !== 'symbol') {
      this.error('ASM006', node.at, describe(node));
      return;
    }
    const head = node.items[0] as Extract<Node, { type: 'symbol' }>;
    const args = node.items.slice(1);
    const info = byMnemonic.get(head.name);
    if (info !== undefined) {
      this.instruction(info, args, node.at);
    } else if (directiveNames.has(head.name)) {
      this.directive(head.name, args, node.at);
    } else {
      this.error('ASM007', head.at, head.name);
    }
  }

  private arity(name: string, args: readonly Node[], min: number, max: number, at: SourceLocation): boolean {
    if (args.length >= min && args.length <= max) return true;
    const expected = min === max ? `${min} operands` : `${min} to ${max} operands`;
    this.error('ASM008', at, name, expected, String(args.length));
    return false;
  }

  private name(node: Node | undefined, at: SourceLocation): string | undefined {
    // A quoted register name is a name, as it is in operands: C code may call a global `r1`.
    if (node?.type === 'symbol' && (node.quoted || !registerNumbers.has(node.name))) return node.name;
    this.error('ASM024', node?.at ?? at, node === undefined ? 'nothing' : describe(node));
    return undefined;
  }

  private string(node: Node | undefined, at: SourceLocation): Uint8Array | undefined {
    if (node?.type === 'string') return node.bytes;
    this.error('ASM023', node?.at ?? at, node === undefined ? 'nothing' : describe(node));
    return undefined;
  }

  private constant(node: Node, what: string): number | undefined {
    try {
      const value = this.evaluate(node, false);
      if (value >= 0n && value <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(value);
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
    }
    this.error('ASM033', node.at, what);
    return undefined;
  }

  /** A constant that fits in a signed 32-bit value (frame offsets). */
  private signedConstant(node: Node, what: string): number | undefined {
    try {
      const value = this.evaluate(node, false);
      if (value >= -0x80000000n && value <= 0x7fffffffn) return Number(value);
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
    }
    this.error('ASM042', node.at, what);
    return undefined;
  }

  /** Report a name that the module format cannot hold: 1 to 255 bytes of UTF-8 (0 allowed when `allowEmpty`). */
  private checkName(name: string, at: SourceLocation, allowEmpty = false): void {
    const bytes = new TextEncoder().encode(name).length;
    if ((bytes === 0 && !allowEmpty) || bytes > maxNameBytes) this.error('ASM038', at, String(bytes));
  }

  private defineLabel(name: string, at: SourceLocation, procedure: boolean): void {
    this.checkName(name, at);
    if (this.labels.has(name) || this.constants.has(name)) {
      this.error('ASM011', at, name);
      return;
    }
    this.labels.set(name, { section: this.section, at });
    this.constantValues.clear();
    this.sections[this.section].push({ kind: 'label', name, procedure, at });
  }

  private directive(name: string, args: readonly Node[], at: SourceLocation): void {
    const decoder = new TextDecoder();
    switch (name) {
      case 'module': {
        if (!this.arity(name, args, 1, 1, at)) return;
        const arg = args[0]!;
        if (arg.type === 'string') this.moduleName = decoder.decode(arg.bytes);
        else if (arg.type === 'symbol') this.moduleName = arg.name;
        else return this.error('ASM023', arg.at, describe(arg));
        this.checkName(this.moduleName, arg.at, true);
        return;
      }
      case 'program': {
        if (!this.arity(name, args, 2, 2, at)) return;
        const number = this.constant(args[0]!, 'the program number');
        const version = this.constant(args[1]!, 'the program version');
        if (number !== undefined) this.programNumber = this.u32(number, args[0]!.at);
        if (version !== undefined) this.programVersion = this.u32(version, args[1]!.at);
        return;
      }
      case 'section': {
        if (!this.arity(name, args, 1, 1, at)) return;
        const section = this.name(args[0], at);
        if (section === 'text' || section === 'data' || section === 'bss') this.section = section;
        else if (section !== undefined) this.error('ASM020', args[0]!.at, section);
        return;
      }
      case 'export': {
        if (!this.arity(name, args, 1, 2, at)) return;
        const label = this.name(args[0], at);
        let kind: SymbolKind | undefined;
        if (args[1] !== undefined) {
          const kindName = this.name(args[1], at);
          kind = symbolKindNames.find((k) => k === kindName);
          if (kind === undefined && kindName !== undefined) this.error('ASM031', args[1].at, kindName);
        }
        if (label !== undefined) this.exports.push({ name: label, kind, at });
        return;
      }
      case 'import': {
        if (!this.arity(name, args, 2, 3, at)) return;
        const label = this.name(args[0], at);
        const qualified = this.string(args[1], at);
        let kind: ImportKind = 'host';
        if (args[2] !== undefined) {
          const kindName = this.name(args[2], at);
          if (kindName === 'host' || kindName === 'procedure') kind = kindName;
          else if (kindName !== undefined) this.error('ASM034', args[2].at, kindName);
        }
        if (label === undefined || qualified === undefined) return;
        if (this.labels.has(label) || this.constants.has(label)) {
          this.error('ASM011', at, label);
          return;
        }
        const importName = decoder.decode(qualified);
        this.checkName(label, args[0]!.at);
        this.checkName(importName, args[1]!.at);
        const earlier = this.imports.find((i) => i.name === importName);
        if (earlier !== undefined) {
          this.error('ASM036', args[1]!.at, importName, earlier.label);
          return;
        }
        this.labels.set(label, { section: 'data', at });
        this.constantValues.clear();
        this.imports.push({ label, name: importName, kind, at });
        return;
      }
      case 'const': {
        if (!this.arity(name, args, 2, 2, at)) return;
        const constName = this.name(args[0], at);
        if (constName === undefined) return;
        if (this.labels.has(constName) || this.constants.has(constName)) this.error('ASM011', at, constName);
        else this.constants.set(constName, { node: args[1]!, at });
        this.constantValues.clear();
        return;
      }
      case 'include': {
        if (!this.arity(name, args, 1, 1, at)) return;
        const bytes = this.string(args[0], at);
        if (bytes !== undefined) this.include(decoder.decode(bytes), at);
        return;
      }
      case 'loc': {
        if (!this.arity(name, args, 3, 3, at)) return;
        const file = this.string(args[0], at);
        const line = this.constant(args[1]!, 'the line');
        const column = this.constant(args[2]!, 'the column');
        if (file !== undefined && line !== undefined && column !== undefined)
          this.sourcePosition = { file: decoder.decode(file), line, column };
        return;
      }
      case 'entry': {
        if (!this.arity(name, args, 1, 1, at)) return;
        const label = this.name(args[0], at);
        if (label !== undefined) this.entry = { name: label, at };
        return;
      }
      case 'function':
      case 'vp-label': {
        if (!this.arity(name, args, 1, 1, at)) return;
        const label = this.name(args[0], at);
        if (name === 'function' && this.section !== 'text') {
          this.error('ASM028', at, this.section);
          return;
        }
        if (label !== undefined) this.defineLabel(label, at, name === 'function');
        if (name === 'function') this.currentFunction = label;
        return;
      }
      case 'debug-type': {
        // (debug-type ID "descriptor"): docs/MODULE.md "Type descriptors"; `#ID` refers to this file's types.
        if (!this.arity(name, args, 2, 2, at)) return;
        const id = this.constant(args[0]!, 'the type id');
        const descriptor = this.string(args[1], at);
        if (id === undefined || descriptor === undefined) return;
        const key = `${at.file}#${id}`;
        if (this.debugTypeIndex.has(key)) return this.error('ASM040', args[0]!.at, `type ${id}`);
        this.debugTypeIndex.set(key, this.debugTypes.length);
        this.debugTypes.push({ file: at.file, descriptor: decoder.decode(descriptor), at });
        return;
      }
      case 'debug-var': {
        // (debug-var "name" TYPE frame OFFSET | static 'label | none 0  FROM-LINE FROM-COLUMN TO-LINE TO-COLUMN);
        // in text, after a `function` directive, the variable is that function's.
        if (!this.arity(name, args, 8, 8, at)) return;
        const variable = this.string(args[0], at);
        const typeId = this.constant(args[1]!, 'the type id');
        const kind = this.name(args[2], at);
        const scope = args
          .slice(4)
          .map((node, i) =>
            this.constant(
              node,
              ['the first line', 'the first column', 'the last line', 'the last column'][i]!,
            ),
          );
        if (variable === undefined || typeId === undefined || kind === undefined || scope.includes(undefined))
          return;
        let location: DebugVariableDecl['location'];
        if (kind === 'frame') {
          const offset = this.signedConstant(args[3]!, 'the frame offset');
          if (offset === undefined) return;
          location = { kind, offset };
        } else if (kind === 'static') {
          const label = this.name(args[3], at);
          if (label === undefined) return;
          location = { kind, label };
        } else if (kind === 'none') {
          location = { kind };
        } else return this.error('ASM041', args[2]!.at, kind);
        const [startLine, startColumn, endLine, endColumn] = scope as number[];
        this.debugVariables.push({
          name: decoder.decode(variable),
          file: at.file,
          typeId,
          function: this.section === 'text' ? this.currentFunction : undefined,
          location,
          scope: {
            startLine: startLine!,
            startColumn: startColumn!,
            endLine: endLine!,
            endColumn: endColumn!,
          },
          at,
        });
        return;
      }
      case 'space': {
        if (!this.arity(name, args, 1, 1, at)) return;
        const size = this.constant(args[0]!, 'the size');
        if (size !== undefined) this.sections[this.section].push({ kind: 'space', size, at });
        return;
      }
      case 'vp-align': {
        if (!this.arity(name, args, 1, 2, at)) return;
        const alignment = this.constant(args[0]!, 'the alignment');
        const fill = args[1] === undefined ? 0 : this.constant(args[1], 'the fill byte');
        if (alignment === undefined || fill === undefined) return;
        if (alignment < 1 || alignment > segmentAlignment || (alignment & (alignment - 1)) !== 0) {
          this.error('ASM022', args[0]!.at, String(alignment));
          return;
        }
        if (this.section === 'bss' && fill !== 0) {
          this.error('ASM021', at, 'a non-zero fill');
          return;
        }
        this.sections[this.section].push({ kind: 'align', alignment, fill: fill & 0xff, at });
        return;
      }
      case 'vp-string': {
        if (!this.arity(name, args, 1, 1, at)) return;
        if (this.section === 'bss') return this.error('ASM021', at, name);
        const bytes = this.string(args[0], at);
        if (bytes !== undefined) this.sections[this.section].push({ kind: 'bytes', bytes, at });
        return;
      }
      case 'vp-byte':
      case 'vp-short':
      case 'vp-int':
      case 'vp-long': {
        if (this.section === 'bss') return this.error('ASM021', at, name);
        const width = dataWidths[name];
        this.sections[this.section].push({ kind: 'values', width, values: args, at });
        return;
      }
    }
  }

  private u32(value: number, at: SourceLocation): number {
    if (value > 0xffffffff) {
      this.error('ASM016', at, String(value), '32 bits');
      return 0;
    }
    return value;
  }

  private include(path: string, at: SourceLocation): void {
    const from = this.includeStack[this.includeStack.length - 1] ?? '';
    const resolved = resolveInclude(from, path);
    if (this.includeStack.includes(resolved)) {
      this.error('ASM019', at, resolved);
      return;
    }
    if (this.includeStack.length > maxIncludeDepth) {
      this.error('ASM039', at, String(maxIncludeDepth));
      return;
    }
    if (new TextEncoder().encode(resolved).length > maxPathBytes) {
      this.error('ASM018', at, path, `the path is longer than ${maxPathBytes} bytes`);
      return;
    }
    if (this.options.readFile === undefined) {
      this.error('ASM018', at, path, 'no file reader was given');
      return;
    }
    let text: string;
    try {
      text = this.options.readFile(resolved);
    } catch (e) {
      this.error('ASM018', at, path, e instanceof Error ? e.message : String(e));
      return;
    }
    this.readFile(resolved, text);
  }

  private register(node: Node | undefined, at: SourceLocation): number | undefined {
    if (node?.type === 'symbol' && !node.quoted) {
      const reg = registerNumbers.get(node.name);
      if (reg !== undefined) return reg;
    }
    this.error('ASM009', node?.at ?? at, node === undefined ? 'nothing' : describe(node));
    return undefined;
  }

  private registerList(
    nodes: readonly Node[],
    max: number,
    at: SourceLocation,
    min: number,
  ): number[] | undefined {
    const list: number[] = [];
    for (const node of nodes) {
      const reg = this.register(node, at);
      if (reg === undefined) return undefined;
      list.push(reg);
    }
    if (list.length < min || list.length > max) {
      this.error('ASM025', at, String(min), String(max));
      return undefined;
    }
    return list;
  }

  private instruction(info: InstructionInfo, args: readonly Node[], at: SourceLocation): void {
    if (this.section !== 'text') {
      this.error('ASM028', at, this.section);
      return;
    }
    const fields = layouts[info.layout];
    const operands: Operand[] = [];
    if (info.layout === 'regs') {
      const list = this.registerList(args, maxPushRegisters, at, 1);
      if (list === undefined) return;
      operands.push(list);
    } else {
      if (args.length !== fields.length) {
        const names =
          info.operands.length === 0
            ? 'no operands'
            : `${info.operands.length} operands (${info.operands.join(' ')})`;
        this.error('ASM008', at, info.mnemonic, names, String(args.length));
        return;
      }
      for (const [index, field] of fields.entries()) {
        const arg = args[index]!;
        if (field.kind === 'reg') {
          const reg = this.register(arg, at);
          if (reg === undefined) return;
          operands.push(reg);
        } else if (field.kind === 'regs') {
          if (arg.type !== 'list') {
            this.error('ASM026', arg.at, describe(arg));
            return;
          }
          const list = this.registerList(arg.items, maxHostArguments, arg.at, 0);
          if (list === undefined) return;
          operands.push(list);
        } else {
          operands.push(arg);
        }
      }
    }
    // Start with every value inline (labels are not placed yet): relaxation grows what does not fit.
    const inline = fields.map((f, i): OperandValue =>
      f.kind === 'const' || f.kind === 'label' ? 0n : (operands[i] as number | readonly number[]),
    );
    const item: Item = {
      kind: 'instruction',
      info,
      operands,
      at,
      source: this.sourcePosition ?? at,
      longOperands: 0,
      words: encode(info, inline).length,
    };
    this.sections.text.push(item);
  }

  // ---- values ----

  /** Evaluate a constant expression; labels resolve to addresses of the current layout when allowed. */
  private evaluate(node: Node, labelsAllowed: boolean): bigint {
    if (this.depth >= maxExpressionDepth) {
      throw new ValueError(diagnostic('ASM037', node.at, String(maxExpressionDepth)));
    }
    this.depth++;
    try {
      return this.evaluateNode(node, labelsAllowed);
    } finally {
      this.depth--;
    }
  }

  private evaluateNode(node: Node, labelsAllowed: boolean): bigint {
    switch (node.type) {
      case 'number':
        return node.value;
      case 'string':
        throw new ValueError(diagnostic('ASM013', node.at, 'a string'));
      case 'symbol': {
        const constant = this.constants.get(node.name);
        if (constant !== undefined) {
          const key = `${labelsAllowed ? 'address' : 'constant'} ${node.name}`;
          const known = this.constantValues.get(key);
          if (known instanceof ValueError) throw known;
          if (known !== undefined) return known;
          if (this.evaluating.has(node.name)) throw new ValueError(diagnostic('ASM032', node.at, node.name));
          this.evaluating.add(node.name);
          try {
            const value = this.evaluate(constant.node, labelsAllowed);
            this.constantValues.set(key, value);
            return value;
          } catch (e) {
            if (e instanceof ValueError) this.constantValues.set(key, e);
            throw e;
          } finally {
            this.evaluating.delete(node.name);
          }
        }
        if (this.labels.has(node.name)) {
          if (!labelsAllowed) throw new ValueError(diagnostic('ASM013', node.at, describe(node)));
          return this.addresses.get(node.name) ?? 0n;
        }
        if (!node.quoted && registerNumbers.has(node.name)) {
          throw new ValueError(diagnostic('ASM013', node.at, node.name));
        }
        throw new ValueError(diagnostic('ASM010', node.at, node.name));
      }
      case 'list': {
        const [head, ...rest] = node.items;
        if (head?.type !== 'symbol' || head.quoted) {
          throw new ValueError(diagnostic('ASM013', node.at, head === undefined ? '()' : describe(head)));
        }
        const values = rest.map((arg) => this.evaluate(arg, labelsAllowed));
        return applyOperator(head.name, values, node.at);
      }
    }
  }

  /** Encode an instruction at address `pc`; in `final` mode, report bad values instead of guessing. */
  private encodeItem(item: Extract<Item, { kind: 'instruction' }>, pc: bigint, final: boolean): number[] {
    const fields = layouts[item.info.layout];
    const values: OperandValue[] = [];
    for (const [index, field] of fields.entries()) {
      const operand = item.operands[index]!;
      if (field.kind === 'const' || field.kind === 'label') {
        values.push(this.operandValue(item, operand as Node, field.kind, pc, final));
      } else {
        values.push(operand as number | readonly number[]);
      }
    }
    return encode(item.info, values, item.longOperands);
  }

  private operandValue(
    item: Extract<Item, { kind: 'instruction' }>,
    node: Node,
    kind: 'const' | 'label',
    pc: bigint,
    final: boolean,
  ): bigint {
    try {
      if (item.info.layout === 'host' && kind === 'const' && node.type === 'symbol') {
        const index = this.imports.findIndex((i) => i.label === node.name);
        if (index >= 0) return BigInt(index);
        if (this.labels.has(node.name)) throw new ValueError(diagnostic('ASM027', node.at, node.name));
      }
      const value = this.evaluate(node, true);
      if (kind === 'const') {
        if (value < -(1n << 63n) || value >= 1n << 64n) {
          throw new ValueError(diagnostic('ASM016', node.at, value.toString(), '64 bits'));
        }
        return value;
      }
      const delta = value - pc;
      if (item.info.labelUnit === 'bytes') return delta;
      const inText = value >= BigInt(textBase) && value <= BigInt(textBase + this.textSize);
      if (delta % 4n !== 0n || (final && !inText)) {
        throw new ValueError(diagnostic('ASM017', node.at, `0x${value.toString(16)}`));
      }
      return delta / 4n;
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      if (final) this.diagnostics.push(e.diagnostic);
      return 0n;
    }
  }

  // ---- layout ----

  private build(): Module | undefined {
    // Relaxation: every value field takes the long form exactly when its value does not fit inline, and
    // layout repeats until that holds everywhere (a fixed point, so disassembly reassembles identically).
    // Fields may shrink as well as grow for the first rounds; if that has not settled, later rounds only
    // grow, which must end after at most one round per field.
    let layout = this.layout();
    const shrinkingRounds = 32;
    for (let round = 0; round < 1000; round++) {
      let changed = false;
      for (const [index, item] of this.sections.text.entries()) {
        if (item.kind !== 'instruction') continue;
        const pc = BigInt(textBase + layout.offsets.text[index]!);
        const fields = layouts[item.info.layout];
        let mask = item.longOperands;
        for (const [i, field] of fields.entries()) {
          if (field.kind !== 'const' && field.kind !== 'label') continue;
          const value = BigInt.asIntN(
            64,
            this.operandValue(item, item.operands[i] as Node, field.kind, pc, false),
          );
          if (!fitsInline(value, field.bits)) mask |= 1 << i;
          else if (round < shrinkingRounds) mask &= ~(1 << i);
        }
        if (mask !== item.longOperands) {
          item.longOperands = mask;
          item.words = this.encodeItem(item, pc, false).length;
          changed = true;
        }
      }
      if (!changed) break;
      layout = this.layout();
    }
    if (layout.textSize > maxTextBytes) {
      this.error('ASM035', this.sections.text[0]?.at ?? { file: '', line: 1, column: 1 }, 'text over 64 MiB');
      return undefined;
    }
    if (layout.sizes.data + layout.sizes.bss > maxDataAndBssBytes) {
      const at = this.sections.data[0]?.at ?? this.sections.bss[0]?.at ?? { file: '', line: 1, column: 1 };
      this.error('ASM035', at, 'data and bss over 1 GiB');
      return undefined;
    }
    return this.emit(layout);
  }

  private layout(): Layout {
    const offsets: Record<SectionName, number[]> = { text: [], data: [], bss: [] };
    const labelOffsets = new Map<string, { section: SectionName; offset: number }>();
    const sizes: Record<SectionName, number> = { text: 0, data: 0, bss: 0 };
    const importSlots: number[] = [];
    let bssAlignment = 16;
    for (const section of ['text', 'data', 'bss'] as const) {
      let offset = 0;
      const pending: string[] = [];
      const bind = (): void => {
        for (const name of pending) labelOffsets.set(name, { section, offset });
        pending.length = 0;
      };
      for (const item of this.sections[section]) {
        switch (item.kind) {
          case 'label':
            pending.push(item.name);
            break;
          case 'instruction':
            offset = alignUp(offset, 4);
            bind();
            break;
          case 'align':
            // The item starts where the padding starts (emit fills from there); labels bind after it.
            if (section === 'bss') bssAlignment = Math.max(bssAlignment, item.alignment);
            break;
          default:
            bind();
        }
        offsets[section].push(offset);
        offset += itemSize(item, offset);
      }
      if (section === 'text') offset = alignUp(offset, 4);
      bind();
      if (section === 'data') {
        offset = alignUp(offset, 8);
        for (const decl of this.imports) {
          importSlots.push(offset);
          labelOffsets.set(decl.label, { section: 'data', offset });
          offset += 8;
        }
      }
      bind();
      sizes[section] = offset;
    }
    sizes.data = alignUp(sizes.data, bssAlignment);
    this.textSize = sizes.text;
    const dataBase = dataBaseFor(sizes.text);
    const bases: Record<SectionName, number> = { text: textBase, data: dataBase, bss: dataBase + sizes.data };
    this.constantValues.clear();
    this.addresses = new Map(
      [...labelOffsets].map(([name, { section, offset }]) => [name, BigInt(bases[section] + offset)]),
    );
    return { offsets, labelOffsets, sizes, importSlots, textSize: sizes.text };
  }

  private emit(layout: Layout): Module | undefined {
    const text = new Uint8Array(layout.sizes.text);
    const data = new Uint8Array(layout.sizes.data);
    const textView = new DataView(text.buffer);
    const dataView = new DataView(data.buffer);
    const lines: LineEntry[] = [];
    const files: string[] = [];
    for (const section of ['text', 'data'] as const) {
      const bytes = section === 'text' ? text : data;
      const view = section === 'text' ? textView : dataView;
      const base = section === 'text' ? textBase : dataBaseFor(layout.sizes.text);
      for (const [index, item] of this.sections[section].entries()) {
        const offset = layout.offsets[section][index]!;
        switch (item.kind) {
          case 'instruction': {
            const words = this.encodeItem(item, BigInt(base + offset), true);
            words.forEach((w, i) => view.setInt32(offset + 4 * i, w, true));
            let file = files.indexOf(item.source.file);
            if (file < 0) file = files.push(item.source.file) - 1;
            lines.push({ offset, file, line: item.source.line, column: item.source.column });
            break;
          }
          case 'bytes':
            bytes.set(item.bytes, offset);
            break;
          case 'values':
            item.values.forEach((node, i) => this.emitValue(view, offset + i * item.width, item.width, node));
            break;
          case 'align':
            bytes.fill(item.fill, offset, offset + itemSize(item, offset));
            break;
          case 'label':
          case 'space':
            break;
        }
      }
    }
    // Exports and the entry are checked even after other errors, so that their errors are reported too.
    const symbols = this.symbols(layout);
    const imports: ModuleImport[] = this.imports.map((decl, i) => ({
      name: decl.name,
      kind: decl.kind,
      slot: layout.importSlots[i]!,
    }));
    let entry: number | undefined;
    const entryName = this.entry?.name ?? symbols.find((s) => s.exported && s.name === 'main')?.name;
    if (entryName !== undefined) {
      const place = layout.labelOffsets.get(entryName);
      // The module format wants the entry on a word strictly inside text.
      if (place?.section !== 'text' || place.offset >= layout.sizes.text || place.offset % 4 !== 0) {
        const at = this.entry?.at ?? this.exports.find((e) => e.name === entryName)?.at;
        this.error('ASM030', at ?? { file: '', line: 1, column: 1 }, entryName);
        return undefined;
      }
      entry = place.offset;
    }
    if (this.diagnostics.length > 0) return undefined;
    const functions = symbols
      .filter((s) => s.kind === 'procedure' && s.section === 'text')
      .map((s) => ({ name: s.name, start: s.offset, end: s.offset + s.size }));
    const debug: DebugInfo | undefined =
      this.options.debug === false
        ? undefined
        : { files, lines, functions, ...this.debugVariableInfo(functions) };
    if (this.diagnostics.length > 0) return undefined;
    return {
      name: this.moduleName,
      programNumber: this.programNumber,
      programVersion: this.programVersion,
      entry,
      text,
      data,
      bssSize: layout.sizes.bss,
      symbols,
      imports,
      debug,
    };
  }

  /** The `debug-type` and `debug-var` directives as the debug section's types and variables (none: nothing). */
  private debugVariableInfo(functions: readonly FunctionRange[]): Pick<DebugInfo, 'types' | 'variables'> {
    if (this.debugTypes.length === 0 && this.debugVariables.length === 0) return {};
    const typeIndex = (file: string, id: number, at: SourceLocation): number => {
      const index = this.debugTypeIndex.get(`${file}#${id}`);
      if (index === undefined) this.error('ASM043', at, String(id));
      return index ?? 0;
    };
    const types = this.debugTypes.map(({ file, descriptor, at }) =>
      descriptor.replace(/#(\d+)/g, (_, id: string) => `#${typeIndex(file, Number(id), at)}`),
    );
    const functionIndex = new Map(functions.map((f, i) => [f.name, i]));
    const variables: DebugVariable[] = [];
    for (const v of this.debugVariables) {
      const type = typeIndex(v.file, v.typeId, v.at);
      const fn = v.function === undefined ? -1 : (functionIndex.get(v.function) ?? -1);
      if (v.location.kind !== 'static') {
        if (fn < 0) {
          this.error('ASM044', v.at, v.name);
          continue;
        }
        variables.push({ name: v.name, type, function: fn, location: v.location, scope: v.scope });
        continue;
      }
      const address = this.addresses.get(v.location.label);
      if (address === undefined) {
        this.error('ASM010', v.at, v.location.label);
        continue;
      }
      variables.push({
        name: v.name,
        type,
        function: fn,
        location: { kind: 'static', address: Number(address) },
        scope: v.scope,
      });
    }
    return { types, variables };
  }

  private emitValue(view: DataView, offset: number, width: 1 | 2 | 4 | 8, node: Node): void {
    let value: bigint;
    try {
      value = this.evaluate(node, true);
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      this.diagnostics.push(e.diagnostic);
      return;
    }
    const bits = BigInt(width * 8);
    if (value < -(1n << (bits - 1n)) || value >= 1n << bits) {
      this.error('ASM016', node.at, value.toString(), `${width * 8} bits`);
      return;
    }
    const u = BigInt.asUintN(64, value);
    if (width === 8) view.setBigUint64(offset, u, true);
    else if (width === 4) view.setUint32(offset, Number(u & 0xffffffffn), true);
    else if (width === 2) view.setUint16(offset, Number(u & 0xffffn), true);
    else view.setUint8(offset, Number(u & 0xffn));
  }

  private symbols(layout: Layout): ModuleSymbol[] {
    const exported = new Map<string, SymbolKind | undefined>();
    for (const e of this.exports) {
      if (!this.labels.has(e.name)) this.error('ASM029', e.at, e.name);
      else exported.set(e.name, e.kind ?? exported.get(e.name));
    }
    const symbols: ModuleSymbol[] = [];
    for (const section of ['text', 'data', 'bss'] as const) {
      const items = this.sections[section];
      const labelItems = items.flatMap((item, index) => (item.kind === 'label' ? [{ item, index }] : []));
      if (section === 'data') {
        for (const decl of this.imports) {
          labelItems.push({
            item: { kind: 'label', name: decl.label, procedure: false, at: decl.at },
            index: items.length,
          });
        }
      }
      const placed = labelItems.map(({ item, index }) => ({
        item,
        index,
        offset: layout.labelOffsets.get(item.name)!.offset,
      }));
      for (const [i, { item, index, offset }] of placed.entries()) {
        const isImportSlot = section === 'data' && index === items.length;
        let end = isImportSlot ? offset + 8 : layout.sizes[section];
        for (let j = i + 1; j < placed.length && !isImportSlot; j++) {
          const later = placed[j]!;
          if (later.offset > offset && (!item.procedure || later.item.procedure)) {
            end = later.offset;
            break;
          }
        }
        let kind: SymbolKind = section === 'text' ? 'label' : 'data';
        let next = index + 1;
        // The first item with bytes after the label decides its kind (padding belongs before the label).
        // (Labels, alignment and empty items have no bytes of their own: itemSize at offset 0 is 0.)
        while (items[next] !== undefined && itemSize(items[next]!) === 0) next++;
        if (item.procedure) kind = 'procedure';
        else if (items[next]?.kind === 'bytes') kind = 'string';
        else if (items[next]?.kind === 'values' || items[next]?.kind === 'space') kind = 'data';
        const exportKind = exported.get(item.name);
        symbols.push({
          name: item.name,
          section,
          offset,
          size: end - offset,
          kind: exportKind ?? kind,
          exported: exported.has(item.name),
        });
      }
    }
    return symbols;
  }
}

interface Layout {
  /** Offset of every item, by section, in item order. */
  readonly offsets: Record<SectionName, number[]>;
  readonly labelOffsets: ReadonlyMap<string, { section: SectionName; offset: number }>;
  readonly sizes: Record<SectionName, number>;
  readonly importSlots: readonly number[];
  readonly textSize: number;
}

function itemSize(item: Item, offset = 0): number {
  switch (item.kind) {
    case 'label':
      return 0;
    case 'instruction':
      return item.words * 4;
    case 'values':
      return item.values.length * item.width;
    case 'bytes':
      return item.bytes.length;
    case 'space':
      return item.size;
    case 'align':
      return alignUp(offset, item.alignment) - offset;
  }
}

function applyOperator(op: string, values: readonly bigint[], at: SourceLocation): bigint {
  const [first, ...rest] = values;
  const need = (n: number): void => {
    if (values.length !== n)
      throw new ValueError(diagnostic('ASM015', at, `${op} with ${values.length} operands`));
  };
  switch (op) {
    case '+':
      return values.reduce((a, b) => bounded(a + b, at), 0n);
    case '*':
      return values.reduce((a, b) => bounded(a * b, at), 1n);
    case '-':
      if (first === undefined) throw new ValueError(diagnostic('ASM015', at, '- with no operands'));
      return rest.length === 0 ? -first : rest.reduce((a, b) => bounded(a - b, at), first);
    case '/':
    case '%': {
      need(2);
      const [a, b] = values as [bigint, bigint];
      if (b === 0n) throw new ValueError(diagnostic('ASM014', at));
      return op === '/' ? a / b : a % b;
    }
    case '<<':
      need(2);
      return BigInt.asIntN(64, values[0]! << BigInt.asUintN(6, values[1]!));
    case '>>':
      need(2);
      return BigInt.asIntN(64, values[0]!) >> BigInt.asUintN(6, values[1]!);
    case '>>>':
      need(2);
      return BigInt.asUintN(64, values[0]!) >> BigInt.asUintN(6, values[1]!);
    case '&':
      return values.reduce((a, b) => a & b, -1n);
    case '|':
      return values.reduce((a, b) => a | b, 0n);
    case '^':
      return values.reduce((a, b) => a ^ b, 0n);
    case '~':
      need(1);
      return ~values[0]!;
    default:
      throw new ValueError(diagnostic('ASM015', at, op));
  }
}

/** An intermediate result, if it lies within ±2^maxValueBits. */
function bounded(value: bigint, at: SourceLocation): bigint {
  const limit = 1n << maxValueBits;
  if (value >= limit || value < -limit) {
    throw new ValueError(diagnostic('ASM016', at, value.toString(), `${maxValueBits} bits`));
  }
  return value;
}

function resolveInclude(from: string, path: string): string {
  if (path.startsWith('/')) return normalizePath(path);
  const slash = from.lastIndexOf('/');
  return normalizePath(slash < 0 ? path : `${from.slice(0, slash + 1)}${path}`);
}

function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (
      part === '..' &&
      parts.length > 0 &&
      parts[parts.length - 1] !== '..' &&
      parts[parts.length - 1] !== ''
    ) {
      parts.pop();
    } else if (part !== '.') {
      parts.push(part);
    }
  }
  return parts.join('/');
}

function defaultModuleName(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base) || 'module';
}
