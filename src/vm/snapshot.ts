// Snapshots: the whole state of a machine as versioned bytes that name their module by hash, and the
// restore that continues the run bit for bit. Layout (little-endian):
//   0 magic "TSNP" | 4 u16 version | 6 u16 zero | 8 module SHA-256 (32 bytes) | 40 u32 memory size
//   44 u32 stack size | 48 registers 16 x i64 | 176 u32 ip | 180 f64 fuel | 188 f64 fuel used
//   196 f64 extra fuel used | 204 u32 heap break | 208 u32 status (0 ready, 1 halted) | 212 i32 exit code
//   216 u32 page size (4096) | 220 u32 page count N | 224 u32 shadow-stack depth D | 228 u32 entry stack top
//   232 D x (i32 slot, i32 return word index), innermost last | then N x (u32 page index, page bytes): the
//   non-zero pages.

import { sha256, writeModule, type Module } from '../module/index.js';
import { Machine, type MachineOptions } from './machine.js';
import { shadowCapacity } from './shadow-stack.js';

const magic = [0x54, 0x53, 0x4e, 0x50]; // "TSNP"
const version = 1;
const headerSize = 232;
const pageSize = 4096;

/** A snapshot that cannot be taken or restored. */
export class SnapshotError extends Error {
  constructor(message: string) {
    super(`snapshot: ${message}`);
    this.name = 'SnapshotError';
  }
}

const hashes = new WeakMap<Module, Uint8Array>();

/** SHA-256 of the module's file bytes (cached per module object). */
export function moduleDigest(module: Module): Uint8Array {
  let digest = hashes.get(module);
  if (digest === undefined) {
    digest = sha256(writeModule(module));
    hashes.set(module, digest);
  }
  return digest;
}

/** Serialise a machine that is ready to run or halted. */
export function takeSnapshot(m: Machine): Uint8Array {
  if (m.status === 'suspended')
    throw new SnapshotError('cannot snapshot while an async host call is pending');
  if (m.status === 'trapped') throw new SnapshotError('cannot snapshot a trapped machine');
  const pages: number[] = [];
  const words = m.M32;
  const wordsPerPage = pageSize / 4;
  for (let page = 0; page < m.memorySize / pageSize; page++) {
    const start = page * wordsPerPage;
    for (let i = start; i < start + wordsPerPage; i++) {
      if (words[i] !== 0) {
        pages.push(page);
        break;
      }
    }
  }
  const depth = m.shadow.depth[0]!;
  const pagesAt = headerSize + depth * 8;
  const bytes = new Uint8Array(pagesAt + pages.length * (4 + pageSize));
  const view = new DataView(bytes.buffer);
  bytes.set(magic, 0);
  view.setUint16(4, version, true);
  bytes.set(moduleDigest(m.module), 8);
  view.setUint32(40, m.memorySize, true);
  view.setUint32(44, m.memorySize - m.stackLimit, true);
  for (let r = 0; r < 16; r++) view.setBigInt64(48 + 8 * r, m.R[r]!, true);
  view.setUint32(176, m.ip, true);
  view.setFloat64(180, m.fuel, true);
  view.setFloat64(188, m.fuelUsed, true);
  view.setFloat64(196, m.extraFuelUsed, true);
  view.setUint32(204, m.heapBreak, true);
  view.setUint32(208, m.status === 'halted' ? 1 : 0, true);
  view.setInt32(212, m.exitCode, true);
  view.setUint32(216, pageSize, true);
  view.setUint32(220, pages.length, true);
  view.setUint32(224, depth, true);
  view.setUint32(228, m.entryStackTop, true);
  for (let d = 0; d < depth; d++) {
    view.setInt32(headerSize + 8 * d, m.shadow.slots[d]!, true);
    view.setInt32(headerSize + 8 * d + 4, m.shadow.returns[d]!, true);
  }
  let at = pagesAt;
  for (const page of pages) {
    view.setUint32(at, page, true);
    bytes.set(m.M8.subarray(page * pageSize, (page + 1) * pageSize), at + 4);
    at += 4 + pageSize;
  }
  return bytes;
}

/** A machine for `module` in exactly the state the snapshot recorded; `options` supplies the host functions. */
export function restoreSnapshot(module: Module, bytes: Uint8Array, options: MachineOptions = {}): Machine {
  if (bytes.length < headerSize || magic.some((b, i) => bytes[i] !== b))
    throw new SnapshotError('not a snapshot');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  if (view.getUint16(4, true) !== version)
    throw new SnapshotError(`unsupported version ${view.getUint16(4, true)}`);
  const digest = moduleDigest(module);
  if (digest.some((b, i) => bytes[8 + i] !== b))
    throw new SnapshotError('it was taken from a different module');
  const memorySize = view.getUint32(40, true);
  const stackSize = view.getUint32(44, true);
  const count = view.getUint32(220, true);
  const depth = view.getUint32(224, true);
  const pagesAt = headerSize + depth * 8;
  if (
    depth > shadowCapacity ||
    view.getUint32(216, true) !== pageSize ||
    bytes.length !== pagesAt + count * (4 + pageSize)
  ) {
    throw new SnapshotError('truncated or malformed page list');
  }
  const m = new Machine(module, { ...options, memorySize, stackSize });
  m.M8.fill(0);
  const slots: number[] = [];
  const returns: number[] = [];
  for (let d = 0; d < depth; d++) {
    slots.push(view.getInt32(headerSize + 8 * d, true));
    returns.push(view.getInt32(headerSize + 8 * d + 4, true));
  }
  m.shadow.load(slots, returns);
  let at = pagesAt;
  for (let i = 0; i < count; i++) {
    const page = view.getUint32(at, true);
    if (page >= memorySize / pageSize) throw new SnapshotError(`page ${page} lies outside memory`);
    m.M8.set(bytes.subarray(at + 4, at + 4 + pageSize), page * pageSize);
    at += 4 + pageSize;
  }
  for (let r = 0; r < 16; r++) m.R[r] = view.getBigInt64(48 + 8 * r, true);
  const ip = view.getUint32(176, true);
  if (ip > m.text.words) throw new SnapshotError(`pc outside text`);
  m.ip = ip;
  m.fuel = view.getFloat64(180, true);
  m.fuelUsed = view.getFloat64(188, true);
  m.extraFuelUsed = view.getFloat64(196, true);
  m.heapBreak = view.getUint32(204, true);
  m.status = view.getUint32(208, true) === 1 ? 'halted' : 'ready';
  m.exitCode = view.getInt32(212, true);
  m.entryStackTop = view.getUint32(228, true);
  return m;
}
