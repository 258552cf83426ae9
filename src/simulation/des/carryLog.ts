/**
 * The baseline's answers and abandons of contacts that waited across a midnight (coupling.ts).
 * A strategy coupled at midnight k holds the same waiting contacts as the baseline there (an
 * email backlog, say); after k they are answered or abandon exactly as in the baseline, and
 * their figures go to their arrival intervals, before k. Those intervals are the strategy's own,
 * so the strategy cannot take the baseline's figures for them: it replays the same recordings,
 * in the same order, onto its own counters (Recorder.answer / abandon), which is exactly what
 * its whole run would have added, down to the last bit of every sum.
 *
 * Kept only while a baseline is watched for couplings, and only for contacts that arrived before
 * the last watched midnight: a few per carried-over contact.
 */
import type { Recorder } from './recorder';

const ANSWER = 0;
const ABANDON = 1;
/** Numbers per entry: kind, channel, arrival interval, wait, response (answer) or short (abandon). */
const WIDTH = 5;

export class CarryLog {
  private data = new Float64Array(WIDTH * 256);
  private n = 0;

  /** Entries so far (a mark: entries after it happened after the mark was taken). */
  get length(): number {
    return this.n;
  }

  answered(c: number, arrivalIv: number, wait: number, response: number): void {
    this.push(ANSWER, c, arrivalIv, wait, response);
  }

  abandoned(c: number, arrivalIv: number, wait: number, short: boolean): void {
    this.push(ABANDON, c, arrivalIv, wait, short ? 1 : 0);
  }

  /**
   * Replays onto `rec` the entries from `mark` on whose arrival interval is before `before`, in
   * their order, with the channels' thresholds and response targets.
   */
  replay(rec: Recorder, mark: number, before: number, threshold: ArrayLike<number>, targets: readonly (readonly number[])[]): void {
    const d = this.data;
    const n = rec.intervals;
    for (let e = mark; e < this.n; e++) {
      const o = e * WIDTH;
      const c = d[o + 1];
      const iv = d[o + 2];
      if (iv >= before) continue;
      if (d[o] === ANSWER) rec.answer(c, c * n + iv, iv, d[o + 3], threshold[c], d[o + 4], targets[c]);
      else rec.abandon(c * n + iv, d[o + 3], d[o + 4] === 1);
    }
  }

  private push(kind: number, c: number, iv: number, wait: number, extra: number): void {
    if ((this.n + 1) * WIDTH > this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const o = this.n * WIDTH;
    this.data[o] = kind;
    this.data[o + 1] = c;
    this.data[o + 2] = iv;
    this.data[o + 3] = wait;
    this.data[o + 4] = extra;
    this.n++;
  }
}
