// Register allocation: liveness over the function's basic blocks (bitsets over the registers that live
// across blocks), then a linear scan over live intervals with the machine registers that instructions
// name (arguments, results, call clobbers) as fixed ranges; what does not fit is spilled to frame slots
// (or recomputed, for constants and addresses) and the scan runs again.

import {
  calleeSaved,
  callerSaved,
  firstVirtual,
  framePointer,
  instruction,
  isInvariant,
  isReg,
  labelOf,
  rsp,
  type FrameRef,
  type FunctionCode,
  type Instr,
  type Reg,
} from './ir.js';

/** The result: each register's machine register (by register number), and the callee-saved ones used. */
export interface Allocation {
  /** Indexed by register number: the machine register, or -1 for a register that is never used. */
  readonly assignment: Int32Array;
  readonly calleeSavedUsed: readonly Reg[];
}

/** Registers in the order they are tried: caller-saved first (no save needed), then callee-saved. */
const preference: readonly Reg[] = [...callerSaved, ...calleeSaved];
const isCalleeSaved: readonly boolean[] = Array.from({ length: 16 }, (_, r) => calleeSaved.includes(r));
const maxRounds = 20;

/** Allocate machine registers to the virtual ones of `code`, adding spill code to it where needed. */
export function allocateRegisters(code: FunctionCode): Allocation {
  removeUnreachable(code);
  const unspillable = new Set<Reg>();
  let known: number[][] | undefined;
  for (let round = 0; ; round++) {
    const { assignment, spilled, representative, liveOut } = scan(code, unspillable, known);
    if (spilled.length === 0) {
      const used = new Set(assignment.subarray(firstVirtual));
      if (code.dynamicStack) used.add(framePointer);
      return { assignment, calleeSavedUsed: calleeSaved.filter((r) => used.has(r)) };
    }
    if (round === maxRounds) throw new Error('register allocation did not converge');
    rewriteSpills(code, spilled, representative, unspillable);
    // Spill code adds no blocks and its temporaries live within one block: what was live at the end of
    // each block still is, except the spilled registers.
    const gone = new Set(spilled);
    known = liveOut.map((live) => live.filter((r) => !gone.has(r)));
  }
}

/** Drop instructions that follow a jump or return up to the next label: nothing can reach them. */
function removeUnreachable(code: FunctionCode): void {
  let reachable = true;
  code.instrs = code.instrs.filter((instr) => {
    if (instr.op === 'label') reachable = true;
    const keep = reachable;
    if (instr.terminal) reachable = false;
    return keep;
  });
}

/** Basic blocks as instruction index ranges, with their successors. */
interface Blocks {
  readonly from: number[];
  readonly to: number[];
  readonly successors: number[][];
}

function buildBlocks(instrs: readonly Instr[]): Blocks {
  const blocks: Blocks = { from: [], to: [], successors: [] };
  const blockOfLabel = new Map<string, number>();
  let start = 0;
  const close = (end: number): void => {
    if (end >= start) {
      blocks.from.push(start);
      blocks.to.push(end);
      blocks.successors.push([]);
    }
    start = end + 1;
  };
  instrs.forEach((instr, i) => {
    const label = labelOf(instr);
    if (label !== undefined) {
      close(i - 1);
      blockOfLabel.set(label, blocks.from.length);
    }
    if (instr.terminal || instr.targets.length > 0) close(i);
  });
  close(instrs.length - 1);
  const count = blocks.from.length;
  for (let b = 0; b < count; b++) {
    const last = instrs[blocks.to[b]!]!;
    const successors = blocks.successors[b]!;
    for (const target of last.targets) {
      const s = blockOfLabel.get(target);
      if (s === undefined) throw new Error(`branch to unknown label ${target}`);
      if (!successors.includes(s)) successors.push(s);
    }
    if (!last.terminal && b + 1 < count && !successors.includes(b + 1)) successors.push(b + 1);
  }
  return blocks;
}

/**
 * The virtual registers live at the end of each block. Only registers read in some block before being
 * written there can be live across blocks; the dataflow runs over bitsets of just those.
 */
