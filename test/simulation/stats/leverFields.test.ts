/**
 * The lever figures of the simulator merged across replications: chats lost to standby per
 * channel (horizon and interval), contacts and hours each pool handled, agents moved per interval.
 */
import { describe, expect, it } from 'vitest';
import { aggregateReplications } from '../../../src/simulation/stats';
import { buildScenario, repeat, sum } from '../des/scenarioBuilder';
import { outsourcing, run, strategy } from '../des/leverScenario';

const N = 6;
const base = buildScenario({
  intervalSeconds: 1800, intervalsPerDay: N,
  channels: [
    { id: 'voice', aht: { dist: 'exponential', mean: 300 }, patience: { dist: 'exponential', mean: 200 } },
    { id: 'chat', kind: 'chat', aht: { dist: 'exponential', mean: 300 }, concurrency: 2 },
  ],
  arrivals: [[40, 150, 150, 150, 40, 40], repeat(20, N)],
  pools: [{ id: 'voiceTeam', skills: [0], productive: repeat(20, N) }, { id: 'chatTeam', skills: [1], productive: repeat(4, N) }],
});
const s = strategy(base,
  outsourcing(['voice'], { mode: 'waitAbove', seconds: 20 }, { agents: 3 }),
  { kind: 'reallocation', mode: 'dynamic', fromPoolId: 'chatTeam', toChannel: 'voice', maxAgents: 2, queueAbove: 2, chatStandby: { channel: 'chat' } });
const results = Array.from({ length: 8 }, (_, k) => run(s, 21, k));
const mean = (xs: number[]) => sum(xs) / xs.length;

describe('lever figures across replications', () => {
  const agg = aggregateReplications(s, results);

  it('chats lost to standby: horizon and per interval, as means of each replication', () => {
    const perRep = results.map((r) => sum(r.channels[1].deflected));
    expect(mean(perRep)).toBeGreaterThan(0);
    expect(agg.channels.chat.deflected.mean).toBeCloseTo(mean(perRep), 9);
    expect(agg.channels.voice.deflected.mean).toBe(0);
    for (let i = 0; i < N; i++) expect(agg.intervals!.chat[i].deflected.mean).toBeCloseTo(mean(results.map((r) => r.channels[1].deflected[i])), 9);
  });

  it('handled volume per pool adds up to the answered contacts', () => {
    const answered = mean(results.map((r) => sum(r.channels[0].answered) + sum(r.channels[1].answered)));
    const handled = Object.values(agg.pools).reduce((t, p) => t + p.handledContacts.mean, 0);
    expect(handled).toBeCloseTo(answered, 6);
    expect(agg.pools.bpo.handledContacts.mean).toBeGreaterThan(0);
    expect(agg.pools.bpo.handledHours.mean).toBeCloseTo(mean(results.map((r) => sum(r.pools[2].handledSeconds) / 3600)), 9);
  });

  it('agents moved per interval, never above the cap', () => {
    expect(agg.movedAgents).toHaveLength(N);
    expect(Math.max(...agg.movedAgents.map((m) => m.mean))).toBeGreaterThan(0);
    for (const m of agg.movedAgents) expect(m.p90).toBeLessThanOrEqual(2 + 1e-9);
  });
});
