// Compiles a machine's module to one WebAssembly module that imports the machine's memory, and attaches it
// as the machine's compiled tier: entry tables filled, `run` entering compiled code at the machine's ip.

import { nullRegionSize } from '../isa/index.js';
import {
  entryBlocksOffset,
  exitReason,
  shadowCapacity,
  stateLayout,
  type CompiledTier,
  type Machine,
} from '../vm/index.js';

import { discoverFunctions, type JitFunction } from './discover.js';
import { FunctionEmitter, maxCallDepth, type EmitContext } from './emitter.js';
import { allRegisters, registerMasks, registersIn } from './registers.js';
import { layOut } from './structure.js';
import { CodeWriter, ModuleBuilder, valueType } from './wasm.js';

/** What compiling produced, for reports and tests. */
export interface CompileReport {
  /** Functions translated, and blocks in them. */
  readonly functions: number;
  readonly blocks: number;
  /** Bytes of VP text and of Wasm. */
  readonly textBytes: number;
  readonly wasmBytes: number;
  /** Milliseconds to translate, and to compile and instantiate the Wasm. */
  readonly translateMs: number;
  readonly instantiateMs: number;
}

/** The translated module before instantiation. */
export interface Translation {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly functions: readonly JitFunction[];
  readonly translateMs: number;
}

const i64 = valueType.i64;
const i32 = valueType.i32;

/** Translate the machine's text to Wasm bytes. */
export function translateMachine(machine: Machine): Translation {
  const started = performance.now();
  const text = machine.text;
  const functions = discoverFunctions(machine.module, text).map(layOut);
  const builder = new ModuleBuilder();
  const registersAndFuel = Array.from({ length: 17 }, () => i64);
  /** The type of a function passing the registers of `mask`: them and the fuel, the label; them, fuel, status. */
  const typeFor = (mask: number): number => {
    const values = Array.from({ length: registersIn(mask).length + 1 }, () => i64);
    return builder.type([...values, i32], [...values, i32]);
  };
  const functionType = typeFor(allRegisters);
  const interpretImport = builder.importFunction('tessera', 'interpret', builder.type([i32], [i32]));
  const memoryPages = machine.memory.buffer.byteLength / 65536;
  builder.importMemory('tessera', 'memory', memoryPages);
  const depthGlobal = builder.addGlobal(0);
  const firstFunction = builder.nextFunctionIndex;
  const indexByEntry = new Map(functions.map((fn, k) => [fn.entry, k]));
  const masks = registerMasks(text, functions, (word) => indexByEntry.get(word));
  const ctx: EmitContext = {
    text,
    lowest: nullRegionSize,
    dataBase: machine.dataBase,
    memorySize: machine.memorySize,
    stackLimit: machine.stackLimit,
    stateBase: machine.stateBase,
    entryBlocks: machine.stateBase + entryBlocksOffset(text.words),
    shadowCapacity,
    functionAt: (word) => {
      const k = indexByEntry.get(word);
      return k === undefined ? undefined : { index: firstFunction + k, mask: masks[k]! };
    },
    functionType,
    interpretImport,
    depthGlobal,
  };
  functions.forEach((fn, k) => {
    const emitter = new FunctionEmitter(ctx, fn, k, masks[k]!);
    builder.addFunction({ type: typeFor(masks[k]!), locals: emitter.locals, body: emitter.emit() });
  });
  // The table (indirect calls, `enter`) holds functions of all sixteen registers: others get a wrapper.
  const table = functions.map((_, k) =>
    masks[k] === allRegisters
      ? firstFunction + k
      : builder.addFunction({
          type: functionType,
          locals: [i32],
          body: wrapperBody(firstFunction + k, masks[k]!, machine.stateBase),
        }),
  );
  const enter = builder.addFunction({
    type: builder.type([i32, i32], [i32]),
    locals: [...registersAndFuel, i32],
    body: enterBody(machine.stateBase, functionType, depthGlobal),
  });
  builder.exportFunction('enter', enter);
  builder.setTable(table);
  return { bytes: builder.encode(), functions, translateMs: performance.now() - started };
}

/**
 * A function of all sixteen registers that calls the function `index`, which passes only those of `mask`;
 * when that one leaves compiled code, the wrapper stores the registers it did not have.
 */
function wrapperBody(index: number, mask: number, stateBase: number): CodeWriter {
  const w = new CodeWriter();
  const fuel = 16;
  const status = 18;
  const passed = registersIn(mask);
  for (const r of passed) w.localGet(r);
  w.localGet(fuel)
    .localGet(fuel + 1)
    .call(index);
  w.localSet(status).localSet(fuel);
  for (const r of [...passed].reverse()) w.localSet(r);
  w.localGet(status).i32Const(-1).op('i32.eq').if();
  for (const r of registersIn(allRegisters & ~mask)) {
    w.i32Const(0)
      .localGet(r)
      .memory('i64.store', stateBase + stateLayout.registers + 8 * r);
  }
  w.end();
  for (let local = 0; local <= fuel; local++) w.localGet(local);
  w.localGet(status);
  return w;
}

/**
 * `enter(function, block)`: load the registers and fuel from the state area, call the function at the block,
 * and when it returns normally store the state with ip = the word it returned to; returns the exit reason.
 */
