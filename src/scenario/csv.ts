/**
 * Forecast CSV import and export (docs/cli.md, "forecast").
 *
 * Two layouts, both with a header line:
 * - long: `date,time,channel,volume`, one row per channel per interval;
 * - wide: `date,time,<channel>,<channel>…`, one row per interval.
 * The separator is `,` or `;`, detected from the header (whichever it holds more of). With `;`,
 * volumes may use a decimal comma (`12,5`), as French Excel writes them. Dates are `YYYY-MM-DD`
 * or `DD/MM/YYYY`; times `HH:MM` (or `HH:MM:00`) at the start of an interval. A cell may be
 * quoted but may not span lines, so that line numbers in problems are the file's own: a line
 * with an unclosed quote is refused (rather than merged with the next, or swallowing the file).
 * A bad file reports its first CSV_PROBLEMS_SHOWN bad lines and a count of the rest.
 *
 * Missing rows: for a channel that appears in the file, every interval the file does not list has
 * volume 0 (exports usually leave closed hours out). A channel that does not appear keeps the
 * scenario's current forecast (`applyForecast`), so importing a voice-only file leaves chat alone.
 * Nothing is applied unless every line is valid.
 */
import Papa from 'papaparse';
import { codeProblems, type ProblemCode, type ProblemParams } from './problemCodes';
import { intervalIndexOf, intervalStart, intervalsPerDay } from './calendar';
import { readDate, readNumber, readTime } from './csvFields';
import { aboveMessage, CSV_FILE_CHARACTERS, INTERVAL_VOLUME, sizeMessage } from './limits';
import type { ResolvedScenario } from './model';
import { channelArrivals } from './resolveForecast';
import type { ScenarioFile } from './schema';
import { ownEntry } from './reservedIds';
import { followForecastEvents } from './uncertainty';

/** A bad line of a CSV file: 1-based line number (the header is line 1) and why. */
export interface CsvProblem {
  line: number;
  /** The English message (what the command line prints). */
  message: string;
  /** Its code and values (problemCodes.ts), for the app to render it in its language. */
  code?: ProblemCode;
  params?: ProblemParams;
}

export type ForecastCsvResult =
  | { ok: true; volumes: Record<string, number[]> }
  | { ok: false; problems: CsvProblem[] };

type Layout = { kind: 'long'; date: number; time: number; channel: number; volume: number } | { kind: 'wide'; channels: string[] };

/** Quote characters of a line; an odd count means a quoted cell runs on past the line's end. */
function quoteCount(line: string): number {
  let n = 0;
  for (let i = line.indexOf('"'); i >= 0; i = line.indexOf('"', i + 1)) n++;
  return n;
}

/** Problems shown of a bad file: the first ones, then a count (a million bad rows is one message). */
export const CSV_PROBLEMS_SHOWN = 20;

class CappedProblems {
  private readonly shown: CsvProblem[] = [];
  private firstHidden = 0;
  count = 0;

  add(problem: CsvProblem): void {
    this.count++;
    if (this.shown.length < CSV_PROBLEMS_SHOWN) this.shown.push(problem);
    else if (this.firstHidden === 0) this.firstHidden = problem.line;
  }

  list(): CsvProblem[] {
    const hidden = this.count - this.shown.length;
    if (hidden === 0) return this.shown;
    return [...this.shown, { line: this.firstHidden, message: `and ${hidden.toLocaleString('en-US')} more bad line(s) from this one on (the first ${CSV_PROBLEMS_SHOWN} are shown)` }];
  }
}

