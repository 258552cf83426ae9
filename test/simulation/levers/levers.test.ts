import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyLevers, baselineScenario, parseLevers, type Lever } from '../../../src/simulation/levers';
import { rampMultiplier } from '../../../src/simulation/levers/temps';
import { defaultSample } from '../../../src/scenario/samples';
import { createAnalyticCache } from '../../../src/simulation/compare/analyticCache';
import { evaluateStrategy } from '../../../src/simulation/compare/evaluate';
import { fixtureScenario } from '../compare/fixture';

function apply(levers: unknown[], s = fixtureScenario()) {
  const parsed = parseLevers(levers, 'levers');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const r = applyLevers(baselineScenario(s), parsed.levers as Lever[]);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
}

describe('parseLevers', () => {
  it('names the path and the reason of each bad field', () => {
    const r = parseLevers([{ kind: 'overtime', hoursPerAgentPerDay: 1 }, { kind: 'temps', count: 3, decisionDate: '2026-01-01', skills: ['voice'], hourlyWage: 14, leadTimeDays: -2 }], 'strategies[2].levers');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ path: 'strategies[2].levers[1].leadTimeDays', message: 'must be ≥ 0' }]);
    const bad = parseLevers([{ kind: 'magic' }], 'x');
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toEqual(['x[0].kind']);
  });
  it('accepts every ready-made world-cup strategy, and the sample has one of each lever kind', () => {
    const strategies = defaultSample.scenario.strategies ?? [];
    for (const st of strategies) expect(parseLevers((st.levers ?? []) as unknown[], st.id).ok).toBe(true);
    const kinds = new Set(strategies.flatMap((st) => (st.levers ?? []).map((l) => l.kind)));
    expect([...kinds].sort()).toEqual(['callback', 'outsourcing', 'overtime', 'reallocation', 'temps']);
  });
});

describe('temps', () => {
  const base = { kind: 'temps', count: 10, skills: ['voice'], hourlyWage: 14, leadTimeDays: 1, trainingDays: 1, rampDays: 4, rampStartMultiplier: 1.5 };
  it('handle nothing before recruitment + training, and are slower during ramp-up', () => {
    // Decided on day 0: recruited day 1, trained day 1, productive from day 2.
    const s = apply([{ ...base, decisionDate: '2026-03-02' }], fixtureScenario({ days: 4 }));
    const temps = s.pools.find((p) => p.kind === 'temps')!;
    const day = (d: number) => temps.productive.slice(d * 24, d * 24 + 24);
    expect(day(0).every((x) => x === 0)).toBe(true);
    expect(day(1).every((x) => x === 0)).toBe(true);
    expect(temps.scheduled.slice(24, 48).some((x) => x > 0)).toBe(true); // paid training
    expect(day(2).some((x) => x > 0)).toBe(true);
    expect(temps.ahtMultiplier![2 * 24 + 10]).toBeCloseTo(1.5);
    expect(temps.ahtMultiplier![3 * 24 + 10]).toBeCloseTo(1.375);
    const ev = evaluateStrategy(s, createAnalyticCache(60));
    expect(ev.handled[temps.index].contacts).toBeGreaterThan(0);
    // Trainers are pulled off the in-house floor during training.
    expect(s.pools[0].productive[24 + 10]).toBeLessThan(fixtureScenario().pools[0].productive[24 + 10]);
  });
  it('ramp multiplier falls from the start value to 1', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 20 }), fc.double({ min: 1, max: 3, noNaN: true }), (r, R, m) => {
      const x = rampMultiplier(r, R, m);
      return x >= 1 - 1e-12 && x <= m + 1e-12 && (r < R || x === 1) && rampMultiplier(r + 1, R, m) <= x + 1e-12;
    }), { seed: 4, numRuns: 200 });
  });
});

describe('outsourcing', () => {
  it('with zero capacity changes nothing', () => {
    const s0 = fixtureScenario();
    const s = apply([{ kind: 'outsourcing', channels: ['voice'], routing: { mode: 'queueAbove', queue: 3 }, start: '2026-03-02', end: '2026-03-04', agents: 0, pricing: { mode: 'perContact', rate: 3 } }], s0);
    const cache = createAnalyticCache(60);
    const a = evaluateStrategy(baselineScenario(s0), cache);
    const b = evaluateStrategy(s, cache);
    expect(b.channels[0].answered).toEqual(a.channels[0].answered);
    expect(b.channels[0].withinSl).toEqual(a.channels[0].withinSl);
  });
  it('is only staffed from decision + lead time', () => {
    const s = apply([{ kind: 'outsourcing', channels: ['voice'], routing: { mode: 'share', share: 0.2 }, start: '2026-03-02', end: '2026-03-04', agents: 4, decisionDate: '2026-03-02', leadTimeDays: 2, pricing: { mode: 'perAgentHour', rate: 25 } }]);
    const o = s.pools.find((p) => p.kind === 'outsourcer')!;
    expect(o.productive.slice(0, 24).every((x) => x === 0)).toBe(true);
    expect(o.productive.slice(24, 48).every((x) => x === 0)).toBe(true);
    expect(o.productive[48 + 10]).toBe(4);
  });
});

