/**
 * Reusing intervals (compare/intervalReuse.ts) changes no figure: over random small scenarios,
 * several strategies and a stressed copy of the forecast evaluated one after the other with one
 * shared cache, each evaluation is deeply equal — every number to the last bit, 0 and −0 apart —
 * to the same strategy evaluated alone with reuse off. The scenarios repeat days and share
 * levers on purpose, so that most intervals are answered from the memo (checked: the test fails
 * if nothing was reused).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResolvedScenario } from '../../../src/scenario/model';
import { createAnalyticCache } from '../../../src/simulation/compare/analyticCache';
import { evaluateStrategy } from '../../../src/simulation/compare/evaluate';
import { createIntervalMemo, MemoKey } from '../../../src/simulation/compare/intervalMemo';
import { applyStrategy, baselineScenario } from '../../../src/simulation/levers';
import type { StrategyScenario } from '../../../src/simulation/levers/types';
import type { StrategyFile } from '../../../src/scenario/schema';
import { buildScenario } from '../des/scenarioBuilder';
import { DAY, outsourcing } from '../des/leverScenario';

const PER_DAY = 6;
const DAYS = 3;
/** One day's counts, repeated over the days, with one day's changed by a factor (a peak). */
const days = (max: number) => fc.record({
  day: fc.array(fc.integer({ min: 0, max }), { minLength: PER_DAY, maxLength: PER_DAY }),
  peakDay: fc.integer({ min: 0, max: DAYS - 1 }),
  factor: fc.constantFrom(1, 1.5),
}).map(({ day, peakDay, factor }) => Array.from({ length: DAYS }, (_, d) => day.map((x) => (d === peakDay ? x * factor : x))).flat());
const dist = fc.record({ dist: fc.constant('exponential' as const), mean: fc.integer({ min: 120, max: 600 }) });

const base = fc.record({
  voiceAht: dist, chatAht: dist, emailAht: dist,
  voicePatience: fc.option(dist, { nil: null }), chatPatience: fc.option(dist, { nil: null }),
  chatConcurrency: fc.integer({ min: 1, max: 3 }), fcr: fc.constantFrom(1, 0.8),
  voice: days(40), chat: days(20), email: days(20),
  voiceTeam: days(8), chatTeam: days(4), emailTeam: days(4),
  voiceTeamDoesEmail: fc.boolean(),
}).map((x) => buildScenario({
  intervalSeconds: 1800, intervalsPerDay: PER_DAY, days: DAYS, shortAbandonSeconds: 5,
  channels: [
    { id: 'voice', kind: 'voice', aht: x.voiceAht, patience: x.voicePatience, fcr: x.fcr, repeatDelaySeconds: 600,
      targets: { serviceLevel: { share: 0.8, seconds: 20 }, minAnswerRate: 0.9 } },
    { id: 'chat', kind: 'chat', aht: x.chatAht, patience: x.chatPatience, concurrency: x.chatConcurrency,
      targets: { serviceLevel: { share: 0.8, seconds: 60 }, maxOccupancy: 0.9 } },
    { id: 'email', kind: 'email', aht: x.emailAht, fcr: x.fcr, repeatDelaySeconds: 900, targets: { responseWithin: [{ share: 0.9, hours: 4 }] } },
  ],
  arrivals: [x.voice, x.chat, x.email],
  pools: [
    { id: 'voiceTeam', skills: x.voiceTeamDoesEmail ? [0, 2] : [0], productive: x.voiceTeam },
    { id: 'chatTeam', skills: [1, 2], productive: x.chatTeam },
    { id: 'emailTeam', skills: [2], productive: x.emailTeam },
  ],
}));

const routingMode = fc.oneof(
  fc.record({ mode: fc.constant('share'), share: fc.constantFrom(0.25, 0.5) }),
  fc.record({ mode: fc.constant('queueAbove'), queue: fc.integer({ min: 0, max: 4 }) }),
  fc.record({ mode: fc.constant('waitAbove'), seconds: fc.integer({ min: 0, max: 120 }) }),
  fc.record({ mode: fc.constant('channel') }),
);
const end = `2026-01-0${4 + DAYS}`;
/** A lever of each kind the evaluation has a step for, over part of the horizon. */
const lever = fc.oneof(
  fc.record({
    channels: fc.subarray(['voice', 'chat', 'email'], { minLength: 1 }), routing: routingMode, agents: fc.integer({ min: 0, max: 4 }),
    fcr: fc.constantFrom(1, 0.7), end: fc.constantFrom(DAY, end),
  }).map((x) => outsourcing(x.channels, x.routing, { agents: x.agents, ahtMultiplier: 1.2, fcr: x.fcr, end: x.end })),
  fc.record({ fromPoolId: fc.constantFrom('chatTeam', 'emailTeam'), maxAgents: fc.integer({ min: 1, max: 3 }), standby: fc.boolean() })
    .map((x) => ({
      kind: 'reallocation', mode: 'dynamic', fromPoolId: x.fromPoolId, toChannel: 'voice', maxAgents: x.maxAgents, queueAbove: 2, releaseBelowQueue: 0,
      start: DAY, end: DAY, ...(x.standby ? { chatStandby: { channel: 'chat', moveTo: [{ channel: 'email', share: 0.5 }] } } : {}),
    })),
  fc.record({ count: fc.integer({ min: 1, max: 4 }) })
    .map((x) => ({ kind: 'temps', count: x.count, decisionDate: '2025-12-01', skills: ['voice', 'email'], hoursPerDay: 3, hourlyWage: 10, shrinkage: 0 })),
  fc.record({ hours: fc.constantFrom(0.5, 1) })
    .map((x) => ({ kind: 'overtime', hoursPerAgentPerDay: x.hours, capHoursPerDay: 2, start: DAY, end: DAY })),
);

