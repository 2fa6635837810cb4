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

/** One instruction: the plan stops at the first instruction it is asked about (the start is not asked). */
export class InstructionStep implements StepPlan {
  shouldStop(): boolean {
    return true;
  }
}

/** One instruction, but a call runs until it returns (or rsp rises above the caller's by longjmp). */
export class InstructionNext implements StepPlan {
  private readonly isCall: boolean;
  private readonly sp: number;

  constructor(private readonly machine: Machine) {
    this.isCall = callOpcodes.has(machine.text.code[machine.ip]! & 255);
    this.sp = stackPointer(machine);
  }

  shouldStop(): boolean {
    return !this.isCall || stackPointer(this.machine) >= this.sp;
  }
}

/**
 * Shared state of the line steps: the frame (CFA), line and function they started in. The frame is gone
 * once rsp is above its CFA: its function returned (rsp = CFA + 8) or a longjmp unwound it.
 */
abstract class LineStep implements StepPlan {
  protected cfa: number;
  protected line: number;
  protected fn: number;

  constructor(
    protected readonly machine: Machine,
    protected readonly lines: LineMap,
  ) {
    this.cfa = innermostCfa(machine);
    this.line = lines.stepLineOf[machine.ip] ?? -1;
    this.fn = lines.functionOf[machine.ip] ?? -1;
  }

  abstract shouldStop(ip: number): boolean;

  /**
   * The start frame is gone: stop where it returned to when that has source lines (in the middle of the
   * caller's line, as gdb does); else go on stepping in whichever frame this is, from no line.
   */
  protected leftFrame(ip: number): boolean {
    if (this.lines.stepLineOf[ip]! >= 0) return true;
    this.cfa = innermostCfa(this.machine);
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
    if (sp > this.cfa) return this.leftFrame(ip);
    if (this.lines.stepStop[ip] === 0) return false;
    if (this.lines.stepLineOf[ip] !== this.line || this.lines.functionOf[ip] !== this.fn) return true;
    return innermostCfa(this.machine) !== this.cfa;
  }
}

/**
 * Step over: stop at the first statement start of another line in the same frame and function; calls,
 * recursive ones included, run through, and so does a function the frame tail-calls (it returns for it).
 */
export class LineStepOver extends LineStep {
  shouldStop(ip: number): boolean {
    if (stackPointer(this.machine) > this.cfa) return this.leftFrame(ip);
    if (this.lines.stepStop[ip] === 0 || this.lines.stepLineOf[ip] === this.line) return false;
    if (this.fn >= 0 && this.lines.functionOf[ip] !== this.fn) return false;
    return innermostCfa(this.machine) === this.cfa;
  }
}

/** Step out: run until the frame with this CFA is gone (returned, or unwound by longjmp). */
export class StepOut implements StepPlan {
  constructor(
    private readonly machine: Machine,
    private readonly cfa: number,
  ) {}

  shouldStop(): boolean {
    return stackPointer(this.machine) > this.cfa;
  }
}

/** Run to one of these words; optionally also stop once the frame with this CFA is gone. */
export class RunTo implements StepPlan {
  constructor(
    private readonly machine: Machine,
    private readonly goals: readonly number[],
    private readonly cfa: number | undefined,
  ) {}

  shouldStop(ip: number): boolean {
    if (this.goals.includes(ip)) return true;
    return this.cfa !== undefined && stackPointer(this.machine) > this.cfa;
  }
}
