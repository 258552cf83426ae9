/**
 * Dates and hours of a lever, as per-interval masks over the horizon. Arithmetic is in UTC so a
 * daylight-saving change never shortens a day (the scenario's days are civil dates).
 */
import type { ResolvedScenario } from '../../scenario/model';

const MS_PER_DAY = 86_400_000;

/** Days from the scenario's first day to `isoDate` (negative before the horizon). */
export function dayIndex(startDate: string, isoDate: string): number {
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / MS_PER_DAY);
}

/** The ISO date of day `day` of the horizon (day may be negative or past the end). */
export function dateOfDay(startDate: string, day: number): string {
  return new Date(Date.parse(`${startDate}T00:00:00Z`) + day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Minutes after midnight of `HH:MM`. The schema has already checked the format. */
export function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h * 60 + m;
}

export interface Window {
  /** First and last day, inclusive (absent: the horizon's). */
  start?: string;
  end?: string;
  /** Explicit list of days (replaces start/end when given). */
  days?: string[];
  /** Daily hours `[from, to)` (absent: the whole day). */
  from?: string;
  to?: string;
}

/** Per interval: does it fall inside the window? */
export function windowMask(s: ResolvedScenario, w: Window): boolean[] {
  const mask = new Array<boolean>(s.intervalCount).fill(false);
  const days = new Set<number>();
  if (w.days) for (const d of w.days) days.add(dayIndex(s.startDate, d));
  else {
    const first = w.start ? dayIndex(s.startDate, w.start) : 0;
    const last = w.end ? dayIndex(s.startDate, w.end) : s.days - 1;
    for (let d = Math.max(0, first); d <= Math.min(s.days - 1, last); d++) days.add(d);
  }
  const fromMin = w.from ? minutesOf(w.from) : 0;
  const toMin = w.to ? minutesOf(w.to) : 24 * 60;
  for (const d of days) {
    if (d < 0 || d >= s.days) continue;
    for (let j = 0; j < s.intervalsPerDay; j++) {
      const startMin = j * s.intervalMinutes;
      if (startMin >= fromMin && startMin < toMin) mask[d * s.intervalsPerDay + j] = true;
    }
  }
  return mask;
}

/** Per interval: does any of `channels` expect arrivals (the channel is open)? */
export function openMask(s: ResolvedScenario, channels: number[]): boolean[] {
  return Array.from({ length: s.intervalCount }, (_, i) => channels.some((c) => s.arrivals[c][i] > 0));
}

/** Hours in one interval. */
export function intervalHours(s: ResolvedScenario): number {
  return s.intervalMinutes / 60;
}
