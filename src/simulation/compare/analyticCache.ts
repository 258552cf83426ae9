/**
 * Memoised Erlang figures for the strategy evaluator. A comparison evaluates the same
 * (channel, arrivals, handle time, agents) cases over and over — the baseline and every candidate
 * share most intervals, and profile forecasts repeat day after day — so one cache per comparison
 * makes the search cheap.
 */
import type { ResolvedChannel } from '../../scenario/model';
import { erlangA, erlangInterval, meetsStaffTargets, staffingSolveFrom, trafficErlangs, type ErlangResult } from '../erlang';
import { ExactTable } from './exactTable';
import { createIntervalMemo, type IntervalMemo } from './intervalMemo';

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
  /**
   * The smallest whole number of agents meeting every target of the channel (≥ 1 when arrivals > 0).
   * `guess` (a neighbouring interval's answer) only speeds the search up.
   */
  need(channel: ResolvedChannel, arrivals: number, ahtSeconds: number, guess?: number): number;
  /**
   * Whether `agents` agents meet every target of the channel: `need(…) <= agents`, answered from
   * the figures at ⌊agents⌋ alone. The same answer: `need` is the smallest head-count that passes
   * and the figures are monotone in the head-count (erlang/staffing.ts); for Erlang A, the solver
   * started at `agents` answers ≤ agents exactly when `agents` passes.
   */
  meets(channel: ResolvedChannel, arrivals: number, ahtSeconds: number, agents: number): boolean;
  /** Cache sizes (Erlang answers), for benchmarks. */
  size(): number;
  /**
   * Whole intervals' outcomes by their exact inputs (intervalMemo.ts, intervalReuse.ts), shared
   * by every strategy and world evaluated with this cache; null when reuse is off.
   */
  intervals: IntervalMemo | null;
}

/**
 * Whether new caches reuse whole intervals' outcomes and planComparison shares one cache across
 * its searches. Off only in tests (comparisonReuse.test.ts, intervalReuse.test.ts), to check
 * reuse against evaluating every interval afresh (the results are the same either way).
 */
export const analyticReuse = { on: true };

/**
 * What a channel's figures depend on besides arrivals, handle time and agents: its patience,
 * concurrency and targets (the service-level threshold, and what `need` must meet). Keyed by
 * this rather than by the channel's position, a cache stays right when a channel is edited and
 * can be kept across plans (plan/planScenario.ts).
 */
const signatures = new WeakMap<ResolvedChannel, number>();
/** Each distinct signature as a small number, so keys stay short. */
const signatureIds = new Map<string, number>();
function signature(c: ResolvedChannel): number {
  let id = signatures.get(c);
  if (id === undefined) {
    const sig = JSON.stringify([c.patience?.mean ?? null, c.concurrency, c.targets]);
    id = signatureIds.get(sig);
    if (id === undefined) {
      id = signatureIds.size;
      signatureIds.set(sig, id);
    }
    signatures.set(c, id);
  }
  return id;
}

/**
 * Answers by (channel signature, handle time, arrivals, agents), exact numbers (exactTable.ts):
 * no key string is built per question (the evaluation asks thousands per plan), and an answer never
 * depends on which nearby question was asked first, so a cache kept across plans gives the same
 * figures as a fresh one.
 */
class AnswerTable<V> {
  private readonly table = new ExactTable<V>(4);

  get size(): number {
    return this.table.size;
  }

  private ask(c: ResolvedChannel, aht: number, arrivals: number, n: number): ExactTable<V> {
    const key = this.table.key;
    key[0] = signature(c);
    key[1] = aht;
    key[2] = arrivals;
    key[3] = n;
    return this.table;
  }

  get(c: ResolvedChannel, aht: number, arrivals: number, n: number): V | undefined {
    return this.ask(c, aht, arrivals, n).get();
  }

  set(c: ResolvedChannel, aht: number, arrivals: number, n: number, value: V): void {
    this.ask(c, aht, arrivals, n).set(value);
  }
}

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
export function createAnalyticCache(intervalMinutes: number, reuse = analyticReuse.on): AnalyticCache {
  const figures = new AnswerTable<QueueFigures>();
  const needs = new AnswerTable<number>();
  const cappedFigures = new ExactTable<QueueFigures & { overflow: number }>(5);
  const figuresAt = (channel: ResolvedChannel, arrivals: number, ahtSeconds: number, agents: number): QueueFigures => {
    let f = figures.get(channel, ahtSeconds, arrivals, agents);
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
      figures.set(channel, ahtSeconds, arrivals, agents, f);
    }
    return f;
  };
  return {
    capped(channel, arrivals, ahtSeconds, agents, maxQueue) {
      const key = cappedFigures.key;
      key[0] = signature(channel);
      key[1] = arrivals;
      key[2] = ahtSeconds;
      key[3] = agents;
      key[4] = maxQueue;
      let f = cappedFigures.get();
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
        cappedFigures.set(f); // `key` still holds the question
      }
      return f;
    },
    figures: figuresAt,
    meets(channel, arrivals, ahtSeconds, agents) {
      // need() is 0 without traffic, and at least 1 with it.
      if (arrivals <= 0 || trafficErlangs(arrivals, intervalMinutes, ahtSeconds) <= 0) return true;
      const n = Math.floor(agents);
      if (n < 1) return false;
      const t = channel.targets;
      return meetsStaffTargets(figuresAt(channel, arrivals, ahtSeconds, n), {
        targetSl: t.serviceLevel?.share, maxAsa: t.maxAsaSeconds, minAnswerRate: t.minAnswerRate, maxOccupancy: t.maxOccupancy,
      });
    },
    need(channel, arrivals, ahtSeconds, guess) {
      if (arrivals <= 0) return 0;
      let n = needs.get(channel, ahtSeconds, arrivals, -1);
      if (n === undefined) {
        const t = channel.targets;
        const solved = staffingSolveFrom({
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
        }, guess);
        n = solved.agents;
        needs.set(channel, ahtSeconds, arrivals, -1, n);
        // The solve ends with the figures at its answer: keep them, the evaluation asks for them next.
        if (figures.get(channel, ahtSeconds, arrivals, n) === undefined) figures.set(channel, ahtSeconds, arrivals, n, toFigures(solved));
      }
      return n;
    },
    size: () => figures.size + needs.size + cappedFigures.size,
    intervals: reuse ? createIntervalMemo() : null,
  };
}
