/**
 * Staffing page: for one channel, agents required to meet its targets vs agents available, per
 * interval (analytic, Erlang), the gap as a day × time-of-day map, the peak's missing agent-hours
 * as one big figure, and the Erlang calculator for a what-if on one interval.
 */
import { JudgingRule } from '../components/JudgingRule';
import { useTranslation } from '../i18n/useTranslation';
import { useCallback, useMemo } from 'react';
import { drawHeatmap } from '../charts/heatmap/draw';
import { heatmapModel } from '../charts/heatmap/model';
import { dayLabel, formatDayClock, intervalStart } from '../charts/time';
import { drawTimeSeries } from '../charts/timeSeries/draw';
import { timeSeriesModel } from '../charts/timeSeries/model';
import { Chart } from '../components/Chart';
import { DayPicker } from '../components/DayPicker';
import { ErlangCalculator } from '../components/ErlangCalculator';
import { SimulatePanel } from '../simulate/SimulatePanel';
import { busiestIntervalCase } from '../data/calculator';
import { gapHeatmapInput, missingAgentHours, staffingChartInput, targetCoverage } from '../data/staffingSeries';
import { formatNumber } from '../format';
import { useAppState } from '../state/context';
import { selectPeaks, selectResolved } from '../state/derived';
import { useDerived } from '../derive/useDerived';
import { Computing, Updating } from '../derive/DeriveNotices';
import type { PlanResult } from '../../simulation/plan';
import type { ScenarioFile } from '../../scenario/schema';
import './views.css';

export function StaffingView() {
  const { t } = useTranslation();
  // The plan is computed in a worker; until the newest lands, the last one is shown against its
  // own scenario, marked as updating.
  const { result, current } = useDerived('plan');
  return (
    <section className="view" aria-labelledby="staffing-title">
      <h2 id="staffing-title">{t('staffing.title')}</h2>
      <p className="lead">{t('staffing.lead')}</p>
      <Updating current={current || result === null} />
      {result === null ? <Computing /> : <StaffingFigures scenario={result.scenario} plan={result.value} />}

      {/* The accurate answer beside the analytic one: the same schedule, simulated. */}
      <SimulatePanel strategyId="baseline" strategyName={t('staffing.baselineName')} />
    </section>
  );
}

function StaffingFigures({ scenario, plan }: { scenario: ScenarioFile; plan: PlanResult }) {
  const focusDay = useAppState((s) => s.focusDay);
  const channelIndexRaw = useAppState((s) => s.channelIndex);
  const setChannelIndex = useAppState((s) => s.setChannelIndex);
  const resolved = selectResolved(scenario);
  const { t } = useTranslation();
  const peaks = selectPeaks(scenario);
  const channelIndex = Math.min(channelIndexRaw, resolved.channels.length - 1);
  const channelPlan = plan.channels[channelIndex];
  const channel = resolved.channels[channelIndex];

  const chartInput = useMemo(() => staffingChartInput(resolved, peaks, channelPlan, channelIndex, focusDay),
    [resolved, peaks, channelPlan, channelIndex, focusDay]);
  const buildChart = useCallback((width: number) => timeSeriesModel({ ...chartInput, width, height: Math.round(Math.min(480, Math.max(300, width * 0.36))) }), [chartInput]);
  const heatInput = useMemo(() => gapHeatmapInput(resolved, peaks, channelPlan, channelIndex), [resolved, peaks, channelPlan, channelIndex]);
  const buildHeat = useCallback((width: number) => heatmapModel({ ...heatInput, width }), [heatInput]);

  const busiest = useMemo(() => busiestIntervalCase(resolved, channelIndex, channelPlan.available), [resolved, channelIndex, channelPlan]);
  const presets = busiest === null ? [] : [{
    label: t('staffing.busiest', { channel: channel.name, when: formatDayClock(intervalStart(resolved.startDate, resolved.intervalMinutes, busiest.interval)) }),
    text: busiest.text,
  }];
  const hasPeak = peaks.bands.length > 0;
  const missingPeak = missingAgentHours(resolved, channelPlan, (d) => (hasPeak ? peaks.isPeak[d] : true));
  const missingAll = missingAgentHours(resolved, channelPlan, () => true);
  const coverage = targetCoverage(channelPlan);
  const peakCoverage = targetCoverage(channelPlan, (i) => (hasPeak ? peaks.isPeak[Math.floor(i / resolved.intervalsPerDay)] : true));
  const peakFails = peakCoverage.open - peakCoverage.met;
  // Event names are the scenario's words (translate="no"); the dates are in the app's language.
  const peakText = hasPeak
    ? peaks.bands.map((b, k) => (
      <span key={b.startDay}>{k > 0 ? '; ' : ''}<span translate="no">{b.label}</span>, {dayLabel(resolved.startDate, b.startDay)} – {dayLabel(resolved.startDate, b.endDay - 1)}</span>
    ))
    : t('staffing.wholeHorizon');

  return (
    <>
      <div className="channel-tabs" role="tablist" aria-label={t('staffing.channel')}>
        {resolved.channels.map((c, k) => (
          <button type="button" role="tab" key={c.id} aria-selected={k === channelIndex} onClick={() => setChannelIndex(k)}>
            {c.name} <span className="kind">{c.kind}</span>
          </button>
        ))}
      </div>

      <div className="headline">
        <div className={`big-figure${missingPeak > 0 ? ' short' : ' ok'}`} data-testid="missing-agent-hours">
          <span className="value">{formatNumber(missingPeak, missingPeak < 100 ? 1 : 0)}</span>
          <span className="unit">{t('staffing.missing')}</span>
          <span className="scope">{t('staffing.scope', { channel: channel.name })} {peakText}</span>
        </div>
        <div className="side-figures">
          <p data-testid="peak-verdict">
            {peakFails > 0
              ? <strong>{t('staffing.missed', { fails: peakFails, open: peakCoverage.open, ofPeak: hasPeak ? t('staffing.ofPeak') : '' })}</strong>
              : <strong>{t('staffing.allMet', { span: hasPeak ? t('staffing.overPeak') : t('staffing.overHorizon') })}</strong>}
          </p>
          <p>{t('staffing.whole', { met: coverage.met, open: coverage.open, hours: formatNumber(missingAll, 1) })}</p>
        </div>
      </div>
      <JudgingRule />

      <DayPicker startDate={resolved.startDate} days={resolved.days} isPeak={peaks.isPeak} />
      <Chart build={buildChart} draw={drawTimeSeries} fileName={`staffing-${channel.id}`} testId="staffing-chart" />
      <Chart build={buildHeat} draw={drawHeatmap} fileName={`gap-${channel.id}`} testId="gap-heatmap" />

      <ErlangCalculator presets={presets} />
    </>
  );
}
