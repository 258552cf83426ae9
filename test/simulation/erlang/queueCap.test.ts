/**
 * Erlang A with a queue limit (M/M/N/N+Q+M), the analytic side of a "queue above Q" overflow
 * rule: limits against known cases, conservation, and monotonicity.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { erlangA } from '../../../src/simulation/erlang/erlangA';
import { erlangB } from '../../../src/simulation/erlang/erlangB';

const base = { traffic: 12, servers: 12, ahtSeconds: 300, patienceSeconds: 180, slSeconds: 20 };

describe('erlangA with maxQueue', () => {
  it('with no waiting room is Erlang B: the blocked share is B(A, N) whatever the patience', () => {
    for (const [A, N] of [[10, 16], [10, 17], [12, 12], [40, 35]] as const) {
      for (const patienceSeconds of [60, 1e12]) {
        const r = erlangA({ ...base, traffic: A, servers: N, patienceSeconds, maxQueue: 0 });
        expect(r.probOverflow).toBeCloseTo(erlangB(A, N), 12);
        expect(r.probWait).toBe(0);
        expect(r.probAbandon).toBe(0);
        expect(r.serviceLevel).toBeCloseTo(1 - erlangB(A, N), 12);
      }
    }
  });

  it('with a room far larger than the queue ever gets, is plain Erlang A', () => {
    const plain = erlangA(base);
    const capped = erlangA({ ...base, maxQueue: 10_000 });
    expect(capped.probOverflow).toBeLessThan(1e-15);
    for (const k of ['probWait', 'probAbandon', 'serviceLevel', 'asaSeconds', 'occupancy'] as const) {
      expect(capped[k]).toBeCloseTo(plain[k]!, 12);
    }
  });

  it('answers, abandons or overflows every arrival; a larger room overflows less and keeps more waiting', () => {
    fc.assert(fc.property(
      fc.double({ min: 0.5, max: 200, noNaN: true }), fc.integer({ min: 1, max: 150 }),
      fc.double({ min: 30, max: 900, noNaN: true }), fc.integer({ min: 0, max: 40 }),
      (traffic, servers, patienceSeconds, q) => {
        const at = (maxQueue: number) => erlangA({ ...base, traffic, servers, patienceSeconds, maxQueue });
        const r = at(q);
        const bigger = at(q + 1);
        const answered = r.occupancy * servers / traffic;
        expect(answered + r.probAbandon + r.probOverflow).toBeCloseTo(1, 9);
        expect(bigger.probOverflow).toBeLessThanOrEqual(r.probOverflow + 1e-12);
        expect(bigger.probWait).toBeGreaterThanOrEqual(r.probWait - 1e-12);
        expect(r.serviceLevel).toBeLessThanOrEqual(1 - r.probOverflow + 1e-12);
      },
    ), { seed: 17, numRuns: 200 });
  });
});
