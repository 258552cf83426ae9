/** Extra cost over the baseline, paired replication by replication on the common random numbers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extraOverBaseline, type ReplicationTotals } from '../../../src/simulation/compare/extraCost';
import { estimate } from '../../../src/simulation/stats';

const totals = (replication: number, cost: number, answered = 90, within = 80, offered = 100): ReplicationTotals => ({ replication, cost, offered, answered, answeredWithin: within });

describe('extra cost over the baseline', () => {
  it('pairs by replication number, whatever the order, and leaves out unpaired replications', () => {
    const baseline = [totals(0, 1000), totals(1, 1100), totals(2, 1300)];
    const strategy = [totals(2, 1350, 95, 90), totals(0, 1040, 92, 85), totals(3, 9999)];
    const r = extraOverBaseline(strategy, baseline);
    expect(r.extraCost.mean).toBeCloseTo(45, 12); // (40 + 50) / 2
    expect(r.extraAnswered.mean).toBeCloseTo(3.5, 12); // (2 + 5) / 2
    expect(r.extraServiceLevel.mean).toBeCloseTo(0.075, 12); // (0.05 + 0.10) / 2
    expect(r.costPerExtraAnswered).toBeCloseTo(45 / 3.5, 12);
  });

  it('is exactly zero for the baseline against itself, with no cost per extra answer', () => {
    const baseline = [totals(0, 1000), totals(1, 1234.5, 70)];
    const r = extraOverBaseline(baseline, baseline);
    expect(r.extraCost).toEqual({ mean: 0, ci95: 0, p10: 0, p50: 0, p90: 0 });
    expect(r.costPerExtraAnswered).toBeNull();
  });

  it('its interval is the spread of the per-replication differences, not of either bill', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ peak: fc.double({ min: 0, max: 5000, noNaN: true }), noise: fc.double({ min: -50, max: 50, noNaN: true }) }), { minLength: 3, maxLength: 40 }),
      fc.double({ min: 0, max: 2000, noNaN: true }),
      (worlds, lever) => {
        // Both costs grow with the same peak (per-contact pricing); the lever adds a fixed sum and a little noise.
        const baseline = worlds.map((w, r) => totals(r, 10_000 + w.peak));
        const strategy = worlds.map((w, r) => totals(r, 10_000 + 1.1 * w.peak + lever + w.noise));
        const paired = extraOverBaseline(strategy, baseline).extraCost;
        const own = estimate(strategy.map((t) => t.cost));
        expect(paired.mean).toBeCloseTo(own.mean - estimate(baseline.map((t) => t.cost)).mean, 6);
        const spreadOfDifferences = estimate(worlds.map((w) => 0.1 * w.peak + w.noise)).ci95;
        expect(paired.ci95).toBeCloseTo(spreadOfDifferences, 6);
      },
    ), { seed: 4, numRuns: 100 });
  });
});
