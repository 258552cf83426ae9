/**
 * Cost versus service, the model: one point per strategy (x = cost, y = service level), the
 * frontier — strategies no other beats on both cost and service — joined by a line, and the
 * target share as a dashed line. Pure; `draw.ts` joins it.
 *
 * Pass or fail is a shape as well as a colour (a filled disc meets every target, a cross misses
 * one), and every point is labelled; labels are pushed down until they no longer overlap.
 */
import { t } from '../../i18n';
import { extent, scaleLinear } from 'd3';
import { formatPercent } from '../../format';
import { formatMoney, formatMoneyShort } from '../money';
import { estimateTextWidth } from '../textWidth';

export interface ScatterPoint {
  id: string;
  label: string;
  cost: number;
  /** 95% half-width of the cost, drawn as a horizontal whisker; 0 = none. */
  costCi95: number;
  /** 0–1; a strategy without a figure is left out. */
  serviceLevel: number | null;
  meetsTargets: boolean;
  highlight?: boolean;
}

export interface ScatterInput {
  title: string;
  currency: string;
  points: readonly ScatterPoint[];
  /** Ids of the frontier's points. */
  frontier: readonly string[];
  target: { value: number; label: string } | null;
  yLabel: string;
  /** Under the x axis; by default the total cost over the horizon. */
  xLabel?: string;
  /** The legend's words for pass and fail (a per-channel chart judges that channel only). */
  passLabel?: string;
  failLabel?: string;
  width: number;
  height: number;
}

export interface ScatterMark {
  id: string;
  x: number;
  y: number;
  pass: boolean;
  highlight: boolean;
  whisker: { x1: number; x2: number } | null;
  /** Points drawn on the same spot share one label, a line per strategy (the first carries it). */
  label: { x: number; y: number; lines: string[]; anchor: 'start' | 'end' };
  /** The hover readout: the strategy, its cost with the interval, its service level, pass/fail. */
  readout: string;
}

export interface ScatterModel {
  title: string;
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  xTicks: { position: number; label: string }[];
  yTicks: { position: number; label: string }[];
  xLabel: string;
  yLabel: string;
  marks: ScatterMark[];
  frontier: string;
  target: { y: number; label: string } | null;
  legend: { kind: 'pass' | 'fail' | 'frontier' | 'target'; label: string; x: number; y: number }[];
}

export const SCATTER_FONT = 14;
export const PASS_COLOUR = '#009E73';
export const FAIL_COLOUR = '#D55E00';
const LEGEND_TOP = 50;
export const LABEL_GAP = 18;

