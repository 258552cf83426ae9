/**
 * Memoised Erlang figures for the strategy evaluator. A comparison evaluates the same
 * (channel, arrivals, handle time, agents) cases over and over — the baseline and every candidate
 * share most intervals, and profile forecasts repeat day after day — so one cache per comparison
 * makes the search cheap. Keys round arrivals to 1e-6 (far below anything a target can see).
 */
import type { ResolvedChannel } from '../../scenario/model';
import { erlangA, erlangInterval, staffingSolve, type ErlangResult } from '../erlang';

/** The figures the evaluator needs from one interval's queue. */
export interface QueueFigures {
  stable: boolean;
  /** Share of offered contacts answered within T (0 when unstable). */
  serviceLevel: number;
  answerRate: number;
  /** Mean wait of answered contacts; null when the queue has no steady state. */
  asaSeconds: number | null;
  occupancy: number;
}

export interface AnalyticCache {
  /** Figures for `arrivals` contacts of `channel` handled at `ahtSeconds` by `agents` whole agents. */
  figures(channel: ResolvedChannel, arrivals: number, ahtSeconds: number, agents: number): QueueFigures;
  /**
   * Figures of the in-house queue when at most `maxQueue` contacts may wait and the rest overflow
   * (a "queue above Q" rule, maxQueue = Q + 1): shares of all arrivals, plus the overflowed share.
   */
  capped(channel: ResolvedChannel, arrivals: number, ahtSeconds: number, agents: number, maxQueue: number): QueueFigures & { overflow: number };
  /** The smallest whole number of agents meeting every target of the channel (≥ 1 when arrivals > 0). */
  need(channel: ResolvedChannel, arrivals: number, ahtSeconds: number): number;
  /** Cache sizes, for benchmarks. */
  size(): number;
}

const key = (c: ResolvedChannel, arrivals: number, aht: number, n: number) =>
  `${c.index}|${Math.round(arrivals * 1e6)}|${Math.round(aht * 1e6)}|${n}`;

/** Handle time of one session: chat sessions stretch when agents run several at once. */
export function sessionSeconds(c: ResolvedChannel, ahtMultiplier = 1): number {
  const stretch = c.concurrency > 1 ? c.concurrentAhtMultiplier : 1;
  return c.aht.mean * stretch * ahtMultiplier;
}

/** SL threshold T of a channel (20 s when it has no service-level target, for display). */
export function slSeconds(c: ResolvedChannel): number {
  return c.targets.serviceLevel?.seconds ?? 20;
}

function toFigures(r: ErlangResult): QueueFigures {
  return {
    stable: r.stable,
    serviceLevel: r.serviceLevel ?? 0,
    answerRate: r.answerRate,
    asaSeconds: r.asaSeconds,
    occupancy: r.occupancy,
  };
}

/** Patience standing for "never abandons" in the capped chain (Erlang C with a limit). */
const NEVER_ABANDONS = 1e12;

/** A fresh cache; share one across the strategies of one scenario only. */
export function createAnalyticCache(intervalMinutes: number): AnalyticCache {
  const figures = new Map<string, QueueFigures>();
  const needs = new Map<string, number>();
  const cappedFigures = new Map<string, QueueFigures & { overflow: number }>();
  return {
    capped(channel, arrivals, ahtSeconds, agents, maxQueue) {
      const k = `${key(channel, arrivals, ahtSeconds, agents)}|${maxQueue}`;
      let f = cappedFigures.get(k);
      if (f === undefined) {
        const r = erlangA({
          traffic: (arrivals * ahtSeconds) / (intervalMinutes * 60),
          servers: agents * channel.concurrency,
          ahtSeconds,
          patienceSeconds: channel.patience?.mean ?? NEVER_ABANDONS,
          slSeconds: slSeconds(channel),
          maxQueue,
        });
        f = {
          stable: true,
          serviceLevel: r.serviceLevel,
          answerRate: Math.max(0, 1 - r.probAbandon - r.probOverflow),
          asaSeconds: r.asaSeconds,
          occupancy: r.occupancy,
          overflow: r.probOverflow,
        };
        cappedFigures.set(k, f);
      }
      return f;
    },
    figures(channel, arrivals, ahtSeconds, agents) {
      const k = key(channel, arrivals, ahtSeconds, agents);
      let f = figures.get(k);
      if (f === undefined) {
        f = toFigures(erlangInterval({
          arrivals,
          intervalMinutes,
          aht: ahtSeconds,
          agents,
          slSeconds: slSeconds(channel),
          patience: channel.patience?.mean,
          concurrency: channel.concurrency,
        }));
        figures.set(k, f);
      }
      return f;
    },
    need(channel, arrivals, ahtSeconds) {
      if (arrivals <= 0) return 0;
      const k = key(channel, arrivals, ahtSeconds, -1);
      let n = needs.get(k);
      if (n === undefined) {
        const t = channel.targets;
        n = staffingSolve({
          arrivals,
          intervalMinutes,
          aht: ahtSeconds,
          slSeconds: slSeconds(channel),
          patience: channel.patience?.mean,
          concurrency: channel.concurrency,
          targetSl: t.serviceLevel?.share,
          maxAsa: t.maxAsaSeconds,
          minAnswerRate: t.minAnswerRate,
          maxOccupancy: t.maxOccupancy,
          shrinkage: 0,
        }).agents;
        needs.set(k, n);
      }
      return n;
    },
    size: () => figures.size + needs.size + cappedFigures.size,
  };
}
