/** Reads and validates a scenario file given on the command line. */
import { parseScenarioText } from '../scenario/parse';
import { formatProblem } from '../scenario/problems';
import type { ScenarioFile } from '../scenario/schema';
import { InputError } from './errors';
import type { CliIo } from './io';

/** At most this many problems on the one error line; the count of the rest follows. */
const PROBLEMS_SHOWN = 5;

/** A file named on the command line; a missing or unreadable one is bad input, named. */
export async function readInputFile(path: string | undefined, what: string, io: CliIo): Promise<string> {
  if (path === undefined) throw new InputError(`${what}: a file path is required`);
  try {
    return await io.readFile(path);
  } catch (error) {
    throw new InputError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

export async function readScenarioFile(path: string | undefined, io: CliIo): Promise<ScenarioFile> {
  const text = await readInputFile(path, 'scenario', io);
  const parsed = parseScenarioText(text);
  if (!parsed.ok) {
    const shown = parsed.problems.slice(0, PROBLEMS_SHOWN).map(formatProblem).join('; ');
    const more = parsed.problems.length - PROBLEMS_SHOWN;
    throw new InputError(`${path!}: ${shown}${more > 0 ? ` (and ${more} more)` : ''}`);
  }
  return parsed.scenario;
}
