/**
 * REFERENCE (tests only): the merge as it was before the workers reduced each replication
 * (commit 20c011c) — every replication's full result crossed to the main thread and was reduced
 * there, object by object. Kept unchanged so that the typed-array path (stats/accumulator.ts,
 * compare/simulated.ts, run/batch.ts) can be proved to give the same bytes
 * (test/simulation/run/summariesInWorkers.test.ts).
 */
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
 */
import type { Estimate } from '../../../../src/simulation/stats/estimate';
import { percentileOfSorted } from '../../../../src/simulation/stats/estimate';
import { studentT975 } from '../../../../src/simulation/stats/studentT';

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

export class FigureBank {
  private readonly count: Uint32Array;
  private readonly mean: Float64Array;
  private readonly m2: Float64Array;
  private readonly sample: Float64Array;
  private readonly scratch: Float64Array;

  constructor(readonly size: number, readonly reservoir: number) {
    this.count = new Uint32Array(size);
    this.mean = new Float64Array(size);
    this.m2 = new Float64Array(size);
    this.sample = new Float64Array(size * reservoir);
    this.scratch = new Float64Array(reservoir);
  }

  /** Adds replication `replication`'s value of figure `i` (replications in order, per figure). */
  push(i: number, x: number, replication: number): void {
    const n = ++this.count[i]!;
    const d = x - this.mean[i]!;
    this.mean[i]! += d / n;
    this.m2[i]! += d * (x - this.mean[i]!);
    if (n <= this.reservoir) {
      this.sample[i * this.reservoir + n - 1] = x;
      return;
    }
    const slot = mix(Math.imul(replication + 1, 0x9e3779b1) ^ n) % n;
    if (slot < this.reservoir) this.sample[i * this.reservoir + slot] = x;
  }

  values(i: number): number {
    return this.count[i]!;
  }

  /** The Estimate of figure `i`, as `estimate` gives it for the values pushed. */
  estimate(i: number): Estimate {
    const n = this.count[i]!;
    if (n === 0) return { mean: 0, ci95: 0, p10: 0, p50: 0, p90: 0 };
    const variance = n < 2 ? 0 : Math.max(0, this.m2[i]! / (n - 1));
    const kept = Math.min(n, this.reservoir);
    // Sorted in a scratch buffer (insertion sort: a reservoir is small), not a copy per figure:
    // a year at 15 minutes asks for millions of estimates.
    const sorted = this.scratch;
    const from = i * this.reservoir;
    for (let k = 0; k < kept; k++) {
      const x = this.sample[from + k]!;
      let j = k - 1;
      while (j >= 0 && sorted[j]! > x) { sorted[j + 1] = sorted[j]!; j--; }
      sorted[j + 1] = x;
    }
    return {
      mean: this.mean[i]!,
      ci95: n > 1 ? studentT975(n - 1) * Math.sqrt(variance / n) : 0,
      p10: percentileOfSorted(sorted, 0.1, kept),
      p50: percentileOfSorted(sorted, 0.5, kept),
      p90: percentileOfSorted(sorted, 0.9, kept),
    };
  }
}
