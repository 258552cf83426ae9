import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveScenario } from '../../../src/scenario/resolve';
import { parseScenario } from '../../../src/scenario/parse';
import { defaultSample } from '../../../src/scenario/samples';
import { planScenario } from '../../../src/simulation/plan';
import { peakDays } from '../../../src/ui/data/peaks';
import { dayVerdict, gapHeatmapInput, missingAgentHours, targetCoverage, type ChannelPlanView } from '../../../src/ui/data/staffingSeries';
import { smallScenario } from '../fixtures';

describe('staffing figures', () => {
  it('agree with the plan on the missing agent-hours of every channel of the default sample', () => {
    const parsed = parseScenario(defaultSample.scenario);
    if (!parsed.ok) throw new Error('default sample invalid');
    const resolved = resolveScenario(parsed.scenario);
    const plan = planScenario(resolved);
    for (const c of plan.channels) {
      expect(missingAgentHours(resolved, c, () => true)).toBeCloseTo(c.missingAgentHours, 6);
    }
  });

  it('split the missing agent-hours exactly by day, and the heatmap rows carry the same verdicts', () => {
    const file = smallScenario();
    const resolved = resolveScenario(file);
    const peaks = peakDays(file, resolved);
    fc.assert(fc.property(
      fc.array(fc.nat(30), { minLength: 96, maxLength: 96 }), fc.array(fc.nat(30), { minLength: 96, maxLength: 96 }),
      (required, available) => {
        const plan: ChannelPlanView = { channelId: 'voice', required, available, meetsTargets: required.map((r, i) => available[i] >= r) };
        const total = missingAgentHours(resolved, plan, () => true);
        const byDay = [0, 1, 2, 3].map((d) => missingAgentHours(resolved, plan, (x) => x === d));
        expect(byDay.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 9);
        const shortIntervals = required.filter((r, i) => r > available[i]).length;
        expect(total > 0).toBe(shortIntervals > 0);
        const heat = gapHeatmapInput(resolved, peaks, plan, 0);
        heat.rows.forEach((row, d) => {
          expect(row.note).toBe(dayVerdict(resolved, plan, d));
          expect(row.note === 'OK').toBe(byDay[d] === 0);
          row.values.forEach((v, k) => {
            const i = d * 24 + k;
            expect(v).toBe(required[i] === 0 && available[i] === 0 ? null : available[i] - required[i]);
          });
        });
        const coverage = targetCoverage(plan);
        expect(coverage.open - coverage.met).toBe(shortIntervals);
      },
    ), { numRuns: 40, seed: 4 });
  });

  it('mark peak rows in the heatmap', () => {
    const file = smallScenario();
    const resolved = resolveScenario(file);
    const plan = planScenario(resolved);
    const heat = gapHeatmapInput(resolved, peakDays(file, resolved), plan.channels[0], 0);
    expect(heat.rows.map((r) => r.highlight)).toEqual([false, true, true, false]);
    expect(heat.rows[1].label).toBe('Tue 9 Jun ★');
    expect(heat.columnLabels[8]).toBe('08:00');
  });
});
