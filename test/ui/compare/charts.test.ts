// @vitest-environment jsdom
import fc from 'fast-check';
import { estimateTextWidth } from '../../../src/ui/charts/textWidth';
import { describe, expect, it } from 'vitest';
import { drawBands } from '../../../src/ui/charts/bands/draw';
import { bandsModel } from '../../../src/ui/charts/bands/model';
import { drawBars } from '../../../src/ui/charts/bars/draw';
import { barsModel } from '../../../src/ui/charts/bars/model';
import { formatMoney } from '../../../src/ui/charts/money';
import { drawScatter } from '../../../src/ui/charts/scatter/draw';
import { fitText, SCATTER_FONT, scatterModel } from '../../../src/ui/charts/scatter/model';
import { renderSvg } from '../../../src/ui/charts/svgExport';
import { intervalBand } from '../../../src/simulation/stats/intervalBand';
import { roundSvg } from '../charts/roundSvg';

const n = 48;
const sl = Array.from({ length: n }, (_, i) => (i % 24 < 8 || i % 24 >= 20 ? null : 0.6 + 0.02 * (i % 12)));
const bands = () => bandsModel({
  title: 'Phone: service level', startDate: '2026-06-08', intervalMinutes: 60, first: 0, count: n,
  series: [{ id: 'baseline', label: 'Baseline', colour: '#0072B2', mean: sl, lo: sl.map((v) => (v === null ? null : v - 0.05)), hi: sl.map((v) => (v === null ? null : v + 0.05)) }],
  target: { value: 0.8, label: 'Target 80 % in 20 s' }, yLabel: 'Share answered within 20 s', width: 640, height: 320,
});

const bars = () => barsModel({
  title: 'Cost', currency: 'EUR', width: 640,
  keys: [{ key: 'inhouse', label: 'In-house', colour: '#0072B2' }, { key: 'temps', label: 'Temps', colour: '#E69F00' }, { key: 'overtime', label: 'Overtime', colour: '#CC79A7' }],
  rows: [
    { id: 'baseline', label: 'Baseline', values: { inhouse: 100_000 }, total: 100_000, ci95: 0, mark: '✗' },
    { id: 'temps', label: 'Temps', values: { inhouse: 100_000, temps: 20_000 }, total: 120_000, ci95: 1500, mark: '✓', highlight: true },
  ],
});

const scatterInputs = () => ({
  title: 'Cost vs service', currency: 'EUR', width: 640, height: 360, yLabel: 'Service level',
  points: [
    { id: 'a', label: 'Baseline', cost: 100_000, costCi95: 0, serviceLevel: 0.7, meetsTargets: false },
    { id: 'b', label: 'Temps', cost: 120_000, costCi95: 2000, serviceLevel: 0.85, meetsTargets: true, highlight: true },
    { id: 'c', label: 'Outsource', cost: 130_000, costCi95: 1000, serviceLevel: 0.83, meetsTargets: true },
    { id: 'd', label: 'No figure', cost: 90_000, costCi95: 0, serviceLevel: null, meetsTargets: false },
  ],
  frontier: ['a', 'b'], target: { value: 0.8, label: 'Target 80 %' },
});
const scatter = () => scatterModel(scatterInputs());

describe('band chart', () => {
  it('breaks the line where no figure exists, and puts the target at its share of the height', () => {
    const m = bands();
    // Two open stretches (one per day) → the line path starts twice.
    expect(m.paths[0]!.line.match(/M/g)).toHaveLength(2);
    expect(m.paths[0]!.band.match(/M/g)).toHaveLength(2);
    const { top, height } = m.plot;
    expect(m.target!.y).toBeCloseTo(top + height * 0.2, 6);
    expect(m.yTicks.map((t) => t.label)).toEqual(['0 %', '20 %', '40 %', '60 %', '80 %', '100 %']);
    expect(m.legend.map((e) => e.label)).toEqual(['Baseline', '95% interval (shaded)', 'Target 80 % in 20 s']);
    expect(roundSvg(renderSvg(drawBands, m))).toMatchSnapshot();
  });

  it('intervalBand: a band around every figure, inside 0–1, and null exactly where nothing arrived', () => {
    const est = fc.record({ mean: fc.double({ min: -0.2, max: 1.2, noNaN: true }), ci95: fc.double({ min: 0, max: 0.5, noNaN: true }) })
      .map((e) => ({ ...e, p10: 0, p50: 0, p90: 0 }));
    const interval = fc.record({ offered: fc.double({ min: 0, max: 50, noNaN: true }).map((mean) => ({ mean, ci95: 0, p10: 0, p50: 0, p90: 0 })), serviceLevel: est });
    fc.assert(fc.property(fc.array(interval, { maxLength: 30 }), (xs) => {
      const b = intervalBand(xs);
      xs.forEach((x, i) => {
        if (x.offered.mean === 0) { expect(b.mean[i]).toBeNull(); return; }
        expect(b.lo[i]!).toBeLessThanOrEqual(b.mean[i]!);
        expect(b.mean[i]!).toBeLessThanOrEqual(b.hi[i]!);
        for (const v of [b.lo[i]!, b.mean[i]!, b.hi[i]!]) { expect(v).toBeGreaterThanOrEqual(0); expect(v).toBeLessThanOrEqual(1); }
      });
    }), { seed: 42, numRuns: 200 });
  });
});

