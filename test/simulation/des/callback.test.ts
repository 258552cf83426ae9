/**
 * Web call back in the simulator (src/simulation/des/callback.ts; docs/model.md, "Levers" 5):
 * exact cases a planner can count by hand (nobody on the floor, everyone on the floor later,
 * every attempt failing), the invariants watched at every event with the lever on, and the
 * priority rule's direction. The differential check against the reference simulator is in
 * reference/callbackDifferential.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../../src/simulation/des';
import type { ChannelReplication } from '../../../src/simulation/des/result';
import { callbackScenario, type CallbackCase } from './callbackScenario';
import { watchInvariants } from './invariantWatch';
import { sum } from './scenarioBuilder';

const totals = (r: ChannelReplication) => Object.fromEntries(Object.entries(r).filter(([, v]) => typeof v[0] !== 'object').map(([k, v]) => [k, sum(v as number[])])) as Record<string, number>;
const run = (x: CallbackCase, replication = 0) => totals(simulateReplication(callbackScenario(x), { seed: 4242, replication }).channels[0]!);

describe('web call back: hand-countable cases', () => {
  it('with no agent at all, every accepted caller is a broken promise: late and still waiting, never kept', () => {
    const t = run({ intervalsPerDay: 4, arrivals: [30, 0, 0, 0], agents: [0, 0, 0, 0], ahtSeconds: 200, rule: { acceptShare: 1, failShare: 0 } });
    expect(t.offered).toBeGreaterThan(10);
    // No patience, nobody answers: every caller reaches X and accepts.
    expect(t.callbacksOffered).toBe(t.offered);
    expect(t.callbacksAccepted).toBe(t.offered);
    expect(t.callbacksKept).toBe(0);
    expect(t.callbacksLate).toBe(t.callbacksAccepted);
    expect(t.stillWaiting).toBe(t.callbacksAccepted);
    expect(t.answered).toBe(0);
  });

  it('with no agent free inside the promise (agents come after W), the promises are reported late, not kept', () => {
    // Calls arrive in the first half hour; W = 30 min; agents come at 01:30, after every due time.
    const t = run({ intervalsPerDay: 4, arrivals: [30, 0, 0, 0], agents: [0, 0, 0, 60], ahtSeconds: 200, rule: { acceptShare: 1, failShare: 0, promiseSeconds: 1800, urgentSeconds: 600 } });
    expect(t.callbacksAccepted).toBe(t.offered);
    expect(t.callbacksKept).toBe(0);
    expect(t.callbacksLate).toBe(t.callbacksAccepted);
    expect(t.answered).toBe(t.callbacksAccepted);
    // A caller called back is answered, never within T.
    expect(t.answeredWithin).toBe(0);
  });

  it('with every agent busy on live calls all through the window and no urgent margin, the promises are reported late, not kept', () => {
    // 50 Erlangs of calls for 5 agents, nobody hangs up, half the callers decline: the live queue
    // never empties before the horizon, so tasks wait for the drain, long after their 30 minutes.
    const t = run({ intervalsPerDay: 4, arrivals: [300, 300, 300, 300], agents: [5, 5, 5, 5], ahtSeconds: 300, rule: { acceptShare: 0.5, failShare: 0, promiseSeconds: 1800, urgentSeconds: 0 } });
    expect(t.callbacksAccepted).toBeGreaterThan(100);
    expect(t.callbacksKept).toBe(0);
    expect(t.callbacksLate).toBe(t.callbacksAccepted);
  });

  it('with agents free before the promise ends, every promise is kept', () => {
    // Same calls, W = 3 h: the agents at 01:30 reach everyone before their due time.
    const t = run({ intervalsPerDay: 4, arrivals: [30, 0, 0, 0], agents: [0, 0, 0, 60], ahtSeconds: 200, rule: { acceptShare: 1, failShare: 0, promiseSeconds: 3 * 3600, urgentSeconds: 600 } });
    expect(t.callbacksKept).toBe(t.callbacksAccepted);
    expect(t.callbacksLate).toBe(0);
    expect(t.answered).toBe(t.offered);
    // Their recorded wait is the hold before accepting: X = 60 s each.
    expect(t.waitAnsweredSeconds).toBeCloseTo(60 * t.answered, 6);
  });

  it('when every attempt fails, each accepted caller is dialled twice and counted failed (and abandoned)', () => {
    const t = run({ intervalsPerDay: 4, arrivals: [30, 0, 0, 0], agents: [0, 0, 0, 60], ahtSeconds: 200, rule: { acceptShare: 1, failShare: 1, promiseSeconds: 3 * 3600 } });
    expect(t.callbacksFailed).toBe(t.callbacksAccepted);
    expect(t.callbackAttempts).toBe(2 * t.callbacksAccepted);
    expect(t.abandoned).toBe(t.callbacksFailed);
    expect(t.answered).toBe(0);
    expect(t.callbacksKept + t.callbacksLate).toBe(0);
  });

  it('nobody is offered outside the window', () => {
    const off = run({ intervalsPerDay: 4, arrivals: [30, 30, 0, 0], agents: [1, 1, 1, 1], ahtSeconds: 300, rule: { active: [false, false, false, false] } });
    expect(off.callbacksOffered).toBe(0);
  });
});

/** An overloaded day: the peak in the middle, agents a little short, callers with patience. */
const day = fc.record({
  calls: fc.integer({ min: 60, max: 140 }),
  short: fc.double({ min: 0.7, max: 1.05, noNaN: true }),
  patience: fc.option(fc.integer({ min: 120, max: 600 }), { nil: null }),
  offer: fc.integer({ min: 0, max: 120 }),
  accept: fc.double({ min: 0, max: 1, noNaN: true }),
  promise: fc.integer({ min: 10, max: 120 }),
  urgentShare: fc.double({ min: 0, max: 1, noNaN: true }),
  fail: fc.double({ min: 0, max: 0.5, noNaN: true }),
  open: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
}).map((x): CallbackCase => {
  const shape = [0.6, 0.8, 1.2, 1.5, 1.4, 1.0, 0.8, 0.7];
  const arrivals = shape.map((f) => Math.round(x.calls * f));
  const aht = 240;
  return {
    intervalsPerDay: 8, arrivals, ahtSeconds: aht, patienceSeconds: x.patience,
    agents: arrivals.map((a) => Math.max(1, Math.round((a * aht / 1800) * x.short))),
    rule: { active: x.open, offerAfterSeconds: x.offer, acceptShare: x.accept, promiseSeconds: x.promise * 60, urgentSeconds: x.urgentShare * x.promise * 60, failShare: x.fail },
  };
});

