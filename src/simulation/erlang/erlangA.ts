/**
 * Erlang A (M/M/N+M, Palm's queue with exponential patience), exact from its birth–death chain.
 *
 * Time is measured in mean handle times (μ = 1): traffic A = λ/μ, g = θ/μ = AHT/patience,
 * threshold τ = T/AHT. State N+k (k ≥ 0 waiting) has π_{N+k}/π_N = t_k = Π_{i=1..k} A/(N + i·g);
 * below N, Σ_{n<N} π_n/π_N = (N/A)·1/B(N−1) from the Erlang B recurrence. Sums are taken relative
 * to π_N (normalised ratios, rescaled before they overflow) and the upper series is truncated when
 * a geometric bound on its tail falls below 1e−17 of what it has summed, so the chain is exact to
 * rounding and works for N ≤ A too (abandonment keeps it stable).
 *
 * Per arriving state (PASTA), a contact that finds k waiting is answered iff its virtual wait
 * V_k = Σ_{j=0..k} Exp(N + j·g) (the k ahead leave by service or abandonment, then it waits for a
 * free agent) beats its own patience Exp(g). Tilting by e^(−gV) gives, exactly:
 *   P(answered | k)              = q_k = N/(N + (k+1)g)
 *   P(answered within τ | k)     = q_k · P(V'_k ≤ τ),  V'_k = Σ_{i=1..k+1} Exp(N + i·g)
 *   E[wait · 1{answered} | k]    = q_k · Σ_{i=1..k+1} 1/(N + i·g)
 * and e^(−g·V'_k) ~ Beta(N/g + 1, k + 1) (compare Laplace transforms), so
 *   P(V'_k > τ) = Σ_{j=0..k} w_j, w_j = x^a (a)_j (1 − x)^j / j!,  a = N/g + 1, x = e^(−gτ):
 * a negative-binomial CDF, accumulated term by term alongside the chain. As g → 0 this tends to
 * the Poisson form of Erlang C's waiting-time distribution (checked in the tests).
 * Still waiting when the wait reaches τ (web call back's offer, compare/callbacks.ts): the wait
 * V_k = Σ_{j=0..k} Exp(N + j·g) and the patience both pass τ, and e^(−g·V_k) ~ Beta(N/g, k + 1):
 *   P(reach τ | k) = e^(−gτ) · Σ_{j=0..k} x^(a−1) (a − 1)_j (1 − x)^j / j!,
 * the same sum with a − 1, accumulated beside it.
 *
 * Cost: O(√A + N − A) for the lower part plus the number of significant queue states, about
 * 40·√(A/g) + 40/(1 − A/N)⁺; a queue overloaded by far (its mode (A − N)/g millions of states up)
 * starts near its mode instead of at 0 (overload.ts), so only very patient contacts
 * (patience ≫ 10⁶ × AHT) make it slow.
 */
import { erlangBInverse } from './erlangB';
import { overloadSkip } from './overload';

export interface ErlangAInput {
  /** Offered load A = λ·AHT, Erlangs. */
  traffic: number;
  servers: number;
  ahtSeconds: number;
  /** Mean patience (exponential), seconds. */
  patienceSeconds: number;
  /** Service-level threshold T, seconds. */
  slSeconds: number;
  /**
   * At most this many contacts wait (M/M/N/N+Q+M): an arrival that finds `maxQueue` waiting
   * overflows (to an outsourcer, by a "queue above" rule). Absent: no limit.
   */
  maxQueue?: number;
}

export interface ErlangAResult {
  probWait: number;
  probAbandon: number;
  /** Answered within T ÷ offered (abandons count as misses). */
  serviceLevel: number;
  /** Mean wait of answered contacts; null when nobody is answered (no servers). */
  asaSeconds: number | null;
  /** Mean wait of all contacts, answered or not. */
  avgWaitSeconds: number;
  avgQueueLength: number;
  /** Carried load ÷ servers (0 without servers). */
  occupancy: number;
  /** Share of arrivals that found the queue full (0 without `maxQueue`). */
  probOverflow: number;
  /** Share of arrivals still waiting (neither answered nor gone) when their wait reaches T. */
  probReach: number;
}

const TAIL = 1e-17;
const BIG = 1e250;
const TINY = 1e-250;
const W_BIG = 1e200;
const LN_W_BIG = Math.log(W_BIG);

function clamp01(p: number): number {
  return Math.min(1, Math.max(0, p));
}

/** Result when nothing waits (no traffic, or π_N vanishes against the states below N). */
function noWait(traffic: number, servers: number): ErlangAResult {
  return {
    probWait: 0, probAbandon: 0, serviceLevel: 1, asaSeconds: 0, avgWaitSeconds: 0, avgQueueLength: 0,
    occupancy: servers > 0 ? clamp01(traffic / servers) : 0,
    probOverflow: 0,
    probReach: 0,
  };
}

