/**
 * The one small interface every lever kind implements, and the helpers they share to find the
 * channels and pools a lever's parameters name.
 */
import type { LeverKind } from '../../scenario/levers';
import { NO_INHOUSE_POOL, unknownChannel, unknownInhousePool } from '../../scenario/levers/references';
import type { Problem } from '../../scenario/problems';
import type { StrategyScenario } from './types';

/** What `apply` may need beyond the scenario and the parameters. */
export interface LeverContext {
  /** Path of the lever in the file, e.g. `strategies[2].levers[0]`, for problems. */
  path: string;
  /** References that do not resolve (unknown channel / pool ids) are reported here. */
  problems: Problem[];
}

export interface LeverModule<P> {
  kind: LeverKind;
  /** A new scenario with the lever applied; `s` is not modified. */
  apply(s: StrategyScenario, params: P, ctx: LeverContext): StrategyScenario;
}



/** Channel index of `channelId`, or null after reporting a problem at `field`. */
export function channelRef(s: StrategyScenario, channelId: string, ctx: LeverContext, field: string): number | null {
  const c = s.channels.find((ch) => ch.id === channelId);
  if (c) return c.index;
  ctx.problems.push({ path: `${ctx.path}.${field}`, message: unknownChannel(channelId, s.channels.map((ch) => ch.id)) });
  return null;
}

/**
 * The in-house pool a lever works on: the one named, else the first in-house pool serving
 * `preferChannel` (when given), else the first in-house pool.
 */
export function inhousePoolRef(s: StrategyScenario, poolId: string | undefined, ctx: LeverContext, field: string, preferChannel?: number): number | null {
  const inhouse = s.pools.filter((p) => p.kind === 'inhouse');
  if (poolId !== undefined) {
    const p = inhouse.find((q) => q.id === poolId);
    if (p) return p.index;
    ctx.problems.push({ path: `${ctx.path}.${field}`, message: unknownInhousePool(poolId, inhouse.map((q) => q.id)) });
    return null;
  }
  const serving = preferChannel === undefined ? undefined : inhouse.find((p) => p.skills.includes(preferChannel));
  const chosen = serving ?? inhouse[0];
  if (chosen) return chosen.index;
  ctx.problems.push({ path: `${ctx.path}.${field}`, message: NO_INHOUSE_POOL });
  return null;
}

/** A copy of the scenario deep enough that a lever may replace pools, channels and rule lists. */
export function cloneForLever(s: StrategyScenario): StrategyScenario {
  return {
    ...s,
    channels: s.channels.map((c) => ({ ...c, targets: { ...c.targets } })),
    arrivals: s.arrivals,
    pools: s.pools.map((p) => ({ ...p })),
    routing: [...s.routing],
    reallocation: [...s.reallocation],
    deflection: [...s.deflection],
    callbacks: [...s.callbacks],
    leverCosts: {
      outsourcers: [...s.leverCosts.outsourcers],
      temps: [...s.leverCosts.temps],
      overtime: [...s.leverCosts.overtime],
    },
    notes: [...s.notes],
  };
}
