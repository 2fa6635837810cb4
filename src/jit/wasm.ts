// A small WebAssembly binary encoder: value types, opcodes, LEB128, a code writer for function bodies and a
// module builder with the sections the compiled tier uses (types, imports, functions, table, globals, exports,
// elements, code). Follows the WebAssembly 2.0 binary format; no validation beyond what V8 does on compile.

/** Value types. */
export const valueType = { i32: 0x7f, i64: 0x7e, f32: 0x7d, f64: 0x7c, funcref: 0x70 } as const;
/** A value type's byte. */
export type ValueType = (typeof valueType)[keyof typeof valueType];

/** The block type of a block, loop or if without parameters or results. */
const emptyBlock = 0x40;

/** Opcodes by their text-format names. */
export const op = {
  unreachable: 0x00,
  nop: 0x01,
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  else: 0x05,
  end: 0x0b,
  br: 0x0c,
  br_if: 0x0d,
  br_table: 0x0e,
  return: 0x0f,
  call: 0x10,
  call_indirect: 0x11,
  return_call: 0x12,
  return_call_indirect: 0x13,
  drop: 0x1a,
  select: 0x1b,
  'local.get': 0x20,
  'local.set': 0x21,
  'local.tee': 0x22,
  'global.get': 0x23,
  'global.set': 0x24,
  'i32.load': 0x28,
  'i64.load': 0x29,
  'f64.load': 0x2b,
  'i64.load8_s': 0x30,
  'i64.load8_u': 0x31,
  'i64.load16_s': 0x32,
  'i64.load16_u': 0x33,
  'i64.load32_s': 0x34,
  'i64.load32_u': 0x35,
  'i32.store': 0x36,
  'i64.store': 0x37,
  'f64.store': 0x39,
  'i64.store8': 0x3c,
  'i64.store16': 0x3d,
  'i64.store32': 0x3e,
  'i32.const': 0x41,
  'i64.const': 0x42,
  'f64.const': 0x44,
  'i32.eqz': 0x45,
  'i32.eq': 0x46,
  'i32.ne': 0x47,
  'i32.lt_s': 0x48,
  'i32.lt_u': 0x49,
  'i32.gt_s': 0x4a,
  'i32.gt_u': 0x4b,
  'i32.le_s': 0x4c,
  'i32.le_u': 0x4d,
  'i32.ge_s': 0x4e,
  'i32.ge_u': 0x4f,
  'i64.eqz': 0x50,
  'i64.eq': 0x51,
  'i64.ne': 0x52,
  'i64.lt_s': 0x53,
  'i64.lt_u': 0x54,
  'i64.gt_s': 0x55,
  'i64.gt_u': 0x56,
  'i64.le_s': 0x57,
  'i64.le_u': 0x58,
  'i64.ge_s': 0x59,
  'i64.ge_u': 0x5a,
  'f64.eq': 0x61,
  'f64.ne': 0x62,
  'f64.lt': 0x63,
  'f64.gt': 0x64,
  'f64.le': 0x65,
  'f64.ge': 0x66,
  'i32.add': 0x6a,
  'i32.sub': 0x6b,
  'i32.mul': 0x6c,
  'i32.and': 0x71,
  'i32.or': 0x72,
  'i32.xor': 0x73,
  'i32.shl': 0x74,
  'i32.shr_s': 0x75,
  'i32.shr_u': 0x76,
  'i64.add': 0x7c,
  'i64.sub': 0x7d,
  'i64.mul': 0x7e,
  'i64.div_s': 0x7f,
  'i64.div_u': 0x80,
  'i64.rem_s': 0x81,
  'i64.rem_u': 0x82,
  'i64.and': 0x83,
  'i64.or': 0x84,
  'i64.xor': 0x85,
  'i64.shl': 0x86,
  'i64.shr_s': 0x87,
  'i64.shr_u': 0x88,
  'f64.abs': 0x99,
  'f64.neg': 0x9a,
  'f64.sqrt': 0x9f,
  'f64.add': 0xa0,
  'f64.sub': 0xa1,
  'f64.mul': 0xa2,
  'f64.div': 0xa3,
  'f64.min': 0xa4,
  'f64.max': 0xa5,
  'i32.wrap_i64': 0xa7,
  'i64.extend_i32_s': 0xac,
  'i64.extend_i32_u': 0xad,
  'f32.demote_f64': 0xb6,
  'f64.convert_i64_s': 0xb9,
  'f64.convert_i64_u': 0xba,
  'f64.promote_f32': 0xbb,
  'i32.reinterpret_f32': 0xbc,
  'i64.reinterpret_f64': 0xbd,
  'f32.reinterpret_i32': 0xbe,
  'f64.reinterpret_i64': 0xbf,
} as const;

