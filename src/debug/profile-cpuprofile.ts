// A profile as a `.cpuprofile`: the JSON that V8's profiler writes (CDP's Profiler.Profile) and Chrome DevTools
// opens, with the C source file as each node's url. Nodes are merged by function under the same parent.

import type { Profile } from './profile.js';

/** A node of a `.cpuprofile`. */
export interface CpuProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly scriptId: string;
    readonly url: string;
    /** 0-based. */
    readonly lineNumber: number;
    readonly columnNumber: number;
  };
  /** Self weight: instructions in count mode, microseconds in time mode. */
  readonly hitCount: number;
  readonly children: number[];
  /** Self weight by source line (1-based lines, as CDP's PositionTickInfo). */
  readonly positionTicks?: { readonly line: number; readonly ticks: number }[];
}

/** CDP's Profiler.Profile. */
export interface CpuProfile {
  readonly nodes: CpuProfileNode[];
  /** Microseconds (in count mode one instruction counts as one microsecond). */
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: number[];
  readonly timeDeltas: number[];
}

/** The `.cpuprofile` of a profile. Weights are rounded to whole instructions or microseconds. */
export function toCpuProfile(profile: Profile): CpuProfile {
  const scripts = new Map<string, string>();
  const scriptId = (url: string): string => {
    if (url === '') return '0';
    let id = scripts.get(url);
    if (id === undefined) scripts.set(url, (id = String(scripts.size + 1)));
    return id;
  };
  const nodes: {
    id: number;
    fn: number;
    hits: number;
    ticks: Map<number, number>;
    children: number[];
    index: Map<number, number>;
  }[] = [{ id: 1, fn: -1, hits: 0, ticks: new Map(), children: [], index: new Map() }];
  // Profile node id -> merged node id (parents come first, so a parent is always mapped already).
  const merged = new Int32Array(profile.nodes.length);
  merged[0] = 1;
  for (const node of profile.nodes) {
    if (node.parent < 0) continue;
    const parent = nodes[merged[node.parent]! - 1]!;
    let id = parent.index.get(node.function);
    if (id === undefined) {
      id = nodes.length + 1;
      nodes.push({ id, fn: node.function, hits: 0, ticks: new Map(), children: [], index: new Map() });
      parent.index.set(node.function, id);
      parent.children.push(id);
    }
    merged[node.id] = id;
    const target = nodes[id - 1]!;
    target.hits += node.self;
    const file = profile.functions[node.function]!.file;
    for (const [line, weight] of node.lines) {
      const source = profile.lines[line]!;
      if (source.file !== file || source.line === 0) continue; // ticks count lines of the node's own script
      target.ticks.set(source.line, (target.ticks.get(source.line) ?? 0) + weight);
    }
  }
  const out: CpuProfileNode[] = nodes.map((node) => {
    const fn = node.fn < 0 ? undefined : profile.functions[node.fn]!;
    const url = fn?.file ?? '';
    const ticks = [...node.ticks]
      .map(([line, weight]) => ({ line, ticks: Math.round(weight) }))
      .filter((t) => t.ticks > 0)
      .sort((a, b) => a.line - b.line);
    return {
      id: node.id,
      callFrame: {
        functionName: fn?.displayName ?? '(root)',
        scriptId: scriptId(url),
        url,
        lineNumber: fn === undefined || fn.line === 0 ? -1 : fn.line - 1,
        columnNumber: fn === undefined || fn.line === 0 ? -1 : 0,
      },
      hitCount: Math.round(node.hits),
      children: node.children,
      ...(ticks.length > 0 ? { positionTicks: ticks } : {}),
    };
  });
  // Deltas rounded so that their running sum stays within half a unit of the exact one.
  const timeDeltas: number[] = [];
  let exact = 0;
  let rounded = 0;
  for (const delta of profile.timeDeltas) {
    exact += delta;
    const next = Math.round(exact);
    timeDeltas.push(next - rounded);
    rounded = next;
  }
  return {
    nodes: out,
    startTime: Math.round(profile.startTime),
    endTime: Math.max(Math.round(profile.endTime), Math.round(profile.startTime) + rounded),
    samples: profile.samples.map((id) => merged[id]!),
    timeDeltas,
  };
}
