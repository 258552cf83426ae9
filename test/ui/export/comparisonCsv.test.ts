/** The comparison CSV: documented columns, strategy × channel × day, both dialects, formula-safe text, extra cost. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../../src/scenario/resolve';
import type { Estimate } from '../../../src/simulation/stats';
import { COMPARISON_CSV_COLUMNS, comparisonCsv } from '../../../src/ui/export/comparisonCsv';
import { numberCell, textCell } from '../../../src/ui/export/csvCells';
import { dayFigures } from '../../../src/simulation/run/dayFigures';
import type { ComparisonOutcome, StrategyOutcome } from '../../../src/simulation/run/jobTypes';
import { smallScenario } from '../fixtures';

const est = (mean: number, ci95 = 0): Estimate => ({ mean, ci95, p10: mean, p50: mean, p90: mean });
const s = resolveScenario(smallScenario());

/** `extra`: the paired extra cost over the baseline, as the comparison flow attaches it. */
function strategy(id: string, name: string, cost: number, sl: number, extra: Estimate = est(0)): StrategyOutcome {
  const day = (d: number) => ({
    offered: est(100 + d, 3), answered: est(90 + d, 2.5), abandoned: est(10, 1), shortAbandoned: est(0), serviceLevel: est(sl, 0.02),
    answerRate: est(0.9, 0.01), asaSeconds: est(12.345, 1.5), maxQueue: est(4), occupancy: est(0.8, 0.05), deflected: est(0),
    backlog: est(0), withinTarget: est(1),
  });
  const days = Object.fromEntries(s.channels.map((c) => [c.id, Array.from({ length: s.days }, (_, d) => day(d))]));
  return {
    id, name, source: id === 'baseline' ? 'baseline' : 'scenario', levers: [], notes: [],
    analytic: { meetsTargets: false, failures: [], serviceLevel: sl, answerRate: 1, cost: { total: cost, breakdown: { inhouse: cost, overtime: 0, outsourcing: 0, temps: 0, abandoned: 0, callback: 0 }, costPerAnswered: null }, channels: {} },
    simulated: {
      replications: 4, meetsTargets: sl >= 0.8, serviceLevel: sl, answerRate: 1, channels: {}, serviceLevelByInterval: {}, failures: [],
      extra: { extraCost: extra, extraAnswered: est(0), extraServiceLevel: est(0), costPerExtraAnswered: null },
      cost: { currency: 'EUR', total: est(cost, 123.456), costPerAnswered: null, breakdown: { inhouse: est(cost), overtime: est(0), outsourcing: est(0), temps: est(0), abandoned: est(0), callback: est(0) } },
      byDay: dayFigures({ days } as never),
    },
  };
}

const comparison: ComparisonOutcome = {
  strategies: [strategy('baseline', 'Do nothing', 10000, 0.7), strategy('ot', '=HYPERLINK("x")', 12500.5, 0.85, est(2500.5, 12.25)), strategy('cheap', 'Cheaper; "really"', 9000, 0.75, est(-1000, 40))],
  recommendation: { strategyId: 'ot', meetsTargets: true, cost: 12500.5, currency: 'EUR', reasons: [], frontier: [], latestDecisionDate: { temps: null, outsourcing: null }, decisionDates: { temps: null, outsourcing: null } },
  seconds: 1,
};

describe('comparison CSV', () => {
  it('has the documented columns and one row per strategy × channel × day', () => {
    const parsed = Papa.parse<Record<string, string>>(comparisonCsv(comparison, s, 'en'), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...COMPARISON_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(3 * s.channels.length * s.days);
    const row = parsed.data.find((r) => r.strategy === 'ot' && r.channel === 'chat' && r.date === '2026-06-10')!;
    expect(row).toMatchObject({
      offered: '102', offeredCi95: '3', serviceLevel: '0.85', serviceLevelCi95: '0.02', asaSeconds: '12.3', asaSecondsCi95: '1.5',
      meetsTargets: 'yes', strategyCost: '12500.5', strategyCostCi95: '123.46', extraCost: '2500.5', currency: 'EUR', extraCostCi95: '12.25',
    });
    expect(parsed.data.find((r) => r.strategy === 'cheap')!.extraCost).toBe('-1000');
    expect(parsed.data.find((r) => r.strategy === 'baseline')!.extraCost).toBe('0');
  });

  it('French Excel: semicolons and decimal commas, same cells', () => {
    const text = comparisonCsv(comparison, s, 'fr');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, delimiter: ';' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...COMPARISON_CSV_COLUMNS]);
    const row = parsed.data.find((r) => r.strategy === 'ot')!;
    expect(row.strategyCost).toBe('12500,5');
    expect(row.serviceLevel).toBe('0,85');
    expect(text).not.toMatch(/\d\.\d/);
  });

  it('neutralises text that a spreadsheet would run as a formula, and quotes separators', () => {
    const parsed = Papa.parse<Record<string, string>>(comparisonCsv(comparison, s, 'en'), { header: true, skipEmptyLines: true });
    expect(parsed.data.find((r) => r.strategy === 'ot')!.strategyName).toBe('\'=HYPERLINK("x")');
    expect(parsed.data.find((r) => r.strategy === 'cheap')!.strategyName).toBe('Cheaper; "really"');
    for (const start of ['=', '+', '-', '@']) expect(textCell(`${start}1+2`)).toBe(`'${start}1+2`);
    expect(textCell('Phone')).toBe('Phone');
    // Numbers are the app's own: a negative one stays a number.
    expect(numberCell(-12.5, 'fr', 2)).toBe('-12,5');
    expect(numberCell(null, 'en', 2)).toBe('');
  });

  it('extra cost is the paired figure the comparison attached, with its interval', () => {
    const parsed = Papa.parse<Record<string, string>>(comparisonCsv(comparison, s, 'en'), { header: true, skipEmptyLines: true });
    expect(parsed.data.find((r) => r.strategy === 'cheap')).toMatchObject({ extraCost: '-1000', extraCostCi95: '40' });
  });

  it('leaves a day with no contact empty rather than 0 % or 100 %', () => {
    const quiet = dayFigures({ days: { voice: [{ offered: est(0), answered: est(0), abandoned: est(0), serviceLevel: est(Number.NaN), answerRate: est(1), asaSeconds: null, occupancy: est(0) }] } } as never);
    expect(quiet.voice[0]).toMatchObject({ serviceLevel: null, answerRate: null, asaSeconds: null, occupancy: { mean: 0, ci95: 0 } });
  });
});
