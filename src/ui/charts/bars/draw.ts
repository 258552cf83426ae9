/** Stacked bars, the draw step: joins a `BarsModel` into an `<svg>`. */
import { layer, prepareSvg, text } from '../draw';
import { GRID, INK, MUTED_INK } from '../palette';
import { BARS_FONT, type BarsModel } from './model';

export function drawBars(svgElement: SVGSVGElement, model: BarsModel): void {
  const svg = prepareSvg(svgElement, model.width, model.height, model.title);
  const { plot } = model;
  const bottom = plot.top + plot.height;

  const title = layer(svg, 'title');
  text(title, 16, 22, model.title, { size: 17, weight: '600' });

  const grid = layer(svg, 'grid');
  for (const t of model.xTicks) grid.append('line').attr('x1', t.position).attr('x2', t.position).attr('y1', plot.top).attr('y2', bottom).attr('stroke', GRID);

  const bars = layer(svg, 'bars');
  for (const b of model.bars) {
    const g = bars.append('g').attr('data-row', b.id);
    if (b.highlight) g.append('rect').attr('x', 4).attr('y', b.y - 6).attr('width', model.width - 8).attr('height', b.height + 12).attr('fill', '#e8f1fb').attr('rx', 4);
    text(g, plot.left - 12, b.y + b.height / 2, `${b.label}${b.mark ? ` ${b.mark}` : ''}`, { anchor: 'end', baseline: 'middle', size: BARS_FONT, weight: b.highlight ? '700' : 'normal' });
    for (const s of b.segments) {
      g.append('rect').attr('x', s.x).attr('y', b.y).attr('width', Math.max(0, s.width)).attr('height', b.height)
        .attr('fill', s.colour).attr('stroke', '#fff').attr('stroke-width', 1).attr('data-key', s.key)
        .append('title').text(s.readout);
      if (s.text !== '') text(g, s.x + s.width / 2, b.y + b.height / 2 + 1, s.text, { anchor: 'middle', baseline: 'middle', size: 13, fill: '#fff', weight: '600' });
    }
    if (b.whisker) {
      const cy = b.y + b.height / 2;
      g.append('line').attr('x1', b.whisker.x1).attr('x2', b.whisker.x2).attr('y1', cy).attr('y2', cy).attr('stroke', INK).attr('stroke-width', 1.5);
      for (const wx of [b.whisker.x1, b.whisker.x2]) g.append('line').attr('x1', wx).attr('x2', wx).attr('y1', cy - 6).attr('y2', cy + 6).attr('stroke', INK).attr('stroke-width', 1.5);
    }
    text(g, b.totalX, b.y + b.height / 2, b.totalText, { baseline: 'middle', size: 14 });
  }

  const axes = layer(svg, 'axes');
  axes.append('line').attr('x1', plot.left).attr('x2', plot.left + plot.width).attr('y1', bottom).attr('y2', bottom).attr('stroke', MUTED_INK);
  for (const t of model.xTicks) {
    axes.append('line').attr('x1', t.position).attr('x2', t.position).attr('y1', bottom).attr('y2', bottom + 6).attr('stroke', MUTED_INK);
    text(axes, t.position, bottom + 24, t.label, { anchor: 'middle', fill: MUTED_INK, size: BARS_FONT });
  }
  text(axes, plot.left, bottom + 52, model.xLabel, { size: 14, fill: MUTED_INK });

  const legend = layer(svg, 'legend');
  for (const e of model.legend) {
    legend.append('rect').attr('x', e.x).attr('y', e.y - 12).attr('width', 18).attr('height', 14).attr('fill', e.colour);
    text(legend, e.x + 26, e.y, e.label, { size: BARS_FONT });
  }
}
