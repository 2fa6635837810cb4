// Compiles a machine's module to one WebAssembly module that imports the machine's memory, and attaches it
// as the machine's compiled tier: entry tables filled, `run` entering compiled code at the machine's ip.

import { nullRegionSize, textBase } from '../isa/index.js';
import {
  entryBlocksOffset,
  exitReason,
  shadowCapacity,
  firstCompiledChunk,
  stateLayout,
  Trap,
  type CompiledTier,
  type Machine,
} from '../vm/index.js';
import type { Module } from '../module/index.js';

import { discoverFunctions, type JitFunction } from './discover.js';
import { FunctionEmitter, maxCallDepth, noSlot, type EmitContext } from './emitter.js';
import { entryNeedShift, entryValue, fuelChecks, withoutCounting } from './fuel.js';
import { preservedRegisters } from './preserved.js';
import { allRegisters, functionRegisters, inlineBlock, registersIn } from './registers.js';
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
  /** Milliseconds to translate, and to compile and instantiate the Wasm (only instantiate, when cached). */
  readonly translateMs: number;
  readonly instantiateMs: number;
  /** Whether a machine running the same module with the same layout had compiled it already. */
  readonly cached: boolean;
}

/** The translated module before instantiation. */
export interface Translation {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly functions: readonly JitFunction[];
  /** Per function, the blocks compiled code may be entered at: start word, `entryBlocks` value (fuel.ts). */
  readonly entries: readonly (readonly { readonly start: number; readonly value: number }[])[];
  readonly translateMs: number;
}

const i64 = valueType.i64;
const i32 = valueType.i32;
/** rsp, the register compiled functions do not return. */
const rsp = 15;

/** How to translate. */
export interface TranslateOptions {
  /**
   * False: compiled code neither counts fuel nor leaves for want of it, so the machine keeps no fuel limit
   * (running it with one throws) and its fuel used leaves out what compiled code ran. Only for measuring what
   * counting costs (`node bench/run.js --fuel-overhead`). Default true.
   */
  readonly countFuel?: boolean;
}

/** Translate the machine's text to Wasm bytes. */
export function translateMachine(machine: Machine, options: TranslateOptions = {}): Translation {
  const started = performance.now();
  const text = machine.text;
  const functions = discoverFunctions(machine.module, text).map(layOut);
  const indexByEntry = new Map(functions.map((fn, k) => [fn.entry, k]));
  const inlined = functions.map((fn) => inlineBlock(text, fn));
  /** The instructions a call at `ip` runs in place (a small leaf callee, emitter.ts `inlineCall`), or 0. */
  const inlinedCost = (ip: number): number => {
    const k = indexByEntry.get(text.targets[ip]!);
    return k === undefined ? 0 : (inlined[k]?.instructions.length ?? 0);
  };
  const counted = functions.map((fn) => fuelChecks(text, fn, inlinedCost));
  const fuel = options.countFuel === false ? counted.map(withoutCounting) : counted;
  const builder = new ModuleBuilder();
  /**
   * The type of a function passing the registers of `mask`, the fuel and ctl; returning them but rsp and those
   * it gives back unchanged, and the fuel.
   */
  const typeFor = (mask: number, preserved: number): number => {
    const params = registersIn(mask).map(() => i64);
    const results = registersIn(mask & ~preserved & ~(1 << rsp)).map(() => i64);
    return builder.type([...params, i64, i32], [...results, i64]);
  };
  const functionType = typeFor(allRegisters, 0);
  const interpretImport = builder.importFunction('tessera', 'interpret', builder.type([i32], [i32]));
  const memoryPages = machine.memory.buffer.byteLength / 65536;
  builder.importMemory('tessera', 'memory', memoryPages);
  const limitGlobal = builder.addGlobal(0);
  const rootDepthGlobal = builder.addGlobal(0);
  const rootSlotGlobal = builder.addGlobal(0, i64);
  const rootExpectGlobal = builder.addGlobal(0, i64);
  const firstFunction = builder.nextFunctionIndex;
  const registers = functionRegisters(text, functions, (word) => indexByEntry.get(word));
  const { masks, open } = registers;
  const preserved = preservedRegisters(text, functions, (word) => indexByEntry.get(word), registers);
  const ctx: EmitContext = {
    text,
    lowest: nullRegionSize,
    dataBase: machine.dataBase,
    memorySize: machine.memorySize,
    stackLimit: machine.stackLimit,
    stateBase: machine.stateBase,
    entryBlocks: machine.stateBase + entryBlocksOffset(text.words),
    functionAt: (word) => {
      const k = indexByEntry.get(word);
      if (k === undefined) return undefined;
      return {
        index: firstFunction + k,
        mask: masks[k]!,
        open: open[k]!,
        preserved: preserved[k]!,
        inline: inlined[k],
      };
    },
    functionType,
    interpretImport,
    limitGlobal,
    rootDepthGlobal,
    rootSlotGlobal,
    rootExpectGlobal,
  };
  const entered = functions.map((fn, k) => {
    const emitter = new FunctionEmitter(ctx, fn, k, masks[k]!, open[k]!, preserved[k]!, fuel[k]!);
    const body = emitter.emit(); // before its locals: emitting may add some
    builder.addFunction({ type: typeFor(masks[k]!, preserved[k]!), locals: emitter.locals, body });
    return emitter.entered;
  });
  // The table (indirect calls, `enter`) holds functions of all sixteen registers: others get a wrapper.
  const table = functions.map((_, k) =>
    masks[k] === allRegisters && preserved[k] === 0
      ? firstFunction + k
      : builder.addFunction({
          type: functionType,
          locals: [],
          body: wrapperBody(firstFunction + k, masks[k]!, open[k]!, preserved[k]!, machine.stateBase),
        }),
  );
  const enter = builder.addFunction({
    type: builder.type([i32, i32], [i32]),
    locals: [...Array.from({ length: 17 }, () => i64), i32, i32, i64],
    body: enterBody(machine, functionType, ctx),
  });
  builder.exportFunction('enter', enter);
  builder.setTable(table);
  const entries = functions.map((fn, k) =>
    fn.blocks.flatMap((block, n) => {
      const value = entered[k]![n] === true ? entryValue(fuel[k]!, n) : undefined;
      return value === undefined ? [] : [{ start: block.start, value }];
    }),
  );
  return { bytes: builder.encode(), functions, entries, translateMs: performance.now() - started };
}

