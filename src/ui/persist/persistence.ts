/**
 * Autosave and the saved-scenarios list. Every change of what is on screen (scenario, step,
 * focused day, run settings, results) is written a moment later, one write at a time, to the
 * scenario being worked on. Its own small store (`state`) tells the header what happened:
 * saved, saving, refused (with why), or overtaken by another tab — never silently.
 *
 * Two tabs: each write names the revision it read (db.ts); a tab that lost the race stops
 * saving and asks. Tabs also tell each other of every write on a BroadcastChannel, so the
 * question comes as soon as the other tab saves, not at this tab's next edit.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { openScenarioLink } from '../../scenario/link';
import { parseScenario } from '../../scenario/parse';
import type { Problem } from '../../scenario/problems';
import type { ScenarioFile } from '../../scenario/schema';
import type { AppStore } from '../state/store';
import { type ScenarioDb, StorageError } from './db';
import { storageMessage } from './messages';
import { t } from '../i18n';
import { problemText } from '../i18n/problemWords';
import { newId, NO_RESULTS, type SavedRecord, type SavedResults, type SavedSummary } from './records';
import { replaceWorkspace, sameResults, savedPartChanged, workspaceOf } from './workspace';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'conflict' | 'unkept' | 'off';

export interface PersistState {
  status: SaveStatus;
  /** ISO time of the last successful save. */
  savedAt: string | null;
  /** Why the last save failed (status `error` or `off`). */
  problem: string | null;
  list: SavedSummary[];
  /** The saved scenario on screen; null while a scenario opened from a link is not kept. */
  currentId: string | null;
  /** Removed a moment ago: what Undo puts back. */
  removed: { record: SavedRecord; results: SavedResults; wasCurrent: boolean } | null;
  /** The last link opened: its scenario's name, or why it was refused. */
  link: { kind: 'opened'; name: string; migratedFrom?: number } | { kind: 'refused'; problems: Problem[] } | null;
  /** Another tab saved (or removed) the scenario on screen. */
  conflict: { theirs: SavedRecord | undefined } | null;
}

export interface Opened {
  record: SavedRecord;
  results: SavedResults;
}

export interface PersistDeps {
  db: ScenarioDb;
  /** The scenario `New` starts from. */
  blank: () => ScenarioFile;
  now?: () => Date;
  debounceMs?: number;
  /** This tab's scenario id, kept across reloads (sessionStorage). */
  tabMemory?: { get(): string | null; set(id: string): void };
  /** Tabs tell each other of writes; absent in tests of one tab. */
  channel?: TabChannel;
}

export interface Persistence {
  state: StoreApi<PersistState>;
  /** Writes now whatever is waiting. */
  flush(): Promise<void>;
  /** Writes what is on screen now, waiting or not (after a refused save). */
  retry(): Promise<void>;
  create(): Promise<void>;
  duplicate(id: string): Promise<void>;
  rename(id: string, name: string): Promise<Problem[]>;
  remove(id: string): Promise<void>;
  undoRemove(): Promise<void>;
  open(id: string): Promise<void>;
  /** Opens the scenario a `#scenario=` fragment carries; a bad one changes nothing. */
  openLink(fragment: string): Promise<void>;
  /** Keeps the scenario opened from a link among the saved ones. */
  keepLinked(): Promise<void>;
  /** Goes back to the saved scenario that was open before the link. */
  dropLinked(): Promise<void>;
  /** After a conflict: show the other tab's version, or keep this one as a new scenario. */
  takeTheirs(): Promise<void>;
  keepMineAsCopy(): Promise<void>;
  dismissLink(): void;
  dismissRemoved(): void;
  stop(): void;
}

/** What of a BroadcastChannel is used (tests pass a pair of linked fakes). */
export interface TabChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

interface Message { kind: 'saved' | 'removed'; id: string; rev: number; tab: string }

