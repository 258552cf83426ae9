/**
 * Hostile forecast CSV files through import, validation and `plan`: bad dates, duplicates,
 * multi-line cells, formulas, mixed separators, BOM, CRLF, built-in names. Never a throw; every
 * refusal names a line of the file; an accepted file gives a scenario that validates and plans.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyForecast, parseForecastCsv } from '../../src/scenario/csv';
import { parseScenario } from '../../src/scenario/parse';
import { resolveScenario } from '../../src/scenario/resolve';
import type { ScenarioFile } from '../../src/scenario/schema';
import { planScenario } from '../../src/simulation/plan';
import { profileScenario, valid } from '../scenario/fixtures';
import { CASE_TIME_LIMIT_MS, FUZZ } from './fuzzCounts';
import { checkPlan } from './invariants';

/** Two days of hourly intervals from Monday 2026-06-08, channels voice and email. */
const scenario: ScenarioFile = valid(profileScenario());

const date = fc.constantFrom('2026-06-08', '2026-06-09', '09/06/2026', '2026-06-10', '2026-02-30', '2026-6-8', '', 'tomorrow', '=TODAY()');
const time = fc.constantFrom('00:00', '09:00', '23:00', '09:00:00', '09:30', '24:00', '9h', '', '"10:00"');
const channel = fc.constantFrom('voice', 'email', 'fax', '__proto__', 'constructor', 'toString', '', '"voice"', '<b>voice</b>');
const volume = fc.oneof(
  fc.integer({ min: 0, max: 500 }).map(String),
  fc.constantFrom('12,5', '"12,5"', '1 234', '-3', '1e12', '1e999', 'NaN', '=1+1', '@SUM(A1)', '"1\n2"', '"unclosed', '', 'x'),
);
const row = fc.tuple(date, time, channel, volume);

const csvFile = fc.record({
  rows: fc.array(row, { maxLength: 30 }),
  separator: fc.constantFrom(',', ';'),
  newline: fc.constantFrom('\n', '\r\n', '\r'),
  bom: fc.boolean(),
  header: fc.constantFrom('date,time,channel,volume', 'date;time;channel;volume', 'Date,Time,Channel,Volume', 'date,time,voice,email', 'when,what', ''),
  mixSeparators: fc.boolean(),
}).map(({ rows, separator, newline, bom, header, mixSeparators }) => {
  const lines = rows.map((cells, i) => cells.join(mixSeparators && i % 2 === 1 ? (separator === ',' ? ';' : ',') : separator));
  const head = separator === ';' ? header.replaceAll(',', ';') : header;
  return `${bom ? '\ufeff' : ''}${[head, ...lines].join(newline)}${newline}`;
});

describe('hostile forecast CSV files (fuzz)', () => {
  it(`${FUZZ.csvFiles} files: refused at a line, or imported into a scenario that validates and plans`, () => {
    let slowest = 0;
    let accepted = 0;
    fc.assert(fc.property(csvFile, (text) => {
      const started = performance.now();
      const lineCount = text.split(/\r\n|\n|\r/).length;
      const result = parseForecastCsv(text, scenario);
      if (!result.ok) {
        expect(result.problems.length).toBeGreaterThan(0);
        for (const p of result.problems) {
          expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= lineCount).toBe(true);
          expect(p.message.length).toBeGreaterThan(0);
        }
      } else {
        accepted++;
        const parsed = parseScenario(applyForecast(scenario, result.volumes));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) {
          const resolved = resolveScenario(parsed.scenario);
          checkPlan(planScenario(resolved), resolved);
        }
      }
      expect(Object.keys(Object.prototype)).toEqual([]);
      const ms = performance.now() - started;
      slowest = Math.max(slowest, ms);
      expect(ms).toBeLessThan(CASE_TIME_LIMIT_MS);
    }), { seed: FUZZ.seed, numRuns: FUZZ.csvFiles });
    expect(accepted).toBeGreaterThan(0);
    console.info(`csv files: ${FUZZ.csvFiles}, accepted ${accepted}, slowest ${slowest.toFixed(0)} ms`);
  }, 120_000);
});
