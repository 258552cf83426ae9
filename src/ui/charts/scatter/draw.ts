/** Cost versus service, the draw step: joins a `ScatterModel` into an `<svg>`. */
import { drawAxes, drawGrid, drawTitle, layer, prepareSvg, text, type Group } from '../draw';
import { INK, MUTED_INK } from '../palette';
import { FAIL_COLOUR, LABEL_GAP, PASS_COLOUR, SCATTER_FONT, type ScatterModel } from './model';

const FRONTIER = '#0072B2';

function passMark(g: Group, x: number, y: number, r: number): void {
  g.append('circle').attr('cx', x).attr('cy', y).attr('r', r).attr('fill', PASS_COLOUR).attr('stroke', '#fff').attr('stroke-width', 1.5);
}

function failMark(g: Group, x: number, y: number, r: number): void {
  g.append('path').attr('d', `M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}`)
    .attr('stroke', FAIL_COLOUR).attr('stroke-width', 3.5).attr('stroke-linecap', 'round');
}

export function drawScatter(svgElement: SVGSVGElement, model: ScatterModel): void {
  const svg = prepareSvg(svgElement, model.width, model.height, model.title);
  const { plot } = model;

  const frame = { ...model, fontSize: SCATTER_FONT };
  drawTitle(svg, frame);

  drawGrid(svg, frame);

  const target = layer(svg, 'target');
  if (model.target) {
    target.append('line').attr('x1', plot.left).attr('x2', plot.left + plot.width).attr('y1', model.target.y).attr('y2', model.target.y)
      .attr('stroke', INK).attr('stroke-width', 1.5).attr('stroke-dasharray', '10 6');
  }

  const frontier = layer(svg, 'frontier');
  if (model.frontier !== '') frontier.append('path').attr('d', model.frontier).attr('fill', 'none').attr('stroke', FRONTIER).attr('stroke-width', 2.5).attr('stroke-opacity', 0.8);

  const marks = layer(svg, 'marks');
  for (const m of model.marks) {
    const g = marks.append('g').attr('data-point', m.id).attr('data-pass', String(m.pass));
    g.append('title').text(m.readout);
    if (m.whisker) g.append('line').attr('x1', m.whisker.x1).attr('x2', m.whisker.x2).attr('y1', m.y).attr('y2', m.y).attr('stroke', MUTED_INK).attr('stroke-width', 1.5);
    if (m.highlight) g.append('circle').attr('cx', m.x).attr('cy', m.y).attr('r', 13).attr('fill', 'none').attr('stroke', INK).attr('stroke-width', 2);
    if (m.pass) passMark(g, m.x, m.y, 7); else failMark(g, m.x, m.y, 6);
    m.label.lines.forEach((line, k) => text(g, m.label.x, m.label.y + k * LABEL_GAP, line, { anchor: m.label.anchor, size: SCATTER_FONT, weight: m.highlight ? '700' : 'normal' }));
  }


  drawAxes(svg, frame);

  const legend = layer(svg, 'legend');
  for (const e of model.legend) {
    const cy = e.y - 5;
    if (e.kind === 'pass') passMark(legend, e.x + 10, cy, 7);
    else if (e.kind === 'fail') failMark(legend, e.x + 10, cy, 6);
    else legend.append('line').attr('x1', e.x).attr('x2', e.x + 22).attr('y1', cy).attr('y2', cy)
      .attr('stroke', e.kind === 'frontier' ? FRONTIER : INK).attr('stroke-width', e.kind === 'frontier' ? 2.5 : 1.5).attr('stroke-dasharray', e.kind === 'target' ? '6 4' : null);
    text(legend, e.x + 30, e.y, e.label, { size: SCATTER_FONT });
  }
}
