// The shape of a compiled function: its blocks in order, with the natural loops that can be Wasm loops (one
// entry at the header, properly nested) grouped as loop items. Other backward edges go round the function's
// dispatch loop, which can also enter the blocks compiled code is entered at (`enteredBlocks`). A loop whose
// header is a test that goes on into the body (a C `for` or `while`, test at the bottom in the text) is
// rotated: the Wasm loop starts at the body and ends with the test, and a copy of the test comes before it,
// so that the block the interpreter comes back to each round (the body, where the test branches) is the
// loop's start.

import type { JitFunction } from './discover.js';

/**
 * A block in layout order, or a loop of consecutive blocks, `header` (its first) to `last`, whose items are
 * in the order they are emitted: the header's first, or, `rotated`, last (its copy before the loop enters it).
 */
export type Item =
  | { readonly kind: 'block'; readonly block: number }
  | {
      readonly kind: 'loop';
      readonly header: number;
      readonly last: number;
      readonly rotated: boolean;
      readonly items: readonly Item[];
    };

/** The first block of an item (the header of a loop). */
export function firstBlock(item: Item): number {
  return item.kind === 'block' ? item.block : item.header;
}

/** The last block of an item (items hold consecutive blocks). */
export function lastBlock(item: Item): number {
  return item.kind === 'block' ? item.block : item.last;
}

/**
 * The blocks an item is entered at by a forward branch or the dispatch, in the order their Wasm blocks end:
 * its first; for a rotated loop, its header (the copy) and then its body's first block (the loop's start).
 */
export function itemEntries(item: Item): readonly number[] {
  if (item.kind === 'block') return [item.block];
  return item.rotated ? [item.header, firstBlock(item.items[0]!)] : [item.header];
}

/** The most instructions of a loop test that rotation copies. */
const maxRotatedTest = 8;

/** Group the function's blocks (numbered in layout order) into items. */
export function structure(fn: JitFunction): Item[] {
  const n = fn.blocks.length;
  const edges: [number, number][] = [];
  fn.blocks.forEach((block, from) => {
    for (const word of block.successors) {
      const to = fn.blockAt.get(word);
      if (to !== undefined) edges.push([from, to]);
    }
  });
  // A candidate loop per header: from it to its last backward edge's source.
  const lastLatch = new Map<number, number>();
  for (const [from, to] of edges) {
    if (to <= from) lastLatch.set(to, Math.max(lastLatch.get(to) ?? to, from));
  }
  const accepted: { header: number; last: number }[] = [];
  const candidates = [...lastLatch].sort(([h1, t1], [h2, t2]) => h1 - h2 || t2 - t1);
  for (const [header, last] of candidates) {
    const inside = (k: number): boolean => k >= header && k <= last;
    const singleEntry = edges.every(([from, to]) => !(to > header && to <= last && !inside(from)));
    const nests = accepted.every(
      (l) => last < l.header || l.last < header || (header >= l.header && last <= l.last),
    );
    if (singleEntry && nests) accepted.push({ header, last });
  }
  const loopAt = new Map(accepted.map((l) => [l.header, l.last]));
  /** Items for blocks from..to, where a loop headed at `from` itself is not opened again. */
  const build = (from: number, to: number, skipLoopAt: number): Item[] => {
    const items: Item[] = [];
    for (let k = from; k <= to;) {
      const last = loopAt.get(k);
      if (last !== undefined && k !== skipLoopAt) {
        const inner = build(k, last, k);
        const body = inner[1];
        const test = fn.blocks[k]!;
        const targets = test.successors.map((word) => fn.blockAt.get(word));
        const rotated =
          body?.kind === 'block' &&
          test.instructions.length <= maxRotatedTest &&
          targets.length === 2 &&
          targets.includes(body.block) &&
          targets.some((t) => t === undefined || t < k || t > last);
        items.push({
          kind: 'loop',
          header: k,
          last,
          rotated,
          items: rotated ? [...inner.slice(1), inner[0]!] : inner,
        });
        k = last + 1;
      } else {
        items.push({ kind: 'block', block: k });
        k++;
      }
    }
    return items;
  };
  return build(0, n - 1, -1);
}

/**
 * The blocks compiled code may be entered at (by `enter`, or by the dispatch after an interpreted instruction
 * or an indirect jump): those outside every loop, those that check their fuel (fuel.ts: loop headers, the
 * function's entry, indirect jumps' targets), and those a branch backward in the text goes to, where the
 * interpreter comes back in every round of a loop. So a loop entered only where its Wasm loop starts (its
 * header, or a rotated loop's body) needs no dispatch of its own at its top, which V8 would run every round;
 * the interpreter goes on from anywhere else in it to where the round comes back, at most a round.
 */
export function enteredBlocks(
  fn: JitFunction,
  items: readonly Item[],
  checks: readonly boolean[],
): boolean[] {
  const entered = checks.slice();
  for (const item of items) if (item.kind === 'block') entered[item.block] = true;
  // The interpreter looks for compiled code where a branch or jump goes: every round of a loop takes a branch
  // backward in the text, to one of these.
  for (const block of fn.blocks) {
    const from = block.instructions[block.instructions.length - 1]!;
    for (const word of block.successors) {
      const to = fn.blockAt.get(word);
      if (to !== undefined && word <= from) entered[to] = true;
    }
  }
  return entered;
}

