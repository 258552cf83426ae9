/** The normal CDF and quantile, and Student's t at small error rates, against published tables. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from '../../../src/simulation/stats/normal';
import { studentTQuantile } from '../../../src/simulation/stats/studentT';

describe('normalCdf and normalQuantile', () => {
  it('match the standard tables', () => {
    // Abramowitz & Stegun, table 26.1.
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1)).toBeCloseTo(0.8413447461, 7);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021049, 7);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980, 8);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 7);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829304, 7);
    expect(normalQuantile(1e-6)).toBeCloseTo(-4.753424309, 5);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  it('are each other\'s inverse', () => {
    fc.assert(fc.property(fc.double({ min: 1e-10, max: 1 - 1e-10, noNaN: true }), (p) => {
      expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
    }));
  });
});

describe('studentTQuantile', () => {
  it('matches the t tables within 1% at small error rates', () => {
    // Two-sided 0.001 and 0.0001 columns of the standard t table.
    const table: [number, number, number][] = [[0.9995, 10, 4.587], [0.9995, 20, 3.850], [0.9995, 30, 3.646], [0.999, 10, 4.144], [0.99995, 10, 6.211], [0.975, 9, 2.262]];
    for (const [p, df, want] of table) expect(Math.abs(studentTQuantile(p, df) / want - 1)).toBeLessThan(0.01);
  });
});
