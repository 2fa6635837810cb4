// What each instruction writes to memory, read from its meaning in the instruction table (`store64 [rb + i]`,
// `push the return address`, `copy rc bytes ... to address rd`), and where it writes given the registers.

import { decode, instructions, textBase, type Mnemonic } from '../isa/index.js';

/** How an instruction writes memory. */
export type MemoryEffect =
  /** Nothing. */
  | { readonly kind: 'none' }
  /** `size` bytes at the sum of the named operands (registers by value, constants, `l` as an address). */
  | { readonly kind: 'store'; readonly size: number; readonly terms: readonly string[] }
  /** 8 bytes for each listed register, downwards from rsp. */
  | { readonly kind: 'push' }
  /** The 8-byte return address just below rsp. */
  | { readonly kind: 'call' }
  /** The bytes from the address in register operand `address`, as many as register operand `length` says. */
  | { readonly kind: 'range'; readonly address: string; readonly length: string }
  /** Whatever the host function writes (seen through its HostContext). */
  | { readonly kind: 'host' };

/** The memory effect a meaning describes; throws on a meaning that mentions memory in a way not understood. */
export function memoryEffectOf(meaning: string): MemoryEffect {
  const store = /^store(8|16|32|64) \[(.+?)\]/.exec(meaning);
  if (store !== null) {
    const terms = store[2]! === 'address of l' ? ['l'] : store[2]!.split(' + ');
    return { kind: 'store', size: Number(store[1]) / 8, terms };
  }
  if (/^for each register in order: rsp = rsp - 8; store64 \[rsp\]/.test(meaning)) return { kind: 'push' };
  if (meaning.startsWith('push the return address')) return { kind: 'call' };
  const range = /^(?:copy|fill) (\w+) bytes (?:from address \w+ )?(?:to|at) address (\w+)/.exec(meaning);
  if (range !== null) return { kind: 'range', address: range[2]!, length: range[1]! };
  if (/host function/.test(meaning)) return { kind: 'host' };
  if (/store|push|copy|fill/.test(meaning)) throw new Error(`memory effect not understood: ${meaning}`);
  return { kind: 'none' };
}

/** Every instruction's memory effect. */
export const memoryEffects: ReadonlyMap<Mnemonic, MemoryEffect> = new Map(
  instructions.map((info) => [info.mnemonic, memoryEffectOf(info.meaning)]),
);

/** A write an instruction is about to make: where and how many bytes. */
export interface PendingWrite {
  readonly address: bigint;
  readonly size: bigint;
  /** Whether it stores a register's value (1 to 8 bytes) rather than a range of bytes. */
  readonly isValue: boolean;
}

/** What the machine state needed to work out an instruction's writes looks like. */
export interface WriterState {
  readonly R: BigInt64Array;
}

/** An instruction decoded once, with its operands by name. */
interface Decoded {
  readonly effect: MemoryEffect;
  readonly operands: ReadonlyMap<string, number | bigint | readonly number[]>;
}

const rsp = 15;
const none: readonly PendingWrite[] = [];

/** Finds the writes of the instruction at a word index, decoding each instruction once. */
export class WriteFinder {
  private readonly decoded: (Decoded | undefined)[];

  constructor(private readonly words: Int32Array) {
    this.decoded = new Array<Decoded | undefined>(words.length).fill(undefined);
  }

  private decodedAt(ip: number): Decoded | undefined {
    let known = this.decoded[ip];
    if (known === undefined && ip >= 0 && ip < this.words.length) {
      const instruction = decode(this.words, ip);
      if (instruction === undefined) return undefined;
      const operands = new Map<string, number | bigint | readonly number[]>();
      instruction.info.operands.forEach((name, i) => operands.set(name, instruction.operands[i]!));
      known = {
        effect: memoryEffects.get(instruction.info.mnemonic) ?? { kind: 'none' },
        operands,
      };
      this.decoded[ip] = known;
    }
    return known;
  }

  /** The writes the instruction at `ip` will make with the registers as they are now (none for host calls). */
  writesAt(ip: number, machine: WriterState): readonly PendingWrite[] {
    const decoded = this.decodedAt(ip);
    if (decoded === undefined) return none;
    const { effect, operands } = decoded;
    const register = (name: string): bigint => BigInt.asUintN(64, machine.R[operands.get(name) as number]!);
    switch (effect.kind) {
      case 'none':
      case 'host':
        return none;
      case 'store': {
        let address = 0n;
        for (const term of effect.terms) {
          const value = operands.get(term);
          if (term === 'l') address += BigInt(textBase + ip * 4) + (value as bigint);
          else if (typeof value === 'number') address += BigInt.asUintN(64, machine.R[value]!);
          else address += value as bigint;
        }
        return [{ address: BigInt.asUintN(64, address), size: BigInt(effect.size), isValue: true }];
      }
      case 'push': {
        const list = operands.get('regs') as readonly number[];
        const top = BigInt.asUintN(64, machine.R[rsp]!);
        return list.map((_, k) => ({
          address: BigInt.asUintN(64, top - 8n * BigInt(k + 1)),
          size: 8n,
          isValue: true,
        }));
      }
      case 'call':
        return [
          { address: BigInt.asUintN(64, BigInt.asUintN(64, machine.R[rsp]!) - 8n), size: 8n, isValue: true },
        ];
      case 'range': {
        const size = register(effect.length);
        return size === 0n ? [] : [{ address: register(effect.address), size, isValue: false }];
      }
      default: {
        const never: never = effect;
        return never;
      }
    }
  }
}
