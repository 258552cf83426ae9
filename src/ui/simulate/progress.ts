/** Progress of a run in words: what is happening, how far, how long is left. */
import { t } from '../i18n';
import type { RunRecord } from '../state/runsSlice';

/**
 * Seconds left from the pace so far (replications only), or null until the pace means something:
 * a few replications done (the first ones include the workers' start-up) and a couple of seconds
 * of simulation. Before that an estimate swings wildly ("less than a second" at 2 of 20).
 */
export function secondsLeft(run: RunRecord, now: number): number | null {
  const { done = 0, total = 0, simulatingSince } = run;
  if (run.phase !== 'simulating' || simulatingSince === undefined || total <= done) return null;
  const elapsed = (now - simulatingSince) / 1000;
  if (done < Math.max(3, Math.ceil(total * 0.15)) || elapsed < 2) return null;
  return Math.max(0, (elapsed / done) * (total - done));
}

export function phaseText(run: RunRecord): string {
  switch (run.phase) {
    case 'analytic': return run.kind === 'compare' ? t('simulate.searching') : t('simulate.preparing');
    case 'summarizing': return t('simulate.summarising');
    default: return t('simulate.simulating');
  }
}

/** `about 12 s left`, `about 2 min left`; `almost done` rather than a figure too small to trust. */
export function formatLeft(seconds: number | null): string {
  if (seconds === null) return '';
  if (seconds < 3) return t('simulate.almostDone');
  if (seconds < 90) return t('simulate.secondsLeft', { n: Math.ceil(seconds) });
  return t('simulate.minutesLeft', { n: Math.round(seconds / 60) });
}
