/**
 * A full comparison (`wfm compare`, the app's comparison view): the analytic view of the
 * baseline and of every strategy of the scenario, the analytic search for the cheapest mix, and
 * the list of strategies the simulator must run — the scenario's own and the search's best
 * candidates — then the recommendation confirmed by the simulator.
 *
 * Confirmation: the analytic engine cannot see queues carried across intervals, so the search
 * only proposes; the recommended strategy is the cheapest (mean simulated cost) among the
 * simulated ones whose simulated means meet every target. When none does, the closest (fewest,
 * smallest misses) is named, plainly.
 */
import { SEARCH_WORK } from '../../scenario/limits';
import type { ResolvedScenario } from '../../scenario/model';
import type { StrategyFile } from '../../scenario/schema';
import { applyStrategy, baselineScenario } from '../levers';
import type { StrategyScenario } from '../levers/types';
import type { AnalyticStrategyResult } from './compareAnalytic';
import { analyticReuse, createAnalyticCache } from './analyticCache';
import { evaluateAnalytic } from './compareAnalytic';
import {
  paretoFrontier, recommend, recommendAtConfidence, type ConfidenceStep, type DecisionDates, type FrontierPoint, type Recommendation,
} from './recommend';
import { robustCandidates } from './robustCandidates';
import type { SimulatedStrategyResult } from './simulated';

export type EntrySource = 'baseline' | 'scenario' | 'recommendation';

export interface ComparisonEntry {
  strategy: StrategyFile;
  scenario: StrategyScenario;
  source: EntrySource;
  analytic: AnalyticStrategyResult;
}

export interface ComparisonPlan {
  entries: ComparisonEntry[];
  recommendation: Recommendation;
  /**
   * The search's next candidates, best first, for another round when none of the strategies
   * simulated meets the targets (`nextCandidates`).
   */
  reserve: ComparisonEntry[];
  /**
   * The probability of meeting every target the recommendation must reach, when the scenario
   * states uncertainty (`uncertainty.confidence`); null otherwise (judged on the means).
   */
  confidence?: number | null;
}

/** How many of the search's best candidates the simulator confirms, besides the scenario's own. */
export const CONFIRMED_CANDIDATES = 3;

export function planComparison(s: ResolvedScenario, confirmed = CONFIRMED_CANDIDATES): ComparisonPlan {
  // One cache for the search, the stressed searches and the robust candidates: they ask the same
  // Erlang and interval questions (intervalReuse.ts). Pure memoisation; with reuse off (tests,
  // bench), each search has its own, as they had before.
  const shared = analyticReuse.on ? createAnalyticCache(s.intervalMinutes) : undefined;
  const recommendation = recommend(s, s.strategies, SEARCH_WORK.max, shared);
  const own = new Set(s.strategies.map((st) => st.id));
  const entries: ComparisonEntry[] = [];
  // recommend() evaluates the baseline and the scenario's strategies first, in order.
  for (const { strategy, result } of recommendation.candidates) {
    const source: EntrySource | null = result.id === 'baseline' ? 'baseline' : own.has(result.id) ? 'scenario' : null;
    if (source === null) continue;
    entries.push({ strategy, scenario: source === 'baseline' ? baselineScenario(s) : applyStrategy(s, strategy), source, analytic: result });
  }
  entries.sort((a, b) => order(a, s) - order(b, s));
  // A candidate the analytic engine cannot tell from one already listed (a decision-date variant
  // that changes nothing, a search twin of the scenario's own strategy) is not simulated twice.
  const sameAs = (a: AnalyticStrategyResult, b: AnalyticStrategyResult) =>
    Math.abs(a.cost.total - b.cost.total) < 1e-6 && a.serviceLevel === b.serviceLevel && a.answerRate === b.answerRate;
  const searched: typeof recommendation.candidates = [];
  for (const c of recommendation.candidates) {
    if (c.result.id === 'baseline' || own.has(c.result.id)) continue;
    if ([...entries.map((e) => e.analytic), ...searched.map((x) => x.result)].some((r) => sameAs(r, c.result))) continue;
    searched.push(c);
  }
  const passing = searched.filter((c) => c.result.meetsTargets);
  const ranked = passing.length > 0 ? passing : searched;
  const toEntry = ({ strategy, result }: (typeof searched)[number]): ComparisonEntry =>
    ({ strategy, scenario: applyStrategy(s, strategy), source: 'recommendation', analytic: result });
  const firstRound = passing.length > 0 ? confirmed : Math.min(confirmed, 1);
  entries.push(...ranked.slice(0, firstRound).map(toEntry));
  // With uncertain inputs, candidates sized for stressed worlds too (robustCandidates.ts).
  const cache = shared ?? createAnalyticCache(s.intervalMinutes);
  for (const strategy of robustCandidates(s, recommendation.candidates.map((c) => c.strategy), shared)) {
    const scenario = applyStrategy(s, strategy);
    const analytic = evaluateAnalytic(scenario, cache, strategy.levers);
    if (entries.some((e) => sameAs(e.analytic, analytic))) continue;
    entries.push({ strategy, scenario, source: 'recommendation', analytic });
  }
  return { entries, recommendation, reserve: ranked.slice(firstRound, firstRound + RESERVE).map(toEntry), confidence: s.uncertainty?.confidence ?? null };
}