/** An opcode's name. */
export type OpName = keyof typeof op;

/** Saturating truncations live behind the 0xfc prefix. */
export const saturating = { 'i64.trunc_sat_f64_s': 6, 'i64.trunc_sat_f64_u': 7 } as const;

/** A growable byte array: translation writes hundreds of kilobytes a byte at a time. */
export class Bytes {
  private data = new Uint8Array(1024);
  length = 0;

  push(byte: number): void {
    if (this.length === this.data.length) this.grow(1);
    this.data[this.length++] = byte;
  }

  append(bytes: Bytes): void {
    if (this.length + bytes.length > this.data.length) this.grow(bytes.length);
    this.data.set(bytes.view(), this.length);
    this.length += bytes.length;
  }

  /** Overwrite the byte at `at`, written before. */
  set(at: number, byte: number): void {
    if (at >= this.length) throw new RangeError(`no byte ${at} yet`);
    this.data[at] = byte;
  }

  /** The bytes written so far (a view, valid until the next write). */
  view(): Uint8Array<ArrayBuffer> {
    return this.data.subarray(0, this.length);
  }

  private grow(extra: number): void {
    const bigger = new Uint8Array(Math.max(this.data.length * 2, this.length + extra));
    bigger.set(this.data.subarray(0, this.length));
    this.data = bigger;
  }
}

/** Append the unsigned LEB128 encoding of n. */
function unsignedLeb(out: Bytes, n: number): void {
  if (!(n >= 0 && Number.isInteger(n))) throw new RangeError(`not an unsigned integer: ${n}`);
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
}

/** Append the signed LEB128 encoding of the int32 n. */
function signedLeb32(out: Bytes, n: number): void {
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    const done = (n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return;
  }
}

