/** The analytic plan on small hand-built scenarios whose answers can be worked out independently. */
import { describe, expect, it } from 'vitest';
import { erlangInterval, staffingSolve } from '../../../src/simulation/erlang';
import { planScenario } from '../../../src/simulation/plan';
import { channel, pool, scenario } from './scenarioFixture';

const H = 24; // one day of 60-minute intervals
const zeros = (): number[] => new Array<number>(H).fill(0);
const open9to17 = (agents: number): number[] => zeros().map((_, i) => (i >= 9 && i < 17 ? agents : 0));

function smallScenario() {
  const voice = channel(0, 'voice', 'voice', 300, { serviceLevel: { share: 0.8, seconds: 20 } });
  const callback = channel(1, 'callback', 'callback', 240, { callbackWithin: { share: 0.8, minutes: 30 } });
  const chat = channel(2, 'chat', 'chat', 600, { serviceLevel: { share: 0.8, seconds: 60 }, minAnswerRate: 0.9 },
    { patience: { dist: 'exponential', mean: 240 }, concurrency: 2, concurrentAhtMultiplier: 1.25 });
  const email = channel(3, 'email', 'email', 600, { responseWithin: [{ share: 1, hours: 4 }] });
  const voiceArrivals = zeros().map((_, i) => (i >= 9 && i < 17 ? 60 + 10 * (i - 9) : 0));
  const callbackArrivals = zeros().map((_, i) => (i >= 9 && i < 17 ? 10 : 0));
  const chatArrivals = zeros().map((_, i) => (i >= 9 && i < 17 ? 30 : 0));
  const emailArrivals = zeros();
  emailArrivals[9] = 48; // 48 × 600 s = 8 agent-hours, window 09–13 h: 2 agents in each of 4 hours
  emailArrivals[14] = 12; // 2 agent-hours, window 14–18 h but the team leaves at 17 h: 3 open hours
  const phoneAgents = open9to17(20);
  phoneAgents[12] = 5; // lunch: fewer agents than voice requires
  return scenario(60, 1, [voice, callback, chat, email], [voiceArrivals, callbackArrivals, chatArrivals, emailArrivals],
    [pool(0, 'phone', [0, 1], phoneAgents, 0.3), pool(1, 'digital', [2, 3], open9to17(12), 0.2)]);
}

