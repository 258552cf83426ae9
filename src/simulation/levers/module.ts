/**
 * The one small interface every lever kind implements, and the helpers they share to find the
 * channels and pools a lever's parameters name.
 */
import { z } from 'zod';
import type { Problem } from '../../scenario/problems';
import type { StrategyScenario } from './types';

export type LeverKind = 'outsourcing' | 'reallocation' | 'temps' | 'overtime';

/** What `apply` may need beyond the scenario and the parameters. */
export interface LeverContext {
  /** Path of the lever in the file, e.g. `strategies[2].levers[0]`, for problems. */
  path: string;
  /** References that do not resolve (unknown channel / pool ids) are reported here. */
  problems: Problem[];
}

export interface LeverModule<P> {
  kind: LeverKind;
  /** Validates and fills defaults; messages name the field (`leadTimeDays: must be ≥ 0`). */
  schema: z.ZodType<P>;
  /** A new scenario with the lever applied; `s` is not modified. */
  apply(s: StrategyScenario, params: P, ctx: LeverContext): StrategyScenario;
}

// Field builders with the messages the scenario schema uses ("is required", "must be ≥ 0").
export const num = () => z.number({ error: (i) => (i.input === undefined ? 'is required' : 'must be a number') });
export const str = () => z.string({ error: (i) => (i.input === undefined ? 'is required' : 'must be a string') });
export const share = () => num().min(0, 'must be ≥ 0').max(1, 'must be ≤ 1');
export const nonNegative = () => num().min(0, 'must be ≥ 0');
export const positive = () => num().positive('must be > 0');
export const count = () => num().int('must be a whole number').min(0, 'must be ≥ 0');
export const isoDate = () => str().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'must be a real calendar date');
export const clock = () => str().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'must be a time HH:MM');
export const id = () => str().min(1, 'must not be empty');

/** Channel index of `channelId`, or null after reporting a problem at `field`. */
export function channelRef(s: StrategyScenario, channelId: string, ctx: LeverContext, field: string): number | null {
  const c = s.channels.find((ch) => ch.id === channelId);
  if (c) return c.index;
  ctx.problems.push({ path: `${ctx.path}.${field}`, message: `unknown channel '${channelId}' (known: ${s.channels.map((ch) => ch.id).join(', ')})` });
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
    ctx.problems.push({ path: `${ctx.path}.${field}`, message: `unknown in-house pool '${poolId}' (known: ${inhouse.map((q) => q.id).join(', ')})` });
    return null;
  }
  const serving = preferChannel === undefined ? undefined : inhouse.find((p) => p.skills.includes(preferChannel));
  const chosen = serving ?? inhouse[0];
  if (chosen) return chosen.index;
  ctx.problems.push({ path: `${ctx.path}.${field}`, message: 'the scenario has no in-house pool' });
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
    leverCosts: {
      outsourcers: [...s.leverCosts.outsourcers],
      temps: [...s.leverCosts.temps],
      overtime: [...s.leverCosts.overtime],
    },
    notes: [...s.notes],
  };
}
