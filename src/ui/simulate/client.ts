/**
 * The page's access to simulation jobs: one compare worker per kind of run (a simulation and a
 * comparison may run at once), made on first use. Cancelling terminates that worker and settles
 * the run at once as cancelled; the next run makes a new worker. The store's actions call the
 * module-level client (`getRunClient`); tests put a fake in its place (`setRunClient`).
 */
import { createBrowserCompare, type CompareHandle } from '../../../workers/browserCompare';
import type { DecisionInsights, InsightsRequest } from '../../simulation/run/insights';
import type { CompareRequest, ComparisonOutcome, ConfirmationOutcome, ConfirmRequest, JobProgress, JobResult, SimulateRequest, SimulationOutcome } from '../../simulation/run/jobTypes';

export type RunKind = 'simulate' | 'compare' | 'insights' | 'confirm';
export type RunResult<T> = JobResult<T> | { kind: 'cancelled' };
type OnProgress = (p: JobProgress) => void;

export interface RunClient {
  simulate(req: SimulateRequest, onProgress: OnProgress): Promise<RunResult<SimulationOutcome>>;
  compare(req: CompareRequest, onProgress: OnProgress): Promise<RunResult<ComparisonOutcome>>;
  /** One strategy against the baseline, in its own compare worker; absent from fakes that do not offer it. */
  confirm?(req: ConfirmRequest, onProgress: OnProgress): Promise<RunResult<ConfirmationOutcome>>;
  /**
   * Makes the worker of this kind now and starts its simulation workers on the scenario, so the
   * first run of that kind finds them ready (workshop mode, for Confirm); silent, never a run.
   */
  warm?(kind: RunKind, req: Pick<ConfirmRequest, 'scenario'>): void;
  /** The comparison step's sensitivity and price of waiting, in their own worker; absent from fakes that do not offer it. */
  insights?(req: InsightsRequest, onProgress: OnProgress): Promise<RunResult<DecisionInsights>>;
  /** Stops the running job of this kind, if any; its promise resolves `cancelled`. */
  cancel(kind: RunKind): void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A client over compare workers made by `factory` (the browser's, or a fake in tests). */
export function createWorkerRunClient(factory: () => CompareHandle): RunClient {
  const handles = new Map<RunKind, CompareHandle>();
  const stops = new Map<RunKind, () => void>();

  const cancel = (kind: RunKind) => {
    const handle = handles.get(kind);
    handles.delete(kind);
    handle?.terminate();
    const stop = stops.get(kind);
    stops.delete(kind);
    stop?.();
  };

  async function run<T>(kind: RunKind, call: (h: CompareHandle) => Promise<JobResult<T>>): Promise<RunResult<T>> {
    // A new run replaces a running one of the same kind: its answer would be outdated anyway.
    if (stops.has(kind)) cancel(kind);
    let handle = handles.get(kind);
    if (!handle) {
      handle = factory();
      handles.set(kind, handle);
    }
    let stop = () => {};
    const stopped = new Promise<RunResult<T>>((resolve) => { stop = () => resolve({ kind: 'cancelled' }); });
    stops.set(kind, stop);
    try {
      return await Promise.race([
        call(handle).catch((error: unknown): RunResult<T> => ({ kind: 'error', message: message(error) })),
        stopped,
      ]);
    } finally {
      if (stops.get(kind) === stop) stops.delete(kind);
    }
  }

  const warm = (kind: RunKind, req: Pick<ConfirmRequest, 'scenario'>) => {
    // Only a worker not made yet: warming one that runs or ran a job gains nothing.
    if (handles.has(kind)) return;
    const handle = factory();
    handles.set(kind, handle);
    // A job started meanwhile shares the pool (its batches queue behind one replication per worker).
    void handle.warm?.(req).catch(() => {});
  };

  return {
    warm,
    simulate: (req, onProgress) => run('simulate', (h) => h.simulate(req, onProgress)),
    compare: (req, onProgress) => run('compare', (h) => h.compare(req, onProgress)),
    confirm: (req, onProgress) => run('confirm', (h) => (h.confirm ? h.confirm(req, onProgress) : Promise.resolve({ kind: 'error' as const, message: 'not offered' }))),
    insights: (req, onProgress) => run('insights', (h) => (h.insights ? h.insights(req, onProgress) : Promise.resolve({ kind: 'error' as const, message: 'not offered' }))),
    cancel,
  };
}

let client: RunClient | null = null;

/** The app's client, over browser workers (made on the first run, never at import). */
export function getRunClient(): RunClient {
  if (client === null) client = createWorkerRunClient(createBrowserCompare);
  return client;
}

/** Replace the client (tests); `null` goes back to the browser's. */
export function setRunClient(next: RunClient | null): void {
  client = next;
}
