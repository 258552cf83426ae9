import { describe, expect, it } from 'vitest';
import { bandsModel } from '../../../src/ui/charts/bands/model';
import { timeSeriesModel } from '../../../src/ui/charts/timeSeries/model';

describe('hover readouts on the charts over time', () => {
  it('time series: one column per interval naming the day, the time, each value and the unit', () => {
    const m = timeSeriesModel({
      title: 'Forecast', startDate: '2026-06-15', intervalMinutes: 30, first: 20, count: 4, bands: [], yLabel: 'Contacts per 30 min', width: 600, height: 300,
      series: [{ id: 'f', label: 'Forecast', values: Array.from({ length: 48 }, (_, i) => i * 1.5), colour: '#000', kind: 'line' }],
    });
    expect(m.hover).toHaveLength(4);
    expect(m.hover[0]!.readout).toBe('Mon 15 Jun 10:00–10:30\nForecast: 30\n(Contacts per 30 min)');
    expect(m.hover[1]!.readout).toContain('Forecast: 31.5');
    // Side by side across the plot, no gap, no overlap.
    for (let k = 1; k < m.hover.length; k++) expect(m.hover[k]!.x).toBeCloseTo(m.hover[k - 1]!.x + m.hover[k - 1]!.width, 6);
  });

  it('bands: each strategy\'s share with its interval, and "nothing arrived" where there is no figure', () => {
    const m = bandsModel({
      title: 'SL', startDate: '2026-06-15', intervalMinutes: 60, first: 0, count: 2, target: null, yLabel: 'Service level', width: 600, height: 300,
      series: [{ id: 'b', label: 'Baseline', colour: '#000', mean: [0.8, null], lo: [0.75, null], hi: [0.85, null] }],
    });
    expect(m.hover.map((h) => h.readout)).toEqual([
      'Mon 15 Jun 00:00–01:00\nBaseline: 80.0 % (75.0 %–85.0 %)\nService level',
      'Mon 15 Jun 01:00–02:00\nBaseline: nothing arrived\nService level',
    ]);
  });
});

describe('hover columns over many intervals', () => {
  it('a year at 15 minutes gets columns at least 2 px wide that still tile the plot, each read at its first interval', async () => {
    const { hoverColumns, MIN_COLUMN_PX } = await import('../../../src/ui/charts/readout');
    const count = 366 * 96;
    const xAt = (i: number) => 40 + (i * 900) / count;
    const columns = hoverColumns(0, count, xAt, (i) => `interval ${i}`);
    expect(columns.length).toBeLessThanOrEqual(900 / MIN_COLUMN_PX);
    expect(columns.length).toBeGreaterThan(900 / MIN_COLUMN_PX / 2);
    for (const c of columns.slice(0, -1)) expect(c.width).toBeGreaterThanOrEqual(MIN_COLUMN_PX - 1e-9);
    expect(columns[0]!.x).toBe(40);
    const last = columns[columns.length - 1]!;
    expect(last.x + last.width).toBeCloseTo(940, 6);
    for (let k = 1; k < columns.length; k++) expect(columns[k]!.x).toBeCloseTo(columns[k - 1]!.x + columns[k - 1]!.width, 6);
    // Each column's readout names the interval where it starts.
    const stride = Number(columns[1]!.readout.split(' ')[1]);
    expect(columns[5]!.readout).toBe(`interval ${5 * stride}`);
    expect(columns[5]!.x).toBeCloseTo(xAt(5 * stride), 6);
  });
});
