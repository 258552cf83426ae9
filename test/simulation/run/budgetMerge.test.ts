/**
 * The budget charges a streamed run's merge from its banks (run/budget.ts, stats/accumulator.ts
 * `accumulatorBytes`): the charge must be what the banks hold once the replications are merged
 * — below and beyond the interval reservoir; a year's simulation fits the limit, its comparison
 * (four strategies side by side) does not.
 */
import { describe, expect, it } from 'vitest';
import { defaultSample } from '../../../src/scenario/samples';
import { simulateReplication } from '../../../src/simulation/des';
import { SimulationAccumulator, accumulatorBytes, RESERVOIR } from '../../../src/simulation/stats/accumulator';
import { simulationRefusal } from '../../../src/simulation/run/budget';
import { baselineScenario } from '../../../src/simulation/levers';
import { yearScenario } from '../../../bench/yearScenario';
import { resolved } from './generatedScenario';

describe('the budget of a streamed merge', () => {
  it('charges what the banks hold, replication after replication', () => {
    const s = baselineScenario(resolved(defaultSample.scenario));
    const acc = new SimulationAccumulator(s);
    for (let r = 0; r < RESERVOIR.interval + 2; r++) {
      acc.add(simulateReplication(s, { seed: 4, replication: r }));
      // Every bank of the default sample sees some value in every replication (something is answered each day).
      expect(acc.bytes).toBe(accumulatorBytes(s, r + 1).merge);
    }
  }, 120_000);

  it('refuses a year\'s comparison at 10 replications (four strategies side by side) but not its simulation', () => {
    const year = resolved(yearScenario());
    expect(simulationRefusal(year, 10, 2, 0, year.strategies.length + 1)).toMatch(/above the limit of 1,500 MB/);
    expect(simulationRefusal(year, 10, 2, 0, 1)).toBeNull();
    // The merges' share of the charge follows the replications: 10 of them hold less than the reservoir's 16 and running sums.
    expect(accumulatorBytes(year, 10).merge).toBeLessThan(0.6 * accumulatorBytes(year, RESERVOIR.interval + 1).merge);
  });
});
