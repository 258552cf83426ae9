import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../src/scenario/resolve';
import { eventMultiplier } from '../../src/scenario/resolveForecast';
import { productiveCount } from '../../src/scenario/resolveStaffing';
import { dayNumber } from '../../src/scenario/calendar';
import type { PeakEvent } from '../../src/scenario/schema';
import { clone, intervalsScenario, profileScenario, valid } from './fixtures';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const dayOf = (xs: number[], d: number, perDay = 24) => xs.slice(d * perDay, (d + 1) * perDay);

describe('resolveScenario: arrivals', () => {
  it('spreads each weekday total over the intraday weights', () => {
    const r = resolveScenario(valid(profileScenario()));
    expect(r.intervalCount).toBe(48);
    expect(r.intervalSeconds).toBe(3600);
    const voice = r.arrivals[0];
    expect(sum(dayOf(voice, 0))).toBeCloseTo(1000, 9); // Monday
    expect(sum(dayOf(voice, 1))).toBeCloseTo(800, 9); // Tuesday
    // Weights 2 (08–12) and 1 (12–20) sum to 16: 09:00 on Monday holds 2/16 of 1000.
    expect(voice[9]).toBeCloseTo(125, 9);
    expect(voice[13]).toBeCloseTo(62.5, 9);
    expect(voice[3]).toBe(0);
    expect(r.arrivals[1][3]).toBeCloseTo(100 / 24, 9); // email all day
  });

  it('keeps daily totals for any weekly volumes and weights (property)', () => {
    const weights = fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 24, maxLength: 24 })
      .filter((w) => sum(w) > 0.01);
    const weekly = fc.array(fc.double({ min: 0, max: 5000, noNaN: true }), { minLength: 7, maxLength: 7 });
    fc.assert(fc.property(weights, weekly, (w, week) => {
      const s = clone(profileScenario()) as any; // any: overwriting the forecast
      s.days = 7;
      s.forecast.weekly.voice = week;
      s.forecast.intraday.voice = w;
      const r = resolveScenario(valid(s));
      for (let d = 0; d < 7; d++) {
        const total = sum(dayOf(r.arrivals[0], d));
        expect(Math.abs(total - week[d])).toBeLessThanOrEqual(1e-9 * Math.max(1, week[d]));
      }
      expect(r.arrivals[0].every((x) => x >= 0 && Number.isFinite(x))).toBe(true);
    }), { seed: 11, numRuns: 60 });
  });

  it('uses a weekday override of the intraday weights', () => {
    const s = clone(profileScenario()) as any; // any: adding an override
    s.startDate = '2026-06-13'; // Saturday, then Sunday
    const saturday = new Array(24).fill(0);
    saturday[10] = 1;
    s.forecast.intradayByWeekday = { voice: [{ weekdays: [6], weights: saturday }] };
    const r = resolveScenario(valid(s));
    expect(r.arrivals[0][10]).toBeCloseTo(300, 9);
    expect(sum(dayOf(r.arrivals[0], 0))).toBeCloseTo(300, 9);
    expect(sum(dayOf(r.arrivals[0], 1))).toBe(0); // Sunday closed
  });

  it('applies peak events, multiplying events that overlap', () => {
    const s = clone(profileScenario()) as any; // any: adding events
    s.forecast.events = [
      { name: 'A', channels: ['voice'], start: '2026-06-09', end: '2026-06-09', factor: 1.5 },
      { name: 'B', channels: ['voice', 'email'], start: '2026-06-01', end: '2026-06-30', factor: 2 },
    ];
    const r = resolveScenario(valid(s));
    expect(sum(dayOf(r.arrivals[0], 0))).toBeCloseTo(2000, 9);
    expect(sum(dayOf(r.arrivals[0], 1))).toBeCloseTo(800 * 3, 9);
    expect(sum(dayOf(r.arrivals[1], 1))).toBeCloseTo(200, 9);
  });

  it('takes interval volumes as given', () => {
    const voice = Array.from({ length: 24 }, (_, i) => i * 1.5);
    const r = resolveScenario(valid(intervalsScenario(voice, new Array(24).fill(4))));
    expect(r.arrivals[0]).toEqual(voice);
  });
});

