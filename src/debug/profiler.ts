// The profiler: attaches to a machine through its hook and builds a call tree with weights per node and
// source line. Count mode counts every instruction (exact, the same every run); time mode samples the stack
// by the clock. Detached, the machine runs its fast loops and the profiler costs nothing.

import { textBase } from '../isa/index.js';
import { shadowCapacity, type Machine, type RunResult } from '../vm/index.js';
import { codeMapOf, type CodeMap } from './profile-code-map.js';
import type { Profile, ProfileMode, ProfileNode } from './profile.js';

/** How to profile. */
export interface ProfilerOptions {
  /** `count` (the default): every instruction, exactly; `time`: samples by the clock. */
  readonly mode?: ProfileMode;
  /**
   * Time mode: microseconds between samples (default 100). Count mode: the mean number of instructions between
   * two samples of the timeline (default 256); the counts themselves are always exact.
   */
  readonly interval?: number;
  /** Count mode: the most timeline samples kept (default 100000); beyond, every other one is merged away. */
  readonly maxSamples?: number;
}

/** Instructions between two looks at the clock in time mode (on average: the gap is jittered). */
const clockCheckSpacing = 128;

/**
 * The call tree under construction, one node per function under each parent (so a recursion makes one node per
 * depth however many call sites it has), with per node one weight cell for each source line of its function
 * (`CodeMap.functionLines`), so that counting an instruction is one increment.
 */
class CallTree {
  parent: Int32Array = new Int32Array(1024);
  fn: Int32Array = new Int32Array(1024);
  cellBase: Int32Array = new Int32Array(1024);
  children: (Map<number, number> | undefined)[] = [undefined];
  size = 1;
  cells = new Float64Array(4096);
  cellsUsed = 0;

  constructor(private readonly map: CodeMap) {
    this.parent[0] = -1;
    this.fn[0] = -1;
  }

  /** The node for function `fn` called from `parent`, made on first use. */
  child(parent: number, fn: number): number {
    let kids = this.children[parent];
    if (kids === undefined) this.children[parent] = kids = new Map();
    const known = kids.get(fn);
    if (known !== undefined) return known;
    const id = this.size++;
    if (id === this.parent.length) this.growNodes();
    this.parent[id] = parent;
    this.fn[id] = fn;
    this.cellBase[id] = this.cellsUsed;
    this.children.push(undefined);
    this.cellsUsed += this.map.functionLines[fn]!.length;
    if (this.cellsUsed > this.cells.length) {
      const cells = new Float64Array(Math.max(this.cells.length * 2, this.cellsUsed));
      cells.set(this.cells);
      this.cells = cells;
    }
    kids.set(fn, id);
    return id;
  }

  private growNodes(): void {
    const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.parent = grow(this.parent);
    this.fn = grow(this.fn);
    this.cellBase = grow(this.cellBase);
  }

  /** The finished nodes, with each node's weights by line. */
  nodes(): ProfileNode[] {
    const children: number[][] = Array.from({ length: this.size }, () => []);
    for (let id = 1; id < this.size; id++) children[this.parent[id]!]!.push(id);
    const nodes: ProfileNode[] = [];
    for (let id = 0; id < this.size; id++) {
      const fn = this.fn[id]!;
      const lines: [number, number][] = [];
      let self = 0;
      if (fn >= 0) {
        const own = this.map.functionLines[fn]!;
        const base = this.cellBase[id]!;
        for (let k = 0; k < own.length; k++) {
          const weight = this.cells[base + k]!;
          if (weight !== 0) {
            lines.push([own[k]!, weight]);
            self += weight;
          }
        }
        lines.sort((a, b) => a[0] - b[0]);
      }
      nodes.push({ id, parent: this.parent[id]!, function: fn, self, lines, children: children[id]! });
    }
    return nodes;
  }
}

/** A small deterministic generator (xorshift32) for jittered sample spacing: profiles repeat exactly. */
class Jitter {
  private state = 0x9e3779b9;
  /** A whole number from 1 to 2 * mean - 1 (mean `mean`). */
  around(mean: number): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return 1 + (this.state % Math.max(1, 2 * mean - 1));
  }
}

/** What a walk over the stack reports for each shadow-stack depth (see `Profiler.walkStack`). */
type LevelVisitor = (level: number, node: number, fn: number, callLine: number) => void;

/**
 * Profiles one machine. `start()` sets the machine's hook; run the machine as usual; `stop(result)` removes the
 * hook and returns the profile.
 */
