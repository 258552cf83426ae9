import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../../src/simulation/des';
import { aggregateReplications } from '../../../src/simulation/stats';
import { buildScenario, repeat, sum } from '../des/scenarioBuilder';

const s = buildScenario({
  intervalSeconds: 1800, intervalsPerDay: 4, days: 2,
  channels: [
    { id: 'voice', aht: { dist: 'exponential', mean: 240 }, patience: { dist: 'exponential', mean: 120 }, targets: { serviceLevel: { share: 0.8, seconds: 20 } } },
    { id: 'mail', kind: 'email', aht: { dist: 'fixed', mean: 600 }, targets: { responseWithin: [{ share: 0.8, hours: 24 }, { share: 1, hours: 48 }] } },
    { id: 'quiet', kind: 'chat', aht: { dist: 'exponential', mean: 300 }, concurrency: 2 },
  ],
  arrivals: [[60, 80, 0, 0, 60, 80, 0, 0], [30, 0, 0, 0, 30, 0, 0, 0], repeat(0, 8)],
  pools: [{ id: 'front', skills: [0, 1], productive: [8, 8, 0, 0, 8, 8, 0, 0] }, { id: 'chat', skills: [2], productive: repeat(0, 8) }],
});
const results = Array.from({ length: 12 }, (_, r) => simulateReplication(s, { seed: 99, replication: r }));

function findNonFinite(value: unknown, path = ''): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} = ${value}`;
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) { const bad = findNonFinite(v, `${path}.${k}`); if (bad) return bad; }
  }
  return null;
}

describe('aggregateReplications', () => {
  const agg = aggregateReplications(s, results);

  it('does not depend on the order replications arrive in', () => {
    const shuffled = [results[5], ...results.slice(6), ...results.slice(0, 5).reverse()];
    expect(aggregateReplications(s, shuffled)).toEqual(agg);
  });

  it('never holds NaN or Infinity, even for a channel with no contacts and no agents', () => {
    expect(findNonFinite(agg)).toBeNull();
    const quiet = agg.channels.quiet;
    expect(quiet.serviceLevel!.mean).toBe(1);
    expect(quiet.answerRate.mean).toBe(1);
    expect(quiet.asaSeconds?.mean).toBe(0);
    expect(quiet.occupancy.mean).toBe(0);
  });

  it('summarises per-replication figures computed from the raw counts', () => {
    const voice = results.map((r) => r.channels[0]);
    const sl = voice.map((v) => sum(v.answeredWithin) / sum(v.offered));
    expect(agg.channels.voice.serviceLevel!.mean).toBeCloseTo(sl.reduce((a, b) => a + b, 0) / sl.length, 12);
    const offered = voice.map((v) => sum(v.offered));
    expect(agg.channels.voice.offered.mean).toBeCloseTo(sum(offered) / offered.length, 9);
    expect(agg.totalCustomers).toBe(sum(results.map((r) => r.customers)));
    expect(agg.replications).toBe(12);
    // Interval 2 is closed: nothing offered, vacuous SL.
    expect(agg.intervals!.voice[2].offered.mean).toBe(0);
    expect(agg.intervals!.voice[2].serviceLevel!.mean).toBe(1);
    expect(agg.intervals!.voice).toHaveLength(8);
    expect(agg.days.voice).toHaveLength(2);
    expect(agg.days.voice[0].offered.mean + agg.days.voice[1].offered.mean).toBeCloseTo(agg.channels.voice.offered.mean, 9);
  });

  it('reports email backlog, share within target and response hours', () => {
    const mail = agg.channels.mail;
    // The horizon's backlog is what waits at the end of the last day, averaged over replications.
    expect(mail.backlog!.mean).toBeCloseTo(results.reduce((t, r) => t + r.channels[1].backlogEndOfDay.at(-1)!, 0) / results.length, 12);
    expect(mail.backlog!.mean).toBeGreaterThan(0);
    expect(mail.backlog!.mean).toBe(agg.days.mail.at(-1)!.backlog.mean);
    expect(mail.withinTargets).toHaveLength(2);
    expect(mail.withinTarget!.mean).toBeGreaterThan(0);
    expect(mail.withinTarget!.mean).toBeLessThanOrEqual(mail.withinTargets![1].mean);
    expect(mail.responseHours!.mean).toBeGreaterThan(600 / 3600);
    expect(agg.days.mail[0].backlog.mean).toBe(
      results.reduce((t, r) => t + r.channels[1].backlogEndOfDay[0], 0) / results.length);
  });

  it('occupancy lies in [0, 1] and ci95 shrinks with more replications', () => {
    const occ = agg.pools.front.occupancy;
    expect(occ.mean).toBeGreaterThan(0);
    expect(occ.mean).toBeLessThanOrEqual(1);
    const few = aggregateReplications(s, results.slice(0, 3));
    expect(agg.channels.voice.serviceLevel!.ci95).toBeLessThan(few.channels.voice.serviceLevel!.ci95);
  });
});
