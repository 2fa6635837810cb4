// Memory accesses of one block that can share one address check: those through the same base register (and
// index register) while neither changes, such as a struct's fields through one pointer. The first of a group
// checks the whole range of the group's offsets; the others check nothing. When that check fails, compiled code
// leaves before the first access and the interpreter runs the block instruction by instruction, so a trap
// still comes from the very access that makes it (issue 4: compiled code never traps itself).

import type { Mnemonic } from '../isa/index.js';
import type { DecodedText } from '../vm/index.js';
import { instructionAt, type Block } from './discover.js';
import { writtenRegisters } from './registers.js';

/** How one access is checked: the group's first checks the group's range, the others nothing. */
export type AccessCheck =
  | {
      readonly kind: 'first';
      /** Its own offset above the group's lowest, and the bytes from the lowest to the end of the highest. */
      readonly above: number;
      readonly span: number;
      /** Whether any access of the group stores (the range must then be writable). */
      readonly store: boolean;
    }
  | { readonly kind: 'covered' };

/** A memory access through registers: the address is the sum of its registers and its offset. */
export interface Access {
  /** Registers the address is made of: base, or base and index (a register twice when both are one). */
  readonly parts: readonly number[];
  readonly key: string;
  readonly offset: number;
  readonly width: number;
  readonly store: boolean;
}

const widths: Readonly<Record<string, number>> = { '': 8, b: 1, ub: 1, s: 2, us: 2, i: 4, ui: 4 };

/** The widest range one check covers (far below any memory size), so that the check's bound stays positive. */
export const maxSpan = 65536;

/** The access the instruction at `ip` makes through registers, or undefined. */
export function accessAt(text: DecodedText, ip: number, mnemonic: Mnemonic): Access | undefined {
  const match = /^vp-cpy-(ir|dr|ri|rd)(?:-(b|ub|s|us|i|ui))?$/.exec(mnemonic);
  if (match === null) return undefined;
  const word = text.code[ip]!;
  const a = (word >>> 8) & 15;
  const b = (word >>> 12) & 15;
  const c = (word >>> 16) & 15;
  const width = widths[match[2] ?? '']!;
  const form = match[1]!;
  const store = form === 'ri' || form === 'rd';
  if (form === 'ir' || form === 'ri') {
    const base = form === 'ir' ? a : b;
    const k = text.constants[ip]!;
    if (k < -(1n << 31n) || k >= 1n << 31n) return undefined;
    return { parts: [base], key: `${base}`, offset: Number(k), width, store };
  }
  const [x, y] = form === 'dr' ? [a, b] : [b, c];
  return {
    parts: [x, y],
    key: `${Math.min(x, y)}+${Math.max(x, y)}`,
    offset: 0,
    width,
    store,
  };
}

/** The checks of the block's accesses that share one (by instruction word); the others check alone. */
export function accessChecks(text: DecodedText, block: Block): Map<number, AccessCheck> {
  interface Group {
    readonly registers: number;
    readonly first: number;
    readonly members: number[];
    low: number;
    high: number;
    store: boolean;
    firstOffset: number;
  }
  const open = new Map<string, Group>();
  const groups: Group[] = [];
  for (const ip of block.instructions) {
    const info = ip < text.words ? instructionAt(text, ip) : undefined;
    if (info === undefined) break;
    const access = accessAt(text, ip, info.mnemonic);
    if (access !== undefined) {
      const group = open.get(access.key);
      if (group === undefined) {
        const fresh: Group = {
          registers: access.parts.reduce((mask, r) => mask | (1 << r), 0),
          first: ip,
          members: [],
          low: access.offset,
          high: access.offset + access.width,
          store: access.store,
          firstOffset: access.offset,
        };
        open.set(access.key, fresh);
        groups.push(fresh);
      } else {
        group.members.push(ip);
        group.low = Math.min(group.low, access.offset);
        group.high = Math.max(group.high, access.offset + access.width);
        group.store ||= access.store;
      }
    }
    const written = writtenRegisters(text, ip);
    for (const [key, group] of open) if ((group.registers & written) !== 0) open.delete(key);
  }
  const checks = new Map<number, AccessCheck>();
  for (const group of groups) {
    if (group.members.length === 0 || group.high - group.low > maxSpan) continue;
    checks.set(group.first, {
      kind: 'first',
      above: group.firstOffset - group.low,
      span: group.high - group.low,
      store: group.store,
    });
    for (const ip of group.members) checks.set(ip, { kind: 'covered' });
  }
  return checks;
}
