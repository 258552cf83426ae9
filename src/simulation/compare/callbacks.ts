/**
 * Web call back in the analytic evaluation: an approximation of the simulator's rule
 * (des/callback.ts; docs/model.md, "Levers" 5, and docs/modelling-choices.md, "Web call back").
 *
 * In each interval where the rule is in force, on the in-house voice stream (λ arrivals, N agents):
 * - Offered: the callers still waiting when their wait reaches X, p_X: Erlang A's share neither
 *   answered nor gone by X (erlangA's `probReach`, exact for the steady state), Erlang C's
 *   1 − SL(X) without patience. It is taken at N agents for the live arrivals λ′ = λ − accepted,
 *   found by a few fixed-point steps (accepting callers shortens the queue, which offers fewer
 *   call backs); the accepted callers' X seconds of load before they leave are not counted.
 * - Accepted = λ·p_X × the accept share; they leave the live stream (λ′), which the Erlang
 *   figures then serve. They held X seconds: that is their wait when they are reached.
 * - Work: each accepted task needs (1 + f) attempts on average (f the fail share, one retry),
 *   (1 − f)·AHT·m + f·failed-attempt seconds each; 1 − f² are reached, f² fail twice.
 * - Capacity: the idle time the Erlang figures leave the in-house voice agents (N × (1 − occupancy))
 *   serves the tasks first-in first-out across intervals (like the deferrable queues of
 *   deferred.ts); what it uses is no longer idle for email. After the horizon the last interval's
 *   voice agents, all idle, drain what is left (for at most 60 days).
 * - A task served k intervals after its acceptance interval is kept with the probability that its
 *   wait, k interval lengths give or take the spread of acceptance and service inside their
 *   intervals, is ≤ W (`keptShare`); late otherwise (tasks never served are late).
 * - Priority: before the live calls of interval k are served, the waiting tasks whose promise
 *   ends within the urgent margin by the end of k (acceptance taken mid-interval) take agents
 *   from the live stream (oldest first, at most all of them); the live Erlang figures are then
 *   those of the agents left.
 * Not modelled: the retry delay, the queue carried from one interval to the next (each interval
 * is a steady state), and callers offered while the window opens.
 */
import type { ResolvedChannel } from '../../scenario/model';
import type { CallbackRule } from '../levers/types';
import { chatServers } from '../erlang/chat';
import { erlangA } from '../erlang/erlangA';
import { erlangCMetrics } from '../erlang/erlangC';
import { trafficErlangs } from '../erlang/interval';
import { bill, type EvaluationState, type SupplyShare } from './evaluationState';

const EPS = 1e-12;
const BISECTION_STEPS = 30;
const TAIL_DAYS = 60;

/** One rule's tasks waiting, oldest first (a cohort per acceptance interval). */
export interface CallbackWork {
  rule: CallbackRule;
  /** Agent-seconds one accepted task takes, attempts included. */
  secondsPerTask: number;
  cohorts: { interval: number; left: number }[];
  head: number;
}

export function callbackWork(state: EvaluationState): CallbackWork[] {
  return state.s.callbacks.map((rule) => {
    const c = state.s.channels[rule.channelIndex];
    const f = rule.failShare;
    const attempt = (1 - f) * c.aht.mean * rule.ahtMultiplier + f * rule.failedAttemptSeconds;
    return { rule, secondsPerTask: attempt * (1 + f), cohorts: [], head: 0 };
  });
}

/**
 * The share of arrivals still waiting when their wait reaches X: Erlang A's `probReach` with
 * patience, Erlang C's 1 − SL(X) without (1 when it has no steady state); a fractional agent
 * count interpolates the whole counts around it, as the other figures do.
 */
