/**
 * The printable report of a comparison: the scenario's name and the date, the assumptions, the
 * recommendation and why, every strategy's cost, the comparison table whole, and the key charts.
 * Shown over the app, it is also the only thing printed while open (report.css), so the
 * browser's "Save as PDF" gives the report with no cut-off table or chart.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { createPortal } from 'react-dom';
import type { ResolvedScenario } from '../../scenario/model';
import { drawBands } from '../charts/bands/draw';
import { bandsModel } from '../charts/bands/model';
import { drawBars } from '../charts/bars/draw';
import { barsModel } from '../charts/bars/model';
import { drawScatter } from '../charts/scatter/draw';
import { scatterModel } from '../charts/scatter/model';
import { bandsInput, barsInput, channelScatterInputs } from '../compare/chartInputs';
import { ComparisonTable } from '../compare/ComparisonTable';
import { Recommendation } from '../compare/Recommendation';
import type { ComparisonOutcome } from '../../simulation/run/jobTypes';
import type { RunTag } from '../state/runsSlice';
import { Assumptions } from './Assumptions';
import { CostSummary } from './CostSummary';
import { StaticChart } from './StaticChart';
import { useTranslation } from '../i18n/useTranslation';
import { intlLocale } from '../i18n/locale';
import { dayLabel } from '../charts/time';
import '../compare/compare.css';
import './report.css';

/** Width the report's charts are drawn at; print scales them to the page (they have a viewBox). */
const CHART_WIDTH = 1000;

export function Report({ outcome, resolved, tag, onClose }: { outcome: ComparisonOutcome; resolved: ResolvedScenario; tag: RunTag; onClose: () => void }) {
  useEffect(() => {
    document.body.classList.add('report-open');
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); };
    window.addEventListener('keydown', onKey);
    return () => {
      document.body.classList.remove('report-open');
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);
  const { t } = useTranslation();
  const printed = new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'long', timeStyle: 'short' }).format(new Date());
  // The first channel's service level: the baseline against the recommendation.
  const buildBands = useCallback((width: number) => {
    const shown = [...new Set(['baseline', outcome.recommendation.strategyId])];
    return bandsModel({ ...bandsInput(outcome, resolved, resolved.channels[0]?.id ?? '', shown, null), width, height: 340 });
  }, [outcome, resolved]);
  const buildBars = useCallback((width: number) => barsModel({ ...barsInput(outcome, resolved), width }), [outcome, resolved]);
  const scatters = useMemo(() => channelScatterInputs(outcome, resolved).map((input) => ({ id: input.channelId, build: (width: number) => scatterModel({ ...input, width, height: 400 }) })), [outcome, resolved]);

  return createPortal(
    <div className="print-report" role="dialog" aria-modal="true" aria-labelledby="report-title" data-testid="report">
      <div className="report-toolbar">
        <button type="button" className="primary" onClick={() => window.print()}>{t('report.print')}</button>
        <button type="button" onClick={onClose}>{t('report.close')}</button>
        <span className="muted">{t('report.pages')}</span>
      </div>
      <header className="report-head">
        <p className="report-kicker">{t('report.kicker')}</p>
        <h1 id="report-title" translate="no">{resolved.name}</h1>
        <p>
          {t('report.horizon', { from: dayLabel(resolved.startDate, 0), to: dayLabel(resolved.startDate, resolved.days - 1), days: resolved.days, minutes: resolved.intervalMinutes })} ·
          {' '}{t('report.simulated', { count: outcome.strategies.length, replications: tag.replications, seed: tag.seed })} ·
          {' '}{t('report.printed')} <span data-testid="report-date">{printed}</span>
        </p>
      </header>
      <section className="report-block keep">
        <Recommendation outcome={outcome} channels={resolved.channels} />
      </section>
      <section className="report-block keep">
        <h2>{t('report.costs')}</h2>
        <CostSummary outcome={outcome} />
      </section>
      <Assumptions resolved={resolved} outcome={outcome} />
      <section className="report-block">
        <h2>{t('report.targets')}</h2>
        <ComparisonTable outcome={outcome} resolved={resolved} replications={tag.replications} />
      </section>
      <section className="report-block">
        <h2>{t('report.charts')}</h2>
        <StaticChart build={buildBars} draw={drawBars} width={CHART_WIDTH} testId="report-cost-chart" />
        {scatters.map((sc) => <StaticChart key={sc.id} build={sc.build} draw={drawScatter} width={CHART_WIDTH} />)}
        <StaticChart build={buildBands} draw={drawBands} width={CHART_WIDTH} />
      </section>
    </div>,
    document.body,
  );
}
