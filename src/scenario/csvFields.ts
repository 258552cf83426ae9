/**
 * Field readers for forecast CSV files as spreadsheets write them: ISO or French dates, times with
 * or without seconds, decimal points or commas, spaces as thousands separators.
 */

const NUMBER_RE = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i;
const FRENCH_DATE_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const TIME_WITH_SECONDS_RE = /^(\d{1,2}:\d{2}):(\d{2})$/;

/**
 * A number from a CSV cell: `12.5`, `12,5` (French decimal comma), `1 234,5` (spaces, including
 * the no-break spaces French Excel uses, as thousands separators), `1e-7`. Null when it is not
 * one number.
 */
export function readNumber(cell: string): number | null {
  const compact = cell.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!NUMBER_RE.test(compact)) return null;
  const value = Number(compact.replace(',', '.'));
  if (!Number.isFinite(value)) return null;
  return value === 0 ? 0 : value; // no -0 in results
}

/** An ISO date from `YYYY-MM-DD` or the French `DD/MM/YYYY`; the text unchanged otherwise. */
export function readDate(cell: string): string {
  const text = cell.trim();
  const m = FRENCH_DATE_RE.exec(text);
  if (!m) return text;
  return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** `HH:MM` from `HH:MM` or `HH:MM:00` (spreadsheets add seconds); the text unchanged otherwise. */
export function readTime(cell: string): string {
  const text = cell.trim();
  const m = TIME_WITH_SECONDS_RE.exec(text);
  return m && m[2] === '00' ? m[1] : text;
}
