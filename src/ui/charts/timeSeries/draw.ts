/** Time-series chart, the draw step: joins a `TimeSeriesModel` into an `<svg>`. */
import { GRID, MUTED_INK, PEAK_SHADE } from '../palette';
import { layer, prepareSvg, text } from '../draw';
import { BAND_FONT, FONT_SIZE, type TimeSeriesModel } from './model';

const DASH = '7 5';

/** Draw (or redraw in place) the chart into `svgElement`. */
export function drawTimeSeries(svgElement: SVGSVGElement, model: TimeSeriesModel): void {
  const svg = prepareSvg(svgElement, model.width, model.height, model.title);
  const { plot } = model;
  const bottom = plot.top + plot.height;

  const title = layer(svg, 'title');
  text(title, plot.left, 22, model.title, { size: 17, weight: '600' });

  const bands = layer(svg, 'bands');
  for (const b of model.bands) {
    bands.append('rect').attr('x', b.x).attr('y', plot.top).attr('width', b.width).attr('height', plot.height)
      .attr('fill', PEAK_SHADE);
    // The label names the band, so the shade is never the only cue.
    if (b.label !== '') text(bands, b.x + b.width / 2, plot.top + 16, b.label, { size: BAND_FONT, anchor: 'middle', fill: MUTED_INK, weight: '600' });
  }

  const grid = layer(svg, 'grid');
  for (const t of model.yTicks) {
    grid.append('line').attr('x1', plot.left).attr('x2', plot.left + plot.width).attr('y1', t.position).attr('y2', t.position)
      .attr('stroke', t.major ? MUTED_INK : GRID).attr('stroke-width', 1);
  }
  for (const t of model.xTicks) {
    grid.append('line').attr('x1', t.position).attr('x2', t.position).attr('y1', plot.top).attr('y2', bottom)
      .attr('stroke', GRID).attr('stroke-width', 1);
  }

  const series = layer(svg, 'series');
  for (const p of model.paths) {
    if (p.area !== null) series.append('path').attr('d', p.area).attr('fill', p.colour).attr('fill-opacity', 0.18).attr('stroke', 'none');
  }
  for (const p of model.paths) {
    series.append('path').attr('d', p.line).attr('fill', 'none').attr('stroke', p.colour).attr('stroke-width', 2)
      .attr('stroke-dasharray', p.dashed ? DASH : null).attr('data-series', p.id);
  }

  const axes = layer(svg, 'axes');
  for (const t of model.yTicks) {
    text(axes, plot.left - 8, t.position, t.label, { anchor: 'end', baseline: 'middle', fill: MUTED_INK, size: FONT_SIZE });
  }
  for (const t of model.xTicks) {
    axes.append('line').attr('x1', t.position).attr('x2', t.position).attr('y1', bottom).attr('y2', bottom + 6).attr('stroke', MUTED_INK);
    text(axes, t.position, bottom + 24, t.label, { anchor: 'middle', fill: MUTED_INK, size: FONT_SIZE });
  }
  text(axes, plot.left, bottom + 52, model.xLabel, { size: 14, fill: MUTED_INK });
  // The y title sits above the axis, horizontal: easier to read on a projector than rotated.
  text(axes, 4, plot.top - 10, model.yLabel, { size: 14, fill: MUTED_INK });

  const legend = layer(svg, 'legend');
  for (const e of model.legend) {
    if (e.kind === 'area') {
      legend.append('rect').attr('x', e.x).attr('y', e.y - 8).attr('width', 26).attr('height', 12)
        .attr('fill', e.colour).attr('fill-opacity', 0.18);
    }
    legend.append('line').attr('x1', e.x).attr('x2', e.x + 26).attr('y1', e.y - 2).attr('y2', e.y - 2)
      .attr('stroke', e.colour).attr('stroke-width', 3).attr('stroke-dasharray', e.dashed ? '6 4' : null);
    text(legend, e.x + 34, e.y + 3, e.label, { size: FONT_SIZE });
  }
}
