/**
 * Channel behaviours with hand-computed outcomes: email backlog (fluid case), email below voice,
 * callback without abandonment, the end-of-shift rules, repeats, retrials, short abandons, the
 * pool AHT multiplier, common random numbers and the end of the run.
 */
import { describe, expect, it } from 'vitest';
import { simulateReplication, standardModelScenario, type StateView } from '../../../src/simulation/des';
import { buildScenario, repeat, sum } from './scenarioBuilder';

const HOUR = 3600;

describe('email backlog (fluid case)', () => {
  // 600 emails expected in the first hour, 10 agents 8 h a day, fixed 600 s: every agent starts
  // exactly 48 emails on day 1 (its first within the first minutes, then back to back), so the
  // backlog at the end of day 1 is offered − 480, exactly; day 2 (no arrivals) clears it.
  const perDay = 24;
  const staff = [...repeat(10, 8), ...repeat(0, 16)];
  const s = buildScenario({
    intervalSeconds: HOUR, intervalsPerDay: perDay, days: 2,
    channels: [{ kind: 'email', aht: { dist: 'fixed', mean: 600 }, targets: { responseWithin: [{ share: 0.8, hours: 23 }, { share: 1, hours: 48 }] } }],
    arrivals: [[600, ...repeat(0, 2 * perDay - 1)]],
    pools: [{ skills: [0], productive: [...staff, ...staff] }],
  });
  for (const replication of [0, 1, 2, 3]) {
    it(`replication ${replication}: backlog = offered − capacity, carried to the next open interval`, () => {
      const r = simulateReplication(s, { seed: 7, replication });
      const ch = r.channels[0];
      const offered = sum(ch.offered);
      expect(offered).toBeGreaterThan(480);
      expect(ch.backlogEndOfDay[0]).toBe(offered - 480);
      expect(ch.backlogEndOfDay[1]).toBe(0);
      expect(sum(ch.answered)).toBe(offered);
      // Day-1 replies take < 8.2 h; day-2 replies wait at least from 1 h to 24 h: > 23 h.
      expect(sum(ch.respondedWithin[0])).toBe(480);
      expect(sum(ch.respondedWithin[1])).toBe(offered);
      // Busy 10 agents × 8 h on day 1 minus the first minutes of trickling arrivals.
      expect(sum(r.pools[0].busyAgentSeconds.slice(0, 8))).toBeGreaterThan(10 * 8 * HOUR - 10 * 120);
    });
  }

  it('email still waiting when the horizon ends stays waiting, even with agents on the floor', () => {
    const t = buildScenario({
      intervalSeconds: HOUR, intervalsPerDay: 2,
      channels: [{ kind: 'email', aht: { dist: 'fixed', mean: 1200 } }],
      arrivals: [[0, 100]],
      pools: [{ skills: [0], productive: [1, 1] }],
    });
    const r = simulateReplication(t, { seed: 1, replication: 0 });
    const ch = r.channels[0];
    expect(sum(ch.answered)).toBeLessThanOrEqual(4);
    expect(sum(ch.stillWaiting)).toBe(sum(ch.offered) - sum(ch.answered));
    expect(ch.backlogEndOfDay[0]).toBe(sum(ch.stillWaiting));
  });
});

describe('priorities between channels', () => {
  it('voice is served before email even when email comes first in the skills', () => {
    const n = 8;
    const s = buildScenario({
      intervalSeconds: HOUR, intervalsPerDay: n,
      channels: [
        { kind: 'email', aht: { dist: 'fixed', mean: 60 } },
        { kind: 'voice', aht: { dist: 'fixed', mean: 60 }, targets: { serviceLevel: { share: 0.8, seconds: 60 } } },
      ],
      arrivals: [[2000, ...repeat(0, n - 1)], repeat(4, n)],
      pools: [{ skills: [0, 1], productive: repeat(5, n) }],
    });
    for (let rep = 0; rep < 5; rep++) {
      const voice = simulateReplication(s, { seed: 3, replication: rep }).channels[1];
      // An agent frees every ≤ 60 s; a voice call never waits behind the 2,000-email backlog.
      expect(sum(voice.answeredWithin)).toBe(sum(voice.offered));
    }
  });

  it('callback never abandons (patience ignored) and is answered once agents free up', () => {
    const s = buildScenario({
      intervalSeconds: 1800, intervalsPerDay: 4,
      channels: [{ kind: 'callback', aht: { dist: 'exponential', mean: 300 }, patience: { dist: 'exponential', mean: 10 },
        targets: { callbackWithin: { share: 0.9, minutes: 30 } } }],
      arrivals: [[40, 40, 0, 0]],
      pools: [{ skills: [0], productive: [3, 3, 3, 3] }],
    });
    const ch = simulateReplication(s, { seed: 5, replication: 0 }).channels[0];
    expect(sum(ch.abandoned)).toBe(0);
    expect(sum(ch.answered)).toBe(sum(ch.offered));
    // Overloaded (≈ 6.7 Erlangs on 3 agents): some callbacks exceed 30 min, but not all.
    expect(sum(ch.answeredWithin)).toBeLessThan(sum(ch.answered));
    expect(sum(ch.answeredWithin)).toBeGreaterThan(0);
  });
});

