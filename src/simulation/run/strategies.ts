/**
 * Simulates several strategies of one scenario on a pool, one after the other, every strategy
 * with the same seed — hence the same arrivals, handle times and patience (common random
 * numbers): the differences between strategies are the levers', not the dice's.
 */
import type { ReplicationResult } from '../des';
import type { SimulationPool, RunOptions } from './pool';
import type { StrategyScenario } from '../levers/types';

export type StrategiesOutcome =
  | { kind: 'done'; results: ReplicationResult[][] }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string; strategyId: string };

export async function runStrategies(
  pool: SimulationPool,
  scenarios: StrategyScenario[],
  job: { seed: number; replications: number },
  options: RunOptions = {},
): Promise<StrategiesOutcome> {
  const total = scenarios.length * job.replications;
  const results: ReplicationResult[][] = [];
  for (const [k, scenario] of scenarios.entries()) {
    const outcome = await pool.run({ scenario, seed: job.seed, replications: job.replications }, {
      signal: options.signal,
      onProgress: (p) => options.onProgress?.({ done: k * job.replications + p.done, total }),
    });
    if (outcome.kind === 'cancelled') return outcome;
    if (outcome.kind === 'error') return { ...outcome, strategyId: scenario.strategyId };
    results.push(outcome.results);
  }
  return { kind: 'done', results };
}
