/**
 * Invariants over random small scenarios (fast-check; the seed is an input): conservation of
 * contacts, non-negative and finite figures, a clock that never goes back, concurrency and
 * head-count limits at every event, determinism.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../../src/scenario/schema';
import { simulateReplication, type ReplicationResult, type StateView } from '../../../src/simulation/des';
import { buildScenario, type ChannelSpec } from './scenarioBuilder';

const INTERVALS = 6;
const dist: fc.Arbitrary<Distribution> = fc.oneof(
  fc.record({ dist: fc.constant('exponential' as const), mean: fc.integer({ min: 30, max: 900 }) }),
  fc.record({ dist: fc.constant('lognormal' as const), mean: fc.integer({ min: 30, max: 900 }), cv: fc.double({ min: 0.2, max: 2, noNaN: true }) }),
  fc.record({ dist: fc.constant('fixed' as const), mean: fc.integer({ min: 30, max: 900 }) }),
);
const channel: fc.Arbitrary<ChannelSpec> = fc.record({
  kind: fc.constantFrom('voice' as const, 'chat' as const, 'callback' as const, 'email' as const),
  aht: dist,
  patience: fc.option(dist, { nil: null }),
  concurrency: fc.integer({ min: 1, max: 3 }),
  concurrentAhtMultiplier: fc.constantFrom(1, 1.2),
  fcr: fc.constantFrom(1, 0.8),
  repeatDelaySeconds: fc.constantFrom(300, 1200),
  retrial: fc.record({ share: fc.constantFrom(0, 0.4), delaySeconds: fc.constantFrom(60, 600) }),
});
const scenario = fc.integer({ min: 1, max: 3 }).chain((nc) => fc.record({
  channels: fc.array(channel, { minLength: nc, maxLength: nc }),
  arrivals: fc.array(fc.array(fc.integer({ min: 0, max: 25 }), { minLength: INTERVALS, maxLength: INTERVALS }), { minLength: nc, maxLength: nc }),
  pools: fc.array(fc.record({
    skills: fc.uniqueArray(fc.integer({ min: 0, max: nc - 1 }), { minLength: 1, maxLength: nc }),
    productive: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: INTERVALS, maxLength: INTERVALS }),
    ahtMultiplier: fc.option(fc.array(fc.constantFrom(1, 1.5), { minLength: INTERVALS, maxLength: INTERVALS }), { nil: undefined }),
  }), { minLength: 1, maxLength: 3 }),
  shortAbandonSeconds: fc.constantFrom(0, 5),
})).map((x) => buildScenario({ intervalSeconds: 600, intervalsPerDay: 3, days: 2, ...x }));

const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });

function allFiniteNonNegative(value: unknown, path = 'result'): string | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? null : `${path} = ${value}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) { const bad = allFiniteNonNegative(value[i], `${path}[${i}]`); if (bad) return bad; }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) { const bad = allFiniteNonNegative(v, `${path}.${k}`); if (bad) return bad; }
  }
  return null;
}

describe('simulator invariants on random scenarios', () => {
  it('every event respects the clock, concurrency and head-count; every contact is accounted for', () => {
    fc.assert(fc.property(scenario, seeds, (s, seed) => {
      let last = -Infinity;
      const problems: string[] = [];
      const observer = {
        afterEvent(now: number, v: StateView) {
          if (now < last) problems.push(`clock went back ${last} → ${now}`);
          last = now;
          for (let p = 0; p < s.pools.length; p++) {
            const iv = Math.min(Math.floor(now / s.intervalSeconds), s.intervalCount - 1);
            // At a boundary the head-count already belongs to the new interval.
            const expected = s.pools[p].productive[iv];
            if (v.headCount(p) !== expected && !(now === iv * s.intervalSeconds)) problems.push(`pool ${p} head-count ${v.headCount(p)} ≠ ${expected} at ${now}`);
            if (v.busyAgents(p) > v.headCount(p) + v.leavingAgents(p)) problems.push(`pool ${p}: ${v.busyAgents(p)} busy > ${v.headCount(p)} + ${v.leavingAgents(p)} leaving`);
            if (v.maxSessions(p) > v.maxConcurrency(p)) problems.push(`pool ${p}: an agent holds ${v.maxSessions(p)} sessions`);
          }
          for (let c = 0; c < s.channels.length; c++) if (v.waiting(c) < 0) problems.push(`channel ${c} waiting ${v.waiting(c)}`);
        },
      };
      const r = simulateReplication(s, { seed, replication: 0, observer });
      expect(problems.slice(0, 3)).toEqual([]);
      expect(allFiniteNonNegative(r)).toBeNull();
      r.channels.forEach((ch, c) => {
        for (let i = 0; i < s.intervalCount; i++) {
          expect(ch.offered[i], `channel ${c} interval ${i}`).toBe(ch.answered[i] + ch.abandoned[i] + ch.stillWaiting[i]);
          expect(ch.answeredWithin[i]).toBeLessThanOrEqual(ch.answered[i]);
          expect(ch.shortAbandoned[i]).toBeLessThanOrEqual(ch.abandoned[i]);
          expect(ch.waitAllSeconds[i]).toBeGreaterThanOrEqual(ch.waitAnsweredSeconds[i]);
          expect(ch.queued[i]).toBeGreaterThanOrEqual(ch.abandoned[i]);
        }
        if (s.channels[c].kind === 'callback' || s.channels[c].kind === 'email' || !s.channels[c].patience) {
          expect(ch.abandoned.every((x) => x === 0)).toBe(true);
        }
      });
      r.pools.forEach((p) => p.busyAgentSeconds.forEach((b, i) => {
        expect(b).toBeLessThanOrEqual(p.presentAgentSeconds[i] * (1 + 1e-12) + 1e-9);
      }));
    }), { seed: 42, numRuns: 150 });
  });

  it('the same seed gives the same result; another replication gives another', () => {
    fc.assert(fc.property(scenario, seeds, (s, seed) => {
      const a = simulateReplication(s, { seed, replication: 1 });
      const b = simulateReplication(s, { seed, replication: 1 });
      expect(b).toEqual(a);
      const offered = (r: ReplicationResult) => r.channels.reduce((t, ch) => t + ch.offered.reduce((x, y) => x + y, 0), 0);
      if (offered(a) > 0) {
        const c = simulateReplication(s, { seed, replication: 2 });
        expect(JSON.stringify(c.channels)).not.toBe(JSON.stringify(a.channels));
      }
    }), { seed: 7, numRuns: 60 });
  });
});
