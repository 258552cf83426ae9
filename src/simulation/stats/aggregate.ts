/**
 * Merges replications into the KPIs the app, the command line and the comparison read. Results
 * are sorted by replication number first, so the answer does not depend on which worker finished
 * first. Each figure is computed per replication, then summarised as an Estimate across them —
 * by the streaming accumulator (accumulator.ts), the one place of these rules: a run that merges
 * replications as they finish gets the same answer. Rules kept there: a channel's occupancy is
 * that of the pools serving it; the ASA is over the replications that answered some, null when
 * contacts were offered and none was answered (as the analytic engine says), 0 when nothing was
 * offered (ratios.ts's empty-denominator convention).
 */
import type { ResolvedScenario } from '../../scenario/model';
import type { ReplicationResult } from '../des/result';
import { SimulationAccumulator } from './accumulator';
import type { SimulationResult } from './types';

export function aggregateReplications(s: ResolvedScenario, results: readonly ReplicationResult[]): SimulationResult {
  const accumulator = new SimulationAccumulator(s);
  for (const r of [...results].sort((a, b) => a.replication - b.replication)) accumulator.add(r);
  return accumulator.result();
}
