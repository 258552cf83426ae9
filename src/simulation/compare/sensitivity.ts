/**
 * How sensitive the recommendation is to its inputs (docs/modelling-choices.md, "Sensitivity"):
 * each key parameter is moved to a low and a high value, the others held, and the recommended
 * strategy's service level and extra cost over the baseline are re-evaluated there with the
 * analytic engine (instant). Inputs are sorted by swing, largest first (the bars of a tornado
 * chart): the larger of the service level's move (in share: 0.05 = five points) and the extra
 * cost's move as a share of the baseline's bill, each the larger of its two ends against the
 * middle.
 *
 * The inputs: the key parameters (volume, handle time, patience, absence, the outsourcer's
 * price, the temps' productivity) at fixed ends, and each uncertain input of the scenario at the
 * least and largest value its distribution takes. What the levers are decided on (the forecast)
 * moves before them; what they cannot foresee (a price, a productivity, a world) after them.
 *
 * "Would the recommendation change" is asked of the strategies the search kept (its candidates
 * and the scenario's own): at each end, is another of them now the cheapest that meets every
 * target? The search itself is not re-run at each end (seconds each); a strategy it never
 * proposed cannot appear.
 */
import type { ResolvedScenario } from '../../scenario/model';
import type { StrategyFile } from '../../scenario/schema';
import { valueRange } from '../../scenario/uncertainty';
import { applyStrategyChecked, baselineScenario } from '../levers';
import type { StrategyScenario } from '../levers/types';
import { applyWorld } from '../uncertainty/applyWorld';
import type { World } from '../uncertainty/world';
import { createAnalyticCache } from './analyticCache';
import { type AnalyticStrategyResult, evaluateAnalytic } from './compareAnalytic';
import { recommend, rankResults } from './recommend';

/** One input moved to its two ends, and what the recommended strategy does there. */
export interface SensitivityInput {
  name: string;
  /** The input's value at each end, in its own unit (a factor, or a share for shrinkage). */
  low: number;
  high: number;
  serviceLevel: { low: number | null; high: number | null };
  /** null at an end where the strategy's levers are refused (e.g. an overtime budget no longer fits). */
  extraCost: { low: number | null; high: number | null };
  /** Whether the recommended strategy still meets every target at each end (false where refused). */
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
  /** null only when the examined strategy's levers are refused on the scenario as written. */
  extraCost: number | null;
  inputs: SensitivityInput[];
}

/**
 * An input: its two ends, and how a value acts — on the scenario before the levers
 * (`before`: what the planner forecast) or on each strategy's scenario after them (`after`: what
 * the levers cannot foresee, as a world does in the simulation: uncertainty/applyWorld.ts).
 */
