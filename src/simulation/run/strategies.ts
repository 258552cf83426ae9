/**
 * Simulates several strategies of one scenario on a pool, one after the other, every strategy
 * with the same seed — hence the same arrivals, handle times and patience (common random
 * numbers): the differences between strategies are the levers', not the dice's.
 */
import type { ReplicationResult } from '../des';
import type { ReplicationSummary } from '../compare/simulated';
import { shapeOf, type RunOptions, type RunShape, type SimulationPool } from './pool';
import type { StrategyScenario } from '../levers/types';
import { simulationRefusal } from './budget';

export type StrategiesOutcome =
  | { kind: 'done'; results: ReplicationResult[][] }
  | { kind: 'cancelled' }
  /** `refused`: the budget refused it before any worker started (limits.ts): bad input. */
  | { kind: 'error'; message: string; strategyId: string; refused?: true };

export type StrategiesOptions = Omit<RunOptions, 'onResult' | 'onSummary'> & RunShape & {
  /**
   * Each replication of strategy `k` as it arrives, summarised by the worker that ran it
   * (compare/simulated.ts `summariseReplication`); given, `results` holds empty lists.
   */
  onResult?: (k: number, summary: ReplicationSummary) => void;
  /**
   * The strategies' baseline (one of `scenarios` or not): given, each replication simulates it
   * once and forks every strategy from it (des/fork.ts), with the same results.
   */
  baseline?: StrategyScenario;
};

export async function runStrategies(
  pool: SimulationPool,
  scenarios: StrategyScenario[],
  job: { seed: number; replications: number; from?: number },
  options: StrategiesOptions = {},
): Promise<StrategiesOutcome> {
  // The budget (limits.ts) before any worker starts: a run too large is refused, not attempted.
  const workers = Math.min(pool.size, options.workers ?? pool.size);
  const shape = shapeOf(options);
  for (const scenario of scenarios) {
    const refusal = options.onResult
      ? simulationRefusal(scenario, job.replications, workers, 0, scenarios.length, {
        ...shape, forked: options.baseline !== undefined, forking: scenarios.filter((s) => s !== options.baseline).length,
      })
      : simulationRefusal(scenario, job.replications, workers, scenarios.length);
    if (refusal !== null) return { kind: 'error', message: refusal, strategyId: scenario.strategyId, refused: true };
  }
  const total = scenarios.length * job.replications;
  if (options.baseline) return runForked(pool, scenarios, options.baseline, job, options, total);
  const results: ReplicationResult[][] = [];
  for (const [k, scenario] of scenarios.entries()) {
    const outcome = await pool.run({
      scenario, seed: job.seed, replications: job.replications, ...(job.from ? { from: job.from } : {}), ...(options.onResult ? { summarise: [true] } : {}), ...shape,
    }, {
      signal: options.signal,
      onProgress: (p) => options.onProgress?.({ done: k * job.replications + p.done, total }),
      ...(options.onResult ? { onSummary: (r: ReplicationSummary) => options.onResult!(k, r) } : {}),
    });
    if (outcome.kind === 'cancelled') return outcome;
    if (outcome.kind === 'error') return { ...outcome, strategyId: scenario.strategyId };
    results.push(outcome.results);
  }
  return { kind: 'done', results };
}

/**
 * Every scenario on one grouped job: each replication simulates the baseline, then each strategy
 * forked from it (batch.ts); the baseline's own results are kept only when it is one of them.
 */
async function runForked(
  pool: SimulationPool, scenarios: StrategyScenario[], baseline: StrategyScenario,
  job: { seed: number; replications: number; from?: number }, options: StrategiesOptions, total: number,
): Promise<StrategiesOutcome> {
  const own = scenarios.indexOf(baseline);
  const strategies = scenarios.filter((s) => s !== baseline);
  // Member m of a replication's group: 0 the baseline, m the strategy m − 1.
  const target = [own, ...strategies.map((s) => scenarios.indexOf(s))];
  const results: ReplicationResult[][] = scenarios.map(() => []);
  const run = { scenario: baseline, seed: job.seed, replications: job.replications, strategies, ...(job.from ? { from: job.from } : {}), ...shapeOf(options) };
  const onProgress = (p: { done: number }) => options.onProgress?.({ done: Math.round((p.done * total) / job.replications), total });
  // Streamed: the workers summarise the members wanted (the baseline only when it is one of them).
  const outcome = options.onResult
    ? await pool.run({ ...run, summarise: target.map((k) => k >= 0) }, {
      signal: options.signal, onProgress, onSummary: (r, member) => options.onResult!(target[member]!, r),
    })
    : await pool.run(run, {
      signal: options.signal, onProgress,
      onResult: (r, member) => {
        const k = target[member]!;
        if (k >= 0) results[k]!.push(r);
      },
    });
  if (outcome.kind === 'cancelled') return outcome;
  if (outcome.kind === 'error') return { ...outcome, strategyId: strategies[0]?.strategyId ?? baseline.strategyId };
  // Results arrive in any order: each strategy's in replication order, as a plain run gives them.
  for (const list of results) list.sort((a, b) => a.replication - b.replication);
  return { kind: 'done', results: options.onResult ? scenarios.map(() => []) : results };
}
