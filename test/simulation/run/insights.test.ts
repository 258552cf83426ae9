/** The comparison step's decision aids job (run/insights.ts): the strategy it is asked about, and both aids. */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse';
import { getSample } from '../../../src/scenario/samples';
import { insightsJob } from '../../../src/simulation/run/insights';

describe('insightsJob', () => {
  it('examines the strategy it is given, among the ones given, and prices waiting for each lever decided ahead', () => {
    const parsed = parseScenario(getSample('product-recall')!.scenario);
    if (!parsed.ok) throw new Error('sample invalid');
    const file = parsed.scenario;
    const chosen = file.strategies[0]!;
    const phases: number[] = [];
    const out = insightsJob({ scenario: file, strategyId: chosen.id, strategies: [chosen] }, (p) => phases.push(p.done));
    if (out.kind !== 'done') throw new Error(out.message);
    expect(out.result.sensitivity.strategyId).toBe(chosen.id);
    // Only the strategies given may replace it at an end.
    for (const x of out.result.sensitivity.inputs) {
      for (const other of [x.recommendationChanges.low, x.recommendationChanges.high]) if (other !== null) expect(['baseline', chosen.id]).toContain(other);
    }
    expect(out.result.priceOfWaiting.levers.map((l) => l.kind)).toEqual(out.result.priceOfWaiting.window === null ? [] : ['temps', 'outsourcing']);
    expect(phases).toEqual([0, 1, 2]);
  });
});
