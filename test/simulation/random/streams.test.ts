/**
 * Substreams per day (random/streams.ts, docs/modelling-choices.md "Comparison on common random
 * numbers"): a stream starts each day where nothing drawn before can move it, the arrival process
 * restarts at midnight on its day's stream, and the arrivals stay a Poisson process with the
 * interval's rate on both sides of a midnight.
 */
import { describe, expect, it } from 'vitest';
import { ArrivalProcess, DailyStreams, dayStream, Purpose, type Rng } from '../../../src/simulation/random';

const words = (r: Rng) => [r.nextUint32(), r.nextUint32(), r.nextUint32()];

describe('a substream per day', () => {
  it('a stream at the start of a day is that day\'s substream, whatever was drawn before', () => {
    const a = new DailyStreams(7, 3);
    const b = new DailyStreams(7, 3);
    const [ra] = a.add(Purpose.handleTimes, 1, 2);
    const [rb] = b.add(Purpose.handleTimes, 1, 2);
    for (let i = 0; i < 17; i++) ra!.next(); // a different number of draws on day 0
    for (let i = 0; i < 5; i++) rb!.next();
    a.startDay(4);
    b.startDay(4);
    expect(words(ra!)).toEqual(words(rb!));
    a.startDay(4);
    expect(words(ra!)).toEqual(words(dayStream(7, 3, Purpose.handleTimes, 2, 4)));
  });

  it('days, purposes, channels, replications and seeds each have their own numbers', () => {
    const first = (seed: number, rep: number, purpose: Purpose, channel: number, day: number) => words(dayStream(seed, rep, purpose, channel, day))[0];
    const seen = new Set([
      first(1, 0, Purpose.arrivals, 0, 0), first(1, 0, Purpose.arrivals, 0, 1), first(1, 0, Purpose.patience, 0, 0),
      first(1, 0, Purpose.arrivals, 1, 0), first(1, 1, Purpose.arrivals, 0, 0), first(2, 0, Purpose.arrivals, 0, 0),
    ]);
    expect(seen.size).toBe(6);
  });

  it('a day\'s arrivals do not depend on the days before it (the process restarts at midnight on that day\'s stream)', () => {
    const perDay = 4;
    const days = { seed: 5, replication: 2, channel: 1, intervalsPerDay: perDay };
    const arrivals = (expected: number[]) => {
      const p = new ArrivalProcess(expected, 900, dayStream(5, 2, Purpose.arrivals, 1, 0), days);
      const out: number[] = [];
      for (let t = p.next(); t >= 0; t = p.next()) out.push(t);
      return out;
    };
    const secondDay = (ts: number[]) => ts.filter((t) => t >= perDay * 900);
    const quiet = arrivals([1, 2, 0, 3, 10, 20, 5, 8]);
    const busy = arrivals([40, 0, 90, 7, 10, 20, 5, 8]);
    expect(secondDay(quiet).length).toBeGreaterThan(20);
    expect(secondDay(busy)).toEqual(secondDay(quiet));
    expect(quiet.filter((t) => t < perDay * 900)).not.toEqual(busy.filter((t) => t < perDay * 900));
  });

  it('counts per interval stay Poisson with the interval\'s mean on both sides of a midnight (mean and variance within 4 s.e.)', () => {
    // Two intervals a day: the second day's first interval follows a midnight, the first day's second does not.
    const expected = [3, 12, 7, 0.5];
    const R = 20000;
    const counts = expected.map(() => [] as number[]);
    for (let r = 0; r < R; r++) {
      const p = new ArrivalProcess(expected, 600, dayStream(9, r, Purpose.arrivals, 0, 0), { seed: 9, replication: r, channel: 0, intervalsPerDay: 2 });
      const n = expected.map(() => 0);
      for (let t = p.next(); t >= 0; t = p.next()) n[Math.floor(t / 600)]!++;
      n.forEach((x, i) => counts[i]!.push(x));
    }
    expected.forEach((lambda, i) => {
      const xs = counts[i]!;
      const mean = xs.reduce((a, b) => a + b, 0) / R;
      const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (R - 1);
      // Poisson: variance λ; the variance's standard error is about sqrt((λ + 2λ²) / R).
      expect(Math.abs(mean - lambda) / Math.sqrt(lambda / R), `interval ${i} mean`).toBeLessThan(4);
      expect(Math.abs(variance - lambda) / Math.sqrt((lambda + 2 * lambda * lambda) / R), `interval ${i} variance`).toBeLessThan(4);
    });
  });
});
