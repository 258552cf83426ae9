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
import { WORKER_BATCH_SECONDS } from '../../scenario/limits';
import type { ReplicationResult } from '../des';
import type { ReplicationSummary } from '../compare/simulated';
import { type BatchRequest, type BatchShape, groupSize, type MemberSummary, type SummaryRequest, summariseResults } from './batch';
import { chunkSize, replicationNumbers } from './chunks';

/**
 * `work`, or a rejection once `ms` have passed: a worker stuck in a batch (a bug, a runaway
 * scenario the budget missed) must not hold the page or the command line forever. The error
 * stops the run, which terminates its workers; the next run makes new ones.
 */
function withTimeLimit<T>(work: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
    // A batch abandoned by a stopped run never settles: its timer must not keep Node alive.
    (timer as { unref?: () => void }).unref?.();
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

export interface WorkerHandle {
  runBatch(request: BatchRequest): Promise<ReplicationResult[]>;
  /**
   * The batch's replications reduced where they ran (batch.ts `summariseBatch`): typed arrays
   * cross back, not the replications. Absent (an in-process pool), the pool summarises
   * `runBatch`'s results itself — the same summaries.
   */
  summariseBatch?(request: SummaryRequest): Promise<MemberSummary[]>;
  terminate(): void;
}

export type WorkerFactory = () => WorkerHandle;

/**
 * How a run keeps and spreads its work, as the comparison's memory budget sets it
 * (run/budget.ts `comparisonBudget`); none changes a result. Absent: every figure per interval,
 * every strategy from one run of the baseline, every worker of the pool, the usual chunks.
 */
export interface RunShape extends BatchShape {
  /** At most this many of the pool's workers. */
  workers?: number;
  /** At most this many replications per batch (chunks.ts). */
  chunk?: number;
}

/** The shape's fields of `o` alone (options carrying more pass on only these). */
export const shapeOf = (o: RunShape): RunShape => ({ intervalDetail: o.intervalDetail, forkGroup: o.forkGroup, workers: o.workers, chunk: o.chunk });

export interface RunJob extends RunShape {
  scenario: BatchRequest['scenario'];
  seed: number;
  replications: number;
  /** The first replication's number (default 0): a later round of a sequential comparison goes on from there. */
  from?: number;
  /** Simulated after the scenario (their baseline) on every replication, forked where they can be (batch.ts). */
  strategies?: BatchRequest['strategies'];
  /**
   * Per member of a replication's group (0 the scenario, k strategy k − 1), whether its summary
   * is wanted: given, the workers summarise (batch.ts `summariseBatch`), the run streams them to
   * `onSummary` and keeps nothing; the scenario must then be a strategy's (levers/types.ts).
   */
  summarise?: boolean[];
}

export interface RunProgress {
  done: number;
  total: number;
}

export interface RunOptions {
  onProgress?: (progress: RunProgress) => void;
  signal?: AbortSignal;
  /**
   * Each replication as it arrives (any order), with its place in the replication's group (0 for
   * the scenario, k for strategy k − 1 of a grouped job); given, the pool keeps none and a
   * finished run's `results` is empty — memory then does not grow with the number of replications.
   */
  onResult?: (result: ReplicationResult, member: number) => void;
  /** Each wanted member's summary of a replication as it arrives (any order), with the job's `summarise`. */
  onSummary?: (summary: ReplicationSummary, member: number) => void;
  /** A batch taking longer ends the run with an error and its workers (limits.ts, WORKER_BATCH_SECONDS). */
  batchTimeLimitMs?: number;
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
    const first = job.from ?? 0;
    const queue = replicationNumbers(job.replications).map((r) => r + first);
    const total = queue.length;
    const group = groupSize(job);
    const byReplication = new Map<number, ReplicationResult>();
    let done = 0;
    const workerCount = Math.min(this.size, job.workers ?? this.size, Math.max(1, total));
    const timeLimit = options.batchTimeLimitMs ?? WORKER_BATCH_SECONDS.max * 1000;
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
        const chunk = queue.splice(0, chunkSize(queue.length, workerCount, job.chunk));
        const request: BatchRequest = { scenario: job.scenario, seed: job.seed, replications: chunk, ...(job.strategies ? { strategies: job.strategies } : {}) };
        const limited = <T>(work: Promise<T>) => withTimeLimit(
          work,
          timeLimit,
          () => `a simulation worker ran ${chunk.length} replication(s) for more than ${Math.round(timeLimit / 1000)} s (the limit of one batch): it was stopped`,
        );
        if (job.summarise) {
          const summaryRequest = { ...request, summarise: job.summarise, intervalDetail: job.intervalDetail, forkGroup: job.forkGroup } as SummaryRequest;
          const summaries = await limited(worker.summariseBatch
            ? worker.summariseBatch(summaryRequest)
            : worker.runBatch(request).then((results) => summariseResults(summaryRequest, results)));
          if (stopped) return;
          done += chunk.length;
          for (const summary of summaries) options.onSummary?.(summary, summary.member);
          options.onProgress?.({ done, total });
          continue;
        }
        const results = await limited(worker.runBatch(request));
        if (stopped) return;
        done += results.length / group;
        results.forEach((result, k) => {
          if (options.onResult) options.onResult(result, k % group);
          else byReplication.set(result.replication * group + (k % group), result);
        });
        options.onProgress?.({ done, total });
      }
    };
    const finished = Promise.all(active.map((worker) => loop(worker).catch((error: unknown) => {
      stop({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }))).then((): RunOutcome => ({
      kind: 'done', results: options.onResult || job.summarise ? [] : replicationNumbers(total * group).map((r) => byReplication.get(first * group + r)!),
    }));
    try {
      return await Promise.race([stoppedOutcome, finished.then((done) => (stopped ? stoppedOutcome : done))]);
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
    }
  }

  /**
   * Makes the pool's workers now, without work: each loads and compiles the simulator on its own
   * thread while this one does something else (the comparison's analytic search), instead of
   * after it. Workers already made are kept.
   */
  start(): void {
    while (this.workers.length < this.size) this.workers.push(this.factory());
  }

  /** Stops every worker now; the next run makes new ones. */
  terminateAll(): void {
    for (const worker of this.workers) worker.terminate();
    this.workers = [];
  }
}
