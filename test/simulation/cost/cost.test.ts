import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strategyCost } from '../../../src/simulation/cost';
import { applyLevers, baselineScenario, parseLevers, type Lever } from '../../../src/simulation/levers';
import { fixtureScenario } from '../compare/fixture';

function withLevers(levers: unknown[]) {
  const parsed = parseLevers(levers, 'l');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const r = applyLevers(baselineScenario(fixtureScenario({ days: 1 })), parsed.levers as Lever[]);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
}
// One day, 10 open hours (08–18), 16 scheduled in-house agents at 30/h: 16 × 10 × 30 = 4,800.
const INHOUSE = 4800;
const out = (pricing: unknown, extra: Record<string, unknown> = {}) => withLevers([{
  kind: 'outsourcing', channels: ['voice'], routing: { mode: 'share', share: 0.1 }, start: '2026-03-02', end: '2026-03-02',
  from: '10:00', to: '14:00', agents: 3, pricing, ...extra,
}]);

describe('strategyCost, hand-computed', () => {
  it('bills in-house paid hours whether busy or not', () => {
    const s = baselineScenario(fixtureScenario({ days: 1 }));
    const c = strategyCost(s, { handled: [], abandoned: 0, answered: 0 });
    expect(c.total).toBe(INHOUSE);
    expect(c.costPerAnswered).toBeNull();
  });
  it('per handled contact, with the minimum volume', () => {
    const s = out({ mode: 'perContact', rate: 4 }, { setupFee: 500, minimumVolume: 100 });
    const handled = [{ contacts: 0, minutes: 0 }, { contacts: 150, minutes: 900 }];
    expect(strategyCost(s, { handled, abandoned: 0, answered: 1000 }).breakdown.outsourcing).toBe(150 * 4 + 500);
    handled[1].contacts = 40; // below the minimum: billed as 100
    const c = strategyCost(s, { handled, abandoned: 0, answered: 1000 });
    expect(c.breakdown.outsourcing).toBe(100 * 4 + 500);
    expect(c.total).toBe(INHOUSE + 900);
    expect(c.costPerAnswered).toBeCloseTo((INHOUSE + 900) / 1000);
  });
  it('web call back: the agents\' time is the in-house pay already; each attempt adds the lever\'s cost per call back', () => {
    const s = withLevers([{ kind: 'callback', channel: 'voice', costPerCallback: 0.25 }]);
    const c = strategyCost(s, { handled: [], abandoned: 0, answered: 1000, callbackAttempts: [120] });
    expect(c.breakdown.callback).toBe(120 * 0.25);
    expect(c.breakdown.inhouse).toBe(INHOUSE);
    expect(c.total).toBe(INHOUSE + 30);
    // Without the lever nothing is billed for call backs, whatever the counts say.
    expect(strategyCost(baselineScenario(fixtureScenario({ days: 1 })), { handled: [], abandoned: 0, answered: 1, callbackAttempts: [120] }).breakdown.callback).toBe(0);
  });
  it('per handled minute', () => {
    const s = out({ mode: 'perMinute', rate: 0.8 });
    expect(strategyCost(s, { handled: [{ contacts: 0, minutes: 0 }, { contacts: 150, minutes: 900 }], abandoned: 0, answered: 1 }).breakdown.outsourcing).toBeCloseTo(720);
  });
  it('per contracted agent-hour, with onboarding at the trainer cost', () => {
    // 3 agents × 4 hours (10:00–14:00) × 25 = 300; onboarding 3 agents × 8 h × 40 = 960.
    const s = out({ mode: 'perAgentHour', rate: 25 }, { onboardingHoursPerAgent: 8, trainerHourlyCost: 40 });
    expect(strategyCost(s, { handled: [], abandoned: 0, answered: 1 }).breakdown.outsourcing).toBeCloseTo(300 + 960);
  });
  it('overtime at its premium, temps at wage × agency coefficient plus trainers, abandons at their cost', () => {
    const ot = withLevers([{ kind: 'overtime', hoursPerAgentPerDay: 1, capHoursPerDay: 2, premium: 1.5 }]);
    const hours = ot.leverCosts.overtime[0].hours.reduce((a, b) => a + b, 0);
    expect(hours).toBeGreaterThan(0);
    expect(strategyCost(ot, { handled: [], abandoned: 0, answered: 1 }).breakdown.overtime).toBeCloseTo(hours * 30 * 1.5);
    const t = withLevers([{ kind: 'temps', count: 4, decisionDate: '2026-03-02', leadTimeDays: 0, trainingDays: 1, traineesPerTrainer: 4, skills: ['voice'], hourlyWage: 10, agencyCoefficient: 2, hoursPerDay: 5 }]);
    // 4 temps × 5 h in training = 20 paid hours × 10 × 2 = 400; one trainer per interval with trainees:
    const trainerHours = t.leverCosts.temps[0].trainerHours;
    expect(trainerHours).toBe(10); // ten open hours, each with some trainees
    expect(strategyCost(t, { handled: [], abandoned: 0, answered: 1 }).breakdown.temps).toBeCloseTo(400 + 10 * 30);
    t.costs = { currency: 'EUR', abandonedContactCost: 2.5 };
    expect(strategyCost(t, { handled: [], abandoned: 12, answered: 1 }).breakdown.abandoned).toBe(30);
  });
  it('is never negative, whatever the volumes', () => {
    const s = out({ mode: 'perMinute', rate: 1 });
    fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -10, max: 1e6, noNaN: true }), (contacts, minutes, abandoned) => {
      const c = strategyCost(s, { handled: [{ contacts: 0, minutes: 0 }, { contacts, minutes }], abandoned, answered: Math.abs(contacts) });
      return c.total >= 0 && Object.values(c.breakdown).every((x) => x >= 0) && (c.costPerAnswered === null || c.costPerAnswered >= 0);
    }), { seed: 11, numRuns: 200 });
  });
});