export function reachShare(c: ResolvedChannel, arrivals: number, ahtSeconds: number, agents: number, intervalMinutes: number, x: number): number {
  const traffic = trafficErlangs(arrivals, intervalMinutes, ahtSeconds);
  const at = (n: number): number => {
    const servers = chatServers(n, c.concurrency);
    if (c.patience) return erlangA({ traffic, servers, ahtSeconds, patienceSeconds: c.patience.mean, slSeconds: x }).probReach;
    const m = erlangCMetrics(traffic, servers, ahtSeconds, x);
    return m === null ? 1 : 1 - m.serviceLevel;
  };
  const lo = Math.floor(agents + 1e-9);
  const f = agents - lo;
  return f < 1e-9 ? at(lo) : at(lo) * (1 - f) + at(lo + 1) * f;
}

/**
 * Interval i: the rule offers call backs to the live stream of its channel (λ arrivals, N agents);
 * returns the live arrivals left.
 */
export function offerCallbacks(state: EvaluationState, w: CallbackWork, i: number, arrivals: number, ahtSeconds: number, agents: number): number {
  const rule = w.rule;
  if (!rule.active[i] || arrivals <= 0) return arrivals;
  const c = state.s.channels[rule.channelIndex];
  // live = λ − s·λ·p(live): the left side rises with `live`, the right falls, so one root, found by bisection.
  const offeredAt = (live: number) => arrivals * reachShare(c, live, ahtSeconds, agents, state.s.intervalMinutes, rule.offerAfterSeconds);
  let lo = 0;
  let hi = arrivals;
  for (let step = 0; step < BISECTION_STEPS; step++) {
    const mid = (lo + hi) / 2;
    if (mid < arrivals - offeredAt(mid) * rule.acceptShare) lo = mid; else hi = mid;
  }
  const live = (lo + hi) / 2;
  const offered = offeredAt(live);
  const accepted = Math.max(0, arrivals - live);
  const series = state.series[c.index].callbacks!;
  series.offered[i] += offered;
  series.accepted[i] += accepted;
  if (accepted > EPS) w.cohorts.push({ interval: i, left: accepted });
  return live;
}

/**
 * The share of a cohort served in interval k kept, accepted in interval i: acceptance and call
 * back each fall uniformly in their interval, so the wait is (k − i)·L + (U − U′), U − U′
 * triangular on [−L, L]; `d` = (W − (k − i)·L) ÷ L, and the share is P(U − U′ ≤ d·L).
 */
export function keptShare(d: number): number {
  if (d <= -1) return 0;
  if (d >= 1) return 1;
  return d < 0 ? (1 + d) ** 2 / 2 : 1 - (1 - d) ** 2 / 2;
}

/** Serves `capacity` tasks' worth of the oldest cohorts in interval k (k ≥ horizon: the drain). */
function serve(state: EvaluationState, w: CallbackWork, k: number, capacity: number, supplies: SupplyShare[], keptOverride?: (interval: number) => number | null): number {
  const s = state.s;
  const rule = w.rule;
  const c = rule.channelIndex;
  const series = state.series[c];
  const f = rule.failShare;
  let cap = capacity;
  let used = 0;
  while (cap > EPS && w.head < w.cohorts.length) {
    const cohort = w.cohorts[w.head];
    const take = Math.min(cap, cohort.left);
    cohort.left -= take;
    cap -= take;
    used += take;
    const reached = take * (1 - f * f);
    series.answered[cohort.interval] += reached;
    series.waitSeconds[cohort.interval] += reached * rule.offerAfterSeconds;
    series.callbacks!.failed[cohort.interval] += take * f * f;
    // Attempts (billed per attempt) when the tasks are dialled, not when accepted: a task never
    // called costs no telephony, as in the simulator. One attempt, and a retry for a share f.
    series.callbacks!.attempts[cohort.interval] += take * (1 + f);
    const kept = reached * (keptOverride?.(cohort.interval) ?? keptShare((rule.promiseSeconds - (k - cohort.interval) * s.intervalSeconds) / s.intervalSeconds));
    series.callbacks!.kept[cohort.interval] += kept;
    series.callbacks!.late[cohort.interval] += reached - kept;
    if (cohort.left <= EPS) w.head++;
  }
  const total = supplies.reduce((a, b) => a + b.share, 0);
  for (const sp of supplies) {
    const part = total > 0 ? (used * sp.share) / total : 0;
    bill(state, sp.pool, part, (part * w.secondsPerTask) / 60);
  }
  if (k < s.intervalCount) series.busyAgents[k] += (used * w.secondsPerTask) / s.intervalSeconds;
  series.callbacks!.workSeconds[Math.min(k, s.intervalCount - 1)] += used * w.secondsPerTask;
  return used;
}

