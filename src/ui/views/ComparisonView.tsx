/**
 * Comparison page: "Compare" runs the analytic comparison and search in a worker, then simulates
 * every strategy on common random numbers (same seed), with progress and cancel; then the
 * recommendation, the KPI table (analytic and simulated side by side, pass/fail against the
 * targets), and the charts. A comparison made on other inputs is not shown as current.
 */
import { ComparisonCharts } from '../compare/ComparisonCharts';
import { ComparisonTable } from '../compare/ComparisonTable';
import { COST_VIEWS, type CostView } from '../compare/costView';
import { Recommendation } from '../compare/Recommendation';
import { useStaged } from '../compare/useStaged';
import { ExportBar } from '../export/ExportBar';
import { RunProgress, RunStatus } from '../simulate/RunProgress';
import { RunSettingsFields } from '../simulate/RunSettings';
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

  return (
    <section className="view" aria-labelledby="comparison-title">
      <h2 id="comparison-title">Comparison</h2>
      <p className="lead">
        Every strategy side by side against the targets, with its cost. <strong>Compare</strong> first searches lever mixes with
        the analytic engine (Erlang, instant but blind to queues carried across intervals), then simulates the baseline, your
        {' '}{scenario.strategies.length} strategies and the search's best finds on the same random arrivals, and recommends the cheapest that meets every target.
      </p>
      <div className="run-bar">
        <RunSettingsFields disabled={running} />
        <button type="button" className="primary" disabled={running} onClick={startComparison}>{current ? 'Compare again' : 'Compare'}</button>
      </div>
      {running && run && <RunProgress run={run} onCancel={() => cancelRun('compare')} testId="compare-progress" />}
      <RunStatus run={run} />
      {before && (
        <p className="run-status before-banner" role="status" data-testid="compare-outdated">
          <strong>Before</strong> your last change: these figures are from the scenario as it was. Compare again to see up-to-date results.
        </p>
      )}
      {current === null && comparison === null && !running && (
        <p className="muted">Nothing compared yet. With the default settings a comparison takes from a few seconds to a minute.</p>
      )}
      {shown && (
        <div className={`compare-results${before ? ' before' : ''}`} data-testid="compare-results" data-before={before ? 'true' : undefined}>
          <p className="muted">
            {before ? 'Before: ' : ''}{shown.result.strategies.length} strategies, {shown.tag.replications} replications each, seed {shown.tag.seed}, in {shown.result.seconds.toFixed(1)} s.
            {shown.result.resimulated && shown.result.resimulated.length < shown.result.strategies.length && (
              <span data-testid="resimulated">
                {' '}Simulated this time: {shown.result.resimulated.length} of {shown.result.strategies.length}; the others were unchanged and kept their results (same inputs, seed and replications).
              </span>
            )}
          </p>
          <ExportBar outcome={shown.result} resolved={shownResolved} tag={shown.tag} />
          <Recommendation outcome={shown.result} channels={shownResolved.channels} />
          <div className="cost-view" role="group" aria-label="Costs shown">
            <span className="muted">Costs shown:</span>
            {COST_VIEWS.map(({ view, label }) => (
              <button type="button" key={view} aria-pressed={costView === view} onClick={() => setCostView(view)}>{label}</button>
            ))}
          </div>
          <h3>Targets, strategy by strategy</h3>
          {stage >= 2 && <ComparisonTable outcome={shown.result} resolved={shownResolved} replications={shown.tag.replications} costView={costView} />}
          {stage >= 3 && <ComparisonCharts key={shown.runId} outcome={shown.result} resolved={shownResolved} costView={costView} />}
        </div>
      )}
    </section>
  );
}
