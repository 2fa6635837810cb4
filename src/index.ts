// Tessera's public API: the instruction set, assembler, module format, machine and compiled tier.

export * as isa from './isa/index.js';
export * from './asm/index.js';
export * from './module/index.js';
export * from './vm/index.js';
export * from './jit/index.js';
