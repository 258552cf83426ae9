/**
 * The recommendation: a bounded search over the levers' parameters with the analytic engine.
 *
 * Candidates (candidates.ts) are single levers on the days where the baseline fails — temps
 * count × decision date, outsourced agents, overtime hours, reallocation M — and mixes of the
 * closest single ones. Every candidate, the baseline and the scenario's own strategies are
 * evaluated with one shared memo; the answer is the cheapest that meets every target, the
 * cost-versus-service frontier (Pareto: no other is both cheaper and better served), the latest
 * decision dates that still work, or, when nothing passes, the one that comes closest. The
 * evaluated list is returned so the simulator can confirm the best candidates.
 */
import { SEARCH_WORK } from '../../scenario/limits';
import type { ResolvedScenario } from '../../scenario/model';
import type { StrategyFile } from '../../scenario/schema';
import { applyStrategyChecked } from '../levers';
import { createAnalyticCache, type AnalyticCache } from './analyticCache';
import { decisionSweep, mixCandidates, singleCandidates } from './candidates';
import { compareAnalytic, evaluateAnalytic, type AnalyticStrategyResult } from './compareAnalytic';

/** Lever kinds decided ahead of the peak (recruitment, a contract), with their latest dates. */
export interface DecisionDates { temps: string | null; outsourcing: string | null }

export interface FrontierPoint { strategyId: string; cost: number; serviceLevel: number | null; answerRate: number | null }

export interface Recommendation {
  strategyId: string | null;
  meetsTargets: boolean;
  cost: number | null;
  reasons: string[];
  frontier: FrontierPoint[];
  /**
   * For each lever kind that must be decided ahead, the latest decision date that still meets
   * the targets, whichever strategy uses it (the comparison keeps, in its recommendation, only
   * the kinds the recommended strategy uses: comparison.ts).
   */
  latestDecisionDate: DecisionDates;
  /** Every strategy evaluated, cheapest passing first, then the closest failing ones. */
  candidates: { strategy: StrategyFile; result: AnalyticStrategyResult }[];
}

const gapOf = (r: AnalyticStrategyResult) => r.failures.reduce((t, f) => t + f.gap, 0);

/** Strictly ranked: passing before failing, then cheaper, then smaller gap. */
export function rankResults(a: AnalyticStrategyResult, b: AnalyticStrategyResult): number {
  if (a.meetsTargets !== b.meetsTargets) return a.meetsTargets ? -1 : 1;
  if (!a.meetsTargets) return gapOf(a) - gapOf(b) || a.cost.total - b.cost.total;
  return a.cost.total - b.cost.total;
}

/** Points no other point beats on both cost (lower) and service level (higher). */
export function paretoFrontier(points: FrontierPoint[]): FrontierPoint[] {
  const sorted = [...points].sort((a, b) => a.cost - b.cost || (b.serviceLevel ?? 0) - (a.serviceLevel ?? 0));
  const out: FrontierPoint[] = [];
  let best = -Infinity;
  for (const p of sorted) {
    const sl = p.serviceLevel ?? 0;
    if (sl > best + 1e-12) { out.push(p); best = sl; }
  }
  return out;
}

const money = (x: number, currency: string) => `${Math.round(x).toLocaleString('en-US')} ${currency}`;

/**
 * @param workBudget channel-intervals the search may evaluate beyond the scenario's own
 *   strategies (limits.ts, SEARCH_WORK); tests pass a small one
 * @param cache Erlang answers and interval outcomes to share with other searches of the same
 *   scenario (its stressed worlds: comparison.ts); pure memoisation, results never depend on it
 */
export function recommend(
  s: ResolvedScenario, strategies: StrategyFile[] = s.strategies, workBudget: number = SEARCH_WORK.max,
  cache: AnalyticCache = createAnalyticCache(s.intervalMinutes),
): Recommendation {
  const own = compareAnalytic(s, strategies, cache);
  const baseline = own.strategies[0];
  const evaluated: { strategy: StrategyFile; result: AnalyticStrategyResult }[] = own.strategies.map((result) => ({
    strategy: { id: result.id, name: result.name, levers: result.levers },
    result,
  }));
  // A candidate its levers refuse on this scenario (a budget: levers/overtime.ts) is left out,
  // and so is every candidate past the search's own work budget (counted, and said).
  const perCandidate = Math.max(1, s.intervalCount * s.channels.length);
  let allowed = Math.floor(workBudget / perCandidate);
  let skipped = 0;
  const run = (strategy: StrategyFile): AnalyticStrategyResult | null => {
    if (allowed <= 0) { skipped++; return null; }
    allowed--;
    const applied = applyStrategyChecked(s, strategy);
    if (!applied.ok) return null;
    const result = evaluateAnalytic(applied.scenario, cache, strategy.levers);
    evaluated.push({ strategy, result });
    return result;
  };
  const reasons: string[] = [];
  let latest: DecisionDates = { temps: null, outsourcing: null };
  if (baseline.meetsTargets) {
    reasons.push('The baseline already meets every target in the analytic view: no lever is needed (confirm with the simulation).');
  } else {
    const failDays = [...new Set(baseline.failures.flatMap((f) => f.days))].sort();
    reasons.push(`The baseline misses ${baseline.failures.map((f) => `${f.channelId} ${f.target}`).join(', ')} on ${failDays.length} day(s), ${failDays[0]} to ${failDays[failDays.length - 1]}.`);
    for (const strategy of singleCandidates(s, baseline)) run(strategy);
    for (const strategy of mixCandidates(evaluated, rankResults)) run(strategy);
    latest = decisionSweep(s, evaluated, run);
    if (skipped > 0) {
      reasons.push(`The search stopped early on this large scenario: ${skipped} candidate evaluation(s) left out (${perCandidate.toLocaleString('en-US')} channel-intervals each; ${SEARCH_WORK.reason}).`);
    }
  }
  evaluated.sort((a, b) => rankResults(a.result, b.result));
  const best = evaluated[0];
  const currency = s.costs.currency;
  if (best.result.meetsTargets) {
    reasons.push(`Cheapest strategy meeting every target: ${best.result.name} at ${money(best.result.cost.total, currency)} (baseline ${money(baseline.cost.total, currency)}).`);
    const next = evaluated.find((e) => e !== best && e.result.meetsTargets);
    if (next) reasons.push(`Next: ${next.result.name} at ${money(next.result.cost.total, currency)}.`);
  } else {
    const f = best.result.failures[0];
    reasons.push(`Nothing searched meets every target. Closest: ${best.result.name} (${money(best.result.cost.total, currency)}), which still misses ${best.result.failures.map((x) => `${x.channelId} ${x.target}`).join(', ')}${f ? ` (worst ${f.worst.value === null ? 'unbounded' : f.worst.value.toFixed(3)} against ${f.worst.target})` : ''}.`);
  }
  const frontier = paretoFrontier(evaluated.map((e) => ({ strategyId: e.result.id, cost: e.result.cost.total, serviceLevel: e.result.serviceLevel, answerRate: e.result.answerRate })));
  return {
    strategyId: best.result.id,
    meetsTargets: best.result.meetsTargets,
    cost: best.result.cost.total,
    reasons,
    frontier,
    latestDecisionDate: latest,
    candidates: evaluated,
  };
}

