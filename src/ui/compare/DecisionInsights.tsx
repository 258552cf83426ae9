/**
 * The comparison step's decision aids: the tornado chart (how the recommended strategy's service
 * level or extra cost moves with each input, uncertain ones included) and the price of waiting
 * (the cheapest way each lever decided ahead still works, by decision date). Computed in their own
 * worker (run/insights.ts) once the comparison is shown; the page never computes them.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ResolvedScenario } from '../../scenario/model';
import type { ScenarioFile, StrategyFile } from '../../scenario/schema';
import type { ComparisonOutcome } from '../../simulation/run/jobTypes';
import { INSIGHT_ALTERNATIVES, type DecisionInsights as Insights } from '../../simulation/run/insights';
import { formatMoney, formatMoneyChange } from '../charts/money';
import { formatDayMonth, formatLongDate } from '../charts/time';
import { drawTornado } from '../charts/tornado/draw';
import { tornadoModel } from '../charts/tornado/model';
import { drawWaiting } from '../charts/waiting/draw';
import { problemText } from '../i18n/problemWords';
import { waitingModel } from '../charts/waiting/model';
import { Chart } from '../components/Chart';
import { formatNumber, formatPercent } from '../format';
import { t } from '../i18n';
import { getRunClient } from '../simulate/client';
import { strategyName } from './engineWords';
import { tornadoRows } from './insightWords';

type State = { kind: 'idle' | 'running' } | { kind: 'done'; result: Insights } | { kind: 'error'; message: string };

/** The recommended strategy and the few cheapest others that pass, as strategy files for the job. */
function examined(outcome: ComparisonOutcome): { strategyId: string; strategies: StrategyFile[] } {
  const rec = outcome.recommendation;
  const passes = (o: ComparisonOutcome['strategies'][number]) => (rec.confidence === undefined
    ? o.simulated.meetsTargets
    : (o.simulated.probMeetsTargets?.mean ?? 0) >= rec.confidence);
  const others = outcome.strategies
    .filter((o) => o.id !== rec.strategyId && o.id !== 'baseline' && passes(o))
    .sort((a, b) => a.simulated.cost.total.mean - b.simulated.cost.total.mean)
    .slice(0, INSIGHT_ALTERNATIVES);
  const chosen = outcome.strategies.filter((o) => o.id === rec.strategyId && o.id !== 'baseline');
  return { strategyId: rec.strategyId, strategies: [...chosen, ...others].map((o) => ({ id: o.id, name: o.name, levers: o.levers })) };
}

export function DecisionInsights({ outcome, scenario, resolved }: { outcome: ComparisonOutcome; scenario: ScenarioFile; resolved: ResolvedScenario }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [metric, setMetric] = useState<'serviceLevel' | 'extraCost'>('serviceLevel');
  useEffect(() => {
    const client = getRunClient();
    if (!client.insights) return;
    let live = true;
    setState({ kind: 'running' });
    void client.insights({ scenario, ...examined(outcome) }, () => {}).then((r) => {
      if (!live) return;
      if (r.kind === 'done') setState({ kind: 'done', result: r.result });
      else if (r.kind === 'error') setState({ kind: 'error', message: r.message });
    });
    return () => { live = false; };
  }, [outcome, scenario]);
  const currency = resolved.costs.currency;
  const chosen = outcome.strategies.find((o) => o.id === outcome.recommendation.strategyId);
  const name = chosen ? strategyName(chosen) : outcome.recommendation.strategyId;

  const tornado = useMemo(() => {
    if (state.kind !== 'done') return null;
    const sens = state.result.sensitivity;
    const money = (v: number) => formatMoneyChange(v, currency);
    return {
      title: t(metric === 'serviceLevel' ? 'insights.tornadoTitleSl' : 'insights.tornadoTitleCost', { name }),
      rows: tornadoRows(sens, metric),
      middle: metric === 'serviceLevel' ? (sens.serviceLevel ?? 0) : (sens.extraCost ?? 0),
      format: metric === 'serviceLevel' ? (v: number) => formatPercent(v, 1) : money,
      xLabel: t(metric === 'serviceLevel' ? 'insights.tornadoXSl' : 'insights.tornadoXCost', { currency }),
      lowLegend: t('insights.lowEnd'),
      highLegend: t('insights.highEnd'),
      changesText: t('insights.changes'),
    };
  }, [state, metric, currency, name]);
  const buildTornado = useCallback((width: number) => tornadoModel({ ...tornado!, width }), [tornado]);

  const waiting = useMemo(() => {
    if (state.kind !== 'done') return null;
    const w = state.result.priceOfWaiting;
    return {
      title: t('insights.waitingTitle'),
      series: w.levers.map((l) => ({ key: l.kind, label: t(`insights.lever_${l.kind}`), points: l.points.map((p) => ({ date: p.date, value: p.extraCost })), lastDate: l.lastDate })),
      formatMoney: (v: number) => formatMoney(v, currency),
      formatDate: formatDayMonth,
      xLabel: t('insights.waitingX'),
      yLabel: t('insights.waitingY', { currency }),
      lastText: (label: string, date: Date) => t('insights.lastDate', { lever: label, date: formatDayMonth(date) }),
      neverText: (label: string) => t('insights.never', { lever: label }),
    };
  }, [state, currency]);
  const buildWaiting = useCallback((width: number) => waitingModel({ ...waiting!, width }), [waiting]);

  if (state.kind === 'idle') return null;
  return (
    <section className="decision-insights" data-testid="decision-insights">
      <h3>{t('insights.tornadoHeading')}</h3>
      <p className="muted">{t('insights.tornadoLead')}</p>
      {state.kind === 'running' && <p className="muted" role="status">{t('insights.computing')}</p>}
      {state.kind === 'error' && <p className="run-status" role="status">{t('insights.failed', { message: problemText({ message: state.message }) })}</p>}
      {state.kind === 'done' && tornado && (
        <>
          <div className="cost-view" role="group" aria-label={t('insights.metric')}>
            <button type="button" aria-pressed={metric === 'serviceLevel'} onClick={() => setMetric('serviceLevel')}>{t('insights.metricSl')}</button>
            <button type="button" aria-pressed={metric === 'extraCost'} onClick={() => setMetric('extraCost')}>{t('insights.metricCost')}</button>
          </div>
          <Chart build={buildTornado} draw={drawTornado} fileName={`tornado-${metric}`} testId="tornado-chart" />
        </>
      )}
      <h3>{t('insights.waitingHeading')}</h3>
      <p className="muted">{t('insights.waitingLead')}</p>
      {state.kind === 'done' && waiting && (
        <>
          {state.result.priceOfWaiting.window === null
            ? <p className="muted">{t('insights.nothingToWait')}</p>
            : <Chart build={buildWaiting} draw={drawWaiting} fileName="price-of-waiting" testId="waiting-chart" />}
          <ul className="waiting-summary" data-testid="waiting-summary">
            {state.result.priceOfWaiting.levers.map((l) => {
              const steps = l.perWeek.map((w) => w.extraCost);
              const perWeek = steps.length > 0 ? steps.reduce((a, b) => a + b, 0) / steps.length : null;
              return (
                <li key={l.kind}>
                  {l.lastDate === null
                    ? t('insights.never', { lever: t(`insights.lever_${l.kind}`) })
                    : t('insights.summary', {
                      lever: t(`insights.lever_${l.kind}`),
                      date: formatLongDate(new Date(`${l.lastDate}T00:00:00Z`)),
                      perWeek: perWeek === null ? '—' : formatMoneyChange(perWeek, currency),
                      weeks: formatNumber(steps.length),
                    })}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
