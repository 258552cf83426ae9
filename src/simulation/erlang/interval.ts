/**
 * One interval, analytic: the `erlang` command and the calculator panel (docs/cli.md).
 * Erlang C without patience, Erlang A with it; chat runs `agents × concurrency` slots.
 */
import { erlangA } from './erlangA';
import { erlangCMetrics } from './erlangC';
import { chatServers } from './chat';

export interface ErlangInput {
  /** Contacts arriving in the interval. */
  arrivals: number;
  intervalMinutes: number;
  /** Mean handle time per contact (per chat session), seconds. */
  aht: number;
  /** Productive agents. */
  agents: number;
  /** Service-level threshold T, seconds. */
  slSeconds: number;
  /** Mean patience, seconds; given ⇒ Erlang A. */
  patience?: number;
  /** Sessions per agent (chat); 1 for voice. */
  concurrency: number;
}

export interface ErlangResult {
  model: 'erlang-c' | 'erlang-a';
  trafficErlangs: number;
  agents: number;
  /** False when an Erlang C queue has agents × concurrency ≤ traffic (no steady state). */
  stable: boolean;
  probWait: number | null;
  serviceLevel: number | null;
  asaSeconds: number | null;
  occupancy: number;
  answerRate: number;
  abandonRate: number;
  avgQueueLength: number | null;
}

/** Offered load in Erlangs: arrival rate per second × handle time in seconds. */
export function trafficErlangs(arrivals: number, intervalMinutes: number, ahtSeconds: number): number {
  return (arrivals / (intervalMinutes * 60)) * ahtSeconds;
}

/**
 * Erlang C / Erlang A figures for one interval. An empty interval (0 arrivals) meets every
 * target vacuously: SL 1, answer rate 1, no wait. An unstable Erlang C interval (servers ≤ A)
 * reports `stable: false`, null waiting figures, occupancy 1 (0 without agents), and
 * answerRate = min(1, servers ÷ A): the share of the offered work the agents can carry; the rest
 * counts in abandonRate so that the two always sum to 1.
 */
export function erlangInterval(input: ErlangInput): ErlangResult {
  const traffic = trafficErlangs(input.arrivals, input.intervalMinutes, input.aht);
  const servers = chatServers(input.agents, input.concurrency);
  // Result objects written out in one shape (no spread): the analytic search builds millions.
  if (input.patience !== undefined) {
    const a = erlangA({
      traffic, servers, ahtSeconds: input.aht, patienceSeconds: input.patience, slSeconds: input.slSeconds,
    });
    return {
      model: 'erlang-a', trafficErlangs: traffic, agents: input.agents, stable: true, probWait: a.probWait, serviceLevel: a.serviceLevel,
      asaSeconds: a.asaSeconds, occupancy: a.occupancy, answerRate: 1 - a.probAbandon,
      abandonRate: a.probAbandon, avgQueueLength: a.avgQueueLength,
    };
  }
  const c = erlangCMetrics(traffic, servers, input.aht, input.slSeconds);
  if (c === null) {
    const answerRate = Math.min(1, servers / traffic);
    return {
      model: 'erlang-c', trafficErlangs: traffic, agents: input.agents, stable: false, probWait: null, serviceLevel: null, asaSeconds: null,
      occupancy: servers > 0 ? 1 : 0, answerRate, abandonRate: 1 - answerRate, avgQueueLength: null,
    };
  }
  return {
    model: 'erlang-c', trafficErlangs: traffic, agents: input.agents, stable: true, probWait: c.probWait, serviceLevel: c.serviceLevel,
    asaSeconds: c.asaSeconds, occupancy: servers > 0 ? Math.min(1, traffic / servers) : 0,
    answerRate: 1, abandonRate: 0, avgQueueLength: c.avgQueueLength,
  };
}
