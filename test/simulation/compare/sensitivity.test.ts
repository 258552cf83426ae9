/** Sensitivity of the recommendation (compare/sensitivity.ts), on a small scenario where the answers are known in direction. */
import { describe, expect, it } from 'vitest';
import { sensitivity, SENSITIVITY_INPUTS } from '../../../src/simulation/compare/sensitivity';
import { fixtureScenario } from './fixture';

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