/**
 * A stressed world, as uncertainty/applyWorld.ts makes one: one interval's voice arrivals moved,
 * and the first pool slower in another (its handle-time multiplier).
 */
function stressed(s: ResolvedScenario, busier: number, slower: number): ResolvedScenario {
  return {
    ...s,
    arrivals: s.arrivals.map((series, c) => (c === 0 ? series.map((x, i) => (i === busier ? x * 1.3 + 1 : x)) : series)),
    pools: s.pools.map((p, k) => (k === 0 ? { ...p, ahtMultiplier: p.productive.map((_, i) => (i === slower ? 1.25 : 1)) } : p)),
  };
}

/**
 * Outsourcing strategies that differ only in how contacts reach the outsourcer (its pools are the
 * same); then rules in force on the first day only that may change nothing else there (an
 * outsourcer without agents, chat standby beside a planned move of what may be no agent): such
 * intervals differ from the next day's only in whether the rule is in force.
 */
const fixedLevers: Record<string, unknown>[][] = [
  [outsourcing(['voice'], { mode: 'share', share: 0.5 }, { agents: 2, end })],
  [outsourcing(['voice'], { mode: 'channel' }, { agents: 2, end })],
  [outsourcing(['voice'], { mode: 'queueAbove', queue: 1 }, { agents: 2, end })],
  [outsourcing(['voice'], { mode: 'share', share: 0.5 }, { agents: 0, end: DAY })],
  [{
    kind: 'reallocation', mode: 'planned', fromPoolId: 'chatTeam', toChannel: 'voice', maxAgents: 1, start: DAY, end: DAY,
    chatStandby: { channel: 'chat', moveTo: [{ channel: 'email', share: 0.5 }] },
  }],
];

function strategies(s: ResolvedScenario, leverSets: Record<string, unknown>[][]): StrategyScenario[] {
  const out: StrategyScenario[] = [baselineScenario(s)];
  [...leverSets, ...fixedLevers].forEach((levers, k) => out.push(applyStrategy(s, { id: `s${k}`, name: `S${k}`, levers } as StrategyFile)));
  return out;
}

describe('reusing intervals across strategies and worlds', () => {
  it('gives every strategy exactly the evaluation it gets without reuse', () => {
    let hits = 0;
    fc.assert(fc.property(
      base, fc.array(fc.array(lever, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }),
      fc.integer({ min: 0, max: PER_DAY * DAYS - 1 }), fc.integer({ min: 0, max: PER_DAY * DAYS - 1 }),
      (s, leverSets, busier, slower) => {
        const shared = createAnalyticCache(30, true);
        // The same strategies twice (a second search), then in a stressed world: most intervals repeat.
        const scenarios = [...strategies(s, leverSets), ...strategies(s, leverSets), ...strategies(stressed(s, busier, slower), leverSets)];
        for (const ss of scenarios) {
          const reused = evaluateStrategy(ss, shared);
          const alone = evaluateStrategy(ss, createAnalyticCache(30, false));
          expect(reused).toEqual(alone);
        }
        hits += shared.intervals!.hits;
      },
    ), { seed: 1414, numRuns: 60 });
    expect(hits).toBeGreaterThan(0);
  });
});

describe('the interval memo', () => {
  const key = (...xs: number[]) => {
    const k = new MemoKey(xs.length);
    k.values.set(xs);
    return k;
  };

  it('answers only a key equal bit for bit: 0 and −0, and nearby numbers, are different questions', () => {
    const memo = createIntervalMemo();
    const t = memo.table('structure');
    const outcome = new Float64Array([1, 2]);
    t.store(key(1, 0), outcome);
    expect(t.find(key(1, 0))).toBe(outcome);
    expect(t.find(key(1, -0))).toBeUndefined();
    expect(t.find(key(1 + Number.EPSILON, 0))).toBeUndefined();
    expect(memo.table('another structure').find(key(1, 0))).toBeUndefined();
  });

  it('keeps every key apart when many share a hash bucket', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.double({ noNaN: true }), { minLength: 1, maxLength: 200, comparator: Object.is }), (xs) => {
      const t = createIntervalMemo().table('s');
      xs.forEach((x, k) => t.store(key(x), new Float64Array([k])));
      xs.forEach((x, k) => expect(t.find(key(x))?.[0]).toBe(k));
    }), { seed: 7, numRuns: 50 });
  });

  it('starts again past its bound, and still answers right after', () => {
    const memo = createIntervalMemo(10);
    const t = memo.table('s');
    t.store(key(1), new Float64Array([1, 1, 1]));
    t.store(key(2), new Float64Array([2, 2, 2]));
    expect(memo.numbers()).toBe(8);
    t.store(key(3), new Float64Array([3, 3, 3]));
    expect(memo.numbers()).toBe(4);
    expect(t.find(key(1))).toBeUndefined();
    expect(t.find(key(3))?.[0]).toBe(3);
  });
});
