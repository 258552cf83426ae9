/** Each strategy's cost over the horizon, with its 95% interval and the extra cost over doing nothing. */
import { formatMoney, formatMoneyChange } from '../charts/money';
import { costIn } from '../compare/costView';
import type { ComparisonOutcome } from '../../simulation/run/jobTypes';
import { strategyName } from '../compare/engineWords';
import { t } from '../i18n';

export function CostSummary({ outcome }: { outcome: ComparisonOutcome }) {
  return (
    <table className="report-table" data-testid="report-costs">
      <thead>
        <tr><th scope="col">{t('report.strategy')}</th><th scope="col">{t('report.verdict')}</th><th scope="col">{t('report.cost')}</th><th scope="col">{t('report.extraCost')}</th></tr>
      </thead>
      <tbody>
        {outcome.strategies.map((s) => {
          const { currency, total } = s.simulated.cost;
          const extra = costIn(s, 'extra');
          return (
            <tr key={s.id} data-strategy={s.id}>
              <th scope="row"><span translate="no">{strategyName(s)}</span>{s.id === outcome.recommendation.strategyId ? ` ${t('report.recommended')}` : ''}</th>
              <td>{s.simulated.meetsTargets ? t('report.meets') : t('report.misses')}</td>
              <td className="num">{formatMoney(total.mean, currency)} ± {formatMoney(total.ci95, currency)}</td>
              <td className="num">{formatMoneyChange(extra.mean, currency)} ± {formatMoney(extra.ci95, currency)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
