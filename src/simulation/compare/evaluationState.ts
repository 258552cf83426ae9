/**
 * What the evaluation accumulates over the horizon (series, volumes handled, agents moved) and
 * the deferrable channels' queues: email and callback are worked first-in first-out across
 * intervals and days, so their intervals are collected first and served at the end.
 */
import type { PoolVolume } from '../cost';
import type { StrategyScenario } from '../levers/types';
import { supplyOrder } from './allocate';
import { sessionSeconds } from './analyticCache';
import { callbackWork, type CallbackWork } from './callbacks';
import { fluidQueue, type DeferredResult } from './deferred';
import { deferredWindows, isDeferrable, type ChannelSeries } from './evaluationTypes';
import type { IntervalLog } from './intervalReuse';
import { zeros } from './zeros';

/** Who supplies a share of a queue's capacity in an interval, for billing what it handles. */
export interface SupplyShare {
  pool: number;
  share: number;
}

/** One fluid queue of a deferrable channel: in-house (pool null) or one outsourcer's. */
export interface DeferredQueue {
  channel: number;
  pool: number | null;
  arrivals: number[];
  /** Contacts the queue's agents can serve per interval. */
  capacity: number[];
  aht: number;
  /**
   * Per interval, who supplied the capacity, as (pool, share) pairs in one flat list (made on
   * first use: a queue has a few hundred thousand intervals on a year, most without supply).
   */
  supplies: (number[] | undefined)[];
}

export interface EvaluationState {
  s: StrategyScenario;
  series: ChannelSeries[];
  handled: PoolVolume[];
  moved: number[];
  allocated: number[][];
  outsourced: Map<number, number[][]>;
  deferrable: boolean[];
  /** By channel (in-house) or channel and outsourcer pool; creation order is the merge order. */
  queues: Map<number, DeferredQueue>;
  /** Per deferrable channel, per day: agents needed to keep up with the day's work. */
  keepUp: number[][];
  /** Per channel: the last interval's need, where the next interval's search starts. */
  lastNeed: (number | undefined)[];
  /** The in-house pools (every pool but the outsourcers), in scenario order. */
  inhouse: StrategyScenario['pools'];
  /** The order the allocation uses the in-house pools in (allocate.ts). */
  inhouseOrder: number[];
  /** Web call back: each rule's tasks waiting (callbacks.ts). */
  callbacks: CallbackWork[];
  /** While an interval is recorded for reuse (intervalReuse.ts): its running totals, in order. */
  log: IntervalLog | null;
}

function emptySeries(n: number): ChannelSeries {
  const z = () => zeros(n);
  return { offered: z(), answered: z(), withinSl: z(), waitSeconds: z(), busyAgents: z(), agents: z(), unstable: new Array<boolean>(n).fill(false), lost: z() };
}

/** Arrivals of channel `c` in interval `i`, repeat contacts (`extra`) included. */
export const arrivalsAt = (s: StrategyScenario, extra: number[][] | undefined, c: number, i: number) => s.arrivals[c][i] + (extra?.[c][i] ?? 0);

/**
 * A deferrable channel's keep-up need per day: the day's workload spread over the day's staffed
 * intervals, what it must get so its backlog does not grow.
 */
function keepUpNeeds(s: StrategyScenario, extra: number[][] | undefined, deferrable: boolean[]): number[][] {
  const inhouse = s.pools.filter((p) => p.kind !== 'outsourcer');
  return s.channels.map((c) => {
    const needs = new Array<number>(s.days).fill(0);
    if (!deferrable[c.index]) return needs;
    const serving = inhouse.filter((p) => p.skills.includes(c.index));
    const aht = sessionSeconds(c);
    for (let d = 0; d < s.days; d++) {
      let work = 0;
      let staffed = 0;
      for (let j = 0; j < s.intervalsPerDay; j++) {
        const i = d * s.intervalsPerDay + j;
        work += arrivalsAt(s, extra, c.index, i) * aht;
        for (const p of serving) {
          if (p.productive[i] > 0) { staffed++; break; }
        }
      }
      needs[d] = staffed > 0 ? work / (staffed * s.intervalSeconds) : 0;
    }
    return needs;
  });
}

