/**
 * The price of waiting (docs/model.md, "The price of waiting"): for each lever kind decided ahead
 * — temps (recruitment lead time, paid training, ramp-up) and outsourcing (contract lead time,
 * onboarding) — the cheapest extra cost that still meets every target, as a function of the
 * decision date, with the analytic engine.
 *
 * For a decision date, the lever alone is sized by bisection on its size (temps hired, agents
 * contracted) over a grid, since meeting the targets never gets harder with more of it; the
 * smallest size that meets every target is the cheapest at that date (cost grows with size).
 * Dates run weekly, from a few weeks before the lead times bite to the first day that needs the
 * lever; the last date that still works is found day by day (bisection with the largest size),
 * assuming that deciding later never helps. Levers come from the search's own templates
 * (candidates.ts), so prices and delays are the scenario's when it has a lever of that kind.
 */
import type { ResolvedScenario } from '../../scenario/model';
import { LeverSchema, TempsSchema } from '../../scenario/levers';
import type { StrategyFile } from '../../scenario/schema';
import { applyStrategyChecked, baselineScenario } from '../levers';
import { dateOfDay, dayIndex } from '../levers/window';
import { createAnalyticCache } from './analyticCache';
import { failingWindow, outsourcingLever, tempsLever } from './candidates';
import { evaluateAnalytic } from './compareAnalytic';

export type WaitingLeverKind = 'temps' | 'outsourcing';

export interface WaitingPoint {
  /** Decision date, ISO. */
  date: string;
  /** Cheapest extra cost over the baseline that meets every target when deciding then; null: the lever alone no longer can. */
  extraCost: number | null;
  /** The size that does it (temps hired, outsourced agents); null with extraCost. */
  size: number | null;
}

export interface WaitingLever {
  kind: WaitingLeverKind;
  points: WaitingPoint[];
  /** The last decision date at which the lever alone still meets every target; null when it never does. */
  lastDate: string | null;
  /** What each week of waiting adds, between consecutive feasible weekly points (date = the later one). */
  perWeek: { from: string; to: string; extraCost: number }[];
}

export interface PriceOfWaiting {
  /** null when the baseline already meets every target: nothing to wait for. */
  window: { start: string; end: string; channel: string } | null;
  levers: WaitingLever[];
}

/** Sizes tried: 1, then steps of 5 up to the largest. */
export const WAITING_SIZES = { temps: { step: 5, max: 150 }, outsourcing: { step: 5, max: 150 } } as const;
/** Weekly decision dates at most, before the latest that could still act. */
const WEEKS = 8;

/**
 * At most how many evaluations `priceOfWaiting` makes (its work budget counts them,
 * decisionAidsWork.ts): the baseline; per lever kind and weekly date, the largest size and a
 * bisection over the sizes' grid (its last step repeated, from the memo); then a bisection over
 * the days of a week for the last date.
 */
export const WAITING_EVALUATIONS = 1 + 2 * ((WEEKS + 1) * (2 + Math.ceil(Math.log2(1 + Math.max(...Object.values(WAITING_SIZES).map((x) => x.max / x.step))))) + 3);