/**
 * Erlang A figures for one interval (see the module comment for the method). `allowSkip: false`
 * forces the plain walk from the empty queue (tests compare the two).
 */
export function erlangA(input: ErlangAInput, allowSkip = true): ErlangAResult {
  const { traffic: A, servers: N, ahtSeconds, patienceSeconds, slSeconds } = input;
  if (A <= 0) return noWait(0, N);
  const g = ahtSeconds / patienceSeconds;
  const tau = slSeconds / ahtSeconds;

  let lower = N > 0 ? (N / A) * erlangBInverse(A, N - 1) : 0;
  if (!Number.isFinite(lower)) return noWait(A, N);
  // Far overload: start near the queue's mode; what lies below is invisible, SL included.
  const cap = input.maxQueue ?? Number.POSITIVE_INFINITY;
  const skip = allowSkip && cap === Number.POSITIVE_INFINITY ? overloadSkip(A, N, g, tau) : null;
  if (skip) lower = 0;

  // Negative-binomial weights of the service-level term, kept as wScaled·e^(wLog) so that an
  // underflowing x^a does not zero the terms that follow it.
  const oneMinusX = -Math.expm1(-g * tau);
  const a = N / g + 1;
  let wLog = -(N + g) * tau;
  let wFactor = Math.exp(wLog);
  let wScaled = 1;
  let cdfScaled = 0;
  // The same for P(V_k > τ), with a − 1 (reach).
  let rLog = -N * tau;
  let rFactor = Math.exp(rLog);
  let rScaled = 1;
  let rCdfScaled = 0;

  let t = 1;
  let sumT = 0, sumKT = 0, answered = 0, abandoned = 0, answeredWait = 0, answeredInT = 0, overflow = 0, reach = 0;
  let harmonic = skip ? skip.harmonic : 0;
  const trackSl = skip === null;
  for (let k = skip ? skip.start : 0; ; k++) {
    if (k >= cap) {
      // The full queue: this state's arrivals overflow; no state lies beyond it.
      sumT += t;
      sumKT += k * t;
      overflow = t;
      break;
    }
    const inverseExit = 1 / (N + (k + 1) * g);
    const q = N * inverseExit;
    const leave = (k + 1) * g * inverseExit; // 1 − q without cancellation when g is tiny
    harmonic += inverseExit;
    if (trackSl) cdfScaled += wScaled;
    const cdf = trackSl ? Math.min(1, cdfScaled * wFactor) : 1;
    if (trackSl) rCdfScaled += rScaled;
    reach += t * (trackSl ? Math.min(1, rCdfScaled * rFactor) : 1);

    sumT += t;
    sumKT += k * t;
    answered += t * q;
    abandoned += t * leave;
    answeredWait += t * q * harmonic;
    answeredInT += t * q * (1 - cdf);

    if (trackSl) wScaled *= ((a + k) / (k + 1)) * oneMinusX;
    if (wScaled > W_BIG) {
      wScaled /= W_BIG;
      cdfScaled /= W_BIG;
      wLog += LN_W_BIG;
      wFactor = Math.exp(wLog);
    }
    if (trackSl) rScaled *= ((a - 1 + k) / (k + 1)) * oneMinusX;
    if (rScaled > W_BIG) {
      rScaled /= W_BIG;
      rCdfScaled /= W_BIG;
      rLog += LN_W_BIG;
      rFactor = Math.exp(rLog);
    }

    const ratio = A * inverseExit;
    const next = t * ratio;
    if (next === 0) break;
    if (ratio < 1) {
      // Later ratios are smaller still, so the tail is below a geometric series in `ratio`.
      const geometric = ratio / (1 - ratio);
      const tailT = t * geometric;
      const tailKT = t * (k * geometric + geometric / (1 - ratio));
      if (tailT <= TAIL * sumT && tailKT <= TAIL * Math.max(sumKT, Number.MIN_VALUE)) break;
    }
    t = next;
    if (t > BIG) {
      t *= TINY; sumT *= TINY; sumKT *= TINY; answered *= TINY; abandoned *= TINY;
      answeredWait *= TINY; answeredInT *= TINY; lower *= TINY; overflow *= TINY; reach *= TINY;
    }
  }

  const total = lower + sumT;
  const answeredMass = lower + answered;
  const avgQueueLength = sumKT / total;
  const probAbandon = clamp01(abandoned / total);
  const probOverflow = clamp01(overflow / total);
  return {
    probWait: clamp01((sumT - overflow) / total),
    probAbandon,
    serviceLevel: clamp01((lower + answeredInT) / total),
    asaSeconds: answeredMass > 0 ? (answeredWait / answeredMass) * ahtSeconds : null,
    avgWaitSeconds: (avgQueueLength / A) * ahtSeconds,
    avgQueueLength,
    occupancy: N > 0 ? clamp01((A * (1 - probAbandon - probOverflow)) / N) : 0,
    probOverflow,
    probReach: clamp01((reach * Math.exp(-g * tau)) / total),
  };
}
