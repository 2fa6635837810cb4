// The machine: memory, registers, the interpreter loops, traps, fuel, host functions and snapshots.

export {
  Machine,
  LoadError,
  haltAddress,
  firstCompiledChunk,
  type MachineOptions,
  type RunResult,
} from './machine.js';
export {
  standardHost,
  HostTrap,
  type HostContext,
  type HostFunction,
  type HostFunctions,
  type StandardStreams,
} from './host.js';
export { Trap, trapMessages, type Frame, type TrapCode } from './traps.js';
export { interpreterSource } from './interpreter.js';
export { SnapshotError } from './snapshot.js';
export { exitReason } from './interpreter.js';
export type { CompiledTier } from './machine.js';
export { stateLayout, entryBlocksOffset } from './state-area.js';
export type { DecodedText } from './predecode.js';
export { shadowCapacity } from './shadow-stack.js';
