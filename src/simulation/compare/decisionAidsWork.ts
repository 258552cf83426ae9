/**
 * The decision aids' work, bounded before they start (docs/limits.md, `DECISION_AIDS_WORK`): the
 * sensitivity evaluates every strategy it examines at both ends of each input, the price of
 * waiting bisects sizes at weekly dates for each lever kind. Each evaluation costs about
 * channels × intervals Erlang answers (most from the cache), so on a year at 15 minutes they
 * would run for minutes; the count here is an upper bound of theirs.
 */
import { DECISION_AIDS_WORK } from '../../scenario/limits';
import type { ResolvedScenario } from '../../scenario/model';
import { WAITING_EVALUATIONS } from './priceOfWaiting';
import { SENSITIVITY_INPUTS, uncertainInputs } from './sensitivity';

/** At most how many evaluations the sensitivity (with `strategies` examined besides the baseline) and the price of waiting make. */
export function decisionAidsEvaluations(s: ResolvedScenario, strategies: number): number {
  const ends = 2 * (SENSITIVITY_INPUTS.length + uncertainInputs(s).length) + 1;
  return ends * (1 + strategies) + WAITING_EVALUATIONS;
}

/** The refusal when the decision aids would pass their work budget; null when they fit. */
export function decisionAidsProblem(s: ResolvedScenario, strategies: number): string | null {
  const work = decisionAidsEvaluations(s, strategies) * s.channels.length * s.intervalCount;
  if (work <= DECISION_AIDS_WORK.max) return null;
  return `the sensitivity and the price of waiting would evaluate about ${work.toLocaleString('en-US')} channel-intervals, above the limit of ${DECISION_AIDS_WORK.max.toLocaleString('en-US')}: ${DECISION_AIDS_WORK.reason}`;
}
