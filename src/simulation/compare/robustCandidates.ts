/**
 * Candidates sized for the uncertain peak (docs/model.md, "Uncertain inputs"). The analytic
 * search reads the forecast as written (the most likely world), so its candidates meet the
 * targets in about the worlds that are no worse than that one. For the recommendation at a
 * confidence, the search also runs in stressed worlds — every uncertain input at the same
 * quantile q on its adverse side (uncertainty/world.ts, `adverseWorld`), for q = 80%, 90%, 95%
 * and the confidence asked — and its cheapest passing candidates there join the strategies the
 * simulator confirms, applied to the scenario as written, so that they meet the same worlds as
 * every other strategy. A joint quantile q is more adverse than the q-quantile of the outcome,
 * so these candidates tend to be more than q sure: the simulation says how much.
 *
 * A stressed world differs from the forecast only on its event days, so the searches share one
 * analytic cache when given one (comparison.ts): the other days' intervals are reused.
 */
import { SEARCH_WORK } from '../../scenario/limits';
import type { ResolvedScenario } from '../../scenario/model';
import type { StrategyFile } from '../../scenario/schema';
import { applyWorld } from '../uncertainty/applyWorld';
import type { AnalyticCache } from './analyticCache';
import { adverseWorld } from '../uncertainty/world';
import { CONFIDENCE_LEVELS, recommend } from './recommend';

/** Passing candidates taken from each stressed search. */
export const PER_STRESSED_SEARCH = 2;

/** What a candidate does: two candidates with the same levers are one, whatever their ids. */
const leversKey = (strategy: StrategyFile) => JSON.stringify(strategy.levers);

/**
 * Strategy files found by the searches in stressed worlds, cheapest first within each level,
 * leaving out those whose levers are already among `known`. A search's ids name the lever and
 * its size, not its window, and a stressed world's window is often wider: a candidate whose id
 * is taken by different levers gets the level in its id (`-q90`). Empty when the scenario states
 * no uncertainty.
 */
export function robustCandidates(s: ResolvedScenario, known: readonly StrategyFile[], cache?: AnalyticCache): StrategyFile[] {
  const u = s.uncertainty;
  if (!u) return [];
  const seen = new Set(known.map(leversKey));
  const ids = new Set(known.map((k) => k.id));
  const out: StrategyFile[] = [];
  const levels = [...new Set([...CONFIDENCE_LEVELS, u.confidence])].sort((a, b) => a - b);
  // The stressed searches share one search's work budget (limits.ts, SEARCH_WORK), so a
  // comparison with uncertainty does at most twice the work of one without.
  const budget = Math.floor(SEARCH_WORK.max / levels.length);
  for (const q of levels) {
    const stressed = applyWorld(s, adverseWorld(u, q));
    const found = recommend(stressed, s.strategies, budget, cache).candidates
      .filter((c) => c.result.meetsTargets && c.result.id !== 'baseline' && !seen.has(leversKey(c.strategy)))
      .slice(0, PER_STRESSED_SEARCH);
    for (const c of found) {
      const id = ids.has(c.strategy.id) ? `${c.strategy.id}-q${Math.round(q * 100)}` : c.strategy.id;
      if (ids.has(id)) continue;
      seen.add(leversKey(c.strategy));
      ids.add(id);
      out.push({ ...c.strategy, id });
    }
  }
  return out;
}
