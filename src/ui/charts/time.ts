/**
 * Interval index ↔ calendar time for charts.
 *
 * A scenario's clock is the contact center's local wall clock. Charts place it on a UTC axis so
 * that a daylight-saving change in the viewer's time zone never adds or drops an hour: interval
 * `i` starts at `startDate 00:00 + i × intervalMinutes`, read as UTC.
 */
import { utcFormat } from 'd3';
import { language } from '../i18n/locale';

const MS_PER_MINUTE = 60_000;

/** The instant interval `index` starts, on the chart's UTC axis. */
export function intervalStart(startDate: string, intervalMinutes: number, index: number): Date {
  return new Date(Date.parse(`${startDate}T00:00:00Z`) + index * intervalMinutes * MS_PER_MINUTE);
}

const englishDay = utcFormat('%a %-d %b');
const frenchDay = new Intl.DateTimeFormat('fr-FR', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const frenchDayOnly = new Intl.DateTimeFormat('fr-FR', { weekday: 'short', day: 'numeric', timeZone: 'UTC' });

/** `Mon 6 Jan`, `lun. 6 janv.` — a day label a planner reads at a glance, in the app's language. */
export const formatDay = (d: Date): string => (language() === 'fr' ? frenchDay.format(d) : englishDay(d));
const englishDayMonth = utcFormat('%-d %b');
const frenchDayMonth = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', timeZone: 'UTC' });
/** `15 Jun`, `15 juin`: a date inside a sentence. */
export const formatDayMonth = (d: Date): string => (language() === 'fr' ? frenchDayMonth.format(d) : englishDayMonth(d));
const englishLongDate = utcFormat('%A %-d %B %Y');
const frenchLongDate = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** `Monday 25 May 2026`, `lundi 25 mai 2026`: a deadline in a sentence. */
export const formatLongDate = (d: Date): string => (language() === 'fr' ? frenchLongDate.format(d) : englishLongDate(d));
/** Monday first: `Mon … Sun`, `lun. … dim.` (1 Jan 2024 was a Monday). */
export const weekdayShort = (): string[] => {
  const f = new Intl.DateTimeFormat(language() === 'fr' ? 'fr-FR' : 'en-GB', { weekday: 'short', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, k) => f.format(new Date(Date.UTC(2024, 0, 1 + k))));
};
/** Monday first: `Monday … Sunday`, `lundi … dimanche`. */
export const weekdayLong = (): string[] => {
  const f = new Intl.DateTimeFormat(language() === 'fr' ? 'fr-FR' : 'en-GB', { weekday: 'long', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, k) => f.format(new Date(Date.UTC(2024, 0, 1 + k))));
};
/** `08:30` (the same in both languages). */
export const formatClock = utcFormat('%H:%M');
/** `Mon 6 Jan 08:30`, `lun. 6 janv. 08:30`. */
export const formatDayClock = (d: Date): string => `${formatDay(d)} ${formatClock(d)}`;

/** The label of day `day` of the horizon. */
export function dayLabel(startDate: string, day: number): string {
  return formatDay(intervalStart(startDate, 24 * 60, day));
}


/**
 * ISO days as ranges a planner reads: `Mon 15 – Sat 20 Jun`, `Tue 9 Jun, Thu 11 Jun`. Runs of
 * consecutive days are joined; a range within one month names the month once.
 */
export function formatDayRanges(days: readonly string[]): string {
  const sorted = [...new Set(days)].sort();
  const runs: [string, string][] = [];
  const next = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  for (const d of sorted) {
    const last = runs.at(-1);
    if (last && next(last[1]) === d) last[1] = d;
    else runs.push([d, d]);
  }
  const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
  return runs.map(([a, b]) => {
    if (a === b) return formatDay(at(a));
    const sameMonth = a.slice(0, 7) === b.slice(0, 7);
    const first = !sameMonth ? formatDay(at(a)) : language() === 'fr' ? frenchDayOnly.format(at(a)) : utcFormat('%a %-d')(at(a));
    return `${first} – ${formatDay(at(b))}`;
  }).join(', ');
}
