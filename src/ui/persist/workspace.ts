/**
 * Moving a saved scenario onto the screen and back: what of the app state a saved record holds
 * (the scenario, the step, the focused day, the run settings, the last results), and replacing
 * the working scenario as a whole — a fresh undo history, running jobs cancelled.
 */
import { snapshotsOf, withSnapshots } from '../workshop/snapshots';
import type { ScenarioFile } from '../../scenario/schema';
import { continueRunNumbers } from '../state/runsSlice';
import type { AppState, AppStore } from '../state/store';
import type { ViewId } from '../state/viewSlice';
import { NO_RESULTS, type SavedRecord, type SavedResults } from './records';

export interface Workspace {
  scenario: ScenarioFile;
  view?: ViewId;
  focusDay?: number | null;
  channelIndex?: number;
  runSettings?: AppState['runSettings'];
  results?: SavedResults;
}

/** What of a saved record goes on screen; its step only when `withView` (start-up). */
export function workspaceOf(record: SavedRecord, results: SavedResults, withView: boolean): Workspace {
  return {
    scenario: record.scenario, focusDay: record.focusDay, channelIndex: record.channelIndex, runSettings: record.runSettings, results,
    ...(withView ? { view: record.view } : {}),
  };
}

/** Puts `w` on screen; the step stays unless `w` names one. */
export function replaceWorkspace(store: AppStore, w: Workspace): void {
  const state = store.getState();
  for (const kind of ['compare', 'simulate', 'confirm'] as const) state.cancelRun(kind);
  const results = w.results ?? NO_RESULTS;
  // Records saved before snapshots moved into the scenario kept them with the results.
  const scenario = results.snapshots?.length && snapshotsOf(w.scenario).length === 0 ? withSnapshots(w.scenario, results.snapshots) : w.scenario;
  // Each confirmation keeps its tag: one of a strategy edited since shows "before", as after an edit.
  const confirmations = results.confirmations ?? NO_CONFIRMATIONS;
  // Runs started from now on are newer than the restored results (runsSlice.ts `simulatedFigures`).
  continueRunNumbers([results.comparison, results.simulation, ...Object.values(confirmations)].flatMap((r) => (r ? [r.runId] : [])));
  store.setState({
    scenario, draft: null, past: [], future: [], editKey: null,
    runs: [], comparison: results.comparison, simulation: results.simulation, confirmations,
    focusDay: w.focusDay ?? null,
    channelIndex: w.channelIndex ?? 0,
    ...(w.view !== undefined ? { view: w.view } : {}),
    ...(w.runSettings !== undefined ? { runSettings: w.runSettings } : {}),
  });
}

/** Whether the saved part of the app state differs between two states. */
export function savedPartChanged(a: AppState, b: AppState): boolean {
  return a.scenario !== b.scenario || a.view !== b.view || a.focusDay !== b.focusDay || a.channelIndex !== b.channelIndex || a.runSettings !== b.runSettings
    || a.comparison !== b.comparison || a.simulation !== b.simulation || a.confirmations !== b.confirmations;
}

const NO_CONFIRMATIONS: AppState['confirmations'] = {};

/** Whether the results on screen are the ones last saved (no confirmation and none saved are the same). */
export function sameResults(s: Pick<AppState, 'comparison' | 'simulation' | 'confirmations'>, saved: SavedResults): boolean {
  const savedConfirmations = saved.confirmations ?? NO_CONFIRMATIONS;
  const sameConfirmations = s.confirmations === savedConfirmations || (Object.keys(s.confirmations).length === 0 && Object.keys(savedConfirmations).length === 0);
  return s.comparison === saved.comparison && s.simulation === saved.simulation && sameConfirmations;
}
