// Little-endian byte helpers: a growable writer and a bounds-checked reader whose every overrun is a
// ModuleFormatError.

import { formatError } from './errors.js';

const largestU32 = 0xffffffff;

/** Appends little-endian integers and bytes to a buffer that grows as needed. */
export class ByteWriter {
  private buffer: Uint8Array;
  private used: number;

  constructor(initialCapacity = 256) {
    this.buffer = new Uint8Array(Math.max(16, initialCapacity));
    this.used = 0;
  }

  /** Bytes written so far. */
  get length(): number {
    return this.used;
  }

  /** Append one byte. */
  u8(value: number): void {
    this.reserve(1);
    this.buffer[this.used++] = value & 0xff;
  }

  /** Append a 16-bit little-endian value. */
  u16(value: number): void {
    this.reserve(2);
    this.buffer[this.used++] = value & 0xff;
    this.buffer[this.used++] = (value >>> 8) & 0xff;
  }

  /** Append a 32-bit little-endian value; throws unless it is an integer in 0..0xffffffff. */
  u32(value: number): void {
    if (!Number.isInteger(value) || value < 0 || value > largestU32) {
      throw formatError('fileTooLarge', undefined, value);
    }
    this.reserve(4);
    this.buffer[this.used++] = value & 0xff;
    this.buffer[this.used++] = (value >>> 8) & 0xff;
    this.buffer[this.used++] = (value >>> 16) & 0xff;
    this.buffer[this.used++] = (value >>> 24) & 0xff;
  }

  /** Append a copy of `bytes`. */
  bytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
  }

  /** Append zero bytes until the length is a multiple of `alignment`. */
  padTo(alignment: number): void {
    while (this.used % alignment !== 0) this.u8(0);
  }

  /** The bytes written, trimmed to length (a copy; the writer can go on being used). */
  finish(): Uint8Array {
    return this.buffer.slice(0, this.used);
  }

  private reserve(extra: number): void {
    const needed = this.used + extra;
    if (needed <= this.buffer.length) return;
    let capacity = this.buffer.length * 2;
    while (capacity < needed) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.buffer.subarray(0, this.used));
    this.buffer = grown;
  }
}

/** Reads little-endian values from `bytes[start, end)`; reading past `end` throws ModuleFormatError. */
export class ByteReader {
  private readonly bytes: Uint8Array;
  private readonly end: number;
  /** Named in the error when a read runs past the end, e.g. "the debug section". */
  private readonly region: string;
  private position: number;

  constructor(bytes: Uint8Array, start: number, end: number, region: string) {
    this.bytes = bytes;
    this.end = Math.min(end, bytes.length);
    this.region = region;
    this.position = Math.min(start, this.end);
  }

  /** Offset (in `bytes`) of the next byte to read. */
  get offset(): number {
    return this.position;
  }

  /** Bytes left before the end. */
  get remaining(): number {
    return this.end - this.position;
  }

  /** Read one byte. */
  u8(): number {
    this.need(1);
    return this.bytes[this.position++]!;
  }

  /** Read a 16-bit little-endian value. */
  u16(): number {
    this.need(2);
    const at = this.position;
    this.position += 2;
    return this.bytes[at]! | (this.bytes[at + 1]! << 8);
  }

  /** Read a 32-bit little-endian value (unsigned). */
  u32(): number {
    this.need(4);
    const at = this.position;
    this.position += 4;
    const bytes = this.bytes;
    return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
  }

  /** A view (not a copy) of the next `count` bytes. */
  bytesView(count: number): Uint8Array {
    this.need(count);
    const at = this.position;
    this.position += count;
    return this.bytes.subarray(at, at + count);
  }

  private need(count: number): void {
    if (count > this.end - this.position) {
      throw formatError('truncated', this.position, this.region, count - (this.end - this.position));
    }
  }
}
