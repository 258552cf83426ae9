import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAnalyticCache } from '../../../src/simulation/compare/analyticCache';
import { compareAnalytic, evaluateAnalytic } from '../../../src/simulation/compare/compareAnalytic';
import { paretoFrontier, recommend } from '../../../src/simulation/compare/recommend';
import { fluidQueue } from '../../../src/simulation/compare/deferred';
import { applyLevers, baselineScenario, parseLevers, type Lever } from '../../../src/simulation/levers';
import { fixtureScenario } from './fixture';

describe('compareAnalytic', () => {
  it('puts the baseline first and says where it fails', () => {
    const s = fixtureScenario({ days: 3, voicePerHour: [100, 160, 100], agents: 12 });
    const r = compareAnalytic(s, []);
    expect(r.strategies[0].id).toBe('baseline');
    const f = r.strategies[0].failures.find((x) => x.target === 'serviceLevel')!;
    expect(f.channelId).toBe('voice');
    expect(f.days).toEqual(['2026-03-03']);
    expect(f.intervals.count).toBe(10);
    expect(f.worst.value!).toBeLessThan(0.8);
    expect(r.strategies[0].meetsTargets).toBe(false);
  });
  it('adding capacity never lowers the analytic service level', () => {
    const s = fixtureScenario({ days: 2, voicePerHour: [100, 150], withChatEmail: true });
    const cache = createAnalyticCache(60);
    const sl = (levers: unknown[]) => {
      const p = parseLevers(levers, 'l');
      if (!p.ok) throw new Error(JSON.stringify(p.problems));
      const a = applyLevers(baselineScenario(s), p.levers as Lever[]);
      if (!a.ok) throw new Error(JSON.stringify(a.problems));
      return evaluateAnalytic(a.scenario, cache).channels.voice.serviceLevel!;
    };
    fc.assert(fc.property(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 5 }), fc.constantFrom('temps', 'outsourcing', 'overtime'), (k, extra, kind) => {
      const lever = (x: number) => kind === 'temps'
        ? { kind, count: x, decisionDate: '2026-02-01', skills: ['voice'], hourlyWage: 14 }
        : kind === 'outsourcing'
          ? { kind, channels: ['voice'], routing: { mode: 'queueAbove', queue: 2 }, start: '2026-03-02', end: '2026-03-03', agents: x, pricing: { mode: 'perContact', rate: 3 } }
          : { kind, hoursPerAgentPerDay: Math.min(2, x / 8 + 0.1), capHoursPerDay: 2 };
      return sl([lever(k + extra)]) >= sl([lever(k)]) - 1e-9;
    }), { seed: 3, numRuns: 25 });
  });
});

describe('fluidQueue', () => {
  it('serves oldest first and counts what waits beyond the window', () => {
    // 10 arrive in interval 0, capacity 4 per interval: served at 0, 1, 2 (waits 0, 1 h, 2 h).
    const r = fluidQueue([10, 0, 0, 0], [4, 4, 4, 4], 4, 3600, [3600]);
    expect(r.served).toEqual([4, 4, 2, 0]);
    expect(r.days[0].within[0]).toBe(8);
    expect(r.days[0].backlog).toBe(0);
  });
});

describe('recommend', () => {
  it('returns the cheapest passing strategy, never a failing one when one passes', () => {
    fc.assert(fc.property(fc.integer({ min: 110, max: 170 }), (peak) => {
      const s = fixtureScenario({ days: 3, voicePerHour: [100, peak, 100], agents: 12 });
      const r = recommend(s);
      const passing = r.candidates.filter((c) => c.result.meetsTargets);
      if (passing.length === 0) return r.meetsTargets === false && r.reasons.some((x) => /Nothing searched/.test(x));
      const cheapest = Math.min(...passing.map((c) => c.result.cost.total));
      return r.meetsTargets && r.cost === cheapest;
    }), { seed: 5, numRuns: 16 });
  });
  it('says plainly when the baseline needs nothing', () => {
    const r = recommend(fixtureScenario({ days: 2, voicePerHour: [60, 60], agents: 12 }));
    expect(r.strategyId).toBe('baseline');
    expect(r.reasons[0]).toMatch(/already meets/);
  });
  it('the frontier keeps only points nobody beats on both cost and service', () => {
    fc.assert(fc.property(fc.array(fc.record({ cost: fc.integer({ min: 0, max: 100 }), serviceLevel: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 1, maxLength: 30 }), (pts) => {
      const f = paretoFrontier(pts.map((p, k) => ({ strategyId: `s${k}`, answerRate: null, ...p })));
      return f.every((p) => !pts.some((q) => q.cost <= p.cost && (q.serviceLevel > (p.serviceLevel ?? 0) + 1e-12) && (q.cost < p.cost || q.serviceLevel > (p.serviceLevel ?? 0))));
    }), { seed: 9, numRuns: 100 });
  });
});

describe('the search\'s work budget', () => {
  it('evaluates no more candidates than the budget allows, and says how many it left out', () => {
    const s = fixtureScenario({ days: 3, voicePerHour: [100, 160, 100], agents: 12 });
    const full = recommend(s);
    const perCandidate = s.intervalCount * s.channels.length;
    const own = 1 + s.strategies.length;
    expect(full.candidates.length).toBeGreaterThan(own + 3);
    expect(full.reasons.join(' ')).not.toMatch(/stopped early/);
    const cut = recommend(s, s.strategies, 3 * perCandidate);
    expect(cut.candidates).toHaveLength(own + 3);
    expect(cut.reasons.join(' ')).toMatch(/The search stopped early on this large scenario: \d+ candidate evaluation\(s\) left out/);
  });
});
