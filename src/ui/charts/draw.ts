/**
 * Drawing helpers every chart kind shares: keyed joins of plain records into an `<svg>`. The
 * draw steps read only their model, so they draw the same picture into the page, into jsdom and
 * into an exported file.
 */
import { select, type Selection } from 'd3';
import { INK } from './palette';

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