export function priceOfWaiting(s: ResolvedScenario): PriceOfWaiting {
  const cache = createAnalyticCache(s.intervalMinutes);
  const baseline = evaluateAnalytic(baselineScenario(s), cache);
  if (baseline.meetsTargets) return { window: null, levers: [] };
  const w = failingWindow(s, baseline);
  const need = dayIndex(s.startDate, w.start);
  const evaluations = new Map<string, number | null>();
  /** Extra cost of the strategy when it meets every target; null otherwise. */
  const extraIfMet = (strategy: StrategyFile): number | null => {
    const key = JSON.stringify(strategy.levers);
    if (evaluations.has(key)) return evaluations.get(key)!;
    const applied = applyStrategyChecked(s, strategy);
    const result = applied.ok ? evaluateAnalytic(applied.scenario, cache, strategy.levers) : null;
    const extra = result?.meetsTargets ? result.cost.total - baseline.cost.total : null;
    evaluations.set(key, extra);
    return extra;
  };
  const build = (kind: WaitingLeverKind, size: number, day: number): StrategyFile => {
    const date = dateOfDay(s.startDate, day);
    const lever = kind === 'temps' ? tempsLever(s, w.channel, size, date) : outsourcingLever(s, w.channel, size, w.start, w.end, date);
    return { id: `waiting-${kind}-${size}-${date}`, name: `${kind} ${size} ${date}`, levers: [LeverSchema.parse(lever)] };
  };
  const sizes = (kind: WaitingLeverKind) => {
    const { step, max } = WAITING_SIZES[kind];
    return [1, ...Array.from({ length: Math.floor(max / step) }, (_, k) => (k + 1) * step)];
  };
  /** The smallest size meeting every target on `day`, by bisection over the grid; null when even the largest does not. */
  const cheapest = (kind: WaitingLeverKind, day: number): WaitingPoint => {
    const grid = sizes(kind);
    const date = dateOfDay(s.startDate, day);
    const top = extraIfMet(build(kind, grid[grid.length - 1]!, day));
    if (top === null) return { date, extraCost: null, size: null };
    let lo = -1; // index known to fail (−1: none tried)
    let hi = grid.length - 1; // index known to pass
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (extraIfMet(build(kind, grid[mid]!, day)) !== null) hi = mid; else lo = mid;
    }
    return { date, extraCost: extraIfMet(build(kind, grid[hi]!, day)), size: grid[hi]! };
  };
  // How long before the need a decision starts to bite: temps recruit and train (then ramp up),
  // an outsourcer's contract has its lead time.
  const temps = TempsSchema.parse(tempsLever(s, w.channel, 1, s.startDate));
  const outsourcing = LeverSchema.parse(outsourcingLever(s, w.channel, 1, w.start, w.end)) as Extract<ReturnType<typeof LeverSchema.parse>, { kind: 'outsourcing' }>;
  const lead: Record<WaitingLeverKind, number> = {
    temps: Math.ceil(temps.leadTimeDays + temps.trainingDays + temps.rampDays),
    outsourcing: Math.ceil(outsourcing.leadTimeDays),
  };
  const levers = (['temps', 'outsourcing'] as const).map((kind): WaitingLever => {
    // Weekly dates ending the day before the need, going back past the lead time.
    const last = need - 1;
    const weeks = Math.min(WEEKS, Math.ceil(lead[kind] / 7) + 3);
    const days = Array.from({ length: weeks + 1 }, (_, k) => last - 7 * (weeks - k));
    const points = days.map((d) => cheapest(kind, d));
    // The last date that works: between the last feasible weekly point and the next one.
    const lastFeasible = points.map((p) => p.extraCost !== null).lastIndexOf(true);
    let lastDate: string | null = null;
    if (lastFeasible >= 0) {
      const top = sizes(kind)[sizes(kind).length - 1]!;
      let good = days[lastFeasible]!;
      let bad = lastFeasible + 1 < days.length ? days[lastFeasible + 1]! : good + 1;
      if (lastFeasible + 1 >= days.length) bad = good + 1;
      while (bad - good > 1) {
        const mid = Math.floor((good + bad) / 2);
        if (extraIfMet(build(kind, top, mid)) !== null) good = mid; else bad = mid;
      }
      lastDate = dateOfDay(s.startDate, good);
    }
    const perWeek: WaitingLever['perWeek'] = [];
    for (let k = 1; k < points.length; k++) {
      const a = points[k - 1]!;
      const b = points[k]!;
      if (a.extraCost !== null && b.extraCost !== null) perWeek.push({ from: a.date, to: b.date, extraCost: b.extraCost - a.extraCost });
    }
    return { kind, points, lastDate, perWeek };
  });
  return { window: w, levers };
}
