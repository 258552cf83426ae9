/**
 * A batch of strategies simulated in rounds of replications, the sequential comparison deciding
 * after each round which go on (compare/sequential.ts; docs/modelling-choices.md, "Sequential
 * comparison"). Without settings, one round of every replication for every strategy — the
 * comparison as it was before the procedure, with the same results.
 *
 * Rounds are fixed by replication number (0…n0−1, then n0…n1−1, …), never by which worker
 * finished first, so a seed gives the same decisions whatever the number of workers. The
 * baseline every strategy forks from is simulated on every round anyway: when it is one of the
 * batch, its replications are all kept (the extra costs stay paired), whatever its own decision.
 */
import type { StrategyScenario } from '../levers/types';
import { decide, type Contender, type SequentialSettings, type SequentialState } from '../compare/sequential';
import { StrategyAccumulator } from '../compare/simulated';
import { ReplicationOrder } from './order';
import type { SimulationPool } from './pool';
import { runStrategies } from './strategies';

export interface RoundsOptions {
  /** The scenario every strategy forks from (des/fork.ts); absent: each simulated whole. */
  baseline?: StrategyScenario;
  /** null: every strategy gets every replication in one round. */
  settings: Omit<SequentialSettings, 'maximum'> | null;
  signal?: AbortSignal;
  onProgress?: (p: { done: number; total: number }) => void;
  /** After each round's decisions (not called without settings). */
  onRound?: (state: SequentialState, accumulators: readonly StrategyAccumulator[]) => void;
}

export type RoundsOutcome =
  | { kind: 'done'; accumulators: StrategyAccumulator[]; state: SequentialState | null }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string; strategyId: string };

export async function simulateInRounds(
  pool: SimulationPool, scenarios: StrategyScenario[], job: { seed: number; replications: number }, options: RoundsOptions,
): Promise<RoundsOutcome> {
  const accumulators = scenarios.map((s) => new StrategyAccumulator(s));
  const orders = accumulators.map((a) => new ReplicationOrder((r) => a.add(r)));
  const settings = options.settings;
  const maximum = job.replications;
  let state: SequentialState | null = null;
  let from = 0;
  let target = settings === null ? maximum : Math.min(settings.initial, maximum);
  for (;;) {
    const running = scenarios.map((_, k) => k).filter((k) => state === null || state.decisions[k]!.stopped === null || scenarios[k] === options.baseline);
    // What is left to simulate at most: the running strategies up to the maximum, the others as they stopped.
    const done = accumulators.reduce((t, a) => t + a.count, 0);
    const total = done + running.length * (maximum - from);
    const outcome = await runStrategies(pool, running.map((k) => scenarios[k]!), { seed: job.seed, replications: target - from, from }, {
      ...(options.baseline ? { baseline: options.baseline } : {}),
      signal: options.signal,
      onProgress: (p) => options.onProgress?.({ done: done + p.done, total }),
      onResult: (k, r) => orders[running[k]!]!.add(r),
    });
    if (outcome.kind !== 'done') return outcome;
    if (settings === null) return { kind: 'done', accumulators, state: null };
    const contenders: Contender[] = scenarios.map((s, k) => ({ id: s.strategyId, name: s.strategyName, checks: accumulators[k]!.checks(), outcomes: accumulators[k]!.outcomes }));
    state = decide(contenders, { ...settings, maximum }, state?.decisions ?? null);
    options.onRound?.(state, accumulators);
    if (state.done) return { kind: 'done', accumulators, state };
    from = target;
    target = state.next;
  }
}
