/** Invariants of the analytic engine, over random inputs (fast-check, fixed seeds). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  erlangA, erlangB, erlangC, erlangCMetrics, erlangInterval, meetsStaffTargets, staffingSolve, type StaffInput,
} from '../../../src/simulation/erlang';
import { erlangBInverseStep } from '../../../src/simulation/erlang/erlangB';

const opts = { seed: 20240611, numRuns: 200 };
const traffic = fc.double({ min: 0.01, max: 2000, noNaN: true });
const inUnit = (p: number | null): boolean => p !== null && p >= 0 && p <= 1;

describe('Erlang B and C', () => {
  it('are probabilities, C ≥ B, and the truncated-start recurrence equals the one from n = 0', () => {
    fc.assert(fc.property(traffic, fc.integer({ min: 1, max: 3000 }), (a, n) => {
      const b = erlangB(a, n);
      const c = erlangC(a, n);
      const fromZero = 1 / erlangBInverseStep(a, 1, 0, n);
      expect(inUnit(b) && inUnit(c)).toBe(true);
      expect(c).toBeGreaterThanOrEqual(b);
      expect(Math.abs(b - fromZero)).toBeLessThanOrEqual(1e-12 * fromZero);
    }), opts);
  });

  it('SL rises and ASA falls with agents; SL rises with the threshold', () => {
    fc.assert(fc.property(traffic, fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 120, noNaN: true }),
      (a, extra, t) => {
        const n = Math.floor(a) + extra;
        const here = erlangCMetrics(a, n, 180, t)!;
        const more = erlangCMetrics(a, n + 1, 180, t)!;
        const later = erlangCMetrics(a, n, 180, t + 5)!;
        expect(more.serviceLevel).toBeGreaterThanOrEqual(here.serviceLevel - 1e-15);
        expect(more.asaSeconds).toBeLessThanOrEqual(here.asaSeconds * (1 + 1e-14));
        expect(later.serviceLevel).toBeGreaterThanOrEqual(here.serviceLevel - 1e-15);
      }), opts);
  });
});

const aCase = fc.record({
  traffic: fc.double({ min: 0.05, max: 300, noNaN: true }),
  servers: fc.integer({ min: 0, max: 350 }),
  ahtSeconds: fc.double({ min: 10, max: 1200, noNaN: true }),
  patienceSeconds: fc.double({ min: 5, max: 3000, noNaN: true }),
  slSeconds: fc.double({ min: 0, max: 120, noNaN: true }),
});

describe('Erlang A', () => {
  it('gives probabilities, a Little-consistent abandon rate, and SL(T = 0) = 1 − P(wait)', () => {
    fc.assert(fc.property(aCase, (input) => {
      const r = erlangA(input);
      for (const p of [r.probWait, r.probAbandon, r.serviceLevel, r.occupancy]) expect(inUnit(p)).toBe(true);
      expect(r.serviceLevel).toBeLessThanOrEqual(1 - r.probAbandon + 1e-12);
      // Abandons per second θ·E[queue] over arrivals per second λ, against the per-state answer odds.
      const little = (input.ahtSeconds / input.patienceSeconds) * r.avgQueueLength / input.traffic;
      expect(Math.abs(r.probAbandon - little)).toBeLessThanOrEqual(1e-9 * Math.max(little, 1e-300) + 1e-15);
      const atZero = erlangA({ ...input, slSeconds: 0 });
      expect(Math.abs(atZero.serviceLevel - (1 - r.probWait))).toBeLessThanOrEqual(1e-12);
    }), opts);
  });

  it('improves with agents and with the threshold', () => {
    fc.assert(fc.property(aCase, (input) => {
      const here = erlangA(input);
      const more = erlangA({ ...input, servers: input.servers + 1 });
      const later = erlangA({ ...input, slSeconds: input.slSeconds + 5 });
      expect(more.serviceLevel).toBeGreaterThanOrEqual(here.serviceLevel - 1e-12);
      expect(more.probAbandon).toBeLessThanOrEqual(here.probAbandon + 1e-12);
      if (here.asaSeconds !== null) expect(more.asaSeconds!).toBeLessThanOrEqual(here.asaSeconds * (1 + 1e-12) + 1e-12);
      expect(later.serviceLevel).toBeGreaterThanOrEqual(here.serviceLevel - 1e-12);
    }), opts);
  });

  it('tends to Erlang C as patience grows (N > A)', () => {
    fc.assert(fc.property(fc.double({ min: 0.1, max: 200, noNaN: true }), fc.integer({ min: 1, max: 30 }),
      fc.double({ min: 0, max: 60, noNaN: true }), (a, extra, t) => {
        const n = Math.floor(a) + extra;
        const c = erlangCMetrics(a, n, 180, t)!;
        const patient = erlangA({ traffic: a, servers: n, ahtSeconds: 180, patienceSeconds: 180e11, slSeconds: t });
        expect(Math.abs(patient.probWait - c.probWait)).toBeLessThan(1e-6);
        expect(Math.abs(patient.serviceLevel - c.serviceLevel)).toBeLessThan(1e-6);
        expect(Math.abs(patient.asaSeconds! - c.asaSeconds)).toBeLessThan(1e-6 * Math.max(1, c.asaSeconds));
        expect(patient.probAbandon).toBeLessThan(1e-6);
      }), { ...opts, numRuns: 60 });
  });
});

const staffCase = fc.record({
  arrivals: fc.double({ min: 1, max: 3000, noNaN: true }),
  intervalMinutes: fc.constantFrom(15, 30, 60),
  aht: fc.double({ min: 30, max: 900, noNaN: true }),
  slSeconds: fc.constantFrom(0, 10, 20, 60),
  concurrency: fc.constantFrom(1, 1, 2, 3),
  patience: fc.option(fc.double({ min: 20, max: 1200, noNaN: true }), { nil: undefined }),
  targetSl: fc.option(fc.double({ min: 0.3, max: 0.95, noNaN: true }), { nil: undefined }),
  maxAsa: fc.option(fc.double({ min: 2, max: 120, noNaN: true }), { nil: undefined }),
  minAnswerRate: fc.option(fc.double({ min: 0.5, max: 0.99, noNaN: true }), { nil: undefined }),
  maxOccupancy: fc.option(fc.double({ min: 0.6, max: 1, noNaN: true }), { nil: undefined }),
  shrinkage: fc.double({ min: 0, max: 0.5, noNaN: true }),
});

describe('staffing solver', () => {
  it('returns a head-count that meets every target, one fewer does not', () => {
    fc.assert(fc.property(staffCase, (input: StaffInput) => {
      const s = staffingSolve(input);
      expect(s.meetsTargets).toBe(true);
      expect(meetsStaffTargets(erlangInterval({ ...input, agents: s.agents }), input)).toBe(true);
      expect(s.agents).toBeGreaterThanOrEqual(1);
      if (s.agents > 1) expect(meetsStaffTargets(erlangInterval({ ...input, agents: s.agents - 1 }), input)).toBe(false);
      expect(s.scheduled).toBeGreaterThanOrEqual(s.agents);
      expect(s.scheduled * (1 - input.shrinkage)).toBeGreaterThanOrEqual(s.agents - 1e-9);
      expect((s.scheduled - 1) * (1 - input.shrinkage)).toBeLessThan(s.agents);
    }), { ...opts, numRuns: 150 });
  });
});

describe('extreme inputs give finite numbers', () => {
  const finite = (r: object): void => {
    for (const [key, value] of Object.entries(r)) {
      if (typeof value === 'number') expect(Number.isFinite(value), `${key} = ${value}`).toBe(true);
      if (typeof value === 'number') expect(value, key).toBeGreaterThanOrEqual(0);
    }
  };
  it('1 to 100,000 agents, up to 50,000 Erlangs, Erlang C and A', () => {
    fc.assert(fc.property(fc.double({ min: 1e-3, max: 50_000, noNaN: true }), fc.integer({ min: 1, max: 100_000 }),
      fc.option(fc.double({ min: 30, max: 3600, noNaN: true }), { nil: undefined }), (a, n, patience) => {
        const input = { arrivals: a * 10, intervalMinutes: 30, aht: 180, agents: n, slSeconds: 20, concurrency: 1, patience };
        finite(erlangInterval(input));
      }), { seed: 7, numRuns: 40 });
  });

  it('solves 50,000 Erlangs exactly and fast, Erlang C and Erlang A', () => {
    const base = { arrivals: 500_000, intervalMinutes: 30, aht: 180, slSeconds: 20, concurrency: 1, shrinkage: 0.3, targetSl: 0.8 };
    for (const input of [base, { ...base, patience: 120 }]) {
      const started = performance.now();
      const s = staffingSolve(input);
      expect(performance.now() - started).toBeLessThan(1000);
      finite(s);
      expect(s.meetsTargets).toBe(true);
      expect(meetsStaffTargets(erlangInterval({ ...input, agents: s.agents - 1 }), input)).toBe(false);
    }
  });
});
