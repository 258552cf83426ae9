import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compensatedSum, estimate, percentileOfSorted, studentT975, studentT995, Welford } from '../../../src/simulation/stats';

/** Student t density, integrated numerically (Simpson) from 0 to x: CDF(x) − 1/2. */
function tCdfMinusHalf(x: number, df: number): number {
  const lgamma = (z: number): number => {
    // Lanczos approximation (g = 7), accurate to ~1e-15 for z > 0.5.
    const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
      12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
    z -= 1;
    let a = c[0];
    const t = z + 7.5;
    for (let i = 1; i < 9; i++) a += c[i] / (z + i);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
  };
  const logC = lgamma((df + 1) / 2) - lgamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  const f = (u: number) => Math.exp(logC - ((df + 1) / 2) * Math.log1p((u * u) / df));
  const n = 4000;
  const h = x / n;
  let s = f(0) + f(x);
  for (let i = 1; i < n; i++) s += f(i * h) * (i % 2 === 1 ? 4 : 2);
  return (s * h) / 3;
}

describe('Student t quantiles', () => {
  for (const df of [1, 2, 3, 5, 10, 29, 30, 31, 40, 60, 99, 200, 1000]) {
    it(`df = ${df}: t(0.975) and t(0.995) invert the CDF`, () => {
      // Tolerance in probability: 2e-7 (table to 9 digits; Cornish–Fisher beyond 30).
      expect(Math.abs(tCdfMinusHalf(studentT975(df), df) - 0.475)).toBeLessThan(2e-7);
      expect(Math.abs(tCdfMinusHalf(studentT995(df), df) - 0.495)).toBeLessThan(2e-7);
    });
  }
  it('is 0 without degrees of freedom', () => {
    expect(studentT975(0)).toBe(0);
  });
});

describe('estimate', () => {
  const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 });

  it('mean and ci95 match a two-pass computation; percentiles are ordered and inside the range', () => {
    fc.assert(fc.property(values, (xs) => {
      const e = estimate(xs);
      const n = xs.length;
      const mean = xs.reduce((a, b) => a + b, 0) / n;
      const variance = n > 1 ? xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) : 0;
      const scale = Math.max(1, ...xs.map(Math.abs));
      expect(Math.abs(e.mean - mean)).toBeLessThan(1e-9 * scale);
      expect(Math.abs(e.ci95 - (n > 1 ? studentT975(n - 1) * Math.sqrt(variance / n) : 0))).toBeLessThan(1e-6 * scale);
      expect(e.p10).toBeLessThanOrEqual(e.p50);
      expect(e.p50).toBeLessThanOrEqual(e.p90);
      expect(e.p10).toBeGreaterThanOrEqual(Math.min(...xs));
      expect(e.p90).toBeLessThanOrEqual(Math.max(...xs));
    }), { seed: 1, numRuns: 200 });
  });

  it('does not depend on the order of the values', () => {
    fc.assert(fc.property(values, fc.integer(), (xs, k) => {
      const shuffled = [...xs].sort((a, b) => ((a * 7919 + k) % 13) - ((b * 7919 + k) % 13));
      const a = estimate(xs);
      const b = estimate(shuffled);
      expect(b.p10).toBe(a.p10);
      expect(b.p50).toBe(a.p50);
      expect(b.p90).toBe(a.p90);
      expect(Math.abs(b.mean - a.mean)).toBeLessThanOrEqual(1e-9 * Math.max(1, ...xs.map(Math.abs)));
    }), { seed: 2, numRuns: 100 });
  });

  it('uses type-7 percentiles: known values', () => {
    expect(percentileOfSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentileOfSorted([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110], 0.1)).toBe(20);
    expect(percentileOfSorted([0, 10], 0.9)).toBeCloseTo(9, 12);
    const e = estimate([5]);
    expect(e).toEqual({ mean: 5, ci95: 0, p10: 5, p50: 5, p90: 5 });
    expect(estimate([])).toEqual({ mean: 0, ci95: 0, p10: 0, p50: 0, p90: 0 });
  });

  it('Welford stays accurate where the naive formula cancels', () => {
    const w = new Welford();
    const xs = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16];
    for (const x of xs) w.push(x);
    expect(w.variance).toBeCloseTo(30, 9);
  });

  it('compensated sums keep small terms next to large ones', () => {
    expect(compensatedSum([1e16, 1, -1e16])).toBe(1);
    const xs = Array(10_000).fill(0.1);
    expect(compensatedSum(xs)).toBe(1000);
    expect(compensatedSum([1, 2, 3, 4, 5], 1, 4)).toBe(9);
  });
});
