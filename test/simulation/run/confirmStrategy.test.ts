/**
 * Confirming one strategy (run/confirmStrategy.ts): the baseline and one strategy, the strategy
 * forked from the baseline, paired on common random numbers. Its results must be the ones a whole
 * comparison gives the same strategies on the same seed — the comparison here with every strategy
 * simulated whole (`fork: false`) and every replication (`--all-replications`), so a wrong fork
 * (another baseline, another interval) or a wrong pairing (other replications, another seed)
 * shows as a difference in the strategy's figures or in its extra cost.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse';
import { resolveScenario } from '../../../src/scenario/resolve';
import { defaultSample } from '../../../src/scenario/samples';
import { forkInterval } from '../../../src/simulation/des/fork';
import { applyStrategy, baselineScenario } from '../../../src/simulation/levers';
import { runBatch } from '../../../src/simulation/run/batch';
import { runComparison } from '../../../src/simulation/run/comparison';
import { confirmStrategy } from '../../../src/simulation/run/confirmStrategy';
import { SimulationPool, type WorkerHandle } from '../../../src/simulation/run/pool';

const pool = (size: number) => new SimulationPool((): WorkerHandle => ({ runBatch: async (r) => runBatch(r), terminate: () => {} }), size);

function defaultScenario() {
  const parsed = parseScenario(defaultSample.scenario);
  if (!parsed.ok) throw new Error('default sample invalid');
  return resolveScenario(parsed.scenario);
}

const s = defaultScenario();
const strategy = (id: string) => s.strategies.find((st) => st.id === id)!;

describe('confirming one strategy against the baseline', () => {
  it('every replication: exactly the results of a whole comparison (every strategy whole, every replication) on the same seed', async () => {
    const job = { seed: 5, replications: 3 };
    const full = await runComparison(pool(1), s, job, { sequential: false, fork: false });
    if (full.kind !== 'done') throw new Error(full.kind);
    const byId = new Map(full.run.simulated.map((r) => [r.id, r]));
    const base = baselineScenario(s);
    // Forked late (overtime in the peak week), early (temps from the first day), and whole (a rule from the start).
    const ids = ['overtime', 'temps', 'reallocate'];
    const forks = ids.map((id) => forkInterval(base, applyStrategy(s, strategy(id))));
    expect(forks[0]).toBeGreaterThan(forks[1]!);
    expect(forks[1]).toBeGreaterThan(0);
    expect(forks[2]).toBe(0);
    for (const id of ids) {
      const outcome = await confirmStrategy(pool(2), s, strategy(id), job, { sequential: false });
      if (outcome.kind !== 'done') throw new Error(`${id}: ${JSON.stringify(outcome)}`);
      const [baseline, confirmed] = outcome.run.simulated;
      expect(outcome.run.sequential).toBeNull();
      expect(confirmed.id).toBe(id);
      expect(confirmed).toEqual(byId.get(id));
      expect(baseline).toEqual(byId.get('baseline'));
      // The figures the page shows of it, among them.
      expect(confirmed.extra).toEqual(byId.get(id)!.extra);
      expect(confirmed.probMeetsTargets).toEqual(byId.get(id)!.probMeetsTargets);
      expect(outcome.run.entries.map((e) => e.source)).toEqual(['baseline', 'scenario']);
    }
  }, 300_000);

  it('in rounds: stops when the decision is clear, and what it gives is the result of the replications received', async () => {
    const job = { seed: 5, replications: 6 };
    const sequential = { initial: 2, step: 2 };
    const seen: string[] = [];
    // Overtime meets the targets in none of the worlds of the default sample's uncertain uplift:
    // clearly below the confidence asked after a few.
    const outcome = await confirmStrategy(pool(2), s, strategy('overtime'), job, { sequential, onProgress: (p) => seen.push(p.phase) });
    if (outcome.kind !== 'done') throw new Error(JSON.stringify(outcome));
    const [baseline, confirmed] = outcome.run.simulated;
    expect(confirmed.replications).toBeLessThan(job.replications);
    expect(confirmed.stop?.kind).toBe('belowConfidence');
    expect(confirmed.stoppedBecause).toMatch(/^clearly below 90% sure \(met in 0 of \d+ worlds\)$/);
    expect(baseline.replications).toBeGreaterThanOrEqual(confirmed.replications);
    expect(outcome.run.sequential).not.toBeNull();
    expect(seen[0]).toBe('analytic');
    expect(seen).toContain('simulating');
    expect(seen.at(-1)).toBe('summarizing');
    // The same replications given all at once: the same figures, the same pairing.
    const plain = await confirmStrategy(pool(1), s, strategy('overtime'), { seed: job.seed, replications: confirmed.replications }, { sequential: false });
    if (plain.kind !== 'done') throw new Error(plain.kind);
    const { stop: _stop, stoppedBecause: _why, ...figures } = confirmed;
    expect(figures).toEqual(plain.run.simulated[1]);
  }, 300_000);

  it('refuses the baseline itself, and a strategy its levers refuse, naming the lever', async () => {
    const self = await confirmStrategy(pool(1), s, { id: 'baseline', name: 'Baseline', levers: [] }, { seed: 1, replications: 2 });
    expect(self).toMatchObject({ kind: 'error' });
    const bad = { id: 'bad', name: 'Bad', levers: [{ kind: 'overtime', pool: 'nowhere', hoursPerAgentPerWeek: 4 }] };
    const refused = await confirmStrategy(pool(1), s, bad as never, { seed: 1, replications: 2 });
    expect(refused.kind).toBe('error');
    if (refused.kind === 'error') expect(refused.message).toMatch(/^strategy\.levers\[0\]/);
  });

  it('cancelled: says so, without a result', async () => {
    const controller = new AbortController();
    controller.abort();
    const outcome = await confirmStrategy(pool(1), s, strategy('overtime'), { seed: 1, replications: 2 }, { signal: controller.signal });
    expect(outcome).toEqual({ kind: 'cancelled' });
  });
});
