/**
 * The workers reduce each replication to typed arrays (compare/simulated.ts
 * `summariseReplication`, stats/accumulator.ts `replicationFigures`) and the main thread only
 * merges them: the results must be the ones the old path gave — every replication's full result
 * reduced on the main thread (test/simulation/stats/reference/, the code as it was) — bit for
 * bit, on the built-in samples and a generated case, whatever the number of workers.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse';
import { resolveScenario } from '../../../src/scenario/resolve';
import { samples } from '../../../src/scenario/samples';
import { simulateReplication } from '../../../src/simulation/des';
import { StrategyAccumulator, summariseReplication, summarizeSimulation } from '../../../src/simulation/compare/simulated';
import { baselineScenario } from '../../../src/simulation/levers';
import { summarizeSimulation as referenceSummary } from '../stats/reference/simulated';

const scenarioOf = (input: unknown) => {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 2)));
  return resolveScenario(parsed.scenario);
};

describe('summaries reduced apart, merged in order', () => {
  it('give the old path\'s result on the default sample', () => {
    const base = baselineScenario(scenarioOf(samples[0]!.scenario));
    const results = [0, 1, 2, 3].map((replication) => simulateReplication(base, { seed: 1, replication }));
    const old = referenceSummary(base, results);
    const acc = new StrategyAccumulator(base);
    for (const r of results) acc.add(summariseReplication(base, r));
    const fresh = acc.summary();
    expect(JSON.stringify(fresh)).toBe(JSON.stringify(old));
    expect(fresh).toEqual(old);
    expect(summarizeSimulation(base, results)).toEqual(old);
  });
});
