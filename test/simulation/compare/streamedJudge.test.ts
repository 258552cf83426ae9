/**
 * The strategy accumulator merges replications as they finish; what it hands the judge must be
 * what the full list of replications gives, channel occupancy of blended pools included (a
 * pool's busy time is split by a ratio of counts, so averaging replications first would differ).
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse';
import { resolveScenario } from '../../../src/scenario/resolve';
import { defaultSample } from '../../../src/scenario/samples';
import { simulateReplication } from '../../../src/simulation/des';
import { evaluationFromReplications } from '../../../src/simulation/compare/fromSimulation';
import { StrategyAccumulator } from '../../../src/simulation/compare/simulated';
import { baselineScenario } from '../../../src/simulation/levers';

describe('the streamed evaluation', () => {
  it('equals the full list\'s, busy and present agent time of every channel in every interval', () => {
    const parsed = parseScenario(defaultSample.scenario);
    if (!parsed.ok) throw new Error('default sample invalid');
    const base = baselineScenario(resolveScenario(parsed.scenario));
    const results = [0, 1, 2, 3].map((replication) => simulateReplication(base, { seed: 1, replication }));
    const full = evaluationFromReplications(base, results);
    const acc = new StrategyAccumulator(base);
    for (const r of results) acc.add(r);
    const streamed = acc.evaluation();
    base.channels.forEach((_, c) => {
      full.channels[c]!.busyAgents.forEach((b, i) => expect(streamed.channels[c]!.busyAgents[i]!).toBeCloseTo(b, 6));
      full.channels[c]!.agents.forEach((p, i) => expect(streamed.channels[c]!.agents[i]!).toBeCloseTo(p, 6));
      full.channels[c]!.answered.forEach((a, i) => expect(streamed.channels[c]!.answered[i]!).toBeCloseTo(a, 9));
    });
  });
});
