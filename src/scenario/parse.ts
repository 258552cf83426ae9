/**
 * Loading a scenario: parse → migrate → validate (schema, then cross-field checks). User input
 * never throws; it yields a list of problems, each naming the path of the field to fix.
 */
import { crossCheckScenario } from './crossChecks';
import { leverReferenceProblems } from './levers/references';
import { migrateScenario } from './migrate';
import type { Problem } from './problems';
import { zodProblems } from './problems';
import { codeProblems } from './problemCodes';
import type { ScenarioFile } from './schema';
import { ScenarioSchema } from './schema';
import { resolveScenario } from './resolve';
import { protoKeyPaths } from './reservedIds';
import { SCENARIO_FILE_CHARACTERS, sizeMessage } from './limits';
import { magnitudeProblems } from './magnitudes';

/** A valid scenario (defaults filled in, `migratedFrom` set when it was an older version), or why not. */
export type ParseResult =
  | { ok: true; scenario: ScenarioFile; migratedFrom?: number }
  | { ok: false; problems: Problem[] };

/** Validates a scenario already parsed from JSON (or built by the app); problems carry their code. */
export function parseScenario(input: unknown): ParseResult {
  return coded(validate(input));
}

function coded(result: ParseResult): ParseResult {
  return result.ok ? result : { ok: false, problems: codeProblems(result.problems) };
}

function validate(input: unknown): ParseResult {
  const protoKeys = protoKeyPaths(input);
  if (protoKeys.length > 0) return { ok: false, problems: protoKeys.map((path) => ({ path, message: "unknown field '__proto__'" })) };
  const migrated = migrateScenario(input);
  if (!migrated.ok) return migrated;
  const result = ScenarioSchema.safeParse(migrated.value);
  if (!result.success) return { ok: false, problems: zodProblems(result.error) };
  const problems = crossCheckScenario(result.data);
  if (problems.length > 0) return { ok: false, problems };
  // Bounds on products of fields (a day's volume × its events, volume × handle time): limits.ts.
  problems.push(...magnitudeProblems(result.data, resolveScenario(result.data)));
  if (problems.length > 0) return { ok: false, problems };
  // Lever references only make sense once the channels and pools themselves are valid.
  problems.push(...leverReferenceProblems(result.data));
  if (problems.length > 0) return { ok: false, problems };
  return migrated.migratedFrom === undefined
    ? { ok: true, scenario: result.data }
    : { ok: true, scenario: result.data, migratedFrom: migrated.migratedFrom };
}

/** Validates a scenario file's text; bad JSON is one problem at path '' with the parser's message. */
export function parseScenarioText(text: string): ParseResult {
  if (text.length > SCENARIO_FILE_CHARACTERS.max) {
    return coded({ ok: false, problems: [{ path: '', message: `the file holds ${text.length.toLocaleString('en-US')} characters: ${sizeMessage(SCENARIO_FILE_CHARACTERS)}` }] });
  }
  let input: unknown;
  try {
    // A UTF-8 byte-order mark (Windows editors write one) is not part of the JSON.
    input = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    // One line: the parser's message may quote the text, newlines included.
    return coded({ ok: false, problems: [{ path: '', message: `not valid JSON: ${(error as Error).message.replace(/\s+/g, ' ')}` }] });
  }
  return parseScenario(input);
}
