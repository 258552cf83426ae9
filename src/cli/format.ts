/** Human-readable output: aligned tables and key/value blocks. Figures never print as NaN. */

export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '—';
    if (Number.isInteger(value)) return String(value);
    return Math.abs(value) >= 100 ? value.toFixed(1) : value.toPrecision(4).replace(/\.?0+$/, '');
  }
  return String(value);
}

export function formatTable(rows: Record<string, unknown>[], columns?: string[]): string {
  if (rows.length === 0) return '(nothing)\n';
  const cols = columns ?? Object.keys(rows[0]!);
  const cells = rows.map((row) => cols.map((c) => formatValue(row[c])));
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) => values.map((v, i) => v.padStart(widths[i]!)).join('  ').trimEnd();
  return `${[line(cols), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')}\n`;
}

export function formatRecord(record: Record<string, unknown>): string {
  const keys = Object.keys(record);
  const width = Math.max(...keys.map((k) => k.length));
  return `${keys.map((k) => `${k.padEnd(width)}  ${formatValue(record[k])}`).join('\n')}\n`;
}
