/**
 * Entry point: validates the default sample the same way as any loaded file, reopens the saved
 * scenario this tab or the last session had on screen (src/ui/persist/), starts autosave, ties
 * the step to the address (src/ui/route/), and mounts the app. A sample that fails validation
 * is a bug in the build; it is shown, not hidden.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseScenario } from '../scenario/parse';
import { formatProblem } from '../scenario/problems';
import type { ScenarioFile } from '../scenario/schema';
import { defaultSample } from '../scenario/samples';
import { App } from './App';
import './i18n';
import { loadSaved } from './persist/boot';
import { PersistProvider } from './persist/context';
import { openScenarioDb } from './persist/db';
import { createPersistence } from './persist/persistence';
import { replaceWorkspace, workspaceOf } from './persist/workspace';
import { bindRoute } from './route/bindRoute';
import { StoreProvider } from './state/context';
import { createAppStore } from './state/store';
import './styles.css';

const TAB_KEY = 'renfort.tabScenario';

/** This tab's scenario id across reloads; sessionStorage may be refused like any storage. */
const tabMemory = {
  get: () => { try { return sessionStorage.getItem(TAB_KEY); } catch { return null; } },
  set: (id: string) => { try { sessionStorage.setItem(TAB_KEY, id); } catch { /* a reload then opens the last saved */ } },
};

async function start(initial: ScenarioFile) {
  const db = openScenarioDb();
  const boot = await loadSaved(db, tabMemory.get());
  const store = createAppStore(boot.opened?.record.scenario ?? initial);
  if (boot.opened) replaceWorkspace(store, workspaceOf(boot.opened.record, boot.opened.results, true));
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('renfort-saves') : undefined;
  const persistence = createPersistence(store, { db, blank: () => initial, tabMemory, channel }, boot.opened, boot.list);
  // After the saved step: an address naming a step wins (a reload, Back), a link opens its scenario.
  bindRoute(store, window, (fragment) => void persistence.openLink(fragment));
  // Best effort when the tab goes away: IndexedDB may not finish, the previous version then stays.
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') void persistence.flush(); });
  root.render(
    <StrictMode>
      <StoreProvider store={store}>
        <PersistProvider persistence={persistence}><App /></PersistProvider>
      </StoreProvider>
    </StrictMode>,
  );
}

const root = createRoot(document.getElementById('root')!);
const parsed = parseScenario(defaultSample.scenario);
if (parsed.ok) {
  void start(parsed.scenario);
} else {
  root.render(
    <main style={{ padding: '2rem' }}>
      <h1>The default scenario does not load</h1>
      <ul>{parsed.problems.map((p) => <li key={formatProblem(p)}>{formatProblem(p)}</li>)}</ul>
    </main>,
  );
}
