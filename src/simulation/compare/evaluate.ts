/**
 * The one analytic evaluation of a strategy scenario, interval by interval (Erlang C / A), read by
 * the Staffing page and `wfm plan` (plan/), the comparison and the lever search alike, so a
 * scenario shows one figure everywhere (docs/model.md, "Analytic engine"). The levers' rules are
 * honoured approximately — the DES gives the exact answer — one step each (evaluateInterval.ts):
 * chat standby, share and whole-channel routing, dynamic reallocation, overflow to an outsourcer
 * above a queue or a wait, the outsourcers' agents, web call back (callbacks.ts). Deferrable channels (email, callback) are a
 * fluid first-in first-out queue over the horizon (evaluationState.ts, deferred.ts). An
 * outsourcer resolving fewer contacts at first contact than the channel sends its repeats back
 * (`evaluateStrategy`). Agent counts are effective (head-count ÷ handle-time multiplier); a
 * fractional count interpolates the figures of the whole counts around it.
 */
import type { StrategyScenario } from '../levers/types';
import type { AnalyticCache } from './analyticCache';
import { drainCallbacks } from './callbacks';
import { evaluateIntervals } from './intervalReuse';
import { createEvaluationState, serveDeferredQueues } from './evaluationState';
import type { StrategyEvaluation } from './evaluationTypes';
import { zeros } from './zeros';

export { deferredWindows, isDeferrable, type ChannelSeries, type StrategyEvaluation } from './evaluationTypes';

/** Evaluates the strategy once; `extra[c][i]` are additional arrivals (repeat contacts). */
export function evaluateOnce(s: StrategyScenario, cache: AnalyticCache, extra?: number[][]): StrategyEvaluation {
  const state = createEvaluationState(s, extra);
  evaluateIntervals(state, cache, extra);
  for (const w of state.callbacks) drainCallbacks(state, w);
  const deferred = serveDeferredQueues(state);
  return { channels: state.series, deferred, handled: state.handled, moved: state.moved, allocated: state.allocated, outsourced: state.outsourced };
}

/**
 * Repeat contacts an outsourcer causes: of the contacts it answered, the share it leaves
 * unresolved beyond the channel's own (fcr gap) comes back after the channel's repeat delay, at
 * the next interval the channel is open. The forecast already holds the in-house repeats.
 */
function outsourcerRepeats(s: StrategyScenario, first: StrategyEvaluation): number[][] | null {
  const worse = s.leverCosts.outsourcers.filter((o) => s.pools[o.poolIndex].skills.some((c) => s.channels[c].fcr > o.fcr));
  if (worse.length === 0) return null;
  const extra = s.channels.map(() => zeros(s.intervalCount));
  for (const o of worse) {
    for (const c of s.pools[o.poolIndex].skills) {
      const ch = s.channels[c];
      const lag = Math.round(ch.repeatDelaySeconds / s.intervalSeconds);
      const missing = Math.max(0, ch.fcr - o.fcr);
      const answered = first.outsourced.get(o.poolIndex)?.[c] ?? [];
      for (let i = 0; i + lag < s.intervalCount; i++) {
        let at = i + lag;
        while (at < s.intervalCount && s.arrivals[c][at] <= 0) at++;
        if (at < s.intervalCount) extra[c][at] += (answered[i] ?? 0) * missing;
      }
    }
  }
  return extra;
}

/** The evaluation, with a second pass when an outsourcer's unresolved contacts come back. */
export function evaluateStrategy(s: StrategyScenario, cache: AnalyticCache): StrategyEvaluation {
  const first = evaluateOnce(s, cache);
  const extra = outsourcerRepeats(s, first);
  return extra === null ? first : evaluateOnce(s, cache, extra);
}
