/** Small resolved scenarios for the simulator's tests (the engine's own type, any interval length). */
import type { ResolvedChannel, ResolvedPool, ResolvedScenario } from '../../../src/scenario/model';

export type ChannelSpec = Partial<Omit<ResolvedChannel, 'index'>> & Pick<ResolvedChannel, 'aht'>;
export type PoolSpec = Partial<Omit<ResolvedPool, 'index' | 'scheduled'>> & Pick<ResolvedPool, 'skills' | 'productive'>;

export interface ScenarioSpec {
  intervalSeconds?: number;
  intervalsPerDay: number;
  days?: number;
  shortAbandonSeconds?: number;
  channels: ChannelSpec[];
  /** Expected arrivals per channel per interval. */
  arrivals: number[][];
  pools: PoolSpec[];
}

export function buildScenario(spec: ScenarioSpec): ResolvedScenario {
  const intervalSeconds = spec.intervalSeconds ?? 1800;
  const days = spec.days ?? 1;
  const intervalCount = days * spec.intervalsPerDay;
  const channels: ResolvedChannel[] = spec.channels.map((c, index) => ({
    index, id: c.id ?? `ch${index}`, name: c.name ?? `Channel ${index}`, kind: c.kind ?? 'voice',
    aht: c.aht, patience: c.patience ?? null, concurrency: c.concurrency ?? 1,
    concurrentAhtMultiplier: c.concurrentAhtMultiplier ?? 1, fcr: c.fcr ?? 1,
    repeatDelaySeconds: c.repeatDelaySeconds ?? 3600, retrial: c.retrial ?? { share: 0, delaySeconds: 300 },
    targets: c.targets ?? {},
  }));
  const pools: ResolvedPool[] = spec.pools.map((p, index) => ({
    index, id: p.id ?? `pool${index}`, name: p.name ?? `Pool ${index}`, kind: p.kind ?? 'inhouse',
    skills: p.skills, scheduled: p.productive, productive: p.productive, shrinkage: 0, hourlyCost: 0,
    ...(p.ahtMultiplier ? { ahtMultiplier: p.ahtMultiplier } : {}),
  }));
  for (const row of spec.arrivals) if (row.length !== intervalCount) throw new Error(`arrivals: ${row.length} ≠ ${intervalCount}`);
  return {
    name: 'test', description: '', startDate: '2026-01-05', intervalMinutes: intervalSeconds / 60, intervalSeconds,
    intervalsPerDay: spec.intervalsPerDay, days, intervalCount, shortAbandonSeconds: spec.shortAbandonSeconds ?? 0,
    channels, arrivals: spec.arrivals, pools, strategies: [], costs: { currency: 'EUR', abandonedContactCost: 0 },
  };
}

/** n copies of x. */
export const repeat = (x: number, n: number): number[] => Array(n).fill(x);

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