export function createEvaluationState(s: StrategyScenario, extra: number[][] | undefined): EvaluationState {
  const n = s.intervalCount;
  const deferrable = s.channels.map(isDeferrable);
  const inhouse = s.pools.filter((p) => p.kind !== 'outsourcer');
  const outsourced = new Map<number, number[][]>();
  for (const p of s.pools) if (p.kind === 'outsourcer') outsourced.set(p.index, s.channels.map(() => zeros(n)));
  const series = s.channels.map(() => emptySeries(n));
  for (const rule of s.callbacks) {
    const z = () => zeros(n);
    series[rule.channelIndex].callbacks = { offered: z(), accepted: z(), kept: z(), late: z(), failed: z(), attempts: z(), workSeconds: z() };
  }
  const state: EvaluationState = {
    s,
    series,
    handled: s.pools.map(() => ({ contacts: 0, minutes: 0 })),
    moved: zeros(n),
    allocated: s.channels.map(() => zeros(n)),
    outsourced,
    deferrable,
    queues: new Map(),
    keepUp: keepUpNeeds(s, extra, deferrable),
    lastNeed: s.channels.map(() => undefined),
    inhouse,
    inhouseOrder: supplyOrder(inhouse),
    callbacks: [],
    log: null,
  };
  state.callbacks = callbackWork(state);
  return state;
}

/** The fluid queue of (channel, in-house | outsourcer pool), made on first use. */
export function deferredQueue(state: EvaluationState, channel: number, pool: number | null, aht: number): DeferredQueue {
  const n = state.s.intervalCount;
  const key = pool === null ? channel : state.s.channels.length * (pool + 1) + channel;
  let q = state.queues.get(key);
  if (!q) {
    q = { channel, pool, arrivals: zeros(n), capacity: zeros(n), aht, supplies: new Array(n).fill(undefined) };
    state.queues.set(key, q);
  }
  return q;
}

const NONE: readonly number[] = [];

/** Books contacts and minutes handled by `pool` (logged when the interval is recorded). */
export function bill(state: EvaluationState, pool: number, contacts: number, minutes: number): void {
  state.handled[pool].contacts += contacts;
  state.handled[pool].minutes += minutes;
  state.log?.handled.push(pool, contacts, minutes);
}

/**
 * Adds interval i's work to the fluid queue of (channel, pool): arrivals, capacity (contacts the
 * agents can serve) and who supplies it (logged when the interval is recorded).
 */
export function queueWork(state: EvaluationState, channel: number, pool: number | null, aht: number, i: number, arrivals: number, capacity: number, shares: SupplyShare[]): void {
  const q = deferredQueue(state, channel, pool, aht);
  q.arrivals[i] += arrivals;
  q.capacity[i] += capacity;
  let supplies = q.supplies[i];
  if (supplies === undefined) {
    supplies = [];
    q.supplies[i] = supplies;
  }
  for (const sp of shares) supplies.push(sp.pool, sp.share);
  const log = state.log;
  if (log !== null) {
    log.queues.push(channel, pool ?? -1, aht, arrivals, capacity, shares.length);
    for (const sp of shares) log.queues.push(sp.pool, sp.share);
  }
}

/**
 * Serves every deferrable channel's queues over the horizon, first-in first-out, and books what
 * they answered: the channel's series, busy agents, and the volume each supplying pool handled.
 */
export function serveDeferredQueues(state: EvaluationState): (DeferredResult | null)[] {
  const { s, series, handled } = state;
  const n = s.intervalCount;
  return s.channels.map((c) => {
    if (!state.deferrable[c.index]) return null;
    const mine = [...state.queues.values()].filter((q) => q.channel === c.index);
    const windows = deferredWindows(c);
    const results = mine.map((q) => fluidQueue(q.arrivals, q.capacity, s.intervalsPerDay, s.intervalSeconds, windows));
    const merged: DeferredResult = {
      served: zeros(n),
      days: Array.from({ length: s.days }, () => ({ offered: 0, within: windows.map(() => 0), responseSecondsSum: 0, answered: 0, backlog: 0 })),
    };
    results.forEach((r, k) => {
      const q = mine[k];
      const out = series[c.index];
      for (let i = 0; i < r.served.length; i++) {
        const x = r.served[i];
        merged.served[i] += x;
        out.answered[i] += x;
        const supplies = q.supplies[i] ?? NONE;
        let total = 0;
        for (let j = 1; j < supplies.length; j += 2) total += supplies[j];
        for (let j = 0; j < supplies.length; j += 2) {
          const pool = supplies[j];
          const part = total > 0 ? (x * supplies[j + 1]) / total : 0;
          handled[pool].contacts += part;
          handled[pool].minutes += (part * q.aht) / 60;
        }
        if (q.capacity[i] > 0) out.busyAgents[i] += (x * q.aht) / s.intervalSeconds;
      }
      r.days.forEach((d, j) => {
        const m = merged.days[j];
        m.offered += d.offered; m.answered += d.answered; m.responseSecondsSum += d.responseSecondsSum; m.backlog += d.backlog;
        d.within.forEach((w, t) => { m.within[t] += w; });
      });
    });
    return merged;
  });
}
