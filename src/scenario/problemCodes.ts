/**
 * Every problem message the scenario layer writes, as a code and a template with named values:
 * the command line prints the English message as it always has, and the app renders the same
 * problem in its own language from the code and the values (src/ui/i18n/problemWords.ts).
 *
 * One place: a message a module writes is classified here by matching the templates in order,
 * so the modules keep building their English sentences and nothing they print changes;
 * `codeProblems` runs where problems leave the scenario layer (parse, CSV, links, levers).
 * A template's `{{name}}` matches any text; more specific templates come first. A test checks
 * that every refusal of the fuzz corpus gets a code (test/scenario/problemCodes.test.ts).
 */

export const PROBLEM_TEMPLATES = {
  // Bounds from limits.ts (their reason after the colon) before the plain comparisons.
  fileTooLarge: 'the file holds {{count}} characters: must hold at most {{max}}: {{reason}}',
  above: 'must be ≤ {{max}}: {{reason}}',
  below: 'must be ≥ {{min}}: {{reason}}',
  size: 'must hold at most {{max}}: {{reason}}',
  decisionAidsWork: 'the sensitivity and the price of waiting would evaluate about {{count}} channel-intervals, above the limit of {{max}}: {{reason}}',
  exceeds: '{{what}} is {{value}}, above the limit of {{max}}: {{reason}}',
  required: 'is required',
  mustBeNumber: 'must be a number',
  mustBeString: 'must be a string',
  mustBeList: 'must be a list',
  wholeNumber: 'must be a whole number',
  numberPositive: 'must be a number > 0',
  positive: 'must be > 0',
  notNegative: 'must be ≥ 0',
  weekday: 'must be 1–7',
  intervalMinutes: 'must be 15, 30 or 60',
  capHours: 'must be ≤ capHoursPerDay ({{cap}})',
  atMost: 'must be ≤ {{max}}',
  atLeast: 'must be ≥ {{min}}',
  lessThan: 'must be < {{max}}',
  notEmpty: 'must not be empty',
  idFormat: 'must start with a letter and hold only letters, digits, _ or -',
  reservedId: 'must not be a name built into JavaScript objects (toString, constructor, valueOf, hasOwnProperty…): choose another id',
  timeRange: 'must be a time between 00:00 and 24:00',
  timeFormat: 'must be a time HH:MM',
  realDate: 'must be a real calendar date',
  dateFormat: 'must be a date YYYY-MM-DD',
  sevenTotals: 'must hold 7 daily totals, Monday first',
  oneChannel: 'must name at least one channel',
  oneWeekday: 'must name at least one weekday',
  holdChannel: 'must hold at least one channel',
  holdPool: 'must hold at least one pool',
  holdCase: 'must hold at least one case',
  unknownField: 'unknown field {{fields}}',
  inhouseOnly: "must be 'inhouse' (outsourcers and temps are levers)",
  distribution: "must be a distribution with dist '{{list}}' or '{{last}}'",
  forecastKind: "must be a forecast with kind '{{list}}' or '{{last}}'",
  staffingKind: "must be a staffing with kind '{{list}}' or '{{last}}'",
  modeOneOf: "must have mode '{{list}}' or '{{last}}'",
  leverKind: "must be one of '{{list}}'",
  invalidType: 'Invalid input: expected {{expected}}, received {{received}}',
  jsonObject: 'a scenario must be a JSON object',
  notJson: 'not valid JSON: {{detail}}',
  schemaVersionRange: 'must be a whole number from 0 to {{max}}',
  schemaVersionRequired: 'is required ({{version}} for files written by this version)',
  schemaVersionNewer: 'version {{version}} was written by a newer Renfort; this one reads up to {{max}}',
  // Cross-field checks (crossChecks.ts).
  duplicateId: "duplicate {{what}} id '{{id}}' (also {{other}})",
  onlyAbandon: 'only voice and chat contacts abandon; remove it for {{kind}}',
  onlyChatConcurrency: 'only chat runs sessions concurrently; must be 1 for {{kind}}',
  onlyChatMultiplier: 'only applies to chat; must be 1 for {{kind}}',
  targetNotAllowed: 'does not apply to {{kind}} (allowed: {{allowed}})',
  noForecast: "is required: channel '{{id}}' has no forecast",
  scheduledCount: 'must hold {{expected}} values ({{days}} days × {{perDay}} intervals), got {{got}}',
  weightsCount: 'must hold {{expected}} values (one weight per {{minutes}}-minute interval of the day), got {{got}}',
  weekdayTwice: 'weekday {{weekday}} is already in {{other}}',
  zeroWeights: 'every weight is 0 but {{field}} ({{day}}) has volume {{volume}}: it would have no interval to arrive in',
  onOrAfterStart: 'must be on or after start ({{start}})',
  notBeforeStart: 'must not be before start ({{start}})',
  shiftBoundary: 'must be on a {{minutes}}-minute interval boundary, got {{got}}',
  before24: 'must be before 24:00 (use 00:00)',
  listedTwice: "channel '{{id}}' is listed twice",
  noPoolServes: "no pool serves channel '{{id}}': add it to some pool's skills",
  // The uncertainty block (crossChecks.ts).
  unknownEvent: "unknown event '{{event}}' (events: {{events}})",
  eventTwice: "event '{{event}}' is listed twice",
  noPeakEvents: 'the forecast has no peak events (only a profile forecast has events)',
  peakDaysNoEvents: 'acts on peak days, and the forecast has no peak events to say which days they are',
  // Levers (scenario/levers/).
  unknownChannelKnown: "unknown channel '{{id}}' (known: {{known}})",
  unknownPool: "unknown in-house pool '{{id}}' (known: {{known}})",
  noInhousePool: 'the scenario has no in-house pool',
  noVoiceChannel: 'is required: the scenario has no voice channel',
  mustBeVoice: "must name a voice channel ('{{id}}' is {{kind}})",
  noSourcePool: 'is required: no in-house pool serves another channel',
  queueAboveRequired: 'is required for a dynamic reallocation (or give waitAboveSeconds)',
  sharesAddUp: 'shares must add up to ≤ 1 (they add up to {{sum}})',
  elasticPricing: "must be 'perContact' or 'perMinute' for elastic capacity",
  oneOf: "must be '{{list}}' or '{{last}}'",
  // Forecast CSV files (csv.ts), one reason each; a line with several joins them with '; '.
  csvEmpty: 'the file is empty: a header line is required',
  csvQuote: 'a quote opens a cell that does not close on this line: a cell must stay on one line',
  csvHeaderGot: "a header is required: date,time,channel,volume (long form) or date,time,<channel>,… (wide form); got '{{names}}'",
  csvHeaderNoChannel: 'a header is required: date,time,channel,volume (long form) or date,time,<channel>,… (wide form); no channel column',
  csvUnknownColumns: 'unknown channel column(s) {{columns}} (channels: {{known}})',
  csvColumnTwice: "channel column '{{id}}' appears twice",
  csvFields: 'expected {{width}} fields, got {{got}}',
  csvUnknownChannel: "unknown channel '{{id}}' (channels: {{known}})",
  csvDuplicateRow: "duplicate row: channel '{{id}}' at this date and time is already on line {{line}}",
  csvDecimalComma: "{{column}} '{{cell}}' is not a number (a decimal comma needs the ; separator or quotes)",
  csvNotNumber: "{{column}} '{{cell}}' is not a number",
  csvNegative: '{{column}} {{cell}} is negative',
  csvAbove: '{{column}} {{cell}} must be ≤ {{max}}: {{reason}}',
  csvEmptyCell: '{{column}} is empty',
  csvMore: 'and {{count}} more bad line(s) from this one on (the first {{shown}} are shown)',
  csvNotDate: "'{{date}}' is not a date YYYY-MM-DD",
  csvOutside: 'date {{date}} is outside the horizon {{from}} – {{to}}',
  csvNotTime: "'{{time}}' is not a time HH:MM",
  csvOffBoundary: 'time {{time}} is not on a {{minutes}}-minute interval boundary',
  unknownChannel: "unknown channel '{{id}}'",
  // Shared links (link.ts).
  linkNoPart: "the link has no '{{key}}=' part",
  linkEmpty: 'the link carries no scenario (nothing after scenario=)',
  linkAlphabet: 'the link is damaged: characters outside base64url (A–Z, a–z, 0–9, - and _)',
  linkLength: 'the link is damaged: its length is not that of base64url data (cut short?)',
  linkTooLarge: 'the link unpacks to more than {{mb}} MB',
  linkUnpack: 'the link is damaged: its data does not unpack (cut short or altered?)',
  linkUtf8: 'the link is damaged: its data is not UTF-8 text',
} as const;

