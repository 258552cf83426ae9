/**
 * Streaming estimates of many figures at once, in memory that does not grow with the number of
 * replications: per figure, Welford's mean and variance (exact, in replication order, so the
 * same as `estimate` over the full list) and a bounded reservoir of values for the percentiles.
 *
 * Up to `reservoir` replications the reservoir holds every value and the percentiles are exact
 * (byte-identical to `estimate`). Beyond, replication r replaces a slot chosen by a hash of
 * (r, count), the same slot for every figure: the reservoir is a uniform sample of replications,
 * the same sample whatever the number of workers. Flat typed arrays (not one object per figure)
 * keep a year of 15-minute intervals affordable.
 *
 * Memory follows the replications actually merged, not the reservoir's size: the reservoir is
 * held slot by slot (slot k: the k-th value of every figure), a slot made when the first figure
 * needs it; and while no figure has passed the reservoir, every value is held in order, so
 * Welford's mean and variance are replayed from them when asked — the same operations on the
 * same values, hence the same bits — and kept running only from the first figure beyond it.
 */
import type { Estimate } from './estimate';
import { percentileOfSorted } from './estimate';
import { studentT975 } from './studentT';

/** A 32-bit mix (lowbias32): spreads consecutive (replication, count) pairs over the slots. */
function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The estimates of a figure that never moved from 0 or from 1 (a night's offered contacts, an
 * empty interval's service level): shared and frozen, as a year at 15 minutes holds hundreds of
 * thousands of them in its summary. The same values as a fresh object, so the same bytes.
 */
export const ZERO_ESTIMATE: Estimate = Object.freeze({ mean: 0, ci95: 0, p10: 0, p50: 0, p90: 0 });
const ONE_ESTIMATE: Estimate = Object.freeze({ mean: 1, ci95: 0, p10: 1, p50: 1, p90: 1 });

const same = (e: Estimate, x: number): boolean =>
  Object.is(e.mean, x) && Object.is(e.ci95, 0) && Object.is(e.p10, x) && Object.is(e.p50, x) && Object.is(e.p90, x);

/** `e`, or the shared estimate with its values. */
const shared = (e: Estimate): Estimate => (same(e, 0) ? ZERO_ESTIMATE : same(e, 1) ? ONE_ESTIMATE : e);

export class FigureBank {
  private readonly count: Uint32Array;
  /** Running Welford sums, once some figure has more values than the reservoir holds (null before). */
  private running: { mean: Float64Array; m2: Float64Array } | null = null;
  /** Slot k of the reservoir: the k-th value kept of every figure. */
  private readonly slots: Float64Array[] = [];
  private readonly scratch: Float64Array;

  constructor(readonly size: number, readonly reservoir: number) {
    this.count = new Uint32Array(size);
    this.scratch = new Float64Array(reservoir);
  }

  private slot(k: number): Float64Array {
    while (this.slots.length <= k) this.slots.push(new Float64Array(this.size));
    return this.slots[k]!;
  }

  /** Whether figures were pushed one by one (their counts may differ): `pushAll` then refuses. */
  private uneven = false;

  /** Adds replication `replication`'s value of figure `i` (replications in order, per figure). */
  push(i: number, x: number, replication: number): void {
    this.uneven = true;
    const n = ++this.count[i]!;
    if (n > this.reservoir && this.running === null) this.running = this.replay();
    const running = this.running;
    if (running !== null) {
      const d = x - running.mean[i]!;
      running.mean[i]! += d / n;
      running.m2[i]! += d * (x - running.mean[i]!);
    }
    if (n <= this.reservoir) {
      (this.slots[n - 1] ?? this.slot(n - 1))[i] = x;
      return;
    }
    const slot = mix(Math.imul(replication + 1, 0x9e3779b1) ^ n) % n;
    if (slot < this.reservoir) this.slots[slot]![i] = x;
  }

  /**
   * Adds replication `replication`'s value of every figure at once, figure i's at
   * `values[from + i]`: the same as pushing each in turn (a bank of figures every replication
   * brings, whose counts stay equal), a slot filled by one copy.
   */
  pushAll(values: Float64Array, from: number, replication: number): void {
    if (this.uneven) throw new Error('pushAll on a bank whose figures were pushed one by one');
    const size = this.size;
    if (size === 0) return;
    const n = this.count[0]! + 1;
    this.count.fill(n);
    if (n > this.reservoir && this.running === null) this.running = this.replay();
    const running = this.running;
    if (running !== null) {
      const { mean, m2 } = running;
      for (let i = 0; i < size; i++) {
        const x = values[from + i]!;
        const d = x - mean[i]!;
        mean[i]! += d / n;
        m2[i]! += d * (x - mean[i]!);
      }
    }
    const row = values.subarray(from, from + size);
    if (n <= this.reservoir) {
      this.slot(n - 1).set(row);
      return;
    }
    const slot = mix(Math.imul(replication + 1, 0x9e3779b1) ^ n) % n;
    if (slot < this.reservoir) this.slots[slot]!.set(row);
  }

  /**
   * Welford's sums of every figure from its values held in order (all of them: no figure has
   * passed the reservoir yet), without the value being pushed now (its count is already up).
   */
  private replay(): { mean: Float64Array; m2: Float64Array } {
    const mean = new Float64Array(this.size);
    const m2 = new Float64Array(this.size);
    for (let i = 0; i < this.size; i++) {
      const w = this.welford(i, Math.min(this.count[i]!, this.reservoir));
      mean[i] = w.mean;
      m2[i] = w.m2;
    }
    return { mean, m2 };
  }

  /** Welford's pass over figure `i`'s first `n` values, as `push` runs it. */
  private welford(i: number, n: number): { mean: number; m2: number } {
    let mean = 0;
    let m2 = 0;
    for (let k = 0; k < n; k++) {
      const x = this.slots[k]![i]!;
      const d = x - mean;
      mean += d / (k + 1);
      m2 += d * (x - mean);
    }
    return { mean, m2 };
  }

  values(i: number): number {
    return this.count[i]!;
  }

  /** The Estimate of figure `i`, as `estimate` gives it for the values pushed. */
  estimate(i: number): Estimate {
    const n = this.count[i]!;
    if (n === 0) return ZERO_ESTIMATE;
    const kept = Math.min(n, this.reservoir);
    // Every value held and all 0 (or all 1): Welford's mean is that value, its variance 0, every
    // percentile that value — the shared estimate, without the arithmetic.
    if (this.running === null) {
      const first = this.slots[0]![i]!;
      if (Object.is(first, 0) || Object.is(first, 1)) {
        let k = 1;
        while (k < kept && Object.is(this.slots[k]![i]!, first)) k++;
        if (k === kept) return first === 0 ? ZERO_ESTIMATE : ONE_ESTIMATE;
      }
    }
    const { mean, ci95 } = this.meanAndCi95(i);
    // Sorted in a scratch buffer (insertion sort: a reservoir is small), not a copy per figure:
    // a year at 15 minutes asks for millions of estimates.
    const sorted = this.scratch;
    for (let k = 0; k < kept; k++) {
      const x = this.slots[k]![i]!;
      let j = k - 1;
      while (j >= 0 && sorted[j]! > x) { sorted[j + 1] = sorted[j]!; j--; }
      sorted[j + 1] = x;
    }
    return shared({
      mean,
      ci95,
      p10: percentileOfSorted(sorted, 0.1, kept),
      p50: percentileOfSorted(sorted, 0.5, kept),
      p90: percentileOfSorted(sorted, 0.9, kept),
    });
  }

  /**
   * Figure `i`'s mean and 95% half-width alone, as `estimate` gives them: what a bank without a
   * reservoir (`reservoir` 0: no percentiles, 20 bytes a figure) answers.
   */
  meanAndCi95(i: number): { mean: number; ci95: number } {
    const n = this.count[i]!;
    if (n === 0) return { mean: 0, ci95: 0 };
    const { mean, m2 } = this.running === null ? this.welford(i, n) : { mean: this.running.mean[i]!, m2: this.running.m2[i]! };
    const variance = n < 2 ? 0 : Math.max(0, m2 / (n - 1));
    return { mean, ci95: n > 1 ? studentT975(n - 1) * Math.sqrt(variance / n) : 0 };
  }

  /** Bytes held now (counts, reservoir slots, running sums). */
  get bytes(): number {
    return this.size * (4 + 8 * this.slots.length + (this.running ? 16 : 0));
  }

  /** Bytes a bank of `size` figures holds once `replications` values of each are pushed (what `bytes` then says). */
  static bytesFor(size: number, reservoir: number, replications: number): number {
    return size * (4 + 8 * Math.min(replications, reservoir) + (replications > reservoir ? 16 : 0));
  }
}
