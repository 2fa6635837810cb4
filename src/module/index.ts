// The module format (.tsm): the in-memory Module, its reader, writer and checks, and module hashes.
// The only door into src/module.

import { sha256Hex } from './sha256.js';

export * from './types.js';
export { readModule } from './read.js';
export { writeModule } from './write.js';
export { verifyModule } from './verify.js';
export { ModuleFormatError, moduleFormatMessages, type ModuleFormatCode } from './errors.js';
export { moduleMagic, moduleFormatVersion, moduleLimits } from './format.js';
export { sha256, sha256Hex } from './sha256.js';

/** The module's identity: SHA-256 of its file bytes, as 64 lowercase hexadecimal digits. */
export function moduleHash(bytes: Uint8Array): string {
  return sha256Hex(bytes);
}
