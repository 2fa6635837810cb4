// Traps: the stable codes and messages of every way a guest program can fail, and the Trap value
// the machine reports (code, message, faulting pc, symbol+offset, backtrace).

/** Every trap, by stable code, with the message shown to users. */
export const trapMessages = {
  'null-access': 'null pointer access',
  'out-of-bounds': 'access outside memory',
  'write-to-text': 'write to the read-only text segment',
  'execute-outside-text': 'execution outside the text segment',
  'invalid-instruction': 'invalid instruction',
  'division-by-zero': 'division by zero',
  'quotient-overflow': 'quotient does not fit in 64 bits',
  'stack-overflow': 'stack overflow',
  'unknown-host-function': 'unknown host function',
  'host-function-failed': 'host function failed',
  aborted: 'the program aborted',
} as const;

/** A trap code. */
export type TrapCode = keyof typeof trapMessages;

/** One frame of a backtrace. */
export interface Frame {
  /** Byte address of the instruction (for callers: of the call instruction). */
  readonly pc: number;
  /** `symbol+0xoffset`, or the hex address when no symbol covers it. */
  readonly where: string;
  /** `file:line:column` from the debug section, when known. */
  readonly source: string | undefined;
}

/** A trap raised by a guest: the run is over. */
export class Trap extends Error {
  constructor(
    readonly code: TrapCode,
    /** The full message, e.g. `null pointer read of 8 bytes at 0x8`. */
    message: string,
    /** Byte address of the faulting instruction. */
    readonly pc: number,
    /** The faulting frame first, then its callers. */
    readonly backtrace: readonly Frame[],
  ) {
    super(message);
    this.name = 'Trap';
  }

  /** `trap CODE: message at where (source)` followed by `  called from ...` lines. */
  format(): string {
    const [first, ...callers] = this.backtrace;
    const head = `trap ${this.code}: ${this.message}`;
    const lines = [first === undefined ? head : `${head} at ${describeFrame(first)}`];
    // Deep recursion repeats one caller many times: say it once, with a count.
    for (let i = 0; i < callers.length;) {
      const text = describeFrame(callers[i]!);
      let count = 1;
      while (i + count < callers.length && describeFrame(callers[i + count]!) === text) count++;
      lines.push(`  called from ${text}${count > 1 ? `, ${count} times` : ''}`);
      i += count;
    }
    return lines.join('\n');
  }
}

function describeFrame(frame: Frame): string {
  return frame.source === undefined ? frame.where : `${frame.where} (${frame.source})`;
}
