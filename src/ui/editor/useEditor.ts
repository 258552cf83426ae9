/**
 * The editor's access to the scenario: what a field shows (the draft if the last edit did not
 * validate, else the scenario), how it commits a change (a candidate validated by the store,
 * timed up to the recomputed plan), and where problems go (problemMap.ts).
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { ScenarioFile } from '../../scenario/schema';
import { followForecastEvents } from '../../scenario/uncertainty';
import { useAppState } from '../state/context';
import type { ProposeOutcome } from '../state/scenarioSlice';
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
  commit: (candidate: unknown, key?: string) => Promise<ProposeOutcome>;
  /** Commits `value` at `path` of the shown document. */
  edit: (path: string, value: unknown) => Promise<ProposeOutcome>;
  endEdit: () => void;
}

export function useScenarioEditor(): ScenarioEditor {
  const scenario = useAppState((s) => s.scenario);
  const draft = useAppState((s) => s.draft);
  const pending = useAppState((s) => s.pending);
  const proposeScenario = useAppState((s) => s.proposeScenario);
  const requestDerived = useAppState((s) => s.requestDerived);
  const endEdit = useAppState((s) => s.endEdit);
  // The newest edit shows at once, while the worker validates it.
  const doc = pending?.candidate ?? draft?.candidate ?? scenario;
  const commit = useCallback(async (candidate: unknown, key?: string) => {
    const t0 = performance.now();
    // An edit of the forecast's events carries the uncertainty block's references along
    // (uncertainty.ts), from the document the edit was made on: the edit still being checked or
    // the draft, not the last valid scenario, else an event renamed there would lose its entry.
    const outcome = await proposeScenario(followForecastEvents(doc as ScenarioFile, candidate), key);
    const t1 = performance.now();
    // The plan of the new scenario, inside the measurement (validation and plan run in workers).
    if (outcome.ok) await requestDerived('plan');
    const t2 = performance.now();
    if (outcome.ok !== null) recordTiming({ validateMs: t1 - t0, planMs: t2 - t1, totalMs: t2 - t0, ok: outcome.ok });
    return outcome;
  }, [proposeScenario, requestDerived, doc]);
  const edit = useCallback((path: string, value: unknown) => commit(setAtPath(doc, path, value), path), [commit, doc]);
  return { doc, scenario, hasDraft: draft !== null, commit, edit, endEdit };
}

/** The newest edit timing, re-rendering when a new one is recorded. */
export function useLastTiming(): EditTiming | null {
  return useSyncExternalStore(onTiming, lastTiming, lastTiming);
}