/**
 * The levels of certainty whose price the recommendation states (docs/model.md, "Uncertain
 * inputs"): what it costs to go from 80% to 90% to 95% sure of meeting every target.
 */
export const CONFIDENCE_LEVELS = [0.8, 0.9, 0.95] as const;

/** What the recommendation at a confidence reads of each simulated strategy. */
export interface ProbableStrategy {
  id: string;
  name: string;
  /** Mean simulated cost. */
  cost: number;
  /** Share of replications (worlds) meeting every target. */
  probability: number;
}

export interface ConfidenceStep {
  confidence: number;
  /** The cheapest strategy at least this likely to meet every target; null when none is. */
  strategyId: string | null;
  cost: number | null;
  probability: number | null;
  /** Its cost minus the previous level's (null for the first level, or when either has none). */
  extraCostFromPrevious: number | null;
}

export interface ConfidencePick {
  confidence: number;
  /** The cheapest strategy whose probability reaches `confidence`; else the most likely one. */
  strategyId: string;
  reached: boolean;
  steps: ConfidenceStep[];
  reasons: string[];
}

/** The cheapest strategy whose probability reaches `level` (ties: the more likely). */
function cheapestAt(strategies: readonly ProbableStrategy[], level: number): ProbableStrategy | null {
  const reaching = strategies.filter((x) => x.probability >= level - 1e-12);
  reaching.sort((a, b) => a.cost - b.cost || b.probability - a.probability);
  return reaching[0] ?? null;
}

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

/**
 * The recommendation when the scenario states uncertainty: the cheapest strategy whose
 * probability of meeting every target (the share of worlds in which it does) reaches
 * `confidence`, judged on the estimate, its interval shown beside; when none does, the most
 * likely one, said plainly. Also the price of certainty: the cheapest strategy at 80%, 90% and
 * 95%, and what each step costs over the one before.
 */
export function recommendAtConfidence(strategies: readonly ProbableStrategy[], confidence: number, currency: string): ConfidencePick {
  const levels = [...new Set([...CONFIDENCE_LEVELS, confidence])].sort((a, b) => a - b);
  let previous: ProbableStrategy | null = null;
  const names = new Map(strategies.map((x) => [x.id, x.name]));
  const steps = levels.map((level, k): ConfidenceStep => {
    const at = cheapestAt(strategies, level);
    const step: ConfidenceStep = {
      confidence: level,
      strategyId: at?.id ?? null,
      cost: at?.cost ?? null,
      probability: at?.probability ?? null,
      extraCostFromPrevious: k > 0 && at !== null && previous !== null ? at.cost - previous.cost : null,
    };
    previous = at;
    return step;
  });
  const pick = cheapestAt(strategies, confidence);
  const reasons: string[] = [];
  let chosen: ProbableStrategy;
  if (pick) {
    chosen = pick;
    reasons.push(`At ${percent(confidence)} confidence: ${pick.name} meets every target in ${percent(pick.probability)} of the simulated worlds, the cheapest that reaches ${percent(confidence)}, at ${money(pick.cost, currency)}.`);
  } else {
    chosen = [...strategies].sort((a, b) => b.probability - a.probability || a.cost - b.cost)[0]!;
    reasons.push(`No simulated strategy meets every target in ${percent(confidence)} of the worlds. The most likely: ${chosen.name}, in ${percent(chosen.probability)} of them, at ${money(chosen.cost, currency)}.`);
  }
  const shown = steps.filter((st) => st.strategyId !== null);
  if (shown.length > 0) {
    reasons.push(`The price of certainty: ${steps.map((st) => (st.strategyId === null
      ? `${percent(st.confidence)} sure: no strategy simulated`
      : `${percent(st.confidence)} sure: ${names.get(st.strategyId)} at ${money(st.cost!, currency)}${st.extraCostFromPrevious !== null ? ` (+${money(st.extraCostFromPrevious, currency)})` : ''}`)).join('; ')}.`);
  }
  return { confidence, strategyId: chosen.id, reached: pick !== null, steps, reasons };
}