describe('web call back: invariants at every event', () => {
  it('head-count rule, no task beside an idle agent, and every contact and promise accounted for', () => {
    let starts = 0;
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 1000 }), (x, seed) => {
      const s = callbackScenario(x);
      const watch = watchInvariants(s);
      const t = totals(simulateReplication(s, { seed, replication: 0, observer: watch.observer }).channels[0]!);
      starts += watch.starts;
      expect(watch.problems).toEqual([]);
      expect(t.offered).toBe(t.answered + t.abandoned + t.stillWaiting);
      expect(t.callbacksAccepted).toBe(t.callbacksKept + t.callbacksLate + t.callbacksFailed);
      expect(t.callbacksAccepted).toBeLessThanOrEqual(t.callbacksOffered);
      // At least one attempt per caller reached, two per caller failed.
      expect(t.callbackAttempts).toBeGreaterThanOrEqual(2 * t.callbacksFailed);
      // Called back is answered, never within T.
      expect(t.answeredWithin).toBeLessThanOrEqual(t.answered - t.callbacksKept - t.callbacksLate);
    }), { seed: 16, numRuns: 40 });
    expect(starts).toBeGreaterThan(5_000);
  });
});

describe('web call back: the priority rule', () => {
  /** A peak too big for the agents: tasks compete with live calls. */
  const peak = (urgentSeconds: number): CallbackCase => ({
    intervalsPerDay: 8, arrivals: [60, 80, 140, 160, 150, 90, 40, 20], agents: [8, 10, 14, 14, 14, 12, 10, 8], ahtSeconds: 240, patienceSeconds: 400,
    rule: { offerAfterSeconds: 30, acceptShare: 0.6, promiseSeconds: 3600, urgentSeconds, failShare: 0 },
  });
  const average = (x: CallbackCase) => {
    let kept = 0;
    let accepted = 0;
    let within = 0;
    let offered = 0;
    for (let r = 0; r < 20; r++) {
      const t = run(x, r);
      kept += t.callbacksKept;
      accepted += t.callbacksAccepted;
      within += t.answeredWithin;
      offered += t.offered;
    }
    return { kept: kept / accepted, serviceLevel: within / offered };
  };

  it('tasks that go before live calls for their whole promise keep more promises than tasks that never do, at the live service level\'s expense', () => {
    const always = average(peak(3600));
    const never = average(peak(0));
    expect(always.kept).toBeGreaterThan(never.kept + 0.05);
    expect(always.serviceLevel).toBeLessThan(never.serviceLevel);
  });
});
