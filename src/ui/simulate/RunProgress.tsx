/** A run's progress bar (replications done / total, time left) with its Cancel button. */
import { useTranslation } from '../i18n/useTranslation';
import { useEffect, useState } from 'react';
import type { RunRecord } from '../state/runsSlice';
import { formatLeft, phaseText, secondsLeft } from './progress';

export function RunProgress({ run, onCancel, testId }: { run: RunRecord; onCancel: () => void; testId?: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (run.status !== 'running') return undefined;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [run.status]);
  const done = run.done ?? 0;
  const total = run.total ?? 0;
  const indeterminate = run.phase === 'analytic';
  const { t } = useTranslation();
  return (
    <div className="run-progress" data-testid={testId} data-status={run.status}>
      <div className="run-progress-text">
        <span>{phaseText(run)}</span>
        {!indeterminate && <strong data-testid="run-count">{t('simulate.count', { done, total })}</strong>}
        <span className="muted">{formatLeft(secondsLeft(run, now))}</span>
      </div>
      <div className="run-progress-row">
        {indeterminate
          ? <progress aria-label={t('simulate.progress')} />
          : <progress aria-label={t('simulate.progress')} max={total || 1} value={done} />}
        <button type="button" onClick={onCancel}>{t('simulate.cancel')}</button>
      </div>
    </div>
  );
}

/** The line under a run's button once it is over: cancelled, failed (with why). */
export function RunStatus({ run }: { run: RunRecord | undefined }) {
  const { t } = useTranslation();
  if (!run || run.status === 'running' || run.status === 'done') return null;
  if (run.status === 'cancelled') return <p className="run-status" role="status" data-testid="run-cancelled">{t('simulate.cancelled', { done: run.done ?? 0, total: run.total ?? 0 })}</p>;
  return <p className="run-status error" role="alert">{t('simulate.failed', { message: run.message })}</p>;
}