/** Append the signed LEB128 encoding of the int64 n. */
function signedLeb(out: Bytes, n: bigint): void {
  if (n >= -0x80000000n && n <= 0x7fffffffn) {
    signedLeb32(out, Number(n));
    return;
  }
  for (;;) {
    const byte = Number(n & 0x7fn);
    n >>= 7n;
    const done = (n === 0n && (byte & 0x40) === 0) || (n === -1n && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return;
  }
}

/** Writes one function body's instructions. Branch depths are given by the caller. */
export class CodeWriter {
  readonly bytes = new Bytes();

  /** An instruction without immediates. */
  op(name: OpName): this {
    this.bytes.push(op[name]);
    return this;
  }

  /** A saturating float-to-integer truncation. */
  truncSat(name: keyof typeof saturating): this {
    this.bytes.push(0xfc);
    unsignedLeb(this.bytes, saturating[name]);
    return this;
  }

  block(): this {
    this.bytes.push(op.block);
    this.bytes.push(emptyBlock);
    return this;
  }

  loop(): this {
    this.bytes.push(op.loop);
    this.bytes.push(emptyBlock);
    return this;
  }

  /** Where the next instruction goes (for `loopToBlock`). */
  position(): number {
    return this.bytes.length;
  }

  /** Make the `loop` written at `at` a `block` (no branch goes back to it; V8 checks the stack in loops). */
  loopToBlock(at: number): void {
    if (this.bytes.view()[at] !== op.loop) throw new Error(`no loop at ${at}`);
    this.bytes.set(at, op.block);
  }

  /** `if` with no results, or with one result of `result`. */
  if(result?: ValueType): this {
    this.bytes.push(op.if);
    this.bytes.push(result ?? emptyBlock);
    return this;
  }

  end(): this {
    return this.op('end');
  }

  br(depth: number): this {
    this.bytes.push(op.br);
    unsignedLeb(this.bytes, depth);
    return this;
  }

  brIf(depth: number): this {
    this.bytes.push(op.br_if);
    unsignedLeb(this.bytes, depth);
    return this;
  }

  brTable(depths: readonly number[], otherwise: number): this {
    this.bytes.push(op.br_table);
    unsignedLeb(this.bytes, depths.length);
    for (const depth of depths) unsignedLeb(this.bytes, depth);
    unsignedLeb(this.bytes, otherwise);
    return this;
  }

  call(func: number): this {
    this.bytes.push(op.call);
    unsignedLeb(this.bytes, func);
    return this;
  }

  returnCall(func: number): this {
    this.bytes.push(op.return_call);
    unsignedLeb(this.bytes, func);
    return this;
  }

  /** call_indirect (or return_call_indirect) through table 0 with the function type `type`. */
  callIndirect(type: number, tail = false): this {
    this.bytes.push(tail ? op.return_call_indirect : op.call_indirect);
    unsignedLeb(this.bytes, type);
    this.bytes.push(0);
    return this;
  }

  localGet(index: number): this {
    this.bytes.push(op['local.get']);
    unsignedLeb(this.bytes, index);
    return this;
  }

  localSet(index: number): this {
    this.bytes.push(op['local.set']);
    unsignedLeb(this.bytes, index);
    return this;
  }

  localTee(index: number): this {
    this.bytes.push(op['local.tee']);
    unsignedLeb(this.bytes, index);
    return this;
  }

  globalGet(index: number): this {
    this.bytes.push(op['global.get']);
    unsignedLeb(this.bytes, index);
    return this;
  }

  globalSet(index: number): this {
    this.bytes.push(op['global.set']);
    unsignedLeb(this.bytes, index);
    return this;
  }

  i32Const(n: number): this {
    this.bytes.push(op['i32.const']);
    signedLeb32(this.bytes, n | 0);
    return this;
  }

  i64Const(n: bigint | number): this {
    this.bytes.push(op['i64.const']);
    if (typeof n === 'number' && n === (n | 0)) signedLeb32(this.bytes, n);
    else signedLeb(this.bytes, BigInt.asIntN(64, BigInt(n)));
    return this;
  }

  /** A double constant given by its exact bits (a NaN keeps its payload). */
  f64ConstBits(bits: bigint): this {
    this.bytes.push(op['f64.const']);
    for (let k = 0n; k < 64n; k += 8n) this.bytes.push(Number((bits >> k) & 0xffn));
    return this;
  }

  /** A load or store with alignment hint 0 (the machine allows any alignment) and a constant offset. */
  memory(name: OpName, offset = 0): this {
    this.bytes.push(op[name]);
    this.bytes.push(0);
    unsignedLeb(this.bytes, offset);
    return this;
  }
}

/** A function signature. */
export interface FunctionType {
  readonly params: readonly ValueType[];
  readonly results: readonly ValueType[];
}

/** A function to define: its type index, extra locals (by type, in order) and body. */
export interface FunctionDefinition {
  readonly type: number;
  readonly locals: readonly ValueType[];
  readonly body: CodeWriter;
}

/** Builds a module: imported functions and memory first, then defined functions, a table and exports. */
export class ModuleBuilder {
  private readonly types: FunctionType[] = [];
  private readonly importedFunctions: { module: string; name: string; type: number }[] = [];
  private memoryImport: { module: string; name: string; pages: number } | undefined;
  private readonly functions: FunctionDefinition[] = [];
  private readonly globals: { type: ValueType; init: number }[] = [];
  private readonly exports: { name: string; func: number }[] = [];
  private tableElements: number[] = [];

  /** The index of a function type, added once. */
  type(params: readonly ValueType[], results: readonly ValueType[]): number {
    const key = `${params.join(',')}>${results.join(',')}`;
    const found = this.types.findIndex((t) => `${t.params.join(',')}>${t.results.join(',')}` === key);
    if (found >= 0) return found;
    this.types.push({ params, results });
    return this.types.length - 1;
  }

  /** Import a function; all imports must come before the first defined function. Returns its index. */
  importFunction(module: string, name: string, type: number): number {
    if (this.functions.length > 0) throw new Error('imports must precede defined functions');
    this.importedFunctions.push({ module, name, type });
    return this.importedFunctions.length - 1;
  }

  /** Import the memory (its minimum size in 64 KiB pages). */
  importMemory(module: string, name: string, pages: number): void {
    this.memoryImport = { module, name, pages };
  }

  /** Reserve the next defined function's index. */
  get nextFunctionIndex(): number {
    return this.importedFunctions.length + this.functions.length;
  }

  /** Define a function; returns its index. */
  addFunction(definition: FunctionDefinition): number {
    this.functions.push(definition);
    return this.nextFunctionIndex - 1;
  }

  /** Replace the body of a function defined earlier (for bodies that need indexes known only later). */
  setFunction(index: number, definition: FunctionDefinition): void {
    this.functions[index - this.importedFunctions.length] = definition;
  }

  /** A mutable global (i32 or i64) with initial value `init`; returns its index. */
  addGlobal(init: number, type: typeof valueType.i32 | typeof valueType.i64 = valueType.i32): number {
    this.globals.push({ type, init });
    return this.globals.length - 1;
  }

  /** Export a function. */
  exportFunction(name: string, func: number): void {
    this.exports.push({ name, func });
  }

  /** Table 0 holds these functions, in order (its indexes are what call_indirect takes). */
  setTable(functions: readonly number[]): void {
    this.tableElements = [...functions];
  }

  /** The module's bytes. */
  encode(): Uint8Array<ArrayBuffer> {
    const out = new Bytes();
    for (const b of [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]) out.push(b);
    const section = (id: number, body: Bytes): void => {
      out.push(id);
      unsignedLeb(out, body.length);
      out.append(body);
    };
    const bytes = (body: Bytes, list: readonly number[]): void => {
      for (const b of list) body.push(b);
    };
    const name = (body: Bytes, text: string): void => {
      const encoded = new TextEncoder().encode(text);
      unsignedLeb(body, encoded.length);
      bytes(body, [...encoded]);
    };
    const vector = <T>(items: readonly T[], each: (body: Bytes, item: T) => void): Bytes => {
      const body = new Bytes();
      unsignedLeb(body, items.length);
      for (const item of items) each(body, item);
      return body;
    };

    section(
      1,
      vector(this.types, (body, t) => {
        body.push(0x60);
        unsignedLeb(body, t.params.length);
        bytes(body, t.params);
        unsignedLeb(body, t.results.length);
        bytes(body, t.results);
      }),
    );
    const imports = new Bytes();
    unsignedLeb(imports, this.importedFunctions.length + (this.memoryImport ? 1 : 0));
    for (const imp of this.importedFunctions) {
      name(imports, imp.module);
      name(imports, imp.name);
      imports.push(0x00);
      unsignedLeb(imports, imp.type);
    }
    if (this.memoryImport) {
      name(imports, this.memoryImport.module);
      name(imports, this.memoryImport.name);
      bytes(imports, [0x02, 0x00]);
      unsignedLeb(imports, this.memoryImport.pages);
    }
    section(2, imports);
    section(
      3,
      vector(this.functions, (body, f) => unsignedLeb(body, f.type)),
    );
    if (this.tableElements.length > 0) {
      section(
        4,
        vector([this.tableElements.length], (body, size) => {
          bytes(body, [valueType.funcref, 0x00]);
          unsignedLeb(body, size);
        }),
      );
    }
    if (this.globals.length > 0) {
      section(
        6,
        vector(this.globals, (body, g) => {
          bytes(body, [g.type, 0x01, g.type === valueType.i64 ? op['i64.const'] : op['i32.const']]);
          if (g.type === valueType.i64) signedLeb(body, BigInt(g.init));
          else signedLeb32(body, g.init);
          body.push(op.end);
        }),
      );
    }
    section(
      7,
      vector(this.exports, (body, e) => {
        name(body, e.name);
        body.push(0x00);
        unsignedLeb(body, e.func);
      }),
    );
    if (this.tableElements.length > 0) {
      const elements = new Bytes();
      unsignedLeb(elements, 1);
      bytes(elements, [0x00, op['i32.const'], 0x00, op.end]);
      unsignedLeb(elements, this.tableElements.length);
      for (const f of this.tableElements) unsignedLeb(elements, f);
      section(9, elements);
    }
    section(
      10,
      vector(this.functions, (body, f) => {
        const fn = new Bytes();
        // Locals are declared in runs of one type.
        const runs: [number, ValueType][] = [];
        for (const t of f.locals) {
          const last = runs[runs.length - 1];
          if (last !== undefined && last[1] === t) last[0]++;
          else runs.push([1, t]);
        }
        unsignedLeb(fn, runs.length);
        for (const [count, t] of runs) {
          unsignedLeb(fn, count);
          fn.push(t);
        }
        fn.append(f.body.bytes);
        fn.push(op.end);
        unsignedLeb(body, fn.length);
        body.append(fn);
      }),
    );
    return out.view().slice();
  }
}