describe('end-of-shift rules', () => {
  it('busy agents above a lowered head-count finish their contact and take no new one', () => {
    // 10 agents, then 2, then 0; fixed 1000 s handle times; a long patient queue. The 10 first
    // contacts start before 600 s; 8 agents leave at their end; the 2 who stay take one more
    // each only if they finish before 1200 s. A simulator giving everyone overtime answers 18+.
    const s = buildScenario({
      intervalSeconds: 600, intervalsPerDay: 3,
      channels: [{ aht: { dist: 'fixed', mean: 1000 } }],
      arrivals: [[200, 0, 0]],
      pools: [{ skills: [0], productive: [10, 2, 0] }],
    });
    for (let rep = 0; rep < 5; rep++) {
      const r = simulateReplication(s, { seed: 11, replication: rep });
      const answered = sum(r.channels[0].answered);
      expect(answered).toBeGreaterThanOrEqual(10);
      expect(answered).toBeLessThanOrEqual(12);
      expect(sum(r.channels[0].stillWaiting)).toBe(sum(r.channels[0].offered) - answered);
      // Interval 1: 2 agents on shift plus 8 finishing (each 400–600 s more), all busy.
      const present = r.pools[0].presentAgentSeconds[1];
      expect(present).toBeGreaterThanOrEqual(2 * 600 + 8 * 400);
      expect(present).toBeLessThanOrEqual(10 * 600);
      expect(r.pools[0].busyAgentSeconds[1]).toBeCloseTo(present, 6);
    }
  });

  it('agents joining at a boundary take the longest-waiting contacts at once', () => {
    const s = buildScenario({
      intervalSeconds: 600, intervalsPerDay: 2,
      channels: [{ aht: { dist: 'exponential', mean: 3000 } }],
      arrivals: [[30, 0]],
      pools: [{ skills: [0], productive: [0, 5] }],
    });
    let atBoundary: { busy: number; waiting: number } | null = null;
    const observer = {
      afterEvent(now: number, view: StateView) {
        if (now === 600 && atBoundary === null) atBoundary = { busy: view.busyAgents(0), waiting: view.waiting(0) };
      },
    };
    const r = simulateReplication(s, { seed: 2, replication: 0, observer });
    const offered = sum(r.channels[0].offered);
    expect(atBoundary).toEqual({ busy: 5, waiting: offered - 5 });
    // The first five (FIFO) waited exactly until 600 s: their waits sum to 5·600 − their arrival times.
    expect(r.channels[0].waitAnsweredSeconds[0]).toBeGreaterThan(0);
  });

  it('nobody staffed and no patience: the run ends, every contact still waiting', () => {
    const s = buildScenario({
      intervalSeconds: 600, intervalsPerDay: 3,
      channels: [{ aht: { dist: 'exponential', mean: 60 } }, { kind: 'callback', aht: { dist: 'exponential', mean: 60 } }],
      arrivals: [[10, 10, 10], [5, 5, 5]],
      pools: [{ skills: [0, 1], productive: [0, 0, 0] }],
    });
    const r = simulateReplication(s, { seed: 1, replication: 0 });
    for (const ch of r.channels) {
      expect(ch.stillWaiting).toEqual(ch.offered);
      expect(sum(ch.answered)).toBe(0);
    }
    expect(r.endSeconds).toBeLessThanOrEqual(1800);
  });
});

