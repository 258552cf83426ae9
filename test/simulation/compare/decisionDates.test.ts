/** The recommendation speaks only of the levers it recommends: decision dates of the others stay on their rows. */
import { describe, expect, it } from 'vitest';
import { confirmRecommendation, datesForLevers, type ComparisonPlan } from '../../../src/simulation/compare/comparison';
import type { SimulatedStrategyResult } from '../../../src/simulation/compare/simulated';

const all = { temps: '2026-05-25', outsourcing: '2026-05-18' };

/** A simulated result with only what the recommendation reads. */
function simulated(id: string, levers: unknown[], cost: number, meetsTargets = true): SimulatedStrategyResult {
  // The rest of a simulated result (per-day figures, estimates) plays no part in the choice.
  return { id, name: id, levers, meetsTargets, failures: [], serviceLevel: 0.9, answerRate: 0.95,
    cost: { currency: 'EUR', total: { mean: cost, ci95: 0, p10: cost, p50: cost, p90: cost } } } as unknown as SimulatedStrategyResult;
}

const plan = { entries: [], reserve: [], recommendation: { strategyId: 'temps', meetsTargets: true, cost: 1, reasons: ['The baseline misses voice serviceLevel.'], frontier: [], latestDecisionDate: all, candidates: [] } } as unknown as ComparisonPlan;

describe('decision dates', () => {
  it('keeps the dates of the lever kinds given, and only those', () => {
    expect(datesForLevers(all, [{ kind: 'overtime' }, { kind: 'reallocation' }])).toEqual({ temps: null, outsourcing: null });
    expect(datesForLevers(all, [{ kind: 'temps' }, { kind: 'overtime' }])).toEqual({ temps: '2026-05-25', outsourcing: null });
    expect(datesForLevers(all, [{ kind: 'outsourcing' }])).toEqual({ temps: null, outsourcing: '2026-05-18' });
  });

  it('a recommendation of overtime names no date for temps or outsourcing, and keeps them for their rows', () => {
    const rec = confirmRecommendation(plan, [simulated('baseline', [], 100, false), simulated('overtime', [{ kind: 'overtime' }], 110), simulated('temps', [{ kind: 'temps' }], 150)]);
    expect(rec.strategyId).toBe('overtime');
    expect(rec.latestDecisionDate).toEqual({ temps: null, outsourcing: null });
    expect(rec.reasons.join(' ')).not.toMatch(/Temps|Outsourcing|2026-05/);
    expect(rec.decisionDates).toEqual(all);
  });

  it('a recommendation with temps says by when to decide on them, and nothing of outsourcing', () => {
    const rec = confirmRecommendation(plan, [simulated('baseline', [], 100, false), simulated('temps', [{ kind: 'temps' }, { kind: 'overtime' }], 150), simulated('outsource', [{ kind: 'outsourcing' }], 170)]);
    expect(rec.strategyId).toBe('temps');
    expect(rec.latestDecisionDate).toEqual({ temps: '2026-05-25', outsourcing: null });
    expect(rec.reasons.some((r) => r.includes('Temps: the latest decision date that still meets the targets is 2026-05-25'))).toBe(true);
    expect(rec.reasons.join(' ')).not.toMatch(/Outsourcing|2026-05-18/);
  });
});