function liveOutOf(instrs: readonly Instr[], blocks: Blocks, registerCount: number): number[][] {
  const count = blocks.from.length;
  const definedIn = new Int32Array(registerCount).fill(-1);
  const exposedIn = new Int32Array(registerCount).fill(-1);
  const globalIndex = new Int32Array(registerCount).fill(-1);
  const globals: Reg[] = [];
  const gen: Reg[][] = [];
  for (let b = 0; b < count; b++) {
    const exposed: Reg[] = [];
    for (let i = blocks.from[b]!; i <= blocks.to[b]!; i++) {
      const instr = instrs[i]!;
      for (const u of instr.uses) {
        if (u < firstVirtual || definedIn[u] === b || exposedIn[u] === b) continue;
        exposedIn[u] = b;
        exposed.push(u);
        if (globalIndex[u] === -1) {
          globalIndex[u] = globals.length;
          globals.push(u);
        }
      }
      for (const d of instr.defs) if (d >= firstVirtual) definedIn[d] = b;
    }
    gen.push(exposed);
  }
  if (globals.length === 0) return Array.from({ length: count }, () => []);
  const words = (globals.length + 31) >>> 5;
  const genBits = new Uint32Array(count * words);
  const killBits = new Uint32Array(count * words);
  const liveIn = new Uint32Array(count * words);
  const liveOut = new Uint32Array(count * words);
  for (let b = 0; b < count; b++) {
    const base = b * words;
    for (const u of gen[b]!) {
      const g = globalIndex[u]!;
      genBits[base + (g >>> 5)]! |= 1 << (g & 31);
    }
    for (let i = blocks.from[b]!; i <= blocks.to[b]!; i++) {
      for (const d of instrs[i]!.defs) {
        const g = d >= firstVirtual ? globalIndex[d]! : -1;
        if (g >= 0) killBits[base + (g >>> 5)]! |= 1 << (g & 31);
      }
    }
  }
  for (let changed = true; changed;) {
    changed = false;
    for (let b = count - 1; b >= 0; b--) {
      const base = b * words;
      const successors = blocks.successors[b]!;
      for (let w = 0; w < words; w++) {
        let out = 0;
        for (const s of successors) out |= liveIn[s * words + w]!;
        liveOut[base + w] = out;
        const value = (genBits[base + w]! | (out & ~killBits[base + w]!)) >>> 0;
        if (value !== liveIn[base + w]) {
          liveIn[base + w] = value;
          changed = true;
        }
      }
    }
  }
  const result: number[][] = [];
  for (let b = 0; b < count; b++) {
    const live: Reg[] = [];
    for (let w = 0; w < words; w++) {
      let bits = liveOut[b * words + w]!;
      while (bits !== 0) {
        const bit = 31 - Math.clz32(bits & -bits);
        live.push(globals[w * 32 + bit]!);
        bits &= bits - 1;
      }
    }
    result.push(live);
  }
  return result;
}

/** Sorted, disjoint position ranges [starts[i], ends[i]]; `owners[i]` is the virtual register holding it. */
interface RangeList {
  starts: number[];
  ends: number[];
  owners: number[];
}

