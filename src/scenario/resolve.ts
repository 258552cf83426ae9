/**
 * A valid scenario file → the resolved scenario every engine reads (model.ts): per-interval
 * arrivals and head-counts, channel and pool references as indices, times in seconds.
 */
import { intervalsPerDay } from './calendar';
import type { ResolvedChannel, ResolvedPool, ResolvedScenario } from './model';
import { channelArrivals } from './resolveForecast';
import { poolScheduled, productiveCount } from './resolveStaffing';
import { resolveUncertainty } from './resolveUncertainty';
import type { ScenarioFile } from './schema';

/**
 * Resolves a scenario that `parseScenario` accepted. Given a file that did not pass validation
 * its result is undefined (it may throw): validate first.
 */
export function resolveScenario(file: ScenarioFile): ResolvedScenario {
  const perDay = intervalsPerDay(file.intervalMinutes);
  const channelIndex = new Map(file.channels.map((c, i) => [c.id, i]));
  const channels: ResolvedChannel[] = file.channels.map((c, index) => ({
    index,
    id: c.id,
    name: c.name,
    kind: c.kind,
    aht: c.aht,
    patience: c.patience ?? null,
    concurrency: c.concurrency,
    concurrentAhtMultiplier: c.concurrentAhtMultiplier,
    fcr: c.fcr,
    repeatDelaySeconds: c.repeatDelayMinutes * 60,
    retrial: { ...c.retrial },
    targets: c.targets,
  }));
  const pools: ResolvedPool[] = file.pools.map((p, index) => {
    const scheduled = poolScheduled(file, p);
    return {
      index,
      id: p.id,
      name: p.name,
      kind: p.kind,
      skills: p.skills.map((id) => channelIndex.get(id) as number),
      scheduled,
      productive: scheduled.map((n) => productiveCount(n, p.shrinkage)),
      shrinkage: p.shrinkage,
      hourlyCost: p.hourlyCost,
    };
  });
  return {
    name: file.name,
    description: file.description,
    startDate: file.startDate,
    intervalMinutes: file.intervalMinutes,
    intervalSeconds: file.intervalMinutes * 60,
    intervalsPerDay: perDay,
    days: file.days,
    intervalCount: file.days * perDay,
    shortAbandonSeconds: file.shortAbandonSeconds,
    channels,
    arrivals: file.channels.map((c) => channelArrivals(file, c.id)),
    pools,
    strategies: file.strategies,
    costs: { ...file.costs },
    ...(file.uncertainty ? { uncertainty: resolveUncertainty(file, file.uncertainty) } : {}),
  };
}
