/**
 * The editor's access to the scenario: what a field shows (the draft if the last edit did not
 * validate, else the scenario), how it commits a change (a candidate validated by the store,
 * timed up to the recomputed plan), and where problems go (problemMap.ts).
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { ScenarioFile } from '../../scenario/schema';
import { followForecastEvents } from '../../scenario/uncertainty';
import { useAppState } from '../state/context';
import { selectPlan } from '../state/derived';
import type { EditOutcome } from '../state/scenarioSlice';
import { setAtPath } from './paths';
import { lastTiming, onTiming, recordTiming, type EditTiming } from './timings';

export interface ScenarioEditor {
  /** What the form shows: the draft candidate, or the valid scenario. */
  doc: unknown;
  /** The valid scenario (what the results use). */
  scenario: ScenarioFile;
  /** Is an edit waiting, not applied (structure edits wait until it is fixed or discarded)? */
  hasDraft: boolean;
  /** Commits a whole new candidate; `key` groups keystrokes into one undo step. */
  commit: (candidate: unknown, key?: string) => EditOutcome;
  /** Commits `value` at `path` of the shown document. */
  edit: (path: string, value: unknown) => EditOutcome;
  endEdit: () => void;
}

export function useScenarioEditor(): ScenarioEditor {
  const scenario = useAppState((s) => s.scenario);
  const draft = useAppState((s) => s.draft);
  const editScenario = useAppState((s) => s.editScenario);
  const endEdit = useAppState((s) => s.endEdit);
  const doc = draft?.candidate ?? scenario;
  const commit = useCallback((candidate: unknown, key?: string) => {
    const t0 = performance.now();
    // An edit of the forecast's events carries the uncertainty block's references along (uncertainty.ts).
    const outcome = editScenario(followForecastEvents(scenario, candidate), key);
    const t1 = performance.now();
    // Plan now, inside the measurement: the views then find it memoised on the new scenario.
    if (outcome.ok) selectPlan(outcome.scenario);
    const t2 = performance.now();
    recordTiming({ validateMs: t1 - t0, planMs: t2 - t1, totalMs: t2 - t0, ok: outcome.ok });
    return outcome;
  }, [editScenario, scenario]);
  const edit = useCallback((path: string, value: unknown) => commit(setAtPath(doc, path, value), path), [commit, doc]);
  return { doc, scenario, hasDraft: draft !== null, commit, edit, endEdit };
}

/** The newest edit timing, re-rendering when a new one is recorded. */
export function useLastTiming(): EditTiming | null {
  return useSyncExternalStore(onTiming, lastTiming, lastTiming);
}