/** The index of the first range in `list` that ends at or after `position`. */
function firstEndingAfter(ends: readonly number[], position: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a range of `list` overlaps [start, end]. */
function overlaps(list: RangeList, start: number, end: number): boolean {
  const i = firstEndingAfter(list.ends, start);
  return i < list.starts.length && list.starts[i]! <= end;
}

/**
 * Where a machine register is occupied: `fixed`, the ranges where instructions name it (built once per
 * scan), and `held`, the ranges of the virtual registers assigned to it. Kept apart so that assigning
 * inserts among few ranges.
 */
interface Occupancy {
  readonly fixed: RangeList;
  held: RangeList;
}

function emptyRanges(): RangeList {
  return { starts: [], ends: [], owners: [] };
}

/**
 * The live ranges of every register of a function, in one pool: register r has `count[r]` sorted,
 * disjoint ranges, starts at `ranges[2 * (offset[r] + k)]` and ends just after.
 */
interface LiveRanges {
  readonly offset: Int32Array;
  readonly count: Int32Array;
  ranges: Int32Array<ArrayBuffer>;
  /** Pairs in use in `ranges`. */
  used: number;
}

/** Whether register `reg` of `live` can go into `occupancy`. */
function isFreeFor(occupancy: Occupancy, live: LiveRanges, reg: Reg): boolean {
  const base = 2 * live.offset[reg]!;
  for (let k = 0; k < live.count[reg]!; k++) {
    const start = live.ranges[base + 2 * k]!;
    const end = live.ranges[base + 2 * k + 1]!;
    if (overlaps(occupancy.fixed, start, end) || overlaps(occupancy.held, start, end)) return false;
  }
  return true;
}

/** The holders of what overlaps register `reg`'s ranges, or undefined when a fixed range does. */
function ownersOverlapping(occupancy: Occupancy, live: LiveRanges, reg: Reg): Set<Reg> | undefined {
  const owners = new Set<Reg>();
  const held = occupancy.held;
  const base = 2 * live.offset[reg]!;
  for (let k = 0; k < live.count[reg]!; k++) {
    const start = live.ranges[base + 2 * k]!;
    const end = live.ranges[base + 2 * k + 1]!;
    if (overlaps(occupancy.fixed, start, end)) return undefined;
    for (let i = firstEndingAfter(held.ends, start); i < held.starts.length && held.starts[i]! <= end; i++) {
      owners.add(held.owners[i]!);
    }
  }
  return owners;
}

function occupy(list: RangeList, owner: number, start: number, end: number): void {
  const i = firstEndingAfter(list.ends, start);
  if (i === list.starts.length) {
    list.starts.push(start);
    list.ends.push(end);
    list.owners.push(owner);
    return;
  }
  list.starts.splice(i, 0, start);
  list.ends.splice(i, 0, end);
  list.owners.splice(i, 0, owner);
}

/** A growable pool of (start, end, next) range records, linked per register. */
class RangePool {
  starts: Int32Array<ArrayBuffer> = new Int32Array(1024);
  ends: Int32Array<ArrayBuffer> = new Int32Array(1024);
  next: Int32Array<ArrayBuffer> = new Int32Array(1024);
  size = 0;
  readonly head: Int32Array;
  readonly count: Int32Array;

  constructor(registerCount: number) {
    this.head = new Int32Array(registerCount).fill(-1);
    this.count = new Int32Array(registerCount);
  }

  add(reg: Reg, start: number, end: number): void {
    if (this.size === this.starts.length) {
      const grow = (old: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
        const bigger = new Int32Array(old.length * 2);
        bigger.set(old);
        return bigger;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.next = grow(this.next);
    }
    const record = this.size++;
    this.starts[record] = start;
    this.ends[record] = end;
    this.next[record] = this.head[reg]!;
    this.head[reg] = record;
    this.count[reg]!++;
  }

  /** Each register's ranges sorted and merged (overlapping or adjacent ones joined). */
  merged(): LiveRanges {
    const registerCount = this.head.length;
    const offset = new Int32Array(registerCount);
    const count = new Int32Array(registerCount);
    const ranges = new Int32Array(2 * this.size);
    let used = 0;
    const pairs: number[] = [];
    for (let r = 0; r < registerCount; r++) {
      offset[r] = used;
      if (this.count[r] === 0) continue;
      if (this.count[r] === 1) {
        const record = this.head[r]!;
        ranges[2 * used] = this.starts[record]!;
        ranges[2 * used + 1] = this.ends[record]!;
        count[r] = 1;
        used++;
        continue;
      }
      pairs.length = 0;
      for (let record = this.head[r]!; record >= 0; record = this.next[record]!) pairs.push(record);
      pairs.sort((a, b) => this.starts[a]! - this.starts[b]!);
      let n = 0;
      for (const record of pairs) {
        const start = this.starts[record]!;
        const end = this.ends[record]!;
        const last = 2 * (used + n - 1) + 1;
        if (n > 0 && start <= ranges[last]! + 1) ranges[last] = Math.max(ranges[last]!, end);
        else {
          ranges[2 * (used + n)] = start;
          ranges[2 * (used + n) + 1] = end;
          n++;
        }
      }
      count[r] = n;
      used += n;
    }
    return { offset, count, ranges, used };
  }
}

/** Whether two registers' ranges overlap. */
function rangesOverlap(live: LiveRanges, a: Reg, b: Reg): boolean {
  const r = live.ranges;
  let i = 2 * live.offset[a]!;
  let j = 2 * live.offset[b]!;
  const iEnd = i + 2 * live.count[a]!;
  const jEnd = j + 2 * live.count[b]!;
  while (i < iEnd && j < jEnd) {
    if (r[i + 1]! < r[j]!) i += 2;
    else if (r[j + 1]! < r[i]!) j += 2;
    else return true;
  }
  return false;
}

/** Give register `a` the union of its ranges and `b`'s (which must not overlap), and `b` none. */
function joinRanges(live: LiveRanges, a: Reg, b: Reg, scratch: number[]): void {
  const r = live.ranges;
  let i = 2 * live.offset[a]!;
  let j = 2 * live.offset[b]!;
  const iEnd = i + 2 * live.count[a]!;
  const jEnd = j + 2 * live.count[b]!;
  scratch.length = 0;
  while (i < iEnd || j < jEnd) {
    let from: number;
    if (j >= jEnd || (i < iEnd && r[i]! < r[j]!)) {
      from = i;
      i += 2;
    } else {
      from = j;
      j += 2;
    }
    const last = scratch.length - 1;
    if (last > 0 && r[from]! <= scratch[last]! + 1) scratch[last] = Math.max(scratch[last]!, r[from + 1]!);
    else scratch.push(r[from]!, r[from + 1]!);
  }
  const n = scratch.length / 2;
  // Usually a copy's two sides meet end to end and the union is no longer: it then stays in place.
  if (n > live.count[a]!) {
    if (2 * (live.used + n) > live.ranges.length) {
      const bigger = new Int32Array(2 * (live.ranges.length + 2 * n));
      bigger.set(live.ranges);
      live.ranges = bigger;
    }
    live.offset[a] = live.used;
    live.used += n;
  }
  live.ranges.set(scratch, 2 * live.offset[a]!);
  live.count[a] = n;
  live.count[b] = 0;
}

/**
 * Coalesce the two sides of each register-to-register copy whose live ranges do not overlap into one
 * interval (union-find: `parent`), so that the copy disappears. Returns each register's representative.
 */
function coalesce(
  instrs: readonly Instr[],
  live: LiveRanges,
  weights: Float64Array,
  hints: (Reg[] | undefined)[],
  unspillable: ReadonlySet<Reg>,
): Int32Array {
  const parent = new Int32Array(live.count.length);
  for (let r = 0; r < parent.length; r++) parent[r] = r;
  const find = (r: Reg): Reg => {
    while (parent[r] !== r) r = parent[r] = parent[parent[r]!]!;
    return r;
  };
  const scratch: number[] = [];
  for (const instr of instrs) {
    if (instr.op !== 'vp-cpy-rr') continue;
    const a = instr.args[0] as Reg;
    const b = instr.args[1] as Reg;
    if (a < firstVirtual || b < firstVirtual || unspillable.has(a) || unspillable.has(b)) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra === rb || live.count[ra] === 0 || live.count[rb] === 0 || rangesOverlap(live, ra, rb)) continue;
    joinRanges(live, ra, rb, scratch);
    parent[rb] = ra;
    weights[ra] = weights[ra]! + weights[rb]!;
    // A few hints are enough; a variable joined with many temporaries would otherwise collect hundreds.
    const into = (hints[ra] ??= []);
    for (const hint of hints[rb] ?? []) if (into.length < 8 && !into.includes(hint)) into.push(hint);
  }
  for (let r = 0; r < parent.length; r++) parent[r] = find(r);
  return parent;
}

/** The weight of a use at a loop nesting depth. */
const depthWeights: readonly number[] = [1, 10, 100, 1000, 10000, 100000];

/**
 * Positions: instruction i reads at 2i and writes at 2i + 1, so a register read for the last time by an
 * instruction can receive its result. Each virtual register gets the exact ranges where it is live.
 */
function scan(
  code: FunctionCode,
  unspillable: ReadonlySet<Reg>,
  knownLiveOut: number[][] | undefined,
): { assignment: Int32Array; spilled: Reg[]; representative: Int32Array; liveOut: number[][] } {
  const instrs = code.instrs;
  const registerCount = code.nextReg;
  const blocks = buildBlocks(instrs);
  const liveOut =
    knownLiveOut?.length === blocks.from.length ? knownLiveOut : liveOutOf(instrs, blocks, registerCount);

  const pool = new RangePool(registerCount);
  const fixedPool = new RangePool(15);
  const weights = new Float64Array(registerCount);
  const hints: (Reg[] | undefined)[] = new Array<Reg[] | undefined>(registerCount);
  const addHint = (reg: Reg, hint: Reg): void => {
    if (reg < firstVirtual) return;
    const list = hints[reg];
    if (list === undefined) hints[reg] = [hint];
    else list.push(hint);
  };
  const liveUntil = new Int32Array(registerCount).fill(-1);
  const openAt = new Int32Array(15);
  const touched: Reg[] = [];
  for (let b = 0; b < blocks.from.length; b++) {
    const from = blocks.from[b]!;
    const to = blocks.to[b]!;
    for (const r of liveOut[b]!) {
      liveUntil[r] = 2 * to + 1;
      touched.push(r);
    }
    for (let i = to; i >= from; i--) {
      const instr = instrs[i]!;
      const weight = depthWeights[Math.min(instr.depth, 5)]!;
      const defs = instr.defs;
      for (let k = 0; k < defs.length; k++) {
        const d = defs[k]!;
        if (d < firstVirtual) continue;
        weights[d] = weights[d]! + weight;
        const end = liveUntil[d]!;
        pool.add(d, 2 * i + 1, end >= 0 ? end : 2 * i + 1);
        liveUntil[d] = -1;
      }
      const uses = instr.uses;
      for (let k = 0; k < uses.length; k++) {
        const u = uses[k]!;
        if (u < firstVirtual) continue;
        weights[u] = weights[u]! + weight;
        if (liveUntil[u]! < 0) {
          liveUntil[u] = 2 * i;
          touched.push(u);
        }
      }
      if (instr.op === 'vp-cpy-rr') {
        const source = instr.args[0] as Reg;
        const target = instr.args[1] as Reg;
        addHint(source, target);
        addHint(target, source);
      } else if (instr.op === 'commute') {
        addHint(instr.args[2] as Reg, instr.args[1] as Reg);
        addHint(instr.args[2] as Reg, instr.args[0] as Reg);
      }
    }
    for (const r of touched) {
      const end = liveUntil[r]!;
      if (end >= 0) {
        pool.add(r, 2 * from, end);
        liveUntil[r] = -1;
      }
    }
    touched.length = 0;

    // Fixed ranges of machine registers, from a write to the last read before the next write.
    openAt.fill(-1);
    for (let i = from; i <= to; i++) {
      const instr = instrs[i]!;
      for (const u of instr.uses) {
        if (u < firstVirtual && u !== rsp) {
          const start = openAt[u]!;
          fixedPool.add(u, start >= 0 ? start : 2 * from, 2 * i);
        }
      }
      for (const d of instr.defs) {
        if (d < firstVirtual && d !== rsp) {
          openAt[d] = 2 * i + 1;
          fixedPool.add(d, 2 * i + 1, 2 * i + 1);
        }
      }
    }
  }
  const fixedRanges = fixedPool.merged();
  const registers: Occupancy[] = Array.from({ length: 15 }, (_, r) => {
    const fixed = emptyRanges();
    const base = 2 * fixedRanges.offset[r]!;
    for (let k = 0; k < fixedRanges.count[r]!; k++) {
      fixed.starts.push(fixedRanges.ranges[base + 2 * k]!);
      fixed.ends.push(fixedRanges.ranges[base + 2 * k + 1]!);
      fixed.owners.push(-1);
    }
    return { fixed, held: emptyRanges() };
  });
  const live = pool.merged();
  const representative = coalesce(instrs, live, weights, hints, unspillable);

  const order: Reg[] = [];
  for (let r = firstVirtual; r < registerCount; r++) if (live.count[r]! > 0) order.push(r);
  const startOf = (r: Reg): number => live.ranges[2 * live.offset[r]!]!;
  order.sort((a, b) => startOf(a) - startOf(b) || a - b);

  const assignment = new Int32Array(registerCount).fill(-1);
  for (let r = 0; r < firstVirtual; r++) assignment[r] = r;
  const spilled: Reg[] = [];
  const weightOf = (reg: Reg): number => (unspillable.has(reg) ? Infinity : weights[reg]!);
  const calleeSavedInUse: Reg[] = [];
  // The frame pointer of a function whose stack moves is no register to allocate.
  const reserved = code.dynamicStack ? framePointer : rsp;
  const isFree = (candidate: Reg, reg: Reg): boolean =>
    candidate >= 0 &&
    candidate !== rsp &&
    candidate !== reserved &&
    isFreeFor(registers[candidate]!, live, reg);

  for (const reg of order) {
    let chosen = -1;
    for (const hint of hints[reg] ?? []) {
      const candidate = assignment[representative[hint]!]!;
      if (isFree(candidate, reg)) {
        chosen = candidate;
        break;
      }
    }
    if (chosen < 0) chosen = callerSaved.find((r) => isFree(r, reg)) ?? -1;
    if (chosen < 0) chosen = calleeSavedInUse.find((r) => isFree(r, reg)) ?? -1;
    if (chosen < 0) chosen = preference.find((r) => isFree(r, reg)) ?? -1;
    if (chosen < 0) {
      // Evict the cheapest set of holders of one register, if cheaper than spilling this interval.
      let best: { reg: Reg; owners: Set<Reg>; cost: number } | undefined;
      for (const candidate of preference) {
        if (candidate === reserved) continue;
        const owners = ownersOverlapping(registers[candidate]!, live, reg);
        if (owners === undefined) continue;
        let cost = 0;
        for (const owner of owners) cost += weightOf(owner);
        if (cost < weightOf(reg) && (best === undefined || cost < best.cost))
          best = { reg: candidate, owners, cost };
      }
      if (best === undefined) {
        if (unspillable.has(reg)) throw new Error('no register for a spill temporary');
        spilled.push(reg);
        continue;
      }
      for (const owner of best.owners) {
        spilled.push(owner);
        assignment[owner] = -1;
      }
      const occupancy = registers[best.reg]!;
      const kept = emptyRanges();
      const held = occupancy.held;
      for (let i = 0; i < held.starts.length; i++) {
        if (best.owners.has(held.owners[i]!)) continue;
        kept.starts.push(held.starts[i]!);
        kept.ends.push(held.ends[i]!);
        kept.owners.push(held.owners[i]!);
      }
      occupancy.held = kept;
      chosen = best.reg;
    }
    assignment[reg] = chosen;
    const held = registers[chosen]!.held;
    const base = 2 * live.offset[reg]!;
    for (let k = 0; k < live.count[reg]!; k++) {
      occupy(held, reg, live.ranges[base + 2 * k]!, live.ranges[base + 2 * k + 1]!);
    }
    if (isCalleeSaved[chosen] && !calleeSavedInUse.includes(chosen)) calleeSavedInUse.push(chosen);
  }
  // Coalesced registers share their representative's register, or its spilling.
  const isSpilledRepresentative = new Uint8Array(registerCount);
  for (const reg of spilled) isSpilledRepresentative[reg] = 1;
  for (let r = firstVirtual; r < registerCount; r++) {
    const rep = representative[r]!;
    if (rep === r) continue;
    assignment[r] = assignment[rep]!;
    if (isSpilledRepresentative[rep] === 1) spilled.push(r);
  }
  return { assignment, spilled, representative, liveOut };
}

/**
 * Give each spilled register a frame slot; load it into a fresh register before the instructions that
 * read it and store it after the ones that write it. A run of consecutive instructions touching the same
 * spilled register shares one load and one store. A register whose only definition is recomputable is
 * recomputed before each run instead, and needs no slot.
 */
function rewriteSpills(
  code: FunctionCode,
  spilled: readonly Reg[],
  representative: Int32Array,
  unspillable: Set<Reg>,
): void {
  const isSpilled = new Uint8Array(code.nextReg);
  for (const reg of spilled) isSpilled[reg] = 1;
  const touches = (instr: Instr): boolean =>
    instr.uses.some((r) => isSpilled[r] === 1) || instr.defs.some((r) => isSpilled[r] === 1);
  const definitions = new Map<Reg, Instr[]>();
  for (const instr of code.instrs) {
    for (const d of instr.defs) {
      if (isSpilled[d] !== 1) continue;
      const list = definitions.get(d);
      if (list === undefined) definitions.set(d, [instr]);
      else list.push(instr);
    }
  }
  // Coalesced registers (never live at once) share a slot.
  const recompute = new Map<Reg, Instr>();
  const slots = new Map<Reg, number>();
  for (const reg of spilled) {
    const defs = definitions.get(reg) ?? [];
    if (defs.length === 1 && isInvariant(defs[0]!)) recompute.set(reg, defs[0]!);
    else if (!slots.has(representative[reg]!)) slots.set(representative[reg]!, code.spillSlots++);
  }
  const spillSlot = (reg: Reg): FrameRef => ({ area: 'spill', offset: 8 * slots.get(representative[reg]!)! });
  const load = (reg: Reg, temp: Reg, depth: number): Instr => {
    const definition = recompute.get(reg);
    if (definition !== undefined) {
      return {
        ...definition,
        args: [...definition.args.slice(0, -1), temp],
        defs: [temp],
        depth,
        at: undefined,
      };
    }
    return { ...spillLoad, args: [rsp, spillSlot(reg), temp], uses: [], defs: [temp], depth };
  };

  interface Run {
    readonly temp: Reg;
    dirty: boolean;
  }
  const out: Instr[] = [];
  const open = new Map<Reg, Run>();
  const store = (reg: Reg, run: Run, depth: number): void => {
    if (run.dirty)
      out.push({ ...spillStore, args: [run.temp, rsp, spillSlot(reg)], uses: [run.temp], depth });
    run.dirty = false;
  };
  const closeAll = (depth: number): void => {
    for (const [reg, run] of open) store(reg, run, depth);
    open.clear();
  };
  for (const instr of code.instrs) {
    if (instr.op === 'loc') {
      out.push(instr);
      continue;
    }
    if (!touches(instr)) {
      if (open.size > 0) closeAll(instr.depth);
      out.push(instr);
      continue;
    }
    if (instr.defs.length === 1 && recompute.get(instr.defs[0]!) === instr) continue;
    if (instr.op === 'vp-cpy-rr') {
      // A copy between registers sharing a slot copies nothing.
      const [from, to] = instr.args as [Reg, Reg];
      const sameSlot = (r: Reg): boolean => isSpilled[r] === 1 && !recompute.has(r);
      if (sameSlot(from) && sameSlot(to) && representative[from] === representative[to]) continue;
    }
    const touched = [...instr.uses, ...instr.defs].filter(
      (r, i, all) => isSpilled[r] === 1 && all.indexOf(r) === i,
    );
    for (const [reg, run] of open) {
      if (touched.includes(reg)) continue;
      store(reg, run, instr.depth);
      open.delete(reg);
    }
    for (const reg of touched) {
      if (open.has(reg)) continue;
      const temp = code.nextReg++;
      unspillable.add(temp);
      open.set(reg, { temp, dirty: false });
      if (instr.uses.includes(reg)) out.push(load(reg, temp, instr.depth));
    }
    const map = (r: Reg): Reg => (isSpilled[r] === 1 ? open.get(r)!.temp : r);
    instr.args = instr.args.map((arg) => (isReg(arg) ? map(arg) : arg));
    instr.uses = instr.uses.map(map);
    for (const d of instr.defs) if (isSpilled[d] === 1) open.get(d)!.dirty = true;
    instr.defs = instr.defs.map(map);
    if (instr.terminal || instr.targets.length > 0 || instr.op === 'call' || instr.op === 'ret') {
      // The value must be in its slot before control leaves or a call clobbers the temporary.
      for (const [reg, run] of open) store(reg, run, instr.depth);
      out.push(instr);
      open.clear();
    } else {
      out.push(instr);
    }
  }
  closeAll(0);
  code.instrs = out;
}

/** Templates of the spill code's loads and stores (their registers and slot are filled in). */
const spillLoad: Instr = instruction('vp-cpy-ir', [rsp, 0n, firstVirtual], 0);
const spillStore: Instr = instruction('vp-cpy-ri', [firstVirtual, rsp, 0n], 0);
