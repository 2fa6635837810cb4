// The interpreter's slow paths: exact address checks, unusual stack operations, 128-bit division, host
// calls, bulk memory and conversions. Each returns 0 to go on or an exit reason, with the trap recorded.

import { byOpcode, decode, nullRegionSize, textBase } from '../isa/index.js';
import { HostTrap } from './host.js';
import { exitReason } from './interpreter.js';
import { haltAddress, type Machine, type PendingCall } from './machine.js';
import type { TrapCode } from './traps.js';

const two63 = 2 ** 63;
const two64 = 2 ** 64;

/** Raised inside a helper to trap the guest; caught at the helper's boundary. */
class GuestFault {
  constructor(
    readonly code: TrapCode,
    readonly detail: string,
  ) {}
}

/** Slow paths of one machine (an object of its own so the loops can reach them as `h`). */
export class SlowPaths {
  private readonly scratch = new DataView(new ArrayBuffer(8));

  constructor(private readonly m: Machine) {}

  /** Format the 64-bit value hi:lo as hex. */
  hex(hi: number, lo: number): string {
    return `0x${((BigInt(hi) << 32n) | BigInt(lo >>> 0)).toString(16)}`;
  }

  /** Record a trap at `ip` with `left` fuel remaining; returns the trap exit reason. */
  trap(ip: number, code: TrapCode, detail: string, left: number): number {
    const m = this.m;
    m.left = left;
    return m.raise(ip, code, detail);
  }

  /** Why the word at `ip` is not an instruction. */
  describeInvalid(ip: number): string {
    const word = this.m.DV.getUint32(textBase + ip * 4, true);
    const info = byOpcode[word & 0xff];
    const hex = `0x${word.toString(16).padStart(8, '0')}`;
    return info === undefined
      ? `no instruction has opcode ${word & 0xff} (word ${hex})`
      : `malformed ${info.mnemonic} (word ${hex})`;
  }

  /** The exact address base + offset for a width-byte access at `m.ip`; or -1 with the trap recorded. */
  address(base: bigint, offset: bigint, width: number, store: boolean): number {
    try {
      return this.checkRange(BigInt.asUintN(64, base + offset), BigInt(width), store);
    } catch (e) {
      this.fail(e);
      return -1;
    }
  }

  /** Check that [address, address + length) may be read (or written); returns it as a number or throws. */
  checkRange(address: bigint, length: bigint, store: boolean): number {
    const kind = store ? 'write' : 'read';
    const a = BigInt.asUintN(64, address);
    const n = BigInt.asUintN(64, length);
    const what = `${kind} of ${n} byte${n === 1n ? '' : 's'} at 0x${a.toString(16)}`;
    if (a < BigInt(nullRegionSize)) throw new GuestFault('null-access', what);
    if (a + n > BigInt(this.m.memorySize)) throw new GuestFault('out-of-bounds', what);
    if (store && a < BigInt(this.m.dataBase)) throw new GuestFault('write-to-text', what);
    return Number(a);
  }

  private fail(e: unknown): number {
    if (e instanceof GuestFault) return this.m.raise(this.m.ip, e.code, e.detail);
    if (e instanceof HostTrap) return this.m.raise(this.m.ip, e.code, e.message);
    throw e;
  }

  /** Push the return address of a call (word index `returnIndex`) and record it on the shadow stack. */
  pushReturn(returnIndex: number): number {
    try {
      const at = this.reserveStack(1);
      this.m.DV.setBigInt64(at, BigInt(textBase + returnIndex * 4), true);
      this.m.R[15] = BigInt(at);
      this.m.shadow.push(at, returnIndex);
      return 0;
    } catch (e) {
      return this.fail(e);
    }
  }

  /** Check that `count` slots can be pushed below rsp; returns the address of the lowest one. */
  private reserveStack(count: number): number {
    const m = this.m;
    const sp = BigInt.asUintN(64, m.R[15]! - 8n * BigInt(count));
    if (sp < BigInt(m.stackLimit) && sp >= BigInt(nullRegionSize)) {
      throw new GuestFault('stack-overflow', `rsp would be 0x${sp.toString(16)}, below the stack limit`);
    }
    return this.checkRange(sp, 8n * BigInt(count), true);
  }

  /** `vp-push` in general: any count, any alignment. Checks every slot before writing any. */
  pushList(ip: number): number {
    const m = this.m;
    try {
      const regs = this.registerList(ip);
      const lowest = this.reserveStack(regs.length);
      regs.forEach((r, i) => m.DV.setBigInt64(lowest + 8 * (regs.length - 1 - i), m.R[r]!, true));
      m.R[15] = BigInt(lowest);
      return 0;
    } catch (e) {
      return this.fail(e);
    }
  }

