/**
 * Scheduled head-count per interval of a pool, from intervals or shifts.
 *
 * A shift covers the intervals [start, end) of each day whose ISO weekday it lists; when end ≤
 * start it runs past midnight and its tail lands on the next day (end = start is a 24-hour
 * shift). A shift that starts the day before the horizon still staffs the first morning: the
 * people are there. The part of a shift past the last day is dropped.
 */
import { clockMinutes, dayNumber, intervalsPerDay, weekdayOfDayNumber } from './calendar';
import type { PoolFile, ScenarioFile, Shift } from './schema';

/** Adds one shift's agents to `scheduled` (length days × intervals per day). */
function addShift(scheduled: number[], shift: Shift, firstDay: number, days: number, intervalMinutes: number): void {
  const perDay = intervalsPerDay(intervalMinutes);
  const startMinutes = clockMinutes(shift.start) as number;
  const rawEnd = clockMinutes(shift.end) as number;
  const endMinutes = rawEnd <= startMinutes ? rawEnd + 1440 : rawEnd;
  const fromSlot = Math.floor(startMinutes / intervalMinutes);
  const toSlot = Math.floor(endMinutes / intervalMinutes);
  const weekdays = new Set(shift.weekdays); // a weekday listed twice is still one shift
  for (let d = -1; d < days; d++) {
    if (!weekdays.has(weekdayOfDayNumber(firstDay + d))) continue;
    for (let slot = fromSlot; slot < toSlot; slot++) {
      const index = d * perDay + slot;
      if (index >= 0 && index < scheduled.length) scheduled[index] += shift.agents;
    }
  }
}

/** Scheduled (paid) head-count per interval of the horizon for one pool of a valid scenario. */
export function poolScheduled(file: ScenarioFile, pool: PoolFile): number[] {
  const staffing = pool.staffing;
  if (staffing.kind === 'intervals') return staffing.scheduled.slice();
  const perDay = intervalsPerDay(file.intervalMinutes);
  const scheduled = new Array<number>(file.days * perDay).fill(0);
  const firstDay = dayNumber(file.startDate) as number;
  for (const shift of staffing.shifts) addShift(scheduled, shift, firstDay, file.days, file.intervalMinutes);
  return scheduled;
}

/**
 * Productive head-count: round(scheduled × (1 − shrinkage)). The tiny bias before rounding keeps
 * a product that is exactly half-way in decimal (15 × 0.7 = 10.5) from rounding down because
 * binary floating point stores it as 10.4999….
 */
export function productiveCount(scheduled: number, shrinkage: number): number {
  return Math.max(0, Math.round(scheduled * (1 - shrinkage) + 1e-9));
}
