/**
 * A pool of simulation workers sharing the replications of a run.
 *
 * The pool does not know whether its workers are browser workers or Node worker threads: a
 * factory makes them (browserWorker.ts, nodeWorker.ts). Replications are handed out in dynamic
 * chunks (src/simulation/run/chunks.ts) and the results are put back in replication order, so
 * the same seed gives the same answer whatever the number of workers.
 *
 * Expected outcomes are data, not exceptions (docs/architecture.md, "Results are data"): a cancelled run resolves to
 * `{ kind: 'cancelled' }`, a worker that throws to `{ kind: 'error' }`. In both cases the
 * workers are terminated — the only way to stop a busy worker promptly — and new ones are made
 * for the next run, so the pool recovers.
 */
import type { ReplicationResult } from '../des';
import type { BatchRequest } from './batch';
import { chunkSize, replicationNumbers } from './chunks';

export interface WorkerHandle {
  runBatch(request: BatchRequest): Promise<ReplicationResult[]>;
  terminate(): void;
}

export type WorkerFactory = () => WorkerHandle;

export interface RunJob {
  scenario: BatchRequest['scenario'];
  seed: number;
  replications: number;
}

export interface RunProgress {
  done: number;
  total: number;
}

export interface RunOptions {
  onProgress?: (progress: RunProgress) => void;
  signal?: AbortSignal;
}

export type RunOutcome =
  | { kind: 'done'; results: ReplicationResult[] }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

export class SimulationPool {
  private workers: WorkerHandle[] = [];

  constructor(private readonly factory: WorkerFactory, readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`pool size must be a whole number ≥ 1, got ${size}`);
  }

  async run(job: RunJob, options: RunOptions = {}): Promise<RunOutcome> {
    const queue = replicationNumbers(job.replications);
    const total = queue.length;
    const byReplication = new Map<number, ReplicationResult>();
    const workerCount = Math.min(this.size, Math.max(1, total));
    while (this.workers.length < workerCount) this.workers.push(this.factory());
    const active = this.workers.slice(0, workerCount);

    if (options.signal?.aborted) return { kind: 'cancelled' };
    // A stopped run resolves at once through `stopped`: terminated workers never answer.
    let stopped = false;
    let resolveStopped: (outcome: RunOutcome) => void = () => {};
    const stoppedOutcome = new Promise<RunOutcome>((resolve) => { resolveStopped = resolve; });
    const stop = (outcome: RunOutcome) => {
      if (stopped) return;
      stopped = true;
      this.terminateAll();
      resolveStopped(outcome);
    };
    const onAbort = () => stop({ kind: 'cancelled' });
    options.signal?.addEventListener('abort', onAbort);

    const loop = async (worker: WorkerHandle) => {
      while (queue.length > 0 && !stopped) {
        const chunk = queue.splice(0, chunkSize(queue.length, workerCount));
        const results = await worker.runBatch({ scenario: job.scenario, seed: job.seed, replications: chunk });
        if (stopped) return;
        for (const result of results) byReplication.set(result.replication, result);
        options.onProgress?.({ done: byReplication.size, total });
      }
    };
    const finished = Promise.all(active.map((worker) => loop(worker).catch((error: unknown) => {
      stop({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }))).then((): RunOutcome => ({
      kind: 'done', results: replicationNumbers(total).map((r) => byReplication.get(r)!),
    }));
    try {
      return await Promise.race([stoppedOutcome, finished.then((done) => (stopped ? stoppedOutcome : done))]);
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Stops every worker now; the next run makes new ones. */
  terminateAll(): void {
    for (const worker of this.workers) worker.terminate();
    this.workers = [];
  }
}
