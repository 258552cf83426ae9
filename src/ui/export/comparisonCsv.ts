/**
 * The comparison as CSV: one row per strategy × channel × day, the simulated means with their
 * 95% half-widths (`…Ci95`), then the strategy's horizon cost and extra cost over the baseline
 * (repeated on each of its rows, so a filter on one row keeps them). Columns are documented in
 * docs/keep-share-export.md and are a contract like the command line's JSON fields.
 */
import { addDays } from '../../scenario/calendar';
import type { ResolvedScenario } from '../../scenario/model';
import type { ComparisonOutcome } from '../../simulation/run/jobTypes';
import { type CsvDialect, csvText, numberCell, textCell } from './csvCells';
import type { DayFigure } from '../../simulation/run/dayFigures';
import { costIn } from '../compare/costView';

/** Day figures in column order, with the decimals each keeps. */
const FIGURES = [
  ['offered', 2], ['answered', 2], ['abandoned', 2], ['serviceLevel', 4], ['answerRate', 4], ['asaSeconds', 1], ['occupancy', 4],
] as const;

export const COMPARISON_CSV_COLUMNS: readonly string[] = [
  'strategy', 'strategyName', 'source', 'channel', 'channelName', 'date',
  ...FIGURES.flatMap(([name]) => [name, `${name}Ci95`]),
  'meetsTargets', 'strategyCost', 'strategyCostCi95', 'extraCost', 'currency', 'extraCostCi95',
];

export function comparisonCsv(outcome: ComparisonOutcome, resolved: ResolvedScenario, dialect: CsvDialect): string {
  const rows: string[][] = [[...COMPARISON_CSV_COLUMNS]];
  const text = textCell;
  const num = (x: number | null, digits: number) => numberCell(x, dialect, digits);
  for (const o of outcome.strategies) {
    const cost = o.simulated.cost;
    const extra = costIn(o, 'extra');
    const tail = [o.simulated.meetsTargets ? 'yes' : 'no', num(cost.total.mean, 2), num(cost.total.ci95, 2), num(extra.mean, 2), text(cost.currency), num(extra.ci95, 2)];
    for (const c of resolved.channels) {
      const days = o.simulated.byDay?.[c.id] ?? [];
      for (let d = 0; d < resolved.days; d++) {
        const day = days[d];
        const cells = FIGURES.flatMap(([name, digits]) => {
          const f: DayFigure | null | undefined = day?.[name];
          return [num(f?.mean ?? null, digits), num(f?.ci95 ?? null, digits)];
        });
        rows.push([text(o.id), text(o.name), o.source, text(c.id), text(c.name), addDays(resolved.startDate, d), ...cells, ...tail]);
      }
    }
  }
  return csvText(rows, dialect);
}
