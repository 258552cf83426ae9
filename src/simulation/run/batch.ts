/**
 * One worker's job: simulate a list of replications of one scenario. Plain function over
 * plain data, so it runs the same in a browser worker, a Node worker thread and a test.
 *
 * With `strategies`, the scenario is their baseline and each replication is a group: the
 * baseline, then every strategy on the same random numbers, each forked from the baseline's
 * state where its levers start to act (des/fork.ts) — the same results as simulating each
 * whole, for less work.
 */
import type { ResolvedScenario } from '../../scenario/model';
import { forkedReplications, simulateReplication, type ReplicationResult } from '../des';
import type { StrategyScenario } from '../levers/types';
import { applyWorld } from '../uncertainty/applyWorld';
import { sampleWorld } from '../uncertainty/world';

export interface BatchRequest {
  scenario: ResolvedScenario;
  seed: number;
  /** Replication numbers to simulate (each has its own random streams). */
  replications: number[];
  /** Strategies simulated after the scenario (their baseline) on every replication. */
  strategies?: StrategyScenario[];
}

/** Results in replication order; with strategies, each replication's group in turn (baseline first). */
export function runBatch(request: BatchRequest): ReplicationResult[] {
  const { scenario, seed, strategies } = request;
  const u = scenario.uncertainty;
  if (u) {
    // One world per replication, drawn from its own streams and applied to the baseline and to
    // every strategy alike before the replication runs (uncertainty/applyWorld.ts). Each
    // replication's scenarios differ, so slots and fork intervals are found per replication.
    return request.replications.flatMap((replication) => {
      const world = sampleWorld(u, seed, replication);
      const base = applyWorld(scenario, world);
      if (!strategies || strategies.length === 0) return [simulateReplication(base, { seed, replication })];
      return forkedReplications(base, strategies.map((st) => applyWorld(st, world)))(seed, replication);
    });
  }
  if (strategies && strategies.length > 0) {
    const run = forkedReplications(scenario, strategies);
    return request.replications.flatMap((replication) => run(seed, replication));
  }
  return request.replications.map((replication) => simulateReplication(scenario, { seed, replication }));
}

/** Results per replication: 1, or the baseline and each strategy. */
export const groupSize = (request: Pick<BatchRequest, 'strategies'>): number => 1 + (request.strategies?.length ?? 0);
