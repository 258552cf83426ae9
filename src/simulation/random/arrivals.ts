/**
 * Arrivals of one channel: a Poisson process whose rate is constant inside each interval
 * (count ÷ interval length) — MODEL.md, "Time". Gaps are exponential and restart at each
 * boundary: by memorylessness this is exactly the piecewise-constant process, with one exponential
 * draw per arrival plus one per interval boundary crossed.
 */
import type { Rng } from './rng';
import { standardExponential } from './ziggurat';

export class ArrivalProcess {
  private interval = 0;
  private time = 0;
  private readonly expected: readonly number[];
  private readonly intervalSeconds: number;
  private readonly rng: Rng;

  /**
   * @param expected expected arrivals per interval (non-negative; 0 = closed)
   * @param intervalSeconds the length of one interval
   */
  constructor(expected: readonly number[], intervalSeconds: number, rng: Rng) {
    this.expected = expected;
    this.intervalSeconds = intervalSeconds;
    this.rng = rng;
  }

  /** The next arrival time in seconds from the start of the horizon, or −1 when there is none. */
  next(): number {
    const n = this.expected.length;
    while (this.interval < n) {
      const count = this.expected[this.interval];
      const end = (this.interval + 1) * this.intervalSeconds;
      if (count > 0) {
        const t = this.time + (this.intervalSeconds / count) * standardExponential(this.rng);
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