export interface SensitivityParameter {
  name: string;
  low: number;
  high: number;
  before?: (s: ResolvedScenario, value: number) => ResolvedScenario;
  after?: (s: StrategyScenario, value: number) => StrategyScenario;
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
/** Every outsourcer's price (its rate, in its pricing unit) × f. */
const scaleOutsourcerPrice = (s: StrategyScenario, f: number): StrategyScenario => ({
  ...s,
  leverCosts: { ...s.leverCosts, outsourcers: s.leverCosts.outsourcers.map((o) => ({ ...o, pricing: { ...o.pricing, rate: o.pricing.rate * f } })) },
});
/** Temps work at f × their planned productivity: their handle time ÷ f. */
const scaleTempsProductivity = (s: StrategyScenario, f: number): StrategyScenario => ({
  ...s,
  pools: s.pools.map((p) => (p.kind !== 'temps' ? p : { ...p, ahtMultiplier: (p.ahtMultiplier ?? p.productive.map(() => 1)).map((m) => m / f) })),
});

/** The key parameters and their ends: what a planner is least sure of before a peak. */
export const SENSITIVITY_INPUTS: readonly SensitivityParameter[] = [
  { name: 'volume', low: 0.9, high: 1.1, before: scaleArrivals },
  { name: 'handleTime', low: 0.9, high: 1.1, before: (s, f) => scaleMeans(s, 'aht', f) },
  { name: 'patience', low: 0.8, high: 1.2, before: (s, f) => scaleMeans(s, 'patience', f) },
  { name: 'shrinkage', low: -0.05, high: 0.05, before: shiftShrinkage },
  { name: 'outsourcerPrice', low: 0.8, high: 1.2, after: scaleOutsourcerPrice },
  { name: 'tempsProductivity', low: 0.8, high: 1.2, after: scaleTempsProductivity },
];

/**
 * The scenario's uncertain inputs (its `uncertainty` block), each at the least and largest value
 * its distribution takes, the others as written (docs/model.md, "Uncertain inputs"). Names:
 * `eventFactor:<event>`, `peakHandleTime`, `peakAbsence`, `outsourcerYield`.
 */
export function uncertainInputs(s: ResolvedScenario): SensitivityParameter[] {
  const u = s.uncertainty;
  if (!u) return [];
  const asWritten: World = {
    eventFactors: Array.from({ length: u.eventEntries }, (_, k) => u.events.find((e) => e.entry === k)?.factor ?? 1),
    peakHandleTime: 1, peakAbsence: 0, outsourcerYield: 1,
  };
  const out: SensitivityParameter[] = [];
  const seen = new Set<number>();
  for (const e of u.events) {
    if (seen.has(e.entry)) continue;
    seen.add(e.entry);
    const { min, max } = valueRange(e.distribution);
    out.push({ name: `eventFactor:${e.name}`, low: min, high: max, after: (st, v) => applyWorld(st, { ...asWritten, eventFactors: asWritten.eventFactors.map((f, k) => (k === e.entry ? v : f)) }) });
  }
  const one = (name: 'peakHandleTime' | 'peakAbsence' | 'outsourcerYield') => {
    const v = u[name];
    if (v === null) return;
    const { min, max } = valueRange(v);
    out.push({ name, low: min, high: max, after: (st, x) => applyWorld(st, { ...asWritten, [name]: x }) });
  };
  one('peakHandleTime');
  one('peakAbsence');
  one('outsourcerYield');
  return out;
}

/** The larger move of the two ends from the middle (0 where a figure is missing). */
const move = (a: number | null, b: number | null, middle: number | null): number =>
  (a === null || b === null || middle === null ? 0 : Math.max(Math.abs(a - middle), Math.abs(b - middle)));

/** Which strategy to examine and which others may replace it (a comparison passes its own; default: the search's). */
export interface SensitivityChoice {
  strategyId: string;
  strategies: StrategyFile[];
}

/**
 * @param kept how many of the search's candidates are re-evaluated at each end for "would the
 *   recommendation change" (besides the baseline and the scenario's own strategies)
 * @param choice the strategy examined and the strategies re-evaluated with it; absent, the
 *   analytic search's recommendation and its best-ranked candidates
 */
/** How many of the search's candidates `wfm sensitivity` re-evaluates at each end by default. */
export const SENSITIVITY_KEPT = 8;

export function sensitivity(s: ResolvedScenario, kept = SENSITIVITY_KEPT, choice?: SensitivityChoice): Sensitivity {
  let chosen: string;
  let strategies: StrategyFile[];
  if (choice) {
    chosen = choice.strategyId;
    strategies = choice.strategies.filter((x) => x.id !== 'baseline');
  } else {
    const rec = recommend(s);
    strategies = rec.candidates.slice(0, kept + 1 + s.strategies.length).map((c) => c.strategy).filter((x) => x.id !== 'baseline');
    chosen = rec.strategyId ?? 'baseline';
  }
  // One memo of Erlang figures for every end: it is keyed by the figures' own inputs (analyticCache.ts).
  const cache = createAnalyticCache(s.intervalMinutes);
  const at = (input?: SensitivityParameter, value?: number) => {
    const scenario = input?.before ? input.before(s, value!) : s;
    const after = input?.after;
    // The baseline first, then each strategy its levers accept there (as compareAnalytic).
    const results: AnalyticStrategyResult[] = [];
    for (const st of [{ id: 'baseline', name: 'Baseline (no lever)', levers: [] }, ...strategies]) {
      const applied = st.id === 'baseline' ? { ok: true as const, scenario: baselineScenario(scenario) } : applyStrategyChecked(scenario, st);
      if (!applied.ok) continue;
      results.push(evaluateAnalytic(after ? after(applied.scenario, value!) : applied.scenario, cache, st.levers));
    }
    const base = results[0]!;
    // Where its levers are refused, the strategy has no figures there: said as null, never as
    // the baseline's figures.
    const mine = chosen === 'baseline' ? base : results.find((x) => x.id === chosen);
    const best = [...results].sort(rankResults)[0]!;
    return {
      meetsTargets: mine?.meetsTargets ?? false,
      serviceLevel: mine ? mine.serviceLevel : null,
      extraCost: mine ? mine.cost.total - base.cost.total : null,
      bill: base.cost.total,
      recommended: best.meetsTargets ? best.id : null,
    };
  };
  const middle = at();
  const inputs = [...SENSITIVITY_INPUTS, ...uncertainInputs(s)].map((input): SensitivityInput => {
    const low = at(input, input.low);
    const high = at(input, input.high);
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
