/**
 * The analytic plan (docs/model.md, "Analytic engine"): per channel per interval, the productive agents
 * required to meet the channel's targets, the agents the pools make available to it, and the
 * figures at what is available. Queues carried across intervals are ignored (the DES has them).
 *
 * Speed: a scenario repeats the same volumes often (weekdays, closed hours), so each channel keeps
 * a cache of staffing answers by arrivals (kept across plans, see `memoFor`), and the Erlang A
 * search starts from the previous interval's answer. The default scenario (3 channels × 21 days × 48 intervals) plans in a few
 * milliseconds (see the plan tests).
 */
import type { ResolvedChannel, ResolvedScenario } from '../../scenario/model';
import {
  erlangInterval, meetsStaffTargets, scheduledFor, staffingSolveFrom, type ErlangResult, type StaffInput,
} from '../erlang';
import { allocateAvailable, channelOpen } from './allocate';
import { channelStaffInput } from './channelInput';
import { emailRequirements } from './emailPlan';
import type { ChannelPlan, PlanModel, PlanResult } from './types';

/** Required agents of a queueing channel, with a figure evaluator at any head-count. */
interface QueueSizing {
  model: PlanModel;
  required: number[];
  figuresAt(arrivals: number, agents: number): { result: ErlangResult; meets: boolean };
}

interface SizingMemo {
  /** Required agents by arrivals. */
  solved: Map<number, number>;
  /** Figures by `arrivals:agents`. */
  figures: Map<string, { result: ErlangResult; meets: boolean }>;
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
}

function memoFor(base: Omit<StaffInput, 'arrivals'>): SizingMemo {
  const key = JSON.stringify(base);
  let memo = memos.get(key);
  if (memo) {
    memos.delete(key);
  } else {
    memo = { solved: new Map(), figures: new Map() };
    if (memos.size >= MEMO_INPUT_SETS) memos.delete(memos.keys().next().value!);
  }
  memos.set(key, memo);
  return memo;
}

function sizeQueueChannel(channel: ResolvedChannel, arrivals: readonly number[], intervalMinutes: number, shrinkage: number): QueueSizing {
  const base = channelStaffInput(channel, intervalMinutes, shrinkage);
  // Every solve leaves its figures in the memo, so the common case (available = required)
  // costs no second evaluation.
  const { solved, figures } = memoFor(base);
  let guess: number | undefined;
  const required = arrivals.map((a) => {
    if (a <= 0) return 0;
    let agents = solved.get(a);
    if (agents === undefined) {
      const answer = staffingSolveFrom({ ...base, arrivals: a }, guess);
      agents = answer.agents;
      solved.set(a, agents);
      figures.set(`${a}:${agents}`, { result: answer, meets: answer.meetsTargets });
    }
    guess = agents;
    return agents;
  });
  return {
    model: base.patience !== undefined ? 'erlang-a' : 'erlang-c',
    required,
    figuresAt(a, agents) {
      const key = `${a}:${agents}`;
      let hit = figures.get(key);
      if (!hit) {
        const input: StaffInput = { ...base, arrivals: a };
        const result = erlangInterval({ ...input, agents });
        hit = { result, meets: a <= 0 || meetsStaffTargets(result, input) };
        figures.set(key, hit);
      }
      return hit;
    },
  };
}

/** Shrinkage of the first pool serving the channel (0 when none does). */
function channelShrinkage(s: ResolvedScenario, channel: number): number {
  return s.pools.find((p) => p.skills.includes(channel))?.shrinkage ?? 0;
}

/** The analytic plan of a resolved scenario. Pure; the result is plain data. */
export function planScenario(s: ResolvedScenario): PlanResult {
  const count = s.intervalCount;
  const hours = s.intervalMinutes / 60;
  const shrinkages = s.channels.map((c) => channelShrinkage(s, c.index));
  const sizings = s.channels.map((channel, c) => {
    const arrivals = s.arrivals[c] ?? new Array<number>(count).fill(0);
    if (channel.kind === 'email') {
      const open = channelOpen(s.pools, c, count);
      const { required, load } = emailRequirements(channel, arrivals, open, s.intervalSeconds);
      return { kind: 'email' as const, arrivals, required, load };
    }
    return { kind: 'queue' as const, arrivals, ...sizeQueueChannel(channel, arrivals, s.intervalMinutes, shrinkages[c]) };
  });
  const available = allocateAvailable(s.pools, sizings.map((z) => z.required), count);

  const channels: ChannelPlan[] = s.channels.map((channel, c) => {
    const z = sizings[c];
    const plan: ChannelPlan = {
      channelId: channel.id, channelIndex: c, kind: channel.kind,
      model: z.kind === 'email' ? 'workload' : z.model,
      shrinkage: shrinkages[c],
      arrivals: [...z.arrivals], required: z.required,
      requiredScheduled: z.required.map((r) => scheduledFor(r, shrinkages[c])),
      available: available[c],
      serviceLevel: [], answerRate: [], asaSeconds: [], occupancy: [], meetsTargets: [],
      missingAgentHours: 0,
    };
    for (let i = 0; i < count; i++) {
      const agents = available[c][i];
      plan.missingAgentHours += Math.max(0, z.required[i] - agents) * hours;
      if (z.kind === 'email') {
        plan.serviceLevel.push(null);
        plan.answerRate.push(null);
        plan.asaSeconds.push(null);
        plan.occupancy.push(agents > 0 ? Math.min(1, z.load[i] / agents) : null);
        plan.meetsTargets.push(agents >= z.required[i]);
        continue;
      }
      const { result, meets } = z.figuresAt(z.arrivals[i], agents);
      plan.serviceLevel.push(result.serviceLevel);
      plan.answerRate.push(result.answerRate);
      plan.asaSeconds.push(result.asaSeconds);
      plan.occupancy.push(agents > 0 ? result.occupancy : null);
      plan.meetsTargets.push(meets);
    }
    return plan;
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
