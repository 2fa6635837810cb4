// Renders docs/ISA.md from the instruction table, so the reference can never drift from the code.

import { nullRegionSize, segmentAlignment, textBase } from './address-space.js';
import { layouts } from './layouts.js';
import { instructions } from './table.js';

const hex = (n: number): string => `0x${n.toString(16)}`;

/** The full text of docs/ISA.md. */
export function renderIsaReference(): string {
  const lines: string[] = [
    '<!-- Generated from src/isa/table.ts by `npm run gen`; do not edit. `npm run check` fails when it is stale. -->',
    '',
    '# The VP instruction set',
    '',
    'Registers `r0`..`r14` and `rsp` (register 15), 64 bits each. Operands are written source first,',
    "destination last. `c` and `i` are constants (64-bit, two's complement), `l` a label.",
    'Extensions to ChrysaLisp\'s base VP set are marked "ext".',
    '',
    '## Encoding',
    '',
    'Each instruction is one 32-bit little-endian word, followed by extension words when needed.',
    'Bits 0-7 hold the opcode. Register fields are 4 bits. A constant or label field holds a signed',
    'inline value; its most negative value (e.g. -32768 for a 16-bit field) is an escape meaning the',
    "value is in the next two extension words (low word first, 64 bits, two's complement). Branch,",
    "call and jump labels are stored as word offsets from the instruction's own address; data labels",
    '(`vp-lea-p`, `vp-cpy-pr`, `vp-cpy-rp`) as byte offsets. Register lists (`vp-push`, `vp-pop`) keep a',
    'count in bits 8-11 and up to five registers in bits 12-31, then eight per extension word. Host',
    'calls keep their argument registers in one extension word: count in bits 0-3, registers from bit 4.',
    '',
    '## Address space',
    '',
    `Every machine has one little-endian address space. Addresses below ${hex(nullRegionSize)} trap (null region).`,
    `Text starts at ${hex(textBase)} and is read-only. Data (initialised bytes, then zero-filled bss) starts at`,
    `the next multiple of ${hex(segmentAlignment)} after text and is read-write. The heap starts after bss,`,
    'rounded up to 16, and grows up through the `tessera.sbrk` host function. The stack occupies the top of',
    'memory (its size is set by the embedder), `rsp` starts at the top, and a push, call or `vp-alloc` that',
    'takes `rsp` below the stack limit traps. Everything from data to the top of memory is read-write.',
    '',
    '| layout | operands: field (bit position / width) |',
    '|---|---|',
  ];
  for (const [name, fields] of Object.entries(layouts)) {
    const text = fields.map((f) =>
      f.kind === 'regs' ? `${f.name}: register list` : `${f.name}: ${f.kind} @${f.shift}/${f.bits}`,
    );
    lines.push(`| ${name} | ${text.length === 0 ? '(none)' : text.join(', ')} |`);
  }
  lines.push('', '## Instructions', '', '| opcode | form | layout | | meaning |', '|---|---|---|---|---|');
  for (const info of instructions) {
    const form = [info.mnemonic, ...info.operands].join(' ');
    const hex = `0x${info.opcode.toString(16).padStart(2, '0')}`;
    lines.push(
      `| ${hex} | \`${form}\` | ${info.layout} | ${info.extension ? 'ext' : ''} | ${info.meaning.replaceAll('|', '\\|')} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
