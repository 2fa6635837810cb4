// Register allocation: liveness over the function's basic blocks, then a linear scan over live
// intervals with the machine registers that instructions name (arguments, results, call clobbers) as
// fixed ranges; what does not fit is spilled to frame slots and the scan runs again.

import {
  calleeSaved,
  callerSaved,
  firstVirtual,
  instruction,
  isReg,
  labelOf,
  rsp,
  type FunctionCode,
  type Instr,
  type Reg,
} from './ir.js';

/** The result: each virtual register's machine register, and the callee-saved registers used. */
export interface Allocation {
  readonly assignment: ReadonlyMap<Reg, Reg>;
  readonly calleeSavedUsed: readonly Reg[];
}

interface Interval {
  readonly reg: Reg;
  /** Sorted, disjoint positions where the register is live. */
  ranges: [number, number][];
  weight: number;
  hints: Reg[];
}

/** Registers in the order they are tried: caller-saved first (no save needed), then callee-saved. */
const preference: readonly Reg[] = [...callerSaved, ...calleeSaved];
const maxRounds = 20;

/** Allocate machine registers to the virtual ones of `code`, adding spill code to it where needed. */
export function allocateRegisters(code: FunctionCode): Allocation {
  removeUnreachable(code);
  const unspillable = new Set<Reg>();
  for (let round = 0; ; round++) {
    const { assignment, spilled } = scan(code, unspillable);
    if (spilled.length === 0) {
      const used = new Set(assignment.values());
      return { assignment, calleeSavedUsed: calleeSaved.filter((r) => used.has(r)) };
    }
    if (round === maxRounds) throw new Error('register allocation did not converge');
    rewriteSpills(code, spilled, unspillable);
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

interface Block {
  readonly from: number; // first instruction index
  readonly to: number; // last instruction index
  successors: number[];
  readonly gen: Set<Reg>;
  readonly kill: Set<Reg>;
  liveIn: Set<Reg>;
  liveOut: Set<Reg>;
}

function buildBlocks(instrs: readonly Instr[]): Block[] {
  const blocks: Block[] = [];
  const blockOfLabel = new Map<string, number>();
  let start = 0;
  const close = (end: number): void => {
    if (end >= start) {
      blocks.push({
        from: start,
        to: end,
        successors: [],
        gen: new Set(),
        kill: new Set(),
        liveIn: new Set(),
        liveOut: new Set(),
      });
    }
    start = end + 1;
  };
  instrs.forEach((instr, i) => {
    const label = labelOf(instr);
    if (label !== undefined) {
      close(i - 1);
      blockOfLabel.set(label, blocks.length);
    }
    if (instr.terminal || instr.targets.length > 0) close(i);
  });
  close(instrs.length - 1);
  blocks.forEach((block, b) => {
    const last = instrs[block.to]!;
    for (const target of last.targets) {
      const s = blockOfLabel.get(target);
      if (s === undefined) throw new Error(`branch to unknown label ${target}`);
      block.successors.push(s);
    }
    if (!last.terminal && b + 1 < blocks.length) block.successors.push(b + 1);
    for (let i = block.from; i <= block.to; i++) {
      const instr = instrs[i]!;
      for (const u of instr.uses) if (u >= firstVirtual && !block.kill.has(u)) block.gen.add(u);
      for (const d of instr.defs) if (d >= firstVirtual) block.kill.add(d);
    }
  });
  return blocks;
}

function computeLiveness(blocks: Block[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (let b = blocks.length - 1; b >= 0; b--) {
      const block = blocks[b]!;
      const out = new Set<Reg>();
      for (const s of block.successors) for (const r of blocks[s]!.liveIn) out.add(r);
      const liveIn = new Set(block.gen);
      for (const r of out) if (!block.kill.has(r)) liveIn.add(r);
      if (liveIn.size !== block.liveIn.size) changed = true;
      block.liveIn = liveIn;
      block.liveOut = out;
    }
  }
}

/** A register's occupied positions: sorted, disjoint ranges, each with the virtual register holding it (or none: fixed). */
type Occupancy = { start: number; end: number; owner: Interval | undefined }[];

/** The index of the first range in `ranges` that ends at or after `position`. */
function firstEndingAfter(ranges: Occupancy, position: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.end < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What in `occupancy` overlaps `interval`: undefined for nothing, else the owners (`fixed` set when a fixed range does). */
function conflicts(
  occupancy: Occupancy,
  interval: Interval,
): { fixed: boolean; owners: Set<Interval> } | undefined {
  let result: { fixed: boolean; owners: Set<Interval> } | undefined;
  for (const [start, end] of interval.ranges) {
    for (let i = firstEndingAfter(occupancy, start); i < occupancy.length; i++) {
      const range = occupancy[i]!;
      if (range.start > end) break;
      result ??= { fixed: false, owners: new Set() };
      if (range.owner === undefined) result.fixed = true;
      else result.owners.add(range.owner);
    }
  }
  return result;
}

function occupy(
  occupancy: Occupancy,
  interval: Interval | undefined,
  ranges: readonly [number, number][],
): void {
  for (const [start, end] of ranges) {
    occupancy.splice(firstEndingAfter(occupancy, start), 0, { start, end, owner: interval });
  }
}

/**
 * Positions: instruction i reads at 2i and writes at 2i + 1, so a register read for the last time by an
 * instruction can receive its result. Each virtual register gets the exact ranges where it is live.
 */
function scan(
  code: FunctionCode,
  unspillable: ReadonlySet<Reg>,
): { assignment: Map<Reg, Reg>; spilled: Reg[] } {
  const instrs = code.instrs;
  const blocks = buildBlocks(instrs);
  computeLiveness(blocks);

  const intervals = new Map<Reg, Interval>();
  const intervalOf = (reg: Reg): Interval => {
    let interval = intervals.get(reg);
    if (interval === undefined) {
      interval = { reg, ranges: [], weight: 0, hints: [] };
      intervals.set(reg, interval);
    }
    return interval;
  };
  // Fixed ranges of machine registers, from a write to the last read before the next write.
  const fixed: [number, number][][] = Array.from({ length: 15 }, () => []);
  for (const block of blocks) {
    const liveUntil = new Map<Reg, number>();
    for (const r of block.liveOut) liveUntil.set(r, 2 * block.to + 1);
    for (let i = block.to; i >= block.from; i--) {
      const instr = instrs[i]!;
      const weight = 10 ** Math.min(instr.depth, 5);
      for (const d of instr.defs) {
        if (d < firstVirtual) continue;
        const interval = intervalOf(d);
        interval.weight += weight;
        interval.ranges.push([2 * i + 1, liveUntil.get(d) ?? 2 * i + 1]);
        liveUntil.delete(d);
      }
      for (const u of instr.uses) {
        if (u < firstVirtual) continue;
        intervalOf(u).weight += weight;
        if (!liveUntil.has(u)) liveUntil.set(u, 2 * i);
      }
      if (instr.op === 'vp-cpy-rr') {
        const [from, to] = instr.args as [Reg, Reg];
        if (from >= firstVirtual) intervalOf(from).hints.push(to);
        if (to >= firstVirtual) intervalOf(to).hints.push(from);
      }
    }
    for (const [r, end] of liveUntil) intervalOf(r).ranges.push([2 * block.from, end]);

    const openAt = new Map<Reg, number>();
    for (let i = block.from; i <= block.to; i++) {
      const instr = instrs[i]!;
      for (const u of instr.uses) {
        if (u < firstVirtual && u !== rsp) fixed[u]!.push([openAt.get(u) ?? 2 * block.from, 2 * i]);
      }
      for (const d of instr.defs) {
        if (d < firstVirtual && d !== rsp) {
          openAt.set(d, 2 * i + 1);
          fixed[d]!.push([2 * i + 1, 2 * i + 1]);
        }
      }
    }
  }
  for (const interval of intervals.values()) interval.ranges = mergeRanges(interval.ranges);
  const registers: Occupancy[] = fixed.map((ranges) => {
    const occupancy: Occupancy = [];
    occupy(occupancy, undefined, mergeRanges(ranges));
    return occupancy;
  });

  const startOf = (interval: Interval): number => interval.ranges[0]?.[0] ?? 0;
  const order = [...intervals.values()].sort((a, b) => startOf(a) - startOf(b) || a.reg - b.reg);
  const assignment = new Map<Reg, Reg>();
  const spilled: Reg[] = [];
  const weightOf = (interval: Interval): number =>
    unspillable.has(interval.reg) ? Infinity : interval.weight;
  const calleeSavedInUse = new Set<Reg>();
  const isFree = (reg: Reg | undefined, interval: Interval): reg is Reg =>
    reg !== undefined && reg !== rsp && conflicts(registers[reg]!, interval) === undefined;

  for (const interval of order) {
    let chosen: Reg | undefined;
    for (const hint of interval.hints) {
      const reg = hint >= firstVirtual ? assignment.get(hint) : hint;
      if (isFree(reg, interval)) {
        chosen = reg;
        break;
      }
    }
    chosen ??= callerSaved.find((r) => isFree(r, interval));
    chosen ??= [...calleeSavedInUse].find((r) => isFree(r, interval));
    chosen ??= preference.find((r) => isFree(r, interval));
    if (chosen === undefined) {
      // Evict the cheapest set of holders of one register, if cheaper than spilling this interval.
      let best: { reg: Reg; owners: Set<Interval>; cost: number } | undefined;
      for (const reg of preference) {
        const found = conflicts(registers[reg]!, interval);
        if (found === undefined || found.fixed) continue;
        let cost = 0;
        for (const owner of found.owners) cost += weightOf(owner);
        if (cost < weightOf(interval) && (best === undefined || cost < best.cost))
          best = { reg, owners: found.owners, cost };
      }
      if (best === undefined) {
        if (unspillable.has(interval.reg)) throw new Error('no register for a spill temporary');
        spilled.push(interval.reg);
        continue;
      }
      const occupancy = registers[best.reg]!;
      for (const owner of best.owners) {
        spilled.push(owner.reg);
        assignment.delete(owner.reg);
      }
      registers[best.reg] = occupancy.filter(
        (range) => range.owner === undefined || !best.owners.has(range.owner),
      );
      chosen = best.reg;
    }
    assignment.set(interval.reg, chosen);
    occupy(registers[chosen]!, interval, interval.ranges);
    if (calleeSaved.includes(chosen)) calleeSavedInUse.add(chosen);
  }
  return { assignment, spilled };
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Give each spilled register a frame slot; load it into a fresh register before each read, store after each write. */
function rewriteSpills(code: FunctionCode, spilled: readonly Reg[], unspillable: Set<Reg>): void {
  const slots = new Map<Reg, number>();
  for (const reg of spilled) slots.set(reg, code.spillSlots++);
  const out: Instr[] = [];
  for (const instr of code.instrs) {
    const touched = [...new Set([...instr.uses, ...instr.defs])].filter((r) => slots.has(r));
    if (touched.length === 0) {
      out.push(instr);
      continue;
    }
    const replacement = new Map<Reg, Reg>();
    for (const reg of touched) {
      const temp = code.nextReg++;
      unspillable.add(temp);
      replacement.set(reg, temp);
      if (instr.uses.includes(reg)) {
        out.push(
          instruction('vp-cpy-ir', [rsp, { area: 'spill', offset: 8 * slots.get(reg)! }, temp], instr.depth),
        );
      }
    }
    const map = (r: Reg): Reg => replacement.get(r) ?? r;
    instr.args = instr.args.map((arg) => (isReg(arg) ? map(arg) : arg));
    instr.uses = instr.uses.map(map);
    instr.defs = instr.defs.map(map);
    out.push(instr);
    for (const reg of touched) {
      if (instr.defs.includes(replacement.get(reg)!)) {
        out.push(
          instruction(
            'vp-cpy-ri',
            [replacement.get(reg)!, rsp, { area: 'spill', offset: 8 * slots.get(reg)! }],
            instr.depth,
          ),
        );
      }
    }
  }
  code.instrs = out;
}
