/**
 * Time-series chart, the model: series of per-interval values over the horizon → scales, paths,
 * ticks, shaded bands and a legend, all in pixels. Pure: same input, same model; `draw.ts`
 * only joins it into an `<svg>`.
 *
 * Per-interval figures are constant across their interval (arrivals at a constant rate, staff
 * changing at boundaries, docs/model.md "Time"), so series are drawn as steps: value `v[i]` from the
 * start of interval `i` to the start of interval `i + 1`.
 */
import { t } from '../../i18n';
import { formatNumber } from '../../format';
import { hoverColumns, intervalWhen, type HoverColumn } from '../readout';
import { area, curveStepAfter, line, max, scaleLinear, scaleUtc, format } from 'd3';
import { estimateTextWidth } from '../textWidth';
import { formatClock, formatDay, intervalStart } from '../time';

export interface TimeSeriesSeries {
  id: string;
  label: string;
  /** One value per interval of the horizon; non-finite or negative values are drawn as 0. */
  values: readonly number[];
  colour: string;
  /** `area` fills under the line too. */
  kind: 'line' | 'area';
  dashed?: boolean;
}

export interface TimeSeriesBand {
  /** First interval inside the band. */
  start: number;
  /** First interval after the band. */
  end: number;
  label: string;
}

export interface TimeSeriesInput {
  title: string;
  startDate: string;
  intervalMinutes: number;
  /** Intervals to show: `[first, first + count)` of the horizon. */
  first: number;
  count: number;
  series: readonly TimeSeriesSeries[];
  bands: readonly TimeSeriesBand[];
  /** Y axis title with its unit, e.g. "Contacts per 30 min". */
  yLabel: string;
  width: number;
  height: number;
}

export interface Tick { position: number; label: string; major: boolean }
export interface LegendEntry { label: string; colour: string; kind: 'line' | 'area'; dashed: boolean; x: number; y: number }
export interface SeriesPath { id: string; label: string; colour: string; dashed: boolean; line: string; area: string | null }
export interface BandRect { x: number; width: number; label: string }

export interface TimeSeriesModel {
  title: string;
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  xTicks: Tick[];
  yTicks: Tick[];
  yLabel: string;
  xLabel: string;
  bands: BandRect[];
  paths: SeriesPath[];
  legend: LegendEntry[];
  /** Per interval: the day, the time, each series' value and the unit. */
  hover: HoverColumn[];
}

export const FONT_SIZE = 15;
export const BAND_FONT = 13;
const LEGEND_ROW = 24;
/** Baseline of the first legend row, below the title. */
const LEGEND_TOP = 50;
const LEGEND_SWATCH = 26;
const formatCount = format(',~r');

/** Legend entries laid out left to right, wrapping to a new row when the width runs out. */
function layoutLegend(series: readonly TimeSeriesSeries[], left: number, top: number, width: number): LegendEntry[] {
  const out: LegendEntry[] = [];
  let x = left;
  let y = top;
  for (const s of series) {
    const w = LEGEND_SWATCH + 8 + estimateTextWidth(s.label, FONT_SIZE) + 24;
    if (x > left && x + w > left + width) {
      x = left;
      y += LEGEND_ROW;
    }
    out.push({ label: s.label, colour: s.colour, kind: s.kind, dashed: s.dashed ?? false, x, y });
    x += w;
  }
  return out;
}

/** `text` cut with an ellipsis to fit `width` px, or '' when not even one letter fits. */
export function fitLabel(text: string, width: number, fontSizePx: number): string {
  if (estimateTextWidth(text, fontSizePx) <= width) return text;
  for (let n = text.length - 1; n >= 1; n--) {
    const cut = `${text.slice(0, n).trimEnd()}…`;
    if (estimateTextWidth(cut, fontSizePx) <= width) return cut;
  }
  return '';
}

function clean(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : 0;
}

