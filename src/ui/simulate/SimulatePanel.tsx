/**
 * Simulate one strategy (or the baseline) of the scenario: run it in the worker pool with progress
 * and cancel, then show its figures per channel, simulated (with 95% intervals) beside the
 * analytic (Erlang) ones. A result from other inputs (another strategy, an edited scenario) is
 * not shown as this one's.
 */
import { CallbackStories } from '../compare/CallbackStories';
import { formatMoney } from '../charts/money';
import { useTranslation } from '../i18n/useTranslation';
import { failureFor, kpiColumns } from '../compare/kpiColumns';
import { formatFigure, Verdict } from '../compare/KpiCell';
import { useAppState } from '../state/context';
import { selectResolved } from '../state/derived';
import { isCurrentTag, latestRun } from '../state/runsSlice';
import { RunProgress, RunStatus } from './RunProgress';
import { RunSettingsFields } from './RunSettings';

export function SimulatePanel({ strategyId, strategyName, disabledReason }: { strategyId: string; strategyName: string; disabledReason?: string }) {
  const scenario = useAppState((s) => s.scenario);
  const runs = useAppState((s) => s.runs);
  const simulation = useAppState((s) => s.simulation);
  const startSimulation = useAppState((s) => s.startSimulation);
  const cancelRun = useAppState((s) => s.cancelRun);
  const run = latestRun(runs, 'simulate');
  const running = run?.status === 'running';
  const resolved = selectResolved(scenario);
  const current = simulation !== null && simulation.tag.strategyId === strategyId && isCurrentTag(simulation.tag, scenario) ? simulation : null;
  const stale = simulation !== null && simulation.tag.strategyId === strategyId && current === null;
  const outcome = current?.result.strategy;
  const columns = kpiColumns(resolved);
  const { t } = useTranslation();
  const currency = resolved.costs.currency;

  return (
    <section className="simulate-panel" aria-labelledby="simulate-title" data-testid="simulate-panel">
      <h3 id="simulate-title">{t('simulate.title', { name: strategyName })}</h3>
      <p className="muted">{t('simulate.lead')}</p>
      <div className="run-bar">
        <RunSettingsFields disabled={running} />
        <button type="button" className="primary" disabled={running || disabledReason !== undefined} onClick={() => startSimulation(strategyId)}>
          {current ? t('simulate.again') : t('simulate.run')}
        </button>
        {disabledReason && <span className="muted">{disabledReason}</span>}
      </div>
      {running && run && <RunProgress run={run} onCancel={() => cancelRun('simulate')} testId="simulate-progress" />}
      <RunStatus run={run} />
      {stale && !running && <p className="run-status" role="status">{t('simulate.stale')}</p>}
      {outcome && current && (
        <div className="sim-results" data-testid="simulate-results">
          <p>
            <strong>{outcome.simulated.meetsTargets ? t('simulate.meetsAll') : t('simulate.missesOne')}</strong> {t('simulate.inSimulation')}
            {' '}(<span data-testid="sim-label">{t('simulate.simLabel', { replications: current.tag.replications })}</span>, {t('simulate.seed', { seed: current.tag.seed })});
            {' '}{t('simulate.analyticVerdict', { verdict: outcome.analytic.meetsTargets ? t('simulate.meetsLower') : t('simulate.missesLower') })}.
            {' '}{t('simulate.cost', { amount: formatMoney(outcome.simulated.cost.total.mean, currency) })}
            {outcome.simulated.cost.total.ci95 > 0 ? ` ± ${formatMoney(outcome.simulated.cost.total.ci95, currency)}` : ''}
            {' '}{t('simulate.analyticCost', { amount: formatMoney(outcome.analytic.cost.total, currency) })}.
          </p>
          <div className="table-scroll">
            <table className="figures kpi-table sim-table">
              <thead>
                <tr>
                  <th scope="col">{t('simulate.target')}</th>
                  <th scope="col">{t('simulate.simulatedCol')}<br /><span className="th-sub">{t('simulate.runs', { n: current.tag.replications })}</span></th>
                  <th scope="col">{t('simulate.verdict')}</th>
                  <th scope="col">{t('simulate.analyticCol')}<br /><span className="th-sub">{t('simulate.erlang')}</span></th>
                  <th scope="col">{t('simulate.verdict')}</th>
                </tr>
              </thead>
              <tbody>
                {columns.filter((col) => !col.judges || col.judges(outcome)).map((col) => {
                  const sim = col.simulated(outcome);
                  return (
                    <tr key={col.key}>
                      <th scope="row">{col.channelName}: {col.label}</th>
                      <td className="kpi-sim">{formatFigure(sim?.mean ?? null, col.unit)}{sim && sim.ci95 > 0 ? ` ± ${formatFigure(sim.ci95, col.unit).replace(' %', '')}` : ''}</td>
                      <td className="kpi-verdict"><Verdict failure={failureFor(col, outcome.simulated.failures)} /></td>
                      <td>{formatFigure(col.analytic(outcome), col.unit)}</td>
                      <td><Verdict failure={failureFor(col, outcome.analytic.failures)} /></td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <CallbackStories strategies={[outcome]} channelName={(id) => resolved.channels.find((c) => c.id === id)?.name ?? id} />
          {outcome.notes.length > 0 && <ul className="notes">{outcome.notes.map((n) => <li key={n}>{n}</li>)}</ul>}
        </div>
      )}
    </section>
  );
}
