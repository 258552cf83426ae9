/**
 * Patience deadlines of the waiting contacts: a binary min-heap of (deadline, insertion counter)
 * indexed by contact slot, so that a contact answered before its patience runs out has its
 * deadline removed at once (O(log q) in a heap of the q waiting contacts) instead of leaving a
 * stale abandon event in the main event heap. In a busy queue most waiting contacts are answered:
 * the main heap then holds service ends only, and no event is popped just to be skipped.
 *
 * Ties between deadlines are broken by insertion order, as the main heap's counter would; the
 * engine runs a deadline after every main-heap event of priority ≤ ARRIVAL and before TRANSFER
 * at the same instant (events.ts), which is the order the ABANDON priority gave.
 */
export class DeadlineHeap {
  private times: Float64Array;
  private keys: Float64Array;
  private slots: Int32Array;
  /** Per contact slot: its position in the heap, −1 when it has no deadline pending. */
  private pos: Int32Array;
  private n = 0;
  private counter = 0;

  constructor(capacity = 256) {
    const c = Math.max(4, capacity);
    this.times = new Float64Array(c);
    this.keys = new Float64Array(c);
    this.slots = new Int32Array(c);
    this.pos = new Int32Array(c).fill(-1);
  }

  /** Number of pending deadlines. */
  get size(): number {
    return this.n;
  }

  /** The earliest deadline; Infinity when none is pending. */
  peekTime(): number {
    return this.n === 0 ? Infinity : this.times[0];
  }

  /** Whether contact `slot` has a deadline pending. */
  has(slot: number): boolean {
    return slot < this.pos.length && this.pos[slot] >= 0;
  }

  /** Adds contact `slot`'s deadline (the slot must have none pending). */
  push(slot: number, time: number): void {
    if (this.n === this.times.length) this.growHeap();
    if (slot >= this.pos.length) this.growPos(slot);
    this.up(this.n++, time, this.counter++, slot);
  }

  /** Removes and returns the slot of the earliest deadline (the heap must not be empty). */
  pop(): number {
    const slot = this.slots[0];
    this.removeAt(0);
    return slot;
  }

  /** Removes contact `slot`'s deadline if it has one (answered, or moved to another lane). */
  remove(slot: number): void {
    if (slot >= this.pos.length) return;
    const i = this.pos[slot];
    if (i >= 0) this.removeAt(i);
  }

  private removeAt(i: number): void {
    this.pos[this.slots[i]] = -1;
    const last = --this.n;
    if (i === last) return;
    // The last entry fills the hole at i: it may belong above or below, so sift up, else down.
    const t = this.times[last];
    const key = this.keys[last];
    const s = this.slots[last];
    if (i > 0 && this.before(t, key, (i - 1) >> 1)) this.up(i, t, key, s);
    else this.down(i, t, key, s);
  }

  /** Whether (t, key) comes before the entry at position j. */
  private before(t: number, key: number, j: number): boolean {
    const tj = this.times[j];
    return t < tj || (t === tj && key < this.keys[j]);
  }

  private put(i: number, t: number, key: number, s: number): void {
    this.times[i] = t;
    this.keys[i] = key;
    this.slots[i] = s;
    this.pos[s] = i;
  }

  /** Moves the hole at i up until (t, key) fits, then puts slot s there. */
  private up(i: number, t: number, key: number, s: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(t, key, p)) break;
      this.put(i, this.times[p], this.keys[p], this.slots[p]);
      i = p;
    }
    this.put(i, t, key, s);
  }

  /** Moves the hole at i down until (t, key) fits, then puts slot s there. */
  private down(i: number, t: number, key: number, s: number): void {
    const n = this.n;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && this.before(this.times[c + 1], this.keys[c + 1], c)) c++;
      const tc = this.times[c];
      const kc = this.keys[c];
      if (t < tc || (t === tc && key < kc)) break;
      this.put(i, tc, kc, this.slots[c]);
      i = c;
    }
    this.put(i, t, key, s);
  }

  private growHeap(): void {
    const c = this.times.length * 2;
    const t = new Float64Array(c); t.set(this.times); this.times = t;
    const k = new Float64Array(c); k.set(this.keys); this.keys = k;
    const s = new Int32Array(c); s.set(this.slots); this.slots = s;
  }

  private growPos(slot: number): void {
    let c = this.pos.length * 2;
    while (c <= slot) c *= 2;
    const p = new Int32Array(c).fill(-1);
    p.set(this.pos);
    this.pos = p;
  }
}
