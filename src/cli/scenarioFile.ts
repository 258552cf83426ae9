/** Reads and validates a scenario file given on the command line. */
import { parseScenarioText } from '../scenario/parse';
import { formatProblem } from '../scenario/problems';
import type { ScenarioFile } from '../scenario/schema';
import { InputError } from './errors';
import type { CliIo } from './io';

/** At most this many problems on the one error line; the count of the rest follows. */
const PROBLEMS_SHOWN = 5;

export async function readScenarioFile(path: string | undefined, io: CliIo): Promise<ScenarioFile> {
  if (path === undefined) throw new InputError('scenario: a scenario file path is required');
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    throw new InputError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const parsed = parseScenarioText(text);
  if (!parsed.ok) {
    const shown = parsed.problems.slice(0, PROBLEMS_SHOWN).map(formatProblem).join('; ');
    const more = parsed.problems.length - PROBLEMS_SHOWN;
    throw new InputError(`${path}: ${shown}${more > 0 ? ` (and ${more} more)` : ''}`);
  }
  return parsed.scenario;
}