export class Profiler {
  readonly mode: ProfileMode;
  private readonly map: CodeMap;
  private readonly tree: CallTree;
  private readonly instructionWeights: Float64Array;
  /** Per line: its total, gathered during the run (a line's activity depends on the whole stack). */
  private readonly lineTotals: Float64Array;
  private readonly samples: number[] = [];
  private readonly timeDeltas: number[] = [];
  private readonly interval: number;
  private readonly maxSamples: number;
  private started = false;
  private stopped = false;
  private startTime = 0;
  /** Settles the profile when the run ends: undoes a count the machine did not run, closes what is open. */
  private settle: (result: RunResult | undefined) => void = () => {};

  constructor(
    private readonly machine: Machine,
    options: ProfilerOptions = {},
  ) {
    this.mode = options.mode ?? 'count';
    this.interval = options.interval ?? (this.mode === 'count' ? 256 : 100);
    if (!(this.interval > 0)) throw new RangeError(`interval must be positive, got ${this.interval}`);
    this.maxSamples = options.maxSamples ?? 100_000;
    this.map = codeMapOf(machine.module);
    this.tree = new CallTree(this.map);
    this.instructionWeights = new Float64Array(this.map.functionOf.length);
    this.lineTotals = new Float64Array(this.map.lines.length);
  }

  /** Attach to the machine: from now on it runs in its hooked loop. */
  start(): void {
    if (this.started) throw new Error('the profiler has already been started');
    if (this.machine.hook !== null) throw new Error('the machine already has a hook attached');
    this.started = true;
    this.startTime = performance.now();
    this.machine.hook = this.mode === 'count' ? this.countingHook() : this.samplingHook();
  }

  /**
   * Detach and return the profile. Pass the last run's result: when it ran out of fuel, the instruction the
   * hook saw last did not run and is not counted.
   */
  stop(result?: RunResult): Profile {
    if (!this.started || this.stopped) throw new Error('the profiler is not running');
    this.stopped = true;
    if (this.machine.hook !== null) this.machine.hook = null;
    this.settle(result);
    const nodes = this.tree.nodes();
    const total = nodes.reduce((sum, node) => sum + node.self, 0);
    const count = this.mode === 'count';
    return {
      mode: this.mode,
      unit: count ? 'instructions' : 'microseconds',
      functions: this.map.functions,
      lines: this.map.lines,
      nodes,
      total,
      lineTotals: this.lineTotals,
      instructionWeights: this.instructionWeights,
      samples: this.samples,
      timeDeltas: this.timeDeltas,
      startTime: count ? 0 : Math.round(this.startTime * 1000),
      endTime: count ? total : Math.round(this.startTime * 1000) + Math.round(total),
    };
  }

  /** The word index of the call instruction that pushed return address `returnIndex`. */
  private callSite(returnIndex: number): number {
    const call = this.machine.text.callBefore[returnIndex] ?? 0;
    return call === 0 ? Math.max(0, returnIndex - 1) : call - 1;
  }

  /**
   * The shadow-stack entries of live calls, outermost first: from the innermost outwards, each slot above the
   * last live one (rsp to begin with) and still holding its return address. Slots must rise outwards: after a
   * longjmp, an entry left dead below rsp can seem live again once deeper calls reach below it without
   * overwriting its slot, but it then lies below a live entry made after it.
   */
  private liveEntries(): number[] {
    const m = this.machine;
    const live: number[] = [];
    if (m.R32[31] !== 0) return live;
    let above = m.R32[30]!;
    for (let d = m.shadow.depth[0]! - 1; d >= 0; d--) {
      const slot = m.shadow.slots[d]!;
      if (slot < above || slot + 8 > m.memorySize) continue;
      if (
        m.DV.getInt32(slot, true) !== textBase + m.shadow.returns[d]! * 4 ||
        m.DV.getInt32(slot + 4, true) !== 0
      )
        continue;
      live.push(d);
      above = slot + 8;
    }
    return live.reverse();
  }

  /**
   * The node of the whole stack at `ip`, read from the shadow stack's live entries (as backtraces are). `visit`
   * hears of every depth from 0 to the shadow stack's: the node running there, its function and the line of the
   * call that made its frame, or -1 when the depth's entry is dead and the frame is the one below.
   */
  private walkStack(ip: number, visit: LevelVisitor | undefined): number {
    const m = this.machine;
    const { functionOf, lineOf } = this.map;
    const depth = m.shadow.depth[0]!;
    const liveEntries = this.liveEntries();
    const frameFunction = (k: number): number =>
      k < liveEntries.length
        ? functionOf[this.callSite(m.shadow.returns[liveEntries[k]!]!)]!
        : functionOf[ip]!;
    let fn = frameFunction(0);
    let node = this.tree.child(0, fn);
    visit?.(0, node, fn, -1);
    let k = 0;
    for (let d = 0; d < depth; d++) {
      if (liveEntries[k] === d) {
        k++;
        fn = frameFunction(k);
        node = this.tree.child(node, fn);
        visit?.(d + 1, node, fn, lineOf[this.callSite(m.shadow.returns[d]!)]!);
      } else visit?.(d + 1, node, fn, -1);
    }
    return node;
  }

