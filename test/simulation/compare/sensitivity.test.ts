/** Sensitivity of the recommendation (compare/sensitivity.ts), on a small scenario where the answers are known in direction. */
import { describe, expect, it } from 'vitest';
import { sensitivity, SENSITIVITY_INPUTS } from '../../../src/simulation/compare/sensitivity';
import { fixtureScenario } from './fixture';
import { parseScenario } from '../../../src/scenario/parse';
import { resolveScenario } from '../../../src/scenario/resolve';
import { defaultSample } from '../../../src/scenario/samples';
import { createAnalyticCache } from '../../../src/simulation/compare/analyticCache';
import { evaluateAnalytic } from '../../../src/simulation/compare/compareAnalytic';
import { applyStrategy } from '../../../src/simulation/levers';

describe('sensitivity', () => {
  const s = fixtureScenario({ days: 3, voicePerHour: [100, 150, 100], agents: 12 });
  const r = sensitivity(s);

  it('moves every key parameter, sorted by swing, largest first', () => {
    expect(r.inputs.map((x) => x.name).sort()).toEqual(SENSITIVITY_INPUTS.map((x) => x.name).sort());
    for (let k = 1; k < r.inputs.length; k++) expect(r.inputs[k - 1]!.swing).toBeGreaterThanOrEqual(r.inputs[k]!.swing);
    for (const x of r.inputs) {
      expect(Number.isFinite(x.swing) && x.swing >= 0).toBe(true);
      expect(Number.isFinite(x.extraCost.low) && Number.isFinite(x.extraCost.high)).toBe(true);
    }
  });

  it('more calls or longer calls serve worse; more absence serves worse', () => {
    const by = (name: string) => r.inputs.find((x) => x.name === name)!;
    for (const name of ['volume', 'handleTime', 'shrinkage']) {
      const x = by(name);
      expect(x.serviceLevel.high!, name).toBeLessThan(x.serviceLevel.low!);
      expect(x.serviceLevel.low!, name).toBeGreaterThanOrEqual(r.serviceLevel!);
      expect(x.serviceLevel.high!, name).toBeLessThanOrEqual(r.serviceLevel!);
    }
    // More patient callers abandon less: a higher share answered within T is not guaranteed, but not fewer answered.
    expect(by('patience').swing).toBeLessThan(by('volume').swing);
  });

  it('names another strategy only when it would meet every target and differ from the recommendation', () => {
    for (const x of r.inputs) {
      for (const end of ['low', 'high'] as const) {
        const other = x.recommendationChanges[end];
        if (other !== null) expect(other).not.toBe(r.strategyId);
      }
    }
  });
});

describe('sensitivity to the uncertain inputs and the levers\' own parameters', () => {
  const parsed = parseScenario(defaultSample.scenario);
  if (!parsed.ok) throw new Error('default sample invalid');
  const s = resolveScenario(parsed.scenario);
  const r = sensitivity(s, 0, { strategyId: 'outsource-share', strategies: s.strategies });
  const by = (name: string) => r.inputs.find((x) => x.name === name)!;

  it('each uncertain input spans its distribution (min to max), and a larger uplift serves worse', () => {
    const uplift = by('eventFactor:World Cup kick-off: subscriptions and streaming access');
    expect([uplift.low, uplift.high]).toEqual([1.2, 1.8]);
    expect(uplift.serviceLevel.high!).toBeLessThan(r.serviceLevel!);
    expect(uplift.serviceLevel.low!).toBeGreaterThan(r.serviceLevel!);
    expect([by('peakAbsence').low, by('peakAbsence').high]).toEqual([0, 0.04]);
    expect([by('outsourcerYield').low, by('outsourcerYield').high]).toEqual([0.7, 1]);
    for (let k = 1; k < r.inputs.length; k++) expect(r.inputs[k - 1]!.swing).toBeGreaterThanOrEqual(r.inputs[k]!.swing);
  });

  it('the outsourcer\'s price moves the extra cost by ±20% of its per-call bill, and nothing else', () => {
    const cache = createAnalyticCache(s.intervalMinutes);
    const st = s.strategies.find((x) => x.id === 'outsource-share')!;
    const lever = st.levers[0] as { setupFee: number };
    const a = evaluateAnalytic(applyStrategy(s, st), cache, st.levers);
    // The per-call part of the bill (the setup fee stays; an elastic outsourcer has no onboarding).
    const perCall = a.cost.breakdown.outsourcing - lever.setupFee;
    const price = by('outsourcerPrice');
    expect(price.extraCost.high! - price.extraCost.low!).toBeCloseTo(0.4 * perCall, 2);
    expect(price.serviceLevel.low).toBe(r.serviceLevel);
    expect(by('tempsProductivity').swing).toBe(0);
  });
});

describe('an end where the examined strategy is refused', () => {
  it('says null (refused), never the baseline\'s figures', () => {
    const s = fixtureScenario({ days: 1, voicePerHour: [100, 150, 100], agents: 6 });
    // The examined strategy is not among those its levers leave standing, at any end.
    const r = sensitivity(s, 0, { strategyId: 'refused-everywhere', strategies: [] });
    expect(r.extraCost).toBeNull();
    expect(r.serviceLevel).toBeNull();
    for (const x of r.inputs) {
      expect(x.extraCost).toEqual({ low: null, high: null });
      expect(x.serviceLevel).toEqual({ low: null, high: null });
      expect(x.meetsTargets).toEqual({ low: false, high: false });
    }
    // The baseline itself examined has figures at every end.
    const b = sensitivity(s, 0, { strategyId: 'baseline', strategies: [] });
    expect(b.extraCost).toBe(0);
    for (const x of b.inputs) expect(x.serviceLevel.low).not.toBeNull();
  });
});
