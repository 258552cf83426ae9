/**
 * The comparison flow shared by `wfm compare` and the app, on an in-process pool: rounds of the
 * search's candidates until one passes in simulation, and a recommendation that is always one of
 * the simulated strategies, passing when any passes.
 */
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../../src/simulation/run/batch';
import { SimulationPool, type WorkerHandle } from '../../../src/simulation/run/pool';
import { EXTRA_ROUNDS, runComparison } from '../../../src/simulation/run/comparison';
import { fixtureScenario } from '../compare/fixture';

const inProcessPool = () => new SimulationPool((): WorkerHandle => ({ runBatch: async (r) => runBatch(r), terminate: () => {} }), 1);

describe('runComparison', () => {
  it('simulates further rounds of candidates while nothing passes, and recommends a simulated strategy', async () => {
    const s = fixtureScenario({ days: 3, voicePerHour: [100, 150, 100], agents: 12 });
    // No search candidate in the first round: only the (failing) baseline is simulated at first.
    const outcome = await runComparison(inProcessPool(), s, { seed: 4, replications: 4 }, { confirmed: 0 });
    expect(outcome.kind).toBe('done');
    if (outcome.kind !== 'done') return;
    const { entries, simulated, recommendation, plan } = outcome.run;
    expect(entries[0]!.source).toBe('baseline');
    expect(simulated[0]!.meetsTargets).toBe(false);
    // A second round happened, drawn from the search's reserve, at most EXTRA_ROUNDS of them.
    expect(entries.length).toBeGreaterThan(1);
    expect(entries.slice(1).every((e) => e.source === 'recommendation')).toBe(true);
    expect(entries.length).toBeLessThanOrEqual(1 + EXTRA_ROUNDS * 3);
    expect(new Set(entries.map((e) => e.strategy.id)).size).toBe(entries.length);
    for (const e of entries.slice(1)) expect(plan.reserve.map((r) => r.strategy.id)).toContain(e.strategy.id);
    // Rounds stop at the first round with a passing strategy.
    const passRound = simulated.findIndex((r) => r.meetsTargets);
    if (passRound >= 0) expect(entries.length - 1).toBeLessThanOrEqual(Math.ceil(passRound / 3) * 3);
    expect(simulated.map((r) => r.id)).toContain(recommendation.strategyId);
    expect(recommendation.meetsTargets).toBe(simulated.some((r) => r.meetsTargets));
  }, 60_000);
});
