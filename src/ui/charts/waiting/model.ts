/**
 * The price of waiting, the model: for each lever kind decided ahead, the cheapest extra cost
 * that still meets every target (y) against the decision date (x), one line per kind, with a
 * marker at the last date it still works; weeks past it have no point (too late at any size).
 * Each line has its own colour, dash and end label, so colour is not the only cue. Pure;
 * `draw.ts` joins it.
 */
import { scaleLinear, scaleUtc } from 'd3';
import type { Frame } from '../draw';
import { estimateTextWidth } from '../textWidth';
import { seriesColour } from '../palette';

export interface WaitingSeries {
  key: string;
  label: string;
  points: { date: string; value: number | null }[];
  lastDate: string | null;
}

export interface WaitingInput {
  title: string;
  series: readonly WaitingSeries[];
  width: number;
  formatMoney: (value: number) => string;
  formatDate: (date: Date) => string;
  xLabel: string;
  yLabel: string;
  /** The marker's text for a series' last date. */
  lastText: (label: string, date: Date) => string;
  /** Said when a series never works. */
  neverText: (label: string) => string;
}

export interface WaitingLine {
  key: string;
  label: string;
  colour: string;
  dash: string;
  /** Runs of consecutive points with a value (a gap where it is too late). */
  paths: { x: number; y: number }[][];
  dots: { x: number; y: number; readout: string }[];
  last: { x: number; text: string; textY: number } | null;
  endLabel: { x: number; y: number } | null;
}

/** An x/y chart: its title, grid and axes are the shared frame's (charts/draw.ts). */
export interface WaitingModel extends Frame {
  width: number;
  height: number;
  lines: WaitingLine[];
  notes: string[];
}

const DASHES = ['', '6 4', '2 3'];
const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function waitingModel(input: WaitingInput): WaitingModel {
  const { width } = input;
  const never = input.series.filter((s) => s.lastDate === null).length;
  const height = Math.round(Math.min(420, Math.max(300, width * 0.4))) + 16 * Math.max(0, never - 1);
  const values = input.series.flatMap((s) => s.points.map((p) => p.value)).filter((v): v is number => v !== null && Number.isFinite(v));
  const dates = input.series.flatMap((s) => s.points.map((p) => at(p.date).getTime()));
  const yLabelWidth = Math.max(60, ...values.map((v) => estimateTextWidth(input.formatMoney(v), 13)));
  const endRoom = Math.min(180, Math.max(80, ...input.series.map((s) => estimateTextWidth(s.label, 13) + 16)));
  const plot = { left: 24 + yLabelWidth, top: 48, width: Math.max(80, width - 24 - yLabelWidth - endRoom - 12), height: height - 48 - 76 - 16 * Math.max(0, never - 1) };
  const x = scaleUtc().domain(dates.length > 0 ? [new Date(Math.min(...dates)), new Date(Math.max(...dates))] : [new Date(0), new Date(86_400_000)]).range([plot.left, plot.left + plot.width]);
  const lo = Math.min(0, ...values);
  const hi = Math.max(1, ...values);
  const y = scaleLinear().domain([lo, hi]).nice(5).range([plot.top + plot.height, plot.top]);
  const notes: string[] = [];
  const lines = input.series.map((s, k): WaitingLine => {
    const paths: { x: number; y: number }[][] = [];
    let run: { x: number; y: number }[] = [];
    const dots: WaitingLine['dots'] = [];
    for (const p of s.points) {
      if (p.value === null || !Number.isFinite(p.value)) {
        if (run.length > 0) paths.push(run);
        run = [];
        continue;
      }
      const pt = { x: x(at(p.date)), y: y(p.value) };
      run.push(pt);
      dots.push({ ...pt, readout: `${s.label}, ${input.formatDate(at(p.date))}: ${input.formatMoney(p.value)}` });
    }
    if (run.length > 0) paths.push(run);
    if (s.lastDate === null) notes.push(input.neverText(s.label));
    const lastDot = dots[dots.length - 1];
    return {
      key: s.key,
      label: s.label,
      colour: seriesColour(k),
      dash: DASHES[k % DASHES.length]!,
      paths,
      dots,
      last: s.lastDate === null ? null : { x: Math.min(plot.left + plot.width, Math.max(plot.left, x(at(s.lastDate)))), text: input.lastText(s.label, at(s.lastDate)), textY: plot.top + 14 + 16 * k },
      endLabel: lastDot ? { x: lastDot.x + 8, y: lastDot.y } : null,
    };
  });
  return {
    title: input.title,
    width,
    height,
    plot,
    xTicks: x.ticks(6).map((d) => ({ position: x(d), label: input.formatDate(d) })),
    yTicks: y.ticks(5).map((v) => ({ position: y(v), label: input.formatMoney(v) })),
    xLabel: input.xLabel,
    yLabel: input.yLabel,
    fontSize: 13,
    lines,
    notes,
  };
}
