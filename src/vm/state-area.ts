// The state area: machine state kept in the same WebAssembly.Memory as the guest's memory, above its top
// (where no guest access can reach: every access is checked against the memory size), so that the
// interpreter and compiled code share registers, the shadow stack and the compiled-entry tables without copies.

import { shadowCapacity } from './shadow-stack.js';

/** Byte offsets from the start of the state area. */
export const stateLayout = {
  /** The 16 registers, 8 bytes each. */
  registers: 0,
  /** i32: word index of the next instruction, when compiled code hands over. */
  ip: 128,
  /** i32: the exit reason compiled code left with. */
  reason: 132,
  /** i64: fuel left, when compiled code hands over. */
  fuel: 136,
  /** i32: the shadow stack's depth. */
  shadowDepth: 144,
  /** i32: the fuel compiled code needed to go on, when it left for want of fuel. */
  need: 148,
  /** i32 × shadowCapacity: the shadow stack's return-address slots. */
  shadowSlots: 256,
  /** i32 × shadowCapacity: the shadow stack's return word indexes. */
  shadowReturns: 256 + 4 * shadowCapacity,
  /** i32 per text word (+1): 1 + the compiled function that has a block starting there, else 0. */
  entryFunctions: 256 + 8 * shadowCapacity,
} as const;

/** Bytes of the state area for a text of `words` words: the fixed part, then two i32 tables over text. */
export function stateAreaSize(words: number): number {
  return stateLayout.entryFunctions + 2 * 4 * (words + 1);
}

/** Offset of the table of block numbers (beside `entryFunctions`) for a text of `words` words. */
export function entryBlocksOffset(words: number): number {
  return stateLayout.entryFunctions + 4 * (words + 1);
}
