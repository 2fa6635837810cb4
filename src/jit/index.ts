// The compiled tier: VP code translated to WebAssembly that shares the machine's memory and state.

export {
  attachCompiledTier,
  attachCompiledTierAsync,
  autoTierFuel,
  translateMachine,
  useTier,
  type CompileReport,
  type TranslateOptions,
  type Tier,
  type Translation,
} from './compile.js';
export { discoverFunctions, type JitFunction, type Block } from './discover.js';
export { wasmCases } from './semantics.js';
export { printCode, printModuleCode } from './wat.js';
