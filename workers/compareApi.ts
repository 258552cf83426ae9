/** What the compare worker exposes: the app's jobs over the worker's own simulation pool. */
import type { SimulationPool } from '../src/simulation/run/pool';
import { compareJob, confirmJob, simulateJob, warmJob } from '../src/simulation/run/jobs';
import { createSimulationMemo } from '../src/simulation/run/simulationMemo';
import { insightsJob, type InsightsRequest } from '../src/simulation/run/insights';
import type { CompareRequest, ConfirmRequest, JobProgress, SimulateRequest } from '../src/simulation/run/jobTypes';

export function createCompareWorkerApi(pool: SimulationPool) {
  // Lives as long as the worker: a cancelled comparison terminates it, and the next one starts afresh.
  const memo = createSimulationMemo();
  return {
    simulate: (req: SimulateRequest, onProgress: (p: JobProgress) => void) => simulateJob(pool, req, onProgress),
    compare: (req: CompareRequest, onProgress: (p: JobProgress) => void) => compareJob(pool, req, onProgress, memo),
    confirm: (req: ConfirmRequest, onProgress: (p: JobProgress) => void) => confirmJob(pool, req, onProgress),
    warm: (req: Pick<ConfirmRequest, 'scenario'>) => warmJob(pool, req),
    insights: (req: InsightsRequest, onProgress: (p: JobProgress) => void) => insightsJob(req, onProgress),
  };
}

export type CompareWorkerApi = ReturnType<typeof createCompareWorkerApi>;
