// C-level inspection of a stopped program through a Debugger: the variables of a frame, expressions
// evaluated in a frame, and breakpoint conditions written in C (`i == 3 && p->next != 0`).

import type { ConditionCompiler } from './breakpoints.js';
import type { Debugger } from './debugger.js';
import { DebuggerError } from './errors.js';
import {
  checkSyntax,
  evaluate,
  evaluateCondition,
  ExpressionError,
  type EvaluationContext,
  type Evaluation,
} from './expressions.js';
import { innermostCfa } from './stack.js';
import {
  childrenOf,
  formatPlace,
  globals,
  isAggregate,
  localsAt,
  type NamedPlace,
  type Place,
} from './variables.js';

/** The context expressions see in frame `frameIndex` (0: where the program stopped). */
export function frameContext(debugger_: Debugger, frameIndex = 0): EvaluationContext {
  const { machine } = debugger_;
  if (frameIndex === 0)
    return { machine, module: machine.module, pc: machine.pc, cfa: innermostCfa(machine) };
  const frame = debugger_.frames(frameIndex + 1)[frameIndex];
  if (frame === undefined)
    throw new DebuggerError(`no frame ${frameIndex} (the stack has ${debugger_.frames().length})`);
  return { machine, module: machine.module, pc: frame.pc, cfa: frame.cfa };
}

/** Evaluate a C expression in a frame; assignments change the program. Throws DebuggerError with the reason. */
export function evaluateIn(debugger_: Debugger, expression: string, frameIndex = 0): Evaluation {
  try {
    return evaluate(expression, frameContext(debugger_, frameIndex));
  } catch (e) {
    if (e instanceof ExpressionError) throw new DebuggerError(e.message);
    throw e;
  }
}

/** A variable as a debugger front end lists it: name, type, value text, and its members if it has any. */
export interface VariableView {
  readonly name: string;
  readonly type: string;
  readonly value: string;
  /** The place, for expanding (`childrenOf`) and assigning. */
  readonly place: Place;
  readonly expandable: boolean;
}

/** The locals visible in a frame (parameters first, then block locals in declaration order). */
export function frameLocals(debugger_: Debugger, frameIndex = 0): VariableView[] {
  const { module, pc, cfa } = frameContext(debugger_, frameIndex);
  return localsAt(module, pc, cfa).map((v) => view(debugger_, v.name, v));
}

/** The program's globals and file statics. */
export function globalVariables(debugger_: Debugger): VariableView[] {
  return globals(debugger_.machine.module).map((v: NamedPlace) => view(debugger_, v.name, v));
}

/** The members or elements of an expandable variable. */
export function memberViews(debugger_: Debugger, place: Place): VariableView[] {
  return childrenOf(place).map((c) => view(debugger_, c.name, c.place));
}

function view(debugger_: Debugger, name: string, place: Place): VariableView {
  const { machine } = debugger_;
  const value =
    place.address === undefined && place.value === undefined
      ? '<optimised out>'
      : formatPlace(machine, machine.module, place, 1);
  return {
    name,
    type: place.type.name,
    value,
    place,
    expandable: isAggregate(place.type) && place.address !== undefined,
  };
}

/**
 * Breakpoint conditions as C expressions evaluated in the stopped frame (registers as `$r0`): checked for
 * syntax when set, evaluated at each hit; an error while evaluating stops the program and is reported.
 */
export const compileCCondition: ConditionCompiler = (text, _breakpoint, debugger_) => {
  try {
    checkSyntax(text);
  } catch (e) {
    if (e instanceof ExpressionError) throw new DebuggerError(`bad condition '${text}': ${e.message}`);
    throw e;
  }
  // The hook runs before the machine's pc is written back: the context's pc is the one to use.
  return ({ pc }) => {
    try {
      return evaluateCondition(text, { ...frameContext(debugger_, 0), pc });
    } catch (e) {
      if (e instanceof ExpressionError) throw new DebuggerError(e.message);
      throw e;
    }
  };
};