describe('cost bars', () => {
  it('stacks segments end to end, proportional to their amounts, with the total written out', () => {
    const m = bars();
    const [base, temps] = m.bars;
    expect(base!.segments).toHaveLength(1);
    const [inhouse, t] = temps!.segments;
    expect(t!.x).toBeCloseTo(inhouse!.x + inhouse!.width, 6);
    expect(t!.width / inhouse!.width).toBeCloseTo(0.2, 6);
    expect(temps!.totalText).toBe(`${formatMoney(120_000, 'EUR')} ± ${formatMoney(1500, 'EUR')}`);
    expect(temps!.whisker).not.toBeNull();
    expect(base!.whisker).toBeNull();
    // Overtime appears in no row: no legend entry for it.
    expect(m.legend.map((e) => e.label)).toEqual(['In-house', 'Temps']);
    expect(roundSvg(renderSvg(drawBars, m))).toMatchSnapshot();
  });
});

describe('cost vs service scatter', () => {
  it('places cheaper left and better higher, leaves out a strategy without a figure, joins the frontier', () => {
    const m = scatter();
    expect(m.marks.map((k) => k.id)).toEqual(['a', 'b', 'c']);
    const [a, b, c] = m.marks;
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.x).toBeLessThan(c!.x);
    expect(b!.y).toBeLessThan(a!.y);
    expect(m.frontier).toBe(`M${a!.x},${a!.y}L${b!.x},${b!.y}`);
    expect(m.marks.map((k) => k.pass)).toEqual([false, true, true]);
    // Labels never sit on top of each other.
    for (const p of m.marks) for (const q of m.marks) if (p !== q && p.label.anchor === q.label.anchor && Math.abs(p.label.x - q.label.x) < 80) expect(Math.abs(p.label.y - q.label.y)).toBeGreaterThanOrEqual(18);
    // Two strategies on the same spot share one label block.
    const twin = scatterModel({ ...scatterInputs(), points: [...scatterInputs().points, { id: 'e', label: 'Same as baseline', cost: 100_000, costCi95: 0, serviceLevel: 0.7, meetsTargets: false }] });
    expect(twin.marks.find((k) => k.id === 'a')!.label.lines).toEqual(['Baseline', 'Same as baseline']);
    expect(twin.marks.find((k) => k.id === 'e')!.label.lines).toEqual([]);
    expect(roundSvg(renderSvg(drawScatter, m))).toMatchSnapshot();
  });

  it('keeps every label inside the chart, cut with an ellipsis when a name is long, the full name in the readout', () => {
    const long = 'Up to 10 agents moved to Phone, 15–20 Jun + 0.5 h overtime a day, 15–20 Jun';
    const m = scatterModel({ ...scatterInputs(), width: 420, points: [...scatterInputs().points.slice(0, 3), { id: 'z', label: long, cost: 110_000, costCi95: 0, serviceLevel: 0.9, meetsTargets: true }] });
    for (const k of m.marks) {
      for (const line of k.label.lines) {
        const w = estimateTextWidth(line, SCATTER_FONT);
        const [x0, x1] = k.label.anchor === 'start' ? [k.label.x, k.label.x + w] : [k.label.x - w, k.label.x];
        expect(x0).toBeGreaterThanOrEqual(0);
        expect(x1).toBeLessThanOrEqual(420);
      }
    }
    const z = m.marks.find((k) => k.id === 'z')!;
    expect(z.label.lines[0]).toMatch(/…$/);
    expect(z.readout).toContain(long);
    expect(z.readout).toContain('90.0 %');
    expect(fitText('Short', 200)).toBe('Short');
  });
});
