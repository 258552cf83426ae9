/** The report's assumptions: what was simulated — channels and targets, teams, strategies in words. */
import type { ResolvedScenario } from '../../scenario/model';
import { parseLevers } from '../../simulation/levers';
import { formatMoney } from '../charts/money';
import { kpiColumns } from '../compare/kpiColumns';
import { describeLever } from '../compare/leverWords';
import { wordsContext } from '../compare/strategies';
import { formatSeconds } from '../format';
import type { ComparisonOutcome } from '../../simulation/run/jobTypes';
import { strategyName } from '../compare/engineWords';
import { formatPercent } from '../format';
import { t } from '../i18n';

export function Assumptions({ resolved, outcome }: { resolved: ResolvedScenario; outcome: ComparisonOutcome }) {
  const columns = kpiColumns(resolved);
  const ctx = wordsContext(resolved);
  // Levers as the strategies page words them: read by their schemas, defaults filled in.
  const words = (levers: unknown[]) => {
    if (levers.length === 0) return t('report.asItIs');
    const parsed = parseLevers(levers, 'levers');
    return parsed.ok ? parsed.levers.map((l) => describeLever(l, ctx)).join('; ') : t('report.levers', { count: levers.length });
  };
  return (
    <section className="report-block">
      <h2>{t('report.assumptions')}</h2>
      <table className="report-table">
        <thead><tr><th scope="col">{t('report.channel')}</th><th scope="col">{t('report.kind')}</th><th scope="col">{t('report.aht')}</th><th scope="col">{t('report.patience')}</th><th scope="col">{t('report.targetsCol')}</th></tr></thead>
        <tbody>
          {resolved.channels.map((c) => (
            <tr key={c.id}>
              <th scope="row" translate="no">{c.name}</th>
              <td>{t(`report.kind_${c.kind}`)}{c.concurrency > 1 ? t('report.atOnce', { count: c.concurrency }) : ''}</td>
              <td>{formatSeconds(c.aht.mean)}</td>
              <td>{c.patience ? formatSeconds(c.patience.mean) : t('report.noAbandon')}</td>
              <td>{columns.filter((k) => k.channelId === c.id).map((k) => k.label).join('; ') || t('report.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="report-table">
        <thead><tr><th scope="col">{t('report.team')}</th><th scope="col">{t('report.serves')}</th><th scope="col">{t('report.shrinkage')}</th><th scope="col">{t('report.hourlyCost')}</th></tr></thead>
        <tbody>
          {resolved.pools.map((p) => (
            <tr key={p.id}>
              <th scope="row" translate="no">{p.name}</th>
              <td translate="no">{p.skills.map((k) => resolved.channels[k]?.name).join(', ')}</td>
              <td>{formatPercent(p.shrinkage, 0)}</td>
              <td>{formatMoney(p.hourlyCost, resolved.costs.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('report.compared')}</h3>
      <ul className="report-strategies">
        {outcome.strategies.map((s) => (
          <li key={s.id}>
            <strong translate="no">{strategyName(s)}</strong>{t('report.colon')} {words(s.levers)}
          </li>
        ))}
      </ul>
    </section>
  );
}
