/** The tornado and price-of-waiting chart models: geometry read back against the figures. */
import { describe, expect, it } from 'vitest';
import { tornadoModel } from '../../../src/ui/charts/tornado/model';
import { waitingModel } from '../../../src/ui/charts/waiting/model';

describe('tornado model', () => {
  const model = tornadoModel({
    title: 'T', width: 900, middle: 0.8, format: (v) => v.toFixed(2), xLabel: 'x', lowLegend: 'low', highLegend: 'high', changesText: 'changes',
    rows: [
      { id: 'uplift', label: 'Uplift', atLow: 0.9, atHigh: 0.6, lowText: '+20 %', highText: '+80 %', changes: true },
      { id: 'volume', label: 'Volume', atLow: 0.85, atHigh: 0.75, lowText: '×0.9', highText: '×1.1', changes: false },
      { id: 'price', label: 'Price', atLow: null, atHigh: 0.8, lowText: '×0.8', highText: '×1.2', changes: false },
    ],
  });

  it('each end spans from the middle to its figure, on its own side, in proportion to the move', () => {
    const [uplift, volume, price] = model.bars;
    // Uplift: +0.1 to the right of the middle at its low end, −0.2 to the left at its high end.
    expect(uplift!.low.x).toBeCloseTo(model.middleX, 9);
    expect(uplift!.high.x + uplift!.high.width).toBeCloseTo(model.middleX, 9);
    expect(uplift!.high.width / uplift!.low.width).toBeCloseTo(2, 9);
    expect(volume!.low.width / uplift!.low.width).toBeCloseTo(0.5, 9);
    // A missing figure draws nothing; an end equal to the middle draws nothing.
    expect(price!.low.width).toBe(0);
    expect(price!.high.width).toBeCloseTo(0, 9);
    // Rows keep their order (largest swing first, as given) and go down the page.
    expect(model.bars.map((b) => b.id)).toEqual(['uplift', 'volume', 'price']);
    expect(uplift!.y).toBeLessThan(volume!.y);
  });

  it('the two values never overlap, and a row where nothing moves keeps a readable scale', () => {
    for (const b of model.bars) {
      expect(Math.min(b.low.valueX, b.high.valueX)).toBeLessThanOrEqual(model.middleX);
      expect(Math.max(b.low.valueX, b.high.valueX)).toBeGreaterThan(model.middleX);
    }
    const flat = tornadoModel({
      title: 'T', width: 900, middle: 41_840, format: (v) => v.toFixed(0), xLabel: 'x', lowLegend: 'low', highLegend: 'high', changesText: '',
      rows: [{ id: 'price', label: 'Price', atLow: 41_840 - 1e-9, atHigh: 41_840 + 1e-9, lowText: '×0.8', highText: '×1.2', changes: false }],
    });
    const labels = flat.xTicks.map((t) => t.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(flat.bars[0]!.low.width + flat.bars[0]!.high.width).toBeLessThan(1);
  });

  it('marks rows where the recommendation changes and says what the mark means', () => {
    expect(model.bars[0]!.label).toContain('⚑');
    expect(model.bars[1]!.label).not.toContain('⚑');
    expect(model.changesText).toBe('⚑ changes');
    expect(model.bars[0]!.high.readout).toBe('Uplift, high +80 %: 0.60');
  });
});

describe('price-of-waiting model', () => {
  const model = waitingModel({
    title: 'W', width: 900, formatMoney: (v) => `${Math.round(v)}`, formatDate: (d) => d.toISOString().slice(5, 10),
    xLabel: 'x', yLabel: 'y', lastText: (l, d) => `${l} ${d.toISOString().slice(0, 10)}`, neverText: (l) => `${l} never`,
    series: [
      { key: 'temps', label: 'Temps', lastDate: '2026-05-18', points: [
        { date: '2026-05-03', value: 130_000 }, { date: '2026-05-10', value: 110_000 }, { date: '2026-05-17', value: 90_000 }, { date: '2026-05-24', value: null },
      ] },
      { key: 'outsourcing', label: 'Outsourcing', lastDate: null, points: [{ date: '2026-05-03', value: null }, { date: '2026-05-24', value: null }] },
    ],
  });

  it('draws a line through the feasible dates only, higher for dearer, with the last date marked between its neighbours', () => {
    const temps = model.lines[0]!;
    expect(temps.paths).toHaveLength(1);
    expect(temps.paths[0]).toHaveLength(3);
    const [a, b, c] = temps.paths[0]!;
    expect(a!.y).toBeLessThan(b!.y); // dearer is higher on the page
    expect(b!.x - a!.x).toBeCloseTo(c!.x - b!.x, 9); // weekly dates, evenly spaced
    expect(temps.last!.x).toBeGreaterThan(c!.x);
    expect(temps.last!.x).toBeLessThan(model.plot.left + model.plot.width);
    expect(temps.last!.text).toBe('Temps 2026-05-18');
  });

  it('a lever that never works has no line, and is said', () => {
    expect(model.lines[1]!.paths).toHaveLength(0);
    expect(model.lines[1]!.last).toBeNull();
    expect(model.notes).toEqual(['Outsourcing never']);
  });
});
