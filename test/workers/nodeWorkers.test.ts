/**
 * The real worker file on real Node worker threads (the command line's path): same seed ⇒
 * byte-identical merged JSON with one or two workers, and a different seed ⇒ different numbers.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ResolvedScenario } from '../../src/scenario/model';
import { aggregateReplications } from '../../src/simulation/stats';
import { createNodeWorker } from '../../workers/nodeWorker';
import { SimulationPool } from '../../src/simulation/run/pool';

/** One voice channel, one day of 30-minute intervals, 8 agents: small enough to run in a blink. */
function smallScenario(): ResolvedScenario {
  const intervalsPerDay = 48;
  const open = (i: number) => i >= 16 && i < 40;
  return {
    name: 'small', description: '', startDate: '2026-06-08', intervalMinutes: 30, intervalSeconds: 1800,
    intervalsPerDay, days: 1, intervalCount: intervalsPerDay, shortAbandonSeconds: 0,
    channels: [{
      index: 0, id: 'voice', name: 'Voice', kind: 'voice', aht: { dist: 'exponential', mean: 240 },
      patience: { dist: 'exponential', mean: 120 }, concurrency: 1, concurrentAhtMultiplier: 1, fcr: 1,
      repeatDelaySeconds: 3600, retrial: { share: 0, delaySeconds: 300 },
      targets: { serviceLevel: { share: 0.8, seconds: 20 } },
    }],
    arrivals: [Array.from({ length: intervalsPerDay }, (_, i) => (open(i) ? 50 : 0))],
    pools: [{
      index: 0, id: 'team', name: 'Team', kind: 'inhouse', skills: [0],
      scheduled: Array.from({ length: intervalsPerDay }, (_, i) => (open(i) ? 10 : 0)),
      productive: Array.from({ length: intervalsPerDay }, (_, i) => (open(i) ? 8 : 0)),
      shrinkage: 0.2, hourlyCost: 30,
    }],
    strategies: [],
    costs: { currency: 'EUR', abandonedContactCost: 0 },
  };
}

const pools: SimulationPool[] = [];
afterAll(() => pools.forEach((p) => p.terminateAll()));

async function simulate(workers: number, seed: number): Promise<string> {
  const pool = new SimulationPool(createNodeWorker, workers);
  pools.push(pool);
  const scenario = smallScenario();
  const outcome = await pool.run({ scenario, seed, replications: 12 });
  if (outcome.kind !== 'done') throw new Error(JSON.stringify(outcome));
  return JSON.stringify(aggregateReplications(scenario, outcome.results));
}

describe('simulation on Node worker threads', () => {
  it('gives byte-identical results with 1 and 2 workers, and other numbers with another seed', async () => {
    const one = await simulate(1, 42);
    const two = await simulate(2, 42);
    expect(two).toBe(one);
    const other = await simulate(2, 43);
    expect(other).not.toBe(one);
    expect(JSON.parse(one).channels.voice.offered.mean).toBeGreaterThan(0);
  }, 60_000);
});