/**
 * A function of all sixteen registers that calls the function `index`, which passes only those of `mask` and
 * returns those but the ones it gives back unchanged (`preserved`: the wrapper returns them as they came). A
 * closed one leaves the others alone: the wrapper returns them as they came, and stores them when the
 * function leaves compiled code. An open one finds them in the state area (registers.ts): the wrapper stores
 * them there first and returns them as they are there after.
 */
function wrapperBody(
  index: number,
  mask: number,
  open: boolean,
  preserved: number,
  stateBase: number,
): CodeWriter {
  const w = new CodeWriter();
  const fuel = 16;
  const passed = registersIn(mask);
  const returned = registersIn(mask & ~preserved & ~(1 << rsp));
  const others = registersIn(allRegisters & ~mask);
  const storeOthers = (): void => {
    for (const r of others) {
      w.i32Const(0)
        .localGet(r)
        .memory('i64.store', stateBase + stateLayout.registers + 8 * r);
    }
  };
  if (open) storeOthers();
  for (const r of passed) w.localGet(r);
  w.localGet(fuel)
    .localGet(fuel + 1)
    .call(index);
  w.localSet(fuel);
  for (const r of [...returned].reverse()) w.localSet(r);
  if (open) {
    for (const r of others) {
      w.i32Const(0)
        .memory('i64.load', stateBase + stateLayout.registers + 8 * r)
        .localSet(r);
    }
  } else {
    w.localGet(fuel).i64Const(0).op('i64.lt_s').if();
    storeOthers();
    w.end();
  }
  for (let r = 0; r < 15; r++) w.localGet(r);
  w.localGet(fuel);
  return w;
}

/**
 * `enter(function, block)`: load the registers and fuel from the state area, call the function at the block
 * under the shadow stack's top entry, and when that returns normally (through the top entry: the function
 * returned to that entry's caller) pop the entries as the interpreter's `vp-ret` does and store the state with
 * ip = the return word; returns the exit reason.
 */
