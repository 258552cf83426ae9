/**
 * The page's side of the compare worker. Cancelling terminates the worker: its job may be in the
 * middle of the analytic search, which no message can interrupt, and terminating it also stops
 * the simulation workers it owns.
 */
import { proxy, wrap } from 'comlink';
import type { CompareWorkerApi } from './compareApi';
import type { DecisionInsights, InsightsRequest } from '../src/simulation/run/insights';
import type { CompareRequest, ComparisonOutcome, ConfirmationOutcome, ConfirmRequest, JobProgress, JobResult, SimulateRequest, SimulationOutcome } from '../src/simulation/run/jobTypes';

export interface CompareHandle {
  simulate(req: SimulateRequest, onProgress: (p: JobProgress) => void): Promise<JobResult<SimulationOutcome>>;
  compare(req: CompareRequest, onProgress: (p: JobProgress) => void): Promise<JobResult<ComparisonOutcome>>;
  /** One strategy against the baseline (run/confirmStrategy.ts); optional for handles made before it. */
  confirm?(req: ConfirmRequest, onProgress: (p: JobProgress) => void): Promise<JobResult<ConfirmationOutcome>>;
  /** Starts the simulation workers on the scenario ahead of a first job (run/jobs.ts `warmJob`); optional. */
  warm?(req: Pick<ConfirmRequest, 'scenario'>): Promise<void>;
  /** The sensitivity and the price of waiting (run/insights.ts); optional for handles made before it. */
  insights?(req: InsightsRequest, onProgress: (p: JobProgress) => void): Promise<JobResult<DecisionInsights>>;
  terminate(): void;
}

export function createBrowserCompare(): CompareHandle {
  const worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
  const api = wrap<CompareWorkerApi>(worker);
  return {
    simulate: (req, onProgress) => api.simulate(req, proxy(onProgress)),
    compare: (req, onProgress) => api.compare(req, proxy(onProgress)),
    confirm: (req, onProgress) => api.confirm(req, proxy(onProgress)),
    warm: (req) => api.warm(req),
    insights: (req, onProgress) => api.insights(req, proxy(onProgress)),
    terminate: () => {
      worker.terminate();
    },
  };
}
