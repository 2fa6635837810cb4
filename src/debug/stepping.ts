// Step plans: what the debugger's hook asks before each instruction while a step runs, to decide whether
// the step is over. Frames are told apart by their CFA and rsp, so recursion, tail calls and longjmp work.

import { byMnemonic } from '../isa/index.js';
import type { Machine } from '../vm/index.js';
import type { LineMap } from './lines.js';
import { innermostCfa, stackPointer } from './stack.js';

/** Decides, before each instruction (word index `ip`), whether a step has ended there. */
export interface StepPlan {
  shouldStop(ip: number): boolean;
}

/** Opcodes of the calls that push a return address (host calls do not). */
const callOpcodes = new Set(
  ['vp-call', 'vp-call-r', 'vp-call-i', 'vp-call-p'].map((m) => byMnemonic.get(m)!.opcode),
);

/**
 * Watches a frame (by its CFA) for its end. The frame is gone once rsp is above its CFA: its function
 * returned (rsp = CFA + 8) or a longjmp unwound it. Execution has *landed* once it is at a return address
 * (a return, or longjmp to a setjmp's return), or has left the function that moved rsp (longjmp moves rsp
 * one instruction before it jumps), or is in code of no known function.
 */
export class FrameExit {
  /** -2 while the frame is live; then the function (index, or -1) running when it was seen gone. */
  private transit = -2;

  constructor(
    private readonly machine: Machine,
    private readonly lines: LineMap,
    /** The frame's CFA (may be moved on by `watch`). */
    public cfa: number,
  ) {}

  /** Whether the frame is gone and execution has landed at `ip`. */
  landed(ip: number): boolean {
    const fn = this.lines.functionOf[ip]!;
    if (this.transit === -2) {
      if (stackPointer(this.machine) <= this.cfa) return false;
      if (this.machine.text.callBefore[ip] !== 0 || fn < 0) return true;
      this.transit = fn;
      return false;
    }
    return this.machine.text.callBefore[ip] !== 0 || fn !== this.transit;
  }

  /** Watch another frame from now on. */
  watch(cfa: number): void {
    this.cfa = cfa;
    this.transit = -2;
  }
}

/** One instruction: the plan stops at the first instruction it is asked about (the start is not asked). */
export class InstructionStep implements StepPlan {
  shouldStop(): boolean {
    return true;
  }
}

/** One instruction, but a call runs until it returns (or a longjmp unwinds it). */
export class InstructionNext implements StepPlan {
  /** For a call: the callee's frame, whose CFA is where the call pushes its return address. */
  private readonly callee: FrameExit | undefined;

  constructor(machine: Machine, lines: LineMap) {
    const isCall = callOpcodes.has(machine.text.code[machine.ip]! & 255);
    this.callee = isCall ? new FrameExit(machine, lines, stackPointer(machine) - 8) : undefined;
  }

  shouldStop(ip: number): boolean {
    return this.callee === undefined || this.callee.landed(ip);
  }
}

/** Shared state of the line steps: the frame (CFA), line and function they started in. */
abstract class LineStep implements StepPlan {
  protected readonly frame: FrameExit;
  protected line: number;
  protected fn: number;

  constructor(
    protected readonly machine: Machine,
    protected readonly lines: LineMap,
  ) {
    this.frame = new FrameExit(machine, lines, innermostCfa(machine));
    this.line = lines.stepLineOf[machine.ip] ?? -1;
    this.fn = lines.functionOf[machine.ip] ?? -1;
  }

  abstract shouldStop(ip: number): boolean;

  /**
   * The start frame is gone and execution landed at `ip`: stop there when it has source lines (in the
   * middle of the caller's line, as gdb does); else go on stepping in whichever frame this is, from no line.
   */
  protected leftFrame(ip: number): boolean {
    if (this.lines.stepLineOf[ip]! >= 0) return true;
    this.frame.watch(innermostCfa(this.machine));
    this.line = -1;
    this.fn = this.lines.functionOf[ip]!;
    return false;
  }
}

/**
 * Step into: stop at the first statement start of another line, or of the same line in another function or
 * frame (recursion); calls into code without source lines (or in skipped files) run until they return.
 */
export class LineStepInto extends LineStep {
  /** While above 0: a call into code without lines is running; wait until rsp rises above this slot. */
  private returnSlot = -1;
  private depth: number;

  constructor(machine: Machine, lines: LineMap) {
    super(machine, lines);
    this.depth = machine.shadow.depth[0]!;
  }

  shouldStop(ip: number): boolean {
    const sp = stackPointer(this.machine);
    if (this.returnSlot >= 0) {
      if (sp <= this.returnSlot) return false;
      this.returnSlot = -1;
    }
    const shadow = this.machine.shadow;
    const depth = shadow.depth[0]!;
    if (depth !== this.depth) {
      const called = depth > this.depth;
      this.depth = depth;
      // The first instruction of a callee: its return address was just pushed at rsp.
      if (called && shadow.slots[depth - 1] === sp && this.lines.stepLineOf[ip]! < 0) {
        this.returnSlot = sp;
        return false;
      }
    }
    if (sp > this.frame.cfa) return this.frame.landed(ip) && this.leftFrame(ip);
    if (this.lines.stepStop[ip] === 0) return false;
    if (this.lines.stepLineOf[ip] !== this.line || this.lines.functionOf[ip] !== this.fn) return true;
    return innermostCfa(this.machine) !== this.frame.cfa;
  }
}

/**
 * Step over: stop at the first statement start of another line in the same frame and function; calls,
 * recursive ones included, run through, and so does a function the frame tail-calls (it returns for it).
 */
export class LineStepOver extends LineStep {
  shouldStop(ip: number): boolean {
    if (stackPointer(this.machine) > this.frame.cfa) return this.frame.landed(ip) && this.leftFrame(ip);
    if (this.lines.stepStop[ip] === 0 || this.lines.stepLineOf[ip] === this.line) return false;
    if (this.fn >= 0 && this.lines.functionOf[ip] !== this.fn) return false;
    return innermostCfa(this.machine) === this.frame.cfa;
  }
}

/** Step out: run until the frame with this CFA is gone (returned, or unwound by longjmp) and execution landed. */
export class StepOut implements StepPlan {
  private readonly frame: FrameExit;

  constructor(machine: Machine, lines: LineMap, cfa: number) {
    this.frame = new FrameExit(machine, lines, cfa);
  }

  shouldStop(ip: number): boolean {
    return this.frame.landed(ip);
  }
}

/** Run to one of these words; optionally also stop once the frame with this CFA is gone. */
export class RunTo implements StepPlan {
  private readonly frame: FrameExit | undefined;

  constructor(
    machine: Machine,
    lines: LineMap,
    private readonly goals: readonly number[],
    cfa: number | undefined,
  ) {
    this.frame = cfa === undefined ? undefined : new FrameExit(machine, lines, cfa);
  }

  shouldStop(ip: number): boolean {
    if (this.goals.includes(ip)) return true;
    return this.frame !== undefined && this.frame.landed(ip);
  }
}
