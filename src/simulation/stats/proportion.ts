/**
 * A probability estimated as a share of replications (how often a strategy meets every target:
 * docs/model.md, "Uncertain inputs"), with the Wilson score interval at 95% (Wilson, 1927;
 * Newcombe, 1998, method 3). Unlike the normal-approximation interval p̂ ± z·√(p̂(1 − p̂)/n), it
 * stays inside [0, 1] and does not collapse to a point when every replication passes or none does,
 * which is exactly where a planner reads it (20 of 20 is not "certain").
 */

export interface ProportionEstimate {
  /** Share of replications: successes ÷ replications (0 when there are none). */
  mean: number;
  /** Half the width of the Wilson 95% interval (the interval is not centred on `mean`: read low/high). */
  ci95: number;
  /** The Wilson 95% interval's bounds. */
  low: number;
  high: number;
  successes: number;
  replications: number;
}

/** z of a two-sided 95% interval. */
const Z95 = 1.959963984540054;

export function wilsonInterval(successes: number, n: number, z = Z95): ProportionEstimate {
  if (n <= 0) return { mean: 0, ci95: 0.5, low: 0, high: 1, successes: 0, replications: 0 };
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0 or n successes the bound is exactly 0 or 1 (rounding would leave 1e-16 off).
  const low = successes <= 0 ? 0 : Math.max(0, centre - half);
  const high = successes >= n ? 1 : Math.min(1, centre + half);
  return { mean: p, ci95: (high - low) / 2, low, high, successes, replications: n };
}
