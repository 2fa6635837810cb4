// The host interface: how embedders give a machine named functions (with a fuel cost, sync or async),
// and the standard set (`tessera.write`, `read`, `exit`, `clock`, `sbrk`, `abort`).

import type { TrapCode } from './traps.js';

/** What a host function sees of the machine while it runs. */
export interface HostContext {
  /** Copy `length` bytes of guest memory from `address` (traps the guest when out of bounds). */
  readBytes(address: bigint, length: bigint): Uint8Array;
  /** Write bytes into guest memory at `address` (traps the guest when not writable). */
  writeBytes(address: bigint, bytes: Uint8Array): void;
  /** Halt the machine with this exit status once the host function returns. */
  exit(code: number): void;
  /** The current heap break and its limit (for allocators). */
  readonly heap: { break: number; readonly base: number; readonly limit: number };
}

/** A host function's result: r0's new value (void leaves 0), or a promise of it. */
export type HostResult = bigint | number | void;

/** A function the guest can import by name. */
export interface HostFunction {
  /** Fuel charged per call, on top of the calling instruction's 1. */
  readonly cost: number;
  readonly call: (context: HostContext, args: readonly bigint[]) => HostResult | Promise<HostResult>;
}

/** Host functions by qualified name, e.g. `tessera.write`. */
export type HostFunctions = Readonly<Record<string, HostFunction>>;

/** Thrown by a host function (or HostContext) to trap the guest with a specific code. */
export class HostTrap extends Error {
  constructor(
    readonly code: TrapCode,
    message: string,
  ) {
    super(message);
    this.name = 'HostTrap';
  }
}

/** Where the standard host functions read and write. */
export interface StandardStreams {
  /** Called with each chunk the guest writes to fd 1. */
  readonly stdout: (bytes: Uint8Array) => void;
  /** Called with each chunk the guest writes to fd 2. */
  readonly stderr: (bytes: Uint8Array) => void;
  /** Reads up to `max` bytes of standard input; an empty array means end of input. May be async. */
  readonly stdin?: (max: number) => Uint8Array | Promise<Uint8Array>;
  /** Nanoseconds for `tessera.clock`: 0 = wall clock since the epoch, 1 = monotonic. */
  readonly clock?: (kind: number) => bigint;
}

const defaultClock = (kind: number): bigint =>
  kind === 0 ? BigInt(Date.now()) * 1_000_000n : BigInt(Math.round(performance.now() * 1e6));

/**
 * The standard host functions:
 * - `tessera.write(fd, address, length)`: write to stdout (1) or stderr (2); returns length, or -1 for another fd.
 * - `tessera.read(fd, address, length)`: read stdin (0); returns bytes read, 0 at end of input, -1 for another fd.
 * - `tessera.exit(code)`: halt with this exit status.
 * - `tessera.clock(kind)`: nanoseconds (0 wall clock, 1 monotonic).
 * - `tessera.sbrk(increment)`: move the heap break; returns the old break, or -1 when the limit is reached.
 * - `tessera.abort(address, length)`: trap with code `aborted` and the given UTF-8 message (C's abort, assert).
 */
export function standardHost(streams: StandardStreams): HostFunctions {
  const clock = streams.clock ?? defaultClock;
  return {
    'tessera.write': {
      cost: 10,
      call: (context, [fd = 0n, address = 0n, length = 0n]) => {
        if (fd !== 1n && fd !== 2n) return -1;
        const bytes = context.readBytes(address, length);
        (fd === 1n ? streams.stdout : streams.stderr)(bytes);
        return length;
      },
    },
    'tessera.read': {
      cost: 10,
      call: (context, [fd = 0n, address = 0n, length = 0n]) => {
        if (fd !== 0n || streams.stdin === undefined) return -1;
        if (length <= 0n) return 0;
        context.readBytes(address, length); // check the whole destination before reading anything
        const max = Number(length > 65536n ? 65536n : length);
        const deliver = (bytes: Uint8Array): bigint => {
          const chunk = bytes.subarray(0, max);
          context.writeBytes(address, chunk);
          return BigInt(chunk.length);
        };
        const got = streams.stdin(max);
        return got instanceof Promise ? got.then(deliver) : deliver(got);
      },
    },
    'tessera.exit': {
      cost: 1,
      call: (context, [code = 0n]) => context.exit(Number(BigInt.asIntN(32, code))),
    },
    'tessera.clock': {
      cost: 10,
      call: (_context, [kind = 0n]) => clock(Number(kind)),
    },
    'tessera.sbrk': {
      cost: 10,
      call: (context, [increment = 0n]) => {
        const old = context.heap.break;
        const next = BigInt(old) + increment;
        if (next < BigInt(context.heap.base) || next > BigInt(context.heap.limit)) return -1;
        context.heap.break = Number(next);
        return old;
      },
    },
    'tessera.abort': {
      cost: 1,
      call: (context, [address = 0n, length = 0n]) => {
        throw new HostTrap('aborted', new TextDecoder().decode(context.readBytes(address, length)));
      },
    },
  };
}
