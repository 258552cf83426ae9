/**
 * Calendar arithmetic for scenarios, always in UTC.
 *
 * A scenario's days are civil dates with no time zone: doing the arithmetic in UTC means a
 * daylight-saving change (the last Sunday of March or October in France) never makes a day 23 or
 * 25 hours long, so every day holds exactly `intervalsPerDay` intervals.
 */

const MS_PER_DAY = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{1,2}):(\d{2})$/;

/** Days since 1970-01-01 for an ISO date `YYYY-MM-DD`; null when it is not a real date. */
export function dayNumber(isoDate: string): number | null {
  const m = DATE_RE.exec(isoDate.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March 2nd: reject instead of guessing.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return Math.round(ms / MS_PER_DAY);
}

/** The ISO date of a day number (inverse of `dayNumber`). */
export function isoDateOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date `n` days after `isoDate` (n may be negative). The date must be valid. */
export function addDays(isoDate: string, n: number): string {
  const day = dayNumber(isoDate);
  if (day === null) throw new Error(`addDays: not a date: ${isoDate}`);
  return isoDateOf(day + n);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). Both must be valid dates. */
export function daysBetween(from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === null || b === null) throw new Error(`daysBetween: not a date: ${a === null ? from : to}`);
  return b - a;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday (4). */
export function weekdayOfDayNumber(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(isoDate: string): number {
  const day = dayNumber(isoDate);
  if (day === null) throw new Error(`isoWeekday: not a date: ${isoDate}`);
  return weekdayOfDayNumber(day);
}

/** Minutes after midnight of `HH:MM` (`24:00` allowed, = 1440); null when malformed or out of range. */
export function clockMinutes(time: string): number | null {
  const m = TIME_RE.exec(time.trim());
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (minutes > 59) return null;
  const total = hours * 60 + minutes;
  return total > 1440 ? null : total;
}

/** `HH:MM` of minutes after midnight (0 ≤ minutes < 1440). */
export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Intervals in one day: 48 for 30-minute intervals. */
export function intervalsPerDay(intervalMinutes: number): number {
  return Math.round(1440 / intervalMinutes);
}

/** The horizon a scenario's per-interval series cover. */
export interface Horizon {
  startDate: string;
  days: number;
  intervalMinutes: number;
}

/**
 * Index over the horizon of the interval starting at `date` `time`, or a reason why there is none
 * (date outside the horizon, time not on an interval boundary).
 */
export function intervalIndexOf(
  horizon: Horizon,
  date: string,
  time: string,
): { ok: true; index: number } | { ok: false; reason: string } {
  const day = dayNumber(date);
  if (day === null) return { ok: false, reason: `'${date}' is not a date YYYY-MM-DD` };
  const start = dayNumber(horizon.startDate);
  if (start === null) throw new Error(`intervalIndexOf: bad start date ${horizon.startDate}`);
  const offset = day - start;
  if (offset < 0 || offset >= horizon.days) {
    return { ok: false, reason: `date ${date} is outside the horizon ${horizon.startDate} – ${isoDateOf(start + horizon.days - 1)}` };
  }
  const minutes = clockMinutes(time);
  if (minutes === null || minutes >= 1440) return { ok: false, reason: `'${time}' is not a time HH:MM` };
  if (minutes % horizon.intervalMinutes !== 0) {
    return { ok: false, reason: `time ${time} is not on a ${horizon.intervalMinutes}-minute interval boundary` };
  }
  return { ok: true, index: offset * intervalsPerDay(horizon.intervalMinutes) + minutes / horizon.intervalMinutes };
}

/** Date and `HH:MM` start of interval `index` of the horizon. */
export function intervalStart(horizon: Horizon, index: number): { date: string; time: string } {
  const perDay = intervalsPerDay(horizon.intervalMinutes);
  const dayOffset = Math.floor(index / perDay);
  const slot = index - dayOffset * perDay;
  return { date: addDays(horizon.startDate, dayOffset), time: formatClock(slot * horizon.intervalMinutes) };
}
