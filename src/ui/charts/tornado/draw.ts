/** Tornado chart, the draw step: joins a `TornadoModel` into an `<svg>`. */
import { layer, prepareSvg, text } from '../draw';
import { GRID, INK, MUTED_INK } from '../palette';
import { TORNADO_FONT, type TornadoModel } from './model';

export function drawTornado(svgElement: SVGSVGElement, model: TornadoModel): void {
  const svg = prepareSvg(svgElement, model.width, model.height, model.title);
  const { plot } = model;
  const bottom = plot.top + plot.height;

  const title = layer(svg, 'title');
  text(title, 16, 22, model.title, { size: 17, weight: '600' });

  const grid = layer(svg, 'grid');
  for (const t of model.xTicks) grid.append('line').attr('x1', t.position).attr('x2', t.position).attr('y1', plot.top).attr('y2', bottom).attr('stroke', GRID);

  const bars = layer(svg, 'bars');
  for (const b of model.bars) {
    const g = bars.append('g').attr('data-row', b.id).attr('data-changes', b.changes ? 'yes' : 'no');
    text(g, plot.left - 76, b.y + b.height / 2, b.label, { anchor: 'end', baseline: 'middle', size: TORNADO_FONT, weight: b.changes ? '700' : 'normal' });
    for (const [side, colour] of [[b.low, model.lowColour], [b.high, model.highColour]] as const) {
      g.append('rect').attr('x', side.x).attr('y', b.y).attr('width', Math.max(0, side.width)).attr('height', b.height)
        .attr('fill', colour).attr('data-end', side === b.low ? 'low' : 'high')
        .append('title').text(side.readout);
      text(g, side.valueX, b.y + b.height / 2, side.text, { anchor: side.valueX <= model.middleX ? 'end' : 'start', baseline: 'middle', size: 12, fill: MUTED_INK });
    }
  }

  const axes = layer(svg, 'axes');
  axes.append('line').attr('x1', model.middleX).attr('x2', model.middleX).attr('y1', plot.top - 6).attr('y2', bottom).attr('stroke', INK).attr('stroke-width', 1.5);
  axes.append('line').attr('x1', plot.left).attr('x2', plot.left + plot.width).attr('y1', bottom).attr('y2', bottom).attr('stroke', MUTED_INK);
  for (const t of model.xTicks) {
    axes.append('line').attr('x1', t.position).attr('x2', t.position).attr('y1', bottom).attr('y2', bottom + 6).attr('stroke', MUTED_INK);
    text(axes, t.position, bottom + 22, t.label, { anchor: 'middle', fill: MUTED_INK, size: TORNADO_FONT });
  }
  text(axes, plot.left, bottom + 48, model.xLabel, { size: 13, fill: MUTED_INK });
  if (model.changesText !== '') text(axes, 16, bottom + 70, model.changesText, { size: 13, fill: MUTED_INK });

  const legend = layer(svg, 'legend');
  for (const e of model.legend) {
    legend.append('rect').attr('x', e.x).attr('y', e.y - 12).attr('width', 18).attr('height', 14).attr('fill', e.colour);
    text(legend, e.x + 26, e.y, e.label, { size: TORNADO_FONT });
  }
}
