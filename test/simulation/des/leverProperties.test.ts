/**
 * Invariants with every lever rule on, over random small strategy scenarios (fast-check, fixed
 * seeds): contacts are conserved per channel and interval, figures stay finite and non-negative,
 * the reallocation cap and session limits hold at every event, runs are deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../../src/scenario/schema';
import type { ReplicationResult, StateView } from '../../../src/simulation/des';
import { watchInvariants } from './invariantWatch';
import { buildScenario } from './scenarioBuilder';
import { outsourcing, run, strategy, total } from './leverScenario';

const PER_DAY = 6;
const DAYS = 2;
const N = PER_DAY * DAYS;
const counts = (max: number) => fc.array(fc.integer({ min: 0, max }), { minLength: N, maxLength: N });
const dist: fc.Arbitrary<Distribution> = fc.oneof(
  fc.record({ dist: fc.constant('exponential' as const), mean: fc.integer({ min: 60, max: 600 }) }),
  fc.record({ dist: fc.constant('fixed' as const), mean: fc.integer({ min: 60, max: 600 }) }),
);

const base = fc.record({
  voiceAht: dist, chatAht: dist, emailAht: dist,
  voicePatience: fc.option(dist, { nil: null }), chatPatience: fc.option(dist, { nil: null }),
  chatConcurrency: fc.integer({ min: 1, max: 3 }), fcr: fc.constantFrom(1, 0.8),
  retrial: fc.constantFrom(0, 0.3),
  voice: counts(40), chat: counts(20), email: counts(20),
  voiceTeam: counts(8), chatTeam: counts(4), emailTeam: counts(4),
  voiceTeamDoesEmail: fc.boolean(),
}).map((x) => buildScenario({
  intervalSeconds: 1800, intervalsPerDay: PER_DAY, days: DAYS, shortAbandonSeconds: 5,
  channels: [
    { id: 'voice', kind: 'voice', aht: x.voiceAht, patience: x.voicePatience, fcr: x.fcr, repeatDelaySeconds: 600, retrial: { share: x.retrial, delaySeconds: 120 } },
    { id: 'chat', kind: 'chat', aht: x.chatAht, patience: x.chatPatience, concurrency: x.chatConcurrency },
    { id: 'email', kind: 'email', aht: x.emailAht, fcr: x.fcr, repeatDelaySeconds: 900 },
  ],
  arrivals: [x.voice, x.chat, x.email],
  pools: [
    { id: 'voiceTeam', skills: x.voiceTeamDoesEmail ? [0, 2] : [0], productive: x.voiceTeam },
    { id: 'chatTeam', skills: [1], productive: x.chatTeam },
    { id: 'emailTeam', skills: [2], productive: x.emailTeam },
  ],
}));

const routingMode = fc.oneof(
  fc.record({ mode: fc.constant('share'), share: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ mode: fc.constant('queueAbove'), queue: fc.integer({ min: 0, max: 4 }) }),
  fc.record({ mode: fc.constant('waitAbove'), seconds: fc.integer({ min: 0, max: 120 }) }),
  fc.record({ mode: fc.constant('channel') }),
);
const levers = fc.record({
  outsourced: fc.subarray(['voice', 'chat', 'email'], { minLength: 1 }),
  routing: routingMode,
  agents: fc.integer({ min: 0, max: 4 }),
  ahtMultiplier: fc.constantFrom(1, 1.3),
  bpoFcr: fc.constantFrom(1, 0.7),
  from: fc.constantFrom('00:00', '01:00'),
  fromPoolId: fc.constantFrom('chatTeam', 'emailTeam'),
  maxAgents: fc.integer({ min: 1, max: 3 }),
  queueAbove: fc.integer({ min: 0, max: 3 }),
  standbyShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  temps: fc.boolean(),
}).map((x) => [
  outsourcing(x.outsourced, x.routing, { agents: x.agents, ahtMultiplier: x.ahtMultiplier, fcr: x.bpoFcr, from: x.from, end: '2026-01-06' }),
  {
    kind: 'reallocation', mode: 'dynamic', fromPoolId: x.fromPoolId, toChannel: 'voice', maxAgents: x.maxAgents,
    queueAbove: x.queueAbove, releaseBelowQueue: 0,
    ...(x.standbyShare === null ? {} : { chatStandby: { channel: 'chat', moveTo: [{ channel: 'email', share: x.standbyShare }] } }),
  },
  ...(x.temps ? [{ kind: 'temps', count: 3, decisionDate: '2025-12-01', skills: ['voice', 'email'], hoursPerDay: 2, hourlyWage: 10, shrinkage: 0 }] : []),
]);
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });

function firstBad(value: unknown, path = 'result'): string | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? null : `${path} = ${value}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) { const bad = firstBad(value[i], `${path}[${i}]`); if (bad) return bad; }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) { const bad = firstBad(v, `${path}.${k}`); if (bad) return bad; }
  }
  return null;
}

describe('the simulator with every lever rule on', () => {
  it('conserves contacts, keeps figures finite, the cap and session limits at every event', () => {
    fc.assert(fc.property(base, levers, seeds, (b, ls, seed) => {
      const s = strategy(b, ...ls);
      const cap = s.reallocation[0]!.maxAgents;
      const from = s.reallocation[0]!.fromPoolIndex;
      const problems: string[] = [];
      const watch = watchInvariants(s);
      const observer = {
        serviceStarting: watch.observer.serviceStarting,
        afterEvent(now: number, v: StateView) {
          watch.observer.afterEvent(now, v);
          if (v.agentsOn(from, 0) > cap) problems.push(`${v.agentsOn(from, 0)} of pool ${from} on voice at ${now}`);
          if (v.movedAgents() > cap) problems.push(`${v.movedAgents()} moved at ${now}`);
          for (let p = 0; p < s.pools.length; p++) {
            if (v.agentsOverLimit(p) > 0) problems.push(`pool ${p}: an agent over its session limit at ${now}`);
          }
          for (let c = 0; c < 3; c++) if (v.waitingInHouse(c) < 0 || v.waitingInHouse(c) > v.waiting(c)) problems.push(`channel ${c} waiting at ${now}`);
        },
      };
      const r = run(s, seed, 0, observer);
      expect(problems.slice(0, 3)).toEqual([]);
      expect(watch.problems).toEqual([]);
      expect(firstBad(r)).toBeNull();
      r.channels.forEach((ch, c) => {
        for (let i = 0; i < N; i++) {
          expect(ch.offered[i], `channel ${c} interval ${i}`).toBe(ch.answered[i] + ch.abandoned[i] + ch.stillWaiting[i]);
          expect(ch.deflected[i]).toBeLessThanOrEqual(ch.abandoned[i]);
          expect(ch.queued[i]).toBeGreaterThanOrEqual(ch.abandoned[i] - ch.deflected[i]);
          expect(ch.deflectedIn[i]).toBe(c === 2 ? r.channels[1].deflectedOut[i] : 0);
        }
      });
      // Every answer was started by some pool, and every pool's starts are answers.
      const answered = total(r.channels.map((ch) => total(ch.answered)));
      expect(total(r.pools.map((p) => total(p.handledContacts)))).toBe(answered);
      r.movedAgents.forEach((m) => expect(m).toBeLessThanOrEqual(cap + 1e-9));
      // An outsourcer pool answers only what its rules send it.
      const bpo = s.pools.findIndex((p) => p.kind === 'outsourcer');
      if (s.pools[bpo]!.productive.every((x) => x === 0)) expect(total(r.pools[bpo]!.handledContacts)).toBe(0);
    }), { seed: 2024, numRuns: 80 });
  });

  it('is deterministic: the same seed gives the same result', () => {
    fc.assert(fc.property(base, levers, seeds, (b, ls, seed) => {
      const s = strategy(b, ...ls);
      const a: ReplicationResult = run(s, seed, 3);
      expect(run(s, seed, 3)).toEqual(a);
    }), { seed: 99, numRuns: 25 });
  });
});
