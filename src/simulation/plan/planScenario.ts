/**
 * The analytic plan (docs/model.md, "Analytic engine"): per channel per interval, the productive
 * agents required to meet the channel's targets, and — from the one analytic evaluation that the
 * comparison and the search also use (compare/evaluate.ts) — the agents the pools give the
 * channel and the figures at those agents, with the judge's verdict per interval
 * (compare/kpis.ts). So the Staffing page, `wfm plan` and the comparison show one figure for one
 * baseline. Queues carried across intervals are ignored (the DES has them).
 *
 * Speed: a scenario repeats the same volumes often (weekdays, closed hours), so each channel keeps
 * a cache of staffing answers by arrivals (kept across plans, see `memoFor`), and the Erlang A
 * search starts from the previous interval's answer; the evaluation shares one memo of Erlang
 * figures across its intervals. The default scenario plans in a few milliseconds (see the plan
 * tests and `npm run bench`).
 */
import type { ResolvedChannel, ResolvedScenario } from '../../scenario/model';
import { createAnalyticCache, sessionSeconds, type AnalyticCache } from '../compare/analyticCache';
import { evaluateStrategy } from '../compare/evaluate';
import { channelKpis, intervalFigures, intervalVerdicts } from '../compare/kpis';
import { scheduledFor, staffingSolveFrom, type StaffInput } from '../erlang';
import { baselineScenario, type StrategyScenario } from '../levers';
import { withoutAbsent } from '../stats/absentFigures';
import { channelOpen } from './allocate';
import { channelStaffInput } from './channelInput';
import { emailRequirements } from './emailPlan';
import type { ChannelPlan, PlanModel, PlanResult } from './types';

/** Required agents of a queueing channel. */
interface QueueSizing {
  model: PlanModel;
  required: number[];
}

interface SizingMemo {
  /** Required agents by arrivals. */
  solved: Map<number, number>;
}

/**
 * Answers kept across plans, by the channel's sizing inputs (handle time, patience, targets…):
 * while a planner edits head-counts, another channel or the forecast's shape, most intervals ask
 * a question already answered. Pure memoisation: results never depend on it. The few most
 * recent input sets are kept (insertion order of a Map is the recency order).
 */
const memos = new Map<string, SizingMemo>();
const MEMO_INPUT_SETS = 24;

/** Forgets every kept answer (benchmarks measure a cold plan; tests start clean). */
export function clearPlanMemo(): void {
  memos.clear();
  figureCaches.clear();
}

/**
 * Erlang figures kept across plans, one cache per interval length: the cache keys each answer by
 * everything it depends on (analyticCache.ts), so moving a head-count, a forecast or one channel's
 * handle time asks mostly questions already answered. Pure memoisation, like `memos`; a cache
 * that grows past a bound starts again.
 */
const figureCaches = new Map<number, AnalyticCache>();
const MAX_CACHED_FIGURES = 200_000;

function figureCacheFor(s: StrategyScenario): AnalyticCache {
  let cache = figureCaches.get(s.intervalMinutes);
  if (!cache || cache.size() > MAX_CACHED_FIGURES) {
    cache = createAnalyticCache(s.intervalMinutes);
    figureCaches.set(s.intervalMinutes, cache);
  }
  return cache;
}

function memoFor(base: Omit<StaffInput, 'arrivals'>): SizingMemo {
  const key = JSON.stringify(base);
  let memo = memos.get(key);
  if (memo) {
    memos.delete(key);
  } else {
    memo = { solved: new Map() };
    if (memos.size >= MEMO_INPUT_SETS) memos.delete(memos.keys().next().value!);
  }
  memos.set(key, memo);
  return memo;
}

function sizeQueueChannel(channel: ResolvedChannel, arrivals: readonly number[], intervalMinutes: number, shrinkage: number): QueueSizing {
  const base = channelStaffInput(channel, intervalMinutes, shrinkage);
  const { solved } = memoFor(base);
  let guess: number | undefined;
  const required = arrivals.map((a) => {
    if (a <= 0) return 0;
    let agents = solved.get(a);
    if (agents === undefined) {
      agents = staffingSolveFrom({ ...base, arrivals: a }, guess).agents;
      solved.set(a, agents);
    }
    guess = agents;
    return agents;
  });
  return { model: base.patience !== undefined ? 'erlang-a' : 'erlang-c', required };
}

