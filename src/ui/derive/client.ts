/**
 * The page's access to the derive workers (validation, plan, live what-if): one worker per job,
 * so a long plan never holds up the validation of the next keystroke. Each job is latest-wins:
 * while one request runs, only the newest waiting request is kept (older waiting ones are
 * answered `superseded`), so a slider dragged across twenty values costs at most two
 * computations. A job that throws or passes its time limit has its worker ended and replaced by a
 * new one on the next request, and is answered `failed` for the page to say so; `cancel` ends
 * every worker (none left running). The store calls the module-level client (`getDeriveClient`);
 * tests put one over fake workers in its place (`setDeriveClient`).
 */
import { createBrowserDerive, type DeriveHandle, type DeriveKind } from '../../../workers/browserDerive';
import type { DeriveJobs } from '../../simulation/run/derive';
import { PAGE_ANALYSIS_SECONDS } from '../../scenario/limits';

export type { DeriveKind } from '../../../workers/browserDerive';
export type DeriveInput<K extends DeriveKind> = Parameters<DeriveJobs[K]>[0];
export type DeriveValue<K extends DeriveKind> = ReturnType<DeriveJobs[K]>;

export type DeriveAnswer<T> =
  | { kind: 'done'; value: T }
  | { kind: 'superseded' }
  | { kind: 'failed'; reason: 'timeout' | 'error'; message: string };

export interface DeriveClient {
  request<K extends DeriveKind>(kind: K, input: DeriveInput<K>): Promise<DeriveAnswer<DeriveValue<K>>>;
  /** Ends every worker; running and waiting requests are answered `superseded`. */
  cancel(): void;
  /** Workers alive now (for tests and the memory check). */
  workers(): number;
}

export interface DeriveClientOptions {
  /** A request's time limit; PAGE_ANALYSIS_SECONDS (limits.ts) by default. */
  timeLimitMs?: number;
}

type Settle = (answer: DeriveAnswer<unknown>) => void;
interface Waiting { input: unknown; settle: Settle }
interface Lane {
  handle: DeriveHandle | null;
  /** The request running now, if any; `attempt` tells a late answer from the current one. */
  running: { settle: Settle; attempt: number } | null;
  waiting: Waiting | null;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createDeriveClient(factory: () => DeriveHandle, options: DeriveClientOptions = {}): DeriveClient {
  const timeLimitMs = options.timeLimitMs ?? PAGE_ANALYSIS_SECONDS.max * 1000;
  const lanes = new Map<DeriveKind, Lane>();
  let attempts = 0;

  const laneOf = (kind: DeriveKind): Lane => {
    let lane = lanes.get(kind);
    if (!lane) {
      lane = { handle: null, running: null, waiting: null };
      lanes.set(kind, lane);
    }
    return lane;
  };

  const endWorker = (lane: Lane) => {
    lane.handle?.terminate();
    lane.handle = null;
  };

  function start(kind: DeriveKind, lane: Lane, job: Waiting) {
    const attempt = ++attempts;
    lane.running = { settle: job.settle, attempt };
    const handle = lane.handle ?? factory();
    lane.handle = handle;
    const finish = (answer: DeriveAnswer<unknown>, broken: boolean) => {
      if (lane.running?.attempt !== attempt) return; // cancelled or timed out meanwhile
      clearTimeout(timer);
      lane.running = null;
      // A worker that threw or hung may be in any state: end it; the next request makes a new one.
      if (broken) endWorker(lane);
      job.settle(answer);
      const next = lane.waiting;
      lane.waiting = null;
      if (next) start(kind, lane, next);
    };
    const timer = setTimeout(() => finish({ kind: 'failed', reason: 'timeout', message: `no answer within ${timeLimitMs / 1000} s` }, true), timeLimitMs);
    handle.call(kind, job.input as never).then(
      (value) => finish({ kind: 'done', value }, false),
      (error: unknown) => finish({ kind: 'failed', reason: 'error', message: messageOf(error) }, true),
    );
  }

  return {
    request(kind, input) {
      return new Promise((resolve) => {
        const lane = laneOf(kind);
        const job: Waiting = { input, settle: resolve as Settle };
        if (lane.running === null) { start(kind, lane, job); return; }
        lane.waiting?.settle({ kind: 'superseded' });
        lane.waiting = job;
      });
    },
    cancel() {
      for (const lane of lanes.values()) {
        const running = lane.running;
        const waiting = lane.waiting;
        lane.running = null;
        lane.waiting = null;
        endWorker(lane);
        running?.settle({ kind: 'superseded' });
        waiting?.settle({ kind: 'superseded' });
      }
    },
    workers: () => [...lanes.values()].filter((l) => l.handle !== null).length,
  };
}

let client: DeriveClient | null = null;

/** The app's client, over browser workers (made on first use, never at import). */
export function getDeriveClient(): DeriveClient {
  if (client === null) client = createDeriveClient(createBrowserDerive);
  return client;
}

/** Replace the client (tests); `null` goes back to the browser's. */
export function setDeriveClient(next: DeriveClient | null): void {
  client = next;
}
