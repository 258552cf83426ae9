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
/** The fields that change as the heap runs (snapshot.ts). */
export const DEADLINE_HEAP_STATE = ['times', 'keys', 'slots', 'pos', 'n', 'counter'] as const;

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
    this.times[0] = Infinity;
  }

  /** Number of pending deadlines. */
  get size(): number {
    return this.n;
  }

  /** The earliest deadline; Infinity when none is pending. */
  peekTime(): number {
    // times[n] always holds Infinity (a sentinel past the last deadline): see EventHeap.peekTime.
    return this.times[0];
  }

  /** Whether contact `slot` has a deadline pending. */
  has(slot: number): boolean {
    return slot < this.pos.length && this.pos[slot] >= 0;
  }

  /** Adds contact `slot`'s deadline (the slot must have none pending). */
  push(slot: number, time: number): void {
    if (this.n + 1 === this.times.length) this.growHeap();
    if (slot >= this.pos.length) this.growPos(slot);
    const i = this.n++;
    this.times[i] = time;
    this.keys[i] = this.counter++;
    this.slots[i] = slot;
    this.pos[slot] = i;
    this.up(i);
    this.times[this.n] = Infinity;
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

  /** The contact slots with a deadline pending, in the order they would run (deadline, then insertion): coupling.ts. */
  slotsInOrder(): Int32Array {
    const idx = Array.from({ length: this.n }, (_, i) => i);
    idx.sort((i, j) => this.times[i] - this.times[j] || this.keys[i] - this.keys[j]);
    return Int32Array.from(idx, (i) => this.slots[i]);
  }

  // The helpers below take positions only, never a time: a fractional number passed to a call
  // that V8 does not inline is boxed on the heap, which showed as garbage at every contact.

  private removeAt(i: number): void {
    this.pos[this.slots[i]] = -1;
    const last = --this.n;
    if (i !== last) {
      // The last entry fills the hole at i: it may belong above or below, so sift up, else down.
      this.move(last, i);
      if (i > 0 && this.before(i, (i - 1) >> 1)) this.up(i);
      else this.down(i);
    }
    this.times[last] = Infinity;
  }

  /** Whether the entry at position i comes before the entry at position j. */
  private before(i: number, j: number): boolean {
    const ti = this.times[i];
    const tj = this.times[j];
    return ti < tj || (ti === tj && this.keys[i] < this.keys[j]);
  }

  /** Copies the entry at position `from` to position `to`. */
  private move(from: number, to: number): void {
    this.times[to] = this.times[from];
    this.keys[to] = this.keys[from];
    const s = this.slots[from];
    this.slots[to] = s;
    this.pos[s] = to;
  }

  /** Sifts the entry at position i up: parents after it move down into the hole. */
  private up(i: number): void {
    const times = this.times;
    const keys = this.keys;
    const t = times[i];
    const key = keys[i];
    const s = this.slots[i];
    while (i > 0) {
      const p = (i - 1) >> 1;
      const tp = times[p];
      if (tp < t || (tp === t && keys[p] < key)) break;
      this.move(p, i);
      i = p;
    }
    times[i] = t;
    keys[i] = key;
    this.slots[i] = s;
    this.pos[s] = i;
  }

  /** Sifts the entry at position i down: earlier children move up into the hole. */
  private down(i: number): void {
    const times = this.times;
    const keys = this.keys;
    const n = this.n;
    const t = times[i];
    const key = keys[i];
    const s = this.slots[i];
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && this.before(c + 1, c)) c++;
      const tc = times[c];
      if (t < tc || (t === tc && key < keys[c])) break;
      this.move(c, i);
      i = c;
    }
    times[i] = t;
    keys[i] = key;
    this.slots[i] = s;
    this.pos[s] = i;
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
