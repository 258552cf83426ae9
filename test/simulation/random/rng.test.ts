import { describe, expect, it } from 'vitest';
import { Purpose, randomStream, Rng, hashWords } from '../../../src/simulation/random';

describe('xoshiro128**', () => {
  it('matches the reference implementation for state (1, 2, 3, 4)', () => {
    // Outputs of Vigna's xoshiro128starstar.c seeded with s = {1, 2, 3, 4}.
    const rng = new Rng(1, 2, 3, 4);
    const got = Array.from({ length: 10 }, () => rng.nextUint32());
    expect(got).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804]);
  });

  it('gives uniforms strictly inside (0, 1) with mean 1/2 and variance 1/12', () => {
    const rng = randomStream(1, 0, Purpose.arrivals);
    const n = 200_000;
    let s = 0;
    let s2 = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      s += u; s2 += u * u;
      min = Math.min(min, u); max = Math.max(max, u);
    }
    const mean = s / n;
    const variance = s2 / n - mean * mean;
    // Standard errors: 1/√(12n) ≈ 6.5e-4 for the mean, ≈ 1.9e-4 for the variance (4.5 σ bounds).
    expect(Math.abs(mean - 0.5)).toBeLessThan(3e-3);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(9e-4);
    expect(min).toBeGreaterThan(0);
    expect(max).toBeLessThan(1);
  });

  it('fills 16 bins of its top bits evenly (χ² with 15 degrees of freedom)', () => {
    const rng = randomStream(2, 0, Purpose.handleTimes);
    const bins = new Array(16).fill(0);
    const n = 160_000;
    for (let i = 0; i < n; i++) bins[rng.nextUint32() >>> 28]++;
    const chi2 = bins.reduce((t, o) => t + (o - n / 16) ** 2 / (n / 16), 0);
    expect(chi2).toBeLessThan(37.7); // χ²(15) 0.999 quantile
  });
});

describe('named streams', () => {
  it('reproduce: the same key gives the same numbers', () => {
    const a = randomStream(123, 4, Purpose.patience, 2);
    const b = randomStream(123, 4, Purpose.patience, 2);
    for (let i = 0; i < 1000; i++) expect(a.nextUint32()).toBe(b.nextUint32());
  });

  it('are uncorrelated across seed, replication, purpose and channel', () => {
    const base = [7, 0, Purpose.arrivals, 0] as const;
    const variants: [number, number, Purpose, number][] = [
      [8, 0, Purpose.arrivals, 0], [7, 1, Purpose.arrivals, 0], [7, 0, Purpose.handleTimes, 0], [7, 0, Purpose.arrivals, 1],
    ];
    const n = 50_000;
    for (const v of variants) {
      const a = randomStream(...base);
      const b = randomStream(...v);
      let sab = 0; let sa = 0; let sb = 0; let saa = 0; let sbb = 0;
      let equal = 0;
      for (let i = 0; i < n; i++) {
        const x = a.next(); const y = b.next();
        sab += x * y; sa += x; sb += y; saa += x * x; sbb += y * y;
        if (x === y) equal++;
      }
      const r = (sab / n - (sa / n) * (sb / n)) / Math.sqrt((saa / n - (sa / n) ** 2) * (sbb / n - (sb / n) ** 2));
      expect(Math.abs(r), `key ${v.join(',')}`).toBeLessThan(4.5 / Math.sqrt(n));
      expect(equal).toBeLessThan(3);
    }
  });

  it('hash distinct keys to distinct words, large seeds included', () => {
    const seen = new Set<number>();
    for (let seed = 0; seed < 50; seed++) for (let rep = 0; rep < 20; rep++) for (let p = 1; p <= 6; p++) seen.add(hashWords([seed, rep, p, 0]));
    expect(seen.size).toBe(50 * 20 * 6);
    expect(hashWords([1])).not.toBe(hashWords([2 ** 32 + 1]));
    expect(hashWords([-1])).not.toBe(hashWords([2 ** 32 - 1]));
  });
});
