/** Autosave and the saved-scenarios list on fake-indexeddb: two tabs, refusals shown, delete with undo, links. */
import 'fake-indexeddb/auto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openScenarioDb, type ScenarioDb, StorageError } from '../../../src/ui/persist/db';
import { loadSaved } from '../../../src/ui/persist/boot';
import { createPersistence, type TabChannel } from '../../../src/ui/persist/persistence';
import { replaceWorkspace, workspaceOf } from '../../../src/ui/persist/workspace';
import { createAppStore } from '../../../src/ui/state/store';
import { smallScenario } from '../fixtures';

let dbCount = 0;
const blank = () => smallScenario({ name: 'Blank' });

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
