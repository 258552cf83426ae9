import { afterEach, describe, expect, it } from 'vitest';
import { createWorkerRunClient, setRunClient } from '../../../src/ui/simulate/client';
import type { ComparisonOutcome, JobProgress, JobResult, SimulationOutcome } from '../../../src/simulation/run/jobTypes';
import { isCurrentTag, latestRun } from '../../../src/ui/state/runsSlice';
import { createAppStore } from '../../../src/ui/state/store';
import type { CompareHandle } from '../../../workers/browserCompare';
import { smallScenario } from '../fixtures';

/** A compare worker the test drives by hand: it answers when told, and records terminations. */
function fakeWorkers() {
  const made: { handle: CompareHandle; terminated: boolean; progress?: (p: JobProgress) => void; answer?: (r: JobResult<unknown>) => void }[] = [];
  const factory = () => {
    const entry: (typeof made)[number] = { terminated: false, handle: null as unknown as CompareHandle };
    const pending = <T>(onProgress: (p: JobProgress) => void) => new Promise<JobResult<T>>((resolve) => {
      entry.progress = onProgress;
      entry.answer = resolve as (r: JobResult<unknown>) => void;
    });
    entry.handle = {
      simulate: (_req, onProgress) => pending<SimulationOutcome>(onProgress),
      compare: (_req, onProgress) => pending<ComparisonOutcome>(onProgress),
      terminate: () => { entry.terminated = true; },
    };
    made.push(entry);
    return entry.handle;
  };
  return { made, factory };
}

const outcome = (id: string) => ({ strategies: [], recommendation: { strategyId: id }, seconds: 1 }) as unknown as ComparisonOutcome;
const tick = () => new Promise((r) => setTimeout(r, 0));
/** Lets answers settle: a result lands one task after its message (runsSlice.ts). */
const flush = async () => { await tick(); await tick(); };

afterEach(() => setRunClient(null));

describe('runs slice with the worker client', () => {
  it('tags a finished comparison with its inputs, and calls it outdated once the scenario changes', async () => {
    const workers = fakeWorkers();
    setRunClient(createWorkerRunClient(workers.factory));
    const store = createAppStore(smallScenario());
    store.getState().setRunSettings({ seed: 7, replications: 8 });
    store.getState().startComparison();
    await flush();
    let run = latestRun(store.getState().runs, 'compare')!;
    expect(run).toMatchObject({ status: 'running', phase: 'analytic', progress: 0, tag: { seed: 7, replications: 8, strategyId: null } });
    workers.made[0]!.progress!({ phase: 'simulating', done: 4, total: 16 });
    run = latestRun(store.getState().runs, 'compare')!;
    expect(run).toMatchObject({ phase: 'simulating', done: 4, total: 16, progress: 0.25 });
    expect(run.simulatingSince).toBeTypeOf('number');
    workers.made[0]!.answer!({ kind: 'done', result: outcome('x') });
    await flush();
    const { comparison, scenario } = store.getState();
    expect(comparison?.result.recommendation.strategyId).toBe('x');
    expect(isCurrentTag(comparison!.tag, scenario)).toBe(true);
    expect(latestRun(store.getState().runs, 'compare')!.status).toBe('done');
    // Same content in a new object is still current; a changed target is not.
    store.getState().setScenario(smallScenario());
    expect(isCurrentTag(comparison!.tag, store.getState().scenario)).toBe(true);
    store.getState().setScenario(smallScenario({ name: 'Changed' }));
    expect(isCurrentTag(comparison!.tag, store.getState().scenario)).toBe(false);
  });

  it('cancels at once, stops the worker, ignores its late answer, and reruns on a new worker', async () => {
    const workers = fakeWorkers();
    setRunClient(createWorkerRunClient(workers.factory));
    const store = createAppStore(smallScenario());
    store.getState().startSimulation('baseline');
    await flush();
    store.getState().cancelRun('simulate');
    expect(latestRun(store.getState().runs, 'simulate')!.status).toBe('cancelled');
    expect(workers.made[0]!.terminated).toBe(true);
    workers.made[0]!.answer!({ kind: 'done', result: { strategy: { id: 'late' }, seconds: 0 } });
    await flush();
    expect(store.getState().simulation).toBeNull();

    store.getState().startSimulation('baseline');
    await flush();
    expect(workers.made).toHaveLength(2);
    workers.made[1]!.answer!({ kind: 'done', result: { strategy: { id: 'baseline' }, seconds: 0 } as unknown as SimulationOutcome });
    await flush();
    expect(store.getState().simulation?.result.strategy.id).toBe('baseline');
    expect(store.getState().simulation?.tag.strategyId).toBe('baseline');
  });

  it('a second run replaces the first: the first one\'s answer never lands', async () => {
    const workers = fakeWorkers();
    setRunClient(createWorkerRunClient(workers.factory));
    const store = createAppStore(smallScenario());
    store.getState().startComparison();
    await flush();
    store.getState().startComparison();
    await flush();
    expect(workers.made[0]!.terminated).toBe(true);
    workers.made[0]!.answer!({ kind: 'done', result: outcome('old') });
    workers.made[1]!.answer!({ kind: 'error', message: 'boom' });
    await flush();
    expect(store.getState().comparison).toBeNull();
    expect(latestRun(store.getState().runs, 'compare')).toMatchObject({ status: 'failed', message: 'boom' });
    expect(store.getState().runs.filter((r) => r.kind === 'compare')).toHaveLength(1);
  });
});
