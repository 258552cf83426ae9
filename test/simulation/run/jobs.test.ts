import { describe, expect, it } from 'vitest';
import { runBatch } from '../../../src/simulation/run/batch';
import { compareJob, simulateJob } from '../../../src/simulation/run/jobs';
import { createSimulationMemo } from '../../../src/simulation/run/simulationMemo';
import type { JobProgress } from '../../../src/simulation/run/jobTypes';
import { resolveScenario } from '../../../src/scenario/resolve';
import { SimulationPool, type WorkerHandle } from '../../../src/simulation/run/pool';
import { smallScenario } from '../../ui/fixtures';

/** A pool whose "workers" run batches in this thread: the jobs cannot tell the difference. */
const inProcessPool = (size: number) => new SimulationPool((): WorkerHandle => ({ runBatch: async (r) => runBatch(r), terminate: () => {} }), size);

const withOvertime = () => smallScenario({
  strategies: [{ id: 'ot', name: 'Overtime', levers: [{ kind: 'overtime', hoursPerAgentPerDay: 2, capHoursPerDay: 2, premium: 1.5 }] }],
});

describe('simulateJob', () => {
  it('simulates the baseline with a figure per interval, none where nothing arrives, inside its band', async () => {
    const scenario = withOvertime();
    const seen: JobProgress[] = [];
    const out = await simulateJob(inProcessPool(2), { scenario, strategyId: 'baseline', seed: 3, replications: 6 }, (p) => seen.push(p));
    expect(out.kind).toBe('done');
    if (out.kind !== 'done') return;
    const s = out.result.strategy;
    expect(s.id).toBe('baseline');
    expect(s.simulated.replications).toBe(6);
    const resolved = resolveScenario(scenario);
    resolved.channels.forEach((c, k) => {
      const band = s.simulated.serviceLevelByInterval[c.id]!;
      expect(band.mean).toHaveLength(resolved.intervalCount);
      band.mean.forEach((m, i) => {
        // Closed hours have no arrivals and so no service level: null, never 0 or NaN.
        if (resolved.arrivals[k]![i] === 0) expect(m).toBeNull();
        if (m === null) return;
        expect(band.lo[i]!).toBeLessThanOrEqual(m + 1e-12);
        expect(band.hi[i]!).toBeGreaterThanOrEqual(m - 1e-12);
        expect(m).toBeGreaterThanOrEqual(0);
        expect(m).toBeLessThanOrEqual(1);
      });
    });
    // Analytic figures sit beside the simulated ones for the same channels.
    expect(Object.keys(s.analytic.channels).sort()).toEqual(Object.keys(s.simulated.channels).sort());
    const sim = seen.filter((p) => p.phase === 'simulating');
    expect(sim.at(-1)).toEqual({ phase: 'simulating', done: 6, total: 6 });
    for (let k = 1; k < sim.length; k++) expect(sim[k]!.done).toBeGreaterThanOrEqual(sim[k - 1]!.done);
    expect(seen[0]!.phase).toBe('analytic');
  });

  it('gives the same answer for the same seed whatever the number of workers, and another for another seed', async () => {
    const scenario = withOvertime();
    const req = { scenario, strategyId: 'ot', seed: 11, replications: 4 };
    const a = await simulateJob(inProcessPool(1), req);
    const b = await simulateJob(inProcessPool(3), req);
    const c = await simulateJob(inProcessPool(1), { ...req, seed: 12 });
    if (a.kind !== 'done' || b.kind !== 'done' || c.kind !== 'done') throw new Error('job failed');
    const strip = (x: typeof a.result) => JSON.stringify(x.strategy);
    expect(strip(a.result)).toBe(strip(b.result));
    expect(strip(a.result)).not.toBe(strip(c.result));
    expect(a.result.strategy.simulated.cost.breakdown.overtime.mean).toBeGreaterThan(0);
  });

  it('reports an unknown strategy as an error, not a throw', async () => {
    const out = await simulateJob(inProcessPool(1), { scenario: withOvertime(), strategyId: 'nope', seed: 1, replications: 2 });
    expect(out).toEqual({ kind: 'error', message: "no strategy 'nope' in the scenario" });
  });
});

