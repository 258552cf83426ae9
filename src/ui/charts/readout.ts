/**
 * Hover readouts for the charts over time: one invisible column per interval, whose tooltip
 * names the day, the time and each series' value with its unit — what a reader points at in a
 * meeting ("how many at 10:30 on Monday?"), with no reading off the axes.
 */
import type { Group } from './draw';
import { formatClock, formatDayClock, intervalStart } from './time';

export interface HoverColumn { x: number; width: number; readout: string }

/** The interval's time in words: `Mon 15 Jun 10:30–11:00`. */
export function intervalWhen(startDate: string, intervalMinutes: number, i: number): string {
  return `${formatDayClock(intervalStart(startDate, intervalMinutes, i))}–${formatClock(intervalStart(startDate, intervalMinutes, i + 1))}`;
}

/** The narrowest column a pointer can aim at, in pixels. */
export const MIN_COLUMN_PX = 2;

/**
 * A column per interval of [first, first + count), from `xAt(i)` to `xAt(i + 1)`; where intervals
 * are narrower than `MIN_COLUMN_PX` (a year at 15 minutes is 35,136 of them), one column per
 * `stride` intervals, read at its first. A pointer cannot tell the intervals inside one apart, and
 * the page then draws a few hundred columns, not tens of thousands (which froze it for seconds).
 */
export function hoverColumns(first: number, count: number, xAt: (i: number) => number, readout: (i: number) => string): HoverColumn[] {
  const span = Math.abs(xAt(first + count) - xAt(first));
  const stride = count > 0 && span / count < MIN_COLUMN_PX ? Math.ceil(count / Math.max(1, Math.floor(span / MIN_COLUMN_PX))) : 1;
  return Array.from({ length: Math.ceil(count / stride) }, (_, k) => {
    const i = first + k * stride;
    const end = Math.min(first + count, i + stride);
    return { x: xAt(i), width: Math.max(0, xAt(end) - xAt(i)), readout: readout(i) };
  });
}

/** Draws the columns over the plot, transparent, each with its tooltip. */
export function drawHoverColumns(layerGroup: Group, columns: readonly HoverColumn[], plot: { top: number; height: number }): void {
  for (const c of columns) {
    layerGroup.append('rect').attr('x', c.x).attr('y', plot.top).attr('width', c.width).attr('height', plot.height)
      .attr('fill', 'transparent').append('title').text(c.readout);
  }
}