export type ProblemCode = keyof typeof PROBLEM_TEMPLATES | 'several';
export type ProblemParams = Record<string, string>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const MATCHERS = Object.entries(PROBLEM_TEMPLATES).map(([code, template]) => {
  const names = [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
  const pattern = template.split(/\{\{\w+\}\}/).map(escapeRegExp).join('(.+?)');
  return { code: code as ProblemCode, names, re: new RegExp(`^${pattern}$`, 's') };
});

/** The code and values of one English message, or null when no template matches it. */
export function codeOf(message: string): { code: ProblemCode; params: ProblemParams } | null {
  for (const { code, names, re } of MATCHERS) {
    const m = re.exec(message);
    if (m) return { code, params: Object.fromEntries(names.map((n, k) => [n, m[k + 1]!])) };
  }
  return null;
}

/**
 * A message's reasons: its `; `-joined parts when each is a known message (a CSV line with
 * several bad cells), else the whole message if a template matches it.
 */
export function clausesOf(message: string): { code: ProblemCode; params: ProblemParams }[] | null {
  const parts = message.split('; ').map(codeOf);
  if (parts.length > 1 && parts.every((p) => p !== null)) return parts as { code: ProblemCode; params: ProblemParams }[];
  const whole = codeOf(message);
  return whole ? [whole] : null;
}

/** The problem with its code and values added (its message unchanged). */
export function withCode<P extends { message: string; code?: ProblemCode; params?: ProblemParams }>(problem: P): P {
  if (problem.code !== undefined) return problem;
  const clauses = clausesOf(problem.message);
  if (clauses === null) return problem;
  return clauses.length === 1
    ? { ...problem, code: clauses[0]!.code, params: clauses[0]!.params }
    : { ...problem, code: 'several', params: { count: String(clauses.length) } };
}

export function codeProblems<P extends { message: string; code?: ProblemCode; params?: ProblemParams }>(problems: readonly P[]): P[] {
  return problems.map(withCode);
}