  /**
   * Count mode: the hook counts the instruction in the cell of its line in the current node, and follows calls,
   * returns and tail calls by watching the shadow stack's depth and the function of the pc. A line's total is the
   * instructions run while a call made from it is live (counted from the call's first instruction to its return,
   * for the outermost such call), plus its own instructions outside those.
   */
  private countingHook(): (ip: number) => boolean {
    const m = this.machine;
    const tree = this.tree;
    const { functionOf, lineOf, localLineOf } = this.map;
    const shadowDepth = m.shadow.depth;
    const shadowSlots = m.shadow.slots;
    const shadowReturns = m.shadow.returns;
    const weights = this.instructionWeights;
    const lineTotals = this.lineTotals;
    const samples = this.samples;
    const deltas = this.timeDeltas;
    // Per shadow-stack depth: the node running there, and the line of the call that made its frame (-1: the
    // depth's entry is dead, the frame is the one below).
    const levels = new Int32Array(shadowCapacity + 1);
    const callLines = new Int32Array(shadowCapacity + 1);
    // Per line: live calls made from it, and the count when the outermost began; its instructions run while
    // such a call was live (already in that call's count).
    const calling = new Int32Array(this.map.lines.length);
    const callingSince = new Float64Array(this.map.lines.length);
    const countedInCalls = new Float64Array(this.map.lines.length);
    // Per function: its frames on the stack (a line of a function on the stack twice may be counted twice).
    const frames = new Int32Array(this.map.functions.length);
    const linesShared = sharedLines(this.map);
    const jitter = new Jitter();
    let meanGap = this.interval;
    let gap = jitter.around(meanGap);
    let countdown = gap;
    /** Instructions counted up to the last sample (the count so far is `before + gap - countdown`). */
    let before = 0;
    let depth = -1; // no frame yet: the first instruction reads the whole stack
    let fn = -1;
    let node = 0;
    let base = 0;
    let cells = tree.cells;
    let checkLines = false;

    const open = (level: number, line: number, now: number): void => {
      callLines[level] = line;
      if (line >= 0 && calling[line]!++ === 0) callingSince[line] = now;
    };
    const close = (level: number, now: number): void => {
      const line = callLines[level]!;
      if (line < 0) return;
      if (--calling[line]! === 0) lineTotals[line]! += now - callingSince[line]!;
      frames[tree.fn[levels[level]!]!]!--;
    };
    const closeAll = (now: number): void => {
      for (let level = depth; level > 0; level--) close(level, now);
      if (depth >= 0) frames[tree.fn[levels[0]!]!]!--;
    };
    const visit: LevelVisitor = (level, at, f, line) => {
      levels[level] = at;
      if (level === 0 || line >= 0) frames[f]!++;
      if (level > 0) open(level, line, before + gap - countdown);
    };

    const enter = (ip: number): void => {
      const d = shadowDepth[0]!;
      const f = functionOf[ip]!;
      const now = before + gap - countdown;
      if (d === depth + 1 && depth >= 0) {
        // A call: the callee under the caller, made from the line of the call.
        node = tree.child(node, f);
        levels[d] = node;
        open(d, lineOf[this.callSite(shadowReturns[d - 1]!)]!, now);
        frames[f]!++;
      } else if (d < depth && d >= 0 && tree.fn[levels[d]!] === f) {
        // A return to the frame that made the call.
        for (let level = depth; level > d; level--) close(level, now);
        node = levels[d]!;
      } else if (d === depth && d >= 0 && (d === 0 || shadowSlots[d - 1]! >= m.R32[30]!)) {
        // Another function at the same depth with a live top entry: a tail call (or falling into the next
        // function) replaces the frame, which keeps the line it was called from.
        frames[fn]!--;
        frames[f]!++;
        node = tree.child(tree.parent[node]!, f);
        levels[d] = node;
      } else {
        // A longjmp, a shadow stack that overflowed, or the first instruction: read the whole stack.
        closeAll(now);
        depth = d;
        node = this.walkStack(ip, visit);
      }
      depth = d;
      fn = f;
      base = tree.cellBase[node]!;
      cells = tree.cells;
      checkLines = frames[f]! > 1 || linesShared[f] === 1;
    };

    const sample = (): void => {
      before += gap;
      samples.push(node);
      deltas.push(gap);
      if (samples.length >= this.maxSamples) {
        // Keep every other sample, each now standing for the gap of the two; space the next ones twice as far.
        let kept = 0;
        for (let i = 0; i < samples.length; i += 2) {
          samples[kept] = samples[i]!;
          deltas[kept] = deltas[i]! + (i > 0 ? deltas[i - 1]! : 0);
          kept++;
        }
        samples.length = kept;
        deltas.length = kept;
        meanGap *= 2;
      }
      gap = jitter.around(meanGap);
      countdown = gap;
    };

    this.settle = (result) => {
      if (depth < 0) return;
      let now = before + gap - countdown;
      if (result?.status === 'out-of-fuel') {
        // The hook saw the instruction at ip, which then did not run for lack of fuel.
        const ip = m.ip;
        cells[base + localLineOf[ip]!]!--;
        weights[ip]!--;
        if (checkLines && calling[lineOf[ip]!] !== 0) countedInCalls[lineOf[ip]!]!--;
        now--;
      }
      closeAll(now);
      // Each line's own instructions outside the calls made from it.
      for (let id = 1; id < tree.size; id++) {
        const own = this.map.functionLines[tree.fn[id]!]!;
        const cellBase = tree.cellBase[id]!;
        for (let k = 0; k < own.length; k++) lineTotals[own[k]!]! += tree.cells[cellBase + k]!;
      }
      for (let line = 0; line < lineTotals.length; line++) lineTotals[line]! -= countedInCalls[line]!;
    };

    return (ip) => {
      if (shadowDepth[0] !== depth || functionOf[ip] !== fn) enter(ip);
      cells[base + localLineOf[ip]!]!++;
      weights[ip]!++;
      if (checkLines && calling[lineOf[ip]!] !== 0) countedInCalls[lineOf[ip]!]!++;
      if (--countdown === 0) sample();
      return false;
    };
  }

