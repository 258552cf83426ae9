/**
 * A figure estimated over replications (docs/model.md, "KPIs"): the mean, the 95% confidence
 * half-width of the mean, and percentiles across replications.
 */
import { studentT975 } from './studentT';
import { Welford } from './welford';

export interface Estimate {
  mean: number;
  /** Half-width of the 95% interval: t(0.975, n − 1) · s / √n; 0 for one replication. */
  ci95: number;
  p10: number;
  p50: number;
  p90: number;
}

/**
 * The p-quantile of sorted values by linear interpolation between order statistics at rank
 * h = (n − 1)·p (Hyndman & Fan type 7, the default of R and NumPy): p50 of an even count is the
 * middle pair's mean, p0 the minimum, p1 the maximum.
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number, n = sorted.length): number {
  if (n === 0) return 0;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Summarises one figure's values over replications. Non-finite values are a programmer error
 * upstream and are not expected; an empty list gives all zeros rather than NaN.
 */
export function estimate(values: readonly number[]): Estimate {
  const n = values.length;
  if (n === 0) return { mean: 0, ci95: 0, p10: 0, p50: 0, p90: 0 };
  const w = new Welford();
  for (const x of values) w.push(x);
  const sorted = Float64Array.from(values).sort();
  const ci95 = n > 1 ? studentT975(n - 1) * Math.sqrt(w.variance / n) : 0;
  return {
    mean: w.mean,
    ci95,
    p10: percentileOfSorted(sorted, 0.1),
    p50: percentileOfSorted(sorted, 0.5),
    p90: percentileOfSorted(sorted, 0.9),
  };
}
