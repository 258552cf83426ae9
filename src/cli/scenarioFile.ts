/** Reads and validates a scenario file given on the command line. */
import { parseScenarioText } from '../scenario/parse';
import { resolveScenario } from '../scenario/resolve';
import { strategyProblems } from '../simulation/levers';
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
  // Then what applying its strategies refuses (budgets): refused here, not dropped later.
  const problems = parsed.ok ? strategyProblems(resolveScenario(parsed.scenario)) : parsed.problems;
  if (problems.length > 0) {
    const shown = problems.slice(0, PROBLEMS_SHOWN).map(formatProblem).join('; ');
    const more = problems.length - PROBLEMS_SHOWN;
    throw new InputError(`${path!}: ${shown}${more > 0 ? ` (and ${more} more)` : ''}`);
  }
  return (parsed as Extract<typeof parsed, { ok: true }>).scenario;
}
