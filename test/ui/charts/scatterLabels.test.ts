import { describe, expect, it } from 'vitest';
import { LABEL_GAP, scatterModel } from '../../../src/ui/charts/scatter/model';
import { estimateTextWidth } from '../../../src/ui/charts/textWidth';

const FONT = 14;

describe('scatter labels', () => {
  it('many strategies crowded at the bottom: every label drawn stays inside the plot, none overlaps another, the recommended one is always labelled', () => {
    const points = Array.from({ length: 12 }, (_, k) => ({
      id: `s${k}`, label: `Up to ${k + 1} agents moved to Phone, 15–20 Jun`, cost: 150 * k, costCi95: 0,
      serviceLevel: 0.7 + 0.002 * k, meetsTargets: false, highlight: k === 11,
    }));
    const m = scatterModel({ title: 'Phone', currency: 'EUR', points, frontier: [], target: { value: 0.8, label: 'Target 80 %' }, yLabel: 'Service level', width: 560, height: 400 });
    const boxes = m.marks.filter((k) => k.label.lines.length > 0).map((k) => {
      const w = Math.max(...k.label.lines.map((l) => estimateTextWidth(l, FONT)));
      const x0 = k.label.anchor === 'start' ? k.label.x : k.label.x - w;
      return { id: k.id, x0, x1: x0 + w, y0: k.label.y - LABEL_GAP, y1: k.label.y - LABEL_GAP + k.label.lines.length * LABEL_GAP };
    });
    expect(boxes.some((b) => b.id === 's11')).toBe(true);
    expect(boxes.length).toBeLessThan(points.length); // some had no room: left out, not piled on the axis
    for (const b of boxes) {
      expect(b.y0).toBeGreaterThanOrEqual(m.plot.top - 6);
      expect(b.y1).toBeLessThanOrEqual(m.plot.top + m.plot.height + 6);
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `${a.id} and ${b.id} overlap`).toBe(false);
    }
  });
});
