/**
 * `simulateReplication`: one replication of a resolved scenario, seeded by (seed, replication).
 * Same inputs ⇒ same result, whichever worker runs it.
 */
import type { ResolvedScenario } from '../../scenario/model';
import type { StrategyScenario } from '../levers/types';
import { Engine } from './engine';
import { replicationResult } from './harvest';
import type { ReplicationResult, SimulationOptions } from './result';

/**
 * A plain resolved scenario runs as before; a strategy scenario (levers applied) also has its
 * routing, reallocation and standby rules, and its outsourcers' FCR, honoured (rules.ts).
 */
export function simulateReplication(s: ResolvedScenario | StrategyScenario, options: SimulationOptions): ReplicationResult {
  const engine = new Engine(s, options);
  engine.run();
  return replicationResult(engine, options.seed, options.replication);
}
