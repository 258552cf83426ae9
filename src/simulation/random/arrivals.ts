/**
 * Arrivals of one channel: a Poisson process whose rate is constant inside each interval
 * (count ÷ interval length) — docs/model.md, "Time". Gaps are exponential and restart at each
 * boundary: by memorylessness this is exactly the piecewise-constant process, with one exponential
 * draw per arrival plus one per interval boundary crossed.
 */
import type { Rng } from './rng';
import { standardExponential } from './ziggurat';

/** Where the process stands (its stream, `rng`, is saved apart). */
export const ARRIVAL_PROCESS_STATE = ['interval', 'time'] as const;

export class ArrivalProcess {
  private interval = 0;
  private time = 0;
  /** Per interval: mean gap between arrivals (interval length ÷ expected count), 0 when closed. */
  private readonly meanGap: Float64Array;
  private readonly intervalSeconds: number;
  /** Its own stream (public so a snapshot can save its state). */
  readonly rng: Rng;

  /**
   * @param expected expected arrivals per interval (non-negative; 0 = closed)
   * @param intervalSeconds the length of one interval
   */
  constructor(expected: readonly number[], intervalSeconds: number, rng: Rng) {
    // Divided once here rather than at every arrival.
    this.meanGap = Float64Array.from(expected, (count) => (count > 0 ? intervalSeconds / count : 0));
    this.intervalSeconds = intervalSeconds;
    this.rng = rng;
  }

  /** The next arrival time in seconds from the start of the horizon, or −1 when there is none. */
  next(): number {
    const gaps = this.meanGap;
    const n = gaps.length;
    while (this.interval < n) {
      const gap = gaps[this.interval];
      const end = (this.interval + 1) * this.intervalSeconds;
      if (gap > 0) {
        const t = this.time + gap * standardExponential(this.rng);
        if (t < end) {
          this.time = t;
          return t;
        }
      }
      this.time = end;
      this.interval++;
    }
    return -1;
  }
}
