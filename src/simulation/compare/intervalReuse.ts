/**
 * Reusing one interval's evaluation across intervals, candidates and stressed worlds (issue 14,
 * "the analytic search reusing per-interval results across candidates"). An interval of the
 * evaluation (evaluateInterval.ts) reads:
 *
 * - the scenario's structure, the same in every interval: the channels, the pools' kinds and
 *   skills, the lever rules without their windows, the interval length (`intervalStructure`);
 * - the interval's inputs: each channel's arrivals (repeat contacts included), each pool's
 *   productive head-count and handle-time multiplier, whether each rule is in force, and each
 *   deferrable channel's keep-up need for the day (`fillKey`);
 * - the Erlang answers of the analytic cache, functions of the above.
 *
 * It writes only index i of the per-interval series, and two things that run across intervals:
 * the pools' handled volumes (sums, so the order of additions matters to the last bit) and the
 * deferrable queues (made on first use, in order). So an interval's outcome is the values it
 * left at index i plus the log of those two, in order (`readOutcome`); replaying the log
 * (`replayOutcome`) leaves the state exactly as evaluating the interval would have.
 *
 * Web call back carries tasks from interval to interval (callbacks.ts): a strategy with a
 * call-back lever is evaluated interval by interval without reuse.
 */
import type { StrategyScenario } from '../levers/types';
import type { AnalyticCache } from './analyticCache';
import { MemoKey, type IntervalTable } from './intervalMemo';
import { deferredQueue, type EvaluationState } from './evaluationState';
import { evaluateInterval } from './evaluateInterval';

/**
 * What an interval being recorded did to the state's running totals, in order: handled volumes
 * as (pool, contacts, minutes), deferrable queue work as (channel, pool or −1, aht, arrivals,
 * capacity, count, (pool, share) × count).
 */
export interface IntervalLog {
  handled: number[];
  queues: number[];
  /** (channel, need) where the interval set `lastNeed`: not an outcome, the next search's start. */
  needs: number[];
}

/** JSON with −0 kept apart from 0, so that the structure key loses nothing. */
const exact = (_: string, v: unknown) => (Object.is(v, -0) ? '-0' : v);

/** Everything an interval reads that is the same in every interval of the strategy scenario. */
export function intervalStructure(s: StrategyScenario): string {
  const withoutWindow = <T extends { active: boolean[] }>({ active: _, ...rest }: T) => rest;
  return JSON.stringify([
    s.intervalMinutes, s.intervalSeconds, s.channels,
    s.pools.map((p) => [p.index, p.kind, p.skills]),
    s.routing.map(withoutWindow), s.reallocation.map(withoutWindow), s.deflection.map(withoutWindow),
  ], exact);
}

/** The key's length for `s`: see `fillKey`. */
function keyLength(s: StrategyScenario, deferrable: boolean[]): number {
  return s.channels.length + 2 * s.pools.length + s.routing.length + s.reallocation.length + s.deflection.length
    + deferrable.filter(Boolean).length;
}

/** Writes interval i's inputs into `key` (keyLength numbers). */
function fillKey(state: EvaluationState, extra: number[][] | undefined, i: number, key: Float64Array): void {
  const { s } = state;
  let k = 0;
  // arrivalsAt (evaluationState.ts), written out: this runs for every interval of every evaluation.
  for (let c = 0; c < s.channels.length; c++) key[k++] = s.arrivals[c][i] + (extra === undefined ? 0 : extra[c][i]);
  for (const p of s.pools) {
    key[k++] = p.productive[i];
    key[k++] = p.ahtMultiplier?.[i] ?? 1;
  }
  for (const r of s.routing) key[k++] = r.active[i] ? 1 : 0;
  for (const r of s.reallocation) key[k++] = r.active[i] ? 1 : 0;
  for (const r of s.deflection) key[k++] = r.active[i] ? 1 : 0;
  const day = Math.floor(i / s.intervalsPerDay);
  for (let c = 0; c < s.channels.length; c++) if (state.deferrable[c]) key[k++] = state.keepUp[c][day];
}

/** Per channel, the series values an interval leaves at its index (then `allocated`). */
const PER_CHANNEL = 9;