/** Candidates kept for further rounds. */
const RESERVE = 9;

/**
 * The next round of candidates to simulate when none simulated so far meets every target: the
 * search's next best, `count` at a time, or nothing once the reserve is spent. The analytic view
 * is optimistic where the simulation sees more (queues carried over, blended agents), so the
 * candidates it ranks just behind are the next most likely to pass.
 */
export function nextCandidates(
  plan: ComparisonPlan, simulated: readonly { id: string; meetsTargets: boolean; probMeetsTargets?: { mean: number } }[], count = CONFIRMED_CANDIDATES,
): ComparisonEntry[] {
  const confidence = plan.confidence ?? null;
  if (simulated.some((r) => (confidence === null ? r.meetsTargets : (r.probMeetsTargets?.mean ?? 0) >= confidence))) return [];
  const done = new Set(simulated.map((r) => r.id));
  return plan.reserve.filter((e) => !done.has(e.strategy.id)).slice(0, count);
}

/** Baseline first, then the scenario's strategies in file order. */
function order(entry: ComparisonEntry, s: ResolvedScenario): number {
  return entry.source === 'baseline' ? -1 : s.strategies.findIndex((st) => st.id === entry.strategy.id);
}

export interface ConfirmedRecommendation {
  strategyId: string;
  meetsTargets: boolean;
  /** Mean simulated cost. */
  cost: number;
  reasons: string[];
  /** Simulated strategies no other beats on both cost and service level. */
  frontier: FrontierPoint[];
  /** Every strategy the analytic search evaluated. */
  analyticFrontier: FrontierPoint[];
  /** Latest decision dates of the lever kinds the recommended strategy uses only (others null). */
  latestDecisionDate: DecisionDates;
  /** Latest decision dates of every lever kind decided ahead, for the rows of the strategies using them. */
  decisionDates: DecisionDates;
  /**
   * With uncertain inputs (absent otherwise): the confidence asked, the recommended strategy's
   * probability of meeting every target, whether it reaches the confidence, and the price of
   * certainty — the cheapest strategy at 80%, 90%, 95% (and the confidence asked).
   */
  confidence?: number;
  probMeetsTargets?: SimulatedStrategyResult['probMeetsTargets'];
  reachesConfidence?: boolean;
  costOfConfidence?: ConfidenceStep[];
}

/** The dates of `all` for the lever kinds among `levers`; null for the others. */
export function datesForLevers(all: DecisionDates, levers: readonly unknown[]): DecisionDates {
  const kinds = new Set(levers.map((l) => (l as { kind?: unknown }).kind));
  return { temps: kinds.has('temps') ? all.temps : null, outsourcing: kinds.has('outsourcing') ? all.outsourcing : null };
}

