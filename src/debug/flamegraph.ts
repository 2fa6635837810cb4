// An SVG flame graph drawn from weighted stacks, in the manner of flamegraph.pl: the root at the bottom, each
// frame as wide as its weight, callees above callers, siblings by name, colours from the name. No script and no
// randomness: the same stacks give the same bytes.

import type { WeightedStack } from './profile-collapsed.js';

/** How to draw the flame graph. */
export interface FlameGraphOptions {
  readonly title?: string;
  /** What the weights count, for the tooltips (e.g. `instructions`). */
  readonly unit?: string;
  /** Image width in pixels (default 1200). */
  readonly width?: number;
}

interface Frame {
  readonly name: string;
  weight: number;
  readonly children: Map<string, Frame>;
}

const frameHeight = 16;
const padding = 10;
const titleHeight = 34;
const fontSize = 12;
/** An estimate of a character's width at `fontSize` in Verdana, for cutting names to fit. */
const charWidth = 7;
/** Frames narrower than this are left out (their weight still widens their callers). */
const minimumWidth = 0.1;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A warm colour chosen by the name (FNV-1a), so a function keeps its colour between graphs. */
function colourOf(name: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193) >>> 0;
  const red = 205 + (hash % 50);
  const green = (hash >>> 8) % 230;
  const blue = (hash >>> 16) % 55;
  return `rgb(${red},${green},${blue})`;
}

/** Two decimals at most, without trailing zeros. */
function number(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The name cut to fit `width` pixels, with `..` when cut; empty when not even three characters fit. */
function fitted(name: string, width: number): string {
  const room = Math.floor((width - 6) / charWidth);
  if (room < 3) return '';
  return name.length <= room ? name : `${name.slice(0, room - 2)}..`;
}

/** The SVG text of a flame graph of these stacks. */
export function renderFlameGraph(stacks: readonly WeightedStack[], options: FlameGraphOptions = {}): string {
  const width = options.width ?? 1200;
  const unit = options.unit ?? 'samples';
  const root: Frame = { name: 'all', weight: 0, children: new Map() };
  let depth = 0;
  for (const stack of stacks) {
    if (!(stack.weight > 0)) continue;
    root.weight += stack.weight;
    let frame = root;
    for (const name of stack.frames) {
      let child = frame.children.get(name);
      if (child === undefined) frame.children.set(name, (child = { name, weight: 0, children: new Map() }));
      child.weight += stack.weight;
      frame = child;
    }
    depth = Math.max(depth, stack.frames.length);
  }
  const height = titleHeight + (depth + 1) * frameHeight + padding * 2;
  const scale = root.weight > 0 ? (width - 2 * padding) / root.weight : 0;
  const out: string[] = [
    '<?xml version="1.0" standalone="no"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Verdana, sans-serif" font-size="${fontSize}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#f8f8f8"/>`,
    `<text x="${width / 2}" y="24" text-anchor="middle" font-size="17">${escapeXml(options.title ?? 'Flame graph')}</text>`,
  ];
  // Depth first without recursion; siblings left to right by name.
  const pending: { frame: Frame; x: number; level: number }[] = [{ frame: root, x: padding, level: 0 }];
  while (pending.length > 0) {
    const { frame, x, level } = pending.pop()!;
    const w = frame.weight * scale;
    if (w < minimumWidth) continue;
    const y = height - padding - (level + 1) * frameHeight;
    const share = root.weight > 0 ? (100 * frame.weight) / root.weight : 0;
    const label = fitted(frame.name, w);
    out.push(
      `<g><title>${escapeXml(frame.name)} (${frame.weight} ${unit}, ${share.toFixed(2)}%)</title>` +
        `<rect x="${number(x)}" y="${y}" width="${number(w)}" height="${frameHeight - 1}" rx="2" fill="${colourOf(frame.name)}"/>` +
        (label === '' ? '' : `<text x="${number(x + 3)}" y="${y + fontSize}">${escapeXml(label)}</text>`) +
        '</g>',
    );
    const children = [...frame.children.values()].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    let childX = x;
    const placed = children.map((child) => {
      const at = { frame: child, x: childX, level: level + 1 };
      childX += child.weight * scale;
      return at;
    });
    for (let i = placed.length - 1; i >= 0; i--) pending.push(placed[i]!);
  }
  out.push('</svg>', '');
  return out.join('\n');
}
