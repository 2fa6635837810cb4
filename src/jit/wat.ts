// Prints Wasm function bodies written by our encoder (wasm.ts) as text, one instruction per line with its
// immediates, indented by block nesting: for golden tests of translations and for reading what the compiled
// tier made. Knows exactly the instructions CodeWriter writes; anything else is printed as an unknown byte.

import { op, saturating, valueType } from './wasm.js';

const names = new Map<number, string>(Object.entries(op).map(([name, code]) => [code, name]));
const saturatingNames = new Map<number, string>(
  Object.entries(saturating).map(([name, code]) => [code, name]),
);
const typeNames = new Map<number, string>(Object.entries(valueType).map(([name, code]) => [code, name]));

/** Reads LEB128 numbers and bytes from a byte array. */
class Reader {
  at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.at >= this.bytes.length;
  }

  byte(): number {
    if (this.done) throw new Error(`wat: unexpected end of bytes at ${this.at}`);
    return this.bytes[this.at++]!;
  }

  unsigned(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      result += (b & 0x7f) * scale;
      scale *= 128;
      if ((b & 0x80) === 0) return result;
    }
  }

  signed(): bigint {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      const b = this.byte();
      result |= BigInt(b & 0x7f) << shift;
      shift += 7n;
      if ((b & 0x80) === 0) return (b & 0x40) !== 0 ? result - (1n << shift) : result;
    }
  }

  advance(n: number): void {
    this.at += n;
  }
}

/** The text of one instruction's immediates, read after its opcode. */
function immediates(name: string, r: Reader): string {
  switch (name) {
    case 'block':
    case 'loop':
    case 'if': {
      const type = r.byte();
      return type === 0x40 ? '' : ` (result ${typeNames.get(type) ?? `0x${type.toString(16)}`})`;
    }
    case 'br':
    case 'br_if':
    case 'call':
    case 'return_call':
    case 'local.get':
    case 'local.set':
    case 'local.tee':
    case 'global.get':
    case 'global.set':
      return ` ${r.unsigned()}`;
    case 'br_table': {
      const count = r.unsigned();
      const depths = Array.from({ length: count + 1 }, () => r.unsigned());
      return ` ${depths.join(' ')}`;
    }
    case 'call_indirect':
    case 'return_call_indirect': {
      const type = r.unsigned();
      r.byte(); // table 0
      return ` (type ${type})`;
    }
    case 'i32.const':
    case 'i64.const':
      return ` ${r.signed()}`;
    case 'f64.const': {
      // Written by its bits (a NaN keeps its payload): printed as them.
      let bits = 0n;
      for (let k = 0n; k < 64n; k += 8n) bits |= BigInt(r.byte()) << k;
      return ` bits=0x${bits.toString(16).padStart(16, '0')}`;
    }
    default:
      if (/\.(load|store)/.test(name)) {
        r.unsigned(); // alignment hint: always 0 (the machine allows any alignment)
        const offset = r.unsigned();
        return offset === 0 ? '' : ` offset=${offset}`;
      }
      return '';
  }
}

/** One function body's instructions (CodeWriter bytes, without locals or the final `end`) as text. */
export function printCode(bytes: Uint8Array, indent = 0): string {
  const r = new Reader(bytes);
  const lines: string[] = [];
  let depth = indent;
  while (!r.done) {
    const code = r.byte();
    let name = names.get(code);
    if (code === 0xfc) name = saturatingNames.get(r.unsigned()) ?? '0xfc ?';
    if (name === undefined) {
      lines.push(`${'  '.repeat(depth)}unknown 0x${code.toString(16)}`);
      continue;
    }
    if (name === 'end' || name === 'else') depth = Math.max(indent, depth - 1);
    lines.push(`${'  '.repeat(depth)}${name}${immediates(name, r)}`);
    if (name === 'block' || name === 'loop' || name === 'if' || name === 'else') depth++;
  }
  return lines.join('\n');
}

/** The number of imported functions of a module (they come first in the function index space). */
function importedFunctions(r: Reader, end: number): number {
  let functions = 0;
  const count = r.unsigned();
  for (let i = 0; i < count && r.at < end; i++) {
    for (let k = 0; k < 2; k++) r.advance(r.unsigned()); // module and field names
    const kind = r.byte();
    if (kind === 0) {
      functions++;
      r.unsigned();
    } else if (kind === 1 || kind === 2) {
      if (kind === 1) r.byte(); // reference type
      const flags = r.byte();
      r.unsigned();
      if ((flags & 1) !== 0) r.unsigned();
    } else {
      r.advance(2); // global: value type, mutability
    }
  }
  return functions;
}

/** Every function defined in a module (from its code section) as `(func N (local ...)` and its body. */
export function printModuleCode(moduleBytes: Uint8Array): string {
  const r = new Reader(moduleBytes);
  r.advance(8); // magic and version
  let firstFunction = 0;
  const out: string[] = [];
  while (!r.done) {
    const id = r.byte();
    const size = r.unsigned();
    const end = r.at + size;
    if (id === 2) firstFunction = importedFunctions(r, end);
    if (id === 10) {
      const count = r.unsigned();
      for (let k = 0; k < count; k++) {
        const bodySize = r.unsigned();
        const bodyEnd = r.at + bodySize;
        const locals: string[] = [];
        const runs = r.unsigned();
        for (let i = 0; i < runs; i++) {
          const n = r.unsigned();
          const type = typeNames.get(r.byte()) ?? '?';
          for (let j = 0; j < n; j++) locals.push(type);
        }
        // The body's final `end` closes the function: leave it out, the closing parenthesis says it.
        const code = moduleBytes.subarray(r.at, bodyEnd - 1);
        out.push(`(func ${firstFunction + k}${locals.length > 0 ? ` (local ${locals.join(' ')})` : ''}`);
        out.push(`${printCode(code, 1)})`);
        r.at = bodyEnd;
      }
    }
    r.at = end;
  }
  return out.join('\n') + '\n';
}