/** The sentences saying by when to decide, for the dates given. */
export function decisionReasons(dates: DecisionDates): string[] {
  const out: string[] = [];
  if (dates.temps) out.push(`Temps: the latest decision date that still meets the targets is ${dates.temps}.`);
  if (dates.outsourcing) out.push(`Outsourcing: the latest contract decision that still meets the targets is ${dates.outsourcing}.`);
  return out;
}

const misses = (r: SimulatedStrategyResult) => r.failures.reduce((t, f) => t + f.gap, 0);
const money = (x: number, currency: string) => `${Math.round(x).toLocaleString('en-US')} ${currency}`;

export function confirmRecommendation(plan: ComparisonPlan, simulated: SimulatedStrategyResult[]): ConfirmedRecommendation {
  const ranked = [...simulated].sort((a, b) => {
    if (a.meetsTargets !== b.meetsTargets) return a.meetsTargets ? -1 : 1;
    return a.meetsTargets ? a.cost.total.mean - b.cost.total.mean : misses(a) - misses(b) || a.cost.total.mean - b.cost.total.mean;
  });
  // With uncertain inputs the pick is by probability over the worlds (recommend.ts, one place).
  const confidence = plan.confidence ?? null;
  const atConfidence = confidence === null ? null : recommendAtConfidence(
    simulated.map((r) => ({ id: r.id, name: r.name, cost: r.cost.total.mean, probability: r.probMeetsTargets.mean })),
    confidence, simulated[0]!.cost.currency);
  const best = atConfidence === null ? ranked[0]! : simulated.find((r) => r.id === atConfidence.strategyId)!;
  const currency = best.cost.currency;
  const analyticBest = plan.recommendation.strategyId;
  const reasons: string[] = [...(atConfidence?.reasons ?? [])];
  if (atConfidence !== null) {
    reasons.push(best.meetsTargets
      ? `On the means over the worlds, ${best.name} meets every target at ${money(best.cost.total.mean, currency)}.`
      : `On the means over the worlds, ${best.name} misses ${best.failures.map((f) => `${f.channelId} ${f.target} on ${f.days.length} day(s)`).join(', ')}.`);
  } else if (best.meetsTargets) {
    const spread = best.cost.total.ci95 > 0.5 ? ` (± ${money(best.cost.total.ci95, currency)})` : '';
    reasons.push(`Confirmed by simulation: ${best.name} meets every target at ${money(best.cost.total.mean, currency)}${spread}, ${simulated.length === 1 ? 'the only strategy simulated' : `the cheapest of the ${simulated.length} strategies simulated`}.`);
  } else {
    reasons.push(`No simulated strategy meets every target. Closest: ${best.name}, which misses ${best.failures.map((f) => `${f.channelId} ${f.target} on ${f.days.length} day(s)`).join(', ')}.`);
  }
  const analyticPick = simulated.find((r) => r.id === analyticBest);
  if (analyticPick && analyticPick.id !== best.id && !analyticPick.meetsTargets) {
    reasons.push(`The analytic favourite ${analyticPick.name} fails in simulation, which sees what the interval-by-interval Erlang view cannot (queues carried over, agents busy on another channel when calls arrive), so it is not recommended.`);
  }
  // The search's own findings follow, labelled: they are Erlang figures, interval by interval.
  // Decision dates: only for the lever kinds the recommended strategy uses.
  const dates = datesForLevers(plan.recommendation.latestDecisionDate, best.levers);
  reasons.push(...[...plan.recommendation.reasons, ...decisionReasons(dates)].map((r) => `Analytic search: ${r}`));
  return {
    strategyId: best.id,
    meetsTargets: best.meetsTargets,
    cost: best.cost.total.mean,
    reasons,
    frontier: paretoFrontier(simulated.map((r) => ({ strategyId: r.id, cost: r.cost.total.mean, serviceLevel: r.serviceLevel, answerRate: r.answerRate }))),
    analyticFrontier: plan.recommendation.frontier,
    latestDecisionDate: dates,
    decisionDates: plan.recommendation.latestDecisionDate,
    ...(atConfidence === null ? {} : {
      confidence: atConfidence.confidence,
      probMeetsTargets: best.probMeetsTargets,
      reachesConfidence: atConfidence.reached,
      costOfConfidence: atConfidence.steps,
    }),
  };
}
