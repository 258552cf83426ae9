/**
 * Gap heatmap, the model: one row per day, one column per interval of the day, each cell coloured
 * by a signed value (agents available − agents required). Pure: `draw.ts` only joins it.
 *
 * Colour is never the only cue: the palette is diverging purple–orange (readable with the common
 * colour-blindness forms), short cells also carry a mark, every row ends with its verdict in
 * words, and the legend says which end means what.
 */
import { t } from '../../i18n';
import { formatNumber } from '../../format';
import { interpolatePuOr, scaleDiverging } from 'd3';
import { CLOSED_FILL } from '../palette';
import { estimateTextWidth } from '../textWidth';

export interface HeatmapRow {
  label: string;
  /** One value per column; null = closed (nothing required, nobody scheduled). */
  values: readonly (number | null)[];
  /** The row's verdict in words, e.g. "OK" or "short 12.5 agent-h". */
  note: string;
  /** Rows to emphasise (peak days). */
  highlight: boolean;
}

export interface HeatmapInput {
  title: string;
  rows: readonly HeatmapRow[];
  /** Label per column (e.g. "08:00"); only every few are printed. */
  columnLabels: readonly string[];
  /** What a cell's value means, with its unit. */
  valueLabel: string;
  negativeLabel: string;
  positiveLabel: string;
  /** The unit of a cell's value in the hover readout ("agents"). */
  unit?: string;
  width: number;
}

export interface HeatmapCell {
  row: number;
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  value: number | null;
  /** Below zero: drawn with a mark as well as a colour. */
  short: boolean;
  /** The hover readout: the day, the time, the value with its unit and meaning. */
  readout: string;
}

export interface HeatmapModel {
  title: string;
  width: number;
  height: number;
  cells: HeatmapCell[];
  rowLabels: { y: number; label: string; highlight: boolean }[];
  rowNotes: { y: number; label: string; short: boolean }[];
  columnTicks: { x: number; label: string }[];
  grid: { left: number; top: number; width: number; height: number };
  legend: { x: number; y: number; width: number; stops: { offset: number; colour: string }[]; labels: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[] ; title: string };
}

const CELL_HEIGHT = 26;

function readoutValue(value: number | null, input: HeatmapInput): string {
  if (value === null) return 'closed';
  const amount = `${formatNumber(Math.abs(value), 1, 1)}${input.unit ? ` ${input.unit}` : ''}`;
  return value < 0 ? `${input.negativeLabel} ${amount}` : value > 0 ? `${input.positiveLabel} ${amount}` : t('chart.balanced', { unit: input.unit ? ` ${input.unit}` : '' });
}
export const HEATMAP_FONT = 14;

/** The largest |value|, at least 1 so an all-zero map still has a scale. */
function extent(rows: readonly HeatmapRow[]): number {
  let m = 0;
  for (const r of rows) for (const v of r.values) if (v !== null && Number.isFinite(v)) m = Math.max(m, Math.abs(v));
  return m > 0 ? m : 1;
}

/** Build the heatmap model for a width in pixels; the height follows from the row count. */
export function heatmapModel(input: HeatmapInput): HeatmapModel {
  const columns = input.columnLabels.length;
  const labelWidth = Math.max(40, ...input.rows.map((r) => estimateTextWidth(r.label, HEATMAP_FONT))) + 16;
  const noteWidth = Math.max(40, ...input.rows.map((r) => estimateTextWidth(r.note, HEATMAP_FONT))) + 16;
  const top = 40;
  const left = labelWidth;
  const gridWidth = Math.max(columns, input.width - left - noteWidth - 8);
  const cellWidth = columns > 0 ? gridWidth / columns : 0;
  const gridHeight = input.rows.length * CELL_HEIGHT;
  const m = extent(input.rows);
  // d3's PuOr runs purple (0) → orange (1): shortages (negative) take the orange end, a warning.
  // Its darkest 12% at each end is left out so marks and text stay visible on every cell.
  const colour = scaleDiverging((t: number) => interpolatePuOr(0.12 + 0.76 * t)).domain([m, 0, -m]).clamp(true);

  const cells: HeatmapCell[] = [];
  input.rows.forEach((r, row) => {
    r.values.forEach((v, column) => {
      const value = v !== null && Number.isFinite(v) ? v : null;
      cells.push({
        row, column,
        x: left + column * cellWidth, y: top + row * CELL_HEIGHT, width: cellWidth, height: CELL_HEIGHT,
        fill: value === null ? CLOSED_FILL : colour(value),
        value, short: value !== null && value < 0,
        readout: `${r.label}, ${input.columnLabels[column] ?? ''}: ${readoutValue(value, input)}`,
      });
    });
  });

  // A label every hour or every 2–3 hours, whichever leaves ≥ 48 px between labels.
  const step = Math.max(1, Math.ceil(48 / Math.max(cellWidth, 1)));
  const columnTicks = input.columnLabels
    .map((label, column) => ({ x: left + column * cellWidth, label, column }))
    .filter((t) => t.column % step === 0)
    .map(({ x, label }) => ({ x, label }));

  const legendTop = top + gridHeight + 66;
  const legendWidth = Math.min(360, gridWidth);
  const stops = [0, 0.25, 0.5, 0.75, 1].map((offset) => ({ offset, colour: colour(-m + 2 * m * offset) }));
  const fmt = (v: number) => (Math.abs(v) >= 10 ? Math.round(v).toString() : v.toFixed(1).replace(/\.0$/, ''));
  return {
    title: input.title,
    width: input.width,
    height: legendTop + 56,
    cells,
    rowLabels: input.rows.map((r, row) => ({ y: top + row * CELL_HEIGHT + CELL_HEIGHT / 2, label: r.label, highlight: r.highlight })),
    rowNotes: input.rows.map((r, row) => ({ y: top + row * CELL_HEIGHT + CELL_HEIGHT / 2, label: r.note, short: r.values.some((v) => v !== null && v < 0) })),
    columnTicks,
    grid: { left, top, width: gridWidth, height: gridHeight },
    legend: {
      x: left, y: legendTop, width: legendWidth, stops, title: input.valueLabel,
      labels: [
        { x: left, label: `${input.negativeLabel} ${fmt(m)}`, anchor: 'start' },
        { x: left + legendWidth / 2, label: '0', anchor: 'middle' },
        { x: left + legendWidth, label: `${input.positiveLabel} ${fmt(m)}`, anchor: 'end' },
      ],
    },
  };
}
