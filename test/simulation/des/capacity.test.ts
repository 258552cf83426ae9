/**
 * Common random numbers: adding capacity (one more outsourced agent, an overtime hour) never
 * lowers the mean service level beyond simulation noise. Paired replications (same seed and
 * replication number for both strategies) make the difference's noise small, so "beyond noise"
 * is three standard errors of the paired difference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResolvedScenario } from '../../../src/scenario/model';
import { buildScenario, repeat } from './scenarioBuilder';
import { outsourcing, run, strategy, total } from './leverScenario';

const N = 8;
const REPLICATIONS = 24;

function serviceLevel(s: ResolvedScenario, seed: number, replication: number): number {
  const ch = run(s, seed, replication).channels[0];
  const counted = total(ch.offered) - total(ch.shortAbandoned);
  return counted > 0 ? total(ch.answeredWithin) / counted : 1;
}

/** Mean paired difference (more − less) and its standard error. */
function pairedDifference(less: ResolvedScenario, more: ResolvedScenario, seed: number): { mean: number; se: number } {
  const d = Array.from({ length: REPLICATIONS }, (_, k) => serviceLevel(more, seed, k) - serviceLevel(less, seed, k));
  const mean = total(d) / d.length;
  const variance = d.reduce((t, x) => t + (x - mean) ** 2, 0) / (d.length - 1);
  return { mean, se: Math.sqrt(variance / d.length) };
}

const scenario = fc.record({
  arrivals: fc.integer({ min: 80, max: 140 }),
  agents: fc.integer({ min: 10, max: 20 }),
  patience: fc.integer({ min: 60, max: 400 }),
}).map((x) => buildScenario({
  intervalsPerDay: N,
  channels: [{ id: 'voice', kind: 'voice', aht: { dist: 'exponential', mean: 300 }, patience: { dist: 'exponential', mean: x.patience }, targets: { serviceLevel: { share: 0.8, seconds: 20 } } }],
  arrivals: [repeat(x.arrivals, N)],
  pools: [{ id: 'agents', skills: [0], productive: repeat(x.agents, N) }],
}));

const routing = fc.constantFrom<Record<string, unknown>>(
  { mode: 'queueAbove', queue: 1 }, { mode: 'waitAbove', seconds: 15 }, { mode: 'share', share: 0.15 }, { mode: 'channel' },
);

describe('adding capacity with common random numbers', () => {
  it('one more outsourced agent never lowers the mean service level beyond noise', () => {
    fc.assert(fc.property(scenario, routing, fc.integer({ min: 0, max: 4 }), fc.nat(1000), (s, r, k0, seed) => {
      // A fixed share or the whole channel goes to the outsourcer only once it has an agent: from
      // 0 to 1 agent the routing itself changes (the first agent takes all that traffic), so
      // those modes start from a contract of one agent. Overflow modes only ever add capacity.
      const k = r.mode === 'share' || r.mode === 'channel' ? Math.max(1, k0) : k0;
      const less = strategy(s, outsourcing(['voice'], r, { agents: k }));
      const more = strategy(s, outsourcing(['voice'], r, { agents: k + 1 }));
      const { mean, se } = pairedDifference(less, more, seed);
      expect(mean, `${JSON.stringify(r)} with ${k} → ${k + 1} agents`).toBeGreaterThanOrEqual(-3 * se - 1e-9);
    }), { seed: 5, numRuns: 10 });
  });

  it('an overtime hour never lowers the mean service level beyond noise', () => {
    fc.assert(fc.property(scenario, fc.nat(1000), (s, seed) => {
      const overtime = (hours: number) => ({ kind: 'overtime', poolId: 'agents', hoursPerAgentPerDay: hours, capHoursPerDay: 2, shiftHours: 4 });
      const one = strategy(s, overtime(1));
      expect(one.pools[0].productive.some((n, i) => n > s.pools[0].productive[i])).toBe(true);
      for (const [less, more] of [[s, one], [one, strategy(s, overtime(2))]] as const) {
        const { mean, se } = pairedDifference(less, more, seed);
        expect(mean).toBeGreaterThanOrEqual(-3 * se - 1e-9);
      }
    }), { seed: 6, numRuns: 6 });
  });

  it('the paired test is sharp: one agent fewer in-house shows as a clear drop', () => {
    // The same comparison must see a real loss of capacity, or the checks above prove nothing.
    const s = fc.sample(scenario, { seed: 7, numRuns: 1 })[0];
    const fewer = { ...s, pools: [{ ...s.pools[0], productive: s.pools[0].productive.map((n) => n - 1), scheduled: s.pools[0].productive.map((n) => n - 1) }] };
    const { mean, se } = pairedDifference(s, fewer, 3);
    expect(mean).toBeLessThan(-3 * se);
  });
});
