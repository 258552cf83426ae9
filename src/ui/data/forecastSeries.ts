/**
 * The forecast page's chart input: one area per channel over the focused range, peak days as
 * bands. Pure, so it is tested without React.
 */
import { t } from '../i18n';
import type { ResolvedScenario } from '../../scenario/model';
import { seriesColour } from '../charts/palette';
import type { TimeSeriesInput } from '../charts/timeSeries/model';
import type { PeakDays } from './peaks';

/** The intervals shown: the whole horizon, or one day. */
export function focusRange(resolved: ResolvedScenario, focusDay: number | null): { first: number; count: number } {
  if (focusDay === null || focusDay < 0 || focusDay >= resolved.days) return { first: 0, count: resolved.intervalCount };
  return { first: focusDay * resolved.intervalsPerDay, count: resolved.intervalsPerDay };
}

/** Peak bands in intervals. */
export function peakIntervalBands(resolved: ResolvedScenario, peaks: PeakDays): TimeSeriesInput['bands'] {
  return peaks.bands.map((b) => ({ start: b.startDay * resolved.intervalsPerDay, end: b.endDay * resolved.intervalsPerDay, label: b.label }));
}

/** Chart input (without size) of the expected volume per channel. */
export function forecastChartInput(resolved: ResolvedScenario, peaks: PeakDays, focusDay: number | null): Omit<TimeSeriesInput, 'width' | 'height'> {
  return {
    title: t('forecast.chartTitle'),
    startDate: resolved.startDate,
    intervalMinutes: resolved.intervalMinutes,
    ...focusRange(resolved, focusDay),
    series: resolved.channels.map((c, k) => ({
      id: c.id, label: `${c.name} (${t(`forecast.kind_${c.kind}`)})`, values: resolved.arrivals[k], colour: seriesColour(k), kind: 'area' as const,
    })),
    bands: peakIntervalBands(resolved, peaks),
    yLabel: resolved.intervalMinutes === 60 ? t('forecast.yLabelHour') : t('forecast.yLabel', { minutes: resolved.intervalMinutes }),
  };
}
