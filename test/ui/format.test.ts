import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatSeconds } from '../../src/ui/format';

describe('format', () => {
  it('prints missing figures as a dash, never NaN', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatSeconds(Number.NaN)).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('—');
  });
  it('prints shares as percents and waits in planners units', () => {
    expect(formatPercent(0.8234)).toBe('82.3 %');
    expect(formatSeconds(8.44)).toBe('8.4 s');
    expect(formatSeconds(42.4)).toBe('42 s');
    expect(formatSeconds(185)).toBe('3 min 05 s');
    expect(formatSeconds(3720)).toBe('1 h 02 min');
    expect(formatNumber(16150)).toBe('16,150');
  });
});

describe('formatDayRanges', () => {
  it('joins consecutive days and names the month once within a month', async () => {
    const { formatDayRanges } = await import('../../src/ui/charts/time');
    expect(formatDayRanges(['2026-06-15', '2026-06-16', '2026-06-17', '2026-06-18', '2026-06-19', '2026-06-20'])).toBe('Mon 15 – Sat 20 Jun');
    expect(formatDayRanges(['2026-06-11', '2026-06-09'])).toBe('Tue 9 Jun, Thu 11 Jun');
    expect(formatDayRanges(['2026-06-30', '2026-07-01'])).toBe('Tue 30 Jun – Wed 1 Jul');
    expect(formatDayRanges([])).toBe('');
  });
});
