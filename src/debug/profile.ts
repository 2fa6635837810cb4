// A finished profile (a call tree with weights per node and source line) and what is read from it: self and
// total weight per function and per source line, total counted once however deep a recursion goes.

import type { CodeFunction, CodeLine } from './profile-code-map.js';

/** How a profile was taken: counting every instruction (deterministic) or sampling by time. */
export type ProfileMode = 'count' | 'time';

/** One node of the call tree: a function called from its parent node (from any line of it). */
export interface ProfileNode {
  readonly id: number;
  /** The parent's id (-1 for the root, node 0, which stands for no function). */
  readonly parent: number;
  /** Index into `Profile.functions` (-1 for the root). */
  readonly function: number;
  /** Weight spent in this function itself at this place of the tree. */
  readonly self: number;
  /** `self` by source line: pairs of an index into `Profile.lines` and its weight, by line index. */
  readonly lines: readonly (readonly [line: number, weight: number])[];
  /** Child ids, in the order they were first reached. */
  readonly children: readonly number[];
}

/** A whole profile. Weights are instructions in count mode and microseconds in time mode. */
export interface Profile {
  readonly mode: ProfileMode;
  readonly unit: 'instructions' | 'microseconds';
  readonly functions: readonly CodeFunction[];
  readonly lines: readonly CodeLine[];
  /** The call tree; node 0 is the root, and every parent comes before its children. */
  readonly nodes: readonly ProfileNode[];
  /** The sum of all weights. */
  readonly total: number;
  /**
   * Per line (index into `lines`): the weight run while the line was active, that is while an instruction of it
   * ran or a call made from it had not returned (each instruction once, however many calls from it were live).
   */
  readonly lineTotals: Float64Array;
  /** Weight per text word (instruction address = text base + 4 * index). */
  readonly instructionWeights: Float64Array;
  /**
   * A timeline: the node on top at each sample, and the time from the previous sample (microseconds; in count
   * mode, instructions). Count mode takes a sample at a pseudo-random instruction every few hundred (the same
   * ones every run); time mode every sampling interval.
   */
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  /** Start and end of the run on the timeline's clock (microseconds; in count mode 0 and `total`). */
  readonly startTime: number;
  readonly endTime: number;
}

/** Self and total weight of a function or a source line. */
export interface ProfileEntry {
  /** Index into `Profile.functions` or `Profile.lines`. */
  readonly index: number;
  /** Weight spent in it. */
  readonly self: number;
  /** Weight spent in it or in what it called (each instruction counted once, recursion or not). */
  readonly total: number;
}

/** Each node's weight including its descendants (parents come before children, so one backward pass). */
export function subtreeWeights(profile: Profile): Float64Array {
  const weights = new Float64Array(profile.nodes.length);
  for (let id = profile.nodes.length - 1; id >= 0; id--) {
    const node = profile.nodes[id]!;
    weights[id]! += node.self;
    if (node.parent >= 0) weights[node.parent]! += weights[id]!;
  }
  return weights;
}

/**
 * Walk the tree depth first without recursion (deep recursion makes deep trees): `enter` before a node's
 * children, `leave` after them.
 */
function walk(
  profile: Profile,
  enter: (node: ProfileNode) => void,
  leave: (node: ProfileNode) => void,
): void {
  const stack: number[] = [0];
  const leaving: boolean[] = [false];
  while (stack.length > 0) {
    const id = stack.pop()!;
    const node = profile.nodes[id]!;
    if (leaving.pop()!) {
      leave(node);
      continue;
    }
    enter(node);
    stack.push(id);
    leaving.push(true);
    for (let c = node.children.length - 1; c >= 0; c--) {
      stack.push(node.children[c]!);
      leaving.push(false);
    }
  }
}

/**
 * Self and total per function, heaviest self first. A function's total adds the subtrees where it appears with
 * no caller of the same function above it, so a recursion is counted once.
 */
export function functionEntries(profile: Profile): ProfileEntry[] {
  const subtree = subtreeWeights(profile);
  const self = new Float64Array(profile.functions.length);
  const total = new Float64Array(profile.functions.length);
  const onPath = new Int32Array(profile.functions.length);
  walk(
    profile,
    (node) => {
      if (node.function < 0) return;
      self[node.function]! += node.self;
      if (onPath[node.function] === 0) total[node.function]! += subtree[node.id]!;
      onPath[node.function]!++;
    },
    (node) => {
      if (node.function >= 0) onPath[node.function]!--;
    },
  );
  return sortEntries(self, total);
}

/** Self and total per source line, heaviest self first. */
export function lineEntries(profile: Profile): ProfileEntry[] {
  const self = new Float64Array(profile.lines.length);
  for (const node of profile.nodes) for (const [line, weight] of node.lines) self[line]! += weight;
  return sortEntries(self, profile.lineTotals);
}

/** Entries with any weight, by self descending, then total descending, then index. */
function sortEntries(self: Float64Array, total: Float64Array): ProfileEntry[] {
  const entries: ProfileEntry[] = [];
  for (let i = 0; i < self.length; i++) {
    if (self[i]! > 0 || total[i]! > 0) entries.push({ index: i, self: self[i]!, total: total[i]! });
  }
  return entries.sort((a, b) => b.self - a.self || b.total - a.total || a.index - b.index);
}

/** The function names from the root's child down to a node (display names). */
export function stackOf(profile: Profile, id: number): string[] {
  const names: string[] = [];
  for (
    let node = profile.nodes[id];
    node !== undefined && node.parent >= 0;
    node = profile.nodes[node.parent]
  ) {
    names.push(profile.functions[node.function]!.displayName);
  }
  return names.reverse();
}
