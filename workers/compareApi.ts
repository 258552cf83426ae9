/** What the compare worker exposes: the app's jobs over the worker's own simulation pool. */
import type { SimulationPool } from '../src/simulation/run/pool';
import { compareJob, confirmJob, simulateJob, warmJob } from '../src/simulation/run/jobs';
import { createSimulationMemo } from '../src/simulation/run/simulationMemo';
import { insightsJob, type InsightsRequest } from '../src/simulation/run/insights';
import type { CompareRequest, ConfirmRequest, JobProgress, SimulateRequest } from '../src/simulation/run/jobTypes';

export function createCompareWorkerApi(pool: SimulationPool) {
  // Lives as long as the worker: a cancelled comparison terminates it, and the next one starts afresh.
  const memo = createSimulationMemo();
  // A job waits for the warm-up to end, so the two never share the pool (a stop in one ends the pool's workers).
  let warming: Promise<void> = Promise.resolve();
  const afterWarm = <T>(job: () => Promise<T>): Promise<T> => warming.then(job);
  return {
    simulate: (req: SimulateRequest, onProgress: (p: JobProgress) => void) => afterWarm(() => simulateJob(pool, req, onProgress)),
    compare: (req: CompareRequest, onProgress: (p: JobProgress) => void) => afterWarm(() => compareJob(pool, req, onProgress, memo)),
    confirm: (req: ConfirmRequest, onProgress: (p: JobProgress) => void) => afterWarm(() => confirmJob(pool, req, onProgress)),
    warm: (req: Pick<ConfirmRequest, 'scenario'>) => {
      warming = warming.then(() => warmJob(pool, req)).catch(() => {});
      return warming;
    },
    insights: (req: InsightsRequest, onProgress: (p: JobProgress) => void) => insightsJob(req, onProgress),
  };
}

export type CompareWorkerApi = ReturnType<typeof createCompareWorkerApi>;
