// gcc's `__builtin_` functions that programs call without a declaration: most are the C library function
// of the same name without the prefix; the bit-counting ones are C library functions named as builtins
// (libc/src/builtins.c). Those computed in place (`__builtin_expect`, `__builtin_inf`, ...) are in
// expressions.ts.

import type { FunctionSymbol } from '../ast.js';
import type { CLocation } from '../diagnostics.js';
import { functionType, pointerTo, qualified, sizeType, types, type CType } from '../types.js';

type FunctionCType = Extract<CType, { kind: 'function' }>;

const voidPointer = pointerTo(types.void);
const constVoidPointer = pointerTo(qualified(types.void, { const: true }));
const charPointer = pointerTo(types.char);
const constCharPointer = pointerTo(qualified(types.char, { const: true }));

function fn(returns: CType, params: readonly CType[], variadic = false): FunctionCType {
  return functionType(returns, params, variadic) as FunctionCType;
}

const unary = fn(types.double, [types.double]);
const binary = fn(types.double, [types.double, types.double]);
const unaryFloat = fn(types.float, [types.float]);
const binaryFloat = fn(types.float, [types.float, types.float]);

/** Each builtin: the label it calls and its prototype. */
const library: ReadonlyMap<string, { readonly label: string; readonly type: FunctionCType }> = new Map(
  Object.entries({
    memcpy: fn(voidPointer, [voidPointer, constVoidPointer, sizeType]),
    memmove: fn(voidPointer, [voidPointer, constVoidPointer, sizeType]),
    memset: fn(voidPointer, [voidPointer, types.int, sizeType]),
    memcmp: fn(types.int, [constVoidPointer, constVoidPointer, sizeType]),
    memchr: fn(voidPointer, [constVoidPointer, types.int, sizeType]),
    strlen: fn(sizeType, [constCharPointer]),
    strcpy: fn(charPointer, [charPointer, constCharPointer]),
    strncpy: fn(charPointer, [charPointer, constCharPointer, sizeType]),
    strcat: fn(charPointer, [charPointer, constCharPointer]),
    strncat: fn(charPointer, [charPointer, constCharPointer, sizeType]),
    strcmp: fn(types.int, [constCharPointer, constCharPointer]),
    strncmp: fn(types.int, [constCharPointer, constCharPointer, sizeType]),
    strchr: fn(charPointer, [constCharPointer, types.int]),
    strrchr: fn(charPointer, [constCharPointer, types.int]),
    strstr: fn(charPointer, [constCharPointer, constCharPointer]),
    strdup: fn(charPointer, [constCharPointer]),
    printf: fn(types.int, [constCharPointer], true),
    sprintf: fn(types.int, [charPointer, constCharPointer], true),
    snprintf: fn(types.int, [charPointer, sizeType, constCharPointer], true),
    puts: fn(types.int, [constCharPointer]),
    putchar: fn(types.int, [types.int]),
    abort: fn(types.void, []),
    trap: fn(types.void, []),
    unreachable: fn(types.void, []),
    exit: fn(types.void, [types.int]),
    _exit: fn(types.void, [types.int]),
    malloc: fn(voidPointer, [sizeType]),
    // The frame is reserved once (docs/ABI.md), so alloca's memory comes from the heap and lives on.
    alloca: fn(voidPointer, [sizeType]),
    calloc: fn(voidPointer, [sizeType, sizeType]),
    realloc: fn(voidPointer, [voidPointer, sizeType]),
    free: fn(types.void, [voidPointer]),
    abs: fn(types.int, [types.int]),
    labs: fn(types.long, [types.long]),
    llabs: fn(types.llong, [types.llong]),
    fabs: unary,
    sqrt: unary,
    floor: unary,
    ceil: unary,
    trunc: unary,
    round: unary,
    exp: unary,
    log: unary,
    sin: unary,
    cos: unary,
    pow: binary,
    fmod: binary,
    fmin: binary,
    fmax: binary,
    copysign: binary,
    fabsf: unaryFloat,
    sqrtf: unaryFloat,
    floorf: unaryFloat,
    ceilf: unaryFloat,
    copysignf: binaryFloat,
    isnan: fn(types.int, [types.double]),
    isinf: fn(types.int, [types.double]),
    isfinite: fn(types.int, [types.double]),
    signbit: fn(types.int, [types.double]),
  }).map(([name, type]) => [`__builtin_${name}`, { label: libraryLabel(name), type }]),
);

function libraryLabel(name: string): string {
  switch (name) {
    case 'trap':
    case 'unreachable':
      return 'abort';
    case '_exit':
      return '_Exit';
    case 'alloca':
      return 'malloc';
    case 'isnan':
    case 'isinf':
    case 'isfinite':
    case 'signbit':
      return `__tessera_${name}`;
    default:
      return name;
  }
}

const bitOperands = [
  ['', types.uint, types.int],
  ['l', types.ulong, types.long],
  ['ll', types.ullong, types.llong],
] as const;
const bitFunctions = new Map<string, FunctionCType>();
for (const [suffix, unsigned, signed] of bitOperands) {
  for (const name of ['popcount', 'parity', 'ctz', 'clz', 'ffs', 'clrsb']) {
    const operand = name === 'ffs' || name === 'clrsb' ? signed : unsigned;
    bitFunctions.set(`__builtin_${name}${suffix}`, fn(types.int, [operand]));
  }
}
bitFunctions.set('__builtin_bswap16', fn(types.ushort, [types.ushort]));
bitFunctions.set('__builtin_bswap32', fn(types.uint, [types.uint]));
bitFunctions.set('__builtin_bswap64', fn(types.ullong, [types.ullong]));

/** The function a call to the undeclared builtin `name` calls, or undefined if it is no such builtin. */
export function builtinFunction(name: string, at: CLocation): FunctionSymbol | undefined {
  const known = library.get(name);
  if (known !== undefined)
    return { kind: 'function', name, type: known.type, label: known.label, internal: false, at };
  const bits = bitFunctions.get(name);
  if (bits !== undefined) return { kind: 'function', name, type: bits, label: name, internal: false, at };
  return undefined;
}
