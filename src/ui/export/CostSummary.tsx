/** Each strategy's cost over the horizon, with its 95% interval and the extra cost over doing nothing. */
import { formatMoney, formatMoneyChange } from '../charts/money';
import { costIn } from '../compare/costView';
import type { ComparisonOutcome } from '../../simulation/run/jobTypes';

export function CostSummary({ outcome }: { outcome: ComparisonOutcome }) {
  return (
    <table className="report-table" data-testid="report-costs">
      <thead>
        <tr><th scope="col">Strategy</th><th scope="col">Verdict (simulated)</th><th scope="col">Cost over the horizon</th><th scope="col">Extra cost over the baseline</th></tr>
      </thead>
      <tbody>
        {outcome.strategies.map((s) => {
          const { currency, total } = s.simulated.cost;
          const extra = costIn(s, 'extra');
          return (
            <tr key={s.id} data-strategy={s.id}>
              <th scope="row">{s.name}{s.id === outcome.recommendation.strategyId ? ' (recommended)' : ''}</th>
              <td>{s.simulated.meetsTargets ? '✓ meets every target' : '✗ misses a target'}</td>
              <td className="num">{formatMoney(total.mean, currency)} ± {formatMoney(total.ci95, currency)}</td>
              <td className="num">{formatMoneyChange(extra.mean, currency)} ± {formatMoney(extra.ci95, currency)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
