/**
 * `wfm link scenario.json` prints the share fragment (`#scenario=…`, src/scenario/link.ts) to
 * append to the app's address; `wfm link --open FRAGMENT` prints the scenario a link carries,
 * validated like a file (a whole address, `#scenario=…` or the data alone are accepted).
 */
import { openScenarioLink, scenarioLinkFragment } from '../../scenario/link';
import { formatProblem } from '../../scenario/problems';
import { InputError } from '../errors';
import { parseCommandLine } from '../flags';
import type { CliIo } from '../io';
import { readScenarioFile } from '../scenarioFile';

/** At most this many problems on the one error line, as for a scenario file. */
const PROBLEMS_SHOWN = 5;

export async function linkCommand(argv: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseCommandLine(argv, { open: { type: 'string' }, json: { type: 'boolean' } });
  if (values.open !== undefined) {
    if (positionals.length > 0) throw new InputError(`unexpected argument '${positionals[0]}' (--open takes the link alone)`);
    const opened = await openScenarioLink(String(values.open));
    if (!opened.ok) {
      const shown = opened.problems.slice(0, PROBLEMS_SHOWN).map(formatProblem).join('; ');
      const more = opened.problems.length - PROBLEMS_SHOWN;
      throw new InputError(`--open: ${shown}${more > 0 ? ` (and ${more} more)` : ''}`);
    }
    io.stdout(`${JSON.stringify(opened.scenario, null, 2)}\n`);
    return;
  }
  if (positionals.length > 1) throw new InputError(`unexpected argument '${positionals[1]}'`);
  const scenario = await readScenarioFile(positionals[0], io);
  io.stdout(`${await scenarioLinkFragment(scenario)}\n`);
}
