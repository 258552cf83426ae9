/**
 * A whole comparison on a pool of simulation workers — the flow `wfm compare` and the app's
 * Comparison page share: the analytic comparison and search, then every entry (baseline, the
 * scenario's strategies, the search's best candidates) simulated on common random numbers, more
 * rounds of the search's next candidates while none meets every target, then the
 * recommendation confirmed by the simulation.
 */
import type { ResolvedScenario } from '../../scenario/model';
import {
  confirmRecommendation, CONFIRMED_CANDIDATES, nextCandidates, planComparison,
  type ComparisonEntry, type ComparisonPlan, type ConfirmedRecommendation,
} from '../compare/comparison';
import { extraOverBaseline } from '../compare/extraCost';
import type { SimulatedStrategyResult } from '../compare/simulated';
import { strategyProblems } from '../levers';
import type { StrategyScenario } from '../levers/types';
import type { IntervalDetail } from '../stats/accumulator';
import type { RunOptions, SimulationPool } from './pool';
import { simulateInRounds } from './rounds';
import { comparisonBudget } from './budget';
import { markStop, sequentialOutcome, sequentialSettings, withConfidence, partialComparison, type PartialComparison, type SequentialOption, type SequentialOutcome } from './sequentialRun';

export interface ComparisonProgress {
  phase: 'analytic' | 'simulating' | 'summarizing';
  done: number;
  total: number;
  /** After each round of a sequential comparison: where each strategy stands, the provisional recommendation. */
  partial?: PartialComparison;
}

export interface ComparisonRun {
  plan: ComparisonPlan;
  /** Every strategy simulated, in order: the plan's entries, then each extra round's. */
  entries: ComparisonEntry[];
  simulated: SimulatedStrategyResult[];
  /** `probabilityCorrect`: how sure the recommendation is right (run/sequentialRun.ts); null when the procedure was off. */
  recommendation: ConfirmedRecommendation & { probabilityCorrect: number | null };
  /** Ids of the strategies simulated by this run (the others were reused unchanged). */
  resimulated: string[];
  /** The sequential procedure's end (run/sequentialRun.ts); null when it was off. */
  sequential: SequentialOutcome | null;
  /** What every result keeps per interval: every figure, or the band alone (run/budget.ts `comparisonBudget`). */
  intervalDetail: IntervalDetail;
}

/**
 * Simulated results kept from an earlier run: a strategy whose scenario (levers applied), seed
 * and replications are the same gives the same replications, so it need not run again. The
 * baseline's per-replication totals come along, so the extra costs stay paired.
 */
export interface SimulatedReuse {
  find(scenario: StrategyScenario): SimulatedStrategyResult | undefined;
  keep(scenario: StrategyScenario, result: SimulatedStrategyResult): void;
}

export type ComparisonOutcome =
  | { kind: 'done'; run: ComparisonRun }
  | { kind: 'cancelled' }
  /** `refused`: the run would pass the simulator's budget (run/budget.ts): bad input, nothing ran. */
  | { kind: 'error'; message: string; refused?: true };

/** A run's error as the comparison's, a refusal by the budget kept as one (bad input, not a failure). */
function simulationError(e: { message: string; strategyId: string; refused?: true }): ComparisonOutcome {
  return { kind: 'error', message: `simulation of '${e.strategyId}' ${e.refused ? 'refused' : 'failed'}: ${e.message}`, ...(e.refused ? { refused: e.refused } : {}) };
}

/** Rounds of extra candidates at most, after the first. */
export const EXTRA_ROUNDS = 2;

/**
 * What a comparison may simulate, for its budget (run/budget.ts): the strategies of each round at
 * most — the plan's entries, then up to EXTRA_ROUNDS of the search's next candidates, taken in
 * the reserve's order past those simulated (`nextCandidates`) — and every one of their scenarios.
 */
export function comparisonSize(plan: Pick<ComparisonPlan, 'entries' | 'reserve'>): { rounds: number[]; scenarios: StrategyScenario[] } {
  const first = new Set(plan.entries.map((e) => e.strategy.id));
  const later = plan.reserve.filter((e) => !first.has(e.strategy.id)).slice(0, EXTRA_ROUNDS * CONFIRMED_CANDIDATES);
  const rounds = [plan.entries.length];
  for (let from = 0; from < later.length; from += CONFIRMED_CANDIDATES) rounds.push(Math.min(CONFIRMED_CANDIDATES, later.length - from));
  return { rounds, scenarios: [...plan.entries, ...later].map((e) => e.scenario) };
}

