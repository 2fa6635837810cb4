// Tessera's public API: the instruction set, assembler, module format and machine.

export * as isa from './isa/index.js';
export * from './asm/index.js';
export * from './module/index.js';
export * from './vm/index.js';
