// Finds the functions and basic blocks of a module's text: function entries from the entry point, procedure
// symbols and call targets; blocks by following each function's branches and jumps; and the places indirect
// jumps may reach (jump tables, addresses taken) as extra blocks of the procedure that contains them.

import { byOpcode, textBase, type InstructionInfo } from '../isa/index.js';
import type { Module } from '../module/index.js';
import type { DecodedText } from '../vm/index.js';

/** A basic block: straight-line instructions ending at a control transfer or where another block starts. */
export interface Block {
  /** Word index of the first instruction. */
  readonly start: number;
  /** Word indexes of its instructions, in order. */
  readonly instructions: readonly number[];
  /** Start words of the blocks control can go on to within the function (a call's return point included). */
  readonly successors: readonly number[];
}

/** A function: its entry (block 0) and its other blocks in address order. */
export interface JitFunction {
  readonly entry: number;
  readonly blocks: readonly Block[];
  /** Block number by start word. */
  readonly blockAt: ReadonlyMap<number, number>;
  /** Start words of the blocks indirect jumps may enter (addresses taken in the function). */
  readonly roots: readonly number[];
}

/** Functions with more blocks than this are left to the interpreter (a br_table and nesting that deep compile slowly). */
export const maxBlocks = 20_000;

/** The predecessors of each block of a function (block numbers), from its blocks' successors. */
export function predecessorsOf(fn: JitFunction): readonly (readonly number[])[] {
  let predecessors = predecessorTables.get(fn);
  if (predecessors === undefined) {
    const lists: number[][] = Array.from({ length: fn.blocks.length }, () => []);
    fn.blocks.forEach((block, from) => {
      for (const word of block.successors) {
        const to = fn.blockAt.get(word);
        if (to !== undefined) lists[to]!.push(from);
      }
    });
    predecessors = lists;
    predecessorTables.set(fn, predecessors);
  }
  return predecessors;
}

/** `predecessorsOf` per function, made when first asked for (several analyses want them). */
const predecessorTables = new WeakMap<JitFunction, readonly (readonly number[])[]>();

/** The instruction at word `ip`, or undefined for a word that does not decode. */
export function instructionAt(text: DecodedText, ip: number): InstructionInfo | undefined {
  const word = text.code[ip]!;
  return word === 0 ? undefined : byOpcode[word & 0xff];
}

/** Word index of a text address, or undefined when it is not a word in text. */
function wordOf(address: bigint, words: number): number | undefined {
  const offset = address - BigInt(textBase);
  if (offset < 0n || offset >= BigInt(words * 4) || (offset & 3n) !== 0n) return undefined;
  return Number(offset) / 4;
}

/** The entries of every function, in address order. */
export function findEntries(module: Module, text: DecodedText): number[] {
  const entries = new Set<number>();
  if (module.entry !== undefined) entries.add(module.entry / 4);
  for (const symbol of module.symbols) {
    if (symbol.section === 'text' && symbol.kind === 'procedure') entries.add(symbol.offset / 4);
  }
  for (let ip = 0; ip < text.words; ip += text.lengths[ip]!) {
    if (instructionAt(text, ip)?.mnemonic === 'vp-call') entries.add(text.targets[ip]!);
  }
  entries.delete(text.words);
  return [...entries].sort((x, y) => x - y);
}

/**
 * Text words that an indirect jump may reach: every 8-byte value in text or data that is the address of a
 * word of text (jump tables, function pointers in initialised data), and every address `vp-lea-p` loads.
 */
function addressesTaken(module: Module, text: DecodedText): Set<number> {
  const found = new Set<number>();
  for (const bytes of [module.text, module.data]) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    for (let at = 0; at + 8 <= bytes.length; at += 8) {
      const word = wordOf(view.getBigInt64(at, true), text.words);
      if (word !== undefined) found.add(word);
    }
  }
  for (let ip = 0; ip < text.words; ip += text.lengths[ip]!) {
    if (instructionAt(text, ip)?.mnemonic === 'vp-lea-p') {
      const word = wordOf(text.constants[ip]!, text.words);
      if (word !== undefined) found.add(word);
    }
  }
  return found;
}

/** Static successors of the control transfer at `ip` within its function (calls return to the next word). */
function successors(
  text: DecodedText,
  ip: number,
  info: InstructionInfo,
  isOtherEntry: (w: number) => boolean,
): number[] {
  const next = ip + text.lengths[ip]!;
  const m = info.mnemonic;
  if (m === 'vp-jmp') return isOtherEntry(text.targets[ip]!) ? [] : [text.targets[ip]!];
  if (m === 'vp-ret' || m === 'vp-jmp-r' || m === 'vp-jmp-i' || m === 'vp-jmp-p') return [];
  if (info.layout === 'crl' || info.layout === 'rrl') return [text.targets[ip]!, next];
  return [next]; // calls, host calls, bulk memory, vp-brk: on to the next instruction
}