describe('compareJob', () => {
  it('simulates the baseline first and every entry, and recommends one of them', async () => {
    const scenario = withOvertime();
    const seen: JobProgress[] = [];
    const out = await compareJob(inProcessPool(2), { scenario, seed: 5, replications: 3 }, (p) => seen.push(p));
    if (out.kind !== 'done') throw new Error(out.message);
    const { strategies, recommendation } = out.result;
    expect(strategies[0]!.id).toBe('baseline');
    expect(strategies.map((s) => s.id)).toContain('ot');
    expect(strategies.map((s) => s.id)).toContain(recommendation.strategyId);
    for (const p of recommendation.frontier) expect(strategies.map((s) => s.id)).toContain(p.strategyId);
    const ot = strategies.find((s) => s.id === 'ot')!;
    const base = strategies[0]!;
    // Overtime is paid on top of the same in-house hours.
    expect(ot.simulated.cost.total.mean).toBeGreaterThan(base.simulated.cost.total.mean);
    expect(ot.analytic.cost.total).toBeGreaterThan(base.analytic.cost.total);
    const last = seen.filter((p) => p.phase === 'simulating').at(-1)!;
    expect(last.total).toBe(3 * strategies.length);
    expect(last.done).toBe(last.total);
    // The recommended strategy passes when any simulated one does.
    const rec = strategies.find((s) => s.id === recommendation.strategyId)!;
    if (strategies.some((s) => s.simulated.meetsTargets)) expect(rec.simulated.meetsTargets).toBe(true);
  });

  it('gives each strategy its extra cost over the baseline, paired replication by replication', async () => {
    const out = await compareJob(inProcessPool(2), { scenario: withOvertime(), seed: 5, replications: 6 });
    if (out.kind !== 'done') throw new Error(out.message);
    const [base, ...others] = out.result.strategies;
    expect(base!.simulated.extra!.extraCost).toEqual({ mean: 0, ci95: 0, p10: 0, p50: 0, p90: 0 });
    for (const o of others) {
      const extra = o.simulated.extra!.extraCost;
      // The mean of the differences is the difference of the means.
      expect(extra.mean).toBeCloseTo(o.simulated.cost.total.mean - base!.simulated.cost.total.mean, 6);
      expect(extra.p10).toBeLessThanOrEqual(extra.p50);
      expect(extra.p50).toBeLessThanOrEqual(extra.p90);
    }
    const ot = others.find((o) => o.id === 'ot')!;
    expect(ot.simulated.extra!.extraCost.mean).toBeGreaterThan(0);
  });

  it('after an edit of one strategy simulates only that one, with the same results as a run from scratch', async () => {
    const memo = createSimulationMemo();
    const first = withOvertime();
    const a = await compareJob(inProcessPool(2), { scenario: first, seed: 5, replications: 3 }, () => {}, memo);
    if (a.kind !== 'done') throw new Error(a.message);
    expect(a.result.resimulated).toEqual(a.result.strategies.map((s) => s.id));
    const edited = smallScenario({
      strategies: [{ id: 'ot', name: 'Overtime', levers: [{ kind: 'overtime', hoursPerAgentPerDay: 1, capHoursPerDay: 2, premium: 1.5 }] }],
    });
    const seen: JobProgress[] = [];
    const b = await compareJob(inProcessPool(2), { scenario: edited, seed: 5, replications: 3 }, (p) => seen.push(p), memo);
    if (b.kind !== 'done') throw new Error(b.message);
    expect(b.result.resimulated).toEqual(['ot']);
    // Only the changed strategy's replications were run.
    expect(seen.filter((p) => p.phase === 'simulating').at(-1)!.total).toBe(3);
    const scratch = await compareJob(inProcessPool(2), { scenario: edited, seed: 5, replications: 3 });
    if (scratch.kind !== 'done') throw new Error(scratch.message);
    expect(b.result.strategies.map((s) => s.simulated)).toEqual(scratch.result.strategies.map((s) => s.simulated));
    // Another seed is other random numbers: everything runs again.
    const c = await compareJob(inProcessPool(2), { scenario: edited, seed: 6, replications: 3 }, () => {}, memo);
    if (c.kind !== 'done') throw new Error(c.message);
    expect(c.result.resimulated).toEqual(c.result.strategies.map((s) => s.id));
  });
});
