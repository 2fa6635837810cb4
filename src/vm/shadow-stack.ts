// The shadow stack: for each call, the stack slot of its return address and the return address's word
// index, kept beside the guest stack so that backtraces are exact rather than guessed from stack contents.
// A return drops the entries at or below the slot it pops, which also heals after longjmp-style jumps that
// move rsp up; a backtrace shows only entries at or above rsp whose slot still holds their return address.

/** Entries kept; when full, the oldest half is dropped (only very deep backtraces lose their bottom). */
export const shadowCapacity = 1 << 16;

/** The shadow stack of one machine; the interpreter loops use its arrays directly. */
export class ShadowStack {
  /** Address of each live call's return-address slot, decreasing from the bottom entry up. */
  readonly slots: Int32Array;
  /** Word index in text of each live call's return address. */
  readonly returns: Int32Array;
  /** depth[0]: the number of live entries (an array so the compiled loops can share it). */
  readonly depth: Int32Array;

  /** A shadow stack in `buffer` (the machine's state area, shared with compiled code) at these byte offsets. */
  constructor(buffer: ArrayBufferLike, offsets: { slots: number; returns: number; depth: number }) {
    this.slots = new Int32Array(buffer, offsets.slots, shadowCapacity);
    this.returns = new Int32Array(buffer, offsets.returns, shadowCapacity);
    this.depth = new Int32Array(buffer, offsets.depth, 1);
  }

  /** Record a call whose return address (word index `returnIndex`) was pushed at `slot`. */
  push(slot: number, returnIndex: number): void {
    let d = this.depth[0]!;
    if (d === shadowCapacity) d = this.halve();
    this.slots[d] = slot;
    this.returns[d] = returnIndex;
    this.depth[0] = d + 1;
  }

  /** Forget the call whose return address is popped from `slot`, and any deeper ones. */
  pop(slot: number): void {
    this.depth[0] = this.drop(slot);
  }

  /** Entries from the innermost call outwards: their slots and return word indexes. */
  *frames(): Generator<{ slot: number; returnIndex: number }> {
    for (let d = this.depth[0]! - 1; d >= 0; d--)
      yield { slot: this.slots[d]!, returnIndex: this.returns[d]! };
  }

  /** Make room when full by dropping the oldest half; returns the new depth. Called from the loops too. */
  halve(): number {
    const keep = shadowCapacity / 2;
    this.slots.copyWithin(0, shadowCapacity - keep);
    this.returns.copyWithin(0, shadowCapacity - keep);
    this.depth[0] = keep;
    return keep;
  }

  /** Replace the whole contents (snapshot restore). */
  load(slots: readonly number[], returns: readonly number[]): void {
    this.slots.set(slots);
    this.returns.set(returns);
    this.depth[0] = slots.length;
  }

  private drop(slot: number): number {
    let d = this.depth[0]!;
    while (d > 0 && this.slots[d - 1]! <= slot) d--;
    return d;
  }
}