export async function runComparison(
  pool: SimulationPool,
  s: ResolvedScenario,
  job: { seed: number; replications: number },
  options: Omit<RunOptions, 'onProgress'> & {
    onProgress?: (p: ComparisonProgress) => void;
    confirmed?: number;
    /** Results kept from an earlier run, for strategies that did not change. */
    reuse?: SimulatedReuse;
    /** false: every strategy simulated whole (the bench's reference; the results are the same). */
    fork?: boolean;
    /** The sequential procedure's settings; false: every strategy gets every replication (as before it). */
    sequential?: SequentialOption;
  } = {},
): Promise<ComparisonOutcome> {
  const progress = options.onProgress ?? (() => {});
  progress({ phase: 'analytic', done: 0, total: 1 });
  // A strategy its levers refuse is named, not left out of the comparison.
  const refused = strategyProblems(s);
  if (refused.length > 0) return { kind: 'error', message: refused.map((p) => `${p.path}: ${p.message}`).join('; ') };
  // The workers boot on their own threads while the search runs on this one (pool.ts, start).
  pool.start();
  const plan = planComparison(s, options.confirmed ?? CONFIRMED_CANDIDATES);
  // What the comparison keeps per interval and how its strategies fork, from what it may hold at
  // most in each round (run/budget.ts); refused when even the least does not fit.
  const size = comparisonSize(plan);
  const budget = comparisonBudget(size.scenarios, job.replications, pool.size, { rounds: size.rounds });
  if (budget.refusal !== null) return { kind: 'error', message: budget.refusal, refused: true };
  // The shape narrows only how the work is spread (fewer workers, groups, chunks: the same results).
  const { shape } = budget;
  const intervalDetail = shape.intervalDetail;
  const baselineRun = plan.entries.find((e) => e.source === 'baseline')?.scenario;
  const entries: ComparisonEntry[] = [];
  const simulated: SimulatedStrategyResult[] = [];
  const resimulated: string[] = [];
  let done = 0;
  let batch = plan.entries;
  // Stop when the decision is clear (compare/sequential.ts), unless asked not to. With uncertain
  // inputs the decision is a probability over the worlds (compare/recommend.ts,
  // recommendAtConfidence), and the procedure judges that share instead of the means
  // (compare/sequentialWorlds.ts; docs/modelling-choices.md).
  const settings = sequentialSettings(options.sequential, plan);
  let sequential: SequentialOutcome | null = null;
  for (let round = 0; batch.length > 0 && round <= EXTRA_ROUNDS; round++) {
    const members = batch.map((e) => ({ scenario: e.scenario, kept: options.reuse?.find(e.scenario) }));
    const before = done;
    // Replications are merged as they finish (in replication order): memory does not grow
    // with their number. A strategy kept from an earlier run takes part with its outcomes (rounds.ts).
    const current = batch;
    const outcome = await simulateInRounds(pool, members, job, {
      // Every strategy forks from the baseline where its levers start (exact: des/fork.ts).
      ...(options.fork === false ? {} : { baseline: baselineRun }),
      settings,
      ...shape,
      signal: options.signal,
      levers: (k) => current[k]!.strategy.levers,
      onProgress: (p) => { done = before + p.done; progress({ phase: 'simulating', done, total: before + p.total }); },
      onRound: (state, counts) => progress({ phase: 'simulating', done, total: done, partial: partialComparison(current, state, counts) }),
    });
    if (outcome.kind === 'cancelled') return outcome;
    if (outcome.kind === 'error') return simulationError(outcome);
    batch.forEach((entry, k) => {
      progress({ phase: 'summarizing', done: k, total: batch.length });
      const result = outcome.results[k]!;
      markStop(result, outcome.state?.decisions[k]);
      if (outcome.simulated[k]) resimulated.push(entry.strategy.id);
      options.reuse?.keep(entry.scenario, result);
      simulated.push(result);
    });
    if (outcome.state) sequential = sequentialOutcome(outcome.state, job.replications);
    entries.push(...batch);
    batch = nextCandidates(plan, simulated);
  }
  // Every strategy against the baseline (simulated first) on the same random numbers, pair by
  // pair: the baseline needs every replication a strategy received. It keeps receiving them while
  // it is one of a batch, but a later round's candidates can go further than it went (it stopped
  // early as clearly failing, or was not forked from): it is then simulated up to their number.
  const most = Math.max(...simulated.map((r) => r.replications));
  if (simulated[0]!.replications < most) {
    const first = entries[0]!;
    const topUp = await simulateInRounds(pool, [{ scenario: first.scenario }], { seed: job.seed, replications: most }, {
      settings: null, ...shape, signal: options.signal, levers: () => first.strategy.levers,
    });
    if (topUp.kind === 'cancelled') return topUp;
    if (topUp.kind === 'error') return simulationError(topUp);
    const { stoppedBecause, stop } = simulated[0]!;
    simulated[0] = { ...topUp.results[0]!, ...(stoppedBecause ? { stoppedBecause } : {}), ...(stop ? { stop } : {}) };
    options.reuse?.keep(first.scenario, simulated[0]);
  }
  const baseline = simulated[0]!;
  for (const r of simulated) r.extra = extraOverBaseline(r.replicationTotals, baseline.replicationTotals);
  const recommendation = withConfidence(confirmRecommendation(plan, simulated), sequential);
  return { kind: 'done', run: { plan, entries, simulated, recommendation, resimulated, sequential, intervalDetail } };
}
