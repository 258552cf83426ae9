import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePastedColumn } from '../../../src/ui/editor/paste';
import { moved, withDayValues } from '../../../src/ui/editor/staffingEdit';

describe('pasting a spreadsheet column', () => {
  it('reads decimal commas and points, thousands spaces, a header and the trailing blank line Excel adds', () => {
    expect(parsePastedColumn('Volume\r\n12,5\r\n1 234\r\n7.25\r\n0\r\n\r\n')).toEqual({ ok: true, values: [12.5, 1234, 7.25, 0] });
    expect(parsePastedColumn('3\n4')).toEqual({ ok: true, values: [3, 4] });
  });

  it('lists every bad line with its number and gives no values', () => {
    expect(parsePastedColumn('Agents\n4\nabc\n\n-2\n5\t6\n')).toEqual({
      ok: false,
      problems: [
        { line: 3, message: "'abc' is not a number" },
        { line: 4, message: 'empty: type 0 for a closed interval' },
        { line: 5, message: '-2 is negative' },
        { line: 6, message: 'several columns: copy one column only' },
      ],
    });
    expect(parsePastedColumn('  \n')).toEqual({ ok: false, problems: [{ line: 1, message: 'nothing pasted' }] });
  });

  it('says how many values are missing or too many', () => {
    const short = parsePastedColumn('1\n2\n3', { expected: 5 });
    expect(short).toEqual({ ok: false, problems: [{ line: 3, message: '3 values, 5 needed (2 missing)' }] });
    expect(parsePastedColumn('1\n2\n3', { expected: 2 }).ok).toBe(false);
  });

  it('gives back any column of numbers written the French way (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 99_999_999 }).map((n) => n / 100), { minLength: 1, maxLength: 60 }), (values) => {
      const text = values.map((v) => String(v).replace('.', ',')).join('\r\n');
      expect(parsePastedColumn(text)).toEqual({ ok: true, values });
    }), { numRuns: 100, seed: 3 });
  });
});

describe('per-interval staffing edits', () => {
  it('writes one day, or the whole horizon, and refuses another length', () => {
    const scheduled = new Array<number>(3 * 24).fill(1);
    const day = Array.from({ length: 24 }, (_, i) => i);
    const next = withDayValues(scheduled, 1, day, 60);
    expect(next?.slice(24, 48)).toEqual(day);
    expect(next?.slice(0, 24)).toEqual(new Array(24).fill(1));
    expect(next?.slice(48)).toEqual(new Array(24).fill(1));
    expect(withDayValues(scheduled, 0, new Array(72).fill(2), 60)).toEqual(new Array(72).fill(2));
    expect(withDayValues(scheduled, 0, [1, 2], 60)).toBeNull();
  });

  it('moves a skill up or down, keeping every skill once', () => {
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});
