/**
 * `simulateReplication`: one replication of a resolved scenario, seeded by (seed, replication).
 * Same inputs ⇒ same result, whichever worker runs it.
 */
import type { ResolvedScenario } from '../../scenario/model';
import { Engine } from './engine';
import type { ReplicationResult, SimulationOptions } from './result';

export function simulateReplication(s: ResolvedScenario, options: SimulationOptions): ReplicationResult {
  const engine = new Engine(s, options);
  engine.run();
  return engine.result(options.seed, options.replication);
}