/** Shrinkage of the first pool serving the channel (0 when none does). */
function channelShrinkage(s: ResolvedScenario, channel: number): number {
  return s.pools.find((p) => p.skills.includes(channel))?.shrinkage ?? 0;
}

/** The analytic plan of a resolved scenario. Pure; the result is plain data. */
export function planScenario(s: ResolvedScenario): PlanResult {
  return planStrategy(baselineScenario(s));
}

/**
 * The plan of one strategy (levers applied): what the Staffing page shows for the baseline, and
 * what a test compares with the comparison's figures for every strategy.
 */
export function planStrategy(s: StrategyScenario): PlanResult {
  const count = s.intervalCount;
  const hours = s.intervalMinutes / 60;
  const shrinkages = s.channels.map((c) => channelShrinkage(s, c.index));
  const cache = figureCacheFor(s);
  const sizings = s.channels.map((channel, c) => {
    const arrivals = s.arrivals[c] ?? new Array<number>(count).fill(0);
    if (channel.kind === 'email') {
      const open = channelOpen(s.pools, c, count);
      const { required } = emailRequirements(channel, arrivals, open, s.intervalSeconds);
      return { kind: 'email' as const, arrivals, required };
    }
    if (channel.kind === 'callback') return { kind: 'queue' as const, arrivals, ...sizeQueueChannel(channel, arrivals, s.intervalMinutes, shrinkages[c]) };
    // Voice and chat: the evaluation's own sizing (the same solver, asked once for both).
    const model: PlanModel = channel.patience ? 'erlang-a' : 'erlang-c';
    let guess: number | undefined;
    const required = arrivals.map((a) => {
      if (a <= 0) return 0;
      guess = cache.need(channel, a, sessionSeconds(channel), guess);
      return guess;
    });
    return { kind: 'queue' as const, arrivals, model, required };
  });
  // Available agents and figures: the one analytic evaluation, and its judge.
  const evaluation = evaluateStrategy(s, cache);
  const kpis = s.channels.map((c) => channelKpis(s, evaluation, c));
  const verdicts = intervalVerdicts(s, evaluation, kpis);
  const channels: ChannelPlan[] = s.channels.map((channel, c) => {
    const z = sizings[c];
    const available = evaluation.allocated![c];
    const figures = intervalFigures(s, evaluation, channel);
    return withoutAbsent(channel.kind, {
      channelId: channel.id, channelIndex: c, kind: channel.kind,
      model: z.kind === 'email' ? 'workload' : z.model,
      shrinkage: shrinkages[c],
      arrivals: [...z.arrivals], offered: figures.map((f) => f.offered), required: z.required,
      requiredScheduled: z.required.map((r) => scheduledFor(r, shrinkages[c])),
      available: [...available],
      serviceLevel: figures.map((f) => f.serviceLevel),
      answerRate: figures.map((f) => f.answerRate),
      asaSeconds: figures.map((f) => f.asaSeconds),
      occupancy: figures.map((f) => f.occupancy),
      meetsTargets: verdicts[c],
      missingAgentHours: z.required.reduce((t, r, i) => t + Math.max(0, r - available[i]) * hours, 0),
    });
  });
  const sum = (pick: (p: ChannelPlan, i: number) => number): number[] =>
    Array.from({ length: count }, (_, i) => channels.reduce((total, p) => total + pick(p, i), 0));
  return {
    intervalMinutes: s.intervalMinutes,
    intervalCount: count,
    channels,
    totals: {
      required: sum((p, i) => p.required[i]),
      requiredScheduled: sum((p, i) => p.requiredScheduled[i]),
      available: sum((p, i) => p.available[i]),
      missing: sum((p, i) => Math.max(0, p.required[i] - p.available[i])),
    },
    missingAgentHours: channels.reduce((total, p) => total + p.missingAgentHours, 0),
  };
}
