/**
 * Confirming one strategy from the app: the job the compare worker runs (run/jobs.ts
 * `confirmJob`), the runs slice that keeps each strategy's confirmation tagged with its inputs,
 * and which simulated figures a card shows (`simulatedFigures`).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runBatch } from '../../../src/simulation/run/batch';
import { scenarioHash as hashOf } from '../../../src/simulation/run/hash';
import { confirmJob, simulateJob, warmJob } from '../../../src/simulation/run/jobs';
import type { ComparisonOutcome, ConfirmationOutcome, JobProgress, JobResult, StrategyOutcome } from '../../../src/simulation/run/jobTypes';
import { SimulationPool, type WorkerHandle } from '../../../src/simulation/run/pool';
import { createWorkerRunClient, setRunClient } from '../../../src/ui/simulate/client';
import { latestRun, simulatedFigures, type Tagged } from '../../../src/ui/state/runsSlice';
import { createAppStore } from '../../../src/ui/state/store';
import type { CompareHandle } from '../../../workers/browserCompare';
import { smallScenario } from '../fixtures';
import type { ScenarioInput } from '../../../src/scenario/schema';

const inProcessPool = (size: number) => new SimulationPool((): WorkerHandle => ({ runBatch: async (r) => runBatch(r), terminate: () => {} }), size);
const withOvertime = () => smallScenario({
  strategies: [
    { id: 'ot', name: 'Overtime', levers: [{ kind: 'overtime', hoursPerAgentPerDay: 2, capHoursPerDay: 2, premium: 1.5 }] },
    { id: 'ot2', name: 'More overtime', levers: [{ kind: 'overtime', hoursPerAgentPerDay: 3, capHoursPerDay: 3, premium: 1.5 }] },
  ],
});

describe('confirmJob', () => {
  it('gives the strategy the figures of its own whole simulation, paired with the baseline\'s, and the baseline with no extra', async () => {
    const scenario = withOvertime();
    const seen: JobProgress[] = [];
    const job = { scenario, strategy: scenario.strategies[0]!, seed: 4, replications: 6 };
    const out = await confirmJob(inProcessPool(2), job, (p) => seen.push(p));
    if (out.kind !== 'done') throw new Error(out.message);
    const { baseline, strategy } = out.result;
    expect([baseline.id, strategy.id]).toEqual(['baseline', 'ot']);
    expect(seen[0]!.phase).toBe('analytic');
    expect(seen.some((p) => p.phase === 'simulating')).toBe(true);
    // Simulated whole and alone (simulateJob: no fork, no baseline beside it), the same replications: the same figures.
    const alone = await simulateJob(inProcessPool(1), { scenario, strategyId: 'ot', seed: 4, replications: strategy.simulated.replications });
    if (alone.kind !== 'done') throw new Error(alone.message);
    const { extra, stop: _stop, ...figures } = strategy.simulated;
    expect({ ...figures, extra: null }).toEqual(alone.result.strategy.simulated);
    expect(strategy.analytic).toEqual(alone.result.strategy.analytic);
    // Paired: the extra cost is the strategy's cost minus the baseline's, replication by replication.
    expect(extra!.extraCost.mean).toBeCloseTo(strategy.simulated.cost.total.mean - baseline.simulated.cost.total.mean, 6);
    expect(baseline.simulated.extra!.extraCost.mean).toBe(0);
  });

  it('warmJob starts every worker of the pool on the scenario, each with one replication of the baseline', async () => {
    const batches: number[][] = [];
    let made = 0;
    const pool = new SimulationPool((): WorkerHandle => { made++; return { runBatch: async (r) => { batches.push(r.replications); return runBatch(r); }, terminate: () => {} }; }, 2);
    await warmJob(pool, { scenario: withOvertime() });
    expect(made).toBe(2);
    expect(batches.flat().sort()).toEqual([0, 1]);
  });

  it('warmJob runs nothing on a scenario the budget refuses (900,000 calls a day for 8 days: over the 5 million contacts of one replication)', async () => {
    let made = 0;
    const pool = new SimulationPool((): WorkerHandle => { made++; return { runBatch: async (r) => runBatch(r), terminate: () => {} }; }, 2);
    const flat = [...Array(4).fill(0), ...Array(16).fill(1), ...Array(4).fill(0)];
    const huge = smallScenario({
      days: 8,
      forecast: { kind: 'profile', weekly: { voice: Array(7).fill(900_000), chat: Array(7).fill(0) }, intraday: { voice: flat, chat: flat }, events: [] } as ScenarioInput['forecast'],
    });
    await warmJob(pool, { scenario: huge });
    expect(made).toBe(0);
  });

  it('names a strategy its levers refuse', async () => {
    const scenario = withOvertime();
    const out = await confirmJob(inProcessPool(1), { scenario, strategy: { id: 'x', name: 'X', levers: [{ kind: 'overtime', pool: 'none', hoursPerAgentPerDay: 2 }] } as never, seed: 1, replications: 2 });
    expect(out.kind).toBe('error');
  });
});

/** A compare worker the test answers by hand. */
function fakeWorkers() {
  const made: { terminated: boolean; warmed: number; req?: unknown; answer?: (r: JobResult<unknown>) => void }[] = [];
  const factory = (): CompareHandle => {
    const entry: (typeof made)[number] = { terminated: false, warmed: 0 };
    made.push(entry);
    const pending = <T>(req: unknown) => new Promise<JobResult<T>>((resolve) => { entry.req = req; entry.answer = resolve as (r: JobResult<unknown>) => void; });
    return {
      simulate: (req) => pending(req),
      compare: (req) => pending(req),
      confirm: (req) => pending(req),
      warm: async () => { entry.warmed++; },
      terminate: () => { entry.terminated = true; },
    };
  };
  return { made, factory };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const flush = async () => { await tick(); await tick(); };
const outcomeOf = (id: string, meets: boolean) => ({ id, simulated: { meetsTargets: meets } }) as unknown as StrategyOutcome;
const confirmation = (id: string, meets: boolean): ConfirmationOutcome => ({ baseline: outcomeOf('baseline', false), strategy: outcomeOf(id, meets), seconds: 1 });

afterEach(() => setRunClient(null));

describe('confirming from the runs slice', () => {
  it('runs on its own worker with the strategy, keeps each strategy\'s confirmation, outdated once the scenario changes', async () => {
    const workers = fakeWorkers();
    setRunClient(createWorkerRunClient(workers.factory));
    const store = createAppStore(withOvertime());
    store.getState().setRunSettings({ seed: 3, replications: 10 });
    store.getState().startConfirm('ot');
    await flush();
    expect(latestRun(store.getState().runs, 'confirm')).toMatchObject({ status: 'running', tag: { strategyId: 'ot', seed: 3, replications: 10 } });
    expect(workers.made[0]!.req).toMatchObject({ strategy: { id: 'ot' }, seed: 3, replications: 10 });
    workers.made[0]!.answer!({ kind: 'done', result: confirmation('ot', true) });
    await flush();
    store.getState().startConfirm('ot2');
    await flush();
    // The same worker (kept warm between confirmations), a second request.
    expect(workers.made).toHaveLength(1);
    workers.made[0]!.answer!({ kind: 'done', result: confirmation('ot2', false) });
    await flush();
    const state = store.getState();
    expect(Object.keys(state.confirmations).sort()).toEqual(['ot', 'ot2']);
    expect(simulatedFigures('ot', state, state.scenario)).toMatchObject({ current: true, confirmed: true, outcome: { id: 'ot', simulated: { meetsTargets: true } } });
    expect(simulatedFigures('baseline', state, state.scenario)).toMatchObject({ current: true, confirmed: true, outcome: { id: 'baseline' } });
    // An edit: still shown, marked before.
    store.getState().setScenario({ ...state.scenario, name: 'Edited' });
    expect(simulatedFigures('ot', store.getState(), store.getState().scenario)).toMatchObject({ current: false, confirmed: true });
    // Nothing to confirm: no run.
    store.getState().startConfirm('nope');
    expect(latestRun(store.getState().runs, 'confirm')!.tag!.strategyId).toBe('ot2');
  });

  it('never runs beside a comparison: no confirmation starts while one runs, and a comparison cancels a running confirmation', async () => {
    const workers = fakeWorkers();
    setRunClient(createWorkerRunClient(workers.factory));
    const store = createAppStore(withOvertime());
    store.getState().startComparison();
    await flush();
    store.getState().startConfirm('ot');
    await flush();
    expect(latestRun(store.getState().runs, 'confirm')).toBeUndefined();
    workers.made[0]!.answer!({ kind: 'error', message: 'done with it' });
    await flush();
    store.getState().startConfirm('ot');
    await flush();
    expect(latestRun(store.getState().runs, 'confirm')?.status).toBe('running');
    store.getState().startComparison();
    await flush();
    expect(latestRun(store.getState().runs, 'confirm')?.status).toBe('cancelled');
    expect(workers.made[1]!.terminated).toBe(true);
  });

  it('the baseline card takes a current confirmation over a more recent outdated one', async () => {
    const workers = fakeWorkers();
    setRunClient(createWorkerRunClient(workers.factory));
    const store = createAppStore(withOvertime());
    const first = store.getState().scenario;
    store.getState().startConfirm('ot');
    await flush();
    workers.made[0]!.answer!({ kind: 'done', result: confirmation('ot', true) });
    await flush();
    // An edit, a confirmation of another strategy on it, then the edit undone.
    store.getState().setScenario({ ...first, name: 'Edited' });
    store.getState().startConfirm('ot2');
    await flush();
    workers.made[0]!.answer!({ kind: 'done', result: confirmation('ot2', false) });
    await flush();
    store.getState().setScenario(first);
    const state = store.getState();
    expect(simulatedFigures('ot', state, state.scenario)).toMatchObject({ current: true });
    expect(simulatedFigures('baseline', state, state.scenario)).toMatchObject({ current: true, confirmed: true });
  });

  it('warms the confirm worker once, ahead of the first confirmation, which then runs on it', async () => {
    const workers = fakeWorkers();
    const client = createWorkerRunClient(workers.factory);
    setRunClient(client);
    const store = createAppStore(withOvertime());
    client.warm!('confirm', { scenario: store.getState().scenario });
    client.warm!('confirm', { scenario: store.getState().scenario });
    expect(workers.made.map((m) => m.warmed)).toEqual([1]);
    store.getState().startConfirm('ot');
    await flush();
    expect(workers.made).toHaveLength(1);
    expect(workers.made[0]!.req).toMatchObject({ strategy: { id: 'ot' } });
    // Another kind of run has its own worker, not warmed.
    store.getState().startComparison();
    await flush();
    expect(workers.made.map((m) => m.warmed)).toEqual([1, 0]);
  });

  it('cancels at once and stops its worker; the late answer never lands', async () => {
    const workers = fakeWorkers();
    setRunClient(createWorkerRunClient(workers.factory));
    const store = createAppStore(withOvertime());
    store.getState().startConfirm('ot');
    await flush();
    store.getState().cancelRun('confirm');
    expect(latestRun(store.getState().runs, 'confirm')!.status).toBe('cancelled');
    expect(workers.made[0]!.terminated).toBe(true);
    workers.made[0]!.answer!({ kind: 'done', result: confirmation('ot', true) });
    await flush();
    expect(store.getState().confirmations).toEqual({});
  });

  it('shows the current figures first, else the most recent: a fresh confirmation over an outdated comparison and the other way round', () => {
    const scenario = withOvertime();
    const edited = { ...scenario, name: 'Edited' };
    const compared = (s: typeof scenario, runId: string, meets: boolean): Tagged<ComparisonOutcome> => ({
      tag: { scenarioHash: '', seed: 1, replications: 2, strategyId: null }, runId, scenario: s,
      result: { strategies: [outcomeOf('baseline', false), outcomeOf('ot', meets)] } as unknown as ComparisonOutcome,
    });
    const confirmed = (s: typeof scenario, runId: string, meets: boolean): Tagged<ConfirmationOutcome> => ({
      tag: { scenarioHash: '', seed: 1, replications: 2, strategyId: 'ot' }, runId, scenario: s, result: confirmation('ot', meets),
    });
    // Tags carry the hash of their scenario.
    const tagged = <T extends { tag: { scenarioHash: string }; scenario: typeof scenario }>(x: T): T => ({ ...x, tag: { ...x.tag, scenarioHash: hashOf(x.scenario) } });
    const oldCompare = tagged(compared(scenario, 'compare-1', false));
    const newConfirm = tagged(confirmed(edited, 'confirm-2', true));
    expect(simulatedFigures('ot', { comparison: oldCompare, confirmations: { ot: newConfirm } }, edited)).toMatchObject({ current: true, confirmed: true });
    const newCompare = tagged(compared(edited, 'compare-3', false));
    const oldConfirm = tagged(confirmed(scenario, 'confirm-2', true));
    expect(simulatedFigures('ot', { comparison: newCompare, confirmations: { ot: oldConfirm } }, edited)).toMatchObject({ current: true, confirmed: false });
    // Both outdated: the more recent run.
    expect(simulatedFigures('ot', { comparison: oldCompare, confirmations: { ot: oldConfirm } }, edited)).toMatchObject({ current: false, confirmed: true });
    expect(simulatedFigures('ot2', { comparison: null, confirmations: {} }, edited)).toBeNull();
  });
});

