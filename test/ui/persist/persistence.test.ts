/** Autosave and the saved-scenarios list on fake-indexeddb: two tabs, refusals shown, delete with undo, links. */
import 'fake-indexeddb/auto';
import { deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { ComparisonOutcome, ConfirmationOutcome, JobResult, StrategyOutcome } from '../../../src/simulation/run/jobTypes';
import { scenarioHash } from '../../../src/simulation/run/hash';
import { createWorkerRunClient, setRunClient } from '../../../src/ui/simulate/client';
import { simulatedFigures, type Tagged } from '../../../src/ui/state/runsSlice';
import type { CompareHandle } from '../../../workers/browserCompare';
import { openScenarioDb, type ScenarioDb, StorageError } from '../../../src/ui/persist/db';
import { loadSaved } from '../../../src/ui/persist/boot';
import { createPersistence, type TabChannel } from '../../../src/ui/persist/persistence';
import { replaceWorkspace, workspaceOf } from '../../../src/ui/persist/workspace';
import { createAppStore } from '../../../src/ui/state/store';
import { smallScenario } from '../fixtures';

let dbCount = 0;
const OVERTIME = { id: 'ot', name: 'Overtime', levers: [{ kind: 'overtime' as const, hoursPerAgentPerDay: 2, capHoursPerDay: 2, premium: 1.5 }] };
const blank = () => smallScenario({ name: 'Blank', strategies: [OVERTIME] });

/** Two tabs' ends of one BroadcastChannel. */
function channelPair(): [TabChannel, TabChannel] {
  const listeners: ((e: MessageEvent) => void)[][] = [[], []];
  const end = (me: number): TabChannel => ({
    postMessage: (data) => { for (const l of listeners[1 - me]) l({ data } as MessageEvent); },
    addEventListener: (_t, l) => { listeners[me].push(l); },
    removeEventListener: (_t, l) => { listeners[me] = listeners[me].filter((x) => x !== l); },
  });
  return [end(0), end(1)];
}

async function openTab(db: ScenarioDb, channel?: TabChannel, tabId: string | null = null) {
  const boot = await loadSaved(db, tabId);
  const store = createAppStore(boot.opened?.record.scenario ?? blank());
  if (boot.opened) replaceWorkspace(store, workspaceOf(boot.opened.record, boot.opened.results, true));
  const persistence = createPersistence(store, { db, blank, debounceMs: 0, channel }, boot.opened, boot.list);
  await settle(persistence);
  return { store, persistence };
}

/** Lets the debounce fire and the write finish. */
async function settle(p: { flush(): Promise<void> }) {
  await new Promise((r) => setTimeout(r, 5));
  await p.flush();
}

describe('autosave', () => {
  it('keeps the first scenario at once, then every edit and the step, and reopens them', async () => {
    const db = openScenarioDb(`p-${++dbCount}`);
    const tab = await openTab(db);
    expect(tab.persistence.state.getState()).toMatchObject({ status: 'saved' });
    expect((await db.list()).map((s) => s.name)).toEqual(['Blank']);
    tab.store.getState().editScenario({ ...tab.store.getState().scenario, name: 'Edited' });
    tab.store.getState().setView('staffing');
    tab.store.getState().setChannelIndex(1);
    tab.store.getState().setFocusDay(2);
    await settle(tab.persistence);
    const again = await openTab(db);
    expect(again.store.getState()).toMatchObject({ channelIndex: 1, focusDay: 2 });
    expect(again.store.getState().scenario.name).toBe('Edited');
    expect(again.store.getState().view).toBe('staffing');
    expect((await db.list())).toHaveLength(1);
  });

  it('two tabs on one scenario: the second writer is stopped and asked, nothing overwritten', async () => {
    const db = openScenarioDb(`p-${++dbCount}`);
    const a = await openTab(db);
    const b = await openTab(db);
    a.store.getState().editScenario({ ...a.store.getState().scenario, name: 'From tab A' });
    await settle(a.persistence);
    b.store.getState().editScenario({ ...b.store.getState().scenario, name: 'From tab B' });
    await settle(b.persistence);
    expect(b.persistence.state.getState()).toMatchObject({ status: 'conflict', conflict: { theirs: { name: 'From tab A' } } });
    const stored = await db.read(a.persistence.state.getState().currentId!);
    expect(stored?.record.name).toBe('From tab A');
    // Keeping B's version as its own scenario loses neither.
    await b.persistence.keepMineAsCopy();
    expect((await db.list()).map((s) => s.name).sort()).toEqual(['From tab A', 'From tab B (this tab)']);
  });

  it('hears of the other tab\'s save at once on the channel', async () => {
    const db = openScenarioDb(`p-${++dbCount}`);
    const [ca, cb] = channelPair();
    const a = await openTab(db, ca);
    const b = await openTab(db, cb);
    a.store.getState().editScenario({ ...a.store.getState().scenario, name: 'Saved in A' });
    await settle(a.persistence);
    await new Promise((r) => setTimeout(r, 20));
    expect(b.persistence.state.getState().status).toBe('conflict');
    await b.persistence.takeTheirs();
    expect(b.store.getState().scenario.name).toBe('Saved in A');
    expect(b.persistence.state.getState().status).toBe('saved');
  });

  it('shows a full storage as a message, not a silent failure', async () => {
    const real = openScenarioDb(`p-${++dbCount}`);
    const full: ScenarioDb = { ...real, write: async () => { throw new StorageError('full', Object.assign(new Error('quota'), { name: 'QuotaExceededError' })); } };
    const tab = await openTab(full);
    expect(tab.persistence.state.getState().status).toBe('error');
    expect(tab.persistence.state.getState().problem).toMatch(/storage for this site is full/);
  });

  it('deletes with undo, and a deleted current scenario gives way to the next', async () => {
    const db = openScenarioDb(`p-${++dbCount}`);
    const tab = await openTab(db);
    await tab.persistence.duplicate(tab.persistence.state.getState().currentId!);
    expect(tab.store.getState().scenario.name).toBe('Blank (copy)');
    const copyId = tab.persistence.state.getState().currentId!;
    await tab.persistence.remove(copyId);
    expect(tab.store.getState().scenario.name).toBe('Blank');
    expect((await db.list()).map((s) => s.name)).toEqual(['Blank']);
    await tab.persistence.undoRemove();
    expect((await db.list()).map((s) => s.name).sort()).toEqual(['Blank', 'Blank (copy)']);
    expect(tab.store.getState().scenario.name).toBe('Blank (copy)');
  });

  it('renames a scenario that is not on screen, and refuses an empty name', async () => {
    const db = openScenarioDb(`p-${++dbCount}`);
    const tab = await openTab(db);
    const first = tab.persistence.state.getState().currentId!;
    await tab.persistence.create();
    expect(await tab.persistence.rename(first, '  ')).toEqual([{ path: 'name', message: 'must not be empty' }]);
    expect(await tab.persistence.rename(first, 'Renamed')).toEqual([]);
    expect((await db.read(first))?.record.scenario.name).toBe('Renamed');
    expect(tab.store.getState().scenario.name).toBe('New scenario');
    // A restart reopens the one on screen, not the one renamed.
    expect(await db.lastOpened()).toBe(tab.persistence.state.getState().currentId);
  });

  it('opens a link without saving it until asked; a bad link changes nothing', async () => {
    const db = openScenarioDb(`p-${++dbCount}`);
    const tab = await openTab(db);
    await tab.persistence.openLink('scenario=@@@');
    expect(tab.persistence.state.getState().link).toMatchObject({ kind: 'refused' });
    expect(tab.store.getState().scenario.name).toBe('Blank');
    const data = deflateRawSync(Buffer.from(JSON.stringify(smallScenario({ name: 'Shared' })))).toString('base64url');
    await tab.persistence.openLink(`scenario=${data}`);
    expect(tab.store.getState().scenario.name).toBe('Shared');
    expect(tab.persistence.state.getState().status).toBe('unkept');
    tab.store.getState().setView('forecast');
    await settle(tab.persistence);
    expect((await db.list()).map((s) => s.name)).toEqual(['Blank']);
    await tab.persistence.keepLinked();
    expect((await db.list()).map((s) => s.name)).toEqual(['Shared', 'Blank']);
  });
});

/** A compare worker whose confirmations the test answers by hand (the runs slice's own path into the store). */
function answeringWorkers() {
  const answers: ((r: JobResult<unknown>) => void)[] = [];
  const pending = () => new Promise<JobResult<never>>((resolve) => { answers.push(resolve as (r: JobResult<unknown>) => void); });
  const factory = (): CompareHandle => ({ simulate: pending, compare: pending, confirm: pending, warm: async () => {}, terminate: () => {} });
  return { answers, factory };
}

const outcomeOf = (id: string, meets: boolean, replications: number): StrategyOutcome => ({
  id, simulated: { meetsTargets: meets, replications, failures: meets ? [] : [{ channel: 'voice' }] },
}) as unknown as StrategyOutcome;
const confirmationOf = (meets: boolean, replications: number): ConfirmationOutcome => ({
  baseline: outcomeOf('baseline', false, replications), strategy: outcomeOf('ot', meets, replications), seconds: 1,
});

/** Confirms `ot` through the runs slice, answered with `result`. */
async function confirmOvertime(store: ReturnType<typeof createAppStore>, workers: ReturnType<typeof answeringWorkers>, result: ConfirmationOutcome) {
  store.getState().startConfirm('ot');
  await new Promise((r) => setTimeout(r, 0));
  workers.answers.at(-1)!({ kind: 'done', result });
  // The result lands in its own task (runsSlice.ts `finish`).
  await new Promise((r) => setTimeout(r, 5));
}

describe('confirmations kept with the results', () => {
  afterEach(() => setRunClient(null));

  it('a strategy\'s confirmation comes back after a reload, current; after an edit of the strategy, marked before', async () => {
    const workers = answeringWorkers();
    setRunClient(createWorkerRunClient(workers.factory));
    const db = openScenarioDb(`c-${++dbCount}`);
    const tab = await openTab(db);
    await confirmOvertime(tab.store, workers, confirmationOf(true, 17));
    const confirmed = tab.store.getState().confirmations.ot;
    expect(confirmed?.result.strategy.simulated.replications).toBe(17);
    await settle(tab.persistence);
    const stored = await db.read(tab.persistence.state.getState().currentId!);
    expect(stored?.results.confirmations?.ot?.runId).toBe(confirmed!.runId);

    const again = await openTab(db);
    expect(again.store.getState().confirmations).toEqual({ ot: confirmed });
    expect(simulatedFigures('ot', again.store.getState(), again.store.getState().scenario)).toMatchObject({ current: true, confirmed: true, outcome: { simulated: { replications: 17 } } });
    // The strategy edited since: the confirmation stays, by its tag marked "before" — after a reload too.
    const edited = { ...OVERTIME, levers: [{ ...OVERTIME.levers[0], hoursPerAgentPerDay: 1 }] };
    expect(again.store.getState().editScenario({ ...again.store.getState().scenario, strategies: [edited] }).ok).toBe(true);
    expect(simulatedFigures('ot', again.store.getState(), again.store.getState().scenario)).toMatchObject({ current: false, confirmed: true });
    await settle(again.persistence);
    const third = await openTab(db);
    expect(third.store.getState().confirmations.ot?.runId).toBe(confirmed!.runId);
    expect(simulatedFigures('ot', third.store.getState(), third.store.getState().scenario)).toMatchObject({ current: false, confirmed: true });
  });

  it('opens results saved before confirmations were kept as none, and drops a damaged confirmation, keeping the rest', async () => {
    const db = openScenarioDb(`c-${++dbCount}`);
    const scenario = blank();
    const record = {
      id: 'old', name: 'Old', createdAt: '2026-06-01T10:00:00.000Z', updatedAt: '2026-06-01T10:00:00.000Z',
      scenario, view: 'comparison' as const, focusDay: null, runSettings: { seed: 1, replications: 20 },
    };
    await db.write(record, null, { comparison: null, simulation: null });
    const old = await openTab(db, undefined, 'old');
    expect(old.store.getState().scenario.name).toBe('Blank');
    expect(old.store.getState().confirmations).toEqual({});
    expect(simulatedFigures('ot', old.store.getState(), scenario)).toBeNull();

    const good: Tagged<ConfirmationOutcome> = { tag: { scenarioHash: scenarioHash(scenario), seed: 1, replications: 20, strategyId: 'ot' }, runId: 'confirm-3', scenario, result: confirmationOf(false, 20) };
    const damaged = { comparison: null, simulation: null, confirmations: { ot: good, ot2: { tag: 'lost', result: null }, ot3: { ...good, result: { baseline: {}, strategy: {} } } } };
    await db.write({ ...record, id: 'damaged' }, null, damaged as never);
    const tab = await openTab(db, undefined, 'damaged');
    expect(tab.store.getState().confirmations).toEqual({ ot: good });
    expect(simulatedFigures('ot', tab.store.getState(), tab.store.getState().scenario)).toMatchObject({ current: true, confirmed: true });
    await db.write({ ...record, id: 'garbage' }, null, { comparison: null, simulation: null, confirmations: 'not a map' } as never);
    expect((await openTab(db, undefined, 'garbage')).store.getState().confirmations).toEqual({});
  });

  it('a duplicate keeps the confirmations, a new scenario and a link start without, undo of a delete brings them back', async () => {
    const workers = answeringWorkers();
    setRunClient(createWorkerRunClient(workers.factory));
    const db = openScenarioDb(`c-${++dbCount}`);
    const tab = await openTab(db);
    await confirmOvertime(tab.store, workers, confirmationOf(true, 9));
    await settle(tab.persistence);
    const confirmed = tab.store.getState().confirmations.ot!;
    await tab.persistence.duplicate(tab.persistence.state.getState().currentId!);
    const copyId = tab.persistence.state.getState().currentId!;
    expect((await db.read(copyId))?.results.confirmations?.ot?.runId).toBe(confirmed.runId);
    await tab.persistence.create();
    expect(tab.store.getState().confirmations).toEqual({});
    await tab.persistence.open(copyId);
    expect(tab.store.getState().confirmations.ot?.runId).toBe(confirmed.runId);
    await tab.persistence.remove(copyId);
    await tab.persistence.undoRemove();
    expect(tab.store.getState().confirmations.ot?.runId).toBe(confirmed.runId);
    const data = deflateRawSync(Buffer.from(JSON.stringify(blank()))).toString('base64url');
    await tab.persistence.openLink(`scenario=${data}`);
    expect(tab.store.getState().confirmations).toEqual({});
  });

  it('a confirmation made after a reload counts as newer than the restored comparison', async () => {
    const workers = answeringWorkers();
    setRunClient(createWorkerRunClient(workers.factory));
    const db = openScenarioDb(`c-${++dbCount}`);
    const scenario = blank();
    const tag = { scenarioHash: scenarioHash(scenario), seed: 1, replications: 20 };
    // Saved in an earlier session whose runs had come far: a high run number.
    const comparison: Tagged<ComparisonOutcome> = {
      tag: { ...tag, strategyId: null }, runId: 'compare-900000', scenario,
      result: { strategies: [outcomeOf('baseline', false, 20), outcomeOf('ot', false, 20)] } as unknown as ComparisonOutcome,
    };
    await db.write({
      id: 'saved', name: 'Blank', createdAt: '2026-06-01T10:00:00.000Z', updatedAt: '2026-06-01T10:00:00.000Z',
      scenario, view: 'comparison', focusDay: null, runSettings: { seed: 1, replications: 20 },
    }, null, { comparison, simulation: null });
    const tab = await openTab(db, undefined, 'saved');
    expect(simulatedFigures('ot', tab.store.getState(), tab.store.getState().scenario)).toMatchObject({ current: true, confirmed: false });
    await confirmOvertime(tab.store, workers, confirmationOf(true, 20));
    expect(simulatedFigures('ot', tab.store.getState(), tab.store.getState().scenario)).toMatchObject({ current: true, confirmed: true, outcome: { simulated: { meetsTargets: true } } });
  });
});
