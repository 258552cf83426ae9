/**
 * Erlang A's share of callers still waiting when their wait reaches T (`probReach`, the web
 * call-back offer's analytic share): checked against cases with a closed form and against a
 * plain simulation of the M/M/N+M queue written here (no code shared with the engine).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangA } from '../../../src/simulation/erlang/erlangA';
import { erlangCMetrics } from '../../../src/simulation/erlang/erlangC';

const base = { ahtSeconds: 300, patienceSeconds: 120 };

describe('erlangA probReach', () => {
  it('at T = 0 it is the probability of waiting', () => {
    fc.assert(fc.property(fc.double({ min: 0.5, max: 60, noNaN: true }), fc.integer({ min: 1, max: 70 }), (A, N) => {
      const r = erlangA({ ...base, traffic: A, servers: N, slSeconds: 0 });
      expect(r.probReach).toBeCloseTo(r.probWait, 10);
    }), { seed: 3, numRuns: 60 });
  });

  it('without agents everyone waits until patience: e^(−T/θ)', () => {
    for (const T of [0, 10, 60, 240]) {
      expect(erlangA({ ...base, traffic: 5, servers: 0, slSeconds: T }).probReach).toBeCloseTo(Math.exp(-T / 120), 10);
    }
  });

  it('with nearly infinite patience it tends to Erlang C: 1 − SL(T)', () => {
    for (const [A, N, T] of [[8, 10, 20], [20, 23, 60], [45, 50, 5]] as const) {
      const a = erlangA({ traffic: A, servers: N, ahtSeconds: 300, patienceSeconds: 3e8, slSeconds: T });
      const c = erlangCMetrics(A, N, 300, T)!;
      expect(a.probReach).toBeCloseTo(1 - c.serviceLevel, 4);
    }
  });

  it('it falls as T grows and never exceeds the probability of waiting', () => {
    fc.assert(fc.property(fc.double({ min: 0.5, max: 60, noNaN: true }), fc.integer({ min: 1, max: 70 }), fc.double({ min: 0, max: 600, noNaN: true }), (A, N, T) => {
      const r = erlangA({ ...base, traffic: A, servers: N, slSeconds: T });
      const later = erlangA({ ...base, traffic: A, servers: N, slSeconds: T + 30 });
      expect(r.probReach).toBeLessThanOrEqual(r.probWait + 1e-12);
      expect(later.probReach).toBeLessThanOrEqual(r.probReach + 1e-12);
      // Reached T, answered within T and gone before T are disjoint.
      expect(r.probReach + r.serviceLevel).toBeLessThanOrEqual(1 + 1e-9);
    }), { seed: 4, numRuns: 80 });
  });

  it('agrees with a plain simulation of the queue (N = 4, A = 4.5, θ = AHT/2, T = 45 s)', () => {
    const N = 4;
    const aht = 300;
    const patience = 150;
    const lambda = 4.5 / aht;
    const T = 45;
    let seed = 12345;
    const u = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return (seed + 0.5) / 2147483648; };
    const exp = (mean: number) => -mean * Math.log(u());
    // FIFO with abandonment: track agents' free times and the waiting callers' patience.
    const free = new Array<number>(N).fill(0);
    let t = 0;
    let reached = 0;
    const calls = 400_000;
    const waiting: { arrival: number; leaves: number }[] = [];
    // Event-free approach: each caller's start = earliest time an agent is free after the callers
    // ahead who did not abandon; a caller abandons if patience runs out before that.
    for (let i = 0; i < calls; i++) {
      t += exp(1 / lambda);
      const leaves = t + exp(patience);
      waiting.push({ arrival: t, leaves });
      // Serve in arrival order every caller that can start (an agent free at or before its time).
      while (waiting.length > 0) {
        const c = waiting[0]!;
        free.sort((x, y) => x - y);
        const start = Math.max(c.arrival, free[0]!);
        if (start > t && i < calls - 1) break; // starts after the next arrival: decide later
        waiting.shift();
        if (start >= c.leaves) { if (c.leaves - c.arrival >= T && start - c.arrival >= T) reached++; continue; }
        if (start - c.arrival >= T) reached++;
        free[0] = start + exp(aht);
      }
    }
    const r = erlangA({ traffic: 4.5, servers: N, ahtSeconds: aht, patienceSeconds: patience, slSeconds: T });
    const simulated = reached / calls;
    expect(Math.abs(simulated - r.probReach)).toBeLessThan(0.01);
  });
});