describe('overtime', () => {
  it('never goes above its cap per agent per day', () => {
    fc.assert(fc.property(fc.double({ min: 0.25, max: 4, noNaN: true }), fc.double({ min: 0.1, max: 1, noNaN: true }), (h, participation) => {
      const s0 = fixtureScenario();
      const s = apply([{ kind: 'overtime', hoursPerAgentPerDay: Math.min(h, 3), capHoursPerDay: 3, participation }], s0);
      const ot = s.leverCosts.overtime[0];
      for (let d = 0; d < s.days; d++) {
        const paid = s0.pools[0].scheduled.slice(d * 24, d * 24 + 24).reduce((a, b) => a + b, 0);
        const agents = Math.floor((paid / 7) * participation + 1e-9);
        const hours = ot.hours.slice(d * 24, d * 24 + 24).reduce((a, b) => a + b, 0);
        if (hours > agents * 3 + 1e-9) return false;
        for (let j = 0; j < 24; j++) if (ot.hours[d * 24 + j] > agents + 1e-9) return false;
      }
      return s.pools[0].productive.every((x, i) => x >= s0.pools[0].productive[i]);
    }), { seed: 7, numRuns: 40 });
    expect(parseLevers([{ kind: 'overtime', hoursPerAgentPerDay: 3, capHoursPerDay: 2 }], 'l').ok).toBe(false);
  });

  it('is worked on shift or as a shift extension, never hours away from the team\'s shifts', () => {
    // Email arrives around the clock; the team works 08:00–18:00.
    const s0 = fixtureScenario({ withChatEmail: true });
    fc.assert(fc.property(fc.constantFrom(0.5, 1, 2), (h) => {
      const s = apply([{ kind: 'overtime', hoursPerAgentPerDay: h, capHoursPerDay: 2 }], s0);
      const ot = s.leverCosts.overtime[0];
      const reach = Math.ceil(h);
      ot.hours.forEach((x, i) => {
        if (x <= 0) return;
        const near = s0.pools[0].scheduled.slice(Math.max(0, i - reach), i + reach + 1).some((n) => n > 0);
        expect(near, `overtime at interval ${i}`).toBe(true);
      });
      expect(ot.hours.some((x) => x > 0)).toBe(true);
    }), { seed: 3, numRuns: 6 });
  });
});

describe('reallocation', () => {
  it('a planned move never moves more than M agents, and pay moves with them', () => {
    const s0 = fixtureScenario({ withChatEmail: true });
    s0.pools = [
      { ...s0.pools[0], skills: [0], id: 'voiceTeam' },
      { ...s0.pools[0], index: 1, id: 'digital', skills: [1, 2] },
    ];
    const s = apply([{ kind: 'reallocation', mode: 'planned', maxAgents: 3, from: '10:00', to: '14:00' }], s0);
    const split = s.pools[2];
    expect(split.skills[0]).toBe(0);
    expect(Math.max(...split.productive)).toBe(3);
    expect(split.productive[10]).toBe(3);
    expect(split.productive[9]).toBe(0);
    const paid = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(paid(s.pools[1].scheduled) + paid(split.scheduled)).toBeCloseTo(paid(s0.pools[1].scheduled));
  });
  it('a dynamic move never exceeds M and chat standby deflects every chat while on', () => {
    const s0 = fixtureScenario({ withChatEmail: true, voicePerHour: [200, 200, 200] });
    s0.pools = [
      { ...s0.pools[0], skills: [0], id: 'voiceTeam' },
      { ...s0.pools[0], index: 1, id: 'digital', skills: [1, 2] },
    ];
    for (const m of [0, 2, 5]) {
      const s = apply([{ kind: 'reallocation', maxAgents: m, queueAbove: 5, chatStandby: { channel: 'chat', moveTo: [{ channel: 'email', share: 0.5 }] } }], s0);
      const ev = evaluateStrategy(s, createAnalyticCache(60));
      expect(Math.max(...ev.moved)).toBeLessThanOrEqual(m + 1e-9);
      for (let i = 0; i < s.intervalCount; i++) {
        if (ev.moved[i] > 0) {
          expect(ev.channels[1].answered[i]).toBe(0);
          expect(ev.channels[1].lost[i]).toBeCloseTo(s0.arrivals[1][i] * 0.5);
        }
      }
      if (m > 0) expect(ev.moved.some((x) => x > 0)).toBe(true);
    }
  });
});
