/**
 * Erlang B (M/M/N/N blocking probability) by its stable recurrence, in the inverse form
 * 1/B(n) = 1 + (n/A)·1/B(n−1), which needs no factorial and no power of A.
 *
 * Exact start, O(√A) work: the recurrence forgets its starting value geometrically while n < A
 * (each step multiplies an initial error by n/A < 1). Starting at n₀ where the product of those
 * factors up to min(N, A) is below 1e−20/A with the guess 1/B(n₀) = 1 (the true value lies in
 * [1, A]) leaves a relative error under 1e−20 at N — below double precision — so B is exact to
 * rounding while costing O(√A + N − A) steps instead of O(N). Once 1/B passes 1e300 it is
 * returned as Infinity (B < 1e−300 is 0 in every figure built on it).
 */

/** Relative influence below which the starting guess of the recurrence cannot be seen. */
const FORGET = 1e-20;
/** 1/B above this is treated as infinite: B is below the smallest useful double. */
const INVERSE_CAP = 1e300;

/** The first n of the recurrence: below it, the starting guess no longer matters at `servers`. */
export function erlangBStart(traffic: number, servers: number): number {
  const top = Math.min(servers, Math.floor(traffic));
  let product = 1;
  const threshold = FORGET / Math.max(1, traffic);
  for (let n = top; n > 0; n--) {
    product *= n / traffic;
    if (product < threshold) return n - 1;
  }
  return 0;
}

/**
 * 1/B(traffic, n) for n = `from` given 1/B at `from`, stepped up to `to` (inclusive), so a
 * solver can walk N upward at O(1) per agent. Returns Infinity past the cap.
 */
export function erlangBInverseStep(traffic: number, inverseAtFrom: number, from: number, to: number): number {
  let inverse = inverseAtFrom;
  for (let n = from + 1; n <= to; n++) {
    inverse = 1 + (n / traffic) * inverse;
    if (inverse > INVERSE_CAP) return Infinity;
  }
  return inverse;
}

/** 1/B(traffic, servers) ≥ 1; Infinity when B is below 1e−300. Requires traffic > 0. */
export function erlangBInverse(traffic: number, servers: number): number {
  const start = erlangBStart(traffic, servers);
  return erlangBInverseStep(traffic, 1, start, servers);
}

/**
 * Erlang B: the probability that an arrival finds all `servers` busy in a loss system offered
 * `traffic` Erlangs. B(0, N) = 0 for N ≥ 1, B(A, 0) = 1.
 */
export function erlangB(traffic: number, servers: number): number {
  if (servers <= 0) return 1;
  if (traffic <= 0) return 0;
  return 1 / erlangBInverse(traffic, servers);
}
