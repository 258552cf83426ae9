/**
 * Confirm one strategy by simulation (the app's "Confirm" on a strategy; docs/workshop-and-languages.md,
 * "Confirm one strategy"): the baseline and that strategy alone, on common random numbers, the
 * strategy forked from the baseline where its levers start (des/fork.ts), in rounds stopped when
 * the decision between the two is clear (the comparison's sequential procedure, settings as a
 * comparison of the same scenario: run/sequentialRun.ts) — without the analytic search, which is
 * what makes the whole comparison (run/comparison.ts) take seconds before its first replication.
 *
 * The pieces are the comparison's own: the rounds (run/rounds.ts), the stop reasons
 * (sequentialRun.ts `markStop`), the paired extra cost (compare/extraCost.ts) and the one judge
 * (compare/kpis.ts through the accumulator). So a strategy given every replication has exactly the
 * result a comparison with `sequential: false` gives it on the same seed (tested).
 */
import type { ResolvedScenario } from '../../scenario/model';
import type { StrategyFile } from '../../scenario/schema';
import { createAnalyticCache } from '../compare/analyticCache';
import { evaluateAnalytic } from '../compare/compareAnalytic';
import type { ComparisonEntry } from '../compare/comparison';
import { extraOverBaseline } from '../compare/extraCost';
import type { SimulatedStrategyResult } from '../compare/simulated';
import { applyStrategyChecked, baselineScenario } from '../levers';
import type { ComparisonProgress } from './comparison';
import type { SimulationPool } from './pool';
import { simulateInRounds } from './rounds';
import { comparisonBudget } from './budget';
import { markStop, sequentialOutcome, sequentialSettings, type SequentialOption, type SequentialOutcome } from './sequentialRun';

export interface ConfirmRun {
  /** The baseline, then the strategy: each with its analytic figures (the scenario it ran). */
  entries: [ComparisonEntry, ComparisonEntry];
  /** Simulated, in the same order; `extra` paired with the baseline replication by replication. */
  simulated: [SimulatedStrategyResult, SimulatedStrategyResult];
  /** The sequential procedure's end; null when it was off (every replication for both). */
  sequential: SequentialOutcome | null;
}

export type ConfirmOutcome =
  | { kind: 'done'; run: ConfirmRun }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

export interface ConfirmOptions {
  signal?: AbortSignal;
  onProgress?: (p: Omit<ComparisonProgress, 'partial'>) => void;
  /** As the comparison's: false gives both every replication. */
  sequential?: SequentialOption;
}

/**
 * `strategy`: one of the scenario's strategies, or any strategy over it (a search candidate shown
 * in a comparison), named by its id and levers.
 */
export async function confirmStrategy(
  pool: SimulationPool, s: ResolvedScenario, strategy: StrategyFile, job: { seed: number; replications: number }, options: ConfirmOptions = {},
): Promise<ConfirmOutcome> {
  const progress = options.onProgress ?? (() => {});
  progress({ phase: 'analytic', done: 0, total: 1 });
  if (strategy.id === 'baseline') return { kind: 'error', message: 'the baseline is confirmed with every strategy: choose a strategy' };
  const k = s.strategies.findIndex((st) => st.id === strategy.id);
  const applied = applyStrategyChecked(s, strategy, k >= 0 ? `strategies[${k}]` : 'strategy');
  if (!applied.ok) return { kind: 'error', message: applied.problems.map((p) => `${p.path}: ${p.message}`).join('; ') };
  // The analytic figures of the two, as compareAnalytic gives them (one cache): shown beside the
  // simulated ones, and the baseline's cost sets the procedure's cost zone, as in a comparison.
  const cache = createAnalyticCache(s.intervalMinutes);
  const baseline = baselineScenario(s);
  const baseEntry: ComparisonEntry = { strategy: { id: 'baseline', name: baseline.strategyName, levers: [] }, scenario: baseline, source: 'baseline', analytic: evaluateAnalytic(baseline, cache) };
  const settings = sequentialSettings(options.sequential, { entries: [baseEntry], confidence: s.uncertainty?.confidence ?? null });
  const scenarios = [baseline, applied.scenario];
  // Two strategies side by side, kept as a comparison keeps them (run/budget.ts).
  const budget = comparisonBudget(scenarios, job.replications, pool.size, { rounds: [2] });
  if (budget.refusal !== null) return { kind: 'error', message: budget.refusal };
  const levers = [baseEntry.strategy.levers, strategy.levers];
  // The baseline is one of the two and the one the strategy forks from: it receives every
  // replication of every round, so the extra cost pairs over all of the strategy's (rounds.ts).
  const rounds = simulateInRounds(pool, scenarios.map((scenario) => ({ scenario })), job, {
    baseline,
    settings,
    ...budget.shape,
    signal: options.signal,
    levers: (m) => levers[m]!,
    onProgress: (p) => progress({ phase: 'simulating', ...p }),
  });
  // The first replications are now with the workers, and this thread has nothing to merge until
  // they come back: the strategy's analytic figures cost no waiting here (a tenth of a second).
  const entries: [ComparisonEntry, ComparisonEntry] = [
    baseEntry,
    { strategy, scenario: applied.scenario, source: k >= 0 ? 'scenario' : 'recommendation', analytic: evaluateAnalytic(applied.scenario, cache, strategy.levers) },
  ];
  const outcome = await rounds;
  if (outcome.kind === 'cancelled') return outcome;
  if (outcome.kind === 'error') return { kind: 'error', message: `simulation of '${outcome.strategyId}' failed: ${outcome.message}` };
  progress({ phase: 'summarizing', done: 0, total: 1 });
  const [base, confirmed] = outcome.results as [SimulatedStrategyResult, SimulatedStrategyResult];
  outcome.results.forEach((r, m) => markStop(r, outcome.state?.decisions[m]));
  for (const r of outcome.results) r.extra = extraOverBaseline(r.replicationTotals, base.replicationTotals);
  const sequential = outcome.state ? sequentialOutcome(outcome.state, job.replications) : null;
  progress({ phase: 'summarizing', done: 1, total: 1 });
  return { kind: 'done', run: { entries, simulated: [base, confirmed], sequential } };
}