/**
 * Interval k, before live calls are served: the tasks whose promise ends within the urgent margin
 * by the end of the interval (accepted mid-interval) take agents from the live stream, oldest
 * first; returns the agents they took (the live stream has that many fewer).
 */
export function serveUrgentCallbacks(state: EvaluationState, w: CallbackWork, k: number, agents: number, supplies: SupplyShare[]): number {
  const L = state.s.intervalSeconds;
  const rule = w.rule;
  if (agents <= 0 || w.head >= w.cohorts.length) return 0;
  // Urgent by the end of interval k: accepted mid-interval, urgent W − margin later.
  const urgentBy = (interval: number, end: number) => end - (interval + 0.5) * L >= rule.promiseSeconds - rule.urgentSeconds;
  let urgent = 0;
  for (let j = w.head; j < w.cohorts.length; j++) {
    const cohort = w.cohorts[j];
    if (!urgentBy(cohort.interval, (k + 1) * L)) break;
    urgent += cohort.left;
  }
  if (urgent <= EPS) return 0;
  // A cohort that turns urgent in this interval is called back as it turns urgent, before its
  // promise ends (with a margin): kept. One urgent since an earlier interval has waited: the spread.
  const kept = (interval: number) => (rule.urgentSeconds > 0 && !urgentBy(interval, k * L) ? 1 : null);
  const used = serve(state, w, k, Math.min(urgent, (agents * L) / w.secondsPerTask), supplies, kept);
  return (used * w.secondsPerTask) / L;
}

/**
 * Interval i: the idle time of the channel's `agents` in-house voice agents (`idleShare` of it)
 * serves waiting tasks; returns the idle share left for other deferrable work.
 */
export function serveCallbacks(state: EvaluationState, w: CallbackWork, i: number, agents: number, idleShare: number, supplies: SupplyShare[]): number {
  if (agents <= 0 || w.head >= w.cohorts.length) return idleShare;
  const L = state.s.intervalSeconds;
  const idleSeconds = agents * Math.max(0, idleShare) * L;
  const used = serve(state, w, i, idleSeconds / w.secondsPerTask, supplies);
  return Math.max(0, idleShare - (used * w.secondsPerTask) / (agents * L));
}

/**
 * After the horizon: the last interval's agents of the in-house pools serving the channel, with
 * no live call left, drain the tasks (the last head-count holds, docs/model.md "Time"); the
 * rest, never dialled, are late.
 */
export function drainCallbacks(state: EvaluationState, w: CallbackWork): void {
  const s = state.s;
  const last = s.intervalCount - 1;
  const supplies: SupplyShare[] = [];
  for (const p of state.inhouse) {
    if (last >= 0 && p.skills.includes(w.rule.channelIndex) && p.productive[last] > 0) supplies.push({ pool: p.index, share: p.productive[last] / (p.ahtMultiplier?.[last] ?? 1) });
  }
  const agents = supplies.reduce((a, b) => a + b.share, 0);
  const perInterval = (agents * s.intervalSeconds) / w.secondsPerTask;
  if (perInterval > EPS) {
    for (let k = s.intervalCount; k < s.intervalCount + TAIL_DAYS * s.intervalsPerDay && w.head < w.cohorts.length; k++) {
      serve(state, w, k, perInterval, supplies);
    }
  }
  const late = state.series[w.rule.channelIndex].callbacks!.late;
  for (let j = w.head; j < w.cohorts.length; j++) late[w.cohorts[j].interval] += w.cohorts[j].left;
}
