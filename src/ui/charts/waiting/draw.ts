/** The price of waiting, the draw step: joins a `WaitingModel` into an `<svg>`. */
import { line } from 'd3';
import { drawAxes, drawGrid, drawTitle, layer, prepareSvg, text } from '../draw';
import { MUTED_INK } from '../palette';
import type { WaitingModel } from './model';

export function drawWaiting(svgElement: SVGSVGElement, model: WaitingModel): void {
  const svg = prepareSvg(svgElement, model.width, model.height, model.title);
  const { plot } = model;
  const bottom = plot.top + plot.height;

  drawTitle(svg, model);
  drawGrid(svg, model);

  const lines = layer(svg, 'lines');
  const path = line<{ x: number; y: number }>().x((p) => p.x).y((p) => p.y);
  for (const l of model.lines) {
    const g = lines.append('g').attr('data-lever', l.key);
    if (l.last) {
      g.append('line').attr('x1', l.last.x).attr('x2', l.last.x).attr('y1', plot.top).attr('y2', bottom)
        .attr('stroke', l.colour).attr('stroke-width', 1.5).attr('stroke-dasharray', '3 3').attr('data-last', 'yes');
      text(g, l.last.x - 4, l.last.textY, l.last.text, { anchor: 'end', size: 12, fill: l.colour, weight: '600' });
    }
    for (const run of l.paths) {
      g.append('path').attr('d', path(run) ?? '').attr('fill', 'none').attr('stroke', l.colour).attr('stroke-width', 2.5).attr('stroke-dasharray', l.dash);
    }
    for (const d of l.dots) g.append('circle').attr('cx', d.x).attr('cy', d.y).attr('r', 4).attr('fill', l.colour).append('title').text(d.readout);
    if (l.endLabel) text(g, l.endLabel.x, l.endLabel.y, l.label, { baseline: 'middle', size: 13, fill: l.colour, weight: '600' });
  }

  drawAxes(svg, model);
  const notes = layer(svg, 'notes');
  model.notes.forEach((n, k) => text(notes, plot.left, bottom + 66 + 16 * k, n, { size: 13, fill: MUTED_INK }));
}
