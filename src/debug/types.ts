// The C types of a module's debug section, decoded from their descriptors (docs/MODULE.md "Type
// descriptors") into objects the variable reader and the expression evaluator walk.

import type { Module } from '../module/index.js';

/** A type as the debugger knows it. */
export type DebugType =
  | { readonly kind: 'void'; readonly name: string; readonly size: 0 }
  | {
      readonly kind: 'integer';
      readonly name: string;
      readonly size: number;
      readonly signed: boolean;
      /** `_Bool` or an enum: shown differently, read the same. */
      readonly flavour: 'plain' | 'bool' | 'enum';
    }
  | { readonly kind: 'float'; readonly name: string; readonly size: 4 | 8 }
  | { readonly kind: 'pointer'; readonly name: string; readonly size: 8; readonly to: () => DebugType }
  | {
      readonly kind: 'array';
      readonly name: string;
      readonly size: number;
      readonly length: number | undefined;
      readonly of: () => DebugType;
    }
  | { readonly kind: 'function'; readonly name: string; readonly size: 0 }
  | {
      readonly kind: 'struct' | 'union';
      readonly name: string;
      readonly size: number;
      readonly members: readonly DebugMember[];
    };

/** A struct or union member. */
export interface DebugMember {
  readonly name: string;
  readonly type: () => DebugType;
  readonly offset: number;
  /** For a bit-field: its first bit (from the low bit of the unit at `offset`) and width. */
  readonly bits: { readonly offset: number; readonly width: number } | undefined;
}

/** A type that cannot be decoded (a malformed descriptor): shown by name, its value unknown. */
const unknown = (name: string): DebugType => ({ kind: 'void', name: name === '' ? '?' : name, size: 0 });

/** Built-in types for values the evaluator makes (literals, comparisons, registers). */
export const builtinTypes = {
  int: { kind: 'integer', name: 'int', size: 4, signed: true, flavour: 'plain' } as DebugType,
  long: { kind: 'integer', name: 'long', size: 8, signed: true, flavour: 'plain' } as DebugType,
  ulong: { kind: 'integer', name: 'unsigned long', size: 8, signed: false, flavour: 'plain' } as DebugType,
  char: { kind: 'integer', name: 'char', size: 1, signed: true, flavour: 'plain' } as DebugType,
  double: { kind: 'float', name: 'double', size: 8 } as DebugType,
  void: { kind: 'void', name: 'void', size: 0 } as DebugType,
} as const;

/** A pointer to `to`, for `&x`. */
export function pointerTo(to: DebugType): DebugType {
  const name = to.kind === 'array' || to.kind === 'function' ? `${to.name} (*)` : `${to.name} *`;
  return { kind: 'pointer', name: name.replace(' *)', '*)'), size: 8, to: () => to };
}

const tables = new WeakMap<Module, DebugType[]>();

/** The module's types by index (decoded once per module). */
export function moduleTypes(module: Module): readonly DebugType[] {
  let table = tables.get(module);
  if (table === undefined) {
    const descriptors = module.debug?.types ?? [];
    table = [];
    const resolve = (index: number): DebugType => table![index] ?? unknown('');
    for (const descriptor of descriptors) table.push(decodeType(descriptor, resolve));
    tables.set(module, table);
  }
  return table;
}

/** Decode one descriptor; `#K` references go through `resolve` when first followed. */
export function decodeType(descriptor: string, resolve: (index: number) => DebugType): DebugType {
  const bar = descriptor.lastIndexOf('|');
  const shape = bar < 0 ? descriptor : descriptor.slice(0, bar);
  const name = bar < 0 ? '' : descriptor.slice(bar + 1);
  const ref = (text: string): (() => DebugType) => {
    const index = /^#(\d+)$/.exec(text);
    return index === null ? () => unknown('') : () => resolve(Number(index[1]));
  };
  const size = (text: string): number => (/^\d+$/.test(text) ? Number(text) : NaN);
  let m: RegExpExecArray | null;
  if (shape === 'v') return { kind: 'void', name: name || 'void', size: 0 };
  if (shape === 'F') return { kind: 'function', name, size: 0 };
  if ((m = /^([iube])(\d+)$/.exec(shape)) !== null) {
    const bytes = size(m[2]!);
    if (![1, 2, 4, 8].includes(bytes)) return unknown(name);
    const letter = m[1]!;
    return {
      kind: 'integer',
      name,
      size: bytes,
      signed: letter === 'i' || letter === 'e',
      flavour: letter === 'b' ? 'bool' : letter === 'e' ? 'enum' : 'plain',
    };
  }
  if ((m = /^f([48])$/.exec(shape)) !== null) return { kind: 'float', name, size: Number(m[1]) as 4 | 8 };
  if ((m = /^p(#\d+)$/.exec(shape)) !== null) return { kind: 'pointer', name, size: 8, to: ref(m[1]!) };
  if ((m = /^a(\d*)(#\d+)$/.exec(shape)) !== null) {
    const length = m[1] === '' ? undefined : Number(m[1]);
    const of = ref(m[2]!);
    let bytes: number | undefined;
    return {
      kind: 'array',
      name,
      get size() {
        return (bytes ??= (length ?? 0) * of().size);
      },
      length,
      of,
    };
  }
  if ((m = /^([sU])(\d+)\{(.*)\}$/.exec(shape)) !== null) {
    const members: DebugMember[] = [];
    for (const text of m[3] === '' ? [] : m[3]!.split(',')) {
      const member = /^([^:]*):(#\d+)@(\d+)(?:\.(\d+)\.(\d+))?$/.exec(text);
      if (member === null) return unknown(name);
      members.push({
        name: member[1]!,
        type: ref(member[2]!),
        offset: Number(member[3]),
        bits: member[4] === undefined ? undefined : { offset: Number(member[4]), width: Number(member[5]) },
      });
    }
    return { kind: m[1] === 's' ? 'struct' : 'union', name, size: Number(m[2]), members };
  }
  return unknown(name);
}
