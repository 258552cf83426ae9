/** Gap heatmap, the draw step: joins a `HeatmapModel` into an `<svg>`. */
import { INK, MUTED_INK } from '../palette';
import { layer, prepareSvg, text } from '../draw';
import { HEATMAP_FONT, type HeatmapModel } from './model';

/** Draw (or redraw in place) the heatmap into `svgElement`. */
export function drawHeatmap(svgElement: SVGSVGElement, model: HeatmapModel): void {
  const svg = prepareSvg(svgElement, model.width, model.height, model.title);
  const { grid } = model;

  const title = layer(svg, 'title');
  text(title, 0, 20, model.title, { size: 17, weight: '600' });

  const cells = layer(svg, 'cells');
  for (const c of model.cells) {
    const rect = cells.append('rect').attr('x', c.x).attr('y', c.y).attr('width', Math.max(0, c.width - 1)).attr('height', c.height - 1)
      .attr('fill', c.fill);
    rect.append('title').text(c.readout);
    // The mark repeats "short" for readers who cannot tell the colours apart.
    if (c.short && c.width >= 6) {
      cells.append('circle').attr('cx', c.x + c.width / 2).attr('cy', c.y + c.height / 2).attr('r', Math.min(3.5, c.width / 4))
        .attr('fill', '#ffffff').attr('stroke', INK).attr('stroke-width', 1.5).attr('class', 'short-mark');
    }
  }

  const labels = layer(svg, 'labels');
  for (const r of model.rowLabels) {
    text(labels, grid.left - 10, r.y, r.label, { anchor: 'end', baseline: 'middle', size: HEATMAP_FONT, weight: r.highlight ? '700' : 'normal' });
  }
  for (const n of model.rowNotes) {
    text(labels, grid.left + grid.width + 10, n.y, n.label, { baseline: 'middle', size: HEATMAP_FONT, weight: n.short ? '700' : 'normal', fill: n.short ? INK : MUTED_INK });
  }
  for (const t of model.columnTicks) {
    labels.append('line').attr('x1', t.x).attr('x2', t.x).attr('y1', grid.top + grid.height).attr('y2', grid.top + grid.height + 5).attr('stroke', MUTED_INK);
    text(labels, t.x, grid.top + grid.height + 22, t.label, { anchor: 'middle', size: HEATMAP_FONT, fill: MUTED_INK });
  }

  const legend = layer(svg, 'legend');
  const { legend: l } = model;
  text(legend, l.x, l.y - 10, l.title, { size: HEATMAP_FONT, fill: MUTED_INK });
  // Discrete swatches rather than a gradient: no element ids, so several maps can share a page.
  const swatch = l.width / l.stops.length;
  l.stops.forEach((s, k) => {
    legend.append('rect').attr('x', l.x + k * swatch).attr('y', l.y).attr('width', swatch).attr('height', 14).attr('fill', s.colour);
  });
  for (const lab of l.labels) text(legend, lab.x, l.y + 34, lab.label, { anchor: lab.anchor, size: HEATMAP_FONT });
}
