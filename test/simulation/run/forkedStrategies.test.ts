/**
 * The comparison's runs, every strategy forked from the baseline on each replication (batch.ts,
 * des/fork.ts), give the same results as each strategy simulated whole, whatever the number of
 * workers.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse';
import { resolveScenario } from '../../../src/scenario/resolve';
import { defaultSample } from '../../../src/scenario/samples';
import { applyStrategy, baselineScenario } from '../../../src/simulation/levers';
import { runBatch } from '../../../src/simulation/run/batch';
import { SimulationPool } from '../../../src/simulation/run/pool';
import { runStrategies } from '../../../src/simulation/run/strategies';

const pool = (size: number) => new SimulationPool(() => ({ runBatch: async (r) => runBatch(r), terminate: () => {} }), size);

describe('strategies forked from the baseline on a pool', () => {
  it('equal each strategy run whole, with and without the baseline among them, on 1 and 2 workers', async () => {
    const parsed = parseScenario(defaultSample.scenario);
    if (!parsed.ok) throw new Error('default sample invalid');
    const s = resolveScenario(parsed.scenario);
    const base = baselineScenario(s);
    const strategies = s.strategies.slice(0, 4).map((st) => applyStrategy(s, st));
    const job = { seed: 9, replications: 3 };
    const whole = await runStrategies(pool(1), [base, ...strategies], job);
    const forked = await runStrategies(pool(2), [base, ...strategies], job, { baseline: base });
    expect(whole.kind).toBe('done');
    expect(forked).toEqual(whole);
    // A later round: strategies only, the baseline still simulated to fork from.
    const later = await runStrategies(pool(2), strategies.slice(2), job, { baseline: base });
    expect(later).toEqual({ kind: 'done', results: whole.kind === 'done' ? whole.results.slice(3) : [] });
    // Streamed: every result reaches its own strategy.
    const seen = new Map<number, number[]>();
    await runStrategies(pool(2), [base, ...strategies], job, { baseline: base, onResult: (k, r) => seen.set(k, [...(seen.get(k) ?? []), r.replication]) });
    expect([...seen.keys()].sort()).toEqual([0, 1, 2, 3, 4]);
    for (const reps of seen.values()) expect([...reps].sort()).toEqual([0, 1, 2]);
  });
});
