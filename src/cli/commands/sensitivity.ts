/**
 * `wfm sensitivity scenario.json [--json]`: how the recommended strategy's service level and
 * extra cost move when each key parameter is at its low and high end, largest swing first, and
 * whether another strategy would then be recommended (src/simulation/compare/sensitivity.ts;
 * analytic engine, docs/cli.md).
 */
import { resolveScenario } from '../../scenario/resolve';
import { decisionAidsProblem } from '../../simulation/compare/decisionAidsWork';
import { priceOfWaiting } from '../../simulation/compare/priceOfWaiting';
import { SENSITIVITY_KEPT, sensitivity } from '../../simulation/compare/sensitivity';
import { InputError } from '../errors';
import { parseCommandLine } from '../flags';
import { formatTable } from '../format';
import type { CliIo } from '../io';
import { readScenarioFile } from '../scenarioFile';

export async function sensitivityCommand(argv: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseCommandLine(argv, { json: { type: 'boolean' } });
  if (positionals.length > 1) throw new InputError(`unexpected argument '${positionals[1]}'`);
  const scenario = resolveScenario(await readScenarioFile(positionals[0], io));
  // Refused before starting when it would run for minutes (limits.ts, DECISION_AIDS_WORK): the
  // search's best-ranked strategies and the scenario's own are examined at every end.
  const tooMuch = decisionAidsProblem(scenario, SENSITIVITY_KEPT + 1 + scenario.strategies.length);
  if (tooMuch !== null) throw new InputError(tooMuch);
  const result = sensitivity(scenario, SENSITIVITY_KEPT);
  const waiting = priceOfWaiting(scenario);
  if (values.json) {
    io.stdout(`${JSON.stringify({ ...result, priceOfWaiting: waiting }, null, 2)}\n`);
    return;
  }
  io.stdout(`${scenario.name}: recommended ${result.strategyId} (analytic), service level ${result.serviceLevel?.toFixed(4) ?? '—'}, extra cost ${result.extraCost === null ? 'refused' : `${Math.round(result.extraCost)} ${scenario.costs.currency}`}\n\n`);
  io.stdout(formatTable(result.inputs.map((x) => ({
    input: x.name,
    'low / high': `${x.low} / ${x.high}`,
    'SL low': x.serviceLevel.low,
    'SL high': x.serviceLevel.high,
    // null: the strategy's levers are refused at that end.
    'extra low': x.extraCost.low === null ? 'refused' : Math.round(x.extraCost.low),
    'extra high': x.extraCost.high === null ? 'refused' : Math.round(x.extraCost.high),
    'meets low/high': `${x.meetsTargets.low ? 'yes' : 'no'} / ${x.meetsTargets.high ? 'yes' : 'no'}`,
    swing: Number(x.swing.toFixed(4)),
    'recommended instead': [x.recommendationChanges.low, x.recommendationChanges.high].filter(Boolean).join(' / ') || '—',
  }))));
  const currency = scenario.costs.currency;
  io.stdout(`\nThe price of waiting: the cheapest extra cost of each lever alone that meets every target, by decision date${waiting.window ? ` (need from ${waiting.window.start}, ${waiting.window.channel})` : ': the baseline already meets every target'}\n\n`);
  for (const lever of waiting.levers) {
    io.stdout(`${lever.kind}: last date that still works ${lever.lastDate ?? 'none (the lever alone never meets every target)'}\n`);
    io.stdout(formatTable(lever.points.map((p) => ({
      'decided on': p.date,
      size: p.size ?? '—',
      [`extra cost ${currency}`]: p.extraCost === null ? 'too late' : Math.round(p.extraCost),
    }))));
    io.stdout('\n');
  }
}
