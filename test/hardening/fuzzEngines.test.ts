/**
 * Random valid scenarios through both engines, magnitudes anywhere within the limits for the
 * analytic plan (small enough for the simulator to stay fast there): every figure finite, no
 * negative count, shares in [0, 1], and an unstable Erlang C interval flagged (no service level,
 * targets missed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as L from '../../src/scenario/limits';
import { parseScenario } from '../../src/scenario/parse';
import { resolveScenario } from '../../src/scenario/resolve';
import type { ScenarioInput } from '../../src/scenario/schema';
import { simulateReplication } from '../../src/simulation/des';
import { planScenario } from '../../src/simulation/plan';
import { CASE_TIME_LIMIT_MS, FUZZ } from './fuzzCounts';
import { checkPlan, checkReplication } from './invariants';

const KINDS = ['voice', 'chat', 'email', 'callback'] as const;

/** A scenario of 1–3 channels and one pool over 1–2 days of hourly intervals. */
function scenarioArb(maxDaily: number, maxAht: number) {
  const seconds = (max: number) => fc.double({ min: L.HANDLE_TIME_SECONDS.min, max, noNaN: true });
  const channel = fc.record({
    kind: fc.constantFrom(...KINDS),
    aht: seconds(maxAht),
    patience: fc.option(seconds(L.PATIENCE_SECONDS.max), { nil: undefined }),
    daily: fc.double({ min: 0, max: maxDaily, noNaN: true }),
    weights: fc.array(fc.double({ min: 0, max: L.INTRADAY_WEIGHT.max, noNaN: true }), { minLength: 24, maxLength: 24 }),
    sl: fc.option(fc.record({ share: fc.double({ min: 0, max: 1, noNaN: true }), seconds: fc.double({ min: 0, max: 600, noNaN: true }) }), { nil: undefined }),
  });
  return fc.record({
    channels: fc.array(channel, { minLength: 1, maxLength: 3 }),
    days: fc.integer({ min: 1, max: 2 }),
    agents: fc.integer({ min: 0, max: L.SHIFT_AGENTS.max }),
    shrinkage: fc.double({ min: 0, max: 0.9, noNaN: true }),
  }).map(({ channels, days, agents, shrinkage }): ScenarioInput => {
    const ids = channels.map((_, i) => `c${i}`);
    return {
      schemaVersion: 1, name: 'Random', startDate: '2026-06-08', intervalMinutes: 60, days,
      channels: channels.map((c, i) => ({
        id: ids[i]!, name: ids[i]!, kind: c.kind, aht: { dist: 'exponential', mean: c.aht },
        ...(c.patience !== undefined && (c.kind === 'voice' || c.kind === 'chat') ? { patience: { dist: 'exponential', mean: c.patience } } : {}),
        ...(c.sl !== undefined && (c.kind === 'voice' || c.kind === 'chat') ? { targets: { serviceLevel: c.sl } } : {}),
      })),
      forecast: {
        kind: 'profile',
        weekly: Object.fromEntries(channels.map((c, i) => [ids[i]!, new Array(7).fill(c.weights.some((w) => w > 0) ? c.daily : 0)])),
        intraday: Object.fromEntries(channels.map((c, i) => [ids[i]!, c.weights])),
      },
      pools: [{ id: 'team', name: 'Team', skills: ids, shrinkage, hourlyCost: 30, staffing: { kind: 'shifts', shifts: [{ start: '08:00', end: '18:00', agents, weekdays: [1, 2, 3, 4, 5, 6, 7] }] } }],
    };
  });
}

describe('random valid scenarios through both engines (fuzz)', () => {
  it(`${FUZZ.planScenarios} scenarios up to the limits: the analytic plan stays finite and flags unstable intervals`, () => {
    let planned = 0;
    let slowest = 0;
    fc.assert(fc.property(scenarioArb(L.DAILY_VOLUME.max, L.HANDLE_TIME_SECONDS.max), (input) => {
      const parsed = parseScenario(input);
      if (!parsed.ok) {
        // Only the products of the fields may be refused here (offered load, a day's volume).
        expect(parsed.problems.every((p) => /above the limit/.test(p.message)), JSON.stringify(parsed.problems)).toBe(true);
        return;
      }
      planned++;
      const started = performance.now();
      const s = resolveScenario(parsed.scenario);
      const plan = planScenario(s);
      checkPlan(plan, s);
      for (const c of plan.channels) {
        const channel = s.channels[c.channelIndex]!;
        if (c.model !== 'erlang-c' || channel.kind !== 'voice') continue;
        c.arrivals.forEach((a, i) => {
          const traffic = (a * channel.aht.mean) / s.intervalSeconds;
          if (a > 1e-6 && c.available[i]! <= traffic) {
            expect(c.serviceLevel?.[i]).toBeNull();
            if ((channel.targets.serviceLevel?.share ?? 0) > 1e-3) expect(c.meetsTargets[i]).toBe(false);
          }
        });
      }
      const ms = performance.now() - started;
      slowest = Math.max(slowest, ms);
      expect(ms).toBeLessThan(CASE_TIME_LIMIT_MS);
    }), { seed: FUZZ.seed, numRuns: FUZZ.planScenarios });
    expect(planned).toBeGreaterThan(FUZZ.planScenarios / 3);
    console.info(`plan scenarios: ${FUZZ.planScenarios}, planned ${planned}, slowest ${slowest.toFixed(0)} ms`);
  }, 300_000);

  it(`${FUZZ.simulatedScenarios} small scenarios: one simulated replication, every figure finite and not negative`, () => {
    let slowest = 0;
    fc.assert(fc.property(scenarioArb(300, 1_800), fc.nat(1000), (input, seed) => {
      const parsed = parseScenario(input);
      expect(parsed.ok, JSON.stringify(parsed.ok ? '' : parsed.problems)).toBe(true);
      if (!parsed.ok) return;
      const started = performance.now();
      const r = simulateReplication(resolveScenario(parsed.scenario), { seed, replication: 0 });
      checkReplication(r);
      r.channels.forEach((c) => c.offered.forEach((offered, i) => {
        expect(c.answered[i]! + c.abandoned[i]! + c.stillWaiting[i]!).toBeCloseTo(offered, 6);
      }));
      const ms = performance.now() - started;
      slowest = Math.max(slowest, ms);
      expect(ms).toBeLessThan(CASE_TIME_LIMIT_MS);
    }), { seed: FUZZ.seed, numRuns: FUZZ.simulatedScenarios });
    console.info(`simulated scenarios: ${FUZZ.simulatedScenarios}, slowest ${slowest.toFixed(0)} ms`);
  }, 300_000);
});
