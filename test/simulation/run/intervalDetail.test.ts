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
import { runComparison } from '../../../src/simulation/run/comparison';
import { simulateInRounds } from '../../../src/simulation/run/rounds';
import { strategyJson } from '../../../src/cli/simulation';
import type { IntervalDetail } from '../../../src/simulation/stats/accumulator';
import { runBatch, summariseBatch } from '../../../src/simulation/run/batch';
import { createNodeWorker } from '../../../workers/nodeWorker';
import { yearScenario } from '../../../bench/yearScenario';
import { generatedScenario, members, quietYear, resolved } from './generatedScenario';

async function simulate(pool: SimulationPool, scenarios: StrategyScenario[], seed: number, n: number, detail: IntervalDetail, forkGroup?: number): Promise<SimulatedStrategyResult[]> {
  const accumulators = scenarios.map((s) => new StrategyAccumulator(s, detail));
  const orders = accumulators.map((acc) => new ReplicationOrder((r) => acc.add(r)));
  const outcome = await runStrategies(pool, scenarios, { seed, replications: n }, {
    baseline: scenarios[0]!, intervalDetail: detail, onResult: (k, r) => orders[k]!.add(r), ...(forkGroup ? { forkGroup } : {}),
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

describe('a comparison on a long horizon (runComparison)', () => {
  it('keeps the band for every strategy it simulates, the search\'s rounds included, and prints it in place of the intervals', async () => {
    const s = resolved(quietYear());
    const outcome = await runComparison(pool(1), s, { seed: 1, replications: 2 });
    if (outcome.kind !== 'done') throw new Error(JSON.stringify(outcome));
    const { run } = outcome;
    expect(run.intervalDetail).toBe('band');
    // More than the plan's first round: the extra rounds' candidates keep the band too.
    expect(run.simulated.length).toBeGreaterThan(run.plan.entries.length);
    for (const r of run.simulated) {
      expect(r.intervals, r.id).toBeUndefined();
      expect(Object.keys(r.serviceLevelBand!).sort()).toEqual(s.channels.map((c) => c.id).sort());
      for (const band of Object.values(r.serviceLevelBand!)) expect(band.mean).toHaveLength(s.intervalCount);
      expect(r.days[s.channels[0]!.id]).toHaveLength(s.days);
      const json = strategyJson(s, r);
      expect(json).not.toHaveProperty('intervals');
      expect(json).toHaveProperty('serviceLevelBand');
    }
  }, 120_000);
});

describe('a result kept from an earlier run (the app\'s memo: run/rounds.ts)', () => {
  it('is reused only when it keeps what this run keeps per interval', async () => {
    const scenarios = members(samples[1]!.scenario);
    const full = await simulate(pool(1), scenarios, 5, 3, 'all');
    const levers = () => [];
    const run = (detail: IntervalDetail) => simulateInRounds(pool(1), scenarios.map((scenario, k) => ({ scenario, kept: full[k]! })), { seed: 5, replications: 3 }, {
      baseline: scenarios[0]!, settings: null, intervalDetail: detail, levers,
    });
    const same = await run('all');
    const other = await run('band');
    if (same.kind !== 'done' || other.kind !== 'done') throw new Error('run failed');
    expect(same.simulated.every((x) => !x)).toBe(true);
    expect(other.simulated.every((x) => x)).toBe(true);
    expect(other.results.every((r) => r.serviceLevelBand !== undefined && r.intervals === undefined)).toBe(true);
  }, 60_000);
});

describe('strategies forked in groups, each group from its own run of the baseline (batch.ts groupedForks)', () => {
  const bytes = (rs: SimulatedStrategyResult[]) => rs.map((r) => JSON.stringify(r));
  it('give the same bytes as one run of the baseline for all, on the samples (every lever kind) and an uncertain one', async () => {
    for (const sample of samples) {
      const scenarios = members(sample.scenario);
      const together = bytes(await simulate(pool(1), scenarios, 6, 2, 'all'));
      for (const group of [1, 2]) expect(bytes(await simulate(pool(2), scenarios, 6, 2, 'all', group)), `${sample.name}, groups of ${group}`).toEqual(together);
    }
  }, 180_000);

  it('give the same bytes on generated scenarios', async () => {
    await fc.assert(fc.asyncProperty(generatedScenario(), fc.integer({ min: 1, max: 2 }), async (input, group) => {
      // The strategies three times over (a generated scenario has one at most), so that groups split them.
      const [base, ...own] = members(input);
      const scenarios = [base!, ...[1, 2, 3].flatMap(() => own.map((st) => ({ ...st })))];
      expect(bytes(await simulate(pool(2), scenarios, 3, 3, 'band', group))).toEqual(bytes(await simulate(pool(1), scenarios, 3, 3, 'band')));
    }), { numRuns: 8 });
  }, 120_000);
});

describe('what a comparison keeps per interval, on how many workers and fork groups (comparisonBudget)', () => {
  it('every figure on the built-in samples, up to 100 replications on 8 workers, all of them used, one run of the baseline per round', () => {
    for (const sample of samples) {
      const s = resolved(sample.scenario);
      const rounds = [1 + s.strategies.length + 3, 3, 3];
      for (const [replications, workers] of [[30, 2], [100, 8]] as const) {
        expect(comparisonBudget([s], replications, workers, { rounds }), `${sample.name} ${replications}×${workers}`)
          .toEqual({ shape: { intervalDetail: 'all' }, refusal: null });
      }
    }
  });

  it('the band on a year at 15 minutes, whatever the number of workers; fewer workers or fork groups where the memory asks, never a refusal it can avoid', () => {
    const year = resolved(yearScenario());
    const rounds = [5, 3, 3];
    // Ten replications on two workers: all of them, the round's strategies from one run of the baseline.
    expect(comparisonBudget([year], 10, 2, { rounds })).toEqual({ shape: { intervalDetail: 'band' }, refusal: null });
    for (const workers of [1, 4, 16]) {
      const b = comparisonBudget([year], 10, workers, { rounds });
      expect(b.shape.intervalDetail).toBe('band');
      expect(b.refusal).toBeNull();
    }
    // 30 replications: batches of one, so that two workers' summaries in flight still fit.
    expect(comparisonBudget([year], 30, 2, { rounds })).toEqual({ shape: { intervalDetail: 'band', chunk: 1 }, refusal: null });
    // 16 workers each holding a year's replications would pass the limit: fewer are used.
    expect(comparisonBudget([year], 10, 16, { rounds }).shape.workers).toBeLessThan(16);
    const refused = comparisonBudget([year], 10, 2, { rounds: [5, 5000] });
    expect(refused.refusal).toMatch(/^the comparison \(5005 strategies × 10 replications × 34944 intervals, keeping only the service level per interval, on one worker forking one strategy per run of the baseline\) would hold about [\d,]+ MB, above the limit of 1,500 MB/);
  });

  it('narrows the comparison so that every run it starts passes its own check: the workers are reached, never refused halfway', async () => {
    // Workers that only say they were called: the budget's checks all happen before.
    const reached = (size: number) => new SimulationPool(() => ({
      runBatch: async () => { throw new Error('worker reached'); },
      summariseBatch: async () => { throw new Error('worker reached'); },
      terminate: () => {},
    }), size);
    const year = resolved(yearScenario());
    // The year's temps and outsourcing strategies add pools: the budget counts their scenarios too.
    for (const [s, replications, workers] of [[year, 10, 2], [year, 10, 4], [year, 30, 3], [resolved(quietYear()), 100, 8]] as const) {
      const outcome = await runComparison(reached(workers), s, { seed: 1, replications });
      expect(outcome.kind === 'error' && outcome.message, `${s.name}, ${replications} replications on ${workers} workers`).toMatch(/worker reached/);
    }
  }, 120_000);

  it('decides the detail without the number of workers (the same output on any machine)', () => {
    // Horizons between the samples and the year: where the detail changes, it changes with the horizon only.
    for (const days of [28, 56, 84, 168]) {
      const input = { ...(yearScenario() as Record<string, unknown>), days } as ReturnType<typeof yearScenario>;
      const s = resolved(input);
      const details = [1, 2, 4, 8, 16].map((w) => comparisonBudget([s], 30, w, { rounds: [5, 3, 3] }).shape.intervalDetail);
      expect(new Set(details).size, `${days} days: ${details.join(', ')}`).toBe(1);
    }
  });
});
