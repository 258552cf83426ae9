/**
 * How long an input change takes to reach a recomputed plan, measured in the page with
 * `performance.now()` and kept on `window.__renfortTimings` for the browser tests (and for anyone
 * curious, from the console). Validation and plan run in the derive workers, so these times are
 * the answers' round trips; the page itself stays free meanwhile.
 */

export interface EditTiming {
  /** Validation (`parseScenario`, in the derive worker) of the candidate. */
  validateMs: number;
  /** Resolving and planning the new scenario (0 when the candidate was invalid). */
  planMs: number;
  totalMs: number;
  ok: boolean;
}

declare global {
  interface Window {
    __renfortTimings?: EditTiming[];
  }
}

const KEEP = 500;
const timings: EditTiming[] = [];
const listeners = new Set<() => void>();

/** Records one measured edit. */
export function recordTiming(timing: EditTiming): void {
  timings.push(timing);
  if (timings.length > KEEP) timings.splice(0, timings.length - KEEP);
  if (typeof window !== 'undefined') window.__renfortTimings = timings;
  for (const listener of listeners) listener();
}

/** The newest timing, or null before the first edit. */
export function lastTiming(): EditTiming | null {
  return timings.length > 0 ? timings[timings.length - 1] : null;
}

/** Calls `listener` after each recorded timing; returns the unsubscribe function. */
export function onTiming(listener: () => void): () => void {
  listeners.add(listener);
  return () => { listeners.delete(listener); };
}