/** `text`, cut with an ellipsis to fit `room` pixels at the chart's font. */
export function fitText(text: string, room: number): string {
  if (estimateTextWidth(text, SCATTER_FONT) <= room) return text;
  let cut = text;
  while (cut.length > 1 && estimateTextWidth(`${cut}…`, SCATTER_FONT) > room) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

export function scatterModel(input: ScatterInput): ScatterModel {
  const { width, height, currency } = input;
  const points = input.points.filter((p) => p.serviceLevel !== null && Number.isFinite(p.serviceLevel) && Number.isFinite(p.cost));
  const legendItems: { kind: ScatterModel['legend'][number]['kind']; label: string }[] = [
    { kind: 'pass', label: input.passLabel ?? t('charts.meetsEvery') },
    { kind: 'fail', label: input.failLabel ?? t('charts.missesOne') },
    { kind: 'frontier', label: t('charts.frontier') },
  ];
  if (input.target) legendItems.push({ kind: 'target', label: input.target.label });
  const legend: ScatterModel['legend'] = [];
  let lx = 0;
  let ly = 0;
  for (const item of legendItems) {
    const w = 30 + estimateTextWidth(item.label, SCATTER_FONT) + 24;
    if (lx > 0 && lx + w > width - 60) { lx = 0; ly += 24; }
    legend.push({ ...item, x: lx, y: ly });
    lx += w;
  }
  const top = LEGEND_TOP + ly + 24 + 16;
  const left = 24 + estimateTextWidth('100 %', SCATTER_FONT) + 12;
  const plot = { left, top, width: Math.max(40, width - left - 24), height: Math.max(40, height - top - 64) };

  const [c0, c1] = extent(points.flatMap((p) => [p.cost - p.costCi95, p.cost + p.costCi95]));
  const pad = ((c1 ?? 1) - (c0 ?? 0)) * 0.08 || Math.max(1, Math.abs(c1 ?? 1) * 0.05);
  // Totals never go below 0; an extra cost may (a strategy cheaper than doing nothing).
  const low = (c0 ?? 0) >= 0 ? Math.max(0, (c0 ?? 0) - pad) : (c0 ?? 0) - pad;
  const x = scaleLinear().domain([low, (c1 ?? 1) + pad]).nice(5).range([plot.left, plot.left + plot.width]);
  const slValues = points.map((p) => p.serviceLevel as number);
  if (input.target) slValues.push(input.target.value);
  const yMin = Math.max(0, Math.floor(((Math.min(1, ...slValues) - 0.05) * 10)) / 10);
  const y = scaleLinear().domain([yMin, 1]).range([plot.top + plot.height, plot.top]);

  const marks: ScatterMark[] = points.map((p) => {
    const px = x(p.cost);
    const py = y(p.serviceLevel as number);
    // Labels to the right, or to the left in the right third so they stay inside.
    const anchor = px > plot.left + plot.width * 0.66 ? 'end' : 'start';
    return {
      id: p.id, x: px, y: py, pass: p.meetsTargets, highlight: p.highlight ?? false,
      whisker: p.costCi95 > 0 ? { x1: x(p.cost - p.costCi95), x2: x(p.cost + p.costCi95) } : null,
      label: { x: anchor === 'start' ? px + 12 : px - 12, y: py + 5, lines: [p.label], anchor },
      readout: `${p.label}: ${formatMoney(p.cost, currency)}${p.costCi95 > 0 ? ` ± ${formatMoney(p.costCi95, currency)}` : ''}, ${formatPercent(p.serviceLevel)}; ${p.meetsTargets ? t('charts.readoutMeets') : t('charts.readoutMisses')}`,
    };
  });
  // Strategies that land on the same spot (e.g. levers that change nothing) share one label.
  for (let k = 0; k < marks.length; k++) {
    for (let j = 0; j < k; j++) {
      const a = marks[j]!;
      const b = marks[k]!;
      if (a.label.lines.length > 0 && Math.abs(a.x - b.x) < 3 && Math.abs(a.y - b.y) < 3) {
        a.label.lines.push(...b.label.lines);
        b.label.lines = [];
        break;
      }
    }
  }
  // A label longer than the room beside its point is cut with an ellipsis, so it stays inside the
  // chart (a projector or a half-width chart); the full name is in the point's hover readout.
  const right = width - 4;
  for (const m of marks) {
    const room = m.label.anchor === 'start' ? right - m.label.x : m.label.x - 4;
    m.label.lines = m.label.lines.map((line) => fitText(line, room));
  }
  // Greedy, the highlighted strategy first, then in order of height: each label takes the nearest
  // free spot to its point, down or up, inside the plot. A label with no free spot is left out
  // rather than drawn over the axis or another label (its point keeps its hover readout).
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const order = [...marks].filter((k) => k.label.lines.length > 0).sort((a, b) => Number(b.highlight) - Number(a.highlight) || a.label.y - b.label.y);
  for (const m of order) {
    const w = Math.max(...m.label.lines.map((l) => estimateTextWidth(l, SCATTER_FONT)));
    const h = m.label.lines.length * LABEL_GAP;
    const x0 = m.label.anchor === 'start' ? m.label.x : m.label.x - w;
    // A block spans [ty − gap, ty − gap + h).
    const free = (ty: number) => ty - LABEL_GAP >= plot.top - 6 && ty - LABEL_GAP + h <= plot.top + plot.height + 6
      && !placed.some((q) => q.x0 < x0 + w && x0 < q.x1 && q.y0 < ty - LABEL_GAP + h && ty - LABEL_GAP < q.y1);
    let spot: number | null = null;
    for (let d = 0; d <= plot.height + h && spot === null; d += 4) {
      if (free(m.label.y + d)) spot = m.label.y + d;
      else if (free(m.label.y - d)) spot = m.label.y - d;
    }
    if (spot === null && !m.highlight) { m.label.lines = []; continue; }
    m.label.y = spot ?? m.label.y;
    placed.push({ x0, x1: x0 + w, y0: m.label.y - LABEL_GAP, y1: m.label.y - LABEL_GAP + h });
  }

  const byId = new Map(marks.map((m) => [m.id, m]));
  const frontierMarks = input.frontier.map((id) => byId.get(id)).filter((m): m is ScatterMark => m !== undefined).sort((a, b) => a.x - b.x);
  const frontier = frontierMarks.map((m, k) => `${k === 0 ? 'M' : 'L'}${m.x},${m.y}`).join('');

  return {
    title: input.title, width, height, plot,
    xTicks: x.ticks(5).map((v) => ({ position: x(v), label: formatMoneyShort(v, currency) })),
    yTicks: y.ticks(5).map((v) => ({ position: y(v), label: `${Math.round(v * 100)} %` })),
    xLabel: input.xLabel ?? t('charts.scatterX', { currency }),
    yLabel: input.yLabel,
    marks,
    frontier,
    target: input.target ? { y: y(input.target.value), label: input.target.label } : null,
    legend: legend.map((e) => ({ ...e, x: e.x + plot.left, y: e.y + LEGEND_TOP })),
  };
}
