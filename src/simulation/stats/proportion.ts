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

/**
 * Exact binomial tails, P(S ≤ s) and P(S ≥ s) for S ~ Binomial(n, p), summed term by term in
 * log space (n is a number of replications: thousands at most). They give the Clopper–Pearson
 * (1934) one-sided bounds without solving for them: the upper bound at error a is below x
 * exactly when P(S ≤ s | n, x) < a, the lower bound above x when P(S ≥ s | n, x) < a. Used by
 * the sequential comparison on uncertain scenarios (compare/sequentialWorlds.ts), where Student's
 * t on 0/1 outcomes degenerates when every replication passes or none does.
 */
export function binomialAtMost(s: number, n: number, p: number): number {
  if (s >= n) return 1;
  if (s < 0) return 0;
  return Math.min(1, sumTerms(0, s, n, p));
}

export function binomialAtLeast(s: number, n: number, p: number): number {
  if (s <= 0) return 1;
  if (s > n) return 0;
  return Math.min(1, sumTerms(s, n, n, p));
}

/** Σ_{k=from}^{to} C(n,k) p^k (1−p)^(n−k). */
function sumTerms(from: number, to: number, n: number, p: number): number {
  if (p <= 0) return from === 0 ? 1 : 0;
  if (p >= 1) return to === n ? 1 : 0;
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  let logC = 0; // log C(n, 0)
  for (let k = 1; k <= from; k++) logC += Math.log((n - k + 1) / k);
  let total = 0;
  for (let k = from; k <= to; k++) {
    if (k > from) logC += Math.log((n - k + 1) / k);
    total += Math.exp(logC + k * lp + (n - k) * lq);
  }
  return total;
}

/**
 * Clopper–Pearson one-sided bounds at error `a` each (two-sided 1 − 2a interval): the exact
 * bounds, found by bisection on the monotone tails above.
 */
export function clopperPearson(s: number, n: number, a: number): { low: number; high: number } {
  if (n <= 0) return { low: 0, high: 1 };
  const solve = (tooHigh: (x: number) => boolean) => {
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 60; i++) { const mid = (lo + hi) / 2; if (tooHigh(mid)) hi = mid; else lo = mid; }
    return (lo + hi) / 2;
  };
  return {
    low: s <= 0 ? 0 : solve((x) => binomialAtLeast(s, n, x) > a),
    high: s >= n ? 1 : solve((x) => binomialAtMost(s, n, x) < a),
  };
}
