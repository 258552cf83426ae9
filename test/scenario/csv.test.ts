import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyForecast, exportForecastCsv, parseForecastCsv } from '../../src/scenario/csv';
import { readNumber } from '../../src/scenario/csvFields';
import { INTERVAL_VOLUME } from '../../src/scenario/limits';
import { parseScenario } from '../../src/scenario/parse';
import { resolveScenario } from '../../src/scenario/resolve';
import type { ScenarioFile } from '../../src/scenario/schema';
import { profileScenario, valid } from './fixtures';

/** Two days of hourly intervals from Monday 2026-06-08, channels voice and email. */
const scenario: ScenarioFile = valid(profileScenario());

function problems(text: string) {
  const result = parseForecastCsv(text, scenario);
  if (result.ok) throw new Error('expected problems, the file was accepted');
  return result.problems;
}

function volumes(text: string) {
  const result = parseForecastCsv(text, scenario);
  if (!result.ok) throw new Error(`expected a valid file, got ${JSON.stringify(result.problems)}`);
  return result.volumes;
}

describe('parseForecastCsv', () => {
  it('reads the long form with commas', () => {
    const v = volumes('date,time,channel,volume\n2026-06-08,09:00,voice,12\n2026-06-09,23:00,email,3.5\n');
    expect(v.voice[9]).toBe(12);
    expect(v.email[47]).toBe(3.5);
    // Intervals the file leaves out are 0 for the channels it names.
    expect(v.voice.filter((x) => x !== 0)).toEqual([12]);
    expect(v.voice).toHaveLength(48);
  });

  it('reads the wide form with ; and decimal commas, French dates and seconds', () => {
    const text = '\ufeffdate;time;voice;email\r\n08/06/2026;08:00:00;12,5;"1 234,5"\r\n09/06/2026;10:00;7;0\r\n';
    const v = volumes(text);
    expect(v.voice[8]).toBe(12.5);
    expect(v.email[8]).toBe(1234.5);
    expect(v.voice[34]).toBe(7);
  });

  it('reports every bad line with its number and reason, and applies nothing', () => {
    const text = [
      'date,time,channel,volume', // 1
      '2026-06-08,09:00,voice,10', // 2 ok
      '2026-06-08,09:00,fax,10', // 3 unknown channel
      '2026-06-10,09:00,voice,10', // 4 outside horizon
      '2026-06-08,09:30,voice,10', // 5 not on a boundary
      '2026-06-08,10:00,voice,-1', // 6 negative
      '2026-06-08,11:00,voice,lots', // 7 not a number
      '2026-06-08,09:00,voice,11', // 8 duplicate of line 2
      '', // 9 blank: skipped
      '2026-06-08,12:00,voice', // 10 too few fields
    ].join('\n');
    const found = problems(text);
    expect(found.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8, 10]);
    expect(found[0].message).toMatch(/unknown channel 'fax'/);
    expect(found[1].message).toMatch(/outside the horizon 2026-06-08 – 2026-06-09/);
    expect(found[2].message).toMatch(/not on a 60-minute interval boundary/);
    expect(found[3].message).toMatch(/negative/);
    expect(found[4].message).toMatch(/'lots' is not a number/);
    expect(found[5].message).toMatch(/duplicate row.*line 2/);
    expect(found[6].message).toBe('expected 4 fields, got 3');
  });

  it('explains a decimal comma under the , separator', () => {
    const found = problems('date,time,voice\n2026-06-08,09:00,12,5\n');
    expect(found).toMatchObject([{ line: 2, message: 'expected 3 fields, got 4' }]);
    const quoted = volumes('date,time,voice\n2026-06-08,09:00,"12,5"\n');
    expect(quoted.voice[9]).toBe(12.5);
  });

  it('requires a header naming known channels', () => {
    expect(problems('2026-06-08,09:00,voice,10\n')[0]).toMatchObject({ line: 1, message: expect.stringMatching(/a header is required/) });
    expect(problems('date;time;voice;sms\n')[0]).toMatchObject({ line: 1, message: "unknown channel column(s) 'sms' (channels: voice, email)" });
    expect(problems('')[0].message).toMatch(/empty/);
  });

  it('reports each bad cell of a wide row on that row', () => {
    const found = problems('date;time;voice;email\n2026-06-08;08:00;-2;x\n2026-06-08;09:00;1;\n2026-06-08;10:00;1;2;\n');
    expect(found).toMatchObject([
      { line: 2, message: "voice -2 is negative; email 'x' is not a number" },
      { line: 3, message: 'email is empty' },
      { line: 4, message: 'expected 4 fields, got 5' },
    ]);
  });
});

describe('readNumber', () => {
  it('reads points, commas, spaces and exponents, and nothing else', () => {
    expect(readNumber('12,5')).toBe(12.5);
    expect(readNumber(' 3 ')).toBe(3);
    expect(readNumber('1\u202f000')).toBe(1000);
    expect(readNumber('2.5e-3')).toBe(0.0025);
    expect(readNumber('-0')).toBe(0);
    expect(readNumber('1,2,3')).toBeNull();
    expect(readNumber('12abc')).toBeNull();
    expect(readNumber('')).toBeNull();
  });
});

describe('applyForecast', () => {
  it('replaces the named channels and keeps the others as they resolved', () => {
    const before = resolveScenario(scenario);
    const voice = Array.from({ length: 48 }, (_, i) => i);
    const next = applyForecast(scenario, { voice });
    expect(next.forecast.kind).toBe('intervals');
    const after = resolveScenario(next);
    expect(after.arrivals[0]).toEqual(voice);
    expect(after.arrivals[1]).toEqual(before.arrivals[1]);
    expect(parseScenario(next).ok).toBe(true);
    expect(scenario.forecast.kind).toBe('profile'); // the input is not changed
  });
});

describe('exportForecastCsv', () => {
  it('writes the long form, one row per channel per interval', () => {
    const text = exportForecastCsv(resolveScenario(scenario), { separator: ';' });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('date;time;channel;volume');
    expect(lines).toHaveLength(1 + 48 * 2);
    expect(lines[1 + 9 * 2]).toBe('2026-06-08;09:00;voice;125');
    expect(lines[1 + 13 * 2 + 1]).toMatch(/^2026-06-08;13:00;email;4,1666/);
  });

  it('round-trips: export then import gives the same volumes (property)', () => {
    const volume = fc.oneof(
      fc.constant(0),
      fc.integer({ min: 0, max: 5000 }),
      fc.double({ min: 0, max: INTERVAL_VOLUME.max, noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(fc.property(
      fc.array(volume, { minLength: 48, maxLength: 48 }),
      fc.array(volume, { minLength: 48, maxLength: 48 }),
      fc.constantFrom<',' | ';'>(',', ';'),
      (voice, email, separator) => {
        const file = applyForecast(scenario, { voice, email });
        const resolved = resolveScenario(file);
        const back = parseForecastCsv(exportForecastCsv(resolved, { separator }), file);
        expect(back.ok).toBe(true);
        if (back.ok) {
          expect(back.volumes.voice).toEqual(voice.map((x) => (x === 0 ? 0 : x)));
          expect(back.volumes.email).toEqual(email.map((x) => (x === 0 ? 0 : x)));
        }
      },
    ), { seed: 42, numRuns: 40 });
  });
});
