/**
 * A column of numbers pasted from a spreadsheet (Excel, LibreOffice, Google Sheets): one value a
 * line, decimal points or commas, thousands spaces, an optional header line of text, blank lines
 * at the end (Excel adds one). Each bad line is reported with its number, like the CSV import.
 */
import { t } from '../i18n';
import { readNumber } from '../../scenario/csvFields';
import type { CsvProblem } from '../../scenario/csv';

export type PasteResult =
  | { ok: true; values: number[] }
  | { ok: false; problems: CsvProblem[] };

export interface PasteOptions {
  /** How many values are needed (an error names the difference); any count when absent. */
  expected?: number;
  /** Allow negative values (never for volumes or head-counts). */
  allowNegative?: boolean;
}

/** Reads a pasted column. Several columns (tab-separated) are refused: which one was meant? */
export function parsePastedColumn(text: string, options: PasteOptions = {}): PasteResult {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  const problems: CsvProblem[] = [];
  const values: number[] = [];
  let firstData = 0;
  // A header: the first line is text and not a number (`Volume`, `Agents`).
  if (lines.length > 0 && readNumber(lines[0]) === null && /[A-Za-zÀ-ÿ]/.test(lines[0])) firstData = 1;
  for (let k = firstData; k < lines.length; k++) {
    const line = k + 1;
    const raw = lines[k];
    if (raw.includes('\t')) {
      problems.push({ line, message: t('paste.severalColumns') });
      continue;
    }
    const cell = raw.trim();
    if (cell === '') {
      problems.push({ line, message: t('paste.empty') });
      continue;
    }
    const value = readNumber(cell);
    if (value === null) problems.push({ line, message: t('paste.notNumber', { cell }) });
    else if (value < 0 && !options.allowNegative) problems.push({ line, message: t('paste.negative', { cell }) });
    else values.push(value);
  }
  if (lines.length - firstData === 0) return { ok: false, problems: [{ line: 1, message: t('paste.nothing') }] };
  if (problems.length > 0) return { ok: false, problems };
  if (options.expected !== undefined && values.length !== options.expected) {
    const line = lines.length;
    const diff = values.length < options.expected ? t('paste.missing', { count: options.expected - values.length }) : t('paste.tooMany', { count: values.length - options.expected });
    return { ok: false, problems: [{ line, message: t('paste.count', { got: values.length, needed: options.expected, diff }) }] };
  }
  return { ok: true, values };
}
