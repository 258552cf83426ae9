/**
 * Runs slice: discrete-event simulation runs started from the app. Each run is tagged with the
 * scenario it ran on, so a late result from an outdated scenario is recognised and not shown as
 * current (STYLE.md, "State in slices"). The simulation pages will fill it; for now it only holds
 * the record shape and the bookkeeping.
 */
import type { StateCreator } from 'zustand';
import type { ScenarioFile } from '../../scenario/schema';

export interface RunRecord {
  id: string;
  /** The scenario object the run was started on (identity: the store never mutates a scenario). */
  scenario: ScenarioFile;
  status: 'running' | 'done' | 'cancelled' | 'failed';
  /** 0–1. */
  progress: number;
  message?: string;
}

export interface RunsSlice {
  runs: RunRecord[];
  /** Add or replace a run by id. */
  putRun: (run: RunRecord) => void;
}

export const createRunsSlice: StateCreator<RunsSlice, [], [], RunsSlice> = (set) => ({
  runs: [],
  putRun: (run) => set((state) => ({ runs: [...state.runs.filter((r) => r.id !== run.id), run] })),
});

/** Whether `run` was made on the scenario now in the store (else it is outdated). */
export function isCurrentRun(run: RunRecord, scenario: ScenarioFile): boolean {
  return run.scenario === scenario;
}
