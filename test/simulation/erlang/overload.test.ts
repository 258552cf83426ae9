/** Far-overloaded Erlang A: starting the chain near its mode gives the same figures as the full walk. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangA } from '../../../src/simulation/erlang';
import { digammaDifference, overloadSkip } from '../../../src/simulation/erlang/overload';

describe('digammaDifference', () => {
  it('equals the harmonic sums it replaces', () => {
    fc.assert(fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 3000 }), (a, n) => {
      let direct = 0;
      for (let i = 0; i < n; i++) direct += 1 / (a + i);
      const closed = digammaDifference(a, a + n);
      expect(Math.abs(closed - direct)).toBeLessThanOrEqual(1e-13 * direct + 1e-15);
    }), { seed: 11, numRuns: 200 });
  });
});

describe('overload skip', () => {
  const cases = [
    { traffic: 1000, servers: 900, ahtSeconds: 100, patienceSeconds: 100 * 4000, slSeconds: 20 },
    { traffic: 300, servers: 0, ahtSeconds: 180, patienceSeconds: 180 * 2000, slSeconds: 30 },
    { traffic: 5000, servers: 4000, ahtSeconds: 300, patienceSeconds: 300 * 400, slSeconds: 0 },
  ];
  it.each(cases)('A=$traffic N=$servers patience=$patienceSeconds: same figures with and without the skip', (input) => {
    const g = input.ahtSeconds / input.patienceSeconds;
    expect(overloadSkip(input.traffic, input.servers, g, input.slSeconds / input.ahtSeconds)).not.toBeNull();
    const skipped = erlangA(input);
    const walked = erlangA(input, false);
    for (const key of ['probWait', 'probAbandon', 'serviceLevel', 'avgQueueLength', 'occupancy', 'asaSeconds'] as const) {
      const a = skipped[key] ?? 0;
      const b = walked[key] ?? 0;
      expect(Math.abs(a - b), `${key}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-10 * Math.abs(b) + 1e-13); // 1e−13: rounding of the walk's CDF sums
    }
    // Fluid check: in far overload the abandon rate is the excess load's share.
    expect(skipped.probAbandon).toBeCloseTo((input.traffic - input.servers) / input.traffic, 3);
  });

  // Its speed is measured by `npm run bench` (analytic.farOverloadMs), not timed here.
  it('answers a very patient, far-overloaded queue', () => {
    const r = erlangA({ traffic: 50_000, servers: 40_000, ahtSeconds: 180, patienceSeconds: 180 * 1e5, slSeconds: 20 });
    expect(r.probAbandon).toBeCloseTo(0.2, 9);
    expect(Number.isFinite(r.asaSeconds!)).toBe(true);
  });
});
