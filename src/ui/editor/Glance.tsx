/** "Results now": the plan's verdict per channel, recomputed on every valid edit, and how long that took. */
import { t } from '../i18n';
import { formatNumber } from '../format';
import { useAppState } from '../state/context';
import { selectPeaks, selectResolved } from '../state/derived';
import { useDerived } from '../derive/useDerived';
import { Computing, Updating } from '../derive/DeriveNotices';
import { channelGlances } from './glance';
import { useLastTiming } from './useEditor';

export function Glance() {
  const hasDraft = useAppState((s) => s.draft !== null);
  const setView = useAppState((s) => s.setView);
  // The plan comes from the derive worker: the last one stays, marked, until the newest lands.
  const { result, current } = useDerived('plan');
  const scenario = result?.scenario;
  const peaks = scenario ? selectPeaks(scenario) : null;
  const glances = scenario && peaks && result ? channelGlances(selectResolved(scenario), result.value, peaks) : [];
  const timing = useLastTiming();
  const scope = peaks !== null && peaks.bands.length > 0 ? t('editor.overPeak') : t('editor.overHorizon');
  return (
    <aside className="glance" aria-labelledby="glance-title" data-testid="glance">
      <h3 id="glance-title">{t('editor.glanceTitle')}</h3>
      <p className="hint">{t('editor.glanceHint', { scope, draft: hasDraft ? t('editor.fromValid') : '' })}</p>
      {result === null ? <Computing /> : <Updating current={current} />}
      <ul>
        {glances.map((g) => (
          <li key={g.channelId} className={g.failing > 0 ? 'fail' : 'pass'} data-testid={`glance-${g.channelId}`}>
            <span className="verdict">{g.failing > 0 ? '✗' : '✓'}</span>
            <span>
              <strong translate="no">{g.name}</strong>: {g.failing > 0
                ? t('editor.glanceMissed', { failing: g.failing, open: g.open, hours: formatNumber(g.missingAgentHours, 1) })
                : t('editor.glanceMet')}
            </span>
          </li>
        ))}
      </ul>
      <button type="button" className="small" onClick={() => setView('staffing')}>{t('editor.seeStaffing')}</button>
      {timing && (
        <p className="timing" data-testid="recompute-ms" data-ms={timing.totalMs.toFixed(2)}>
          {timing.ok
            ? t('editor.timingOk', { ms: formatNumber(timing.totalMs, 1, 1) })
            : t('editor.timingBad', { ms: formatNumber(timing.totalMs, 1, 1) })}
        </p>
      )}
    </aside>
  );
}
