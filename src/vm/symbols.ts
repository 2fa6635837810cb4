// Symbolization: a pc to `symbol+0xoffset` and, from the debug section, `file:line:column`.

import { textBase } from '../isa/index.js';
import type { Module } from '../module/types.js';
import type { Frame } from './traps.js';

/** Describe the code at byte address `pc`. */
export function symbolize(module: Module, pc: number): Frame {
  const offset = pc - textBase;
  const where = symbolAt(module, offset) ?? `0x${pc.toString(16)}`;
  return { pc, where, source: sourceAt(module, offset) };
}

function symbolAt(module: Module, offset: number): string | undefined {
  let best: { name: string; offset: number; procedure: boolean } | undefined;
  for (const s of module.symbols) {
    if (s.section !== 'text' || s.offset > offset) continue;
    const procedure = s.kind === 'procedure';
    const inside = offset < s.offset + Math.max(s.size, 1);
    if (!inside && !procedure) continue;
    // Prefer the innermost procedure; a local label only when no procedure covers the pc.
    if (best === undefined || (procedure && (!best.procedure || s.offset >= best.offset))) {
      if (procedure && !inside) continue;
      best = { name: s.name, offset: s.offset, procedure };
    }
  }
  if (best === undefined) return undefined;
  const delta = offset - best.offset;
  return delta === 0 ? best.name : `${best.name}+0x${delta.toString(16)}`;
}

function sourceAt(module: Module, offset: number): string | undefined {
  const lines = module.debug?.lines;
  if (lines === undefined || lines.length === 0) return undefined;
  let low = 0;
  let high = lines.length - 1;
  if (lines[0]!.offset > offset) return undefined;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid]!.offset <= offset) low = mid;
    else high = mid - 1;
  }
  const entry = lines[low]!;
  const file = module.debug?.files[entry.file] ?? '?';
  return `${file}:${entry.line}:${entry.column}`;
}
