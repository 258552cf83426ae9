/** "Results now": the plan's verdict per channel, recomputed on every valid edit, and how long that took. */
import { formatNumber } from '../format';
import { useAppState } from '../state/context';
import { selectPeaks, selectPlan, selectResolved } from '../state/derived';
import { channelGlances } from './glance';
import { useLastTiming } from './useEditor';

export function Glance() {
  const scenario = useAppState((s) => s.scenario);
  const hasDraft = useAppState((s) => s.draft !== null);
  const setView = useAppState((s) => s.setView);
  const resolved = selectResolved(scenario);
  const peaks = selectPeaks(scenario);
  const glances = channelGlances(resolved, selectPlan(scenario), peaks);
  const timing = useLastTiming();
  const scope = peaks.bands.length > 0 ? 'over the peak' : 'over the horizon';
  return (
    <aside className="glance" aria-labelledby="glance-title" data-testid="glance">
      <h3 id="glance-title">Results now</h3>
      <p className="hint">Analytic (Erlang) plan {scope}{hasDraft ? ', from the last valid scenario' : ''}.</p>
      <ul>
        {glances.map((g) => (
          <li key={g.channelId} className={g.failing > 0 ? 'fail' : 'pass'} data-testid={`glance-${g.channelId}`}>
            <span className="verdict">{g.failing > 0 ? '✗' : '✓'}</span>
            <span>
              <strong>{g.name}</strong>: {g.failing > 0
                ? <>targets missed in {g.failing} of {g.open} intervals; {formatNumber(g.missingAgentHours, 1)} agent-hours missing</>
                : <>every target met</>}
            </span>
          </li>
        ))}
      </ul>
      <button type="button" className="small" onClick={() => setView('staffing')}>See the staffing page</button>
      {timing && (
        <p className="timing" data-testid="recompute-ms" data-ms={timing.totalMs.toFixed(2)}>
          {timing.ok
            ? <>Last change checked and re-planned in {timing.totalMs.toFixed(1)} ms.</>
            : <>Last change checked in {timing.totalMs.toFixed(1)} ms: not applied.</>}
        </p>
      )}
    </aside>
  );
}
