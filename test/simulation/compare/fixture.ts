/** A small resolved scenario built by hand: one voice channel (+ optional chat/email), one pool. */
import type { ResolvedChannel, ResolvedPool, ResolvedScenario } from '../../../src/scenario/model';

export interface FixtureOptions {
  days?: number;
  /** Voice calls per open hour (08:00–18:00), per day. */
  voicePerHour?: number[];
  agents?: number;
  withChatEmail?: boolean;
}

export function fixtureScenario(o: FixtureOptions = {}): ResolvedScenario {
  const days = o.days ?? 3;
  const perDay = 24;
  const n = days * perDay;
  const voicePerHour = o.voicePerHour ?? Array.from({ length: days }, (_, d) => (d === 1 ? 140 : 100));
  const open = (i: number) => i % perDay >= 8 && i % perDay < 18;
  const voice: ResolvedChannel = {
    index: 0, id: 'voice', name: 'Voice', kind: 'voice', aht: { dist: 'exponential', mean: 300 },
    patience: { dist: 'exponential', mean: 120 }, concurrency: 1, concurrentAhtMultiplier: 1, fcr: 1,
    repeatDelaySeconds: 3600, retrial: { share: 0, delaySeconds: 300 },
    targets: { serviceLevel: { share: 0.8, seconds: 20 }, minAnswerRate: 0.9 },
  };
  const channels = [voice];
  const arrivals = [Array.from({ length: n }, (_, i) => (open(i) ? voicePerHour[Math.floor(i / perDay)] : 0))];
  if (o.withChatEmail) {
    channels.push({ ...voice, index: 1, id: 'chat', name: 'Chat', kind: 'chat', aht: { dist: 'exponential', mean: 600 }, concurrency: 2, targets: { serviceLevel: { share: 0.8, seconds: 60 } } });
    channels.push({ ...voice, index: 2, id: 'email', name: 'Email', kind: 'email', aht: { dist: 'exponential', mean: 420 }, patience: null, targets: { responseWithin: [{ share: 0.9, hours: 24 }] } });
    arrivals.push(Array.from({ length: n }, (_, i) => (open(i) ? 30 : 0)));
    arrivals.push(Array.from({ length: n }, () => 8));
  }
  const agents = o.agents ?? 12;
  const scheduled = Array.from({ length: n }, (_, i) => (open(i) ? Math.ceil(agents / 0.75) : 0));
  const pool: ResolvedPool = {
    index: 0, id: 'inhouse', name: 'In-house', kind: 'inhouse', skills: channels.map((c) => c.index),
    scheduled, productive: scheduled.map((x) => Math.round(x * 0.75)), shrinkage: 0.25, hourlyCost: 30,
  };
  return {
    name: 'fixture', description: '', startDate: '2026-03-02', intervalMinutes: 60, intervalSeconds: 3600,
    intervalsPerDay: perDay, days, intervalCount: n, shortAbandonSeconds: 0, channels, arrivals, pools: [pool],
    strategies: [], costs: { currency: 'EUR', abandonedContactCost: 0 },
  };
}
