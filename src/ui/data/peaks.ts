/**
 * Which days of the horizon are the peak, for shading charts and summing the peak's shortfall.
 *
 * A `profile` forecast names its peaks: each event's full-strength days (start to end, clipped to
 * the horizon) form a band labelled with the event's name; ramp days around it are not counted as
 * peak. An `intervals` forecast (an imported CSV) names none, so the busy days are found in the
 * data: days whose total volume is at least `BUSY_FACTOR` × a normal day's, grouped into runs of
 * consecutive days. A normal day is the median of the open days of the same weekday when the
 * horizon holds at least `SAME_WEEKDAY_MIN` of them (a busy Saturday is busy for a Saturday),
 * else the median of all open days.
 */
import { t } from '../i18n';
import { dayNumber } from '../../scenario/calendar';
import type { ResolvedScenario } from '../../scenario/model';
import type { ScenarioFile } from '../../scenario/schema';

/** A run of peak days: `[startDay, endDay)` as day offsets from the horizon's start. */
export interface PeakBand {
  startDay: number;
  endDay: number;
  label: string;
}

export interface PeakDays {
  bands: PeakBand[];
  /** Per day of the horizon. */
  isPeak: boolean[];
}

export const BUSY_FACTOR = 1.15;
export const SAME_WEEKDAY_MIN = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Total volume of every channel, per day. */
export function dailyTotals(resolved: ResolvedScenario): number[] {
  const totals = new Array<number>(resolved.days).fill(0);
  for (const series of resolved.arrivals) {
    for (let i = 0; i < series.length; i++) totals[Math.floor(i / resolved.intervalsPerDay)] += series[i];
  }
  return totals;
}

/** A normal day's volume for each day of the horizon (see the header). */
export function normalDays(totals: number[]): number[] {
  const open = totals.filter((t) => t > 0);
  const overall = open.length > 0 ? median(open) : 0;
  return totals.map((_, d) => {
    const sameWeekday = totals.filter((t, e) => e % 7 === d % 7 && t > 0);
    return sameWeekday.length >= SAME_WEEKDAY_MIN ? median(sameWeekday) : overall;
  });
}

function busyBands(totals: number[]): PeakBand[] {
  const normal = normalDays(totals);
  const bands: PeakBand[] = [];
  for (let d = 0; d < totals.length; d++) {
    if (totals[d] <= 0 || normal[d] <= 0 || totals[d] < BUSY_FACTOR * normal[d]) continue;
    const last = bands[bands.length - 1];
    if (last && last.endDay === d) last.endDay = d + 1;
    else bands.push({ startDay: d, endDay: d + 1, label: t('chart.busy') });
  }
  return bands;
}

/** The peak days of a valid scenario and its resolved form. */
export function peakDays(file: ScenarioFile, resolved: ResolvedScenario): PeakDays {
  let bands: PeakBand[];
  if (file.forecast.kind === 'profile' && file.forecast.events.length > 0) {
    const first = dayNumber(file.startDate) as number;
    bands = file.forecast.events
      .filter((e) => e.factor > 1)
      .map((e) => ({
        startDay: Math.max(0, (dayNumber(e.start) as number) - first),
        endDay: Math.min(file.days, (dayNumber(e.end) as number) - first + 1),
        label: e.name,
      }))
      .filter((b) => b.endDay > b.startDay);
  } else {
    bands = busyBands(dailyTotals(resolved));
  }
  const isPeak = new Array<boolean>(file.days).fill(false);
  for (const b of bands) for (let d = b.startDay; d < b.endDay; d++) isPeak[d] = true;
  return { bands, isPeak };
}
