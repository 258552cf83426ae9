/**
 * Strategy scenarios for the simulator's lever tests, built with the levers' real
 * `applyStrategy` on small resolved scenarios (scenarioBuilder), never by hand.
 */
import type { ResolvedScenario } from '../../../src/scenario/model';
import type { StrategyFile } from '../../../src/scenario/schema';
import { applyStrategy } from '../../../src/simulation/levers';
import type { StrategyScenario } from '../../../src/simulation/levers/types';
import { simulateReplication, type ReplicationResult, type SimulationObserver } from '../../../src/simulation/des';

/** The scenarios' first (and usually only) day, as buildScenario dates it. */
export const DAY = '2026-01-05';

/** A strategy of `levers` applied to `s`. */
export function strategy(s: ResolvedScenario, ...levers: Record<string, unknown>[]): StrategyScenario {
  return applyStrategy(s, { id: 'test', name: 'Test', levers } as StrategyFile);
}

/** An outsourcing lever over the whole first day (override anything). */
export function outsourcing(channels: string[], routing: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { kind: 'outsourcing', poolId: 'bpo', channels, routing, start: DAY, end: DAY, pricing: { mode: 'perContact', rate: 1 }, ...extra };
}

export const run = (s: ResolvedScenario, seed: number, replication = 0, observer?: SimulationObserver): ReplicationResult =>
  simulateReplication(s, { seed, replication, ...(observer ? { observer } : {}) });

export const total = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** A binomial count's distance from its mean, in standard deviations. */
export function binomialZ(successes: number, trials: number, p: number): number {
  const sd = Math.sqrt(trials * p * (1 - p));
  return sd > 0 ? Math.abs(successes - trials * p) / sd : Math.abs(successes - trials * p);
}