  /** `vp-pop` in general. Checks every slot before changing any register. */
  popList(ip: number): number {
    const m = this.m;
    try {
      const regs = this.registerList(ip);
      const sp = m.R[15]!;
      const lowest = this.checkRange(sp, 8n * BigInt(regs.length), false);
      const values = regs.map((_, k) => m.DV.getBigInt64(lowest + 8 * (regs.length - 1 - k), true));
      // In reverse order, as the fast path: a register listed twice keeps the value of its first place.
      for (let k = regs.length - 1; k >= 0; k--) {
        const r = regs[k]!;
        if (r !== 15) m.R[r] = values[k]!;
      }
      m.R[15] = BigInt.asIntN(64, sp + 8n * BigInt(regs.length));
      return 0;
    } catch (e) {
      return this.fail(e);
    }
  }

  private registerList(ip: number): readonly number[] {
    const decoded = decode(this.m.text.original, ip);
    return (decoded?.operands[0] as readonly number[] | undefined) ?? [];
  }

  /** `vp-alloc` in general: rsp -= c rounded up to 8; traps below the stack limit. */
  alloc(c: bigint): number {
    const m = this.m;
    const sp = BigInt.asIntN(64, m.R[15]! - ((c + 7n) & -8n));
    const unsignedSp = BigInt.asUintN(64, sp);
    if (unsignedSp < BigInt(m.stackLimit)) {
      return m.raise(
        m.ip,
        'stack-overflow',
        `rsp would be 0x${unsignedSp.toString(16)}, below the stack limit`,
      );
    }
    m.R[15] = sp;
    return 0;
  }

  /** `vp-ret` in general: halts when the entry procedure returns, traps on a bad stack or target. */
  ret(): number {
    const m = this.m;
    try {
      const sp = m.R[15]!;
      const at = this.checkRange(sp, 8n, false);
      const target = m.DV.getBigUint64(at, true);
      const after = BigInt.asIntN(64, sp + 8n);
      if (target === BigInt(haltAddress) && after === BigInt(m.entryStackTop)) {
        m.R[15] = after;
        m.shadow.pop(at);
        m.exitCode = Number(BigInt.asIntN(32, m.R[0]!));
        return exitReason.halt;
      }
      const offset = target - BigInt(textBase);
      if (offset < 0n || offset >= BigInt(m.module.text.length) || offset % 4n !== 0n) {
        throw new GuestFault('execute-outside-text', `return to 0x${target.toString(16)}`);
      }
      m.R[15] = after;
      m.shadow.pop(at);
      m.ip = Number(offset) / 4;
      return 0;
    } catch (e) {
      return this.fail(e);
    }
  }

  /** `vp-div-rrr` and `vp-div-rrr-u`: 128-bit rdh:rdl divided by rs. */
  divide128(rs: number, rdh: number, rdl: number, signed: boolean): number {
    const m = this.m;
    const divisor = signed ? m.R[rs]! : BigInt.asUintN(64, m.R[rs]!);
    if (divisor === 0n) return m.raise(m.ip, 'division-by-zero', signed ? 'vp-div-rrr' : 'vp-div-rrr-u');
    const high = signed ? m.R[rdh]! : BigInt.asUintN(64, m.R[rdh]!);
    const dividend = (high << 64n) | BigInt.asUintN(64, m.R[rdl]!);
    const quotient = dividend / divisor;
    const remainder = dividend % divisor;
    const fits = signed
      ? quotient >= -(1n << 63n) && quotient < 1n << 63n
      : quotient >= 0n && quotient < 1n << 64n;
    if (!fits) return m.raise(m.ip, 'quotient-overflow', `0x${dividend.toString(16)} / ${divisor}`);
    m.R[rdh] = BigInt.asIntN(64, remainder);
    m.R[rdl] = BigInt.asIntN(64, quotient);
    return 0;
  }

  /** `vp-call-abi` (handle in memory) and `vp-call-host` (import index). */
  callHost(ip: number, viaHandle: boolean): number {
    const m = this.m;
    try {
      const decoded = decode(m.text.original, ip);
      if (decoded === undefined) throw new GuestFault('invalid-instruction', 'malformed host call');
      const ops = decoded.operands;
      let index: number;
      let handle = 0n;
      if (viaHandle) {
        const [, rb, i] = ops as [number, number, bigint, readonly number[]];
        const at = this.checkRange(BigInt.asUintN(64, m.R[rb]! + i), 8n, false);
        handle = m.DV.getBigInt64(at, true);
        index = handle > 0n && handle <= BigInt(m.imports.length) ? Number(handle) - 1 : -1;
      } else {
        const value = ops[0] as bigint;
        index = value >= 0n && value < BigInt(m.imports.length) ? Number(value) : -1;
      }
      const fn = index < 0 ? undefined : m.imports[index];
      if (fn === undefined) {
        throw new GuestFault(
          'unknown-host-function',
          viaHandle ? `handle ${handle}` : `import ${String(ops[0])}`,
        );
      }
      if (m.left < fn.cost) {
        m.left += 1; // the call did not happen: give back its own unit too
        m.need = fn.cost + 1;
        return exitReason.needFuel;
      }
      if (viaHandle) m.R[ops[0] as number] = handle;
      m.left -= fn.cost;
      m.extraFuelUsed += fn.cost;
      const args = (ops[ops.length - 1] as readonly number[]).map((r) => m.R[r]!);
      let exitCode: number | undefined;
      const result = fn.call(
        m.hostContext((code) => (exitCode = code)),
        args,
      );
      m.ip = ip + decoded.length;
      if (exitCode !== undefined) {
        m.exitCode = exitCode;
        return exitReason.halt;
      }
      if (result instanceof Promise) {
        const pending: PendingCall = {
          callIp: ip,
          settled: false,
          failed: false,
          value: 0n,
          error: undefined,
          promise: Promise.resolve(),
        };
        pending.promise = result.then(
          (value) => {
            pending.settled = true;
            pending.value = toRegister(value);
          },
          (error: unknown) => {
            pending.settled = true;
            pending.failed = true;
            pending.error = error;
          },
        );
        m.pending = pending;
        return exitReason.suspend;
      }
      m.R[0] = toRegister(result);
      return 0;
    } catch (e) {
      if (e instanceof GuestFault || e instanceof HostTrap) return this.fail(e);
      return this.m.raise(ip, 'host-function-failed', e instanceof Error ? e.message : String(e));
    }
  }

