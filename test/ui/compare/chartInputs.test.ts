import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../../src/scenario/resolve';
import type { Estimate } from '../../../src/simulation/stats';
import { bandsInput, barsInput, channelScatterInputs, channelTarget, frontierOf } from '../../../src/ui/compare/chartInputs';
import { failureFor, kpiColumns } from '../../../src/ui/compare/kpiColumns';
import type { ComparisonOutcome, StrategyOutcome } from '../../../src/simulation/run/jobTypes';
import { smallScenario } from '../fixtures';

const est = (mean: number, ci95 = 0): Estimate => ({ mean, ci95, p10: mean, p50: mean, p90: mean });
const s = resolveScenario(smallScenario());

function outcome(id: string, cost: number, sl: number, pass: boolean): StrategyOutcome {
  const band = { mean: Array.from({ length: s.intervalCount }, (_, i) => (i % 24 === 10 ? sl : null)), lo: [], hi: [] };
  return {
    id, name: id.toUpperCase(), source: id === 'baseline' ? 'baseline' : 'scenario', levers: [], notes: [],
    analytic: { meetsTargets: pass, failures: [], serviceLevel: sl, answerRate: 1, cost: { total: cost, breakdown: { inhouse: cost, overtime: 0, outsourcing: 0, temps: 0, abandoned: 0, callback: 0 }, costPerAnswered: null }, channels: {} },
    simulated: {
      replications: 4, meetsTargets: pass, extra: null, serviceLevel: sl, answerRate: 1, channels: {}, serviceLevelByInterval: { voice: band, chat: band },
      failures: pass ? [] : [{ channelId: 'voice', target: 'serviceLevel', days: ['2026-06-09'], intervals: { count: 1, first: [10] }, worst: { value: 0.5, target: 0.8 }, gap: 0.3 }],
      cost: { currency: 'EUR', total: est(cost, 100), costPerAnswered: null, breakdown: { inhouse: est(cost - 50), overtime: est(50), outsourcing: est(0), temps: est(0), abandoned: est(0), callback: est(0) } },
    },
  };
}

const comparison: ComparisonOutcome = {
  strategies: [outcome('baseline', 1000, 0.7, false), outcome('ot', 1200, 0.85, true)],
  recommendation: { strategyId: 'ot', meetsTargets: true, cost: 1200, currency: 'EUR', reasons: [], frontier: [{ strategyId: 'baseline', cost: 1000, serviceLevel: 0.7, answerRate: 1 }, { strategyId: 'ot', cost: 1200, serviceLevel: 0.85, answerRate: 1 }], latestDecisionDate: { temps: null, outsourcing: null }, decisionDates: { temps: null, outsourcing: null } },
  seconds: 1,
};

describe('comparison chart inputs', () => {
  it('draws only the strategies asked for, over one day or the horizon, against the channel target', () => {
    const all = bandsInput(comparison, s, 'voice', ['ot'], null);
    expect(all.series.map((x) => x.id)).toEqual(['ot']);
    expect([all.first, all.count]).toEqual([0, s.intervalCount]);
    expect(all.target?.value).toBe(0.8);
    const day = bandsInput(comparison, s, 'voice', ['baseline', 'ot'], 2);
    expect([day.first, day.count]).toEqual([2 * s.intervalsPerDay, s.intervalsPerDay]);
    expect(day.series[0]!.dashed).toBe(true); // the baseline is dashed, not only another colour
    // The chat channel of the fixture has no target: no target line rather than a made-up one.
    expect(channelTarget(s, 'chat')).toBeNull();
    expect(bandsInput(comparison, s, 'chat', ['ot'], null).target).toBeNull();
  });

  it('bars: one row per strategy, segments adding up to the total, the recommended highlighted and marks for pass/fail', () => {
    const bars = barsInput(comparison, s);
    expect(bars.rows.map((r) => [r.id, r.mark, r.highlight])).toEqual([['baseline', '✗', false], ['ot', '✓', true]]);
    for (const r of bars.rows) expect(Object.values(r.values).reduce((a, b) => a + b, 0)).toBeCloseTo(r.total, 9);
  });

  it('scatter: one chart per channel with a target, each judged on that channel against its own target line', () => {
    const charts = channelScatterInputs(comparison, s);
    // Chat has no target in the fixture: no chart with a made-up line.
    expect(charts.map((c) => c.channelId)).toEqual(['voice']);
    const voice = charts[0]!;
    expect(voice.target?.value).toBe(0.8);
    expect(voice.points.map((p) => [p.id, p.cost, p.meetsTargets])).toEqual([['baseline', 1000, false], ['ot', 1200, true]]);
    expect(voice.points.map((p) => p.serviceLevel)).toEqual(comparison.strategies.map((o) => o.simulated.channels.voice?.serviceLevel?.mean ?? null));
  });

  it('frontier: the points no other beats on both cost and service', () => {
    expect(frontierOf([
      { id: 'a', cost: 100, serviceLevel: 0.7 }, { id: 'b', cost: 150, serviceLevel: 0.9 },
      { id: 'c', cost: 160, serviceLevel: 0.8 }, { id: 'd', cost: 120, serviceLevel: null }, { id: 'e', cost: 100, serviceLevel: 0.6 },
    ])).toEqual(['a', 'b']);
  });

  it('KPI columns follow the targets, and pass/fail comes from the failure list', () => {
    const cols = kpiColumns(s);
    expect(cols.map((c) => c.key)).toEqual(['voice:sl']);
    expect(failureFor(cols[0]!, comparison.strategies[0]!.simulated.failures)?.days).toEqual(['2026-06-09']);
    expect(failureFor(cols[0]!, comparison.strategies[1]!.simulated.failures)).toBeUndefined();
  });
});