/** The outcome of interval i, read from the state just after evaluating it with `log` on. */
function readOutcome(state: EvaluationState, i: number, log: IntervalLog): Float64Array {
  const { s, series } = state;
  const C = s.channels.length;
  const outsourcers = [...state.outsourced.values()];
  const out = new Float64Array(C * PER_CHANNEL + 1 + outsourcers.length * C + 3 + log.handled.length + log.queues.length + log.needs.length);
  let k = 0;
  for (let c = 0; c < C; c++) {
    const x = series[c];
    out[k++] = x.offered[i]; out[k++] = x.answered[i]; out[k++] = x.withinSl[i]; out[k++] = x.waitSeconds[i];
    out[k++] = x.busyAgents[i]; out[k++] = x.agents[i]; out[k++] = x.unstable[i] ? 1 : 0; out[k++] = x.lost[i];
    out[k++] = state.allocated[c][i];
  }
  out[k++] = state.moved[i];
  for (const byChannel of outsourcers) for (let c = 0; c < C; c++) out[k++] = byChannel[c][i];
  out[k++] = log.handled.length;
  out.set(log.handled, k);
  k += log.handled.length;
  out[k++] = log.queues.length;
  out.set(log.queues, k);
  k += log.queues.length;
  out[k++] = log.needs.length;
  out.set(log.needs, k);
  return out;
}

/** Leaves the state as evaluating interval i did when `outcome` was read. */
function replayOutcome(state: EvaluationState, i: number, outcome: Float64Array): void {
  const { s, series, handled } = state;
  const C = s.channels.length;
  let k = 0;
  for (let c = 0; c < C; c++) {
    const x = series[c];
    x.offered[i] = outcome[k++]; x.answered[i] = outcome[k++]; x.withinSl[i] = outcome[k++]; x.waitSeconds[i] = outcome[k++];
    x.busyAgents[i] = outcome[k++]; x.agents[i] = outcome[k++]; x.unstable[i] = outcome[k++] === 1; x.lost[i] = outcome[k++];
    state.allocated[c][i] = outcome[k++];
  }
  state.moved[i] = outcome[k++];
  for (const byChannel of state.outsourced.values()) for (let c = 0; c < C; c++) byChannel[c][i] = outcome[k++];
  const handledEnd = k + 1 + outcome[k++];
  while (k < handledEnd) {
    const pool = outcome[k++];
    handled[pool].contacts += outcome[k++];
    handled[pool].minutes += outcome[k++];
  }
  const queuesEnd = k + 1 + outcome[k++];
  while (k < queuesEnd) {
    const channel = outcome[k++];
    const pool = outcome[k++];
    const q = deferredQueue(state, channel, pool < 0 ? null : pool, outcome[k++]);
    q.arrivals[i] += outcome[k++];
    q.capacity[i] += outcome[k++];
    const shares = outcome[k++];
    let supplies = q.supplies[i];
    if (supplies === undefined) {
      supplies = [];
      q.supplies[i] = supplies;
    }
    for (let j = 0; j < 2 * shares; j++) supplies.push(outcome[k++]);
  }
  const needsEnd = k + 1 + outcome[k++];
  while (k < needsEnd) {
    const c = outcome[k++];
    state.lastNeed[c] = outcome[k++];
  }
}

/**
 * Evaluates the strategy's intervals one by one, each from `cache`'s interval memo when the same
 * structure met the same inputs before (any strategy, any world), else evaluated and kept.
 * Without a memo (reuse off) or with web call back, plainly interval by interval.
 */
export function evaluateIntervals(state: EvaluationState, cache: AnalyticCache, extra: number[][] | undefined): void {
  const { s } = state;
  const table: IntervalTable | null = cache.intervals !== null && s.callbacks.length === 0 ? cache.intervals.table(intervalStructure(s)) : null;
  if (table === null) {
    for (let i = 0; i < s.intervalCount; i++) evaluateInterval(state, cache, extra, i);
    return;
  }
  const key = new MemoKey(keyLength(s, state.deferrable));
  const log: IntervalLog = { handled: [], queues: [], needs: [] };
  for (let i = 0; i < s.intervalCount; i++) {
    fillKey(state, extra, i, key.values);
    const known = table.find(key);
    if (known !== undefined) {
      replayOutcome(state, i, known);
      continue;
    }
    log.handled.length = 0;
    log.queues.length = 0;
    log.needs.length = 0;
    state.log = log;
    evaluateInterval(state, cache, extra, i);
    state.log = null;
    table.store(key, readOutcome(state, i, log));
  }
}
