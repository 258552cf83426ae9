/**
 * `wfm compare scenario.json --replications R --seed S [--workers W] --json [--timings]`: every strategy of
 * the scenario (the baseline first) and the search's best candidates, analytic and simulated
 * side by side on common random numbers, with the recommendation (docs/cli.md). The flow is
 * src/simulation/run/comparison.ts, shared with the app.
 */
import { resolveScenario } from '../../scenario/resolve';
import type { ComparisonEntry } from '../../simulation/compare/comparison';
import { callbackStoryText } from '../../simulation/compare/callbackStory';
import { runComparison } from '../../simulation/run/comparison';
import { InputError } from '../errors';
import { parseCommandLine } from '../flags';
import { formatTable } from '../format';
import type { CliIo } from '../io';
import { readScenarioFile } from '../scenarioFile';
import { comparisonBudget } from '../../simulation/run/budget';
import { progressOnStderr, SIMULATION_OPTIONS, simulationSettings, strategyJson, withNodePool } from '../simulation';

export async function compareCommand(argv: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseCommandLine(argv, { ...SIMULATION_OPTIONS, timings: { type: 'boolean' }, 'all-replications': { type: 'boolean' } });
  if (positionals.length > 1) throw new InputError(`unexpected argument '${positionals[1]}'`);
  const settings = simulationSettings(values);
  const scenario = resolveScenario(await readScenarioFile(positionals[0], io));
  // The baseline and every strategy of the file are simulated side by side: refused now (exit 2)
  // when even that does not fit the budget, however narrowed (run/budget.ts); runComparison
  // checks again with the search's candidates and their own pools.
  const least = scenario.strategies.length + 1;
  const refusal = comparisonBudget([scenario], settings.replications, settings.workers, { rounds: [least] }).refusal;
  if (refusal !== null) throw new InputError(`${positionals[0]}: cannot compare: ${refusal}`);
  const started = Date.now();
  const outcome = await withNodePool(settings, (pool) => runComparison(pool, scenario, settings, {
    onProgress: progressOnStderr(io),
    // --replications is the maximum per strategy; --all-replications gives every strategy all of them.
    ...(values['all-replications'] ? { sequential: false as const } : {}),
  }));
  // Refused by the simulator's budget once the search's candidates are known: bad input, as above.
  if (outcome.kind === 'error' && outcome.refused) throw new InputError(`${positionals[0]}: cannot compare: ${outcome.message}`);
  if (outcome.kind !== 'done') throw new Error(outcome.kind === 'error' ? outcome.message : 'comparison cancelled');
  const { plan, entries, simulated, recommendation } = outcome.run;
  io.stderr(`analytic search: ${plan.recommendation.candidates.length} strategies evaluated, ${entries.length} simulated\n`);
  const seconds = (Date.now() - started) / 1000;
  // Timings vary from run to run: on stderr, and in the JSON only when asked for (--timings),
  // so that the same seed gives byte-identical JSON whatever the number of workers.
  io.stderr(`compared in ${seconds.toFixed(1)} s\n`);

  if (values.json) {
    const strategies = entries.map((entry, k) => ({
      ...strategyJson(scenario, simulated[k]!),
      source: entry.source,
      analytic: analyticJson(entry.analytic),
    }));
    const timing = values.timings ? { seconds } : {};
    const { intervalDetail } = outcome.run;
    io.stdout(`${JSON.stringify({ scenario: scenario.name, seed: settings.seed, replications: settings.replications, intervalDetail, ...timing, strategies, recommendation }, null, 2)}\n`);
    return;
  }
  const currency = scenario.costs.currency;
  const callbacks = simulated.some((r) => r.callbackStories !== undefined);
  io.stdout(`${scenario.name}: ${simulated.length} strategies, ${outcome.run.sequential ? `up to ${settings.replications} replications each (stopped when the decision is clear)` : `${settings.replications} replications each`}, seed ${settings.seed}\n`);
  // A long horizon keeps the service level per interval only (run/budget.ts `comparisonBudget`): said.
  if (outcome.run.intervalDetail === 'band') io.stdout('per interval: the service level and its 95% interval only (every figure of every strategy would pass the memory limit); days and horizon in full\n');
  io.stdout('\n');
  io.stdout(formatTable(entries.map((entry, k) => {
    const r = simulated[k]!;
    const kept = r.callbackStories?.[0]?.promisesKept;
    return {
      strategy: r.id,
      source: entry.source,
      serviceLevel: r.serviceLevel,
      'analytic SL': entry.analytic.serviceLevel,
      answerRate: r.answerRate,
      ...(callbacks ? { 'promises kept': kept === undefined || kept === null ? '' : `${(100 * kept).toFixed(1)}%` } : {}),
      [`extra cost ${currency}`]: r.extra ? `${Math.round(r.extra.extraCost.mean)} ± ${Math.round(r.extra.extraCost.ci95)}` : '',
      [`cost ${currency}`]: Math.round(r.cost.total.mean),
      meetsTargets: r.meetsTargets ? 'yes' : 'no',
      'analytic': entry.analytic.meetsTargets ? 'yes' : 'no',
      // Share of replications (worlds) meeting every target, with its Wilson 95% interval.
      'P(meets)': `${percent(r.probMeetsTargets.mean)} [${percent(r.probMeetsTargets.low)}–${percent(r.probMeetsTargets.high)}]`,
      replications: r.replications,
      ...(r.stoppedBecause ? { stopped: r.stoppedBecause } : {}),
    };
  })));
  for (const r of simulated) for (const story of r.callbackStories ?? []) io.stdout(`\nweb call back, ${r.id}: ${callbackStoryText(story)}\n`);
  const sure = recommendation.confidence === undefined ? '' : ` (at ${percent(recommendation.confidence)} confidence)`;
  io.stdout(`\nrecommendation${sure}: ${recommendation.strategyId}\n${recommendation.reasons.map((r) => `- ${r}`).join('\n')}\n`);
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The analytic figures beside the simulated ones: horizon KPIs per channel, verdict, cost. */
function analyticJson(a: ComparisonEntry['analytic']) {
  return {
    serviceLevel: a.serviceLevel,
    answerRate: a.answerRate,
    meetsTargets: a.meetsTargets,
    failures: a.failures,
    cost: a.cost,
    channels: Object.fromEntries(Object.entries(a.channels).map(([id, { days: _days, ...horizon }]) => [id, horizon])),
  };
}
