/**
 * Band chart, the model: a share per interval (e.g. service level) for several series, each a
 * line of means with its 95% interval shaded, against a target line. Pure; `draw.ts` joins it.
 *
 * Intervals with no figure (nothing arrived) break the line rather than dropping it to zero.
 * Figures are per interval, so lines are steps, as in the time-series chart.
 */
import { t } from '../../i18n';
import { formatPercent } from '../../format';
import { hoverColumns, intervalWhen, type HoverColumn } from '../readout';
import { area, curveStepAfter, line } from 'd3';
import { timeAxis, type AxisTick } from '../axis';
import { estimateTextWidth } from '../textWidth';

export interface BandSeries {
  id: string;
  label: string;
  colour: string;
  dashed?: boolean;
  /** Per interval of the horizon, 0–1, null where the figure does not exist. */
  mean: readonly (number | null)[];
  lo: readonly (number | null)[];
  hi: readonly (number | null)[];
}

export interface BandsInput {
  title: string;
  startDate: string;
  intervalMinutes: number;
  first: number;
  count: number;
  series: readonly BandSeries[];
  /** The target share, drawn as a labelled line; null = none. */
  target: { value: number; label: string } | null;
  yLabel: string;
  width: number;
  height: number;
}

export interface BandsLegendEntry { label: string; colour: string; kind: 'line' | 'band' | 'target'; dashed: boolean; x: number; y: number }

export interface BandsModel {
  title: string;
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  xTicks: AxisTick[];
  yTicks: AxisTick[];
  xLabel: string;
  yLabel: string;
  paths: { id: string; label: string; colour: string; dashed: boolean; line: string; band: string }[];
  target: { y: number; label: string } | null;
  legend: BandsLegendEntry[];
  /** Per interval: the day, the time, each strategy's share with its 95% interval. */
  hover: HoverColumn[];
}

export const BANDS_FONT = 15;
const LEGEND_ROW = 24;
const LEGEND_TOP = 50;
const TARGET_COLOUR = '#1f2933';
export const BAND_NEUTRAL = '#7b8794';

const clean = (v: number | null | undefined): number | null => (v === null || v === undefined || !Number.isFinite(v) ? null : Math.min(1, Math.max(0, v)));

function layoutLegend(entries: Omit<BandsLegendEntry, 'x' | 'y'>[], width: number): BandsLegendEntry[] {
  const out: BandsLegendEntry[] = [];
  let x = 0;
  let y = 0;
  for (const e of entries) {
    const w = 26 + 8 + estimateTextWidth(e.label, BANDS_FONT) + 24;
    if (x > 0 && x + w > width) { x = 0; y += LEGEND_ROW; }
    out.push({ ...e, x, y });
    x += w;
  }
  return out;
}

export function bandsModel(input: BandsInput): BandsModel {
  const { width, height, first, count } = input;
  const entries: Omit<BandsLegendEntry, 'x' | 'y'>[] = input.series.map((s) => ({ label: s.label, colour: s.colour, kind: 'line', dashed: s.dashed ?? false }));
  entries.push({ label: t('charts.ciShaded'), colour: BAND_NEUTRAL, kind: 'band', dashed: false });
  if (input.target) entries.push({ label: input.target.label, colour: TARGET_COLOUR, kind: 'target', dashed: true });
  const legend0 = layoutLegend(entries, Math.max(1, width - 80));
  const rows = legend0.length === 0 ? 0 : legend0[legend0.length - 1].y / LEGEND_ROW + 1;
  const top = LEGEND_TOP + rows * LEGEND_ROW + 16;
  const left = 24 + estimateTextWidth('100 %', BANDS_FONT) + 12;
  const plot = { left, top, width: Math.max(10, width - left - 24), height: Math.max(10, height - top - 64) };
  const y = (v: number) => plot.top + plot.height * (1 - v);
  const axis = timeAxis(input.startDate, input.intervalMinutes, first, count, plot.left, plot.width);

  const indices = Array.from({ length: count + 1 }, (_, k) => first + k);
  // The extra last point closes the last step with the last interval's value.
  const idx = (i: number) => Math.min(i, first + count - 1);
  const paths = input.series.map((s) => {
    const lineGen = line<number>().defined((i) => clean(s.mean[idx(i)]) !== null).x(axis.at).y((i) => y(clean(s.mean[idx(i)])!)).curve(curveStepAfter);
    const bandGen = area<number>()
      .defined((i) => clean(s.lo[idx(i)]) !== null && clean(s.hi[idx(i)]) !== null)
      .x(axis.at).y0((i) => y(clean(s.lo[idx(i)])!)).y1((i) => y(clean(s.hi[idx(i)])!)).curve(curveStepAfter);
    return { id: s.id, label: s.label, colour: s.colour, dashed: s.dashed ?? false, line: lineGen(indices) ?? '', band: bandGen(indices) ?? '' };
  });

  return {
    title: input.title, width, height, plot,
    xTicks: axis.ticks,
    yTicks: [0, 0.2, 0.4, 0.6, 0.8, 1].map((v) => ({ position: y(v), label: `${Math.round(v * 100)} %`, major: v === 0 })),
    xLabel: axis.label,
    yLabel: input.yLabel,
    paths,
    target: input.target ? { y: y(clean(input.target.value) ?? 0), label: input.target.label } : null,
    legend: legend0.map((e) => ({ ...e, x: e.x + plot.left, y: e.y + LEGEND_TOP })),
    hover: hoverColumns(first, count, axis.at, (i) => `${intervalWhen(input.startDate, input.intervalMinutes, i)}\n${input.series.map((s) => {
      const mean = clean(s.mean[i]);
      const lo = clean(s.lo[i]);
      const hi = clean(s.hi[i]);
      return `${s.label}: ${mean === null ? t('charts.nothingArrived') : `${formatPercent(mean)}${lo !== null && hi !== null ? ` (${formatPercent(lo)}–${formatPercent(hi)})` : ''}`}`;
    }).join('\n')}\n${input.yLabel}`),
  };
}
