/**
 * The saved scenarios in IndexedDB, through idb-keyval (one object store, keys below). Every
 * write is one transaction — the record, its results, the list and the last-opened id together —
 * so a crash mid-save leaves the previous version whole. A write names the revision it read;
 * if the stored one differs another tab wrote in between, and nothing is written (`conflict`).
 *
 * Keys: `index` → SavedSummary[], `last` → id opened last, `scenario:<id>` → SavedRecord,
 * `results:<id>` → SavedResults.
 */
import { createStore, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { type SavedRecord, type SavedResults, type SavedSummary, storedResults, summaryOf } from './records';

export type StorageProblem = 'full' | 'unavailable' | 'failed';

/** Storage refused a read or a write: the reason decides the message the planner sees. */
export class StorageError extends Error {
  constructor(readonly reason: StorageProblem, cause: unknown) {
    super(`${reason}: ${cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)}`);
    this.name = 'StorageError';
  }
}

export type WriteOutcome = { kind: 'saved'; record: SavedRecord } | { kind: 'conflict'; theirs: SavedRecord | undefined };

export interface ScenarioDb {
  list(): Promise<SavedSummary[]>;
  read(id: string): Promise<{ record: SavedRecord; results: SavedResults } | undefined>;
  lastOpened(): Promise<string | undefined>;
  /**
   * Writes `record` (its `rev` is the revision it was read at; null to create it) and, unless
   * undefined, its results; makes it the last opened. Stored as revision `rev + 1`.
   */
  write(record: Omit<SavedRecord, 'rev'>, readRev: number | null, results?: SavedResults): Promise<WriteOutcome>;
  /** Makes `id` the scenario a restart reopens. */
  markOpened(id: string): Promise<void>;
  /** Removes a scenario; returns what was removed (for undo). */
  remove(id: string): Promise<{ record: SavedRecord; results: SavedResults } | undefined>;
}

const INDEX = 'index';
const LAST = 'last';
const recordKey = (id: string) => `scenario:${id}`;
const resultsKey = (id: string) => `results:${id}`;

function classify(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return new StorageError('full', error);
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError' || typeof indexedDB === 'undefined') {
    return new StorageError('unavailable', error);
  }
  return new StorageError('failed', error);
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw classify(error);
  }
}

/**
 * Reads `keys` in one read-write transaction, then lets `decide` give the puts and deletes to
 * make — or null to write nothing. Callbacks, not awaits, between the reads and the writes,
 * so the transaction stays active in every browser.
 */
function readThenWrite<T>(store: UseStore, keys: string[], decide: (values: unknown[]) => { put: [string, unknown][]; del: string[]; answer: T } | { abort: T }): Promise<T> {
  return store('readwrite', (os) => new Promise<T>((resolve, reject) => {
    const values: unknown[] = [];
    let answer: T;
    let aborted = false;
    const tx = os.transaction;
    keys.forEach((key, k) => {
      const request = os.get(key);
      request.onsuccess = () => {
        values[k] = request.result;
        if (k < keys.length - 1) return;
        try {
          const plan = decide(values);
          if ('abort' in plan) {
            answer = plan.abort;
            aborted = true;
            tx.abort();
            return;
          }
          answer = plan.answer;
          for (const [key2, value] of plan.put) os.put(value, key2);
          for (const key2 of plan.del) os.delete(key2);
        } catch (error) {
          // A value that cannot be stored (DataCloneError) aborts the whole transaction.
          aborted = false;
          tx.abort();
          reject(error);
        }
      };
    });
    promisifyRequest(tx).then(() => resolve(answer), (error) => (aborted ? resolve(answer) : reject(error ?? tx.error)));
  }));
}

export function openScenarioDb(name = 'renfort'): ScenarioDb {
  const store = createStore(name, 'kv');
  return {
    list: () => guarded(async () => (await get<SavedSummary[]>(INDEX, store)) ?? []),
    read: (id) => guarded(async () => {
      const [record, results] = await Promise.all([get<SavedRecord>(recordKey(id), store), get<unknown>(resultsKey(id), store)]);
      return record === undefined ? undefined : { record, results: storedResults(results) };
    }),
    lastOpened: () => guarded(() => get<string>(LAST, store)),
    markOpened: (id) => guarded(() => set(LAST, id, store)),
    write: (record, readRev, results) => guarded(() => readThenWrite<WriteOutcome>(store, [recordKey(record.id), INDEX], ([stored, index]) => {
      const current = stored as SavedRecord | undefined;
      if ((current?.rev ?? null) !== readRev) return { abort: { kind: 'conflict', theirs: current } };
      const next: SavedRecord = { ...record, rev: (readRev ?? 0) + 1 };
      const list = ((index as SavedSummary[] | undefined) ?? []).filter((s) => s.id !== record.id);
      const put: [string, unknown][] = [[recordKey(record.id), next], [INDEX, [summaryOf(next), ...list]], [LAST, record.id]];
      if (results !== undefined) put.push([resultsKey(record.id), results]);
      return { put, del: [], answer: { kind: 'saved', record: next } };
    })),
    remove: (id) => guarded(async () => {
      const removed = await readThenWrite(store, [recordKey(id), resultsKey(id), INDEX], ([record, results, index]) => {
        const list = ((index as SavedSummary[] | undefined) ?? []).filter((s) => s.id !== id);
        return {
          put: [[INDEX, list]] as [string, unknown][],
          del: [recordKey(id), resultsKey(id)],
          answer: record === undefined ? undefined : { record: record as SavedRecord, results: storedResults(results) },
        };
      });
      return removed;
    }),
  };
}
