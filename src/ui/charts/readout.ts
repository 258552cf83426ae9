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

/** A column per interval of [first, first + count), from `xAt(i)` to `xAt(i + 1)`. */
export function hoverColumns(first: number, count: number, xAt: (i: number) => number, readout: (i: number) => string): HoverColumn[] {
  return Array.from({ length: count }, (_, k) => {
    const i = first + k;
    return { x: xAt(i), width: Math.max(0, xAt(i + 1) - xAt(i)), readout: readout(i) };
  });
}

/** Draws the columns over the plot, transparent, each with its tooltip. */
export function drawHoverColumns(layerGroup: Group, columns: readonly HoverColumn[], plot: { top: number; height: number }): void {
  for (const c of columns) {
    layerGroup.append('rect').attr('x', c.x).attr('y', plot.top).attr('width', c.width).attr('height', plot.height)
      .attr('fill', 'transparent').append('title').text(c.readout);
  }
}
