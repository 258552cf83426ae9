/**
 * The head-count rule (docs/model.md, "Head-count") watched at every event over random scenarios
 * whose staffing rises and drops (to 0 and back), at 15, 30 and 60-minute intervals, with
 * multi-skill pools, chat sessions and every lever kind: zero violations of invariantWatch.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../../src/scenario/schema';
import type { StateView } from '../../../src/simulation/des';
import { watchInvariants } from './invariantWatch';
import { DAY, outsourcing, run, strategy } from './leverScenario';
import { buildScenario } from './scenarioBuilder';

const PER_DAY = 8;
const DAYS = 2;
const N = PER_DAY * DAYS;
const dist: fc.Arbitrary<Distribution> = fc.oneof(
  fc.record({ dist: fc.constant('exponential' as const), mean: fc.integer({ min: 60, max: 900 }) }),
  fc.record({ dist: fc.constant('lognormal' as const), mean: fc.integer({ min: 60, max: 900 }), cv: fc.double({ min: 0.3, max: 1.5, noNaN: true }) }),
  fc.record({ dist: fc.constant('fixed' as const), mean: fc.integer({ min: 60, max: 900 }) }),
);
/** Head-counts that jump up and down, with runs of zero. */
const staffing = (max: number) => fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max })), { minLength: N, maxLength: N });
const volumes = (max: number) => fc.array(fc.integer({ min: 0, max }), { minLength: N, maxLength: N });

const base = fc.record({
  intervalMinutes: fc.constantFrom(15, 30, 60),
  voiceAht: dist, chatAht: dist, emailAht: dist,
  voicePatience: fc.option(dist, { nil: null }), chatPatience: fc.option(dist, { nil: null }),
  chatConcurrency: fc.integer({ min: 1, max: 3 }),
  voice: volumes(60), chat: volumes(30), email: volumes(15),
  voiceTeam: staffing(10), chatTeam: staffing(5), blended: staffing(4),
  blendedSkills: fc.constantFrom<number[]>([0, 1], [1, 0], [0, 2], [0, 1, 2]),
}).map((x) => buildScenario({
  intervalSeconds: x.intervalMinutes * 60, intervalsPerDay: PER_DAY, days: DAYS,
  channels: [
    { id: 'voice', kind: 'voice', aht: x.voiceAht, patience: x.voicePatience },
    { id: 'chat', kind: 'chat', aht: x.chatAht, patience: x.chatPatience, concurrency: x.chatConcurrency },
    { id: 'email', kind: 'email', aht: x.emailAht },
  ],
  arrivals: [x.voice, x.chat, x.email],
  pools: [
    { id: 'voiceTeam', skills: [0], productive: x.voiceTeam },
    { id: 'chatTeam', skills: [1], productive: x.chatTeam },
    { id: 'blended', skills: x.blendedSkills, productive: x.blended },
  ],
}));

/** One lever of each kind, or none. */
const lever = fc.oneof(
  fc.constant(null),
  fc.record({ agents: fc.integer({ min: 0, max: 6 }), queue: fc.integer({ min: 0, max: 3 }) })
    .map((x) => outsourcing(['voice'], { mode: 'queueAbove', queue: x.queue }, { agents: x.agents, end: '2026-01-06' })),
  fc.record({ maxAgents: fc.integer({ min: 1, max: 3 }), queueAbove: fc.integer({ min: 0, max: 3 }) })
    .map((x) => ({ kind: 'reallocation', mode: 'dynamic', fromPoolId: 'chatTeam', toChannel: 'voice', maxAgents: x.maxAgents, queueAbove: x.queueAbove })),
  fc.integer({ min: 1, max: 3 })
    .map((maxAgents) => ({ kind: 'reallocation', mode: 'planned', fromPoolId: 'chatTeam', toChannel: 'voice', maxAgents, start: DAY, end: DAY })),
  fc.integer({ min: 1, max: 4 })
    .map((count) => ({ kind: 'temps', count, decisionDate: '2025-12-01', skills: ['voice', 'chat'], hoursPerDay: 3, hourlyWage: 10, shrinkage: 0 })),
  fc.constantFrom(1, 2)
    .map((hours) => ({ kind: 'overtime', poolId: 'voiceTeam', hoursPerAgentPerDay: hours, shiftHours: 2 })),
);

describe('head-count rule at every event', () => {
  it('no start above the head-count, no idle agent beside a queue, no agent counted twice', () => {
    let starts = 0;
    fc.assert(fc.property(base, lever, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (b, l, seed) => {
      const s = l === null ? b : strategy(b, l);
      const watch = watchInvariants(s);
      run(s, seed, 0, watch.observer);
      starts += watch.starts;
      expect(watch.problems).toEqual([]);
    }), { seed: 8, numRuns: 200 });
    expect(starts).toBeGreaterThan(10_000);
  });
});

describe('the invariant watch itself', () => {
  const s = buildScenario({ intervalsPerDay: 1, channels: [{ aht: { dist: 'fixed', mean: 60 } }], arrivals: [[1]], pools: [{ skills: [0], productive: [2] }] });
  const view = (over: Partial<StateView>): StateView => ({
    busyAgents: () => 2, headCount: () => 2, leavingAgents: () => 0, presentAgents: () => 2, idleAgents: () => [],
    sessionsOf: () => 1, agentsWithRoom: () => 0, maxSessions: () => 1, maxConcurrency: () => 1,
    waiting: () => 0, waitingInHouse: () => 0, callbackTasks: () => 0, agentsOn: () => 0, movedAgents: () => 0, agentsOverLimit: () => 0,
    ...over,
  });

  it('reports a start on a free agent when busy agents already reach the head-count (the old rule)', () => {
    const watch = watchInvariants(s);
    watch.observer.serviceStarting!(10, 0, false, view({ busyAgents: () => 2, headCount: () => 1, leavingAgents: () => 1, presentAgents: () => 2 }));
    expect(watch.problems).toHaveLength(1);
    expect(watch.problems[0]).toMatch(/started a contact on a free agent with 2 busy ≥ head-count 1/);
  });

  it('reports an idle agent beside a queue, an agent listed twice and a count that does not add up', () => {
    const watch = watchInvariants(s);
    watch.observer.afterEvent(5, view({ busyAgents: () => 0, idleAgents: () => [0, 0], sessionsOf: () => 0, waitingInHouse: () => 3 }));
    expect(watch.problems.join('\n')).toMatch(/lists an idle agent twice/);
    expect(watch.problems.join('\n')).toMatch(/channel 0 has 3 waiting while pool 0 has 2 idle/);
    const counted = watchInvariants(s);
    counted.observer.afterEvent(5, view({ presentAgents: () => 3 }));
    expect(counted.problems.join('\n')).toMatch(/3 on the floor ≠ head-count 2 \+ 0 leaving/);
  });

  it('reports a call-back task left waiting beside an idle agent', () => {
    const watch = watchInvariants(s);
    watch.observer.afterEvent(5, view({ busyAgents: () => 1, idleAgents: () => [1], sessionsOf: (a) => (a === 1 ? 0 : 1), callbackTasks: () => 2 }));
    expect(watch.problems.join('\n')).toMatch(/channel 0 has 2 call-back tasks waiting while pool 0 has 1 idle/);
  });
});
