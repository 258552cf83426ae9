/**
 * What is kept of a scenario in the browser: the scenario file, the step and settings that were
 * on screen, and its last results. Results are kept under their own key, written only when they
 * change: an edit then clones a few tens of kB, not the megabyte a comparison's bands take.
 */
import type { Snapshot } from '../workshop/snapshots';
import type { ScenarioFile } from '../../scenario/schema';
import type { ComparisonOutcome, ConfirmationOutcome, SimulationOutcome } from '../../simulation/run/jobTypes';
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
   * Each strategy's last confirmation (runsSlice.ts `confirmations`), by strategy id. Absent in
   * results saved before confirmations were kept: read as none.
   */
  confirmations?: Record<string, Tagged<ConfirmationOutcome>>;
  /**
   * Workshop snapshots as an earlier version saved them (now in the scenario's `workshop` field):
   * read when such a record opens, never written.
   */
  snapshots?: Snapshot[];
}

export const NO_RESULTS: SavedResults = { comparison: null, simulation: null };

/**
 * Results as read back from storage: a missing value is none, and a stored confirmation that
 * does not have the shape the cards read (a damaged or hand-edited store) is dropped rather than
 * shown, so it cannot break the page; the others are kept.
 */
export function storedResults(value: unknown): SavedResults {
  if (!isObject(value)) return NO_RESULTS;
  const results = value as unknown as SavedResults;
  if (results.confirmations === undefined) return results;
  return { ...results, confirmations: keptConfirmations(results.confirmations) };
}

function keptConfirmations(value: unknown): Record<string, Tagged<ConfirmationOutcome>> {
  if (!isObject(value)) return {};
  const all = value as Record<string, Tagged<ConfirmationOutcome>>;
  const kept = Object.entries(all).filter(([id, c]) => isConfirmation(id, c));
  // The same object when nothing was dropped: autosave then sees the results unchanged.
  return kept.length === Object.keys(all).length ? all : Object.fromEntries(kept);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What the cards read of a confirmation (runsSlice.ts `simulatedFigures`, compare/StrategyFigures.tsx). */
function isConfirmation(id: string, c: unknown): boolean {
  if (!isObject(c) || typeof c.runId !== 'string' || !isObject(c.scenario) || !isObject(c.result)) return false;
  const tag = c.tag;
  if (!isObject(tag) || typeof tag.scenarioHash !== 'string' || tag.strategyId !== id) return false;
  return isOutcome(c.result.baseline) && isOutcome(c.result.strategy);
}

function isOutcome(o: unknown): boolean {
  if (!isObject(o) || typeof o.id !== 'string' || !isObject(o.simulated)) return false;
  const s = o.simulated;
  return typeof s.replications === 'number' && typeof s.meetsTargets === 'boolean' && Array.isArray(s.failures);
}

export function summaryOf(record: SavedRecord): SavedSummary {
  return { id: record.id, name: record.name, createdAt: record.createdAt, updatedAt: record.updatedAt };
}

/** A fresh id (random UUID where the page is a secure context, which loopback and https are). */
export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
