/**
 * Expected arrivals per channel per interval, from a scenario's forecast.
 *
 * `intervals` forecasts are taken as given. `profile` forecasts are built day by day:
 * the weekday's total (`weekly`, Monday first) × the product of the peak events' multipliers of
 * that day, spread over the day by the intraday weights (the weekday's override if any)
 * normalised to sum to 1. Arrivals are
 * expected counts (real numbers): the simulation draws Poisson counts around them.
 */
import { dayNumber, intervalsPerDay, weekdayOfDayNumber } from './calendar';
import type { Forecast, PeakEvent, ScenarioFile } from './schema';
import { ownEntry } from './reservedIds';

/**
 * Volume multiplier of `event` on day number `day` (days since 1970-01-01).
 *
 * `flat`: `factor` from start to end inclusive, 1 elsewhere. `ramp`: the same plateau, plus a
 * linear rise over the `rampDays` days before start and a linear fall over the `rampDays` days
 * after end, by equal daily steps: with factor 1.4 and rampDays 3, the three days before start
 * get 1.1, 1.2, 1.3 and the three days after end 1.3, 1.2, 1.1. The step is per day, not per
 * interval, because planners think of a build-up in days and the weekly × intraday forecast is
 * itself daily.
 */
export function eventMultiplier(event: PeakEvent, day: number): number {
  const start = dayNumber(event.start);
  const end = dayNumber(event.end);
  if (start === null || end === null) throw new Error(`eventMultiplier: bad dates in event '${event.name}'`);
  if (day >= start && day <= end) return event.factor;
  if (event.shape !== 'ramp' || event.rampDays <= 0) return 1;
  const distance = day < start ? start - day : day - end;
  if (distance > event.rampDays) return 1;
  return 1 + (event.factor - 1) * (1 - distance / (event.rampDays + 1));
}

/** Multiplier of each horizon day for one channel: the product of every event naming it. */
export function dailyMultipliers(file: ScenarioFile, channelId: string): number[] {
  const first = dayNumber(file.startDate);
  if (first === null) throw new Error(`dailyMultipliers: bad start date ${file.startDate}`);
  const events = file.forecast.kind === 'profile'
    ? file.forecast.events.filter((e) => e.channels.includes(channelId))
    : [];
  return Array.from({ length: file.days }, (_, d) =>
    events.reduce((m, event) => m * eventMultiplier(event, first + d), 1));
}

/** The intraday weights of a channel on an ISO weekday: its override for that day, else `intraday`. */
export function intradayWeights(forecast: Extract<Forecast, { kind: 'profile' }>, channelId: string, weekday: number): number[] {
  const override = ownEntry(forecast.intradayByWeekday, channelId)?.find((o) => o.weekdays.includes(weekday));
  return override ? override.weights : forecast.intraday[channelId];
}

/** Expected arrivals per interval of the horizon for one channel of a valid scenario. */
export function channelArrivals(file: ScenarioFile, channelId: string): number[] {
  const forecast = file.forecast;
  if (forecast.kind === 'intervals') return forecast.volumes[channelId].slice();
  const perDay = intervalsPerDay(file.intervalMinutes);
  const weekly = forecast.weekly[channelId];
  const multipliers = dailyMultipliers(file, channelId);
  const first = dayNumber(file.startDate) as number;
  const out = new Array<number>(file.days * perDay).fill(0);
  for (let d = 0; d < file.days; d++) {
    const weekday = weekdayOfDayNumber(first + d);
    const total = weekly[weekday - 1] * multipliers[d];
    if (total === 0) continue; // closed day: its weights may well be all zero
    const weights = intradayWeights(forecast, channelId, weekday);
    const weightSum = weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < perDay; i++) out[d * perDay + i] = (total * weights[i]) / weightSum;
  }
  return out;
}