/**
 * Discover the functions of the module that the program can reach: the entry procedure, every function whose
 * address is taken (in text or data, or by `vp-lea-p`), and what they call or jump to, transitively. Code
 * reached some other way (an address computed at run time) runs in the interpreter.
 */
export function discoverFunctions(module: Module, text: DecodedText): JitFunction[] {
  const entries = findEntries(module, text);
  const entrySet = new Set(entries);
  // Extra roots: addresses taken, by the procedure symbol whose range holds them.
  const ranges = module.symbols
    .filter((s) => s.section === 'text' && s.kind === 'procedure' && s.size > 0)
    .map((s) => ({ start: s.offset / 4, end: (s.offset + s.size) / 4 }));
  const extraRoots = new Map<number, number[]>();
  const work: number[] = module.entry === undefined ? [] : [module.entry / 4];
  for (const word of addressesTaken(module, text)) {
    if (entrySet.has(word)) {
      work.push(word);
      continue;
    }
    const range = ranges.find((r) => word >= r.start && word < r.end);
    if (range === undefined) continue;
    const list = extraRoots.get(range.start) ?? [];
    list.push(word);
    extraRoots.set(range.start, list);
  }
  const found = new Map<number, JitFunction>();
  const seen = new Set<number>();
  while (work.length > 0) {
    const entry = work.pop()!;
    if (seen.has(entry) || !entrySet.has(entry)) continue;
    seen.add(entry);
    const fn = discoverFunction(
      text,
      entry,
      extraRoots.get(entry) ?? [],
      (w) => entrySet.has(w) && w !== entry,
    );
    if (fn === undefined) continue;
    found.set(entry, fn);
    for (const block of fn.blocks) {
      const last = block.instructions[block.instructions.length - 1]!;
      const m = last < text.words ? instructionAt(text, last)?.mnemonic : undefined;
      if (m === 'vp-call' || m === 'vp-jmp') work.push(text.targets[last]!);
    }
  }
  return entries.flatMap((entry) => found.get(entry) ?? []);
}

function discoverFunction(
  text: DecodedText,
  entry: number,
  roots: readonly number[],
  isOtherEntry: (w: number) => boolean,
): JitFunction | undefined {
  // Leaders: the entry, the roots, branch targets and the words after control transfers.
  const leaders = new Set<number>();
  const work = [entry, ...roots];
  const visited = new Set<number>();
  for (const root of work) leaders.add(root);
  while (work.length > 0) {
    let ip = work.pop()!;
    if (visited.has(ip)) continue;
    for (;;) {
      if (ip >= text.words) break;
      visited.add(ip);
      const info = instructionAt(text, ip);
      if (info === undefined) break;
      if (info.endsRun) {
        for (const s of successors(text, ip, info, isOtherEntry)) {
          if (s >= text.words) continue;
          leaders.add(s);
          if (!visited.has(s)) work.push(s);
        }
        break;
      }
      ip += text.lengths[ip]!;
      if (leaders.has(ip) || visited.has(ip)) break;
    }
    if (leaders.size > maxBlocks) return undefined;
  }
  // The entry is block 0 (compiled code enters other functions there); the rest in address order.
  leaders.delete(entry);
  const starts = [entry, ...[...leaders].sort((x, y) => x - y)];
  const blocks: Block[] = starts.map((start) => {
    const instructions: number[] = [];
    let ip = start;
    let successorWords: number[] = [];
    for (;;) {
      instructions.push(ip);
      const info = ip < text.words ? instructionAt(text, ip) : undefined;
      if (info === undefined) break;
      if (info.endsRun) {
        successorWords = successors(text, ip, info, isOtherEntry);
        break;
      }
      ip += text.lengths[ip]!;
      if (ip >= text.words) {
        instructions.push(ip); // the sentinel word past the end: traps as it should
        break;
      }
      if (leaders.has(ip)) {
        successorWords = [ip];
        break;
      }
    }
    return { start, instructions, successors: successorWords.filter((w) => leaders.has(w) || w === entry) };
  });
  return {
    entry,
    blocks,
    blockAt: new Map(starts.map((start, n) => [start, n])),
    roots: roots.filter((w) => leaders.has(w)),
  };
}
