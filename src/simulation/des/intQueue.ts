/**
 * A FIFO of int32 (contact slots) on a ring buffer that grows by doubling: one per channel,
 * holding waiting contacts in arrival order. Abandoned contacts are not removed from the
 * middle (that would cost O(n)); the engine skips them when they reach the head.
 */
/** The fields that change as the queue runs (snapshot.ts). */
export const INT_QUEUE_STATE = ['buf', 'head', 'n'] as const;

export class IntQueue {
  private buf: Int32Array;
  private head = 0;
  private n = 0;

  constructor(capacity = 64) {
    this.buf = new Int32Array(Math.max(4, capacity));
  }

  /** Entries held, dead ones included. */
  get length(): number {
    return this.n;
  }

  push(value: number): void {
    if (this.n === this.buf.length) this.grow();
    const cap = this.buf.length;
    let i = this.head + this.n;
    if (i >= cap) i -= cap;
    this.buf[i] = value;
    this.n++;
  }

  /** The oldest entry; the queue must not be empty. */
  peek(): number {
    return this.buf[this.head];
  }

  /** Removes and returns the oldest entry; the queue must not be empty. */
  shift(): number {
    const v = this.buf[this.head];
    this.head++;
    if (this.head === this.buf.length) this.head = 0;
    this.n--;
    return v;
  }

  /** The entry at position i from the head (0 = oldest). */
  at(i: number): number {
    let j = this.head + i;
    if (j >= this.buf.length) j -= this.buf.length;
    return this.buf[j];
  }

  private grow(): void {
    const old = this.buf;
    const next = new Int32Array(old.length * 2);
    for (let i = 0; i < this.n; i++) {
      let j = this.head + i;
      if (j >= old.length) j -= old.length;
      next[i] = old[j];
    }
    this.buf = next;
    this.head = 0;
  }
}