function detectSeparator(headerLine: string): ',' | ';' {
  const count = (ch: string) => headerLine.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** The layout a header describes, or why it describes none. */
function readHeader(cells: string[], channelIds: Set<string>): { ok: true; layout: Layout } | { ok: false; message: string } {
  const names = cells.map((c) => c.trim());
  const lower = names.map((n) => n.toLowerCase());
  const expected = 'a header is required: date,time,channel,volume (long form) or date,time,<channel>,… (wide form)';
  if (lower[0] !== 'date' || lower[1] !== 'time') return { ok: false, message: `${expected}; got '${names.join(',')}'` };
  if (lower.length === 4 && lower[2] === 'channel' && lower[3] === 'volume') {
    return { ok: true, layout: { kind: 'long', date: 0, time: 1, channel: 2, volume: 3 } };
  }
  const channels = names.slice(2);
  if (channels.length === 0) return { ok: false, message: `${expected}; no channel column` };
  const unknown = channels.filter((c) => !channelIds.has(c));
  if (unknown.length > 0) {
    return { ok: false, message: `unknown channel column(s) ${unknown.map((c) => `'${c}'`).join(', ')} (channels: ${[...channelIds].join(', ')})` };
  }
  const seen = new Set<string>();
  for (const c of channels) {
    if (seen.has(c)) return { ok: false, message: `channel column '${c}' appears twice` };
    seen.add(c);
  }
  return { ok: true, layout: { kind: 'wide', channels } };
}

/**
 * Reads per-interval volumes from a CSV file for `scenario`'s horizon and channels. Every bad line
 * is reported with its number and reason; a file with any bad line yields no volumes.
 */
export function parseForecastCsv(text: string, scenario: ScenarioFile): ForecastCsvResult {
  const result = readForecastCsv(text, scenario);
  return result.ok ? result : { ok: false, problems: codeProblems(result.problems) };
}

function readForecastCsv(text: string, scenario: ScenarioFile): ForecastCsvResult {
  if (text.length > CSV_FILE_CHARACTERS.max) {
    return { ok: false, problems: [{ line: 1, message: `the file holds ${text.length.toLocaleString('en-US')} characters: ${sizeMessage(CSV_FILE_CHARACTERS)}` }] };
  }
  const body = text.replace(/^\ufeff/, ''); // Excel's UTF-8 byte-order mark
  const lines = body.split(/\r\n|\n|\r/);
  if (lines.every((l) => l.trim() === '')) return { ok: false, problems: [{ line: 1, message: 'the file is empty: a header line is required' }] };
  const spanning = lines.findIndex((l) => quoteCount(l) % 2 === 1);
  if (spanning >= 0) {
    return { ok: false, problems: [{ line: spanning + 1, message: 'a quote opens a cell that does not close on this line: a cell must stay on one line' }] };
  }
  const separator = detectSeparator(lines[0]);
  const parsed = Papa.parse<string[]>(body, { delimiter: separator, header: false, skipEmptyLines: false });
  const rows = parsed.data;
  const channelIds = new Set(scenario.channels.map((c) => c.id));
  const header = readHeader(rows[0] ?? [], channelIds);
  if (!header.ok) return { ok: false, problems: [{ line: 1, message: header.message }] };
  const layout = header.layout;

  const horizon = { startDate: scenario.startDate, days: scenario.days, intervalMinutes: scenario.intervalMinutes };
  const count = scenario.days * intervalsPerDay(scenario.intervalMinutes);
  // Null prototype: keys are channel names read from the file (reservedIds.ts).
  const volumes: Record<string, number[]> = Object.create(null);
  const firstLine = new Map<string, number>(); // `${channel}@${interval}` → line that set it
  const problems = new CappedProblems();
  const width = layout.kind === 'long' ? 4 : 2 + layout.channels.length;
  if (layout.kind === 'wide') for (const c of layout.channels) volumes[c] = new Array<number>(count).fill(0);

  const setVolume = (line: number, channel: string, index: number, cell: string, column: string): string | null => {
    const value = readNumber(cell);
    if (cell.trim() === '') return `${column} is empty`;
    if (value === null) return `${column} '${cell.trim()}' is not a number${separator === ',' && /\d,\d/.test(cell) ? ' (a decimal comma needs the ; separator or quotes)' : ''}`;
    if (value < 0) return `${column} ${cell.trim()} is negative`;
    if (value > INTERVAL_VOLUME.max) return `${column} ${cell.trim()} ${aboveMessage(INTERVAL_VOLUME)}`;
    const key = `${channel}@${index}`;
    const earlier = firstLine.get(key);
    if (earlier !== undefined) return `duplicate row: channel '${channel}' at this date and time is already on line ${earlier}`;
    firstLine.set(key, line);
    volumes[channel] ??= new Array<number>(count).fill(0);
    volumes[channel][index] = value;
    return null;
  };

  for (let r = 1; r < rows.length; r++) {
    const line = r + 1;
    const cells = rows[r];
    if (cells.every((c) => c.trim() === '')) continue; // blank line, or `;;;` from a spreadsheet
    if (cells.length !== width) {
      problems.add({ line, message: `expected ${width} fields, got ${cells.length}` });
      continue;
    }
    const date = readDate(cells[0]);
    const time = readTime(cells[1]);
    const at = intervalIndexOf(horizon, date, time);
    if (!at.ok) {
      problems.add({ line, message: at.reason });
      continue;
    }
    const reasons: string[] = [];
    if (layout.kind === 'long') {
      const channel = cells[layout.channel].trim();
      if (!channelIds.has(channel)) reasons.push(`unknown channel '${channel}' (channels: ${[...channelIds].join(', ')})`);
      else {
        const reason = setVolume(line, channel, at.index, cells[layout.volume], 'volume');
        if (reason) reasons.push(reason);
      }
    } else {
      layout.channels.forEach((channel, k) => {
        const reason = setVolume(line, channel, at.index, cells[2 + k], channel);
        if (reason) reasons.push(reason);
      });
    }
    if (reasons.length > 0) problems.add({ line, message: reasons.join('; ') });
  }
  return problems.count > 0 ? { ok: false, problems: problems.list() } : { ok: true, volumes };
}

/**
 * The scenario with its forecast replaced by per-interval volumes (kind `intervals`): the given
 * channels take `volumes`, the others keep what their current forecast resolves to. Peak events
 * of a profile forecast are thereby baked into the numbers.
 */
export function applyForecast(file: ScenarioFile, volumes: Record<string, number[]>): ScenarioFile {
  const next: Record<string, number[]> = {};
  for (const channel of file.channels) {
    const given = ownEntry(volumes, channel.id);
    next[channel.id] = given ? given.slice() : channelArrivals(file, channel.id);
  }
  // Events are baked into the numbers: the uncertainty entries resting on them go (uncertainty.ts).
  return followForecastEvents(file, { ...file, forecast: { kind: 'intervals', volumes: next } });
}

/**
 * Long-form CSV of a resolved scenario's arrivals, every interval of every channel, in full
 * precision so that parsing it back gives the same numbers. With `;` the volumes use a decimal
 * comma (French Excel).
 */
export function exportForecastCsv(resolved: ResolvedScenario, options: { separator?: ',' | ';' } = {}): string {
  const sep = options.separator ?? ',';
  const format = (n: number) => (sep === ';' ? String(n).replace('.', ',') : String(n));
  const out: string[] = [['date', 'time', 'channel', 'volume'].join(sep)];
  for (let i = 0; i < resolved.intervalCount; i++) {
    const { date, time } = intervalStart(resolved, i);
    resolved.channels.forEach((channel, c) => {
      out.push([date, time, channel.id, format(resolved.arrivals[c][i])].join(sep));
    });
  }
  return `${out.join('\n')}\n`;
}
