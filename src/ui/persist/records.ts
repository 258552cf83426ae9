/**
 * What is kept of a scenario in the browser: the scenario file, the step and settings that were
 * on screen, and its last results. Results are kept under their own key, written only when they
 * change: an edit then clones a few tens of kB, not the megabyte a comparison's bands take.
 */
import type { Snapshot } from '../workshop/snapshots';
import type { ScenarioFile } from '../../scenario/schema';
import type { ComparisonOutcome, SimulationOutcome } from '../../simulation/run/jobTypes';
import type { RunSettings, Tagged } from '../state/runsSlice';
import type { ViewId } from '../state/viewSlice';

/** One line of the saved-scenarios list. */
export interface SavedSummary {
  id: string;
  name: string;
  /** ISO date-times. */
  createdAt: string;
  updatedAt: string;
}

export interface SavedRecord extends SavedSummary {
  /** Bumped by every write: a writer that read another revision has lost a race (two tabs). */
  rev: number;
  scenario: ScenarioFile;
  view: ViewId;
  focusDay: number | null;
  /** The staffing page's channel tab (absent in records saved before it was kept). */
  channelIndex?: number;
  runSettings: RunSettings;
}

export interface SavedResults {
  comparison: Tagged<ComparisonOutcome> | null;
  simulation: Tagged<SimulationOutcome> | null;
  /**
   * Workshop snapshots as an earlier version saved them (now in the scenario's `workshop` field):
   * read when such a record opens, never written.
   */
  snapshots?: Snapshot[];
}

export const NO_RESULTS: SavedResults = { comparison: null, simulation: null };

export function summaryOf(record: SavedRecord): SavedSummary {
  return { id: record.id, name: record.name, createdAt: record.createdAt, updatedAt: record.updatedAt };
}

/** A fresh id (random UUID where the page is a secure context, which loopback and https are). */
export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
