/** Progress of a run in words: what is happening, how far, how long is left. */
import type { RunRecord } from '../state/runsSlice';

/** Seconds left from the pace so far (replications only), or null before there is a pace. */
export function secondsLeft(run: RunRecord, now: number): number | null {
  const { done = 0, total = 0, simulatingSince } = run;
  if (run.phase !== 'simulating' || simulatingSince === undefined || done <= 0 || total <= done) return null;
  const elapsed = (now - simulatingSince) / 1000;
  return Math.max(0, (elapsed / done) * (total - done));
}

export function phaseText(run: RunRecord): string {
  switch (run.phase) {
    case 'analytic': return run.kind === 'compare' ? 'Searching lever mixes with the analytic engine (Erlang)…' : 'Preparing the strategy…';
    case 'summarizing': return 'Summarising the replications…';
    default: return 'Simulating replications…';
  }
}

/** `about 12 s left`, `about 2 min left`. */
export function formatLeft(seconds: number | null): string {
  if (seconds === null) return '';
  if (seconds < 1) return 'less than a second left';
  if (seconds < 90) return `about ${Math.ceil(seconds)} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}