/** Starts autosave on `store`, which shows `opened` (or a scenario not saved yet when null). */
export function createPersistence(store: AppStore, deps: PersistDeps, opened: Opened | null, list: SavedSummary[]): Persistence {
  const now = () => (deps.now ? deps.now() : new Date()).toISOString();
  const tab = newId();
  const state = createStore<PersistState>()(() => ({
    status: opened ? 'saved' : 'pending', savedAt: opened?.record.updatedAt ?? null, problem: null, list,
    currentId: opened?.record.id ?? newId(), removed: null, link: null, conflict: null,
  }));
  /** The revision last read or written of the current scenario (null: not stored yet). */
  let readRev: number | null = opened?.record.rev ?? null;
  let createdAt = opened?.record.createdAt ?? now();
  let savedResults: SavedResults = opened?.results ?? NO_RESULTS;
  /** The saved scenario that was open before a link replaced it. */
  let beforeLink: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> | null = null;
  let again = false;
  let muted = false;

  const set = (patch: Partial<PersistState>) => state.setState(patch);
  /** Changes the app state without scheduling a save (the caller writes or needs none). */
  const quietly = (change: () => void) => {
    muted = true;
    try {
      change();
    } finally {
      muted = false;
    }
  };
  const remember = (id: string) => deps.tabMemory?.set(id);
  const tell = (m: Omit<Message, 'tab'>) => deps.channel?.postMessage({ ...m, tab });
  const canSave = () => state.getState().currentId !== null && state.getState().conflict === null;

  function fail(error: unknown): void {
    const e = error instanceof StorageError ? error : new StorageError('failed', error);
    set({ status: 'error', problem: storageMessage(e) });
  }

  async function refreshList(): Promise<void> {
    try {
      set({ list: await deps.db.list() });
    } catch (error) {
      fail(error);
    }
  }

  /** One write of the screen's state to the current scenario; writes never overlap. */
  async function writeNow(): Promise<void> {
    if (writing) {
      again = true;
      return writing;
    }
    const id = state.getState().currentId;
    if (id === null || !canSave()) return;
    const s = store.getState();
    const results = sameResults(s, savedResults) ? undefined : { comparison: s.comparison, simulation: s.simulation, confirmations: s.confirmations };
    set({ status: 'saving' });
    writing = (async () => {
      try {
        const out = await deps.db.write({
          id, name: s.scenario.name, createdAt, updatedAt: now(),
          scenario: s.scenario, view: s.view, focusDay: s.focusDay, channelIndex: s.channelIndex, runSettings: s.runSettings,
        }, readRev, results);
        // Another scenario was put on screen meanwhile: this write's answer is not about it.
        if (state.getState().currentId !== id) return;
        if (out.kind === 'conflict') {
          set({ status: 'conflict', conflict: { theirs: out.theirs } });
          return;
        }
        readRev = out.record.rev;
        if (results) savedResults = results;
        remember(id);
        tell({ kind: 'saved', id, rev: out.record.rev });
        const list = [{ id, name: out.record.name, createdAt, updatedAt: out.record.updatedAt }, ...state.getState().list.filter((x) => x.id !== id)];
        set({ status: 'saved', savedAt: out.record.updatedAt, problem: null, list });
      } catch (error) {
        fail(error);
      }
    })();
    await writing;
    writing = null;
    if (again) {
      again = false;
      await writeNow();
    }
  }

  function schedule(): void {
    if (!canSave()) return;
    set({ status: 'pending' });
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => { timer = null; void writeNow(); }, deps.debounceMs ?? 300);
  }

  async function flush(): Promise<void> {
    if (timer) {
      clearTimeout(timer);
      timer = null;
      await writeNow();
    } else if (writing) {
      await writing;
    }
  }

  /** Puts a saved scenario on screen (keeping the step) and makes it the current one. */
  function show(record: SavedRecord, results: SavedResults): void {
    quietly(() => replaceWorkspace(store, workspaceOf(record, results, false)));
    readRev = record.rev;
    createdAt = record.createdAt;
    savedResults = results;
    remember(record.id);
    set({ currentId: record.id, conflict: null, status: 'saved', savedAt: record.updatedAt, problem: null });
  }

  /** Starts a new saved scenario with what is on screen. */
  async function saveAsNew(name?: string): Promise<void> {
    if (name !== undefined) quietly(() => store.getState().setScenario({ ...store.getState().scenario, name }));
    readRev = null;
    createdAt = now();
    // Nothing saved under the new id yet: its first write carries the results on screen.
    savedResults = NO_RESULTS;
    set({ currentId: newId(), conflict: null, link: null });
    await writeNow();
  }

  /** A new saved scenario from the blank one, on screen. */
  async function startBlank(): Promise<void> {
    quietly(() => replaceWorkspace(store, { scenario: { ...deps.blank(), name: 'New scenario' } }));
    await saveAsNew();
  }

  async function openRecord(id: string): Promise<boolean> {
    try {
      const found = await deps.db.read(id);
      if (!found) return false;
      const parsed = parseScenario(found.record.scenario);
      if (!parsed.ok) {
        set({ status: 'error', problem: t('persist.noLongerValid', { name: found.record.name, problem: parsed.problems[0] ? problemText(parsed.problems[0]) : '' }) });
        return false;
      }
      show({ ...found.record, scenario: parsed.scenario }, found.results);
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  }

  const unsubscribe = store.subscribe((next, previous) => {
    if (!muted && savedPartChanged(next, previous)) schedule();
  });

  const onMessage = (event: MessageEvent) => {
    const m = event.data as Message;
    if (m.tab === tab) return;
    void refreshList();
    if (m.id !== state.getState().currentId) return;
    if (m.kind === 'removed' || readRev === null || m.rev > readRev) {
      void deps.db.read(m.id).then((found) => set({ status: 'conflict', conflict: { theirs: found?.record } }), fail);
    }
  };
  deps.channel?.addEventListener('message', onMessage);

  // Nothing saved yet (first visit): keep the default scenario at once so the list is not empty.
  if (!opened) void writeNow();

  return {
    state,
    flush,
    retry: async () => {
      await flush();
      await writeNow();
    },
    create: async () => {
      await flush();
      await startBlank();
    },
    duplicate: async (id) => {
      await flush();
      if (id !== state.getState().currentId && !(await openRecord(id))) return;
      await saveAsNew(`${store.getState().scenario.name} (copy)`);
    },
    rename: async (id, name) => {
      const trimmed = name.trim();
      if (trimmed === '') return [{ path: 'name', message: 'must not be empty' }];
      if (id === state.getState().currentId) {
        const outcome = store.getState().editScenario({ ...store.getState().scenario, name: trimmed });
        if (outcome.ok) await flush();
        return outcome.ok ? [] : outcome.problems;
      }
      try {
        const found = await deps.db.read(id);
        if (!found) return [{ path: '', message: 'this scenario is no longer saved' }];
        const out = await deps.db.write({ ...found.record, name: trimmed, updatedAt: now(), scenario: { ...found.record.scenario, name: trimmed } }, found.record.rev);
        if (out.kind === 'conflict') return [{ path: '', message: 'changed in another tab meanwhile: try again' }];
        tell({ kind: 'saved', id, rev: out.record.rev });
        // The write made it the last opened; the one on screen stays so for a restart.
        const current = state.getState().currentId;
        if (current !== null) await markLast(current);
        await refreshList();
        return [];
      } catch (error) {
        fail(error);
        return [{ path: '', message: state.getState().problem ?? 'not saved' }];
      }
    },
    remove: async (id) => {
      await flush();
      try {
        const removed = await deps.db.remove(id);
        if (!removed) return;
        tell({ kind: 'removed', id, rev: removed.record.rev });
        const wasCurrent = id === state.getState().currentId;
        set({ removed: { ...removed, wasCurrent } });
        await refreshList();
        if (wasCurrent) {
          const next = state.getState().list[0];
          if (!next || !(await openRecord(next.id))) await startBlank();
        }
      } catch (error) {
        fail(error);
      }
    },
    undoRemove: async () => {
      const removed = state.getState().removed;
      if (!removed) return;
      try {
        await deps.db.write(removed.record, null, removed.results);
        set({ removed: null });
        await refreshList();
        if (removed.wasCurrent) await openRecord(removed.record.id);
        else {
          const current = state.getState().currentId;
          if (current !== null) await markLast(current);
        }
      } catch (error) {
        fail(error);
      }
    },
    open: async (id) => {
      await flush();
      await openRecord(id);
      await markLast(id);
    },
    openLink: async (fragment) => {
      const opened2 = await openScenarioLink(fragment);
      if (!opened2.ok) {
        set({ link: { kind: 'refused', problems: opened2.problems } });
        return;
      }
      await flush();
      beforeLink = state.getState().currentId ?? beforeLink;
      quietly(() => replaceWorkspace(store, { scenario: opened2.scenario }));
      readRev = null;
      set({
        currentId: null, status: 'unkept', conflict: null,
        link: { kind: 'opened', name: opened2.scenario.name, ...(opened2.migratedFrom !== undefined ? { migratedFrom: opened2.migratedFrom } : {}) },
      });
    },
    keepLinked: async () => {
      if (state.getState().currentId !== null) return;
      await saveAsNew();
    },
    dropLinked: async () => {
      set({ link: null });
      if (beforeLink !== null && (await openRecord(beforeLink))) return;
      const first = (await deps.db.list())[0];
      if (first) await openRecord(first.id);
    },
    takeTheirs: async () => {
      const id = state.getState().currentId;
      if (id === null) return;
      set({ conflict: null });
      if (!(await openRecord(id))) {
        // Removed in the other tab: what is on screen becomes a new saved scenario.
        await saveAsNew();
      }
    },
    keepMineAsCopy: async () => {
      await saveAsNew(`${store.getState().scenario.name} (this tab)`);
    },
    dismissLink: () => set({ link: null }),
    dismissRemoved: () => set({ removed: null }),
    stop: () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
      deps.channel?.removeEventListener('message', onMessage);
    },
  };

  /** After writing another scenario, the one on screen is the one a restart reopens. */
  async function markLast(id: string): Promise<void> {
    remember(id);
    try {
      await deps.db.markOpened(id);
    } catch (error) {
      fail(error);
    }
  }
}
