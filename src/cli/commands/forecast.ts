/**
 * `wfm forecast scenario.json volumes.csv`: the scenario with its forecast taken from the CSV
 * (docs/cli.md, "forecast"), parsed by the same code as the app's import. A bad file
 * changes nothing: exit 2, its bad lines on stderr (the first 20, then a count), nothing on stdout.
 */
import { applyForecast, parseForecastCsv } from '../../scenario/csv';
import { InputError } from '../errors';
import { parseCommandLine } from '../flags';
import type { CliIo } from '../io';
import { readInputFile, readScenarioFile } from '../scenarioFile';

export async function forecastCommand(argv: string[], io: CliIo): Promise<void> {
  const { positionals } = parseCommandLine(argv, { json: { type: 'boolean' } });
  const [scenarioPath, csvPath, extra] = positionals;
  if (extra !== undefined) throw new InputError(`unexpected argument '${extra}'`);
  const scenario = await readScenarioFile(scenarioPath, io);
  const text = await readInputFile(csvPath, 'volumes CSV', io);
  const parsed = parseForecastCsv(text, scenario);
  if (!parsed.ok) {
    const lines = parsed.problems.map((p) => `${csvPath}:${p.line}: ${p.message}`);
    throw new InputError(`${csvPath}: bad line(s), nothing applied\n${lines.join('\n')}`);
  }
  io.stdout(`${JSON.stringify(applyForecast(scenario, parsed.volumes), null, 2)}\n`);
}
