/**
 * The pool's bookkeeping with in-process workers whose speed and failures the test controls:
 * order of results, progress, cancellation, a throwing worker, recovery.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ReplicationResult } from '../../../src/simulation/des';
import type { BatchRequest } from '../../../src/simulation/run/batch';
import { chunkSize } from '../../../src/simulation/run/chunks';
import { SimulationPool, type WorkerHandle } from '../../../src/simulation/run/pool';

interface FakeOptions {
  /** Milliseconds per replication for the i-th worker made. */
  delays?: number[];
  failOn?: number;
}

function fakeFactory(options: FakeOptions = {}) {
  const made: { terminated: boolean; batches: number[][]; finished: number }[] = [];
  const factory = (): WorkerHandle => {
    const index = made.length;
    const record = { terminated: false, batches: [] as number[][], finished: 0 };
    made.push(record);
    const delay = options.delays?.[index] ?? 0;
    return {
      async runBatch(request: BatchRequest) {
        record.batches.push(request.replications);
        await new Promise((resolve) => setTimeout(resolve, delay * request.replications.length));
        record.finished++;
        if (options.failOn !== undefined && request.replications.includes(options.failOn)) {
          throw new Error(`replication ${options.failOn} failed`);
        }
        return request.replications.map((replication) => ({ replication, seed: request.seed }) as unknown as ReplicationResult);
      },
      terminate() { record.terminated = true; },
    };
  };
  return { factory, made };
}

const job = (replications: number) => ({ scenario: {} as BatchRequest['scenario'], seed: 7, replications });

describe('chunkSize', () => {
  it('hands out every replication, at least one at a time, never more than remain', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 16 }), (total, workers) => {
      let remaining = total;
      let chunks = 0;
      while (remaining > 0) {
        const size = chunkSize(remaining, workers);
        expect(size).toBeGreaterThanOrEqual(1);
        expect(size).toBeLessThanOrEqual(remaining);
        remaining -= size;
        chunks += 1;
      }
      expect(chunks).toBeGreaterThanOrEqual(Math.min(total, workers));
    }));
  });
});

describe('SimulationPool', () => {
  it('returns every replication once, in replication order, whatever worker finished it', async () => {
    const { factory, made } = fakeFactory({ delays: [3, 0] });
    const pool = new SimulationPool(factory, 2);
    const progress: number[] = [];
    const outcome = await pool.run(job(40), { onProgress: (p) => progress.push(p.done) });
    expect(outcome.kind).toBe('done');
    if (outcome.kind !== 'done') return;
    expect(outcome.results.map((r) => r.replication)).toEqual([...Array(40).keys()]);
    // Both workers took part, the fast one more than the slow one.
    const counts = made.map((m) => m.batches.flat().length);
    expect(counts[0]! + counts[1]!).toBe(40);
    expect(counts[1]!).toBeGreaterThan(counts[0]!);
    expect(progress.at(-1)).toBe(40);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('start() makes every worker ahead, without work; the next run uses them and makes none', async () => {
    const { factory, made } = fakeFactory();
    const pool = new SimulationPool(factory, 3);
    pool.start();
    pool.start();
    expect(made).toHaveLength(3);
    expect(made.every((m) => m.batches.length === 0)).toBe(true);
    const outcome = await pool.run(job(9));
    expect(outcome.kind).toBe('done');
    expect(made).toHaveLength(3);
    expect(made.map((m) => m.batches.flat().length).reduce((a, b) => a + b)).toBe(9);
  });

  it('cancels promptly: resolves as cancelled and terminates every worker', async () => {
    const { factory, made } = fakeFactory({ delays: [50, 50] });
    const pool = new SimulationPool(factory, 2);
    const controller = new AbortController();
    const running = pool.run(job(100), { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const outcome = await running;
    expect(outcome.kind).toBe('cancelled');
    // Promptly: it did not wait for the batches in flight (each takes ≥ 50 ms, cancel came at 20 ms).
    expect(made.length).toBeGreaterThan(0);
    expect(made.every((m) => m.batches.length > 0 && m.finished === 0)).toBe(true);
    expect(made.every((m) => m.terminated)).toBe(true);
  });

  it('turns a throwing worker into an error result, then recovers with fresh workers', async () => {
    const { factory, made } = fakeFactory({ failOn: 3 });
    const pool = new SimulationPool(factory, 2);
    const failed = await pool.run(job(10));
    expect(failed).toEqual({ kind: 'error', message: 'replication 3 failed' });
    expect(made.every((m) => m.terminated)).toBe(true);
    const before = made.length;
    const again = await pool.run({ ...job(3) });
    expect(again.kind).toBe('done');
    expect(made.length).toBeGreaterThan(before);
  });

  it('does not start a run whose signal is already aborted', async () => {
    const { factory, made } = fakeFactory();
    const controller = new AbortController();
    controller.abort();
    const outcome = await new SimulationPool(factory, 2).run(job(5), { signal: controller.signal });
    expect(outcome.kind).toBe('cancelled');
    expect(made.flatMap((m) => m.batches)).toEqual([]);
  });
});

describe('SimulationPool time limit', () => {
  it('ends a run whose worker passes the batch time limit, with a message, and replaces its workers', async () => {
    const { factory, made } = fakeFactory({ delays: [1_000] });
    const pool = new SimulationPool(factory, 1);
    const outcome = await pool.run(job(2), { batchTimeLimitMs: 50 });
    expect(outcome).toEqual({ kind: 'error', message: expect.stringMatching(/more than 0 s .* it was stopped/) });
    expect(made[0]!.terminated).toBe(true);
    // The next run has a new worker (the factory's second one is quick).
    expect((await pool.run(job(2), { batchTimeLimitMs: 50 })).kind).toBe('done');
    expect(made).toHaveLength(2);
  });
});
