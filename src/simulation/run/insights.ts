/**
 * The comparison step's decision aids, run in the compare worker after a comparison (never on the
 * page's thread): the sensitivity of the recommended strategy to every input (the tornado chart,
 * compare/sensitivity.ts) and the price of waiting for each lever decided ahead
 * (compare/priceOfWaiting.ts). Both analytic: seconds, not a simulation.
 */
import { resolveScenario } from '../../scenario/resolve';
import type { ScenarioFile, StrategyFile } from '../../scenario/schema';
import { decisionAidsProblem } from '../compare/decisionAidsWork';
import { priceOfWaiting, type PriceOfWaiting } from '../compare/priceOfWaiting';
import { sensitivity, type Sensitivity } from '../compare/sensitivity';
import type { JobProgress, JobResult } from './jobTypes';

export interface InsightsRequest {
  scenario: ScenarioFile;
  /** The strategy examined (the comparison's recommendation). */
  strategyId: string;
  /** It and the strategies that may replace it at an input's end (a few of the comparison's). */
  strategies: StrategyFile[];
}

export interface DecisionInsights {
  sensitivity: Sensitivity;
  priceOfWaiting: PriceOfWaiting;
}

/** How many of the comparison's strategies besides the recommended one are re-evaluated at each end. */
export const INSIGHT_ALTERNATIVES = 4;

export function insightsJob(req: InsightsRequest, onProgress: (p: JobProgress) => void = () => {}): JobResult<DecisionInsights> {
  const s = resolveScenario(req.scenario);
  // Refused before starting when they would run for minutes (limits.ts, DECISION_AIDS_WORK).
  const tooMuch = decisionAidsProblem(s, req.strategies.length);
  if (tooMuch !== null) return { kind: 'error', message: tooMuch };
  onProgress({ phase: 'analytic', done: 0, total: 2 });
  const sens = sensitivity(s, 0, { strategyId: req.strategyId, strategies: req.strategies });
  onProgress({ phase: 'analytic', done: 1, total: 2 });
  const waiting = priceOfWaiting(s);
  onProgress({ phase: 'analytic', done: 2, total: 2 });
  return { kind: 'done', result: { sensitivity: sens, priceOfWaiting: waiting } };
}
