import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArrivalProcess, lognormalParameters, makeSampler, Purpose, randomStream } from '../../../src/simulation/random';

function moments(draw: () => number, n: number) {
  let s = 0; let s2 = 0; let min = Infinity;
  for (let i = 0; i < n; i++) { const x = draw(); s += x; s2 += x * x; min = Math.min(min, x); }
  const mean = s / n;
  return { mean, sd: Math.sqrt(s2 / n - mean * mean), min };
}

describe('samplers', () => {
  const n = 200_000;
  it('exponential: mean m, standard deviation m', () => {
    const rng = randomStream(1, 0, Purpose.handleTimes);
    const f = makeSampler({ dist: 'exponential', mean: 300 });
    const m = moments(() => f(rng), n);
    // s.e. of the mean: 300/√n ≈ 0.67 s.
    expect(Math.abs(m.mean - 300)).toBeLessThan(3);
    expect(Math.abs(m.sd - 300)).toBeLessThan(6);
    expect(m.min).toBeGreaterThan(0);
  });

  it('lognormal: the given mean and coefficient of variation', () => {
    fc.assert(fc.property(fc.double({ min: 10, max: 1000, noNaN: true }), fc.double({ min: 0.1, max: 1.2, noNaN: true }), (mean, cv) => {
      const rng = randomStream(2, 0, Purpose.handleTimes);
      const f = makeSampler({ dist: 'lognormal', mean, cv });
      const m = moments(() => f(rng), 100_000);
      expect(Math.abs(m.mean / mean - 1)).toBeLessThan(6 * cv / Math.sqrt(100_000) + 1e-3);
      expect(Math.abs(m.sd / (cv * mean) - 1)).toBeLessThan(0.06);
    }), { seed: 3, numRuns: 8 });
    const { mu, sigma } = lognormalParameters(100, 0.5);
    expect(Math.exp(mu + sigma * sigma / 2)).toBeCloseTo(100, 10);
  });

  it('fixed: always the value, and one draw consumed so the stream stays aligned', () => {
    const a = randomStream(3, 0, Purpose.handleTimes);
    const b = randomStream(3, 0, Purpose.handleTimes);
    const f = makeSampler({ dist: 'fixed', mean: 42 });
    for (let i = 0; i < 10; i++) expect(f(a)).toBe(42);
    for (let i = 0; i < 10; i++) b.nextUint32();
    expect(a.nextUint32()).toBe(b.nextUint32());
  });
});

describe('piecewise-constant Poisson arrivals', () => {
  it('counts per interval have Poisson mean and variance; times are ordered and inside their interval', () => {
    const expected = [0, 5, 40, 0, 200, 1];
    const I = 900;
    const counts = expected.map(() => [] as number[]);
    const positions: number[] = [];
    let disordered = 0;
    for (let rep = 0; rep < 2000; rep++) {
      const p = new ArrivalProcess(expected, I, randomStream(5, rep, Purpose.arrivals));
      const c = expected.map(() => 0);
      let last = -1;
      for (let t = p.next(); t >= 0; t = p.next()) {
        if (t <= last) disordered++;
        last = t;
        const i = Math.floor(t / I);
        c[i]++;
        if (i === 4) positions.push((t - 4 * I) / I);
      }
      expect(last).toBeLessThan(expected.length * I);
      c.forEach((x, i) => counts[i].push(x));
    }
    expect(disordered).toBe(0);
    counts.forEach((xs, i) => {
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
      const lambda = expected[i];
      if (lambda === 0) { expect(mean).toBe(0); return; }
      expect(Math.abs(mean - lambda), `interval ${i} mean`).toBeLessThan(4.5 * Math.sqrt(lambda / xs.length));
      // Dispersion index ≈ 1 (Poisson), s.e. ≈ √(2/n).
      expect(Math.abs(variance / lambda - 1), `interval ${i} dispersion`).toBeLessThan(5 * Math.sqrt(2 / xs.length) + 2 / xs.length);
    });
    // Uniform positions inside an interval: mean 1/2, s.e. 1/√(12·n).
    const mean = positions.reduce((a, b) => a + b, 0) / positions.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(4.5 / Math.sqrt(12 * positions.length));
  });
});