describe('planScenario on a hand-built day', () => {
  const s = smallScenario();
  const plan = planScenario(s);
  const [voice, callback, chat, email] = plan.channels;

  it('sizes each channel with its own model and targets', () => {
    expect(plan.channels.map((c) => c.model)).toEqual(['erlang-c', 'erlang-c', 'erlang-a', 'workload']);
    for (let i = 9; i < 17; i++) {
      const hour = { intervalMinutes: 60, concurrency: 1 };
      expect(voice.required[i]).toBe(staffingSolve({
        ...hour, arrivals: s.arrivals[0][i], aht: 300, slSeconds: 20, targetSl: 0.8, shrinkage: 0.3 }).agents);
      // Callback: deferred voice, 80 % called back within 30 minutes.
      expect(callback.required[i]).toBe(staffingSolve({
        ...hour, arrivals: 10, aht: 240, slSeconds: 1800, targetSl: 0.8, shrinkage: 0.3 }).agents);
      // Chat: 2 sessions per agent, each 25 % longer, Erlang A with 240 s patience.
      expect(chat.required[i]).toBe(staffingSolve({
        intervalMinutes: 60, arrivals: 30, aht: 750, slSeconds: 60, patience: 240, concurrency: 2,
        targetSl: 0.8, minAnswerRate: 0.9, shrinkage: 0.2 }).agents);
    }
    // Email: workload ÷ open hours of its window.
    expect(email.required.slice(9, 17)).toEqual([2, 2, 2, 2, 0, 1, 1, 1]);
    expect(email.required[17]).toBe(0);
  });

  it('needs no one in closed intervals', () => {
    for (const c of plan.channels) {
      for (const i of [0, 8, 17, 23]) {
        expect(c.required[i], `${c.channelId}[${i}]`).toBe(0);
        expect(c.available[i]).toBe(0);
        expect(c.meetsTargets[i]).toBe(true);
      }
    }
  });

  it('schedules required ÷ (1 − shrinkage), rounded up', () => {
    for (let i = 0; i < H; i++) {
      expect(voice.requiredScheduled[i]).toBe(Math.max(0, Math.ceil(voice.required[i] / 0.7 - 1e-9)));
      expect(chat.requiredScheduled[i]).toBe(Math.max(0, Math.ceil(chat.required[i] / 0.8 - 1e-9)));
    }
  });

  it('shares a pool as the evaluation does: immediate needs first, then deferrable work, the rest to the first immediate skill', () => {
    // 20 phone agents at 10 h: voice takes what it needs, callback its share of the day's work,
    // the rest goes back to voice; every agent is given to exactly one channel.
    expect(voice.available[10] + callback.available[10]).toBeCloseTo(20, 9);
    expect(voice.available[10]).toBeGreaterThanOrEqual(voice.required[10]);
    expect(callback.available[10]).toBeGreaterThan(0);
    // 5 at lunch: all to voice, which still lacks agents; callback gets none.
    expect(voice.required[12]).toBeGreaterThan(5);
    expect(voice.available[12]).toBe(5);
    expect(callback.available[12]).toBe(0);
    expect(voice.meetsTargets[12]).toBe(false);
  });

  it('reports figures at what is available, null where they do not exist', () => {
    // A fractional head-count (a pool's leftovers) interpolates the figures of the whole counts around it.
    const at = (agents: number) => erlangInterval({ arrivals: s.arrivals[0][10], intervalMinutes: 60, aht: 300, agents, slSeconds: 20, concurrency: 1 });
    const lo = at(Math.floor(voice.available[10]));
    const hi = at(Math.ceil(voice.available[10]));
    expect(voice.serviceLevel![10]).toBeGreaterThanOrEqual(lo.serviceLevel! - 1e-12);
    expect(voice.serviceLevel![10]).toBeLessThanOrEqual(hi.serviceLevel! + 1e-12);
    // 5 agents on 60 × 300 s / 3600 s ≥ 5 Erlangs at 12 h: an unstable Erlang C queue.
    expect(voice.serviceLevel![12]).toBeNull();
    expect(voice.asaSeconds![12]).toBeNull();
    // Email has no service level or ASA at all (the keys are absent), and no interval answer rate
    // (its contacts are answered in later intervals); callback has no interval figures either.
    expect(Object.keys(email)).not.toContain('serviceLevel');
    expect(Object.keys(email)).not.toContain('asaSeconds');
    expect(email.answerRate[10]).toBeNull();
    expect(callback.serviceLevel![10]).toBeNull();
    // The 9 o'clock emails keep the digital team busy in the morning.
    expect(email.occupancy[9]).toBeGreaterThan(0);
    expect(chat.answerRate[10]).toBeGreaterThanOrEqual(0.9);
    for (const c of plan.channels) {
      for (const value of [...c.occupancy, ...(c.serviceLevel ?? []), ...c.answerRate]) {
        if (value !== null) expect(value >= 0 && value <= 1).toBe(true);
      }
    }
  });

  it('meets the targets of voice and chat where available ≥ required, misses them a whole agent below, and counts missing agent-hours', () => {
    for (const c of [voice, chat]) {
      for (let i = 0; i < H; i++) {
        if (c.available[i] >= c.required[i]) expect(c.meetsTargets[i], `${c.channelId}[${i}]`).toBe(true);
        if (c.available[i] <= c.required[i] - 1) expect(c.meetsTargets[i], `${c.channelId}[${i}]`).toBe(false);
      }
    }
    for (const c of plan.channels) {
      const missing = c.required.reduce((m, r, i) => m + Math.max(0, r - c.available[i]), 0);
      expect(c.missingAgentHours).toBeCloseTo(missing, 12);
    }
    expect(voice.missingAgentHours).toBe(voice.required[12] - 5);
    expect(plan.missingAgentHours).toBeCloseTo(plan.channels.reduce((m, c) => m + c.missingAgentHours, 0), 12);
    // A surplus on one channel does not hide a gap on another.
    expect(plan.totals.missing[12]).toBeCloseTo(plan.channels.reduce((m, c) => m + Math.max(0, c.required[12] - c.available[12]), 0), 12);
    expect(plan.totals.missing[12]).toBeGreaterThanOrEqual(voice.required[12] - 5 + callback.required[12]);
    expect(plan.totals.required[10]).toBe(plan.channels.reduce((m, c) => m + c.required[10], 0));
    expect(plan.totals.available[10]).toBeCloseTo(32, 9);
  });

  it('is plain data that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });
});
