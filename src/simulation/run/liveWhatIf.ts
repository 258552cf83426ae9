/**
 * Live what-if: every strategy's analytic verdict and extra cost over doing nothing, recomputed
 * on every lever edit. Fast because little is recomputed: the Erlang cache and the baseline live
 * as long as the scenario apart from its strategies is unchanged, and a strategy whose levers did
 * not change keeps its figures — a slider move re-evaluates one strategy on a warm cache.
 */
import type { ResolvedScenario } from '../../scenario/model';
import type { ScenarioFile } from '../../scenario/schema';
import { createAnalyticCache, type AnalyticCache } from '../compare/analyticCache';
import { evaluateAnalytic, type AnalyticStrategyResult } from '../compare/compareAnalytic';
import type { Failure } from '../compare/kpis';
import { applyStrategyChecked, baselineScenario } from '../levers';
import { contentHash, engineInput } from './hash';

export interface LiveFigures {
  meetsTargets: boolean;
  failures: Failure[];
  /** Analytic cost over the horizon, and over the baseline's (same currency). */
  total: number;
  extraCost: number;
  currency: string;
}

export type LiveResult = { ok: true; figures: LiveFigures } | { ok: false };

const figuresOf = (r: AnalyticStrategyResult, baseline: AnalyticStrategyResult): LiveFigures => ({
  meetsTargets: r.meetsTargets,
  failures: r.failures,
  total: r.cost.total,
  extraCost: r.cost.total - baseline.cost.total,
  currency: r.cost.currency,
});

/** The scenario without its strategies: what the cache and the baseline depend on. */
export const baseKeyOf = (scenario: ScenarioFile) => contentHash({ ...engineInput(scenario), strategies: [] });

export interface LiveWhatIf {
  /** The baseline's and each valid strategy's figures, by strategy id ('baseline' first). */
  figures(scenario: ScenarioFile, resolved: ResolvedScenario): Map<string, LiveResult>;
}

export function createLiveWhatIf(): LiveWhatIf {
  let baseKey = '';
  let cache: AnalyticCache | null = null;
  let baseline: AnalyticStrategyResult | null = null;
  const byStrategy = new Map<string, { levers: string; result: LiveResult }>();

  return {
    figures(scenario, resolved) {
      const key = baseKeyOf(scenario);
      if (key !== baseKey || cache === null || baseline === null) {
        baseKey = key;
        cache = createAnalyticCache(resolved.intervalMinutes);
        baseline = evaluateAnalytic(baselineScenario(resolved), cache);
        byStrategy.clear();
      }
      const out = new Map<string, LiveResult>([['baseline', { ok: true, figures: figuresOf(baseline, baseline) }]]);
      resolved.strategies.forEach((strategy, k) => {
        const levers = JSON.stringify(strategy.levers);
        const known = byStrategy.get(strategy.id);
        if (known && known.levers === levers) { out.set(strategy.id, known.result); return; }
        const applied = applyStrategyChecked(resolved, strategy, `strategies[${k}]`);
        const result: LiveResult = applied.ok
          ? { ok: true, figures: figuresOf(evaluateAnalytic(applied.scenario, cache!, strategy.levers), baseline!) }
          : { ok: false };
        byStrategy.set(strategy.id, { levers, result });
        out.set(strategy.id, result);
      });
      return out;
    },
  };
}
