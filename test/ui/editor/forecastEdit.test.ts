import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseForecastCsv, exportForecastCsv } from '../../../src/scenario/csv';
import { parseScenario } from '../../../src/scenario/parse';
import { resolveScenario } from '../../../src/scenario/resolve';
import { channelArrivals } from '../../../src/scenario/resolveForecast';
import type { ScenarioFile } from '../../../src/scenario/schema';
import { newPeakEvent, profileFromIntervals, withDayVolumes } from '../../../src/ui/editor/forecastEdit';
import { parseForecastCsvOffThread } from '../../../workers/browserCsv';
import { smallInput, smallScenario } from '../fixtures';

const valid = (candidate: unknown): ScenarioFile => {
  const parsed = parseScenario(candidate);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scenario;
};

describe('building a profile from per-interval volumes', () => {
  it('gives back the volumes of a forecast that is an ordinary week repeated (property)', () => {
    // 14 days from a Monday: each weekday appears twice with the same volumes.
    const weights = fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 24, maxLength: 24 }).filter((w) => w.some((x) => x > 0));
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 7, maxLength: 7 }), weights, weights,
      (weekly, weekdayShape, saturdayShape) => {
        const file = smallScenario({
          days: 14,
          forecast: {
            kind: 'profile',
            weekly: { voice: weekly, chat: weekly.map((v) => v / 2) },
            intraday: { voice: weekdayShape, chat: weekdayShape },
            intradayByWeekday: { voice: [{ weekdays: [6, 7], weights: saturdayShape }] },
            events: [],
          },
        });
        const intervals = valid({ ...file, forecast: { kind: 'intervals', volumes: { voice: channelArrivals(file, 'voice'), chat: channelArrivals(file, 'chat') } } });
        const rebuilt = valid({ ...file, forecast: profileFromIntervals(intervals) });
        for (const id of ['voice', 'chat']) {
          const a = channelArrivals(file, id);
          const b = channelArrivals(rebuilt, id);
          a.forEach((x, i) => expect(b[i]).toBeCloseTo(x, 1));
        }
      },
    ), { numRuns: 25, seed: 11 });
  });

  it("takes each weekday's median total, so one peak week does not raise the ordinary week", () => {
    const base = smallInput.forecast;
    if (base.kind !== 'profile') throw new Error('fixture');
    const file = smallScenario({ days: 21, forecast: { ...base, events: [{ name: 'Peak', channels: ['voice'], start: '2026-06-15', end: '2026-06-21', factor: 2 }] } });
    const rebuilt = profileFromIntervals(valid({ ...file, forecast: { kind: 'intervals', volumes: { voice: channelArrivals(file, 'voice'), chat: channelArrivals(file, 'chat') } } }));
    expect(rebuilt.weekly.voice).toEqual([1000, 900, 900, 900, 900, 500, 0]);
    expect(rebuilt.events).toEqual([]);
  });
});

describe('pasting one day of volumes', () => {
  it('replaces only that channel and day, and keeps every other volume as it resolved', () => {
    const file = smallScenario();
    const day = Array.from({ length: 24 }, (_, i) => i);
    const next = valid(withDayVolumes(file, 'chat', 2, day));
    expect(next.forecast.kind).toBe('intervals');
    const chat = channelArrivals(next, 'chat');
    expect(chat.slice(48, 72)).toEqual(day);
    const before = channelArrivals(file, 'chat');
    expect(chat.slice(0, 48)).toEqual(before.slice(0, 48));
    expect(chat.slice(72)).toEqual(before.slice(72));
    expect(channelArrivals(next, 'voice')).toEqual(channelArrivals(file, 'voice'));
    expect(withDayVolumes(file, 'chat', 0, [1, 2])).toBeNull();
    expect(withDayVolumes(file, 'fax', 0, day)).toBeNull();
    expect(withDayVolumes(file, 'chat', 4, day)).toBeNull();
  });

  it('a new peak event is valid as made', () => {
    const file = smallScenario();
    if (file.forecast.kind !== 'profile') throw new Error('fixture');
    const next = valid({ ...file, forecast: { ...file.forecast, events: [...file.forecast.events, newPeakEvent(file, 1)] } });
    expect(resolveScenario(next).arrivals[0]).not.toEqual(resolveScenario(file).arrivals[0]);
  });
});

describe('the CSV parser behind the page', () => {
  it('without a Worker (tests, old browsers) answers like the parser itself', async () => {
    const file = smallScenario();
    const text = exportForecastCsv(resolveScenario(file), { separator: ';' });
    expect(await parseForecastCsvOffThread(text, file)).toEqual(parseForecastCsv(text, file));
    const bad = 'date,time,voice\n2026-06-08,08:00,x\n';
    expect(await parseForecastCsvOffThread(bad, file)).toMatchObject({ ok: false, problems: [{ line: 2, message: "voice 'x' is not a number", code: 'csvNotNumber' }] });
  });
});
