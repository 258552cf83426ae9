/**
 * The workers reduce each replication to typed arrays (compare/simulated.ts
 * `summariseReplication`, stats/accumulator.ts `replicationFigures`, run/batch.ts
 * `summariseBatch`) and the main thread only merges them, in replication order. The results must
 * be the ones the old path gave — every replication's full result reduced on the main thread
 * (test/simulation/stats/reference/, the code as it was) — byte for byte, on the built-in samples
 * and generated scenarios, with one worker or several finishing in any order.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { samples } from '../../../src/scenario/samples';
import { StrategyAccumulator, summariseReplication, type ReplicationSummary } from '../../../src/simulation/compare/simulated';
import type { StrategyScenario } from '../../../src/simulation/levers/types';
import { runBatch, summariseBatch } from '../../../src/simulation/run/batch';
import { ReplicationOrder } from '../../../src/simulation/run/order';
import { SimulationPool, type WorkerHandle } from '../../../src/simulation/run/pool';
import { runStrategies } from '../../../src/simulation/run/strategies';
import { createNodeWorker } from '../../../workers/nodeWorker';
import { summarizeSimulation as referenceSummary } from '../stats/reference/simulated';
import { generatedScenario, members } from './generatedScenario';

/** The old path: every replication whole (forked from the baseline, as the pool runs them), reduced on this thread. */
function oldPath(scenarios: StrategyScenario[], seed: number, n: number): string[] {
  const [base, ...strategies] = scenarios;
  const results = runBatch({ scenario: base!, seed, replications: Array.from({ length: n }, (_, r) => r), strategies });
  return scenarios.map((s, k) => JSON.stringify(referenceSummary(s, results.filter((_, j) => j % scenarios.length === k))));
}

/** In-process workers that finish their batches after a random delay: results arrive in any order. */
const shuffledWorker = (random: () => number): WorkerHandle => ({
  runBatch: async (r) => runBatch(r),
  summariseBatch: async (r) => {
    const out = summariseBatch(r);
    await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 4)));
    return out;
  },
  terminate: () => {},
});

/** The new path: summaries made by the pool's workers, merged in replication order on this thread. */
async function newPath(pool: SimulationPool, scenarios: StrategyScenario[], seed: number, n: number, seen?: ReplicationSummary[][]): Promise<string[]> {
  const accumulators = scenarios.map((s) => new StrategyAccumulator(s));
  const orders = accumulators.map((acc) => new ReplicationOrder((r) => acc.add(r)));
  const outcome = await runStrategies(pool, scenarios, { seed, replications: n }, {
    baseline: scenarios[0]!,
    onResult: (k, r) => { seen?.[k]?.push(r); orders[k]!.add(r); },
  });
  if (outcome.kind !== 'done') throw new Error(JSON.stringify(outcome));
  return accumulators.map((acc) => JSON.stringify(acc.summary()));
}

let seedOfDelays = 7;
const random = () => {
  seedOfDelays = (seedOfDelays * 1103515245 + 12345) % 2 ** 31;
  return seedOfDelays / 2 ** 31;
};
const inProcess = (size: number) => new SimulationPool(() => shuffledWorker(random), size);

describe('summaries made by the workers, merged in order', () => {
  for (const sample of samples) {
    it(`give the old path's bytes for every strategy of ${sample.name}, with 1 and 3 workers`, async () => {
      const scenarios = members(sample.scenario);
      const expected = oldPath(scenarios, 3, 4);
      expect(await newPath(inProcess(1), scenarios, 3, 4)).toEqual(expected);
      expect(await newPath(inProcess(3), scenarios, 3, 4)).toEqual(expected);
    }, 120_000);
  }

  it('give the old path\'s bytes on generated scenarios (kinds, volumes, staffing, a call-back lever)', async () => {
    await fc.assert(fc.asyncProperty(generatedScenario(), fc.integer({ min: 1, max: 4 }), async (input, workers) => {
      const scenarios = members(input);
      expect(await newPath(inProcess(workers), scenarios, 11, 5)).toEqual(oldPath(scenarios, 11, 5));
    }), { numRuns: 8 });
  }, 120_000);

  it('are sharp: the same summaries merged out of order give other bytes', async () => {
    const scenarios = members(samples[1]!.scenario);
    const seen: ReplicationSummary[][] = scenarios.map(() => []);
    const expected = await newPath(inProcess(2), scenarios, 5, 4, seen);
    const reversed = new StrategyAccumulator(scenarios[0]!);
    for (const r of [...seen[0]!].sort((a, b) => b.replication - a.replication)) reversed.add(r);
    expect(JSON.stringify(reversed.summary())).not.toBe(expected[0]);
    // …and merged in order, a whole replication summarised here is the worker's summary.
    const again = new StrategyAccumulator(scenarios[0]!);
    for (const r of [...seen[0]!].sort((a, b) => a.replication - b.replication)) again.add(r);
    expect(JSON.stringify(again.summary())).toBe(expected[0]);
  }, 60_000);
});

const threads: SimulationPool[] = [];
afterAll(() => threads.forEach((p) => p.terminateAll()));

describe('on Node worker threads (the command line\'s path)', () => {
  it('the default sample\'s strategies give the old path\'s bytes with 1 and 2 workers', async () => {
    const scenarios = members(samples[0]!.scenario);
    const expected = oldPath(scenarios, 1, 3);
    for (const size of [1, 2]) {
      const pool = new SimulationPool(createNodeWorker, size);
      threads.push(pool);
      expect(await newPath(pool, scenarios, 1, 3)).toEqual(expected);
    }
  }, 180_000);

  it('a summary made on a thread equals one made here', async () => {
    const [base] = members(samples[2]!.scenario);
    const pool = new SimulationPool(createNodeWorker, 1);
    threads.push(pool);
    const got: ReplicationSummary[] = [];
    const outcome = await pool.run({ scenario: base!, seed: 2, replications: 2, summarise: [true] }, { onSummary: (r) => got.push(r) });
    expect(outcome.kind).toBe('done');
    const here = runBatch({ scenario: base!, seed: 2, replications: [0, 1] }).map((r) => summariseReplication(base!, r));
    expect(got.sort((a, b) => a.replication - b.replication).map(({ member: _, ...r }: ReplicationSummary & { member?: number }) => r)).toEqual(here);
  }, 120_000);
});
