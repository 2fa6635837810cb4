// The debugger, profiler and tracer: they attach to a machine through its hook (the vm never imports them).
// The only door into src/debug.

export {
  Debugger,
  compileRegisterCondition,
  type Command,
  type DebuggerOptions,
  type DebuggerState,
  type Instruction,
  type StopEvent,
  type StopReason,
} from './debugger.js';
export {
  compileHitCondition,
  type Breakpoint,
  type BreakpointContext,
  type BreakpointLocation,
  type BreakpointOptions,
  type BreakpointPredicate,
  type ConditionCompiler,
} from './breakpoints.js';
export {
  compileRegisterExpression,
  registerNumber,
  type ConditionScope,
  type RegisterExpression,
} from './conditions.js';
export { DebuggerError } from './errors.js';
export {
  compileCCondition,
  evaluateIn,
  frameContext,
  frameLocals,
  globalVariables,
  memberViews,
  type VariableView,
} from './inspect.js';
export {
  checkSyntax,
  evaluate,
  evaluateCondition,
  evaluatePlace,
  ExpressionError,
  type Evaluation,
  type EvaluationContext,
} from './expressions.js';
export {
  charLiteral,
  childrenOf,
  formatPlace,
  globals,
  localsAt,
  readScalar,
  writeScalar,
  ValueError,
  type NamedPlace,
  type Place,
} from './variables.js';
export { moduleTypes, decodeType, type DebugType, type DebugMember } from './types.js';
export { LineMap, type FunctionInfo, type LineResolution, type SourceLocation } from './lines.js';
export { innermostCfa, stackFrames, type StackFrame } from './stack.js';
export { Profiler, profileRun, type ProfilerOptions } from './profiler.js';
export {
  functionEntries,
  lineEntries,
  subtreeWeights,
  type Profile,
  type ProfileEntry,
  type ProfileMode,
  type ProfileNode,
} from './profile.js';
export { codeMapOf, type CodeFunction, type CodeLine, type CodeMap } from './profile-code-map.js';
export { formatProfileTable, type ProfileTableOptions } from './profile-table.js';
export { toCpuProfile, type CpuProfile, type CpuProfileNode } from './profile-cpuprofile.js';
export { collapsedStacks, toCollapsed, type WeightedStack } from './profile-collapsed.js';
export { renderFlameGraph, type FlameGraphOptions } from './flamegraph.js';
export { HostWriteLog, JsonTracer, traceHostWrites, type JsonTracerOptions } from './trace.js';
export { memoryEffects, memoryEffectOf, type MemoryEffect } from './trace-memory.js';
