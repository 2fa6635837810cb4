// Symbolization: a pc to `symbol+0xoffset` and, from the debug section, `file:line:column`.

import { textBase } from '../isa/index.js';
import type { Module } from '../module/types.js';
import type { Frame } from './traps.js';

const frameCache = new WeakMap<Module, Map<number, Frame>>();

/** Describe the code at byte address `pc` (cached per module: deep recursion repeats a few pcs). */
export function symbolize(module: Module, pc: number): Frame {
  let cache = frameCache.get(module);
  if (cache === undefined) frameCache.set(module, (cache = new Map()));
  let frame = cache.get(pc);
  if (frame === undefined) {
    const offset = pc - textBase;
    const where = symbolAt(module, offset) ?? `0x${pc.toString(16)}`;
    frame = { pc, where, source: sourceAt(module, offset) };
    cache.set(pc, frame);
  }
  return frame;
}

/** `name+0xdelta` of the innermost procedure covering the offset, else of the innermost label. */
function symbolAt(module: Module, offset: number): string | undefined {
  const covering = module.symbols.filter(
    (s) => s.section === 'text' && s.offset <= offset && offset < s.offset + Math.max(s.size, 1),
  );
  const procedures = covering.filter((s) => s.kind === 'procedure');
  const candidates = procedures.length > 0 ? procedures : covering;
  const best = candidates.reduce<(typeof candidates)[number] | undefined>(
    (a, b) => (a === undefined || b.offset > a.offset ? b : a),
    undefined,
  );
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
