/**
 * The comparison's analytic phase (planComparison: the search, the stressed searches, the robust
 * candidates) gives the same plan — strategies, every figure, the recommendation — with reuse on
 * (one cache shared by the searches, intervals reused across strategies and worlds:
 * compare/intervalReuse.ts) as with reuse off (each search on its own, every interval evaluated),
 * on every built-in sample.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse';
import { resolveScenario } from '../../../src/scenario/resolve';
import { samples } from '../../../src/scenario/samples';
import { analyticReuse } from '../../../src/simulation/compare/analyticCache';
import { planComparison } from '../../../src/simulation/compare/comparison';

describe('planComparison with and without reuse', () => {
  afterEach(() => { analyticReuse.on = true; });

  for (const sample of samples) {
    it(`plans ${sample.name} identically`, () => {
      const parsed = parseScenario(sample.scenario);
      if (!parsed.ok) throw new Error(`${sample.name} does not parse`);
      const s = resolveScenario(parsed.scenario);
      analyticReuse.on = false;
      const fresh = planComparison(s);
      analyticReuse.on = true;
      const reused = planComparison(s);
      expect(reused).toEqual(fresh);
      expect(reused.entries.length).toBeGreaterThan(1);
    }, 180_000);
  }
});
