/**
 * Loading a scenario: parse → migrate → validate (schema, then cross-field checks). User input
 * never throws; it yields a list of problems, each naming the path of the field to fix.
 */
import { applyStrategyChecked } from '../simulation/levers';
import { crossCheckScenario } from './crossChecks';
import { migrateScenario } from './migrate';
import type { Problem } from './problems';
import { zodProblems } from './problems';
import type { ScenarioFile } from './schema';
import { ScenarioSchema } from './schema';
import { resolveScenario } from './resolve';
import { protoKeyPaths } from './reservedIds';
import { SCENARIO_FILE_CHARACTERS, sizeMessage } from './limits';
import { magnitudeProblems } from './magnitudes';
import type { ResolvedScenario } from './model';

/** A valid scenario (defaults filled in, `migratedFrom` set when it was an older version), or why not. */
export type ParseResult =
  | { ok: true; scenario: ScenarioFile; migratedFrom?: number }
  | { ok: false; problems: Problem[] };

/** Validates a scenario already parsed from JSON (or built by the app). */
export function parseScenario(input: unknown): ParseResult {
  const protoKeys = protoKeyPaths(input);
  if (protoKeys.length > 0) return { ok: false, problems: protoKeys.map((path) => ({ path, message: "unknown field '__proto__'" })) };
  const migrated = migrateScenario(input);
  if (!migrated.ok) return migrated;
  const result = ScenarioSchema.safeParse(migrated.value);
  if (!result.success) return { ok: false, problems: zodProblems(result.error) };
  const problems = crossCheckScenario(result.data);
  if (problems.length > 0) return { ok: false, problems };
  // Bounds on products of fields (a day's volume × its events, volume × handle time): limits.ts.
  const resolved = resolveScenario(result.data);
  problems.push(...magnitudeProblems(result.data, resolved));
  if (problems.length > 0) return { ok: false, problems };
  problems.push(...leverProblems(result.data, resolved));
  if (problems.length > 0) return { ok: false, problems };
  return migrated.migratedFrom === undefined
    ? { ok: true, scenario: result.data }
    : { ok: true, scenario: result.data, migratedFrom: migrated.migratedFrom };
}

/**
 * Levers have one schema per kind (simulation/levers): each strategy is applied to the resolved
 * scenario once, which checks its parameters and that its channel and pool ids exist.
 */
function leverProblems(file: ScenarioFile, resolved: ResolvedScenario): Problem[] {
  if (file.strategies.length === 0) return [];
  // A lever's validity depends only on its parameters and on the ids and kinds it refers to;
  // the editor validates on every keystroke, so the last answer is kept for unchanged ones.
  const key = JSON.stringify([
    file.strategies, file.startDate, file.days, file.intervalMinutes,
    file.channels.map((c) => [c.id, c.kind]), file.pools.map((p) => [p.id, p.kind, p.skills, p.staffing]), // staffing: overtime sizing budget
  ]);
  if (lastLeverCheck?.key === key) return lastLeverCheck.problems;
  const problems = file.strategies.flatMap((strategy, k) => {
    const applied = applyStrategyChecked(resolved, strategy, `strategies[${k}]`);
    return applied.ok ? [] : applied.problems;
  });
  lastLeverCheck = { key, problems };
  return problems;
}

let lastLeverCheck: { key: string; problems: Problem[] } | null = null;

/** Validates a scenario file's text; bad JSON is one problem at path '' with the parser's message. */
export function parseScenarioText(text: string): ParseResult {
  if (text.length > SCENARIO_FILE_CHARACTERS.max) {
    return { ok: false, problems: [{ path: '', message: `the file holds ${text.length.toLocaleString('en-US')} characters: ${sizeMessage(SCENARIO_FILE_CHARACTERS)}` }] };
  }
  let input: unknown;
  try {
    // A UTF-8 byte-order mark (Windows editors write one) is not part of the JSON.
    input = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    // One line: the parser's message may quote the text, newlines included.
    return { ok: false, problems: [{ path: '', message: `not valid JSON: ${(error as Error).message.replace(/\s+/g, ' ')}` }] };
  }
  return parseScenario(input);
}
