/**
 * One analytic evaluation (docs/model.md, "Analytic engine"): the plan (Staffing page, `wfm plan`)
 * and the comparison read the same evaluation, so for every sample and every strategy they give
 * the same service level and answer rate, per day and over the horizon. Before they shared it,
 * the World Cup baseline's chat read 0.985 on one page and 0.978 on the other.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse';
import { resolveScenario } from '../../../src/scenario/resolve';
import { samples } from '../../../src/scenario/samples';
import { compareAnalytic } from '../../../src/simulation/compare/compareAnalytic';
import { applyStrategy, baselineScenario } from '../../../src/simulation/levers';
import { planStrategy } from '../../../src/simulation/plan';
import type { ChannelPlan } from '../../../src/simulation/plan';

/** Offered-weighted figure of the plan's intervals [from, to); an interval without a figure counts 0 (a miss). */
function weighted(plan: ChannelPlan, figure: (number | null)[], from: number, to: number): number | null {
  let offered = 0;
  let sum = 0;
  for (let i = from; i < to; i++) {
    offered += plan.offered[i]!;
    sum += plan.offered[i]! * (figure[i] ?? 0);
  }
  return offered > 1e-9 ? sum / offered : null;
}

describe('the plan and the comparison read one evaluation', () => {
  for (const sample of samples) {
    it(`${sample.name}: the same service level and answer rate for every strategy, per day and over the horizon`, () => {
      const parsed = parseScenario(sample.scenario);
      if (!parsed.ok) throw new Error(`${sample.name} invalid`);
      const s = resolveScenario(parsed.scenario);
      const compared = compareAnalytic(s).strategies;
      expect(compared.length).toBe(1 + s.strategies.length);
      for (const result of compared) {
        const strategy = s.strategies.find((st) => st.id === result.id);
        const plan = planStrategy(strategy ? applyStrategy(s, strategy) : baselineScenario(s));
        for (const channel of plan.channels) {
          if (channel.kind === 'email' || channel.kind === 'callback') continue;
          const kpis = result.channels[channel.channelId]!;
          const where = `${sample.name} / ${result.id} / ${channel.channelId}`;
          expect(weighted(channel, channel.serviceLevel!, 0, s.intervalCount), where).toBeCloseTo(kpis.serviceLevel!, 12);
          expect(weighted(channel, channel.answerRate, 0, s.intervalCount), where).toBeCloseTo(kpis.answerRate!, 12);
          kpis.days.forEach((day, d) => {
            const from = d * s.intervalsPerDay;
            const sl = weighted(channel, channel.serviceLevel!, from, from + s.intervalsPerDay);
            if (day.serviceLevel == null) expect(sl, `${where} ${day.date}`).toBeNull();
            else expect(sl, `${where} ${day.date}`).toBeCloseTo(day.serviceLevel!, 12);
          });
        }
      }
    });
  }
});