describe('eventMultiplier: ramp shape', () => {
  const event = (over: Partial<PeakEvent>): PeakEvent => ({
    name: 'Peak', channels: ['voice'], start: '2026-06-16', end: '2026-06-20', factor: 1.4, shape: 'ramp', rampDays: 3, ...over,
  });
  const day = (iso: string) => dayNumber(iso) as number;

  it('rises by equal daily steps before start and falls likewise after end', () => {
    const e = event({});
    const values = ['2026-06-12', '2026-06-13', '2026-06-14', '2026-06-15', '2026-06-16', '2026-06-20', '2026-06-21', '2026-06-23', '2026-06-24']
      .map((d) => eventMultiplier(e, day(d)));
    const expected = [1, 1.1, 1.2, 1.3, 1.4, 1.4, 1.3, 1.1, 1];
    values.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
  });

  it('is flat without a ramp and works for falls (factor < 1)', () => {
    expect(eventMultiplier(event({ shape: 'flat' }), day('2026-06-15'))).toBe(1);
    expect(eventMultiplier(event({ shape: 'flat' }), day('2026-06-18'))).toBe(1.4);
    expect(eventMultiplier(event({ factor: 0.5, rampDays: 1 }), day('2026-06-15'))).toBeCloseTo(0.75, 12);
  });

  it('stays between 1 and the factor and is symmetric around the plateau (property)', () => {
    fc.assert(fc.property(fc.double({ min: 0.1, max: 5, noNaN: true }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: -15, max: 15 }),
      (factor, rampDays, k) => {
        const e = event({ factor, rampDays, start: '2026-06-16', end: '2026-06-16' });
        const before = eventMultiplier(e, day('2026-06-16') - k);
        const after = eventMultiplier(e, day('2026-06-16') + k);
        expect(before).toBeCloseTo(after, 12);
        expect(before).toBeGreaterThanOrEqual(Math.min(1, factor) - 1e-12);
        expect(before).toBeLessThanOrEqual(Math.max(1, factor) + 1e-12);
      }), { seed: 5, numRuns: 200 });
  });
});

describe('resolveScenario: staffing', () => {
  it('staffs [start, end) of listed weekdays', () => {
    const r = resolveScenario(valid(profileScenario()));
    const team = r.pools[0];
    expect(team.skills).toEqual([0, 1]);
    expect(team.scheduled.slice(0, 24)).toEqual([...new Array(8).fill(0), ...new Array(8).fill(10), ...new Array(8).fill(0)]);
    expect(team.productive[8]).toBe(8); // round(10 × 0.75) = 7.5 → 8
  });

  it('runs a shift over midnight into the next day, and from the day before the horizon', () => {
    const s = clone(profileScenario()) as any; // any: replacing the shifts
    // 2026-06-08 is a Monday; a Sunday night shift spills into Monday morning.
    s.pools[0].staffing.shifts = [{ start: '22:00', end: '06:00', agents: 4, weekdays: [1, 7] }];
    const r = resolveScenario(valid(s));
    const sched = r.pools[0].scheduled;
    expect(sched.slice(0, 6)).toEqual([4, 4, 4, 4, 4, 4]); // Sunday's shift, 00:00–06:00 Monday
    expect(sched.slice(6, 22)).toEqual(new Array(16).fill(0));
    expect(sched.slice(22, 30)).toEqual(new Array(8).fill(4)); // Monday 22:00 – Tuesday 06:00
    expect(sched.slice(30, 48)).toEqual(new Array(18).fill(0)); // Tuesday's own shift is not listed
  });

  it('adds overlapping shifts and treats 24:00 as the end of the day', () => {
    const s = clone(profileScenario()) as any; // any: replacing the shifts
    s.pools[0].staffing.shifts = [
      { start: '00:00', end: '24:00', agents: 1, weekdays: [1] },
      { start: '12:00', end: '14:00', agents: 3, weekdays: [1, 1] },
    ];
    const sched = resolveScenario(valid(s)).pools[0].scheduled;
    expect(sched.slice(0, 24)).toEqual([...new Array(12).fill(1), 4, 4, ...new Array(10).fill(1)]);
    expect(sum(sched.slice(24))).toBe(0);
  });

  it('rounds productive head-count half-way cases up despite floating point', () => {
    expect(productiveCount(15, 0.3)).toBe(11); // 10.5
    expect(productiveCount(10, 0.3)).toBe(7);
    expect(productiveCount(0, 0.3)).toBe(0);
  });

  it('turns units into seconds and keeps strategies and costs', () => {
    const s = clone(profileScenario()) as any; // any: adding fields
    s.channels[0].repeatDelayMinutes = 30;
    s.strategies = [{ id: 'base', name: 'Base' }];
    const r = resolveScenario(valid(s));
    expect(r.channels[0].repeatDelaySeconds).toBe(1800);
    expect(r.channels[1].patience).toBeNull();
    expect(r.strategies).toEqual([{ id: 'base', name: 'Base', levers: [] }]);
    expect(r.costs.currency).toBe('EUR');
  });
});
