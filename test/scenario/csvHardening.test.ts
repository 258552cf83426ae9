/**
 * Hostile forecast CSV files: cells spanning lines, unclosed quotes, a million bad rows, names of
 * JavaScript built-ins, volumes beyond the limits. None may crash, pollute a prototype, shift
 * line numbers, or apply anything.
 */
import { describe, expect, it } from 'vitest';
import { CSV_PROBLEMS_SHOWN, parseForecastCsv } from '../../src/scenario/csv';
import type { ScenarioFile } from '../../src/scenario/schema';
import { profileScenario, valid } from './fixtures';

const scenario: ScenarioFile = valid(profileScenario());

function problems(text: string) {
  const result = parseForecastCsv(text, scenario);
  if (result.ok) throw new Error('expected problems, the file was accepted');
  return result.problems;
}

describe('parseForecastCsv on hostile files', () => {
  it('refuses a quoted cell spanning two lines, at the line where it opens', () => {
    const text = 'date,time,channel,volume\n2026-06-08,09:00,voice,"1\n2"\n2026-06-08,10:00,voice,3\n';
    expect(problems(text)).toMatchObject([{ line: 2, message: expect.stringMatching(/does not close on this line/) }]);
  });

  it('refuses an unclosed quote rather than swallowing the rest of the file', () => {
    const rows = Array.from({ length: 10 }, (_, h) => `2026-06-08,${String(h).padStart(2, '0')}:00,voice,1`);
    const text = ['date,time,channel,volume', ...rows.slice(0, 3), '2026-06-08,03:00,voice,"4', ...rows.slice(4)].join('\n');
    expect(problems(text)).toMatchObject([{ line: 5, message: expect.stringMatching(/quote/) }]);
  });

  it('reports the first 20 bad lines of a million, then a count', () => {
    const bad = '2026-06-08,09:00,fax,1\n';
    const text = `date,time,channel,volume\n${bad.repeat(1_000_000)}`;
    const list = problems(text);
    expect(list).toHaveLength(CSV_PROBLEMS_SHOWN + 1);
    expect(list[0]).toMatchObject({ line: 2 });
    expect(list[CSV_PROBLEMS_SHOWN]).toMatchObject({ line: CSV_PROBLEMS_SHOWN + 2, message: expect.stringMatching(/^and 999,980 more bad line/) });
  }, 30_000);

  it('keeps built-in names as plain unknown channels, and the global prototype clean', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
      expect(problems(`date,time,channel,volume\n2026-06-08,09:00,${name},7\n`)[0]!.message).toMatch(/unknown channel/);
      expect(problems(`date,time,${name}\n2026-06-08,09:00,7\n`)[0]!.message).toMatch(/unknown channel column/);
    }
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>)[7]).toBeUndefined();
  });

  it('refuses a volume beyond the interval limit, naming the limit', () => {
    expect(problems('date,time,channel,volume\n2026-06-08,09:00,voice,1e12\n')[0]!.message).toMatch(/must be ≤ 100,000 contacts/);
  });

  it('reads formulas and mixed separators as bad cells, with their line', () => {
    const list = problems('date,time,channel,volume\n2026-06-08,09:00,voice,=1+1\n2026-06-08;10:00;voice;2\n');
    expect(list.map((p) => p.line)).toEqual([2, 3]);
  });
});
