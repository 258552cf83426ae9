/**
 * Stacked horizontal bars, the model: one bar per row (a strategy), split into segments (cost per
 * lever), the total written at the end with its 95% interval as a whisker. Pure; `draw.ts` joins
 * it. Segments wide enough carry their amount as text, so colour is not the only cue; the legend
 * lists segments in stacking order.
 */
import { t } from '../../i18n';
import { max, scaleLinear } from 'd3';
import { formatMoney, formatMoneyShort } from '../money';
import { estimateTextWidth } from '../textWidth';
import { fitLabel } from '../timeSeries/model';

export interface BarKey { key: string; label: string; colour: string }

export interface BarRow {
  id: string;
  label: string;
  /**
   * Amount per key (missing or 0 = no segment). Positive amounts stack right of 0, negative ones
   * left of it (an extra cost made of more overtime and fewer abandoned calls).
   */
  values: Record<string, number>;
  total: number;
  /** 95% half-width of the total, 0 when unknown. */
  ci95: number;
  /** Drawn after the label in bold, e.g. "✓" or "✗". */
  mark?: string;
  highlight?: boolean;
}

export interface BarsInput {
  title: string;
  currency: string;
  keys: readonly BarKey[];
  rows: readonly BarRow[];
  width: number;
  /** Under the axis; by default the total cost over the horizon. */
  xLabel?: string;
}

/** `readout`: the hover text — the row, the item and its amount. */
export interface BarSegment { key: string; x: number; width: number; colour: string; text: string; readout: string }
export interface BarShape {
  id: string;
  label: string;
  mark: string;
  y: number;
  height: number;
  highlight: boolean;
  segments: BarSegment[];
  totalText: string;
  totalX: number;
  whisker: { x1: number; x2: number } | null;
}

export interface BarsModel {
  title: string;
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  xTicks: { position: number; label: string }[];
  xLabel: string;
  bars: BarShape[];
  legend: { label: string; colour: string; x: number; y: number }[];
}

export const BARS_FONT = 15;
const ROW = 40;
const BAR = 24;
const LEGEND_TOP = 50;
const LEGEND_ROW = 24;
const MAX_LABEL = 300;

export function barsModel(input: BarsInput): BarsModel {
  const { width, currency } = input;
  // Legend: only keys that appear in some row.
  const used = input.keys.filter((k) => input.rows.some((r) => (r.values[k.key] ?? 0) !== 0));
  const legend: BarsModel['legend'] = [];
  let lx = 0;
  let ly = 0;
  for (const k of used) {
    const w = 18 + 8 + estimateTextWidth(k.label, BARS_FONT) + 24;
    if (lx > 0 && lx + w > width - 40) { lx = 0; ly += LEGEND_ROW; }
    legend.push({ label: k.label, colour: k.colour, x: lx, y: ly });
    lx += w;
  }
  const legendRows = legend.length === 0 ? 0 : ly / LEGEND_ROW + 1;
  const top = LEGEND_TOP + legendRows * LEGEND_ROW + 10;
  const labelWidth = Math.min(MAX_LABEL, Math.max(80, ...input.rows.map((r) => estimateTextWidth(`${r.label}${r.mark ? ` ${r.mark}` : ''}`, BARS_FONT))));
  const left = 16 + labelWidth + 12;
  const totalRoom = estimateTextWidth('€0,000,000 ± €000,000', 14) + 16;
  const plot = { left, top, width: Math.max(40, width - left - totalRoom - 16), height: input.rows.length * ROW };
  const stacked = (r: BarRow, sign: 1 | -1) => input.keys.reduce((t, k) => t + (Math.sign(r.values[k.key] ?? 0) === sign ? r.values[k.key]! : 0), 0);
  const xMax = max(input.rows, (r) => Math.max(r.total + Math.max(0, r.ci95), stacked(r, 1))) ?? 0;
  const xMin = Math.min(0, ...input.rows.map((r) => Math.min(r.total - Math.max(0, r.ci95), stacked(r, -1))));
  const x = scaleLinear().domain([xMin, xMax > 0 ? xMax : xMin < 0 ? 0 : 1]).nice(5).range([plot.left, plot.left + plot.width]);

  const bars: BarShape[] = input.rows.map((r, k) => {
    const y = plot.top + k * ROW + (ROW - BAR) / 2;
    let right = 0;
    let left = 0;
    const segments: BarSegment[] = [];
    for (const key of input.keys) {
      const v = r.values[key.key] ?? 0;
      if (v === 0 || !Number.isFinite(v)) continue;
      const from = v > 0 ? right : left + v;
      if (v > 0) right += v;
      else left += v;
      const x0 = x(from);
      const w = x(from + Math.abs(v)) - x0;
      const amount = formatMoneyShort(v, currency);
      segments.push({ key: key.key, x: x0, width: w, colour: key.colour, text: estimateTextWidth(amount, 13) + 8 <= w ? amount : '', readout: `${r.label} — ${key.label}: ${formatMoney(v, currency)}` });
    }
    const ci = Math.max(0, r.ci95);
    return {
      id: r.id,
      label: fitLabel(r.label, labelWidth - (r.mark ? estimateTextWidth(` ${r.mark}`, BARS_FONT) : 0), BARS_FONT),
      mark: r.mark ?? '',
      y, height: BAR,
      highlight: r.highlight ?? false,
      segments,
      totalText: ci > 0 ? `${formatMoney(r.total, currency)} ± ${formatMoney(ci, currency)}` : formatMoney(r.total, currency),
      totalX: x(Math.max(0, r.total) + ci) + 8,
      whisker: ci > 0 ? { x1: x(Math.max(xMin, r.total - ci)), x2: x(r.total + ci) } : null,
    };
  });

  return {
    title: input.title,
    width,
    height: plot.top + plot.height + 64,
    plot,
    xTicks: x.ticks(5).map((v) => ({ position: x(v), label: formatMoneyShort(v, currency) })),
    xLabel: input.xLabel ?? t('charts.barsX', { currency }),
    bars,
    legend: legend.map((e) => ({ ...e, x: e.x + plot.left, y: e.y + LEGEND_TOP })),
  };
}
