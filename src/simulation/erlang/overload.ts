/**
 * Erlang A in heavy overload with very patient contacts: the queue then sits near
 * k* = (A − N)/g waiting contacts, which can be millions of states away from the empty queue.
 * Walking the chain from k = 0 would cost O(k*); instead the walk may start at k₀, the last state
 * whose weight is provably below e^(−60)/(k₀ + 1)² of the peak's, so that everything before it
 * (states, their waits, the states below N) is invisible in double precision:
 *   log(t_k / t_peak) = Σ_{i=k+1..k*} log((N + i·g)/A) ≤ ∫_{k+1}^{k*+1} log((N + x·g)/A) dx
 * (the summand rises with i). The one running sum that needs the skipped states, the answered
 * contacts' mean wait Σ_{i=1..k₀} 1/(N + i·g), has the closed form (ψ(N/g + k₀ + 1) − ψ(N/g + 1))/g.
 * The service-level term is skipped only when P(wait ≤ T) is itself negligible from k₀ on
 * (a Poisson–Chernoff bound), which is the case whenever such a queue is worth skipping.
 */

/** Do not bother skipping fewer states than this: the plain walk is fast enough. */
const SKIP_MIN = 200_000;
const MARGIN = 60;

/** ψ(b) − ψ(a) for 0 < a ≤ b, accurate when both are large and close (no cancellation in the log). */
export function digammaDifference(a: number, b: number): number {
  let sum = 0;
  // ψ(x) = ψ(x + 1) − 1/x until both arguments suit the asymptotic series (next term < 1e−15).
  while (a < 20) { sum += 1 / a; a += 1; }
  while (b < 20) { sum -= 1 / b; b += 1; }
  const series = (x: number): number => {
    const x2 = 1 / (x * x);
    return -1 / (2 * x) - x2 * (1 / 12 - x2 * (1 / 120 - x2 * (1 / 252 - x2 / 240)));
  };
  return sum + Math.log1p((b - a) / a) + series(b) - series(a);
}

/** Where the Erlang A walk may start, and the harmonic sum it would have accumulated by then. */
export interface OverloadSkip {
  start: number;
  harmonic: number;
}

/** Upper bound on log(t_k / t_peak), from the integral in the module comment. */
function logWeightBound(k: number, peak: number, traffic: number, servers: number, g: number): number {
  const v1 = (servers + (k + 1) * g) / traffic;
  const v2 = (servers + (peak + 1) * g) / traffic;
  const f = (v: number): number => v * Math.log(v) - v;
  return (traffic / g) * (f(v2) - f(v1));
}

/**
 * The skip for M/M/N+M in units of the handle time (traffic A, servers N, g = θ/μ, threshold τ),
 * or null when the plain walk from k = 0 is the way (not overloaded, or too few states to skip, or
 * the service level could still see the skipped states).
 */
export function overloadSkip(traffic: number, servers: number, g: number, tau: number): OverloadSkip | null {
  if (servers + g >= traffic) return null;
  const peak = Math.floor((traffic - servers) / g);
  if (peak < SKIP_MIN) return null;
  let lo = 0;
  let hi = peak;
  const negligible = (k: number): boolean => logWeightBound(k, peak, traffic, servers, g) < -(MARGIN + 2 * Math.log(k + 1));
  if (!negligible(lo)) return null;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (negligible(mid)) lo = mid;
    else hi = mid;
  }
  const start = lo;
  if (start < SKIP_MIN / 2) return null;
  // P(V'_k ≤ τ) ≤ P(Poisson(R·τ) ≥ k + 1) with R the fastest phase rate: Chernoff bound in logs.
  const mean = (servers + (start + 1) * g) * tau;
  const j = start + 1;
  const logTail = mean === 0 ? -Infinity : j > mean ? -mean + j * (1 + Math.log(mean / j)) : 0;
  if (logTail > -MARGIN) return null;
  return { start, harmonic: digammaDifference(servers / g + 1, servers / g + start + 1) / g };
}