  /**
   * Time mode: the hook looks at the clock every few instructions (a jittered gap, so a loop cannot hide from
   * it) and, once an interval has passed, weighs the current stack and line by the time since the last sample.
   */
  private samplingHook(): (ip: number) => boolean {
    const m = this.machine;
    const tree = this.tree;
    const { localLineOf, lineOf, functionOf } = this.map;
    const weights = this.instructionWeights;
    const lineTotals = this.lineTotals;
    const intervalMs = this.interval / 1000;
    const jitter = new Jitter();
    // The sample each line was last weighed in, so that a line on the stack twice counts once.
    const weighedIn = new Int32Array(this.map.lines.length).fill(-1);
    let countdown = jitter.around(clockCheckSpacing);
    let last = this.startTime;

    const weigh = (ip: number, node: number, micros: number, lines: readonly number[]): void => {
      tree.cells[tree.cellBase[node]! + localLineOf[ip]!]! += micros;
      weights[ip]! += micros;
      const sample = this.samples.length;
      for (const line of [...lines, lineOf[ip]!]) {
        if (weighedIn[line] === sample) continue;
        weighedIn[line] = sample;
        lineTotals[line]! += micros;
      }
      this.samples.push(node);
      this.timeDeltas.push(micros);
    };
    const take = (ip: number, now: number): void => {
      const lines: number[] = [];
      const node = this.walkStack(ip, (_level, _node, _fn, line) => {
        if (line >= 0) lines.push(line);
      });
      weigh(ip, node, (now - last) * 1000, lines);
      last = now;
    };

    this.settle = () => {
      // The time since the last sample belongs to where the run stopped (or, past the text, where it left it).
      const ip = m.ip >= 0 && m.ip < functionOf.length - 1 ? m.ip : undefined;
      if (ip !== undefined) take(ip, performance.now());
    };

    return (ip) => {
      if (--countdown !== 0) return false;
      countdown = jitter.around(clockCheckSpacing);
      const now = performance.now();
      if (now - last >= intervalMs) take(ip, now);
      return false;
    };
  }
}

/** Per function: 1 when one of its source lines is also a line of another function (both may be on the stack). */
function sharedLines(map: CodeMap): Uint8Array {
  const owner = new Int32Array(map.lines.length).fill(-1);
  const shared = new Uint8Array(map.functions.length);
  map.functionLines.forEach((lines, fn) => {
    for (const line of lines) {
      const other = owner[line]!;
      if (other >= 0 && other !== fn) {
        shared[fn] = 1;
        shared[other] = 1;
      }
      owner[line] = fn;
    }
  });
  return shared;
}

/** Profile a machine's run to completion (waiting for async host calls); returns the run's result and the profile. */
export async function profileRun(
  machine: Machine,
  options: ProfilerOptions & { readonly fuel?: number } = {},
): Promise<{ readonly result: RunResult; readonly profile: Profile }> {
  const profiler = new Profiler(machine, options);
  profiler.start();
  let result: RunResult;
  try {
    result = await machine.runToCompletion(options.fuel === undefined ? {} : { fuel: options.fuel });
  } catch (e) {
    profiler.stop();
    throw e;
  }
  return { result, profile: profiler.stop(result) };
}
