// A profile as collapsed stacks, the input of Brendan Gregg's flamegraph.pl, speedscope and inferno: one line
// per distinct stack, `main;fib;fib 1234`, outermost function first, weight in whole instructions or microseconds.

import { stackOf, type Profile } from './profile.js';

/** One distinct stack (function names, outermost first) and its self weight. */
export interface WeightedStack {
  readonly frames: readonly string[];
  readonly weight: number;
}

/** The profile's stacks with self weight, merged by name and sorted by their text (rounded weights). */
export function collapsedStacks(profile: Profile): WeightedStack[] {
  const weights = new Map<string, number>();
  for (const node of profile.nodes) {
    if (node.self === 0 || node.parent < 0) continue;
    const key = stackOf(profile, node.id).join(';');
    weights.set(key, (weights.get(key) ?? 0) + node.self);
  }
  return [...weights]
    .map(([key, weight]) => ({ key, weight: Math.round(weight) }))
    .filter((s) => s.weight > 0)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ key, weight }) => ({ frames: key.split(';'), weight }));
}

/** The collapsed-stack text: one `a;b;c weight` line per stack. */
export function toCollapsed(profile: Profile): string {
  return collapsedStacks(profile)
    .map((s) => `${s.frames.join(';')} ${s.weight}\n`)
    .join('');
}
