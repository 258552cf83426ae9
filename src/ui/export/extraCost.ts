/**
 * The extra cost of a strategy: what it costs over the baseline (doing nothing), over the
 * horizon. The one place this is computed, so the paired figure (cost − baseline cost per
 * replication, on common random numbers; issue 11) can replace it here alone.
 *
 * Until then: the strategy's mean cost minus the baseline's mean cost. Same mean as the paired
 * figure; no interval is given for it, since the unpaired interval would overstate the spread.
 */
import type { ComparisonOutcome } from '../simulate/types';

/** Null when the comparison has no baseline or no such strategy. */
export function extraCost(outcome: ComparisonOutcome, strategyId: string): number | null {
  const baseline = outcome.strategies.find((s) => s.source === 'baseline');
  const strategy = outcome.strategies.find((s) => s.id === strategyId);
  if (!baseline || !strategy) return null;
  return strategy.simulated.cost.total.mean - baseline.simulated.cost.total.mean;
}