function enterBody(machine: Machine, functionType: number, ctx: EmitContext): CodeWriter {
  const w = new CodeWriter();
  const stateBase = machine.stateBase;
  const fuel = 2 + 16; // locals: params 0-1, registers 2-17, fuel 18, depth 19, return word 20, slot 21
  const depth = fuel + 1;
  const back = fuel + 2;
  const slot = fuel + 3;
  const registers = stateBase + stateLayout.registers;
  const slots = stateBase + stateLayout.shadowSlots;
  w.i32Const(0)
    .memory('i32.load', stateBase + stateLayout.shadowDepth)
    .localTee(depth);
  w.globalSet(ctx.rootDepthGlobal);
  w.localGet(depth).i32Const(maxCallDepth).op('i32.add');
  w.i32Const(shadowCapacity)
    .localGet(depth)
    .i32Const(shadowCapacity - maxCallDepth)
    .op('i32.lt_u')
    .op('select');
  w.globalSet(ctx.limitGlobal);
  w.localGet(depth).op('i32.eqz').if();
  w.i64Const(noSlot).localSet(slot).i32Const(-1).localSet(back);
  w.op('else');
  w.localGet(depth).i32Const(2).op('i32.shl').localTee(back);
  w.memory('i32.load', slots - 4)
    .op('i64.extend_i32_u')
    .localSet(slot);
  w.localGet(back)
    .memory('i32.load', stateBase + stateLayout.shadowReturns - 4)
    .localSet(back);
  w.end();
  w.localGet(slot).globalSet(ctx.rootSlotGlobal);
  // The return address of the top entry (-1 with none: the null region's zeros never match it).
  w.localGet(back).op('i64.extend_i32_s').i64Const(2).op('i64.shl').i64Const(textBase).op('i64.add');
  w.i64Const(-1).localGet(depth).op('i32.eqz').op('select');
  w.globalSet(ctx.rootExpectGlobal);
  for (let r = 0; r < 16; r++) w.i32Const(0).memory('i64.load', registers + 8 * r);
  w.i32Const(0).memory('i64.load', stateBase + stateLayout.fuel);
  w.localGet(1).i32Const(-1).op('i32.xor');
  w.localGet(0).callIndirect(functionType);
  w.localSet(fuel);
  for (let r = 14; r >= 0; r--) w.localSet(2 + r);
  // Fuel -1: the function left compiled code and stored the state and reason itself.
  w.localGet(fuel).i64Const(0).op('i64.lt_s');
  w.if()
    .i32Const(0)
    .memory('i32.load', stateBase + stateLayout.reason)
    .op('return')
    .end();
  for (let r = 0; r < 15; r++)
    w.i32Const(0)
      .localGet(2 + r)
      .memory('i64.store', registers + 8 * r);
  w.i32Const(0)
    .localGet(slot)
    .i64Const(8)
    .op('i64.add')
    .memory('i64.store', registers + 8 * rsp);
  w.i32Const(0)
    .localGet(fuel)
    .memory('i64.store', stateBase + stateLayout.fuel);
  w.i32Const(0)
    .localGet(back)
    .memory('i32.store', stateBase + stateLayout.ip);
  // Drop the shadow-stack entries at or below the popped slot.
  w.block().loop();
  w.localGet(depth).op('i32.eqz').brIf(1);
  w.localGet(depth)
    .i32Const(2)
    .op('i32.shl')
    .memory('i32.load', slots - 4);
  w.localGet(slot).op('i32.wrap_i64').op('i32.gt_s').brIf(1);
  w.localGet(depth).i32Const(1).op('i32.sub').localSet(depth).br(0);
  w.end().end();
  w.i32Const(0)
    .localGet(depth)
    .memory('i32.store', stateBase + stateLayout.shadowDepth);
  w.i32Const(exitReason.compiled);
  return w;
}

/** A translation compiled to a WebAssembly module, kept for the machines that run the same program. */
interface Compiled {
  readonly translation: Translation;
  readonly module: WebAssembly.Module;
  /** Fuel per call of this code, shared by the machines that run it (`CompiledTier.chunk`). */
  readonly chunk: { size: number };
}

/** A new translation's compiled module, its fuel chunks starting small. */
function compiledOf(translation: Translation, module: WebAssembly.Module): Compiled {
  return { translation, module, chunk: { size: firstCompiledChunk } };
}

/**
 * Compiled translations by VP module and machine layout (what the Wasm depends on besides the text): a new
 * machine running a program that ran before (an online judge's next test, a plugin's next call) skips
 * translating and compiling, and gets the code V8 has optimised by then (V8 shares compiled code between
 * the instances of one WebAssembly.Module; a new module starts again in its baseline compiler). Dropped
 * with the VP module.
 */
const compiledModules = new WeakMap<Module, Map<string, Compiled>>();

function layoutKey(machine: Machine, options: TranslateOptions): string {
  const pages = machine.memory.buffer.byteLength / 65536;
  const layout = `${machine.dataBase} ${machine.memorySize} ${machine.stackLimit} ${machine.stateBase} ${pages}`;
  return options.countFuel === false ? `${layout} uncounted` : layout;
}

function cachedFor(machine: Machine, options: TranslateOptions): Compiled | undefined {
  return compiledModules.get(machine.module)?.get(layoutKey(machine, options));
}

