/**
 * `wfm simulate scenario.json --replications R --seed S [--workers W] --json`: the
 * discrete-event simulation of the scenario's baseline (docs/cli.md; `compare` adds the
 * strategies). Same seed ⇒ byte-identical output whatever the number of workers.
 */
import { resolveScenario } from '../../scenario/resolve';
import { StrategyAccumulator } from '../../simulation/compare/simulated';
import { ReplicationOrder } from '../../simulation/run/order';
import { baselineScenario } from '../../simulation/levers';
import { InputError } from '../errors';
import { parseCommandLine } from '../flags';
import { formatTable } from '../format';
import type { CliIo } from '../io';
import { readScenarioFile } from '../scenarioFile';
import { checkSimulationBudget, SIMULATION_OPTIONS, simulateStrategies, simulationSettings, strategyJson } from '../simulation';

export async function simulateCommand(argv: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseCommandLine(argv, SIMULATION_OPTIONS);
  if (positionals.length > 1) throw new InputError(`unexpected argument '${positionals[1]}'`);
  const settings = simulationSettings(values);
  const scenario = resolveScenario(await readScenarioFile(positionals[0], io));
  const baseline = baselineScenario(scenario);
  // Replications are merged as they finish, in replication order: memory does not grow with
  // their number, and the bytes do not depend on the number of workers.
  checkSimulationBudget(positionals[0]!, baseline, settings, 0);
  const accumulator = new StrategyAccumulator(baseline);
  const order = new ReplicationOrder((r) => accumulator.add(r));
  await simulateStrategies([baseline], settings, io, (_, r) => order.add(r));
  const result = accumulator.summary();
  if (values.json) {
    const output = { scenario: scenario.name, seed: settings.seed, replications: settings.replications, strategies: [strategyJson(scenario, result)] };
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
    return;
  }
  io.stdout(`${scenario.name}: baseline, ${settings.replications} replications, seed ${settings.seed} (mean ± 95% half-width)\n\n`);
  io.stdout(formatTable(Object.entries(result.channels).map(([id, k]) => ({
    channel: id,
    offered: k.offered.mean,
    answerRate: `${k.answerRate.mean.toFixed(3)} ± ${k.answerRate.ci95.toFixed(3)}`,
    // Absent figures (an email's service level and ASA) print as a dash: there is no such figure.
    serviceLevel: k.serviceLevel && `${k.serviceLevel.mean.toFixed(3)} ± ${k.serviceLevel.ci95.toFixed(3)}`,
    asaSeconds: k.asaSeconds === null ? 'nobody answered' : k.asaSeconds && `${k.asaSeconds.mean.toFixed(1)} ± ${k.asaSeconds.ci95.toFixed(1)}`,
    occupancy: k.occupancy.mean,
  }))));
  io.stdout(`\nmeets targets: ${result.meetsTargets ? 'yes' : `no — ${result.failures.map((f) => `${f.channelId} ${f.target} on ${f.days.length} day(s)`).join(', ')}`}\n`);
  io.stdout(`cost: ${Math.round(result.cost.total.mean).toLocaleString('en-US')} ${result.cost.currency}\n`);
}
