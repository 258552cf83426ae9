/**
 * Tornado chart, the model: one bar per input (largest swing on top), from the figure at the
 * input's low end to the figure at its high end, split at the middle (the figure with every
 * input as planned), so a planner reads at once which uncertainty moves the decision most and in
 * which direction. Each end carries the input's value as text and its own colour and pattern
 * side, so colour is not the only cue; a row whose end would change the recommendation is marked.
 * Pure; `draw.ts` joins it.
 */
import { scaleLinear } from 'd3';
import { estimateTextWidth } from '../textWidth';
import { fitLabel } from '../timeSeries/model';
import { seriesColour } from '../palette';

export interface TornadoRow {
  id: string;
  label: string;
  /** The figure at the input's low and high end (null: no figure, e.g. nothing offered). */
  atLow: number | null;
  atHigh: number | null;
  /** The input's values, as text: "×0.9", "+80 %". */
  lowText: string;
  highText: string;
  /** Marked: another strategy would be recommended at one of the ends. */
  changes: boolean;
}

export interface TornadoInput {
  title: string;
  rows: readonly TornadoRow[];
  /** The figure with every input as planned: where bars meet. */
  middle: number;
  width: number;
  /** Tick and readout text of a figure (money, a percentage). */
  format: (value: number) => string;
  xLabel: string;
  lowLegend: string;
  highLegend: string;
  /** Said beside the marked rows. */
  changesText: string;
}

export interface TornadoBar {
  id: string;
  label: string;
  y: number;
  height: number;
  /** The low end's segment and the high end's, each from the middle to its figure (width 0 when equal or missing). */
  low: { x: number; width: number; valueX: number; text: string; readout: string };
  high: { x: number; width: number; valueX: number; text: string; readout: string };
  changes: boolean;
}

export interface TornadoModel {
  title: string;
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  middleX: number;
  xTicks: { position: number; label: string }[];
  xLabel: string;
  bars: TornadoBar[];
  legend: { label: string; colour: string; x: number; y: number }[];
  changesText: string;
  lowColour: string;
  highColour: string;
}

export const TORNADO_FONT = 14;
const ROW = 34;
const BAR = 22;
const TOP = 76;
const MAX_LABEL = 280;

export function tornadoModel(input: TornadoInput): TornadoModel {
  const { width, middle } = input;
  const lowColour = seriesColour(0);
  const highColour = seriesColour(1);
  const labelWidth = Math.min(MAX_LABEL, Math.max(80, ...input.rows.map((r) => estimateTextWidth(`${r.label} ⚑`, TORNADO_FONT))));
  const left = 16 + labelWidth + 12;
  const endRoom = 70;
  const plot = { left: left + endRoom, top: TOP, width: Math.max(60, width - left - 2 * endRoom - 16), height: input.rows.length * ROW };
  const values = input.rows.flatMap((r) => [r.atLow, r.atHigh]).filter((v): v is number => v !== null && Number.isFinite(v));
  let lo = Math.min(middle, ...values);
  let hi = Math.max(middle, ...values);
  // Nothing moves (a fixed price, say): a span around the middle, not a scale of rounding noise.
  const floor = Math.max(1e-3, Math.abs(middle) * 0.01);
  if (hi - lo < floor) { lo = middle - floor; hi = middle + floor; }
  const x = scaleLinear().domain([lo, hi]).nice(5).range([plot.left, plot.left + plot.width]);
  const mx = x(middle);
  const finite = (v: number | null): v is number => v !== null && Number.isFinite(v);
  const end = (row: TornadoRow, value: number | null, text: string, name: string) => {
    if (!finite(value)) return { x: mx, width: 0, valueX: mx, text, readout: `${row.label}, ${name} ${text}: —` };
    const vx = x(value);
    return { x: Math.min(mx, vx), width: Math.abs(vx - mx), valueX: vx, text, readout: `${row.label}, ${name} ${text}: ${input.format(value)}` };
  };
  const bars: TornadoBar[] = input.rows.map((r, k) => {
    const low = end(r, r.atLow, r.lowText, input.lowLegend);
    const high = end(r, r.atHigh, r.highText, input.highLegend);
    // The input's values sit beyond the bar's two ends: the end with the smaller figure on the
    // left, the other on the right (both ends on one side, or none moving, never overlap).
    const lowFirst = !finite(r.atLow) || !finite(r.atHigh) ? true : r.atLow <= r.atHigh;
    const [left, right] = lowFirst ? [low, high] : [high, low];
    const leftX = Math.min(mx, left.x, right.x) - 6;
    const rightX = Math.max(mx, left.x + left.width, right.x + right.width) + 6;
    left.valueX = leftX;
    right.valueX = rightX;
    return {
      id: r.id,
      label: fitLabel(`${r.label}${r.changes ? ' ⚑' : ''}`, labelWidth, TORNADO_FONT),
      y: plot.top + k * ROW + (ROW - BAR) / 2,
      height: BAR,
      low,
      high,
      changes: r.changes,
    };
  });
  const legendLow = { label: input.lowLegend, colour: lowColour, x: 16, y: 48 };
  const legendHigh = { label: input.highLegend, colour: highColour, x: 16 + 18 + 8 + estimateTextWidth(input.lowLegend, TORNADO_FONT) + 24, y: 48 };
  return {
    title: input.title,
    width,
    height: plot.top + plot.height + 64 + (input.rows.some((r) => r.changes) ? 22 : 0),
    plot,
    middleX: mx,
    xTicks: x.ticks(5).map((v) => ({ position: x(v), label: input.format(v) })),
    xLabel: input.xLabel,
    bars,
    legend: [legendLow, legendHigh],
    changesText: input.rows.some((r) => r.changes) ? `⚑ ${input.changesText}` : '',
    lowColour,
    highColour,
  };
}
