/**
 * The staffing page's figures from the analytic plan of one channel: required vs available agents,
 * the gap per day × interval, the agent-hours missing over the peak, and a verdict per day.
 *
 * Only the fields read here are named (`ChannelPlanView`), so the page depends on the plan's
 * meaning, not on its every field. Both series count productive agents (after shrinkage): the
 * agents actually on contacts, which is what the Erlang figures need.
 */
import { formatNumber } from '../format';
import { t } from '../i18n';
import { seriesColour } from '../charts/palette';
import { dayLabel, formatClock, intervalStart } from '../charts/time';
import type { HeatmapInput } from '../charts/heatmap/model';
import type { TimeSeriesInput } from '../charts/timeSeries/model';
import { focusRange, peakIntervalBands } from './forecastSeries';
import type { PeakDays } from './peaks';
import type { ResolvedScenario } from '../../scenario/model';

export interface ChannelPlanView {
  channelId: string;
  /** Productive agents needed per interval to meet the channel's targets. */
  required: readonly number[];
  /** Productive agents scheduled on the channel per interval. */
  available: readonly number[];
  /** Per interval: does the available staff meet every target? */
  meetsTargets: readonly boolean[];
}

/** Agents short in one interval (0 when there are enough). */
function shortfall(plan: ChannelPlanView, i: number): number {
  return Math.max(0, (plan.required[i] ?? 0) - (plan.available[i] ?? 0));
}

/** Agent-hours missing over the days `isDayIncluded` accepts (productive agents short × interval hours). */
export function missingAgentHours(resolved: ResolvedScenario, plan: ChannelPlanView, isDayIncluded: (day: number) => boolean): number {
  const hoursPerInterval = resolved.intervalMinutes / 60;
  let total = 0;
  for (let i = 0; i < resolved.intervalCount; i++) {
    if (isDayIncluded(Math.floor(i / resolved.intervalsPerDay))) total += shortfall(plan, i) * hoursPerInterval;
  }
  return total;
}

/**
 * Open intervals (something required or someone scheduled) and how many of them meet every target,
 * among the intervals `isIncluded` accepts (all by default).
 */
export function targetCoverage(plan: ChannelPlanView, isIncluded: (interval: number) => boolean = () => true): { open: number; met: number } {
  let open = 0;
  let met = 0;
  for (let i = 0; i < plan.required.length; i++) {
    if (!isIncluded(i)) continue;
    if ((plan.required[i] ?? 0) <= 0 && (plan.available[i] ?? 0) <= 0) continue;
    open += 1;
    if (plan.meetsTargets[i]) met += 1;
  }
  return { open, met };
}

/** "short 12.5 agent-h" or "OK": the verdict of one day, in words. */
export function dayVerdict(resolved: ResolvedScenario, plan: ChannelPlanView, day: number): string {
  const hours = missingAgentHours(resolved, plan, (d) => d === day);
  return hours > 0 ? t('staffing.dayShort', { hours: formatNumber(hours, 1) }) : t('staffing.dayOk');
}

/** Chart input (without size): required (dashed) vs available (filled) for one channel. */
export function staffingChartInput(
  resolved: ResolvedScenario, peaks: PeakDays, plan: ChannelPlanView, channelIndex: number, focusDay: number | null,
): Omit<TimeSeriesInput, 'width' | 'height'> {
  const name = resolved.channels[channelIndex].name;
  return {
    title: t('staffing.chartTitle', { channel: name }),
    startDate: resolved.startDate,
    intervalMinutes: resolved.intervalMinutes,
    ...focusRange(resolved, focusDay),
    series: [
      { id: 'available', label: t('staffing.available'), values: plan.available, colour: seriesColour(0), kind: 'area' },
      { id: 'required', label: t('staffing.required'), values: plan.required, colour: seriesColour(4), kind: 'line', dashed: true },
    ],
    bands: peakIntervalBands(resolved, peaks),
    yLabel: t('staffing.productive'),
  };
}

/** Heatmap input (without width): available − required, one row per day, closed intervals blank. */
export function gapHeatmapInput(resolved: ResolvedScenario, peaks: PeakDays, plan: ChannelPlanView, channelIndex: number): Omit<HeatmapInput, 'width'> {
  const perDay = resolved.intervalsPerDay;
  const rows = Array.from({ length: resolved.days }, (_, d) => ({
    label: `${dayLabel(resolved.startDate, d)}${peaks.isPeak[d] ? ' ★' : ''}`,
    values: Array.from({ length: perDay }, (_, k) => {
      const i = d * perDay + k;
      const required = plan.required[i] ?? 0;
      const available = plan.available[i] ?? 0;
      return required <= 0 && available <= 0 ? null : available - required;
    }),
    note: dayVerdict(resolved, plan, d),
    highlight: peaks.isPeak[d],
  }));
  return {
    title: t('staffing.heatTitle', { channel: resolved.channels[channelIndex].name }),
    rows,
    columnLabels: Array.from({ length: perDay }, (_, k) => formatClock(intervalStart(resolved.startDate, resolved.intervalMinutes, k))),
    valueLabel: t('staffing.heatLegend'),
    negativeLabel: t('staffing.shortBy'), unit: t('staffing.agentsUnit'),
    positiveLabel: t('staffing.spare'),
  };
}
