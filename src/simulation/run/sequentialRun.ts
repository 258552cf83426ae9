/**
 * The sequential comparison as the comparison flow uses it (run/comparison.ts): its settings for
 * a comparison, the partial results streamed after each round, and the recommendation's
 * confidence. The procedure itself is compare/sequential.ts.
 */
import type { ComparisonEntry, ComparisonPlan, ConfirmedRecommendation } from '../compare/comparison';
import {
  confidenceSentence, SEQUENTIAL_DEFAULTS, stopSentence, type SequentialSettings, type SequentialState, type StopReason, type StrategyDecision,
} from '../compare/sequential';
import type { SimulatedStrategyResult } from '../compare/simulated';

/** false: off; otherwise settings over the defaults (`maximum` is always the run's replications). */
export type SequentialOption = false | Partial<Omit<SequentialSettings, 'maximum'>> | undefined;

/** How the procedure ended: how sure the recommendation is, and whether the maximum cut it short. */
export interface SequentialOutcome {
  confidence: number | null;
  maximumReached: boolean;
  /** The strategy the confidence is about (the procedure's incumbent). */
  incumbent: string | null;
}

/** One strategy in a round's partial results. */
export interface PartialStrategy {
  id: string;
  name: string;
  source: ComparisonEntry['source'];
  replications: number;
  /** null while it still runs. */
  stoppedBecause: string | null;
  stop: StopReason | null;
  /** On the replications so far. */
  meetsTargets: boolean;
  cost: number;
}

/** A round's partial results, the recommendation provisional until `provisional` is false. */
export interface PartialComparison {
  strategies: PartialStrategy[];
  recommendation: { strategyId: string | null; confidence: number | null; provisional: boolean };
}

/**
 * The settings for a comparison, or null when off. The cost zone is a share of the baseline's
 * analytic cost (known before any simulation, so every round judges with the same zone). With
 * uncertain inputs the goal is the confidence asked (`plan.confidence`): the procedure then
 * judges each strategy's share of worlds (compare/sequentialWorlds.ts).
 */
export function sequentialSettings(option: SequentialOption, plan: Pick<ComparisonPlan, 'entries' | 'confidence'>): Omit<SequentialSettings, 'maximum'> | null {
  if (option === false) return null;
  const baselineCost = plan.entries.find((e) => e.source === 'baseline')?.analytic.cost.total ?? 0;
  const { costZoneShare, ...defaults } = SEQUENTIAL_DEFAULTS;
  return { ...defaults, costZone: costZoneShare * Math.abs(baselineCost), probabilityGoal: plan.confidence ?? null, ...option };
}

/** How the procedure ended, from its last state and the run's maximum. */
export function sequentialOutcome(state: SequentialState, maximum: number): SequentialOutcome {
  return { confidence: state.confidence, maximumReached: state.next >= maximum, incumbent: state.incumbent };
}

/**
 * A simulated result with why the procedure gave it no more replications (its decision), or
 * without a reason when the procedure was off (a result kept from a sequential run loses its own).
 */
export function markStop(result: SimulatedStrategyResult, decision: StrategyDecision | undefined): void {
  if (decision?.stopped) {
    result.stoppedBecause = stopSentence(decision.stopped);
    result.stop = decision.stopped;
  } else {
    delete result.stoppedBecause;
    delete result.stop;
  }
}

export function partialComparison(
  entries: readonly ComparisonEntry[], state: SequentialState, counts: readonly number[],
): PartialComparison {
  return {
    // Strategies settled first (stopped, in stopping order of the list), then those still running.
    strategies: entries.map((e, k): PartialStrategy => {
      const d = state.decisions[k]!;
      return {
        id: e.strategy.id,
        name: e.scenario.strategyName,
        source: e.source,
        replications: Math.min(d.replications, counts[k]!),
        stoppedBecause: d.stopped ? stopSentence(d.stopped) : null,
        stop: d.stopped,
        meetsTargets: d.meets,
        cost: d.cost,
      };
    }).sort((a, b) => Number(a.stop === null) - Number(b.stop === null)),
    recommendation: { strategyId: state.incumbent, confidence: state.confidence, provisional: !state.done },
  };
}

/**
 * The recommendation with how sure it is right (`probabilityCorrect`; `confidence` is the
 * confidence asked of an uncertain scenario, compare/comparison.ts): a field, and the sentence after the first (which names
 * the strategy) says how sure it is. Without the procedure (or without a strategy meeting every
 * target), unchanged but for a null.
 */
export function withConfidence(recommendation: ConfirmedRecommendation, outcome: SequentialOutcome | null): ConfirmedRecommendation & { probabilityCorrect: number | null } {
  // Claimed only for the strategy it was computed for (the same rule picks both: the cheapest
  // meeting every target on the means, or, with uncertain inputs, the cheapest reaching the
  // confidence asked: compare/sequentialWorlds.ts).
  const picked = recommendation.confidence !== undefined ? recommendation.reachesConfidence === true : recommendation.meetsTargets;
  const probabilityCorrect = outcome && picked && outcome.incumbent === recommendation.strategyId ? outcome.confidence : null;
  if (probabilityCorrect === null || outcome === null) return { ...recommendation, probabilityCorrect: null };
  // A bound of 0 proves nothing (too few worlds to prove the confidence asked): the field says 0, no sentence.
  if (probabilityCorrect <= 0) return { ...recommendation, probabilityCorrect };
  const sentence = confidenceSentence(probabilityCorrect, true, outcome.maximumReached);
  const [first, ...rest] = recommendation.reasons;
  return { ...recommendation, probabilityCorrect, reasons: [first!, sentence, ...rest] };
}
