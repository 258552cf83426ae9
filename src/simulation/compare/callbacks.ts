/**
 * Web call back in the analytic evaluation: an approximation of the simulator's rule
 * (des/callback.ts; docs/model.md, "Levers" 5, and docs/modelling-choices.md, "Web call back").
 *
 * In each interval where the rule is in force, on the in-house voice stream (λ arrivals, N agents):
 * - Offered: the callers whose wait reaches X, p_X = 1 − SL(X) − (1 − answer rate)(1 − e^(−X/θ)):
 *   of the callers not answered within X, those who abandoned before X are taken out, assuming
 *   the abandons spread over waits like patience itself (θ its mean; no patience, no abandon).
 *   The figures are Erlang's at N agents for the live arrivals λ′ = λ − accepted, found by a few
 *   fixed-point steps (accepting callers shortens the queue, which offers fewer call backs).
 * - Accepted = λ·p_X × the accept share; they leave the live stream (λ′), which the Erlang
 *   figures then serve. They held X seconds: that is their wait when they are reached.
 * - Work: each accepted task needs (1 + f) attempts on average (f the fail share, one retry),
 *   (1 − f)·AHT·m + f·failed-attempt seconds each; 1 − f² are reached, f² fail twice.
 * - Capacity: the idle time the Erlang figures leave the in-house voice agents (N × (1 − occupancy))
 *   serves the tasks first-in first-out across intervals (like the deferrable queues of
 *   deferred.ts); what it uses is no longer idle for email. After the horizon the last interval's
 *   voice agents, all idle, drain what is left (for at most 60 days).
 * - A task served k intervals after its acceptance interval waited k interval lengths; it is kept
 *   when that is ≤ W, late otherwise (tasks never served are late).
 * Not modelled: the priority margin (urgent tasks going before live calls: the analytic view only
 * uses idle time, so it is pessimistic on promises and optimistic on the live service level when
 * tasks must push in), the retry delay, and callers offered while the window opens.
 */
import type { ResolvedChannel } from '../../scenario/model';
import type { CallbackRule } from '../levers/types';
import type { QueueFigures } from './analyticCache';
import type { EvaluationState, SupplyShare } from './evaluationState';

const EPS = 1e-12;
const FIXED_POINT_STEPS = 4;
const TAIL_DAYS = 60;

/** One rule's tasks waiting, oldest first (a cohort per acceptance interval). */
export interface CallbackWork {
  rule: CallbackRule;
  /** Agent-seconds one accepted task takes, attempts included. */
  secondsPerTask: number;
  cohorts: { interval: number; left: number }[];
  head: number;
}

/** The channel with its service-level threshold at X, so the cache answers SL(X). */
const atX = new WeakMap<ResolvedChannel, Map<number, ResolvedChannel>>();
function channelAtX(c: ResolvedChannel, x: number): ResolvedChannel {
  let byX = atX.get(c);
  if (!byX) { byX = new Map(); atX.set(c, byX); }
  let v = byX.get(x);
  if (!v) {
    v = { ...c, targets: { ...c.targets, serviceLevel: { share: c.targets.serviceLevel?.share ?? 0.8, seconds: x } } };
    byX.set(x, v);
  }
  return v;
}

export function callbackWork(state: EvaluationState): CallbackWork[] {
  return state.s.callbacks.map((rule) => {
    const c = state.s.channels[rule.channelIndex];
    const f = rule.failShare;
    const attempt = (1 - f) * c.aht.mean * rule.ahtMultiplier + f * rule.failedAttemptSeconds;
    return { rule, secondsPerTask: attempt * (1 + f), cohorts: [], head: 0 };
  });
}

/** The share of arrivals still waiting when their wait reaches X (see the header). */
export function reachShare(c: ResolvedChannel, x: number, f: QueueFigures): number {
  const abandonedBefore = c.patience ? (1 - f.answerRate) * (1 - Math.exp(-x / c.patience.mean)) : 0;
  return Math.min(1, Math.max(0, 1 - f.serviceLevel - abandonedBefore));
}

/**
 * Interval i: the rule offers call backs to the live stream of its channel (λ arrivals, N agents);
 * returns the live arrivals left. `figures(channel, arrivals)` gives Erlang's figures at N.
 */
export function offerCallbacks(state: EvaluationState, w: CallbackWork, i: number, arrivals: number, figures: (c: ResolvedChannel, arrivals: number) => QueueFigures): number {
  const rule = w.rule;
  if (!rule.active[i] || arrivals <= 0) return arrivals;
  const c = state.s.channels[rule.channelIndex];
  const cx = channelAtX(c, rule.offerAfterSeconds);
  let live = arrivals;
  let offered = 0;
  for (let step = 0; step < FIXED_POINT_STEPS; step++) {
    offered = arrivals * reachShare(c, rule.offerAfterSeconds, figures(cx, live));
    live = Math.max(0, arrivals - offered * rule.acceptShare);
  }
  const accepted = arrivals - live;
  const series = state.series[c.index].callbacks!;
  series.offered[i] += offered;
  series.accepted[i] += accepted;
  series.attempts[i] += accepted * (1 + rule.failShare);
  if (accepted > EPS) w.cohorts.push({ interval: i, left: accepted });
  return live;
}

/** Serves `capacity` tasks' worth of the oldest cohorts in interval k (k ≥ horizon: the drain). */
function serve(state: EvaluationState, w: CallbackWork, k: number, capacity: number, supplies: SupplyShare[]): number {
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
    if ((k - cohort.interval) * s.intervalSeconds <= rule.promiseSeconds + EPS) series.callbacks!.kept[cohort.interval] += reached;
    else series.callbacks!.late[cohort.interval] += reached;
    if (cohort.left <= EPS) w.head++;
  }
  const total = supplies.reduce((a, b) => a + b.share, 0);
  for (const sp of supplies) {
    const part = total > 0 ? (used * sp.share) / total : 0;
    state.handled[sp.pool].contacts += part;
    state.handled[sp.pool].minutes += (part * w.secondsPerTask) / 60;
  }
  if (k < s.intervalCount) series.busyAgents[k] += (used * w.secondsPerTask) / s.intervalSeconds;
  return used;
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
