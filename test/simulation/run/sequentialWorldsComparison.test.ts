/**
 * The sequential comparison on an uncertain scenario inside the comparison flow
 * (run/comparison.ts → compare/sequentialWorlds.ts), on the default sample (World Cup, uplift
 * uncertain): each strategy's share of worlds is the share over the first worlds of the run
 * without the procedure (worlds are numbered the same: a prefix), every stop is said in worlds,
 * and the recommendation is the one `--all-replications` gives.
 *
 * Why the two could differ in general: a strategy stopped early keeps the share of its first
 * worlds; with all of them its share could cross the confidence (the procedure only stops it when
 * its exact upper bound is below confidence − zone, so rarely) and, were it cheaper, be picked.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse';
import { resolveScenario } from '../../../src/scenario/resolve';
import { defaultSample } from '../../../src/scenario/samples';
import { runBatch } from '../../../src/simulation/run/batch';
import { runComparison } from '../../../src/simulation/run/comparison';
import { SimulationPool, type WorkerHandle } from '../../../src/simulation/run/pool';

const pool = (size: number) => new SimulationPool((): WorkerHandle => ({ runBatch: async (r) => runBatch(r), terminate: () => {} }), size);

describe('the sequential comparison on an uncertain scenario (default sample)', () => {
  it('stops strategies clearly below the confidence, each share a prefix of the full run\'s, the same recommendation as with every replication', async () => {
    const parsed = parseScenario(defaultSample.scenario);
    if (!parsed.ok) throw new Error('default sample invalid');
    const s = resolveScenario(parsed.scenario);
    expect(s.uncertainty?.confidence).toBeGreaterThan(0);
    const job = { seed: 7, replications: 20 };
    const seq = await runComparison(pool(1), s, job);
    const all = await runComparison(pool(1), s, job, { sequential: false });
    if (seq.kind !== 'done' || all.kind !== 'done') throw new Error('not done');
    expect(seq.run.sequential).not.toBeNull();
    expect(all.run.sequential).toBeNull();

    const full = new Map(all.run.simulated.map((r) => [r.id, r]));
    let stoppedBelow = 0;
    for (const r of seq.run.simulated) {
      const whole = full.get(r.id)!;
      expect(whole.replications).toBe(job.replications);
      expect(r.replications).toBeLessThanOrEqual(job.replications);
      // A prefix: the worlds met among the first n of the full run.
      const met = whole.outcomes!.slice(0, r.replications).filter((o) => o.meets === true).length;
      expect(r.probMeetsTargets.successes).toBe(met);
      if (r.stop?.kind === 'belowConfidence' && r.id !== 'baseline') {
        stoppedBelow++;
        expect(r.stop).toMatchObject({ confidence: s.uncertainty!.confidence, successes: met, replications: r.replications });
        expect(r.stoppedBecause).toMatch(/^clearly below 90% sure \(met in \d+ of \d+ worlds\)$/);
      }
      expect(r.stoppedBecause).toMatch(/^(clearly below \d+% sure \(met in \d+ of \d+ worlds\)|dominated by .+|settled|maximum reached)$/);
    }
    // The procedure saved work: some strategies stopped at the first round.
    expect(stoppedBelow).toBeGreaterThan(0);
    expect(seq.run.simulated.some((r) => r.replications < job.replications)).toBe(true);

    expect(seq.run.recommendation.strategyId).toBe(all.run.recommendation.strategyId);
    expect(seq.run.recommendation.reachesConfidence).toBe(all.run.recommendation.reachesConfidence);
    // The claim is a probability when made, and only about the strategy recommended.
    const claim = seq.run.recommendation.probabilityCorrect;
    if (claim !== null) {
      expect(claim).toBeGreaterThanOrEqual(0);
      expect(claim).toBeLessThanOrEqual(1);
      expect(seq.run.sequential!.incumbent).toBe(seq.run.recommendation.strategyId);
    }
    expect(all.run.recommendation.probabilityCorrect).toBeNull();
  }, 300_000);
});
