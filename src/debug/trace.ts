// The JSON Lines tracer: one JSON object per instruction run, with the registers it changed and the memory it
// wrote, stable enough to keep as a golden trace. Attaches through the machine's hook; host functions' writes
// are seen by wrapping the host functions before the machine is made (`traceHostWrites`).
//
// A line: {"pc":"0x10008","ins":"(vp-push r1 r0)","regs":{"rsp":"0xfffe0"},"mem":[{"addr":"0xfffe8","size":8,
// "value":"0x0"},...]} (one line, keys always in this order). `regs` holds each register whose value changed,
// `mem` each write in the order made: `value` for a store of a register (1 to 8 bytes, little-endian, as an
// unsigned number), `bytes` (hex, in address order) for a range of at most 64 bytes (vp-copy-rrr, vp-fill-rrr,
// host functions); larger ranges give only their address and size. Numbers are unsigned hexadecimal strings,
// since JSON numbers lose 64-bit precision. An instruction that traps ends the trace with "trap":"CODE" after
// "mem"; one that did not run for lack of fuel is not written.

import { formatInstruction } from '../asm/index.js';
import { registerNames, textBase } from '../isa/index.js';
import type { HostFunctions, Machine, RunResult } from '../vm/index.js';
import { WriteFinder, type PendingWrite } from './trace-memory.js';

/** Writes into guest memory made by host functions, collected by `traceHostWrites`. */
export class HostWriteLog {
  readonly writes: PendingWrite[] = [];
}

/** The host functions, each passing what it writes into guest memory to `log` as well. */
export function traceHostWrites(host: HostFunctions, log: HostWriteLog): HostFunctions {
  const traced: Record<string, HostFunctions[string]> = {};
  for (const [name, fn] of Object.entries(host)) {
    traced[name] = {
      cost: fn.cost,
      call: (context, args) =>
        fn.call(
          {
            ...context,
            writeBytes(address, bytes) {
              context.writeBytes(address, bytes);
              log.writes.push({
                address: BigInt.asUintN(64, address),
                size: BigInt(bytes.length),
                isValue: false,
              });
            },
          },
          args,
        ),
    };
  }
  return traced;
}

/** Where the trace goes and what it can see. */
export interface JsonTracerOptions {
  /** Receives the trace in chunks of whole lines. */
  readonly write: (text: string) => void;
  /** The log of the host functions the machine was made with (see `traceHostWrites`). */
  readonly hostWrites?: HostWriteLog;
  /** Characters gathered before `write` is called (default 64 KiB). */
  readonly bufferSize?: number;
}

/** The largest range whose bytes are written out. */
const maxTracedBytes = 64;

function hex(value: bigint): string {
  return `0x${value.toString(16)}`;
}

/** Traces one machine: `start()` sets its hook; `stop(result)` writes the last instruction and flushes. */
export class JsonTracer {
  private readonly finder: WriteFinder;
  /** The registers before the instruction, as 32-bit halves (comparing them allocates no BigInt). */
  private readonly before = new Int32Array(32);
  /** Per word index, the start of its line (`{"pc":...,"ins":...`), made on first use. */
  private readonly heads: (string | undefined)[];
  private readonly bufferSize: number;
  private readonly hostWrites: HostWriteLog;
  private buffer: string[] = [];
  private buffered = 0;
  private previous = -1;
  private pending: readonly PendingWrite[] = [];

  constructor(
    private readonly machine: Machine,
    private readonly options: JsonTracerOptions,
  ) {
    this.finder = new WriteFinder(machine.text.original);
    this.heads = new Array<string | undefined>(machine.text.words + 1).fill(undefined);
    this.bufferSize = options.bufferSize ?? 65536;
    this.hostWrites = options.hostWrites ?? new HostWriteLog();
  }

  /** Attach to the machine (which then runs in its hooked loop). */
  start(): void {
    if (this.machine.hook !== null) throw new Error('the machine already has a hook attached');
    this.machine.hook = (ip) => {
      if (this.previous >= 0) this.emit(this.previous, undefined);
      this.before.set(this.machine.R32);
      if (this.hostWrites.writes.length > 0) this.hostWrites.writes.length = 0;
      this.previous = ip;
      this.pending = this.finder.writesAt(ip, this.machine);
      return false;
    };
  }

  /** Detach, write the last instruction run (with its trap, if it trapped) and flush. */
  stop(result?: RunResult): void {
    this.machine.hook = null;
    if (this.previous >= 0 && result?.status !== 'out-of-fuel') {
      this.emit(this.previous, result?.status === 'trapped' ? result.trap.code : undefined);
    }
    this.previous = -1;
    this.flush();
  }

  /** Pass the buffered lines on. */
  flush(): void {
    if (this.buffer.length === 0) return;
    this.options.write(this.buffer.join(''));
    this.buffer = [];
    this.buffered = 0;
  }

  private head(ip: number): string {
    let head = this.heads[ip];
    if (head === undefined) {
      const ins =
        ip < this.machine.text.words ? formatInstruction(this.machine.module, ip * 4) : '(end of text)';
      head = `{"pc":"${hex(BigInt(textBase + ip * 4))}","ins":${JSON.stringify(ins)}`;
      this.heads[ip] = head;
    }
    return head;
  }

  private describeWrite(write: PendingWrite): string {
    const m = this.machine;
    const start = `{"addr":"${hex(write.address)}","size":${write.size}`;
    const end = write.address + write.size;
    if (end > BigInt(m.memorySize)) return `${start}}`;
    const at = Number(write.address);
    if (write.isValue) {
      const size = Number(write.size);
      const value =
        size === 8
          ? m.DV.getBigUint64(at, true)
          : BigInt(size === 4 ? m.DV.getUint32(at, true) : size === 2 ? m.DV.getUint16(at, true) : m.M8[at]!);
      return `${start},"value":"${hex(value)}"}`;
    }
    if (write.size > BigInt(maxTracedBytes)) return `${start}}`;
    let bytes = '';
    for (let k = 0; k < Number(write.size); k++) bytes += m.M8[at + k]!.toString(16).padStart(2, '0');
    return `${start},"bytes":"${bytes}"}`;
  }

  private emit(ip: number, trap: string | undefined): void {
    const { R, R32 } = this.machine;
    const before = this.before;
    let regs = '';
    for (let r = 0; r < 16; r++) {
      if (R32[2 * r] !== before[2 * r] || R32[2 * r + 1] !== before[2 * r + 1]) {
        regs += `${regs === '' ? '' : ','}"${registerNames[r]}":"${hex(BigInt.asUintN(64, R[r]!))}"`;
      }
    }
    let mem = '';
    if (trap === undefined)
      for (const w of this.pending) mem += `${mem === '' ? '' : ','}${this.describeWrite(w)}`;
    for (const w of this.hostWrites.writes) mem += `${mem === '' ? '' : ','}${this.describeWrite(w)}`;
    const line = `${this.head(ip)},"regs":{${regs}},"mem":[${mem}]${trap === undefined ? '' : `,"trap":"${trap}"`}}\n`;
    this.buffer.push(line);
    this.buffered += line.length;
    if (this.buffered >= this.bufferSize) this.flush();
  }
}
