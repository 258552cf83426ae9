/**
 * A time axis over intervals of the horizon, shared by the chart kinds that plot per-interval
 * figures: day ticks over several days, clock ticks over one day, on the UTC axis of time.ts.
 */
import { t } from '../i18n';
import { scaleUtc, type ScaleTime } from 'd3';
import { formatClock, formatDay, intervalStart } from './time';

export interface AxisTick { position: number; label: string; major: boolean }

export interface TimeAxis {
  x: ScaleTime<number, number>;
  /** x of the start of interval `i`. */
  at: (i: number) => number;
  ticks: AxisTick[];
  label: string;
}

export function timeAxis(startDate: string, intervalMinutes: number, first: number, count: number, left: number, width: number): TimeAxis {
  const t0 = intervalStart(startDate, intervalMinutes, first);
  const t1 = intervalStart(startDate, intervalMinutes, first + count);
  const x = scaleUtc().domain([t0, t1]).range([left, left + width]);
  const at = (i: number) => x(intervalStart(startDate, intervalMinutes, i));
  const spanDays = (count * intervalMinutes) / (24 * 60);
  const ticks = spanDays > 1.5
    ? x.ticks(Math.max(2, Math.min(Math.ceil(spanDays), Math.floor(width / 90)))).map((d) => ({ position: x(d), label: formatDay(d), major: d.getUTCHours() === 0 }))
    : x.ticks(Math.max(2, Math.floor(width / 70))).map((d) => ({ position: x(d), label: formatClock(d), major: d.getUTCHours() === 0 }));
  const label = spanDays > 1.5
    ? t('chart.dateAxis', { minutes: intervalMinutes })
    : t('chart.timeAxis', { day: formatDay(t0), minutes: intervalMinutes });
  return { x, at, ticks, label };
}
