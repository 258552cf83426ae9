/**
 * Cells of an exported CSV, for English and French spreadsheets: `,` with decimal points, or
 * `;` with decimal commas (French Excel). Text is quoted when it must be, and text starting
 * with `=`, `+`, `-`, `@` (or a tab or carriage return) gets a leading `'` so a spreadsheet
 * shows it instead of running it as a formula (CSV injection). Numbers are written by the app,
 * never by a user, so a negative number stays a number.
 */
export type CsvDialect = 'en' | 'fr';

export const SEPARATOR: Record<CsvDialect, string> = { en: ',', fr: ';' };

const FORMULA_START = /^[=+\-@\t\r]/;

export function textCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",;\n\r]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `digits` decimals at most, no trailing zeros; empty for null or a non-finite value. */
export function numberCell(value: number | null, dialect: CsvDialect, digits: number): string {
  if (value === null || !Number.isFinite(value)) return '';
  const text = String(Number(value.toFixed(digits)));
  return dialect === 'fr' ? text.replace('.', ',') : text;
}

/** Lines joined with CRLF, as RFC 4180 and spreadsheets expect. */
export function csvText(rows: string[][], dialect: CsvDialect): string {
  return `${rows.map((r) => r.join(SEPARATOR[dialect])).join('\r\n')}\r\n`;
}
