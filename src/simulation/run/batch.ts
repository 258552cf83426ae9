/**
 * One worker's job: simulate a list of replications of one scenario. Plain function over
 * plain data, so it runs the same in a browser worker, a Node worker thread and a test.
 */
import type { ResolvedScenario } from '../../scenario/model';
import { simulateReplication, type ReplicationResult } from '../des';

export interface BatchRequest {
  scenario: ResolvedScenario;
  seed: number;
  /** Replication numbers to simulate (each has its own random streams). */
  replications: number[];
}

export function runBatch(request: BatchRequest): ReplicationResult[] {
  return request.replications.map((replication) =>
    simulateReplication(request.scenario, { seed: request.seed, replication }));
}
