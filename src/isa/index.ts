// The instruction set: the table, operand layouts, and word encoding. Imports nothing outside isa.

export * from './layouts.js';
export * from './table.js';
export * from './encoding.js';
export * from './address-space.js';
export * from './branches.js';
