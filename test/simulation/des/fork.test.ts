/**
 * A strategy forked from the baseline's snapshot at its first lever's interval gives exactly the
 * result of its whole run (fork.ts): for every strategy of every sample, on several
 * replications, and for random lever scenarios.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse';
import { resolveScenario } from '../../../src/scenario/resolve';
import { samples } from '../../../src/scenario/samples';
import { agentSlots, type EngineSnapshot, forkInterval, simulateFromSnapshot, simulateReplication, simulateWithForks } from '../../../src/simulation/des';
import { applyStrategy, baselineScenario } from '../../../src/simulation/levers';
import type { StrategyScenario } from '../../../src/simulation/levers/types';
import { DAY, outsourcing, strategy } from './leverScenario';
import { buildScenario } from './scenarioBuilder';

/** The baseline's snapshots at the strategies' fork intervals, then each strategy forked and whole. */
function forkedAndWhole(base: StrategyScenario, strategies: StrategyScenario[], seed: number, replication: number) {
  const slots = agentSlots([base, ...strategies]);
  const forks = strategies.map((st) => forkInterval(base, st));
  const snapshots = new Map<number, EngineSnapshot>();
  const baseline = simulateReplication(base, { seed, replication, agentSlots: slots, snapshotAt: forks, onSnapshot: (snap) => snapshots.set(snap.boundary, snap) });
  return {
    baseline,
    plainBaseline: simulateReplication(base, { seed, replication }),
    forks,
    pairs: strategies.map((st, k) => {
      const whole = simulateReplication(st, { seed, replication, agentSlots: slots });
      const snap = snapshots.get(forks[k]!);
      const forked = snap ? simulateFromSnapshot(st, snap, { seed, replication, agentSlots: slots }) : null;
      return { id: st.strategyId, fork: forks[k]!, whole, forked, plain: simulateReplication(st, { seed, replication }) };
    }),
  };
}

describe('forking a strategy from the baseline', () => {
  it.each(samples.map((x) => [x.name, x] as const))('%s: every strategy forked equals its whole run, byte for byte', (_, sample) => {
    const parsed = parseScenario(sample.scenario);
    if (!parsed.ok) throw new Error('sample does not parse');
    const s = resolveScenario(parsed.scenario);
    const base = baselineScenario(s);
    const strategies = s.strategies.map((st) => applyStrategy(s, st));
    for (const replication of [0, 3]) {
      const run = forkedAndWhole(base, strategies, 17, replication);
      // Reserving slots and taking snapshots change nothing.
      expect(run.baseline).toEqual(run.plainBaseline);
      for (const p of run.pairs) {
        expect(p.whole, `${p.id}: slots`).toEqual(p.plain);
        if (p.fork === 0) continue;
        expect(p.forked, `${p.id}: forked at ${p.fork}`).not.toBeNull();
        expect(p.forked, `${p.id}: forked at ${p.fork}`).toEqual(p.whole);
      }
    }
    // The samples' strategies act from the peak: most fork well after the start.
    expect(forkedAndWhole(base, strategies, 17, 0).forks.some((k) => k > s.intervalsPerDay)).toBe(true);
    // One call for a comparison's replication gives each strategy's own result, baseline first.
    expect(simulateWithForks(base, strategies, 5, 2)).toEqual([base, ...strategies].map((x) => simulateReplication(x, { seed: 5, replication: 2 })));
  });

  it('random lever scenarios (outsourcing by share or queue, dynamic or planned moves, standby, temps, overtime): forked equals whole', () => {
    const PER_DAY = 8;
    const N = PER_DAY * 2;
    const counts = (max: number) => fc.array(fc.integer({ min: 0, max }), { minLength: N, maxLength: N });
    const base = fc.record({ voice: counts(50), chat: counts(25), voiceTeam: counts(8), chatTeam: counts(5), concurrency: fc.integer({ min: 1, max: 3 }) })
      .map((x) => buildScenario({
        intervalSeconds: 1800, intervalsPerDay: PER_DAY, days: 2,
        channels: [
          { id: 'voice', kind: 'voice', aht: { dist: 'exponential', mean: 240 }, patience: { dist: 'exponential', mean: 120 }, fcr: 0.9, retrial: { share: 0.3, delaySeconds: 300 } },
          { id: 'chat', kind: 'chat', aht: { dist: 'lognormal', mean: 400, cv: 0.8 }, patience: { dist: 'exponential', mean: 200 }, concurrency: x.concurrency },
        ],
        arrivals: [x.voice, x.chat],
        pools: [{ id: 'voiceTeam', skills: [0], productive: x.voiceTeam }, { id: 'chatTeam', skills: [1, 0], productive: x.chatTeam }],
      }));
    const lever = fc.oneof(
      fc.record({ share: fc.double({ min: 0, max: 1, noNaN: true }), agents: fc.integer({ min: 1, max: 5 }) })
        .map((x) => outsourcing(['voice'], { mode: 'share', share: x.share }, { agents: x.agents, start: '2026-01-06', end: '2026-01-06' })),
      fc.integer({ min: 0, max: 3 }).map((queue) => outsourcing(['voice'], { mode: 'queueAbove', queue }, { agents: 3, start: '2026-01-06', end: '2026-01-06', from: '02:00' })),
      fc.integer({ min: 1, max: 3 }).map((maxAgents) => ({ kind: 'reallocation', mode: 'dynamic', fromPoolId: 'chatTeam', toChannel: 'voice', maxAgents, queueAbove: 1, start: '2026-01-06', end: '2026-01-06',
        chatStandby: { channel: 'chat', moveTo: [] } })),
      // A voice agent moved onto chat (three sessions): the pool's busy unit changes with its channels.
      fc.integer({ min: 1, max: 2 }).map((maxAgents) => ({ kind: 'reallocation', mode: 'dynamic', fromPoolId: 'voiceTeam', toChannel: 'chat', maxAgents, queueAbove: 1, start: '2026-01-06', end: '2026-01-06' })),
      fc.integer({ min: 1, max: 3 }).map((maxAgents) => ({ kind: 'reallocation', mode: 'planned', fromPoolId: 'chatTeam', toChannel: 'voice', maxAgents, start: '2026-01-06', end: '2026-01-06' })),
      fc.integer({ min: 1, max: 4 }).map((count) => ({ kind: 'temps', count, decisionDate: '2025-12-10', skills: ['voice'], hoursPerDay: 3, hourlyWage: 10, shrinkage: 0, leadTimeDays: 27, trainingDays: 0 })),
      fc.constantFrom(1, 2).map((hours) => ({ kind: 'overtime', poolId: 'voiceTeam', hoursPerAgentPerDay: hours, shiftHours: 2, start: '2026-01-06', end: '2026-01-06' })),
    );
    fc.assert(fc.property(base, fc.array(lever, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 1000 }), (s, levers, seed) => {
      const st = strategy(s, ...levers);
      const run = forkedAndWhole(baselineScenario(s), [st], seed, 1);
      const p = run.pairs[0]!;
      if (p.fork > 0) expect(p.forked).toEqual(p.whole);
      expect(p.whole).toEqual(p.plain);
    }), { seed: 21, numRuns: 60 });
    void DAY;
  });
});
