/**
 * Simulates several strategies of one scenario on a pool, one after the other, every strategy
 * with the same seed — hence the same arrivals, handle times and patience (common random
 * numbers): the differences between strategies are the levers', not the dice's.
 */
import type { ReplicationResult } from '../des';
import type { SimulationPool, RunOptions } from './pool';
import type { StrategyScenario } from '../levers/types';
import { simulationRefusal } from './budget';

export type StrategiesOutcome =
  | { kind: 'done'; results: ReplicationResult[][] }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string; strategyId: string };

export async function runStrategies(
  pool: SimulationPool,
  scenarios: StrategyScenario[],
  job: { seed: number; replications: number },
  options: Omit<RunOptions, 'onResult'> & {
    /** Each replication of strategy `k` as it arrives; given, `results` holds empty lists. */
    onResult?: (k: number, result: ReplicationResult) => void;
  } = {},
): Promise<StrategiesOutcome> {
  // The budget (limits.ts) before any worker starts: a run too large is refused, not attempted.
  for (const scenario of scenarios) {
    const refusal = options.onResult
      ? simulationRefusal(scenario, job.replications, pool.size, 0, scenarios.length)
      : simulationRefusal(scenario, job.replications, pool.size, scenarios.length);
    if (refusal !== null) return { kind: 'error', message: refusal, strategyId: scenario.strategyId };
  }
  const total = scenarios.length * job.replications;
  const results: ReplicationResult[][] = [];
  for (const [k, scenario] of scenarios.entries()) {
    const outcome = await pool.run({ scenario, seed: job.seed, replications: job.replications }, {
      signal: options.signal,
      onProgress: (p) => options.onProgress?.({ done: k * job.replications + p.done, total }),
      ...(options.onResult ? { onResult: (r: ReplicationResult) => options.onResult!(k, r) } : {}),
    });
    if (outcome.kind === 'cancelled') return outcome;
    if (outcome.kind === 'error') return { ...outcome, strategyId: scenario.strategyId };
    results.push(outcome.results);
  }
  return { kind: 'done', results };
}