function enterBody(stateBase: number, functionType: number, depthGlobal: number): CodeWriter {
  const w = new CodeWriter();
  const fuel = 2 + 16; // locals: params 0-1, registers 2-17, fuel 18, status 19
  const status = fuel + 1;
  const registers = stateBase + stateLayout.registers;
  w.i32Const(0).memory('i32.load', stateBase + stateLayout.shadowDepth);
  w.i32Const(maxCallDepth).op('i32.add').globalSet(depthGlobal);
  for (let r = 0; r < 16; r++) w.i32Const(0).memory('i64.load', registers + 8 * r);
  w.i32Const(0).memory('i64.load', stateBase + stateLayout.fuel);
  w.localGet(1).localGet(0).callIndirect(functionType);
  w.localSet(status).localSet(fuel);
  for (let r = 15; r >= 0; r--) w.localSet(2 + r);
  // -1: the function left compiled code and stored the state and reason itself.
  w.localGet(status).i32Const(-1).op('i32.eq');
  w.if()
    .i32Const(0)
    .memory('i32.load', stateBase + stateLayout.reason)
    .op('return')
    .end();
  for (let r = 0; r < 16; r++)
    w.i32Const(0)
      .localGet(2 + r)
      .memory('i64.store', registers + 8 * r);
  w.i32Const(0)
    .localGet(fuel)
    .memory('i64.store', stateBase + stateLayout.fuel);
  w.i32Const(0)
    .localGet(status)
    .memory('i32.store', stateBase + stateLayout.ip);
  w.i32Const(exitReason.compiled);
  return w;
}

/**
 * Compile the machine's module and attach the compiled tier; returns what was compiled. Synchronous, for Node
 * and workers; a browser's main thread refuses to compile large modules synchronously: use
 * `attachCompiledTierAsync` there.
 */
export function attachCompiledTier(machine: Machine): CompileReport {
  const translation = translateMachine(machine);
  const started = performance.now();
  const instance = new WebAssembly.Instance(new WebAssembly.Module(translation.bytes), imports(machine));
  return attach(machine, translation, instance, performance.now() - started);
}

/** `attachCompiledTier` with WebAssembly's asynchronous compilation (the run may go on meanwhile). */
export async function attachCompiledTierAsync(machine: Machine): Promise<CompileReport> {
  const translation = translateMachine(machine);
  const started = performance.now();
  const instance = await WebAssembly.instantiate(
    await WebAssembly.compile(translation.bytes),
    imports(machine),
  );
  return attach(machine, translation, instance, performance.now() - started);
}

/** What compiled code imports: the machine's memory, and one instruction run by the interpreter. */
function imports(machine: Machine): WebAssembly.Imports {
  const state = new DataView(machine.memory.buffer, machine.stateBase);
  return {
    tessera: {
      memory: machine.memory,
      interpret: (ip: number): number => {
        machine.ip = ip;
        const fuel = Number(state.getBigInt64(stateLayout.fuel, true));
        // The block charged this instruction already: give it back for the interpreter to charge.
        const reason = machine.stepInterpreted(fuel + 1);
        state.setInt32(stateLayout.ip, machine.ip, true);
        state.setBigInt64(stateLayout.fuel, BigInt(machine.left), true);
        return reason;
      },
    },
  };
}

/** Fill the machine's entry tables and attach the instance as its compiled tier. */
function attach(
  machine: Machine,
  translation: Translation,
  instance: WebAssembly.Instance,
  instantiateMs: number,
): CompileReport {
  const state = new DataView(machine.memory.buffer, machine.stateBase);
  const enter = instance.exports['enter'] as (fn: number, block: number) => number;
  translation.functions.forEach((fn, k) => {
    fn.blocks.forEach((block, n) => {
      machine.entryFunctions[block.start] = k + 1;
      machine.entryBlocks[block.start] = n;
    });
  });
  for (const [k, fn] of translation.functions.entries()) {
    machine.entryFunctions[fn.entry] = k + 1;
    machine.entryBlocks[fn.entry] = fn.blockAt.get(fn.entry)!;
  }
  const tier: CompiledTier = {
    run(budget: number): number {
      const ip = machine.ip;
      state.setBigInt64(stateLayout.fuel, BigInt(budget), true);
      const reason = enter(machine.entryFunctions[ip]! - 1, machine.entryBlocks[ip]!);
      machine.ip = state.getInt32(stateLayout.ip, true);
      machine.left = Number(state.getBigInt64(stateLayout.fuel, true));
      if (reason === exitReason.needFuel) machine.need = state.getInt32(stateLayout.need, true);
      return reason;
    },
  };
  machine.attachCompiledTier(tier);
  return {
    functions: translation.functions.length,
    blocks: translation.functions.reduce((sum, fn) => sum + fn.blocks.length, 0),
    textBytes: machine.module.text.length,
    wasmBytes: translation.bytes.length,
    translateMs: translation.translateMs,
    instantiateMs,
  };
}

/** How a machine runs: the interpreter only, compiled code from the start, or compiled code once warm. */
export type Tier = 'interp' | 'jit' | 'auto';

/** Fuel the interpreter spends before `auto` compiles: where compiling (100-250 ms cold) starts to pay. */
export const autoTierFuel = 1_000_000;

/** Set up `machine` to run in `tier`. */
export function useTier(machine: Machine, tier: Tier): void {
  if (tier === 'jit') attachCompiledTier(machine);
  else if (tier === 'auto') machine.tierUpAfter(autoTierFuel, () => attachCompiledTier(machine));
}
