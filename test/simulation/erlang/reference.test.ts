/**
 * Published worked examples.
 * - 100 calls / 30 min, AHT 180 s, 14 agents, 80/20: the Erlang C worked example of
 *   callcentrehelper.com ("Erlang C formula – made simple"), also in the project's issue:
 *   P(wait) 0.174132, SL 0.888350, ASA 7.836 s; 14 agents for 80/20, 20 scheduled at 30 %.
 * - 1000 calls / hour, AHT 120 s, 80/20 with max occupancy 85 %: 40 agents, occupancy binding
 *   (the example); 58 scheduled at 30 % shrinkage.
 * - Erlang B tables (e.g. any Erlang B table, A = 10 Erlangs): B(10, 16) = 0.02230,
 *   B(10, 17) = 0.01295.
 */
import { describe, expect, it } from 'vitest';
import { erlangB, erlangInterval, staffingSolve } from '../../../src/simulation/erlang';

const example = { arrivals: 100, intervalMinutes: 30, aht: 180, slSeconds: 20, concurrency: 1 };

describe('Erlang C worked example (callcentrehelper.com)', () => {
  it('gives the published P(wait), SL and ASA at 14 agents', () => {
    const r = erlangInterval({ ...example, agents: 14 });
    expect(r.model).toBe('erlang-c');
    expect(r.trafficErlangs).toBeCloseTo(10, 12);
    expect(r.stable).toBe(true);
    expect(r.probWait).toBeCloseTo(0.174132, 6);
    expect(r.serviceLevel).toBeCloseTo(0.888350, 6);
    expect(r.asaSeconds).toBeCloseTo(7.836, 3);
    expect(r.occupancy).toBeCloseTo(10 / 14, 12);
    expect(r.answerRate).toBe(1);
    expect(r.abandonRate).toBe(0);
  });

  it('needs 14 agents for 80/20 (13 miss), 20 scheduled at 30 % shrinkage', () => {
    const s = staffingSolve({ ...example, targetSl: 0.8, shrinkage: 0.3 });
    expect(s.agents).toBe(14);
    expect(s.scheduled).toBe(20);
    expect(s.meetsTargets).toBe(true);
    expect(erlangInterval({ ...example, agents: 13 }).serviceLevel!).toBeLessThan(0.8);
  });
});

describe('occupancy cap (issue example)', () => {
  it('1000 calls/hour, AHT 120 s, 80/20, max occupancy 85 % → 40 agents, 58 scheduled', () => {
    const input = { arrivals: 1000, intervalMinutes: 60, aht: 120, slSeconds: 20, concurrency: 1 };
    const s = staffingSolve({ ...input, targetSl: 0.8, maxOccupancy: 0.85, shrinkage: 0.3 });
    expect(s.agents).toBe(40);
    expect(s.scheduled).toBe(58);
    // Occupancy binds: without the cap, fewer agents reach 80/20.
    expect(staffingSolve({ ...input, targetSl: 0.8, shrinkage: 0.3 }).agents).toBeLessThan(40);
    expect(erlangInterval({ ...input, agents: 39 }).occupancy).toBeGreaterThan(0.85);
  });
});

describe('Erlang B table values', () => {
  it('B(10, 16) = 0.02230 and B(10, 17) = 0.01295', () => {
    expect(erlangB(10, 16)).toBeCloseTo(0.02230, 5);
    expect(erlangB(10, 17)).toBeCloseTo(0.01295, 5);
  });
});

describe('edge cases say what they are, never NaN', () => {
  it('unstable Erlang C: stable false, waiting figures null, answer rate = N/A', () => {
    const r = erlangInterval({ ...example, agents: 8 });
    expect(r.stable).toBe(false);
    expect(r.probWait).toBeNull();
    expect(r.serviceLevel).toBeNull();
    expect(r.asaSeconds).toBeNull();
    expect(r.avgQueueLength).toBeNull();
    expect(r.occupancy).toBe(1);
    expect(r.answerRate).toBeCloseTo(0.8, 12);
    expect(r.answerRate + r.abandonRate).toBeCloseTo(1, 12);
    expect(erlangInterval({ ...example, agents: 10 }).stable).toBe(false);
  });

  it('no agents: nothing answered, occupancy 0', () => {
    const c = erlangInterval({ ...example, agents: 0 });
    expect(c.answerRate).toBe(0);
    expect(c.occupancy).toBe(0);
    const a = erlangInterval({ ...example, agents: 0, patience: 60 });
    expect(a.answerRate).toBeCloseTo(0, 12);
    expect(a.serviceLevel).toBeCloseTo(0, 12);
    expect(a.asaSeconds).toBeNull();
    expect(a.probWait).toBeCloseTo(1, 12);
  });

  it('no arrivals: 0 agents required, every figure defined', () => {
    const s = staffingSolve({ ...example, arrivals: 0, targetSl: 0.8, maxAsa: 10, shrinkage: 0.3 });
    expect(s.agents).toBe(0);
    expect(s.scheduled).toBe(0);
    expect(s.serviceLevel).toBe(1);
    expect(s.answerRate).toBe(1);
    expect(s.meetsTargets).toBe(true);
  });

  it('Erlang A is stable when agents ≤ traffic, and its abandon rate balances the overload', () => {
    // 20 Erlangs on 10 agents: at least half the offered work cannot be carried.
    const r = erlangInterval({ ...example, arrivals: 200, agents: 10, patience: 60 });
    expect(r.model).toBe('erlang-a');
    expect(r.stable).toBe(true);
    expect(r.abandonRate).toBeGreaterThan(0.5);
    expect(r.occupancy).toBeLessThanOrEqual(1);
    expect(r.occupancy).toBeGreaterThan(0.95);
  });

  it('chat: concurrency multiplies the slots', () => {
    const chat = erlangInterval({ ...example, agents: 7, concurrency: 2 });
    const slots = erlangInterval({ ...example, agents: 14 });
    expect(chat.serviceLevel).toBeCloseTo(slots.serviceLevel!, 14);
    expect(chat.agents).toBe(7);
    expect(staffingSolve({ ...example, concurrency: 2, targetSl: 0.8, shrinkage: 0 }).agents).toBe(7);
  });
});