function remember(machine: Machine, options: TranslateOptions, compiled: Compiled): void {
  let byLayout = compiledModules.get(machine.module);
  if (byLayout === undefined) {
    byLayout = new Map();
    compiledModules.set(machine.module, byLayout);
  }
  byLayout.set(layoutKey(machine, options), compiled);
}

/**
 * Compile the machine's module (or reuse the compilation of a machine that ran it before) and attach the
 * compiled tier; returns what was compiled. Synchronous, for Node and workers; a browser's main thread
 * refuses to compile large modules synchronously: use `attachCompiledTierAsync` there.
 */
export function attachCompiledTier(machine: Machine, options: TranslateOptions = {}): CompileReport {
  const started = performance.now();
  let compiled = cachedFor(machine, options);
  const cached = compiled !== undefined;
  if (compiled === undefined) {
    const translation = translateMachine(machine, options);
    compiled = compiledOf(translation, new WebAssembly.Module(translation.bytes));
    remember(machine, options, compiled);
  }
  const instance = new WebAssembly.Instance(compiled.module, imports(machine));
  return attach(machine, compiled, instance, started, cached, options);
}

/** `attachCompiledTier` with WebAssembly's asynchronous compilation (the run may go on meanwhile). */
export async function attachCompiledTierAsync(
  machine: Machine,
  options: TranslateOptions = {},
): Promise<CompileReport> {
  const started = performance.now();
  let compiled = cachedFor(machine, options);
  const cached = compiled !== undefined;
  if (compiled === undefined) {
    const translation = translateMachine(machine, options);
    compiled = compiledOf(translation, await WebAssembly.compile(translation.bytes));
    remember(machine, options, compiled);
  }
  const instance = await WebAssembly.instantiate(compiled.module, imports(machine));
  return attach(machine, compiled, instance, started, cached, options);
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
  { translation, chunk }: Compiled,
  instance: WebAssembly.Instance,
  started: number,
  cached: boolean,
  options: TranslateOptions,
): CompileReport {
  const translateMs = cached ? 0 : translation.translateMs;
  const instantiateMs = performance.now() - started - translateMs;
  const state = new DataView(machine.memory.buffer, machine.stateBase);
  const enter = instance.exports['enter'] as (fn: number, block: number) => number;
  translation.entries.forEach((list, k) => {
    for (const { start, value } of list) {
      machine.entryFunctions[start] = k + 1;
      machine.entryBlocks[start] = value;
    }
  });
  for (const [k, fn] of translation.functions.entries()) {
    machine.entryFunctions[fn.entry] = k + 1;
    machine.entryBlocks[fn.entry] = fn.blockAt.get(fn.entry)!;
  }
  const shadow = machine.shadow;
  const words = machine.text.words;
  const tier: CompiledTier = {
    chunk,
    run(budget: number): number {
      if (options.countFuel === false && machine.fuel !== Infinity)
        throw new Error('compiled code translated with countFuel: false cannot keep a fuel limit');
      const ip = machine.ip;
      const depth = shadow.depth[0]!;
      if (depth === shadowCapacity || (depth > 0 && shadow.returns[depth - 1]! >= words)) {
        // A full shadow stack (the interpreter's next call halves it), or a top entry whose return address is
        // not in text (a call at its very end): compiled code could not keep that entry; interpret a while.
        machine.left = budget;
        return exitReason.interpret;
      }
      const entry = machine.entryBlocks[ip]!;
      const need = entry >>> entryNeedShift;
      if (need > budget) {
        // A block that does not check its fuel: its check is here.
        machine.need = need;
        machine.left = budget;
        return exitReason.needFuel;
      }
      state.setBigInt64(stateLayout.fuel, BigInt(budget), true);
      const reason = enter(machine.entryFunctions[ip]! - 1, entry & ((1 << entryNeedShift) - 1));
      machine.ip = state.getInt32(stateLayout.ip, true);
      machine.left = Number(state.getBigInt64(stateLayout.fuel, true));
      if (reason === exitReason.needFuel) machine.need = state.getInt32(stateLayout.need, true);
      if (reason === exitReason.trap) {
        // Raised by an instruction compiled code handed to the interpreter, before the calls compiled code
        // made were on the shadow stack: now they are, the backtrace is the interpreter's.
        const trap = machine.trap!;
        machine.trap = new Trap(trap.code, trap.message, trap.pc, machine.backtrace(trap.pc));
      }
      return reason;
    },
  };
  machine.attachCompiledTier(tier);
  return {
    functions: translation.functions.length,
    blocks: translation.functions.reduce((sum, fn) => sum + fn.blocks.length, 0),
    textBytes: machine.module.text.length,
    wasmBytes: translation.bytes.length,
    translateMs,
    instantiateMs,
    cached,
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
