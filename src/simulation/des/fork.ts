/**
 * Forking a strategy's replication from the baseline's (docs/modelling-choices.md, "Comparison
 * on common random numbers"). Under common random numbers a strategy's run is the baseline's,
 * event for event, until its first lever acts: same arrivals, same handle times and patience,
 * same agents. So the baseline's state just before that interval boundary (engine, agents,
 * queues, heaps, statistics and every random stream) is the strategy's state there, and the
 * strategy need only be simulated from that boundary on.
 *
 * Exactness needs the two engines to lay the baseline's pools out at the same agent slots:
 * `agentSlots` gives every run of one comparison the same slots per pool. A strategy whose
 * levers change what the engine reads from the start (a channel's targets, its arrivals), or
 * that routes by wait or offers call backs (its TRANSFER and CALLBACK checks are scheduled while
 * rules are still off), forks at 0:
 * it is simulated whole.
 */
import type { ResolvedScenario } from '../../scenario/model';
import type { StrategyScenario } from '../levers/types';
import type { EngineSnapshot, ReplicationResult } from './result';
import { headCounts } from './setup';
import { simulateFromSnapshot, simulateReplication } from './simulate';

/** Per pool index, the agent slots every run of the comparison reserves (the largest head-count any of them has). */
export function agentSlots(scenarios: readonly ResolvedScenario[]): number[] {
  const slots: number[] = [];
  for (const s of scenarios) {
    headCounts(s).forEach((h, p) => { slots[p] = Math.max(slots[p] ?? 0, ...h, 0); });
  }
  return slots;
}

const firstTrue = (mask: readonly boolean[]): number => {
  const i = mask.indexOf(true);
  return i < 0 ? Infinity : i;
};

/**
 * The first interval whose inputs to the engine differ between the baseline and the strategy;
 * `intervalCount` when none does (the strategy changes nothing the simulator sees).
 */
export function forkInterval(baseline: ResolvedScenario, strategy: StrategyScenario): number {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (!same(baseline.channels, strategy.channels) || !same(baseline.arrivals, strategy.arrivals)
    || baseline.intervalSeconds !== strategy.intervalSeconds || baseline.intervalCount !== strategy.intervalCount
    || baseline.shortAbandonSeconds !== strategy.shortAbandonSeconds || strategy.pools.length < baseline.pools.length) return 0;
  // Offers and transfers by wait are scheduled at arrival, while the rules are still off: whole runs.
  if (strategy.routing.some((r) => r.mode === 'waitAbove') || (strategy.callbacks ?? []).length > 0) return 0;
  let k = strategy.intervalCount;
  const baseHeads = headCounts(baseline);
  const heads = headCounts(strategy);
  strategy.pools.forEach((pool, p) => {
    const base = baseline.pools[p];
    if (base && (!same(base.skills, pool.skills) || base.kind !== pool.kind)) k = 0;
    for (let i = 0; i < k; i++) {
      const before = base ? baseHeads[p]![i] : 0;
      const aht = (x: ResolvedScenario['pools'][number] | undefined) => x?.ahtMultiplier?.[i] ?? 1;
      if (heads[p]![i] !== before || (base && aht(base) !== aht(pool))) { k = i; break; }
    }
  });
  for (const rule of [...strategy.routing, ...strategy.reallocation, ...strategy.deflection]) k = Math.min(k, firstTrue(rule.active));
  return k;
}

/**
 * Replications of the baseline and of every strategy on the same random numbers, each strategy
 * forked from the baseline at its fork interval (whole when that is 0). The slots and fork
 * intervals depend only on the scenarios, so they are found once, not per replication. Results
 * are those of `simulateReplication` for each, in order, baseline first.
 */
export function forkedReplications(baseline: ResolvedScenario, strategies: readonly StrategyScenario[]): (seed: number, replication: number) => ReplicationResult[] {
  const slots = agentSlots([baseline, ...strategies]);
  const forks = strategies.map((st) => forkInterval(baseline, st));
  return (seed, replication) => simulateForked(baseline, strategies, slots, forks, seed, replication);
}

/** One replication of `forkedReplications`. */
export function simulateWithForks(baseline: ResolvedScenario, strategies: readonly StrategyScenario[], seed: number, replication: number): ReplicationResult[] {
  return forkedReplications(baseline, strategies)(seed, replication);
}

function simulateForked(
  baseline: ResolvedScenario, strategies: readonly StrategyScenario[], slots: number[], forks: number[], seed: number, replication: number,
): ReplicationResult[] {
  const snapshots = new Map<number, EngineSnapshot>();
  const base = simulateReplication(baseline, {
    seed, replication, agentSlots: slots, snapshotAt: forks.filter((k) => k > 0), onSnapshot: (snap) => snapshots.set(snap.boundary, snap),
  });
  return [base, ...strategies.map((st, k) => {
    const snap = snapshots.get(forks[k]!);
    const options = { seed, replication, agentSlots: slots };
    return snap ? simulateFromSnapshot(st, snap, options) : simulateReplication(st, options);
  })];
}
