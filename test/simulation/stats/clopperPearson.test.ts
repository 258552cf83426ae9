/**
 * Exact binomial tails and the Clopper–Pearson bounds (stats/proportion.ts) the sequential
 * comparison uses on uncertain scenarios: against Newcombe's (1998) published exact intervals,
 * closed forms at 0 and n successes, and a term-by-term reference written apart.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binomialAtLeast, binomialAtMost, clopperPearson } from '../../../src/simulation/stats/proportion';

/** P(S = k) by the product form, k factors at a time (no logarithms): a reference apart from the engine's. */
function pmf(k: number, n: number, p: number): number {
  let v = 1;
  for (let i = 1; i <= k; i++) v *= ((n - k + i) / i) * p;
  return v * (1 - p) ** (n - k);
}

describe('Clopper–Pearson bounds', () => {
  it('Newcombe (1998), table I, method 5 (exact): 81/263, 15/148, 0/20, 1/29; and 5/10, 1/10 from standard tables', () => {
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2527, 0.3676], [15, 148, 0.0578, 0.1617], [0, 20, 0, 0.1684], [1, 29, 0.0009, 0.1776],
      [5, 10, 0.1871, 0.8129], [1, 10, 0.0025, 0.4450],
    ];
    for (const [x, n, low, high] of cases) {
      const b = clopperPearson(x, n, 0.025);
      expect(b.low).toBeCloseTo(low, 4);
      expect(b.high).toBeCloseTo(high, 4);
    }
  });

  it('closed forms: 0 of n has upper bound 1 − a^(1/n); n of n has lower bound a^(1/n)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 400 }), fc.double({ min: 1e-8, max: 0.4, noNaN: true }), (n, a) => {
      expect(clopperPearson(0, n, a).high).toBeCloseTo(1 - a ** (1 / n), 9);
      expect(clopperPearson(n, n, a).low).toBeCloseTo(a ** (1 / n), 9);
    }));
  });
});

describe('exact binomial tails', () => {
  it('equal the term-by-term sum, and P(S ≤ s) + P(S ≥ s + 1) = 1', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.nat(), (n, p, raw) => {
      const s = raw % (n + 1);
      let below = 0;
      for (let k = 0; k <= s; k++) below += pmf(k, n, p);
      expect(binomialAtMost(s, n, p)).toBeCloseTo(below, 10);
      if (s < n) expect(binomialAtMost(s, n, p) + binomialAtLeast(s + 1, n, p)).toBeCloseTo(1, 10);
    }));
  });

  it('at the ends of p: a certainty, not NaN', () => {
    expect(binomialAtMost(3, 10, 0)).toBe(1);
    expect(binomialAtLeast(3, 10, 0)).toBe(0);
    expect(binomialAtMost(3, 10, 1)).toBe(0);
    expect(binomialAtLeast(3, 10, 1)).toBe(1);
  });
});