/** Whether entering a loop item at one of its blocks needs the loop's own dispatch (one not in itemEntries). */
export function dispatchesWithin(item: Item, entered: readonly boolean[]): boolean {
  if (item.kind === 'block') return false;
  const entries = itemEntries(item);
  for (let b = item.header; b <= item.last; b++) if (entered[b] === true && !entries.includes(b)) return true;
  return false;
}

/**
 * The function with its blocks reordered so that every natural loop is contiguous with its header first
 * (reverse postorder over the loop nest); block 0 stays the entry. C compilers put a loop's test at its
 * bottom and enter it there, so address order would put the header after the body.
 */
export function layOut(fn: JitFunction): JitFunction {
  const n = fn.blocks.length;
  const successors = fn.blocks.map((block) =>
    block.successors.map((w) => fn.blockAt.get(w)).filter((b): b is number => b !== undefined),
  );
  const predecessors: number[][] = Array.from({ length: n }, () => []);
  successors.forEach((list, from) => list.forEach((to) => predecessors[to]!.push(from)));
  // Depth-first from the entry, then from blocks nothing reached (jump-table targets): backward edges.
  const state = new Uint8Array(n); // 0 unvisited, 1 on the stack, 2 done
  const backEdges: [number, number][] = [];
  /** Blocks entered from outside: the entry, and each block the search first reached as a root. */
  const roots = new Set<number>();
  for (const root of [0, ...Array.from({ length: n }, (_, b) => b)]) {
    if (state[root] !== 0) continue;
    roots.add(root);
    const stack: [number, number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const [node, next] = frame;
      if (next < successors[node]!.length) {
        frame[1]++;
        const to = successors[node]![next]!;
        if (state[to] === 1) backEdges.push([node, to]);
        else if (state[to] === 0) {
          state[to] = 1;
          stack.push([to, 0]);
        }
      } else {
        state[node] = 2;
        stack.pop();
      }
    }
  }
  // Natural loops by header: what reaches a back edge's source without passing the header.
  const loops = new Map<number, Set<number>>();
  for (const [latch, header] of backEdges) {
    const body = loops.get(header) ?? new Set([header]);
    const work = [latch];
    while (work.length > 0) {
      const x = work.pop()!;
      if (body.has(x)) continue;
      body.add(x);
      work.push(...predecessors[x]!);
    }
    loops.set(header, body);
  }
  // Loops entered other than at their header (irreducible) stay unordered: their edges use the dispatch. A
  // root is entered from outside too: a region only jump tables enter can hold two loops of the same blocks.
  for (const [header, body] of loops) {
    for (const x of body) {
      if (x !== header && (roots.has(x) || predecessors[x]!.some((p) => !body.has(p)))) loops.delete(header);
    }
  }
  const order: number[] = [];
  /** Lay out a region (the whole function, or one loop's body with `header` first) in reverse postorder. */
  const place = (members: ReadonlySet<number> | undefined, header: number): void => {
    const inside = (b: number): boolean => members === undefined || members.has(b);
    // Each block's stand-in in this region: the header of the outermost loop within it that holds the block.
    const standIn = new Map<number, number>();
    const sizeOf = new Map<number, number>();
    for (const [h, body] of loops) {
      if (body === members || !inside(h)) continue;
      for (const b of body) {
        if (body.size > (sizeOf.get(b) ?? 0)) {
          standIn.set(b, h);
          sizeOf.set(b, body.size);
        }
      }
    }
    const standInOf = (b: number): number => standIn.get(b) ?? b;
    const isUnit = (node: number): boolean => node !== header && standIn.get(node) === node;
    /** The stand-ins control goes to from `node`, ascending (so the lowest is visited last, placed first). */
    const edgesOut = (node: number): number[] => {
      const out = new Set<number>();
      for (const b of isUnit(node) ? loops.get(node)! : [node]) {
        for (const to of successors[b]!) {
          if (!inside(to) || to === header) continue;
          const s = standInOf(to);
          if (s !== node) out.add(s);
        }
      }
      return [...out].sort((x, y) => x - y);
    };
    const seen = new Set<number>();
    const post: number[] = [];
    const visit = (root: number): void => {
      seen.add(root);
      const stack: [number, number[]][] = [[root, edgesOut(root)]];
      while (stack.length > 0) {
        const frame = stack[stack.length - 1]!;
        const to = frame[1].pop();
        if (to === undefined) {
          post.push(frame[0]);
          stack.pop();
        } else if (!seen.has(to)) {
          seen.add(to);
          stack.push([to, edgesOut(to)]);
        }
      }
    };
    // Blocks the start does not reach (jump-table targets) first, so that in reverse they come after it.
    const start = standInOf(header < 0 ? 0 : header);
    const reached = new Set([start]);
    for (const work = [start]; work.length > 0;) {
      for (const to of edgesOut(work.pop()!)) {
        if (!reached.has(to)) {
          reached.add(to);
          work.push(to);
        }
      }
    }
    for (let b = n - 1; b >= 0; b--) {
      if (inside(b) && standInOf(b) === b && !reached.has(b) && !seen.has(b)) visit(b);
    }
    visit(start);
    for (let k = post.length - 1; k >= 0; k--) {
      const node = post[k]!;
      if (isUnit(node)) place(loops.get(node), node);
      else order.push(node);
    }
  };
  place(undefined, -1);
  const blocks = order.map((b) => fn.blocks[b]!);
  return {
    entry: fn.entry,
    blocks,
    blockAt: new Map(blocks.map((block, k) => [block.start, k])),
    roots: fn.roots,
  };
}
