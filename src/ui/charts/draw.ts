/**
 * Drawing helpers every chart kind shares: the `<svg>` set-up, named layers, text, grid and axes.
 * A layer is emptied and redrawn whole from the model on every draw (no keyed join: a chart has
 * at most a few thousand marks, and a full redraw cannot leave a stale one). The draw steps read
 * only their model, so they draw the same picture into the page, into jsdom and
 * into an exported file.
 */
import { select, type Selection } from 'd3';
import { GRID, INK, MUTED_INK } from './palette';

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
export type Group = Selection<SVGGElement, unknown, null, undefined>;

/** The `<svg>` as a d3 selection, sized, with a title for screen readers. */
export function prepareSvg(svgElement: SVGSVGElement, width: number, height: number, title: string): Svg {
  const svg = select(svgElement)
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', title)
    .attr('font-family', 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif')
    .attr('fill', INK);
  return svg;
}

/** The one `<g class=name>` child of `parent`, created on first use, emptied on every draw. */
export function layer(parent: Svg | Group, name: string): Group {
  const existing = parent.select<SVGGElement>(`:scope > g.${name}`);
  const g = existing.empty() ? parent.append('g').attr('class', name) : existing;
  g.selectAll('*').remove();
  return g as unknown as Group;
}

/** A text element with the chart's conventions. */
export function text(
  parent: Group, x: number, y: number, content: string,
  options: { size?: number; anchor?: 'start' | 'middle' | 'end'; weight?: string; fill?: string; baseline?: string } = {},
): void {
  parent.append('text')
    .attr('x', x)
    .attr('y', y)
    .attr('font-size', options.size ?? 15)
    .attr('text-anchor', options.anchor ?? 'start')
    .attr('font-weight', options.weight ?? 'normal')
    .attr('fill', options.fill ?? INK)
    .attr('dominant-baseline', options.baseline ?? 'alphabetic')
    .text(content);
}

export interface PlotArea { left: number; top: number; width: number; height: number }
export interface FrameTick { position: number; label: string; major?: boolean }

export interface Frame {
  plot: PlotArea; title: string; xTicks: readonly FrameTick[]; yTicks: readonly FrameTick[];
  xLabel: string; yLabel: string; fontSize: number;
}

/* What every x/y chart draws the same way, in three layers so that each chart can put its own
   between them (peak shading under the grid, series above it, the axes on top). */

export function drawTitle(svg: Svg, frame: Frame): void {
  text(layer(svg, 'title'), frame.plot.left, 22, frame.title, { size: 17, weight: '600' });
}

/** Grid lines at the ticks; a major y tick (zero) darker. */
export function drawGrid(svg: Svg, frame: Frame): void {
  const { plot } = frame;
  const grid = layer(svg, 'grid');
  for (const t of frame.yTicks) {
    grid.append('line').attr('x1', plot.left).attr('x2', plot.left + plot.width).attr('y1', t.position).attr('y2', t.position)
      .attr('stroke', t.major ? MUTED_INK : GRID).attr('stroke-width', 1);
  }
  for (const t of frame.xTicks) {
    grid.append('line').attr('x1', t.position).attr('x2', t.position).attr('y1', plot.top).attr('y2', plot.top + plot.height)
      .attr('stroke', GRID).attr('stroke-width', 1);
  }
}

/**
 * Tick labels and axis titles. The y title sits above the axis, horizontal: easier to read on a
 * projector than rotated.
 */
export function drawAxes(svg: Svg, frame: Frame): void {
  const { plot, fontSize } = frame;
  const bottom = plot.top + plot.height;
  const axes = layer(svg, 'axes');
  for (const t of frame.yTicks) text(axes, plot.left - 8, t.position, t.label, { anchor: 'end', baseline: 'middle', fill: MUTED_INK, size: fontSize });
  for (const t of frame.xTicks) {
    axes.append('line').attr('x1', t.position).attr('x2', t.position).attr('y1', bottom).attr('y2', bottom + 6).attr('stroke', MUTED_INK);
    text(axes, t.position, bottom + 24, t.label, { anchor: 'middle', fill: MUTED_INK, size: fontSize });
  }
  text(axes, plot.left, bottom + 52, frame.xLabel, { size: 14, fill: MUTED_INK });
  text(axes, 4, plot.top - 10, frame.yLabel, { size: 14, fill: MUTED_INK });
}
