/** Every strategy × every target: the verdict and the cost first (what a manager decides on, in view on any screen), then each target, simulated and analytic side by side, pass/fail by mark, word and colour. */
import { strategyName } from './engineWords';
import { t } from '../i18n';
import type { ResolvedScenario } from '../../scenario/model';
import { formatMoney, formatMoneyChange, formatPrice } from '../charts/money';
import { formatNumber, formatPercent } from '../format';
import type { ProportionEstimate } from '../../simulation/stats/proportion';
import type { ComparisonOutcome } from '../../simulation/run/jobTypes';
import { datesForLevers } from '../../simulation/compare/comparison';
import { judgedPerDay } from './judging';
import { failureFor, kpiColumns } from './kpiColumns';
import { useAppState } from '../state/context';
import { costIn, type CostView } from './costView';
import { adoptStrategy } from './strategies';
import { DecideBy } from './Recommendation';
import { KpiCell } from './KpiCell';
import { CallbackStories } from './CallbackStories';


/** What a strategy buys on top of the baseline: answered contacts and points of service level. */
function ExtraBuys({ o, currency }: { o: ComparisonOutcome['strategies'][number]; currency: string }) {
  const extra = o.simulated.extra;
  if (!extra || o.source === 'baseline') return null;
  const points = extra.extraServiceLevel.mean * 100;
  return (
    <div className="kpi-buys" data-testid="extra-buys">
      {t('comparison.buys', { answered: `${extra.extraAnswered.mean >= 0 ? '+' : '−'}${formatNumber(Math.abs(extra.extraAnswered.mean))}`, points: `${points >= 0 ? '+' : '−'}${formatNumber(Math.abs(points), 1)}` })}
      {extra.costPerExtraAnswered !== null && extra.extraCost.mean > 0.5 && <><br />{t('comparison.perExtra', { price: formatPrice(extra.costPerExtraAnswered, currency) })}</>}
    </div>
  );
}

/** How often the strategy meets every target over the uncertain worlds, with its Wilson interval. */
function Probability({ p }: { p: ProportionEstimate | undefined }) {
  if (!p) return null;
  return (
    <div className="kpi-prob" data-testid="prob-meets" title={t('uncertainty.probabilityTitle')}>
      {t('uncertainty.probability', { share: formatPercent(p.mean, 0) })}
      <br /><span className="muted">{t('uncertainty.interval', { low: formatPercent(p.low, 0), high: formatPercent(p.high, 0) })}</span>
    </div>
  );
}

export function ComparisonTable({ outcome, resolved, replications, costView = 'extra' }: { outcome: ComparisonOutcome; resolved: ResolvedScenario; replications: number; costView?: CostView }) {
  const columns = kpiColumns(resolved);
  const scenario = useAppState((s) => s.scenario);
  const setScenario = useAppState((s) => s.setScenario);
  const adopted = new Set(scenario.strategies.map((st) => st.name));
  const currency = resolved.costs.currency;
  return (
    <div className="table-scroll">
      <table className="figures kpi-table compare-table" data-testid="kpi-table">
        <caption>
          {t('comparison.caption', { replications })} {judgedPerDay()}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('comparison.strategy')}</th>
            <th scope="col">{t('comparison.verdict')}</th>
            {costView === 'extra'
              ? <th scope="col">{t('comparison.extraCost')}<br /><span className="th-sub">{t('comparison.extraSub')}</span></th>
              : <th scope="col">{t('comparison.cost')}<br /><span className="th-sub">{t('comparison.costSub')}</span></th>}
            {columns.map((c) => <th scope="col" key={c.key}>{c.channelName}<br /><span className="th-sub">{c.label}</span></th>)}
          </tr>
        </thead>
        <tbody>
          {outcome.strategies.map((o) => (
            <tr key={o.id} data-strategy={o.id} data-lever-kinds={o.levers.map((l) => (l as { kind?: string }).kind).join(' ')} data-prob={outcome.recommendation.confidence === undefined ? undefined : o.simulated.probMeetsTargets?.mean} className={o.id === outcome.recommendation.strategyId ? 'recommended' : undefined}>
              <th scope="row">
                <span translate={o.source === 'scenario' ? 'no' : undefined}>{strategyName(o)}</span>
                <br /><span className="th-sub">{t(`comparison.source_${o.source}`)}{o.id === outcome.recommendation.strategyId ? t('comparison.recommended') : ''}</span>
                {o.id !== outcome.recommendation.strategyId && <DecideBy dates={datesForLevers(outcome.recommendation.decisionDates, o.levers)} short />}
                {o.source === 'recommendation' && (adopted.has(o.name)
                  ? <><br /><span className="th-sub">{t('comparison.inYours')}</span></>
                  : <><br /><button type="button" className="adopt" onClick={() => setScenario(adoptStrategy(scenario, o).scenario)}>{t('comparison.adopt')}</button></>)}
              </th>
              <td className="verdict-cell" data-testid="verdict">
                <span className={`verdict ${o.simulated.meetsTargets ? 'pass' : 'fail'}`}>{o.simulated.meetsTargets ? t('comparison.meetsAll') : t('comparison.misses')}</span>
                <br /><span className="src">Erlang</span> <span className={`verdict ${o.analytic.meetsTargets ? 'pass' : 'fail'}`}>{o.analytic.meetsTargets ? '✓' : '✗'}</span>
                {outcome.recommendation.confidence !== undefined && <Probability p={o.simulated.probMeetsTargets} />}
              </td>
              {costView === 'extra' ? (
                <td data-testid="cost">
                  <div className="kpi-sim" data-testid="extra-cost">{formatMoneyChange(costIn(o, 'extra').mean, currency)} <span className="muted">± {formatMoney(costIn(o, 'extra').ci95, currency)}</span></div>
                  <ExtraBuys o={o} currency={currency} />
                  <div className="kpi-ana"><span className="src">Erlang</span> {formatMoneyChange(o.analytic.cost.total - outcome.strategies[0]!.analytic.cost.total, currency)}</div>
                </td>
              ) : (
                <td data-testid="cost">
                  <div className="kpi-sim">{formatMoney(o.simulated.cost.total.mean, currency)} <span className="muted">± {formatMoney(o.simulated.cost.total.ci95, currency)}</span></div>
                  <div className="kpi-ana"><span className="src">Erlang</span> {formatMoney(o.analytic.cost.total, currency)}</div>
                </td>
              )}
              {columns.map((c) => (
                <td key={c.key}>
                  {c.judges && !c.judges(o)
                    ? <div className="kpi-cell muted" data-testid="not-held">{t('comparison.notHeld')}</div>
                    : <KpiCell column={c} simulated={c.simulated(o)} analytic={c.analytic(o)}
                      simFailure={failureFor(c, o.simulated.failures)} anaFailure={failureFor(c, o.analytic.failures)} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <CallbackStories strategies={outcome.strategies} channelName={(id) => resolved.channels.find((c) => c.id === id)?.name ?? id} />
    </div>
  );
}
