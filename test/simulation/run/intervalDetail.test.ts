/**
 * A comparison whose figures per interval would not fit the simulator's memory keeps only the
 * band per interval (stats/accumulator.ts `IntervalDetail`; run/budget.ts `comparisonBudget`;
 * docs/modelling-choices.md, "A comparison on a long horizon"). Everything else it keeps must be
 * what the full figures give, byte for byte, and its band the band the page draws from them.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { samples } from '../../../src/scenario/samples';
import { StrategyAccumulator, type SimulatedStrategyResult } from '../../../src/simulation/compare/simulated';
import type { StrategyScenario } from '../../../src/simulation/levers/types';
import { comparisonBudget } from '../../../src/simulation/run/budget';
import { ReplicationOrder } from '../../../src/simulation/run/order';
import { SimulationPool, type WorkerHandle } from '../../../src/simulation/run/pool';
import { simulatedView } from '../../../src/simulation/run/shape';
import { runStrategies } from '../../../src/simulation/run/strategies';
import type { IntervalDetail } from '../../../src/simulation/stats/accumulator';
import { runBatch, summariseBatch } from '../../../src/simulation/run/batch';
import { createNodeWorker } from '../../../workers/nodeWorker';
import { yearScenario } from '../../../bench/yearScenario';
import { generatedScenario, members, resolved } from './generatedScenario';

async function simulate(pool: SimulationPool, scenarios: StrategyScenario[], seed: number, n: number, detail: IntervalDetail): Promise<SimulatedStrategyResult[]> {
  const accumulators = scenarios.map((s) => new StrategyAccumulator(s, detail));
  const orders = accumulators.map((acc) => new ReplicationOrder((r) => acc.add(r)));
  const outcome = await runStrategies(pool, scenarios, { seed, replications: n }, {
    baseline: scenarios[0]!, intervalDetail: detail, onResult: (k, r) => orders[k]!.add(r),
  });
  if (outcome.kind !== 'done') throw new Error(JSON.stringify(outcome));
  return accumulators.map((acc) => acc.summary());
}

/** The band run's results against the full run's: the same bytes but the figures per interval, and the page's band of them. */
function expectBandOfFull(scenarios: StrategyScenario[], full: SimulatedStrategyResult[], band: SimulatedStrategyResult[]): void {
  scenarios.forEach((s, k) => {
    const { intervals, ...rest } = full[k]!;
    const { serviceLevelBand, ...bandRest } = band[k]!;
    expect(intervals).toBeDefined();
    expect(serviceLevelBand).toBeDefined();
    expect(band[k]!.intervals).toBeUndefined();
    expect(JSON.stringify(bandRest)).toBe(JSON.stringify(rest));
    expect(JSON.stringify(simulatedView(s, band[k]!))).toBe(JSON.stringify(simulatedView(s, full[k]!)));
  });
}

/** Workers on this thread that summarise as the real ones do (batch.ts). */
const inProcessWorker = (): WorkerHandle => ({ runBatch: async (r) => runBatch(r), summariseBatch: async (r) => summariseBatch(r), terminate: () => {} });
const pool = (size: number) => new SimulationPool(inProcessWorker, size);

describe('a comparison keeping the band per interval', () => {
  for (const sample of samples) {
    it(`keeps every other figure of ${sample.name} and the page's band of the full figures`, async () => {
      const scenarios = members(sample.scenario);
      const full = await simulate(pool(1), scenarios, 4, 3, 'all');
      const band = await simulate(pool(2), scenarios, 4, 3, 'band');
      expectBandOfFull(scenarios, full, band);
      // Sharp: the band has points where contacts came, and they move between replications.
      const points = Object.values(band[0]!.serviceLevelBand!).flatMap((b) => b.mean.filter((x) => x !== null));
      expect(points.length).toBeGreaterThan(0);
      expect(Object.values(band[0]!.serviceLevelBand!).some((b) => b.lo.some((x, i) => x !== null && x < b.hi[i]!))).toBe(true);
    }, 120_000);
  }

  it('keeps every other figure of generated scenarios (every channel kind, a call-back lever)', async () => {
    await fc.assert(fc.asyncProperty(generatedScenario(), fc.integer({ min: 1, max: 3 }), async (input, workers) => {
      const scenarios = members(input);
      expectBandOfFull(scenarios, await simulate(pool(1), scenarios, 9, 4, 'all'), await simulate(pool(workers), scenarios, 9, 4, 'band'));
    }), { numRuns: 10 });
  }, 120_000);

  const threads: SimulationPool[] = [];
  afterAll(() => threads.forEach((p) => p.terminateAll()));
  it('gives the same bytes on Node worker threads (the command line\'s path)', async () => {
    const scenarios = members(samples[0]!.scenario);
    const here = await simulate(pool(1), scenarios, 2, 2, 'band');
    const threaded = new SimulationPool(createNodeWorker, 2);
    threads.push(threaded);
    expect((await simulate(threaded, scenarios, 2, 2, 'band')).map((r) => JSON.stringify(r))).toEqual(here.map((r) => JSON.stringify(r)));
  }, 120_000);
});

describe('what a comparison keeps per interval (comparisonBudget)', () => {
  it('every figure on the built-in samples, up to 100 replications on 8 workers', () => {
    for (const sample of samples) {
      const s = resolved(sample.scenario);
      const size = { batch: 1 + s.strategies.length + 3, total: 1 + s.strategies.length + 9 };
      for (const [replications, workers] of [[30, 2], [100, 8]] as const) {
        expect(comparisonBudget(s, replications, workers, size), `${sample.name} ${replications}×${workers}`).toEqual({ detail: 'all', refusal: null });
      }
    }
  });

  it('the band on a year at 15 minutes, whose full figures would pass the limit; refused when even the band does not fit', () => {
    const year = resolved(yearScenario());
    expect(comparisonBudget(year, 10, 2, { batch: 5, total: 11 })).toEqual({ detail: 'band', refusal: null });
    const refused = comparisonBudget(year, 10, 16, { batch: 5, total: 11 });
    expect(refused.detail).toBe('band');
    expect(refused.refusal).toMatch(/about [\d,]+ MB \(5 strategies × 10 replications × 34944 intervals, merged as they finish, keeping only the service level per interval\), above the limit of 1,500 MB/);
    const many = comparisonBudget(year, 10, 2, { batch: 5, total: 5000 });
    expect(many.refusal).toMatch(/the comparison would hold about [\d,]+ MB \(5000 strategies × 10 replications × 34944 intervals, keeping only the service level per interval\)/);
  });
});
