/**
 * The comparison shows costs on top of doing nothing by default (a manager's question: "what
 * does it cost me?"), the total over the horizon one click away. One place says which figure
 * each view reads, so the headline, the table and the charts agree.
 */
import type { Estimate } from '../../simulation/stats';
import type { StrategyOutcome } from '../../simulation/run/jobTypes';

export type CostView = 'extra' | 'total';

/** The views in the order of the toggle; their words are messages `comparison.viewExtra`, `comparison.viewTotal`. */
export const COST_VIEWS: { view: CostView; label: string }[] = [
  { view: 'extra', label: 'comparison.viewExtra' },
  { view: 'total', label: 'comparison.viewTotal' },
];

const ZERO: Estimate = { mean: 0, ci95: 0, p10: 0, p50: 0, p90: 0 };

/** The strategy's cost in the view: paired extra over the baseline, or its total. */
export function costIn(o: StrategyOutcome, view: CostView): Estimate {
  if (view === 'total') return o.simulated.cost.total;
  return o.simulated.extra?.extraCost ?? ZERO;
}

/** Per cost item, the strategy's mean minus the baseline's (the items add up to the extra cost). */
export function breakdownIn(o: StrategyOutcome, baseline: StrategyOutcome, view: CostView): Record<string, number> {
  const own = o.simulated.cost.breakdown;
  const base = baseline.simulated.cost.breakdown;
  // A result kept before an item existed (the call-back line) has none of it: 0.
  return Object.fromEntries(Object.entries(own).map(([key, e]) => [key, view === 'total' ? e.mean : e.mean - ((base as Partial<typeof base>)[key as keyof typeof base]?.mean ?? 0)]));
}
