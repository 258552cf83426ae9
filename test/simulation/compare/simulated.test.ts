/**
 * The simulated side of a comparison: DES replications judged by the analytic view's rules and
 * billed by the same cost model, and the recommendation confirmed by simulation.
 */
import { LeverSchema } from '../../../src/scenario/levers';
import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../../src/simulation/des';
import { baselineScenario } from '../../../src/simulation/levers';
import { confirmRecommendation, planComparison } from '../../../src/simulation/compare/comparison';
import { summarizeSimulation, type SimulatedStrategyResult } from '../../../src/simulation/compare/simulated';
import type { StrategyScenario } from '../../../src/simulation/levers/types';
import { fixtureScenario } from './fixture';

function simulate(s: StrategyScenario, replications: number, seed = 5) {
  return Array.from({ length: replications }, (_, replication) => simulateReplication(s, { seed, replication }));
}

describe('summarizeSimulation', () => {
  const s = baselineScenario(fixtureScenario({ days: 3, voicePerHour: [60, 60, 60], agents: 14, withChatEmail: true }));
  const result = summarizeSimulation(s, simulate(s, 6));

  it('does not judge email days whose 24-hour window closes after the horizon', () => {
    // Emails arrive around the clock and agents work 08:00–18:00: the last evening's emails are
    // never answered inside the horizon, so the last day's figure is poor...
    const emailDays = result.days.email!;
    expect(emailDays.at(-1)!.withinTarget.mean).toBeLessThan(0.9);
    expect(emailDays[0]!.withinTarget.mean).toBeGreaterThanOrEqual(0.9);
    // ...yet it is not a failure: the next morning is outside the scenario.
    expect(result.failures.filter((f) => f.channelId === 'email')).toEqual([]);
  });

  it('keeps offered = answered + abandoned + still waiting for every channel, on the means', () => {
    for (const [id, k] of Object.entries(result.channels)) {
      const balance = k.answered.mean + k.abandoned.mean + k.stillWaiting.mean;
      expect(balance, id).toBeCloseTo(k.offered.mean, 6);
    }
  });

  it('bills the in-house pool its paid hours whatever the randomness (no spread)', () => {
    const paid = s.pools[0]!.scheduled.reduce((a, b) => a + b, 0) * s.pools[0]!.hourlyCost;
    expect(result.cost.breakdown.inhouse.mean).toBeCloseTo(paid, 6);
    expect(result.cost.breakdown.inhouse.ci95).toBe(0);
    expect(result.cost.total.mean).toBeCloseTo(paid, 6);
    expect(result.meetsTargets).toBe(result.failures.length === 0);
  });
});

describe('planComparison and confirmRecommendation', () => {
  it('simulates the baseline first, then the scenario\'s strategies, then the search\'s best', () => {
    const base = fixtureScenario({ days: 3, voicePerHour: [100, 150, 100], agents: 12 });
    const scenario = { ...base, strategies: [{ id: 'ot', name: 'Overtime', levers: [LeverSchema.parse({ kind: 'overtime', hoursPerAgentPerDay: 1, capHoursPerDay: 2 })] }] };
    const plan = planComparison(scenario, 2);
    expect(plan.entries.map((e) => e.source).slice(0, 2)).toEqual(['baseline', 'scenario']);
    expect(plan.entries[1]!.strategy.id).toBe('ot');
    const searched = plan.entries.filter((e) => e.source === 'recommendation');
    expect(searched.length).toBeGreaterThanOrEqual(1);
    expect(searched.length).toBeLessThanOrEqual(2);
    if (searched.some((e) => e.analytic.meetsTargets)) expect(searched.every((e) => e.analytic.meetsTargets)).toBe(true);
  });

  it('recommends the cheapest strategy that passes in simulation, never a failing one', () => {
    const base = fixtureScenario({ days: 3, voicePerHour: [100, 150, 100], agents: 12 });
    const plan = planComparison(base, 2);
    const fake = (id: string, cost: number, pass: boolean): SimulatedStrategyResult => ({
      id, name: id, levers: [], meetsTargets: pass, failures: pass ? [] : [{ channelId: 'voice', target: 'serviceLevel', days: ['2026-03-03'], intervals: { count: 1, first: [33] }, worst: { value: 0.7, target: 0.8 }, gap: 0.1 }],
      cost: { currency: 'EUR', total: { mean: cost, ci95: 1, p10: cost, p50: cost, p90: cost } }, serviceLevel: pass ? 0.85 : 0.7, answerRate: 0.95,
    }) as unknown as SimulatedStrategyResult;
    const confirmed = confirmRecommendation(plan, [fake('baseline', 100, false), fake('cheap-fail', 110, false), fake('dear-pass', 300, true), fake('mid-pass', 200, true)]);
    expect(confirmed.strategyId).toBe('mid-pass');
    expect(confirmed.meetsTargets).toBe(true);
    expect(confirmed.frontier.map((p) => p.strategyId)).toEqual(['baseline', 'mid-pass']);
    const none = confirmRecommendation(plan, [fake('baseline', 100, false), fake('other', 90, false)]);
    expect(none.meetsTargets).toBe(false);
    expect(none.reasons[0]).toMatch(/^No simulated strategy meets every target. Closest: /);
    expect(confirmed.reasons[0]).toMatch(/^Confirmed by simulation: mid-pass meets every target/);
    expect(confirmed.reasons.slice(1).every((r) => r.startsWith('Analytic search: '))).toBe(true);
  });
});
