/**
 * Arrivals of one channel: a Poisson process whose rate is constant inside each interval
 * (count ÷ interval length) — docs/model.md, "Time". Gaps are exponential and restart at each
 * boundary: by memorylessness this is exactly the piecewise-constant process, with one exponential
 * draw per arrival plus one per interval boundary crossed.
 *
 * At each midnight the process also moves to that day's substream (streams.ts): the draw that
 * overshot the last interval of a day is dropped, as at any boundary, and the new day's arrivals
 * come from the new day's stream only. Restarting there is valid for the same reason (the
 * process after a boundary is independent of the one before it), and it makes each day's
 * arrivals depend on nothing drawn before that day.
 */
import type { Rng } from './rng';
import { Purpose, seedDay } from './streams';
import { standardExponential } from './ziggurat';

/** Where the process stands (its stream, `rng`, is saved apart). */
export const ARRIVAL_PROCESS_STATE = ['interval', 'time'] as const;

/** Whose substreams a process draws from: its replication, its channel and the length of a day. */
export interface ArrivalDays {
  seed: number;
  replication: number;
  channel: number;
  /** Intervals per day; 0: the whole horizon is one day. */
  intervalsPerDay: number;
}

export class ArrivalProcess {
  private interval = 0;
  private time = 0;
  /** Per interval: mean gap between arrivals (interval length ÷ expected count), 0 when closed. */
  private readonly meanGap: Float64Array;
  private readonly intervalSeconds: number;
  private readonly days: ArrivalDays | null;
  /** Its own stream (public so a snapshot can save its state). */
  readonly rng: Rng;

  /**
   * @param expected expected arrivals per interval (non-negative; 0 = closed)
   * @param intervalSeconds the length of one interval
   * @param rng its stream, at the start of day 0's substream when `days` is given
   * @param days when given, the stream moves to each day's substream at its midnight
   */
  constructor(expected: readonly number[], intervalSeconds: number, rng: Rng, days: ArrivalDays | null = null) {
    // Divided once here rather than at every arrival.
    this.meanGap = Float64Array.from(expected, (count) => (count > 0 ? intervalSeconds / count : 0));
    this.intervalSeconds = intervalSeconds;
    this.rng = rng;
    this.days = days !== null && days.intervalsPerDay > 0 ? days : null;
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
      const days = this.days;
      if (days !== null && this.interval % days.intervalsPerDay === 0) {
        seedDay(this.rng, days.seed, days.replication, Purpose.arrivals, days.channel, this.interval / days.intervalsPerDay);
      }
    }
    return -1;
  }
}
