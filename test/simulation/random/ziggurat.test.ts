/**
 * The ziggurat exponential against the exact distribution: Kolmogorov–Smirnov over the whole
 * range, binned counts (χ²) concentrated where the method switches paths (wedges near the
 * layer edges, the tail beyond R ≈ 7.7), moments, and positivity. Fixed seeds; thresholds are
 * the 0.1% critical values, so a correct sampler passes and a wrong table fails by far.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Purpose, randomStream, standardExponential } from '../../../src/simulation/random';

const N = 400_000;

function draws(seed: number, n = N): Float64Array {
  const rng = randomStream(seed, 0, Purpose.handleTimes);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = standardExponential(rng);
  return out;
}

describe('standardExponential (ziggurat)', () => {
  it('follows 1 − e^(−x): Kolmogorov–Smirnov distance below the 0.1% critical value, mean within 4 s.e.', () => {
    // 2,000,000 draws: enough to see a sampler that skips the wedge test (its mean is 0.4% high).
    const n = 2_000_000;
    const x = draws(1, n).sort();
    let d = 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const cdf = 1 - Math.exp(-x[i]);
      d = Math.max(d, Math.abs(cdf - i / n), Math.abs((i + 1) / n - cdf));
      sum += x[i];
    }
    // K-S critical value at α = 0.001: 1.95 / √n.
    expect(d * Math.sqrt(n)).toBeLessThan(1.95);
    expect(Math.abs(sum / n - 1) * Math.sqrt(n)).toBeLessThan(4);
  });

  it('has the right mass in 60 bins from 0 to the far tail (χ² below the 0.1% critical value)', () => {
    // Equal-probability bins, the last ones deep in the tail where the slow path works.
    const edges = Array.from({ length: 59 }, (_, i) => -Math.log(1 - (i + 1) / 60));
    edges.push(Infinity);
    const counts = new Array<number>(60).fill(0);
    for (const v of draws(2)) {
      let b = 0;
      while (v > edges[b]!) b++;
      counts[b]!++;
    }
    const expected = N / 60;
    const chi2 = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    // χ² with 59 degrees of freedom: 0.1% critical value 98.3.
    expect(chi2).toBeLessThan(98.3);
    // The tail beyond R ≈ 7.697 (taken by the slow path): e^(−7.697) ≈ 4.5e-4 of draws.
    const R = 7.69711747013105;
    const tail = draws(3).filter((v) => v > R);
    const p = Math.exp(-R);
    expect(Math.abs(tail.length - N * p)).toBeLessThan(4 * Math.sqrt(N * p));
    // Beyond R the excess is again a standard exponential (memorylessness): mean 1, s.e. 1/√count.
    const excess = tail.reduce((s, v) => s + (v - R), 0) / tail.length;
    expect(Math.abs(excess - 1)).toBeLessThan(4 / Math.sqrt(tail.length));
  });

  it('mean 1, variance 1, every draw positive and finite, for any stream', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
      const x = draws(seed, 100_000);
      let s = 0; let s2 = 0; let bad = 0;
      for (const v of x) {
        if (!(v > 0 && Number.isFinite(v))) bad++;
        s += v; s2 += v * v;
      }
      expect(bad).toBe(0);
      const mean = s / x.length;
      // s.e. of the mean 1/√n ≈ 0.0032; of the second moment √(20/n) ≈ 0.014.
      expect(Math.abs(mean - 1)).toBeLessThan(0.015);
      expect(Math.abs(s2 / x.length - 2)).toBeLessThan(0.07);
    }), { seed: 17, numRuns: 6 });
  });
});
