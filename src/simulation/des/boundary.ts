/**
 * What happens at an interval boundary (docs/model.md, "Head-count"): the clock interval advances, pools
 * take their new head-counts (agents who join take the longest-waiting contacts at once), the
 * end-of-day backlog is recorded, and lever rules that start or stop at the boundary act. Once
 * per interval, so it lives outside the engine's hot loop.
 */
import { BOUNDARY } from './events';
import type { EngineState } from './state';
import { transfersAtBoundary } from './levers';

/**
 * Sets pool p's head-count. If the pool is no longer above it, chat agents with a free session
 * take waiting chats; then agents who join take the longest-waiting contacts.
 */
export function staff(e: EngineState, p: number, headCount: number): void {
  const agents = e.agents;
  const wasOver = agents.over[p] > 0;
  const joined = e.joined;
  const n = agents.setHeadCount(p, headCount, joined);
  if (wasOver && agents.over[p] === 0 && agents.multiSession[p] === 1) fillSessions(e, p);
  for (let i = 0; i < n; i++) e.offerWork(joined[i]);
}

/**
 * Pool p has just come back to its head-count (no departure owed): agents holding chat sessions,
 * who took none while it was above, take waiting chats up to their concurrency. Rare (once per
 * drop at most), so a scan of the pool is fine.
 */
export function fillSessions(e: EngineState, p: number): void {
  const agents = e.agents;
  for (let a = agents.poolStart[p]; a < agents.poolEnd[p]; a++) if (agents.sessions[a] > 0) e.offerWork(a);
}

/** Boundary k: the end of interval k − 1 (k = intervals: the horizon, where the drain starts). */
export function boundary(e: EngineState, k: number, now: number): void {
  const agents = e.agents;
  const P = e.heads.length;
  const C = e.channelWaiting.length;
  for (let p = 0; p < P; p++) agents.integrate(p, e.iv);
  e.reallocation?.integrate(now, e.iv);
  const perDay = e.s.intervalsPerDay;
  if (perDay > 0 && k % perDay === 0) {
    if (k / perDay <= e.s.days) for (let c = 0; c < C; c++) e.rec.backlog[c][k / perDay - 1] = e.channelWaiting[c];
    // A new day: every stream starts its day's substream before anything is drawn (random/streams.ts).
    e.dailyStreams.startDay(k / perDay);
    e.ruleStreams.startDay(k / perDay);
  }
  if (k < e.intervals) {
    e.iv = k;
    e.ruleIv = k;
    for (let c = 0; c < C; c++) e.rec.maxQueue[c * e.intervals + k] = e.channelWaiting[c];
    for (let p = 0; p < P; p++) staff(e, p, e.heads[p][k] ?? 0);
    e.heap.push((k + 1) * e.intervalSeconds, BOUNDARY, BOUNDARY, k + 1, 0);
    if (e.routingRules !== null) transfersAtBoundary(e, k, now);
    e.reallocation?.boundary(now, k, e.iv);
  } else {
    // The drain: email is not worked after the horizon (engine.ts).
    e.iv = e.intervals;
    e.ruleIv = e.intervals - 1;
    for (let l = 0; l < e.laneChannel.length; l++) if (e.setup[e.laneChannel[l]].isEmail) e.open[l] = 0;
  }
}