/** Build the chart model for a width and height in pixels. */
export function timeSeriesModel(input: TimeSeriesInput): TimeSeriesModel {
  const { width, height, first, count, intervalMinutes, startDate } = input;
  const legend0 = layoutLegend(input.series, 0, 0, Math.max(1, width - 80));
  const legendRows = legend0.length === 0 ? 0 : legend0[legend0.length - 1].y / LEGEND_ROW + 1;
  const top = LEGEND_TOP + legendRows * LEGEND_ROW + 22;

  const yMaxRaw = max(input.series, (s) => max(s.values.slice(first, first + count), clean)) ?? 0;
  const y = scaleLinear().domain([0, yMaxRaw > 0 ? yMaxRaw : 1]).nice(5);
  const yTickValues = y.ticks(5);
  const yTickLabels = yTickValues.map((v) => formatCount(v));
  const left = 24 + Math.max(...yTickLabels.map((l) => estimateTextWidth(l, FONT_SIZE))) + 12;
  const right = 24;
  const bottom = 64;
  const plot = { left, top, width: Math.max(10, width - left - right), height: Math.max(10, height - top - bottom) };
  y.range([plot.top + plot.height, plot.top]);

  const t0 = intervalStart(startDate, intervalMinutes, first);
  const t1 = intervalStart(startDate, intervalMinutes, first + count);
  const x = scaleUtc().domain([t0, t1]).range([plot.left, plot.left + plot.width]);
  // Intervals are equal in length, so the time scale is linear in the index: no Date per point
  // (a year at 15 minutes draws 35,136 of them).
  const xAt = (i: number) => plot.left + ((i - first) / Math.max(1, count)) * plot.width;

  const spanDays = (count * intervalMinutes) / (24 * 60);
  // Over several days the ticks are days (midnight); over one day, hours of the clock.
  const xTicks: Tick[] = spanDays > 1.5
    ? x.ticks(Math.max(2, Math.min(Math.ceil(spanDays), Math.floor(plot.width / 90)))).map((d) => ({
      position: x(d), label: formatDay(d), major: d.getUTCHours() === 0,
    }))
    : x.ticks(Math.max(2, Math.floor(plot.width / 70))).map((d) => ({ position: x(d), label: formatClock(d), major: d.getUTCHours() === 0 }));
  const xLabel = spanDays > 1.5
    ? t('chart.dateAxis', { minutes: intervalMinutes })
    : t('chart.timeAxis', { day: formatDay(t0), minutes: intervalMinutes });

  // One extra point at the end of the last interval closes the last step.
  const indices = Array.from({ length: count + 1 }, (_, k) => first + k);
  const paths: SeriesPath[] = input.series.map((s) => {
    const value = (i: number) => y(clean(s.values[Math.min(i, first + count - 1)]));
    const lineGen = line<number>().x(xAt).y(value).curve(curveStepAfter);
    const areaGen = area<number>().x(xAt).y0(y(0)).y1(value).curve(curveStepAfter);
    return {
      id: s.id, label: s.label, colour: s.colour, dashed: s.dashed ?? false,
      line: lineGen(indices) ?? '',
      area: s.kind === 'area' ? areaGen(indices) ?? '' : null,
    };
  });

  const bands: BandRect[] = input.bands
    .map((b) => ({ start: Math.max(b.start, first), end: Math.min(b.end, first + count), label: b.label }))
    .filter((b) => b.end > b.start)
    .map((b) => {
      const bandWidth = xAt(b.end) - xAt(b.start);
      return { x: xAt(b.start), width: bandWidth, label: fitLabel(b.label, bandWidth - 8, BAND_FONT) };
    });

  return {
    title: input.title, width, height, plot,
    xTicks, yLabel: input.yLabel, xLabel,
    yTicks: yTickValues.map((v, k) => ({ position: y(v), label: yTickLabels[k], major: v === 0 })),
    bands, paths,
    legend: legend0.map((e) => ({ ...e, x: e.x + plot.left, y: e.y + LEGEND_TOP })),
    hover: hoverColumns(first, count, xAt, (i) => `${intervalWhen(startDate, intervalMinutes, i)}\n${input.series.map((s) => `${s.label}: ${formatNumber(s.values[i] ?? null, 1)}`).join('\n')}\n(${input.yLabel})`),
  };
}
