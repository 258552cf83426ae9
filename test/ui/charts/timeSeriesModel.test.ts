import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { timeSeriesModel, type TimeSeriesInput } from '../../../src/ui/charts/timeSeries/model';

function input(overrides: Partial<TimeSeriesInput> = {}): TimeSeriesInput {
  return {
    title: 'Volume', startDate: '2026-06-01', intervalMinutes: 30, first: 0, count: 48 * 7,
    series: [
      { id: 'voice', label: 'Voice', values: Array.from({ length: 48 * 7 }, (_, i) => (i % 48 >= 16 && i % 48 < 40 ? 120 : 0)), colour: '#000', kind: 'area' },
      { id: 'chat', label: 'Chat', values: Array.from({ length: 48 * 7 }, (_, i) => (i % 48) / 2), colour: '#111', kind: 'line', dashed: true },
    ],
    bands: [{ start: 48 * 2, end: 48 * 4, label: 'Peak' }],
    yLabel: 'Contacts per 30 min', width: 900, height: 400,
    ...overrides,
  };
}

/** Every number in an SVG path string, as [x, y] pairs. */
function points(d: string): [number, number][] {
  const nums = d.match(/-?\d+(\.\d+)?(e-?\d+)?/g)?.map(Number) ?? [];
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < nums.length; k += 2) out.push([nums[k], nums[k + 1]]);
  return out;
}

describe('timeSeriesModel', () => {
  it('puts day ticks at midnight, labelled with the weekday and date', () => {
    const m = timeSeriesModel(input());
    expect(m.xTicks[0].label).toBe('Mon 1 Jun');
    expect(m.xTicks.map((t) => t.label)).toContain('Wed 3 Jun');
    expect(m.xTicks.every((t) => t.major)).toBe(true);
  });

  it('switches to clock ticks for a single day', () => {
    const m = timeSeriesModel(input({ first: 48, count: 48 }));
    expect(m.xTicks.map((t) => t.label)).toContain('12:00');
    expect(m.xLabel).toContain('Tue 2 Jun');
  });

  it('shades the peak band over exactly its days', () => {
    const m = timeSeriesModel(input());
    const perDay = m.plot.width / 7;
    expect(m.bands).toHaveLength(1);
    expect(m.bands[0].x).toBeCloseTo(m.plot.left + 2 * perDay, 6);
    expect(m.bands[0].width).toBeCloseTo(2 * perDay, 6);
  });

  it('clips bands to the visible range and drops those outside it', () => {
    const m = timeSeriesModel(input({ first: 48 * 3, count: 48, bands: [{ start: 48 * 2, end: 48 * 4, label: 'Peak' }, { start: 0, end: 48, label: 'Old' }] }));
    expect(m.bands).toHaveLength(1);
    expect(m.bands[0].x).toBeCloseTo(m.plot.left, 6);
    expect(m.bands[0].width).toBeCloseTo(m.plot.width, 6);
  });

  it('y axis starts at 0 and its top tick covers the largest value', () => {
    const m = timeSeriesModel(input());
    const labels = m.yTicks.map((t) => Number(t.label.replace(/,/g, '')));
    expect(labels[0]).toBe(0);
    expect(Math.max(...labels)).toBeGreaterThanOrEqual(120);
    expect(m.yTicks[0].position).toBeCloseTo(m.plot.top + m.plot.height, 6);
  });

  it('draws every series inside the plot area, whatever the data and size', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constant(Number.NaN), fc.constant(-5)), { minLength: 48, maxLength: 48 }),
      fc.integer({ min: 320, max: 2000 }), fc.integer({ min: 240, max: 900 }),
      (values, width, height) => {
        const m = timeSeriesModel(input({ count: 48, series: [{ id: 's', label: 'S', values, colour: '#000', kind: 'area' }], bands: [], width, height }));
        for (const [x, y] of points(m.paths[0].line)) {
          expect(x).toBeGreaterThanOrEqual(m.plot.left - 1e-6);
          expect(x).toBeLessThanOrEqual(m.plot.left + m.plot.width + 1e-6);
          expect(y).toBeGreaterThanOrEqual(m.plot.top - 1e-6);
          expect(y).toBeLessThanOrEqual(m.plot.top + m.plot.height + 1e-6);
        }
      },
    ), { numRuns: 60, seed: 7 });
  });

  it('lays the legend out without overlaps and inside the width', () => {
    fc.assert(fc.property(
      fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 400, max: 1600 }),
      (labels, width) => {
        const series = labels.map((label, k) => ({ id: `s${k}`, label, values: [1], colour: '#000', kind: 'line' as const }));
        const m = timeSeriesModel(input({ count: 1, series, bands: [], width }));
        const sorted = [...m.legend].sort((a, b) => a.y - b.y || a.x - b.x);
        for (let k = 1; k < sorted.length; k += 1) {
          if (sorted[k].y === sorted[k - 1].y) expect(sorted[k].x).toBeGreaterThan(sorted[k - 1].x + 26);
        }
        // Legend rows push the plot down: it never starts above the last legend row.
        expect(m.plot.top).toBeGreaterThan(Math.max(...m.legend.map((e) => e.y)) + 20);
      },
    ), { numRuns: 50, seed: 11 });
  });
});

describe('fitLabel', () => {
  it('keeps a label that fits, cuts one that does not, drops it when nothing fits', async () => {
    const { fitLabel } = await import('../../../src/ui/charts/timeSeries/model');
    const { estimateTextWidth } = await import('../../../src/ui/charts/textWidth');
    expect(fitLabel('Peak', 100, 13)).toBe('Peak');
    expect(fitLabel('', 100, 13)).toBe('');
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 400 }), (text, width) => {
      const out = fitLabel(text, width, 13);
      if (out !== '') expect(estimateTextWidth(out, 13)).toBeLessThanOrEqual(width);
      if (out !== text && out !== '') expect(out.endsWith('…')).toBe(true);
    }), { numRuns: 100, seed: 2 });
  });
});
