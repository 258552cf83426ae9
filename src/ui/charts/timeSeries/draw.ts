/** Time-series chart, the draw step: joins a `TimeSeriesModel` into an `<svg>`. */
import { drawHoverColumns } from '../readout';
import { MUTED_INK, PEAK_SHADE } from '../palette';
import { drawAxes, drawGrid, drawTitle, layer, prepareSvg, text } from '../draw';
import { BAND_FONT, FONT_SIZE, type TimeSeriesModel } from './model';

const DASH = '7 5';

/** Draw (or redraw in place) the chart into `svgElement`. */
export function drawTimeSeries(svgElement: SVGSVGElement, model: TimeSeriesModel): void {
  const svg = prepareSvg(svgElement, model.width, model.height, model.title);
  const { plot } = model;

  const frame = { ...model, fontSize: FONT_SIZE };
  drawTitle(svg, frame);

  // A band's label is the scenario's event name: the user's words, not the app's (translate="no").
  const bands = layer(svg, 'bands').attr('translate', 'no');
  for (const b of model.bands) {
    bands.append('rect').attr('x', b.x).attr('y', plot.top).attr('width', b.width).attr('height', plot.height)
      .attr('fill', PEAK_SHADE);
    // The label names the band, so the shade is never the only cue.
    if (b.label !== '') text(bands, b.x + b.width / 2, plot.top + 16, b.label, { size: BAND_FONT, anchor: 'middle', fill: MUTED_INK, weight: '600' });
  }

  drawGrid(svg, frame);

  const series = layer(svg, 'series');
  for (const p of model.paths) {
    if (p.area !== null) series.append('path').attr('d', p.area).attr('fill', p.colour).attr('fill-opacity', 0.18).attr('stroke', 'none');
  }
  for (const p of model.paths) {
    series.append('path').attr('d', p.line).attr('fill', 'none').attr('stroke', p.colour).attr('stroke-width', 2)
      .attr('stroke-dasharray', p.dashed ? DASH : null).attr('data-series', p.id);
  }

  drawAxes(svg, frame);
  drawHoverColumns(layer(svg, 'hover'), model.hover, plot);

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
