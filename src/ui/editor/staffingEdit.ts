/**
 * Pure edits of a pool's staffing, for the editor: switching between shifts and per-interval
 * head-counts, and writing one day of head-counts.
 */
import { intervalsPerDay } from '../../scenario/calendar';
import { poolScheduled } from '../../scenario/resolveStaffing';
import type { PoolFile, ScenarioFile, Shift } from '../../scenario/schema';

/**
 * Per-interval staffing equal to what the pool's shifts give, so switching changes no figure;
 * the planner then edits single intervals.
 */
export function intervalsFromShifts(file: ScenarioFile, pool: PoolFile): PoolFile['staffing'] {
  return { kind: 'intervals', scheduled: poolScheduled(file, pool) };
}

/** A new shift: a working day on weekdays, no agents yet (the planner types how many). */
export function newShift(count: number): Shift {
  return { name: `Shift ${count + 1}`, start: '09:00', end: '17:00', agents: 0, weekdays: [1, 2, 3, 4, 5] };
}

/**
 * `scheduled` with day `day` replaced by `values` (one per interval of the day), or the whole
 * horizon when `values` covers it. Null when the length fits neither.
 */
export function withDayValues(scheduled: readonly number[], day: number, values: readonly number[], intervalMinutes: number): number[] | null {
  const perDay = intervalsPerDay(intervalMinutes);
  if (values.length === scheduled.length) return values.slice();
  if (values.length !== perDay) return null;
  const out = scheduled.slice();
  for (let i = 0; i < perDay; i++) out[day * perDay + i] = values[i];
  return out;
}

/** `list` with the item at `from` moved to `to` (priority order of skills). */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return list.slice();
  const out = list.slice();
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item);
  return out;
}
