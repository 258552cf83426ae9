/**
 * Erlang C (M/M/N, infinite patience), from Erlang B:
 * C = N·B / (N − A(1 − B)) for N > A. For N ≤ A the queue grows without bound: every arrival
 * waits, so `erlangC` returns 1 there and `erlangCMetrics` reports the system as unstable.
 */
import { erlangBInverse } from './erlangB';

/** Erlang C from 1/B (lets a solver that steps 1/B upward reuse it). Requires servers > traffic > 0. */
export function erlangCFromInverseB(traffic: number, servers: number, inverseB: number): number {
  if (!Number.isFinite(inverseB)) return 0;
  // N·B/(N − A + A·B) multiplied through by 1/B: no cancellation when B is tiny.
  return servers / (servers + (servers - traffic) * (inverseB - 1));
}

/** Probability of waiting in M/M/N: Erlang C; 1 when servers ≤ traffic (unstable), 0 when traffic is 0. */
export function erlangC(traffic: number, servers: number): number {
  if (traffic <= 0) return 0;
  if (servers <= traffic) return 1;
  return erlangCFromInverseB(traffic, servers, erlangBInverse(traffic, servers));
}

/** Waiting figures of a stable M/M/N queue. */
export interface ErlangCMetrics {
  probWait: number;
  /** P(wait ≤ slSeconds) = 1 − C·e^(−(N−A)·T/AHT). */
  serviceLevel: number;
  /** Mean wait of all (= answered) contacts: C·AHT/(N − A). */
  asaSeconds: number;
  /** Mean number waiting: C·A/(N − A). */
  avgQueueLength: number;
}

/**
 * Erlang C figures at a probability of waiting `probWait` already known (from erlangC or a
 * stepped 1/B). Requires servers > traffic.
 */
export function erlangCFigures(
  traffic: number, servers: number, ahtSeconds: number, slSeconds: number, probWait: number,
): ErlangCMetrics {
  const spare = servers - traffic;
  return {
    probWait,
    serviceLevel: Math.min(1, Math.max(0, 1 - probWait * Math.exp(-spare * slSeconds / ahtSeconds))),
    asaSeconds: (probWait * ahtSeconds) / spare,
    avgQueueLength: (probWait * traffic) / spare,
  };
}

/** Erlang C waiting figures, or null when servers ≤ traffic (no steady state). */
export function erlangCMetrics(
  traffic: number, servers: number, ahtSeconds: number, slSeconds: number,
): ErlangCMetrics | null {
  if (traffic <= 0) return { probWait: 0, serviceLevel: 1, asaSeconds: 0, avgQueueLength: 0 };
  if (servers <= traffic) return null;
  return erlangCFigures(traffic, servers, ahtSeconds, slSeconds, erlangC(traffic, servers));
}
