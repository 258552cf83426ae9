/**
 * How sensitive the recommendation is to its inputs (docs/modelling-choices.md, "Sensitivity"):
 * each key parameter is moved to a low and a high value, the others held, and the recommended
 * strategy's service level and extra cost over the baseline are re-evaluated there with the
 * analytic engine (instant). Inputs are sorted by swing, largest first (the bars of a tornado
 * chart): the larger of the service level's move (in share: 0.05 = five points) and the extra
 * cost's move as a share of the baseline's bill, each the larger of its two ends against the
 * middle.
 *
 * "Would the recommendation change" is asked of the strategies the search kept (its candidates
 * and the scenario's own): at each end, is another of them now the cheapest that meets every
 * target? The search itself is not re-run at each end (seconds each); a strategy it never
 * proposed cannot appear.
 */
import type { ResolvedScenario } from '../../scenario/model';
import { compareAnalytic } from './compareAnalytic';
import { recommend, rankResults } from './recommend';

/** One input moved to its two ends, and what the recommended strategy does there. */
export interface SensitivityInput {
  name: string;
  /** The input's value at each end, in its own unit (a factor, or a share for shrinkage). */
  low: number;
  high: number;
  serviceLevel: { low: number | null; high: number | null };
  extraCost: { low: number; high: number };
  /** Whether the recommended strategy still meets every target at each end. */
  meetsTargets: { low: boolean; high: boolean };
  /** Service level's move (share) or extra cost's move ÷ the baseline's bill, whichever is larger: the tornado's bar. */
  swing: number;
  /**
   * The strategy that would be recommended at each end (the cheapest of those re-evaluated that
   * meets every target), when it is another one; null when it is the same, or when none passes.
   */
  recommendationChanges: { low: string | null; high: string | null };
}

export interface Sensitivity {
  strategyId: string;
  serviceLevel: number | null;
  extraCost: number;
  inputs: SensitivityInput[];
}

/** A key parameter: its two ends, and the scenario with the input at a value. */
interface Input {
  name: string;
  low: number;
  high: number;
  apply: (s: ResolvedScenario, value: number) => ResolvedScenario;
}

const scaleArrivals = (s: ResolvedScenario, f: number): ResolvedScenario => ({ ...s, arrivals: s.arrivals.map((row) => row.map((x) => x * f)) });
const scaleMeans = (s: ResolvedScenario, key: 'aht' | 'patience', f: number): ResolvedScenario => ({
  ...s,
  channels: s.channels.map((c) => {
    const d = c[key];
    return d === null ? c : { ...c, [key]: { ...d, mean: d.mean * f } };
  }),
});
/** Absence moved by `points` (0.05 = five points) on every in-house pool: productive = scheduled × (1 − shrinkage). */
const shiftShrinkage = (s: ResolvedScenario, points: number): ResolvedScenario => ({
  ...s,
  pools: s.pools.map((p) => {
    if (p.kind !== 'inhouse') return p;
    const shrinkage = Math.min(0.95, Math.max(0, p.shrinkage + points));
    return { ...p, shrinkage, productive: p.scheduled.map((x) => Math.round(x * (1 - shrinkage))) };
  }),
});

/** The key parameters and their ends: what a planner is least sure of before a peak. */
export const SENSITIVITY_INPUTS: readonly Input[] = [
  { name: 'volume', low: 0.9, high: 1.1, apply: scaleArrivals },
  { name: 'handleTime', low: 0.9, high: 1.1, apply: (s, f) => scaleMeans(s, 'aht', f) },
  { name: 'patience', low: 0.8, high: 1.2, apply: (s, f) => scaleMeans(s, 'patience', f) },
  { name: 'shrinkage', low: -0.05, high: 0.05, apply: shiftShrinkage },
];


/** The larger move of the two ends from the middle (0 where a figure is missing). */
const move = (a: number | null, b: number | null, middle: number | null): number =>
  (a === null || b === null || middle === null ? 0 : Math.max(Math.abs(a - middle), Math.abs(b - middle)));

/**
 * @param kept how many of the search's candidates are re-evaluated at each end for "would the
 *   recommendation change" (besides the baseline and the scenario's own strategies)
 */
export function sensitivity(s: ResolvedScenario, kept = 8): Sensitivity {
  const rec = recommend(s);
  const strategies = rec.candidates.slice(0, kept + 1 + s.strategies.length).map((c) => c.strategy).filter((x) => x.id !== 'baseline');
  const chosen = rec.strategyId ?? 'baseline';
  const at = (scenario: ResolvedScenario) => {
    // The baseline first, then each strategy its levers accept there (compareAnalytic).
    const results = compareAnalytic(scenario, strategies).strategies;
    const base = results[0]!;
    const mine = results.find((x) => x.id === chosen) ?? base;
    const best = [...results].sort(rankResults)[0]!;
    return {
      meetsTargets: mine.meetsTargets,
      serviceLevel: mine.serviceLevel,
      extraCost: mine.cost.total - base.cost.total,
      bill: base.cost.total,
      recommended: best.meetsTargets ? best.id : null,
    };
  };
  const middle = at(s);
  const inputs = SENSITIVITY_INPUTS.map((input): SensitivityInput => {
    const low = at(input.apply(s, input.low));
    const high = at(input.apply(s, input.high));
    const changed = (end: typeof low) => (end.recommended !== null && end.recommended !== middle.recommended ? end.recommended : null);
    return {
      name: input.name,
      low: input.low,
      high: input.high,
      serviceLevel: { low: low.serviceLevel, high: high.serviceLevel },
      extraCost: { low: low.extraCost, high: high.extraCost },
      meetsTargets: { low: low.meetsTargets, high: high.meetsTargets },
      swing: Math.max(move(low.serviceLevel, high.serviceLevel, middle.serviceLevel), move(low.extraCost, high.extraCost, middle.extraCost) / Math.max(middle.bill, 1)),
      recommendationChanges: { low: changed(low), high: changed(high) },
    };
  });
  inputs.sort((a, b) => b.swing - a.swing);
  return { strategyId: chosen, serviceLevel: middle.serviceLevel, extraCost: middle.extraCost, inputs };
}
