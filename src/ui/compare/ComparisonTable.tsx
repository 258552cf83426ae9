/** Every strategy × every target: simulated and analytic side by side, pass/fail by mark, word and colour; then the cost. */
import type { ResolvedScenario } from '../../scenario/model';
import { formatMoney } from '../charts/money';
import type { ComparisonOutcome } from '../../simulation/run/jobTypes';
import { failureFor, kpiColumns } from './kpiColumns';
import { KpiCell } from './KpiCell';

const SOURCE: Record<string, string> = { baseline: 'do nothing', scenario: 'your strategy', recommendation: 'found by the search' };

export function ComparisonTable({ outcome, resolved, replications }: { outcome: ComparisonOutcome; resolved: ResolvedScenario; replications: number }) {
  const columns = kpiColumns(resolved);
  const currency = resolved.costs.currency;
  return (
    <div className="table-scroll">
      <table className="figures kpi-table compare-table" data-testid="kpi-table">
        <caption>
          Each cell: <strong>simulated</strong> ({replications} replications, mean ± 95% interval) and, below, <strong>analytic (Erlang)</strong>.
          {' '}✓ meets the target every day; ✗ misses it on the days counted.
        </caption>
        <thead>
          <tr>
            <th scope="col">Strategy</th>
            <th scope="col">Verdict</th>
            {columns.map((c) => <th scope="col" key={c.key}>{c.channelName}<br /><span className="th-sub">{c.label}</span></th>)}
            <th scope="col">Cost<br /><span className="th-sub">over the horizon</span></th>
          </tr>
        </thead>
        <tbody>
          {outcome.strategies.map((o) => (
            <tr key={o.id} data-strategy={o.id} className={o.id === outcome.recommendation.strategyId ? 'recommended' : undefined}>
              <th scope="row">
                {o.name}
                <br /><span className="th-sub">{SOURCE[o.source]}{o.id === outcome.recommendation.strategyId ? ' · recommended' : ''}</span>
              </th>
              <td className="verdict-cell" data-testid="verdict">
                <span className={`verdict ${o.simulated.meetsTargets ? 'pass' : 'fail'}`}>{o.simulated.meetsTargets ? '✓ meets all' : '✗ misses'}</span>
                <br /><span className="src">Erlang</span> <span className={`verdict ${o.analytic.meetsTargets ? 'pass' : 'fail'}`}>{o.analytic.meetsTargets ? '✓' : '✗'}</span>
              </td>
              {columns.map((c) => (
                <td key={c.key}>
                  <KpiCell column={c} simulated={c.simulated(o)} analytic={c.analytic(o)}
                    simFailure={failureFor(c, o.simulated.failures)} anaFailure={failureFor(c, o.analytic.failures)} />
                </td>
              ))}
              <td data-testid="cost">
                <div className="kpi-sim">{formatMoney(o.simulated.cost.total.mean, currency)} <span className="muted">± {formatMoney(o.simulated.cost.total.ci95, currency)}</span></div>
                <div className="kpi-ana"><span className="src">Erlang</span> {formatMoney(o.analytic.cost.total, currency)}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