describe('repeats, retrials and short abandons', () => {
  const base = (over: Partial<Parameters<typeof buildScenario>[0]['channels'][number]>, agents: number, shortAbandonSeconds = 0) => buildScenario({
    intervalSeconds: HOUR, intervalsPerDay: 24, shortAbandonSeconds,
    channels: [{ aht: { dist: 'exponential', mean: 300 }, ...over }],
    arrivals: [repeat(100, 24)],
    pools: [{ skills: [0], productive: repeat(agents, 24) }],
  });

  it('1 − fcr of answered contacts come back', () => {
    // 16 agents: with repeats ≈ 11.9 Erlangs, little is left for the drain (where repeats are dropped).
    const s = base({ fcr: 0.7, repeatDelaySeconds: 600 }, 16);
    let repeats = 0;
    let answered = 0;
    for (let rep = 0; rep < 10; rep++) {
      const ch = simulateReplication(s, { seed: 4, replication: rep }).channels[0];
      repeats += sum(ch.repeats);
      answered += sum(ch.answered);
    }
    // Repeats due after the horizon are dropped (those answered in about the last quarter hour),
    // so the expected share lies between 0.3 × (1 − 1/24) and 0.3; 4 binomial standard errors
    // either side (the share's s.e. is about 0.0025 here).
    const share = repeats / answered;
    const se = Math.sqrt((0.3 * 0.7) / answered);
    expect(share).toBeGreaterThan(0.3 * (1 - 1 / 24) - 4 * se);
    expect(share).toBeLessThan(0.3 + 4 * se);
  });

  it('a share of (long) abandons retry; short abandons are counted apart and never retry', () => {
    const s = base({ patience: { dist: 'exponential', mean: 60 }, retrial: { share: 0.5, delaySeconds: 120 } }, 9, 5);
    let retrials = 0;
    let longAbandons = 0;
    let short = 0;
    let abandoned = 0;
    for (let rep = 0; rep < 10; rep++) {
      const ch = simulateReplication(s, { seed: 6, replication: rep }).channels[0];
      retrials += sum(ch.retrials);
      short += sum(ch.shortAbandoned);
      abandoned += sum(ch.abandoned);
      longAbandons += sum(ch.abandoned) - sum(ch.shortAbandoned);
    }
    expect(retrials / longAbandons).toBeGreaterThan(0.45);
    expect(retrials / longAbandons).toBeLessThan(0.55);
    // Patience < 5 s has probability 1 − e^(−5/60) ≈ 8% among those who had to wait that long.
    expect(short).toBeGreaterThan(0);
    expect(short / abandoned).toBeLessThan(0.2);
  });
});

describe('common random numbers and handle-time multipliers', () => {
  const twoChannels = (otherVolume: number, multiplier?: number[]) => buildScenario({
    intervalSeconds: HOUR, intervalsPerDay: 4,
    channels: [{ aht: { dist: 'lognormal', mean: 200, cv: 0.8 } }, { kind: 'chat', aht: { dist: 'exponential', mean: 400 }, concurrency: 2 }],
    arrivals: [repeat(30, 4), repeat(otherVolume, 4)],
    pools: [{ skills: [0], productive: repeat(50, 4), ...(multiplier ? { ahtMultiplier: multiplier } : {}) }, { skills: [1], productive: repeat(5, 4) }],
  });

  it("changing one channel leaves another channel's draws untouched", () => {
    const a = simulateReplication(twoChannels(10), { seed: 9, replication: 3 });
    const b = simulateReplication(twoChannels(40), { seed: 9, replication: 3 });
    expect(b.channels[0]).toEqual(a.channels[0]);
    expect(b.pools[0]).toEqual(a.pools[0]);
    expect(b.channels[1]).not.toEqual(a.channels[1]);
  });

  it("a pool's AHT multiplier scales its busy time exactly (same draws, nobody waits)", () => {
    const a = simulateReplication(twoChannels(10), { seed: 9, replication: 0 });
    const b = simulateReplication(twoChannels(10, repeat(2, 4)), { seed: 9, replication: 0 });
    const busy = (r: typeof a) => sum(r.pools[0].busyAgentSeconds) + r.pools[0].drainBusyAgentSeconds;
    expect(sum(a.channels[0].queued)).toBe(0);
    expect(busy(b)).toBeCloseTo(2 * busy(a), 6);
  });

  it('maxCustomers stops fresh arrivals', () => {
    const r = simulateReplication(twoChannels(10), { seed: 1, replication: 0, maxCustomers: 25 });
    expect(r.customers).toBe(25);
  });
});

describe('standard model', () => {
  it('holds the benchmark parameters and the requested expected customers', () => {
    const s = standardModelScenario(1_000_000);
    expect(sum(s.arrivals[0])).toBe(1_000_000);
    expect(s.arrivals[0].length).toBe(s.intervalCount);
    expect(s.intervalCount).toBe(s.days * s.intervalsPerDay);
    expect(s.pools[0].productive.every((x) => x === 100)).toBe(true);
    expect(s.channels[0].aht).toEqual({ dist: 'exponential', mean: 300 });
    expect(s.channels[0].patience).toEqual({ dist: 'exponential', mean: 180 });
    expect(s.arrivals[0][0] / s.intervalSeconds * 300).toBe(95);
  });
});
