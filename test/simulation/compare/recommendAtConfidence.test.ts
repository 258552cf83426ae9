/** The recommendation at a confidence (recommend.ts): hand-made strategies, hand-read answers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confirmRecommendation, nextCandidates, type ComparisonPlan } from '../../../src/simulation/compare/comparison';
import { recommendAtConfidence, type ProbableStrategy } from '../../../src/simulation/compare/recommend';
import type { SimulatedStrategyResult } from '../../../src/simulation/compare/simulated';
import { wilsonInterval } from '../../../src/simulation/stats/proportion';

const s = (id: string, cost: number, probability: number): ProbableStrategy => ({ id, name: id, cost, probability });
const list = [s('baseline', 100, 0), s('cheap', 120, 0.7), s('mid', 140, 0.85), s('safe', 170, 0.93), s('sure', 220, 0.99), s('wasteful', 300, 0.9)];

describe('recommendAtConfidence', () => {
  it('picks the cheapest strategy at least as likely as asked, and prices 80%, 90%, 95%', () => {
    const pick = recommendAtConfidence(list, 0.9, 'EUR');
    expect(pick.strategyId).toBe('safe');
    expect(pick.reached).toBe(true);
    expect(pick.steps.map((x) => [x.confidence, x.strategyId, x.extraCostFromPrevious])).toEqual([
      [0.8, 'mid', null], [0.9, 'safe', 30], [0.95, 'sure', 50],
    ]);
    expect(recommendAtConfidence(list, 0.8, 'EUR').strategyId).toBe('mid');
    // A level outside 80/90/95 is priced too, in order.
    expect(recommendAtConfidence(list, 0.98, 'EUR').steps.map((x) => x.confidence)).toEqual([0.8, 0.9, 0.95, 0.98]);
  });

  it('when nothing is likely enough, names the most likely, plainly', () => {
    const pick = recommendAtConfidence(list.slice(0, 3), 0.9, 'EUR');
    expect(pick).toMatchObject({ strategyId: 'mid', reached: false });
    expect(pick.reasons[0]).toMatch(/No simulated strategy meets every target in 90% of the worlds/);
    expect(pick.steps[1]).toMatchObject({ confidence: 0.9, strategyId: null, extraCostFromPrevious: null });
  });

  it('property: the pick reaches the confidence when any does, and nothing cheaper does', () => {
    const strategy = fc.record({ id: fc.string({ minLength: 1 }), cost: fc.integer({ min: 0, max: 1000 }), probability: fc.integer({ min: 0, max: 20 }).map((k) => k / 20) });
    fc.assert(fc.property(fc.array(strategy, { minLength: 1, maxLength: 8 }), fc.constantFrom(0.8, 0.9, 0.95), (xs, confidence) => {
      const items = xs.map((x, k) => s(`${k}`, x.cost, x.probability));
      const pick = recommendAtConfidence(items, confidence, 'EUR');
      const chosen = items.find((x) => x.id === pick.strategyId)!;
      const reaching = items.filter((x) => x.probability >= confidence);
      expect(pick.reached).toBe(reaching.length > 0);
      if (pick.reached) {
        expect(chosen.probability).toBeGreaterThanOrEqual(confidence);
        expect(reaching.every((x) => x.cost >= chosen.cost)).toBe(true);
      }
      // The price of certainty never falls as the level rises.
      const costs = pick.steps.filter((x) => x.cost !== null).map((x) => x.cost!);
      expect([...costs].sort((a, b) => a - b)).toEqual(costs);
    }));
  });
});

describe('the confirmed recommendation with uncertain inputs', () => {
  const result = (id: string, cost: number, meetsTargets: boolean, successes: number) => ({
    id, name: id, levers: [], meetsTargets, failures: [], serviceLevel: 0.9, answerRate: 0.95,
    cost: { currency: 'EUR', total: { mean: cost, ci95: 0, p10: cost, p50: cost, p90: cost } },
    probMeetsTargets: wilsonInterval(successes, 20),
  }) as unknown as SimulatedStrategyResult;
  const plan = (confidence: number | null) => ({ entries: [], reserve: [], confidence,
    recommendation: { strategyId: 'cheap', meetsTargets: true, cost: 1, reasons: [], frontier: [], latestDecisionDate: { temps: null, outsourcing: null }, candidates: [] } }) as unknown as ComparisonPlan;
  const simulated = [result('baseline', 100, false, 0), result('cheap', 110, true, 12), result('robust', 150, true, 19)];

  it('at 90%: the cheapest strategy met in 90% of the worlds, not the cheapest meeting the targets on the means', () => {
    const rec = confirmRecommendation(plan(0.9), simulated);
    expect(rec).toMatchObject({ strategyId: 'robust', confidence: 0.9, reachesConfidence: true });
    expect(rec.probMeetsTargets?.successes).toBe(19);
    expect(rec.costOfConfidence?.map((x) => x.strategyId)).toEqual(['robust', 'robust', 'robust']);
  });

  it('without uncertainty (no confidence): today\'s rule, and no confidence field', () => {
    const rec = confirmRecommendation(plan(null), simulated);
    expect(rec.strategyId).toBe('cheap');
    expect(rec.confidence).toBeUndefined();
    expect(nextCandidates({ ...plan(0.99), reserve: [{ strategy: { id: 'more' } }] } as unknown as ComparisonPlan, simulated).length).toBe(1);
    expect(nextCandidates({ ...plan(null), reserve: [{ strategy: { id: 'more' } }] } as unknown as ComparisonPlan, simulated).length).toBe(0);
  });
});
