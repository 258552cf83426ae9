/**
 * Which days of the horizon are the peak, for shading charts and summing the peak's shortfall.
 *
 * A `profile` forecast names its peaks: each event's full-strength days (start to end, clipped to
 * the horizon) form a band labelled with the event's name; ramp days around it are not counted as
 * peak. An `intervals` forecast names none, so the busy days are found in the data: days whose
 * total volume is at least `BUSY_FACTOR` × the median of the open days' totals, grouped into runs
 * of consecutive days.
 */
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

export const BUSY_FACTOR = 1.25;

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

function busyBands(totals: number[]): PeakBand[] {
  const open = totals.filter((t) => t > 0);
  if (open.length === 0) return [];
  const threshold = BUSY_FACTOR * median(open);
  const bands: PeakBand[] = [];
  for (let d = 0; d < totals.length; d++) {
    if (totals[d] < threshold || totals[d] <= 0) continue;
    const last = bands[bands.length - 1];
    if (last && last.endDay === d) last.endDay = d + 1;
    else bands.push({ startDay: d, endDay: d + 1, label: 'Busy' });
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
