/**
 * Comparison page: "Compare" runs the analytic comparison and search in a worker, then simulates
 * every strategy on common random numbers (same seed), with progress and cancel; then the
 * recommendation, the KPI table (analytic and simulated side by side, pass/fail against the
 * targets), and the charts. A comparison made on other inputs is not shown as current. Above
 * them, every strategy's card with its own "Confirm": that strategy alone against the baseline by
 * simulation, without the search (compare/ConfirmStrategy.tsx).
 */
import { JudgingRule } from '../components/JudgingRule';
import { ComparisonCharts } from '../compare/ComparisonCharts';
import { ConfirmCards } from '../compare/ConfirmStrategy';
import { ComparisonTable } from '../compare/ComparisonTable';
import { DecisionInsights } from '../compare/DecisionInsights';
import { COST_VIEWS, type CostView } from '../compare/costView';
import { Recommendation } from '../compare/Recommendation';
import { PartialStatus, SequentialStatus } from '../compare/SequentialStatus';
import { useStaged } from '../compare/useStaged';
import { ExportBar } from '../export/ExportBar';
import { RunProgress, RunStatus } from '../simulate/RunProgress';
import { RunSettingsFields } from '../simulate/RunSettings';
import { formatNumber } from '../format';
import { useTranslation } from '../i18n/useTranslation';
import { useAppState } from '../state/context';
import { selectResolved } from '../state/derived';
import { isCurrentTag, latestRun } from '../state/runsSlice';
import { useState } from 'react';
import '../compare/compare.css';
import './views.css';

export function ComparisonView() {
  const scenario = useAppState((s) => s.scenario);
  const runs = useAppState((s) => s.runs);
  const comparison = useAppState((s) => s.comparison);
  const startComparison = useAppState((s) => s.startComparison);
  const cancelRun = useAppState((s) => s.cancelRun);
  const resolved = selectResolved(scenario);
  const run = latestRun(runs, 'compare');
  const running = run?.status === 'running';
  const current = comparison !== null && isCurrentTag(comparison.tag, scenario) ? comparison : null;
  // After an edit the last comparison stays on screen, marked "before", until compared again.
  const shown = current ?? (running ? null : comparison);
  const before = shown !== null && current === null;
  const shownResolved = shown ? selectResolved(shown.scenario) : resolved;
  // The recommendation, then the table, then the charts, one per task (useStaged.ts).
  const stage = useStaged(3, comparison);
  const [costView, setCostView] = useState<CostView>('extra');
  const { t } = useTranslation();

  return (
    <section className="view" aria-labelledby="comparison-title">
      <h2 id="comparison-title">{t('comparison.title')}</h2>
      <p className="lead">{t('comparison.lead', { count: scenario.strategies.length })}</p>
      <JudgingRule />
      <div className="run-bar">
        <RunSettingsFields disabled={running} />
        <button type="button" className="primary" disabled={running} onClick={startComparison}>{current ? t('comparison.again') : t('comparison.compare')}</button>
      </div>
      {running && run && <RunProgress run={run} onCancel={() => cancelRun('compare')} testId="compare-progress" />}
      {running && run?.partial && <PartialStatus partial={run.partial} channels={resolved.channels} />}
      <RunStatus run={run} />
      <ConfirmCards />
      {before && (
        <p className="run-status before-banner" role="status" data-testid="compare-outdated">
          <strong>{t('comparison.before')}</strong> {t('comparison.beforeBanner')}
        </p>
      )}
      {current === null && comparison === null && !running && (
        <p className="muted">{t('comparison.nothing')}</p>
      )}
      {shown && (
        <div className={`compare-results${before ? ' before' : ''}`} data-testid="compare-results" data-before={before ? 'true' : undefined}>
          <p className="muted">
            {before ? t('comparison.beforePrefix') : ''}{t('comparison.summary', { strategies: shown.result.strategies.length, replications: shown.tag.replications, seed: shown.tag.seed, seconds: formatNumber(shown.result.seconds, 1) })}
            {shown.result.resimulated && shown.result.resimulated.length < shown.result.strategies.length && (
              <span data-testid="resimulated">
                {' '}{t('comparison.resimulated', { done: shown.result.resimulated.length, count: shown.result.strategies.length })}
              </span>
            )}
          </p>
          <ExportBar outcome={shown.result} resolved={shownResolved} tag={shown.tag} />
          <Recommendation outcome={shown.result} channels={shownResolved.channels} />
          <SequentialStatus outcome={shown.result} channels={shownResolved.channels} />
          <div className="cost-view" role="group" aria-label={t('comparison.costsShown')}>
            <span className="muted">{t('comparison.costsShownLabel')}</span>
            {COST_VIEWS.map(({ view, label }) => (
              <button type="button" key={view} aria-pressed={costView === view} onClick={() => setCostView(view)}>{t(label)}</button>
            ))}
          </div>
          <h3>{t('comparison.byStrategy')}</h3>
          {stage >= 2 && <ComparisonTable outcome={shown.result} resolved={shownResolved} replications={shown.tag.replications} costView={costView} />}
          {stage >= 3 && <ComparisonCharts key={shown.runId} outcome={shown.result} resolved={shownResolved} costView={costView} />}
          {stage >= 3 && !before && <DecisionInsights key={`insights-${shown.runId}`} outcome={shown.result} scenario={shown.scenario} resolved={shownResolved} />}
        </div>
      )}
    </section>
  );
}
