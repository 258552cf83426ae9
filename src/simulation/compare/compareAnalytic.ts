/**
 * The analytic comparison of a scenario's strategies: the baseline first (id `baseline`), then
 * each strategy of the scenario, every one with its KPIs per channel (horizon and per day),
 * pass/fail against the targets with where it fails, and its cost. All strategies share one
 * memo of Erlang figures.
 */
import type { Lever } from '../../scenario/levers';
import type { ResolvedScenario } from '../../scenario/model';
import type { Problem } from '../../scenario/problems';
import type { StrategyFile } from '../../scenario/schema';
import type { StrategyCost } from '../cost';
import { applyStrategyChecked, baselineScenario } from '../levers';
import type { StrategyScenario } from '../levers/types';
import { createAnalyticCache, type AnalyticCache } from './analyticCache';
import { evaluateStrategy } from './evaluate';
import { callbackStories, type CallbackStory } from './callbackStory';
import { evaluationCost } from './evaluationCost';
import { judgeStrategy, type ChannelFigures, type Failure } from './kpis';

export interface AnalyticStrategyResult {
  id: string;
  name: string;
  levers: Lever[];
  channels: Record<string, ChannelFigures>;
  /** Over the immediate channels (voice, chat), weighted by offered contacts. */
  serviceLevel: number | null;
  answerRate: number | null;
  meetsTargets: boolean;
  failures: Failure[];
  cost: StrategyCost;
  notes: string[];
  /** Agents moved by dynamic reallocation, most in one interval. */
  maxMoved: number;
  /** Web call back: what each call-back lever did (callbackStory.ts); absent without one. */
  callbackStories?: CallbackStory[];
}

/** Evaluates one strategy scenario (levers already applied). */
export function evaluateAnalytic(ss: StrategyScenario, cache: AnalyticCache, levers: Lever[] = []): AnalyticStrategyResult {
  const ev = evaluateStrategy(ss, cache);
  const { channels: kpis, failures, serviceLevel, answerRate } = judgeStrategy(ss, ev);
  const cost = evaluationCost(ss, ev, kpis);
  return {
    id: ss.strategyId,
    name: ss.strategyName,
    levers,
    channels: Object.fromEntries(kpis.map((k) => [k.channelId, k])),
    serviceLevel,
    answerRate,
    meetsTargets: failures.length === 0,
    failures,
    cost,
    notes: ss.notes,
    maxMoved: Math.max(0, ...ev.moved),
    ...(ss.callbacks.length > 0 ? { callbackStories: callbackStories(ss, ev) } : {}),
  };
}

export interface AnalyticComparison {
  strategies: AnalyticStrategyResult[];
  /** Strategies whose levers do not validate are left out and reported here. */
  problems: Problem[];
}

/** Baseline plus every strategy of `strategies` (default: the scenario's own). */
export function compareAnalytic(s: ResolvedScenario, strategies: StrategyFile[] = s.strategies, cache: AnalyticCache = createAnalyticCache(s.intervalMinutes)): AnalyticComparison {
  const results: AnalyticStrategyResult[] = [evaluateAnalytic(baselineScenario(s), cache)];
  const problems: Problem[] = [];
  strategies.forEach((strategy, k) => {
    if (strategy.id === 'baseline') return;
    const applied = applyStrategyChecked(s, strategy, `strategies[${k}]`);
    if (!applied.ok) { problems.push(...applied.problems); return; }
    results.push(evaluateAnalytic(applied.scenario, cache, strategy.levers));
  });
  return { strategies: results, problems };
}
