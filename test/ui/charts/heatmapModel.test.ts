import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { color } from 'd3';
import { heatmapModel, type HeatmapInput } from '../../../src/ui/charts/heatmap/model';
import { CLOSED_FILL } from '../../../src/ui/charts/palette';

function input(values: (number | null)[][], width = 900): HeatmapInput {
  return {
    title: 'Gap', width, valueLabel: 'Agents', negativeLabel: 'short by', positiveLabel: 'spare',
    columnLabels: values[0].map((_, k) => `c${k}`),
    rows: values.map((v, k) => ({ label: `Day ${k}`, values: v, note: 'OK', highlight: k === 0 })),
  };
}

const rgb = (fill: string) => color(fill)!.rgb();

describe('heatmapModel', () => {
  it('makes one cell per row and column, inside the grid', () => {
    const m = heatmapModel(input([[1, -2, null], [0, 3, -4]]));
    expect(m.cells).toHaveLength(6);
    for (const c of m.cells) {
      expect(c.x).toBeGreaterThanOrEqual(m.grid.left - 1e-9);
      expect(c.x + c.width).toBeLessThanOrEqual(m.grid.left + m.grid.width + 1e-9);
      expect(c.y + c.height).toBeLessThanOrEqual(m.grid.top + m.grid.height + 1e-9);
    }
  });

  it('colours shortages orange, surpluses purple, closed intervals grey, and marks shortages', () => {
    const m = heatmapModel(input([[-5, 5, null, 0]]));
    const [short, spare, closed, zero] = m.cells;
    expect(rgb(short.fill).r).toBeGreaterThan(rgb(short.fill).b);
    expect(rgb(spare.fill).b).toBeGreaterThan(rgb(spare.fill).g);
    expect(closed.fill).toBe(CLOSED_FILL);
    expect([short.short, spare.short, closed.short, zero.short]).toEqual([true, false, false, false]);
  });

  it('gives every cell a hover readout with its day, its time, and its value with the unit', () => {
    const m = heatmapModel({ ...input([[-3, 2.5, null, 0]]), unit: 'agents' });
    expect(m.cells.map((c) => c.readout)).toEqual([
      'Day 0, c0: short by 3.0 agents', 'Day 0, c1: spare 2.5 agents', 'Day 0, c2: closed', 'Day 0, c3: balanced (0 agents)',
    ]);
  });

  it('uses one symmetric scale: the legend ends name the largest gap', () => {
    const m = heatmapModel(input([[-3, 12.4]]));
    expect(m.legend.labels[0].label).toBe('short by 12');
    expect(m.legend.labels[2].label).toBe('spare 12');
  });

  it('never outputs NaN coordinates or colours, whatever the values', () => {
    fc.assert(fc.property(
      fc.array(fc.array(fc.oneof(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.constant(null), fc.constant(Number.NaN)), { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 10 })
        .map((rows) => rows.map((r) => r.slice(0, Math.min(...rows.map((x) => x.length))))),
      fc.integer({ min: 200, max: 2000 }),
      (rows, width) => {
        const m = heatmapModel(input(rows, width));
        for (const c of m.cells) {
          expect(Number.isFinite(c.x) && Number.isFinite(c.width)).toBe(true);
          expect(c.fill).not.toContain('NaN');
        }
        expect(Number.isFinite(m.height)).toBe(true);
      },
    ), { numRuns: 60, seed: 3 });
  });

  it('spaces column labels at least 48 px apart', () => {
    const m = heatmapModel(input([Array.from({ length: 96 }, () => 1)], 1000));
    for (let k = 1; k < m.columnTicks.length; k += 1) expect(m.columnTicks[k].x - m.columnTicks[k - 1].x).toBeGreaterThanOrEqual(48);
  });
});
