/** The Wilson 95% interval against Newcombe's (1998) published examples and closed forms. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../src/simulation/stats/proportion';

describe('Wilson score interval', () => {
  it("Newcombe (1998), table I, method 3: 81/263, 15/148, 0/20, 1/29", () => {
    const cases: [number, number, number, number][] = [[81, 263, 0.2553, 0.3662], [15, 148, 0.0624, 0.1605], [0, 20, 0, 0.1611], [1, 29, 0.0061, 0.1718]];
    for (const [x, n, low, high] of cases) {
      const w = wilsonInterval(x, n);
      expect(w.low).toBeCloseTo(low, 4);
      expect(w.high).toBeCloseTo(high, 4);
      expect(w.mean).toBeCloseTo(x / n, 12);
    }
  });

  it('all successes: the lower bound is n ÷ (n + z²), not 1', () => {
    const w = wilsonInterval(30, 30);
    expect(w.high).toBe(1);
    expect(w.low).toBeCloseTo(30 / (30 + 1.959963984540054 ** 2), 12);
  });

  it('bounds hold the estimate, stay in [0, 1], and narrow as replications grow', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
      const x = Math.round(share * n);
      const w = wilsonInterval(x, n);
      expect(w.low).toBeGreaterThanOrEqual(0);
      expect(w.high).toBeLessThanOrEqual(1);
      expect(w.low).toBeLessThanOrEqual(w.mean + 1e-12);
      expect(w.high).toBeGreaterThanOrEqual(w.mean - 1e-12);
      expect(wilsonInterval(4 * x, 4 * n).ci95).toBeLessThan(w.ci95 + 1e-12);
    }));
  });
});
