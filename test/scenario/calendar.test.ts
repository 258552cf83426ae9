import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays, clockMinutes, dayNumber, daysBetween, intervalIndexOf, intervalStart, isoDateOf, isoWeekday,
} from '../../src/scenario/calendar';

describe('calendar', () => {
  it('knows the weekdays of dates around the 2026 World Cup', () => {
    expect(isoWeekday('2026-06-08')).toBe(1); // a Monday
    expect(isoWeekday('2026-06-14')).toBe(7);
    expect(isoWeekday('1970-01-01')).toBe(4); // a Thursday
    expect(isoWeekday('2024-02-29')).toBe(4);
  });

  it('adds days across months, leap days and daylight-saving changes', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30'); // Europe's clocks change on the 29th
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-06-08', '2026-06-28')).toBe(20);
  });

  it('rejects dates that do not exist', () => {
    expect(dayNumber('2026-02-30')).toBeNull();
    expect(dayNumber('2026-13-01')).toBeNull();
    expect(dayNumber('08/06/2026')).toBeNull();
  });

  it('round-trips day numbers and dates, with the weekday advancing by one each day', () => {
    fc.assert(fc.property(fc.integer({ min: -50_000, max: 80_000 }), fc.integer({ min: -400, max: 400 }), (day, n) => {
      const date = isoDateOf(day);
      expect(dayNumber(date)).toBe(day);
      expect(daysBetween(date, addDays(date, n))).toBe(n);
      expect(isoWeekday(addDays(date, 1))).toBe((isoWeekday(date) % 7) + 1);
    }), { seed: 7, numRuns: 300 });
  });

  it('reads clock times from 00:00 to 24:00', () => {
    expect(clockMinutes('00:00')).toBe(0);
    expect(clockMinutes('8:30')).toBe(510);
    expect(clockMinutes('24:00')).toBe(1440);
    expect(clockMinutes('24:30')).toBeNull();
    expect(clockMinutes('12:60')).toBeNull();
  });

  it('maps interval indices to date and time and back', () => {
    const horizon = { startDate: '2026-06-08', days: 21, intervalMinutes: 30 };
    expect(intervalStart(horizon, 0)).toEqual({ date: '2026-06-08', time: '00:00' });
    expect(intervalStart(horizon, 48 + 17)).toEqual({ date: '2026-06-09', time: '08:30' });
    fc.assert(fc.property(fc.integer({ min: 0, max: 21 * 48 - 1 }), (index) => {
      const { date, time } = intervalStart(horizon, index);
      expect(intervalIndexOf(horizon, date, time)).toEqual({ ok: true, index });
    }), { seed: 3, numRuns: 200 });
  });

  it('says why a date and time is not an interval of the horizon', () => {
    const horizon = { startDate: '2026-06-08', days: 2, intervalMinutes: 30 };
    const reason = (date: string, time: string) => {
      const r = intervalIndexOf(horizon, date, time);
      return r.ok ? null : r.reason;
    };
    expect(reason('2026-06-10', '08:00')).toMatch(/outside the horizon 2026-06-08 – 2026-06-09/);
    expect(reason('2026-06-07', '08:00')).toMatch(/outside the horizon/);
    expect(reason('2026-06-08', '08:15')).toMatch(/not on a 30-minute interval boundary/);
    expect(reason('2026-06-08', '24:00')).toMatch(/not a time/);
    expect(reason('2026-02-30', '08:00')).toMatch(/not a date/);
  });
});