  /** Trap for an async host function whose promise was rejected. */
  hostFailure(callIp: number, error: unknown): number {
    if (error instanceof HostTrap) return this.m.raise(callIp, error.code, error.message);
    return this.m.raise(
      callIp,
      'host-function-failed',
      error instanceof Error ? error.message : String(error),
    );
  }

  /** Fuel for a bulk operation of n bytes, or the needFuel exit if there is not enough. */
  private bulkCost(n: bigint): number {
    const cost = n >> 6n;
    if (BigInt(this.m.left) < cost) {
      this.m.left += 1;
      this.m.need = Number(cost) + 1;
      return -1;
    }
    return Number(cost);
  }

  /** `vp-copy-rrr`: memmove of rc bytes from rs to rd. */
  copy(ip: number, rs: number, rd: number, rc: number): number {
    const m = this.m;
    try {
      const n = BigInt.asUintN(64, m.R[rc]!);
      const src = n === 0n ? 0 : this.checkRange(m.R[rs]!, n, false);
      const dst = n === 0n ? 0 : this.checkRange(m.R[rd]!, n, true);
      const cost = this.bulkCost(n);
      if (cost < 0) return exitReason.needFuel;
      m.left -= cost;
      m.extraFuelUsed += cost;
      if (n > 0n) m.M8.copyWithin(dst, src, src + Number(n));
      m.ip = ip + 1;
      return 0;
    } catch (e) {
      return this.fail(e);
    }
  }

  /** `vp-fill-rrr`: fill rc bytes at rd with the low byte of rs. */
  fill(ip: number, rs: number, rd: number, rc: number): number {
    const m = this.m;
    try {
      const n = BigInt.asUintN(64, m.R[rc]!);
      const dst = n === 0n ? 0 : this.checkRange(m.R[rd]!, n, true);
      const cost = this.bulkCost(n);
      if (cost < 0) return exitReason.needFuel;
      m.left -= cost;
      m.extraFuelUsed += cost;
      if (n > 0n) m.M8.fill(m.R32[rs << 1]! & 0xff, dst, dst + Number(n));
      m.ip = ip + 1;
      return 0;
    } catch (e) {
      return this.fail(e);
    }
  }

  /** `vp-cvt-fi`: truncate toward zero, saturating; NaN gives 0. */
  doubleToInt(x: number): bigint {
    if (x !== x) return 0n;
    if (x >= two63) return (1n << 63n) - 1n;
    if (x <= -two63) return -(1n << 63n);
    return BigInt(Math.trunc(x));
  }

  /** `vp-cvt-fu`: truncate toward zero into unsigned 64 bits, saturating; NaN gives 0. */
  doubleToUint(x: number): bigint {
    if (x !== x || x <= -1) return 0n;
    if (x >= two64) return -1n;
    return BigInt.asIntN(64, BigInt(Math.trunc(x)));
  }

  /** `vp-cvt-sf`: the float32 with these bits, as a double. */
  float32ToDouble(bits: number): number {
    this.scratch.setInt32(0, bits, true);
    return this.scratch.getFloat32(0, true);
  }

  /** `vp-cvt-fs`: the float32 bits of a double rounded to nearest; NaN gives the canonical 0x7fc00000. */
  doubleToFloat32(x: number): bigint {
    if (x !== x) return 0x7fc00000n;
    this.scratch.setFloat32(0, x, true);
    return BigInt(this.scratch.getUint32(0, true));
  }

  /** `vp-bswap-rr`: the 8 bytes of v reversed. */
  byteSwap64(v: bigint): bigint {
    this.scratch.setBigInt64(0, v, true);
    return this.scratch.getBigInt64(0, false);
  }
}

function toRegister(value: unknown): bigint {
  if (typeof value === 'bigint') return BigInt.asIntN(64, value);
  if (typeof value === 'number' && Number.isFinite(value))
    return BigInt.asIntN(64, BigInt(Math.trunc(value)));
  return 0n;
}
