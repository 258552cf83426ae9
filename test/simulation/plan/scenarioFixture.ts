/** Hand-built resolved scenarios for the plan tests (literal objects: no parser, no resolver). */
import type { ResolvedChannel, ResolvedPool, ResolvedScenario } from '../../../src/scenario/model';
import type { ChannelKind, Targets } from '../../../src/scenario/schema';

export function channel(index: number, id: string, kind: ChannelKind, ahtSeconds: number, targets: Targets,
  extra: Partial<ResolvedChannel> = {}): ResolvedChannel {
  return {
    index, id, name: id, kind, aht: { dist: 'exponential', mean: ahtSeconds }, patience: null,
    concurrency: 1, concurrentAhtMultiplier: 1, fcr: 1, repeatDelaySeconds: 3600,
    retrial: { share: 0, delaySeconds: 300 }, targets, ...extra,
  };
}

export function pool(index: number, id: string, skills: number[], productive: number[], shrinkage: number): ResolvedPool {
  return {
    index, id, name: id, kind: 'inhouse', skills, productive, shrinkage, hourlyCost: 25,
    scheduled: productive.map((p) => Math.round(p / (1 - shrinkage))),
  };
}

export function scenario(intervalMinutes: number, days: number, channels: ResolvedChannel[], arrivals: number[][],
  pools: ResolvedPool[]): ResolvedScenario {
  const intervalsPerDay = (24 * 60) / intervalMinutes;
  return {
    name: 'test', description: '', startDate: '2026-06-01', intervalMinutes, intervalSeconds: intervalMinutes * 60,
    intervalsPerDay, days, intervalCount: days * intervalsPerDay, shortAbandonSeconds: 0, channels, arrivals, pools,
    strategies: [], costs: { currency: 'EUR', abandonedContactCost: 0 },
  };
}
