/**
 * "Queue above Q" overflow: the analytic view (an Erlang A chain with a limited queue) against the
 * simulator on the same strategy scenario — how many contacts the outsourcer takes and the
 * service level the callers get.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyticCache } from '../../../src/simulation/compare/analyticCache';
import { evaluateStrategy } from '../../../src/simulation/compare/evaluate';
import { simulateReplication } from '../../../src/simulation/des';
import { applyLevers, baselineScenario, parseLevers, type Lever } from '../../../src/simulation/levers';
import { summarizeSimulation } from '../../../src/simulation/compare/simulated';
import { fixtureScenario } from './fixture';

function strategyWithQueue(queue: number) {
  const s = fixtureScenario({ days: 1, voicePerHour: [170], agents: 12 });
  const parsed = parseLevers([{
    kind: 'outsourcing', channels: ['voice'], routing: { mode: 'queueAbove', queue },
    start: '2026-03-02', end: '2026-03-02', agents: 30, pricing: { mode: 'perContact', rate: 3 },
  }], 'levers');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const applied = applyLevers(baselineScenario(s), parsed.levers as Lever[]);
  if (!applied.ok) throw new Error(JSON.stringify(applied.problems));
  return applied.scenario;
}

describe('queue-above-Q overflow, analytic against simulated', () => {
  for (const queue of [0, 2, 6]) {
    it(`sends the outsourcer the same share of calls and gives the same service level (Q = ${queue})`, () => {
      const s = strategyWithQueue(queue);
      const outsourcer = s.pools.findIndex((p) => p.kind === 'outsourcer');
      const analytic = evaluateStrategy(s, createAnalyticCache(s.intervalMinutes));
      // 300 replications: at Q = 6 the outsourcer takes about 14 calls a day, and 30 replications
      // left the mean's standard error at 8% of it, as wide as the tolerance below.
      const reps = Array.from({ length: 300 }, (_, replication) => simulateReplication(s, { seed: 9, replication }));
      const sim = summarizeSimulation(s, reps);
      const simOut = reps.reduce((t, r) => t + r.pools[outsourcer]!.handledContacts.reduce((a, b) => a + b, 0), 0) / reps.length;
      const anOut = analytic.handled[outsourcer]!.contacts;
      // The interval starts empty in the simulator and in steady state in the chain: a few % apart.
      expect(Math.abs(simOut - anOut) / anOut, `outsourced: simulated ${simOut.toFixed(0)}, analytic ${anOut.toFixed(0)}`).toBeLessThan(0.08);
      const anSl = analytic.channels[0]!.withinSl.reduce((a, b) => a + b, 0) / analytic.channels[0]!.offered.reduce((a, b) => a + b, 0);
      expect(Math.abs(sim.channels.voice!.serviceLevel!.mean - anSl), `SL: simulated ${sim.channels.voice!.serviceLevel!.mean.toFixed(3)}, analytic ${anSl.toFixed(3)}`).toBeLessThan(0.03);
    });
  }
});
