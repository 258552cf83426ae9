/**
 * `simulateReplication`: one replication of a resolved scenario, seeded by (seed, replication).
 * Same inputs ⇒ same result, whichever worker runs it.
 */
import type { ResolvedScenario } from '../../scenario/model';
import type { StrategyScenario } from '../levers/types';
import { Engine } from './engine';
import { replicationResult } from './harvest';
import type { EngineSnapshot, ReplicationResult, SimulationOptions } from './result';

/**
 * A plain resolved scenario runs as before; a strategy scenario (levers applied) also has its
 * routing, reallocation and standby rules, and its outsourcers' FCR, honoured (rules.ts).
 */
export function simulateReplication(s: ResolvedScenario | StrategyScenario, options: SimulationOptions): ReplicationResult {
  const engine = new Engine(s, options);
  engine.run();
  return replicationResult(engine, options.seed, options.replication);
}

/**
 * One replication of a strategy, from the baseline's snapshot at its fork interval (fork.ts):
 * the same result as `simulateReplication` with the same options, for less work.
 */
export function simulateFromSnapshot(s: StrategyScenario, snapshot: EngineSnapshot, options: SimulationOptions): ReplicationResult {
  const engine = new Engine(s, options);
  engine.resume(snapshot);
  return replicationResult(engine, options.seed, options.replication);
}
