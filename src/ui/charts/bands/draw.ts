/** Band chart, the draw step: joins a `BandsModel` into an `<svg>`. */
import { drawHoverColumns } from '../readout';
import { drawAxes, drawGrid, drawTitle, layer, prepareSvg, text } from '../draw';
import { INK } from '../palette';
import { BANDS_FONT, type BandsModel } from './model';

const DASH = '7 5';

export function drawBands(svgElement: SVGSVGElement, model: BandsModel): void {
  const svg = prepareSvg(svgElement, model.width, model.height, model.title);
  const { plot } = model;

  const frame = { ...model, fontSize: BANDS_FONT };
  drawTitle(svg, frame);

  drawGrid(svg, frame);

  const series = layer(svg, 'series');
  for (const p of model.paths) series.append('path').attr('d', p.band).attr('fill', p.colour).attr('fill-opacity', 0.2).attr('stroke', 'none').attr('data-band', p.id);
  for (const p of model.paths) {
    series.append('path').attr('d', p.line).attr('fill', 'none').attr('stroke', p.colour).attr('stroke-width', 2)
      .attr('stroke-dasharray', p.dashed ? DASH : null).attr('data-series', p.id);
  }

  const target = layer(svg, 'target');
  if (model.target) {
    target.append('line').attr('x1', plot.left).attr('x2', plot.left + plot.width).attr('y1', model.target.y).attr('y2', model.target.y)
      .attr('stroke', INK).attr('stroke-width', 2).attr('stroke-dasharray', '10 6');
    text(target, plot.left + plot.width - 6, model.target.y - 6, model.target.label, { anchor: 'end', size: 14, weight: '600' });
  }

  drawAxes(svg, frame);
  drawHoverColumns(layer(svg, 'hover'), model.hover, plot);

  const legend = layer(svg, 'legend');
  for (const e of model.legend) {
    if (e.kind === 'band') {
      legend.append('rect').attr('x', e.x).attr('y', e.y - 10).attr('width', 26).attr('height', 14).attr('fill', e.colour).attr('fill-opacity', 0.3);
    } else {
      legend.append('line').attr('x1', e.x).attr('x2', e.x + 26).attr('y1', e.y - 3).attr('y2', e.y - 3)
        .attr('stroke', e.colour).attr('stroke-width', e.kind === 'target' ? 2 : 3).attr('stroke-dasharray', e.dashed ? '6 4' : null);
    }
    text(legend, e.x + 34, e.y + 2, e.label, { size: BANDS_FONT });
  }
}
