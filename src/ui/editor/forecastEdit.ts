/**
 * Pure edits of a scenario's forecast, for the forecast page: building a profile forecast (daily
 * totals × intraday profile) from per-interval volumes, pasting one day of volumes, and a new
 * peak event.
 */
import { addDays, dayNumber, intervalsPerDay, weekdayOfDayNumber } from '../../scenario/calendar';
import { channelArrivals } from '../../scenario/resolveForecast';
import type { Forecast, IntradayOverride, PeakEvent, ScenarioFile } from '../../scenario/schema';

type ProfileForecast = Extract<Forecast, { kind: 'profile' }>;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Sum per slot of the day over the days `pick` accepts. */
function slotSums(series: number[], perDay: number, days: number, pick: (day: number) => boolean): number[] {
  const sums = new Array<number>(perDay).fill(0);
  for (let d = 0; d < days; d++) if (pick(d)) for (let i = 0; i < perDay; i++) sums[i] += series[d * perDay + i];
  return sums;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/**
 * A profile forecast that reproduces `file`'s volumes on an ordinary week: each weekday's total is
 * the median of that weekday's totals over the horizon (so a peak week does not inflate it), the
 * intraday profile is the shape of Monday–Friday, and Saturday and Sunday keep their own shape
 * when they have volume. Peaks are not guessed: the planner adds them as events.
 */
export function profileFromIntervals(file: ScenarioFile): ProfileForecast {
  const perDay = intervalsPerDay(file.intervalMinutes);
  const first = dayNumber(file.startDate) as number;
  const weekdayOf = (d: number) => weekdayOfDayNumber(first + d);
  const weekly: Record<string, number[]> = {};
  const intraday: Record<string, number[]> = {};
  const intradayByWeekday: Record<string, IntradayOverride[]> = {};
  for (const channel of file.channels) {
    const series = channelArrivals(file, channel.id);
    const totals = Array.from({ length: file.days }, (_, d) => series.slice(d * perDay, (d + 1) * perDay).reduce((a, b) => a + b, 0));
    weekly[channel.id] = [1, 2, 3, 4, 5, 6, 7].map((w) => round(median(totals.filter((_, d) => weekdayOf(d) === w)), 2));
    let main = slotSums(series, perDay, file.days, (d) => weekdayOf(d) <= 5);
    if (main.every((x) => x === 0)) main = slotSums(series, perDay, file.days, () => true);
    intraday[channel.id] = main.map((x) => round(x, 4));
    const overrides: IntradayOverride[] = [];
    for (const w of [6, 7]) {
      const own = slotSums(series, perDay, file.days, (d) => weekdayOf(d) === w);
      if (own.some((x) => x > 0)) overrides.push({ weekdays: [w], weights: own.map((x) => round(x, 4)) });
    }
    if (overrides.length > 0) intradayByWeekday[channel.id] = overrides;
  }
  return { kind: 'profile', weekly, intraday, intradayByWeekday, events: [] };
}

/**
 * The scenario with one channel's volumes on day `day` replaced by `values` (one per interval).
 * The forecast becomes per-interval volumes: a profile forecast cannot hold one odd day, and the
 * other channels and days keep exactly what they resolved to. Null when the length is wrong.
 */
export function withDayVolumes(file: ScenarioFile, channelId: string, day: number, values: readonly number[]): ScenarioFile | null {
  const perDay = intervalsPerDay(file.intervalMinutes);
  if (values.length !== perDay || day < 0 || day >= file.days) return null;
  const volumes: Record<string, number[]> = {};
  for (const channel of file.channels) volumes[channel.id] = channelArrivals(file, channel.id);
  const series = volumes[channelId];
  if (!series) return null;
  for (let i = 0; i < perDay; i++) series[day * perDay + i] = values[i];
  return { ...file, forecast: { kind: 'intervals', volumes } };
}

/** A new peak event: the first channel, three days in the middle of the horizon, +30%. */
export function newPeakEvent(file: ScenarioFile, count: number): PeakEvent {
  const start = addDays(file.startDate, Math.floor(file.days / 2));
  return {
    name: `Peak ${count + 1}`,
    channels: [file.channels[0].id],
    start,
    end: addDays(start, Math.min(2, file.days - 1)),
    factor: 1.3,
    shape: 'flat',
    rampDays: 0,
  };
}
