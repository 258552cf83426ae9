import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeriveClient } from '../../../src/ui/derive/client';
import type { DeriveHandle } from '../../../workers/browserDerive';

/** Fake workers whose answers the test gives by hand; each remembers whether it was ended. */
function fakeWorkers() {
  const made: { calls: { kind: string; input: unknown; resolve: (v: unknown) => void; reject: (e: Error) => void }[]; terminated: boolean }[] = [];
  const factory = (): DeriveHandle => {
    const worker = { calls: [] as (typeof made)[number]['calls'], terminated: false };
    made.push(worker);
    return {
      call: (kind, input) => new Promise((resolve, reject) => { worker.calls.push({ kind, input, resolve: resolve as (v: unknown) => void, reject }); }),
      terminate: () => { worker.terminated = true; },
    };
  };
  return { made, factory };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => { vi.useRealTimers(); });

describe('derive client', () => {
  it('keeps only the newest waiting request while one runs (latest wins)', async () => {
    const { made, factory } = fakeWorkers();
    const client = createDeriveClient(factory);
    const first = client.request('plan', 'a' as never);
    const second = client.request('plan', 'b' as never);
    const third = client.request('plan', 'c' as never);
    expect(await second).toEqual({ kind: 'superseded' });
    made[0]!.calls[0]!.resolve('plan of a');
    expect(await first).toEqual({ kind: 'done', value: 'plan of a' });
    await flush();
    // 'b' was never computed: the worker went from 'a' straight to 'c'.
    expect(made[0]!.calls.map((c) => c.input)).toEqual(['a', 'c']);
    made[0]!.calls[1]!.resolve('plan of c');
    expect(await third).toEqual({ kind: 'done', value: 'plan of c' });
    expect(made).toHaveLength(1);
  });

  it('ends a worker that passes its time limit, answers failed, and runs the next request on a new one', async () => {
    vi.useFakeTimers();
    const { made, factory } = fakeWorkers();
    const client = createDeriveClient(factory, { timeLimitMs: 1_000 });
    const hung = client.request('live', 'big' as never);
    const next = client.request('live', 'small' as never);
    await vi.advanceTimersByTimeAsync(999);
    expect(made[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await hung).toMatchObject({ kind: 'failed', reason: 'timeout' });
    expect(made[0]!.terminated).toBe(true);
    expect(made).toHaveLength(2);
    expect(made[1]!.calls.map((c) => c.input)).toEqual(['small']);
    // A late answer from the ended worker changes nothing.
    made[0]!.calls[0]!.resolve('too late');
    made[1]!.calls[0]!.resolve('figures');
    expect(await next).toEqual({ kind: 'done', value: 'figures' });
    expect(client.workers()).toBe(1);
  });

  it('ends a worker that throws and makes a new one for the next request', async () => {
    const { made, factory } = fakeWorkers();
    const client = createDeriveClient(factory);
    const failing = client.request('validate', {} as never);
    made[0]!.calls[0]!.reject(new Error('out of memory'));
    expect(await failing).toEqual({ kind: 'failed', reason: 'error', message: 'out of memory' });
    expect(made[0]!.terminated).toBe(true);
    expect(client.workers()).toBe(0);
    const again = client.request('validate', {} as never);
    expect(made).toHaveLength(2);
    made[1]!.calls[0]!.resolve({ ok: true });
    expect(await again).toEqual({ kind: 'done', value: { ok: true } });
  });

  it('runs each job on its own worker, and cancel leaves none running', async () => {
    const { made, factory } = fakeWorkers();
    const client = createDeriveClient(factory);
    const plan = client.request('plan', 'a' as never);
    const live = client.request('live', 'a' as never);
    const waiting = client.request('live', 'b' as never);
    expect(made).toHaveLength(2);
    expect(client.workers()).toBe(2);
    client.cancel();
    expect(await Promise.all([plan, live, waiting])).toEqual([{ kind: 'superseded' }, { kind: 'superseded' }, { kind: 'superseded' }]);
    expect(made.every((w) => w.terminated)).toBe(true);
    expect(client.workers()).toBe(0);
  });
});
