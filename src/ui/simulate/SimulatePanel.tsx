/**
 * Simulate one strategy (or the baseline) of the scenario: run it in the worker pool with progress
 * and cancel, then show its figures per channel, simulated (with 95% intervals) beside the
 * analytic (Erlang) ones. A result from other inputs (another strategy, an edited scenario) is
 * not shown as this one's.
 */
import { formatMoney } from '../charts/money';
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

  return (
    <section className="simulate-panel" aria-labelledby="simulate-title" data-testid="simulate-panel">
      <h3 id="simulate-title">Simulate “{strategyName}”</h3>
      <p className="muted">
        The discrete-event simulation plays the peak contact by contact, with queues and email backlog carried from one interval
        to the next, many times over (replications); figures are means with their 95% interval.
      </p>
      <div className="run-bar">
        <RunSettingsFields disabled={running} />
        <button type="button" className="primary" disabled={running || disabledReason !== undefined} onClick={() => startSimulation(strategyId)}>
          {current ? 'Simulate again' : 'Simulate'}
        </button>
        {disabledReason && <span className="muted">{disabledReason}</span>}
      </div>
      {running && run && <RunProgress run={run} onCancel={() => cancelRun('simulate')} testId="simulate-progress" />}
      <RunStatus run={run} />
      {stale && !running && <p className="run-status" role="status">The scenario changed since the last simulation of this strategy: simulate again to see its figures.</p>}
      {outcome && current && (
        <div className="sim-results" data-testid="simulate-results">
          <p>
            <strong>{outcome.simulated.meetsTargets ? '✓ Meets every target' : '✗ Misses a target'}</strong> in simulation
            {' '}(<span data-testid="sim-label">simulated ({current.tag.replications} replications, 95% interval)</span>, seed {current.tag.seed});
            {' '}analytic (Erlang): {outcome.analytic.meetsTargets ? '✓ meets every target' : '✗ misses a target'}.
            {' '}Cost {formatMoney(outcome.simulated.cost.total.mean, resolved.costs.currency)}
            {outcome.simulated.cost.total.ci95 > 0 ? ` ± ${formatMoney(outcome.simulated.cost.total.ci95, resolved.costs.currency)}` : ''}
            {' '}(analytic {formatMoney(outcome.analytic.cost.total, resolved.costs.currency)}).
          </p>
          <div className="table-scroll">
            <table className="figures kpi-table sim-table">
              <thead>
                <tr>
                  <th scope="col">Target</th>
                  <th scope="col">Simulated<br /><span className="th-sub">{current.tag.replications} runs, ± 95%</span></th>
                  <th scope="col">Verdict</th>
                  <th scope="col">Analytic<br /><span className="th-sub">Erlang</span></th>
                  <th scope="col">Verdict</th>
                </tr>
              </thead>
              <tbody>
                {columns.map((col) => {
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
          {outcome.notes.length > 0 && <ul className="notes">{outcome.notes.map((n) => <li key={n}>{n}</li>)}</ul>}
        </div>
      )}
    </section>
  );
}
