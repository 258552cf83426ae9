/**
 * The event queue: a binary min-heap ordered by (time, priority, insertion counter), as SimPy's
 * core, so simultaneous events always run in the same order. Stored in parallel typed arrays
 * (times, order keys, kinds, two int payloads) that grow by doubling: pushing and popping
 * allocate nothing, which keeps the simulator's hot loop free of garbage.
 *
 * The order key packs priority and counter into one float64: priority × 2^44 + counter. 2^44
 * insertions (1.7 × 10^13) is far beyond any run, and the key stays an exact integer below 2^53
 * for priorities below 2^9.
 */
const COUNTER_SPAN = 17592186044416; // 2^44

export class EventHeap {
  private times: Float64Array;
  private keys: Float64Array;
  private kinds: Int32Array;
  private as: Int32Array;
  private bs: Int32Array;
  private n = 0;
  private counter = 0;

  /** Time, kind and payloads of the last popped event. */
  time = 0;
  kind = 0;
  a = 0;
  b = 0;

  constructor(capacity = 1024) {
    const c = Math.max(4, capacity);
    this.times = new Float64Array(c);
    this.keys = new Float64Array(c);
    this.kinds = new Int32Array(c);
    this.as = new Int32Array(c);
    this.bs = new Int32Array(c);
  }

  /** Number of pending events. */
  get size(): number {
    return this.n;
  }

  /** Time of the earliest event; Infinity when empty. */
  peekTime(): number {
    return this.n === 0 ? Infinity : this.times[0];
  }

  /** Schedules an event; lower `priority` runs first among events at the same time. */
  push(time: number, priority: number, kind: number, a: number, b: number): void {
    if (this.n === this.times.length) this.grow();
    const key = priority * COUNTER_SPAN + this.counter++;
    const times = this.times;
    const keys = this.keys;
    // Sift up with a hole: move parents down until the new event's place is found.
    let i = this.n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const tp = times[p];
      if (tp < time || (tp === time && keys[p] < key)) break;
      times[i] = tp;
      keys[i] = keys[p];
      this.kinds[i] = this.kinds[p];
      this.as[i] = this.as[p];
      this.bs[i] = this.bs[p];
      i = p;
    }
    times[i] = time;
    keys[i] = key;
    this.kinds[i] = kind;
    this.as[i] = a;
    this.bs[i] = b;
  }

  /**
   * Removes the earliest event and exposes it in `time`, `kind`, `a`, `b`.
   * @returns false when the heap was empty
   */
  pop(): boolean {
    if (this.n === 0) return false;
    const times = this.times;
    const keys = this.keys;
    const kinds = this.kinds;
    const as = this.as;
    const bs = this.bs;
    this.time = times[0];
    this.kind = kinds[0];
    this.a = as[0];
    this.b = bs[0];
    const last = --this.n;
    if (last === 0) return true;
    const t = times[last];
    const k = keys[last];
    const kd = kinds[last];
    const a = as[last];
    const b = bs[last];
    // Sift down with a hole from the root.
    let i = 0;
    const half = last >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      const r = c + 1;
      if (r < last && (times[r] < times[c] || (times[r] === times[c] && keys[r] < keys[c]))) c = r;
      const tc = times[c];
      if (t < tc || (t === tc && k < keys[c])) break;
      times[i] = tc;
      keys[i] = keys[c];
      kinds[i] = kinds[c];
      as[i] = as[c];
      bs[i] = bs[c];
      i = c;
    }
    times[i] = t;
    keys[i] = k;
    kinds[i] = kd;
    as[i] = a;
    bs[i] = b;
    return true;
  }

  private grow(): void {
    const c = this.times.length * 2;
    const grow64 = (x: Float64Array): Float64Array => {
      const y = new Float64Array(c);
      y.set(x);
      return y;
    };
    const grow32 = (x: Int32Array): Int32Array => {
      const y = new Int32Array(c);
      y.set(x);
      return y;
    };
    this.times = grow64(this.times);
    this.keys = grow64(this.keys);
    this.kinds = grow32(this.kinds);
    this.as = grow32(this.as);
    this.bs = grow32(this.bs);
  }
}
