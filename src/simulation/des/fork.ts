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
import { coupledResult, watchBaseline, watchStrategy, type WatchedBaseline } from './coupling';
import { Engine } from './engine';
import { replicationResult } from './harvest';
import type { EngineSnapshot, ReplicationResult } from './result';
import { headCounts } from './setup';

/** Per pool index, the agent slots every run of the comparison reserves (the largest head-count any of them has). */
export function agentSlots(scenarios: readonly ResolvedScenario[]): number[] {
  const slots: number[] = [];
  for (const s of scenarios) {
    headCounts(s).forEach((h, p) => {
      // A loop, not Math.max(...h): a year at 15 minutes has 35,040 head-counts per pool.
      let m = slots[p] ?? 0;
      for (const x of h) if (x > m) m = x;
      slots[p] = m;
    });
  }
  return slots;
}

const firstTrue = (mask: readonly boolean[]): number => {
  const i = mask.indexOf(true);
  return i < 0 ? Infinity : i;
};

/** Whether the strategy changes something the engine reads for the whole run (channels, arrivals, the grid, a baseline pool's skills or kind). */
function differsThroughout(baseline: ResolvedScenario, strategy: StrategyScenario): boolean {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return !same(baseline.channels, strategy.channels) || !same(baseline.arrivals, strategy.arrivals)
    || baseline.intervalSeconds !== strategy.intervalSeconds || baseline.intervalCount !== strategy.intervalCount
    || baseline.shortAbandonSeconds !== strategy.shortAbandonSeconds || strategy.pools.length < baseline.pools.length
    || baseline.pools.some((base, p) => !same(base.skills, strategy.pools[p]!.skills) || base.kind !== strategy.pools[p]!.kind);
}

/**
 * The first (`from` = 0, `step` = 1) or last (`from` = intervals − 1, `step` = −1) interval where a
 * pool's head-count or handle-time multiplier differs from the baseline's (a pool of the
 * strategy's own: any head-count); −1 when none does. Plain loops: on a year at 15 minutes this
 * runs for every replication's world (run/batch.ts).
 */
function poolsDiffer(baseline: ResolvedScenario, strategy: StrategyScenario, baseHeads: number[][], heads: number[][], from: number, step: 1 | -1): number {
  let found = -1;
  for (let p = 0; p < strategy.pools.length; p++) {
    const own = heads[p]!;
    const theirs = p < baseline.pools.length ? baseHeads[p]! : null;
    const aht = strategy.pools[p]!.ahtMultiplier;
    const baseAht = p < baseline.pools.length ? baseline.pools[p]!.ahtMultiplier : undefined;
    for (let i = from; i >= 0 && i < strategy.intervalCount; i += step) {
      if (found >= 0 && (step === 1 ? i >= found : i <= found)) break;
      const differs = own[i] !== (theirs ? theirs[i] : 0) || (theirs !== null && (aht?.[i] ?? 1) !== (baseAht?.[i] ?? 1));
      if (differs) { found = i; break; }
    }
  }
  return found;
}

/** Every lever rule's intervals in force. */
const ruleMasks = (strategy: StrategyScenario): (readonly boolean[])[] =>
  [...strategy.routing, ...strategy.reallocation, ...strategy.deflection, ...(strategy.callbacks ?? [])].map((r) => r.active);

/**
 * Where the strategy's inputs to the engine differ from the baseline's: `fork`, the first
 * interval (`intervalCount` when none does; 0 for a strategy that must run whole), and `last`,
 * the last one (−1 when none does; `intervalCount` when the difference lasts the whole run).
 */
export function leverSpan(baseline: ResolvedScenario, strategy: StrategyScenario): { fork: number; last: number } {
  const n = strategy.intervalCount;
  if (differsThroughout(baseline, strategy)) return { fork: 0, last: n };
  const baseHeads = headCounts(baseline);
  const heads = headCounts(strategy);
  const first = poolsDiffer(baseline, strategy, baseHeads, heads, 0, 1);
  let fork = first < 0 ? n : first;
  for (const rule of [...strategy.routing, ...strategy.reallocation, ...strategy.deflection]) fork = Math.min(fork, firstTrue(rule.active));
  // Offers and transfers by wait are scheduled at arrival, while the rules are still off: whole runs.
  if (strategy.routing.some((r) => r.mode === 'waitAbove') || (strategy.callbacks ?? []).length > 0) fork = 0;
  let last = poolsDiffer(baseline, strategy, baseHeads, heads, n - 1, -1);
  for (const mask of ruleMasks(strategy)) last = Math.max(last, mask.lastIndexOf(true));
  return { fork, last };
}

/**
 * The first interval whose inputs to the engine differ between the baseline and the strategy;
 * `intervalCount` when none does (the strategy changes nothing the simulator sees).
 */
export function forkInterval(baseline: ResolvedScenario, strategy: StrategyScenario): number {
  return leverSpan(baseline, strategy).fork;
}

/**
 * The mirror of `forkInterval`: the last interval whose inputs to the engine differ (a lever in
 * force, a head-count or handle-time multiplier not the baseline's), −1 when none does, and
 * `intervalCount` when the difference lasts the whole run. After it the strategy may couple
 * with the baseline again (coupling.ts); temps whose contract runs to the end never do.
 */
export function lastDifferingInterval(baseline: ResolvedScenario, strategy: StrategyScenario): number {
  return leverSpan(baseline, strategy).last;
}

/** The midnights after interval `last` and before the end of `s`: where a strategy whose last differing interval is `last` may couple. */
function midnightsAfter(s: ResolvedScenario, last: number): number[] {
  const perDay = s.intervalsPerDay;
  const out: number[] = [];
  if (perDay <= 0) return out;
  for (let k = (Math.floor(last / perDay) + 1) * perDay; k < s.intervalCount; k += perDay) if (k > last) out.push(k);
  return out;
}

/** The midnights at which the strategy may couple with the baseline: after its last differing interval, before the horizon's end. */
export function couplingMidnights(baseline: ResolvedScenario, strategy: StrategyScenario): number[] {
  return midnightsAfter(strategy, lastDifferingInterval(baseline, strategy));
}

/** Whether strategies end their runs once coupled with the baseline (coupling.ts); forking alone otherwise. */
export interface ForkOptions {
  couple?: boolean;
  /** Told, per strategy index, the midnight its run coupled at (−1: it ran to the end). */
  onCoupled?: (strategy: number, midnight: number) => void;
}

/** Each member's result as it is made (0 the baseline, k strategy k − 1), in that order. */
export type MemberSink = (member: number, result: ReplicationResult) => void;

/**
 * Replications of the baseline and of every strategy on the same random numbers, each strategy
 * forked from the baseline at its fork interval (whole when that is 0) and, unless `couple` is
 * false, ended at the first midnight after its levers where its state is the baseline's
 * (coupling.ts). The slots, fork intervals and midnights depend only on the scenarios, so they
 * are found once, not per replication. Results are those of `simulateReplication` for each, in
 * order, baseline first — or, given a `MemberSink`, handed to it one by one as they are made
 * (the list is then empty), so that the caller need not hold every strategy's arrays at once.
 */
export function forkedReplications(
  baseline: ResolvedScenario, strategies: readonly StrategyScenario[], options: ForkOptions = {},
): (seed: number, replication: number, sink?: MemberSink) => ReplicationResult[] {
  const slots = agentSlots([baseline, ...strategies]);
  const spans = strategies.map((st) => leverSpan(baseline, st));
  const forks = spans.map((x) => x.fork);
  const midnights = strategies.map((st, i) => (options.couple === false ? [] : midnightsAfter(st, spans[i]!.last)));
  return (seed, replication, sink) => simulateForked(baseline, strategies, { slots, forks, midnights, onCoupled: options.onCoupled }, seed, replication, sink);
}

/** One replication of `forkedReplications`. */
export function simulateWithForks(baseline: ResolvedScenario, strategies: readonly StrategyScenario[], seed: number, replication: number, options: ForkOptions = {}): ReplicationResult[] {
  return forkedReplications(baseline, strategies, options)(seed, replication);
}

interface Plan {
  slots: number[];
  forks: number[];
  midnights: number[][];
  onCoupled: ForkOptions['onCoupled'];
}

function simulateForked(baseline: ResolvedScenario, strategies: readonly StrategyScenario[], plan: Plan, seed: number, replication: number, sink?: MemberSink): ReplicationResult[] {
  const { result: baseResult, snapshots, watch } = runBaseline(baseline, plan, seed, replication);
  const out: ReplicationResult[] = [];
  const give: MemberSink = sink ?? ((_, r) => { out.push(r); });
  give(0, baseResult);
  // A snapshot is dropped once the last strategy forking from it has run: fewer held as the group goes on.
  const lastUse = new Map<number, number>();
  plan.forks.forEach((k, i) => lastUse.set(k, i));
  strategies.forEach((st, i) => {
    const fork = plan.forks[i]!;
    const result = runStrategy(st, i, plan, snapshots.get(fork), watch, baseResult, seed, replication);
    if (lastUse.get(fork) === i) snapshots.delete(fork);
    give(i + 1, result);
  });
  return out;
}

/**
 * The baseline's run, its snapshots at the fork intervals and its watched midnights. Its engine
 * is not returned: it can be collected before the strategies run (a year's engine holds tens of
 * megabytes), the result and the snapshots being copies.
 */
function runBaseline(baseline: ResolvedScenario, plan: Plan, seed: number, replication: number): {
  result: ReplicationResult; snapshots: Map<number, EngineSnapshot>; watch: WatchedBaseline | null;
} {
  const snapshots = new Map<number, EngineSnapshot>();
  const base = new Engine(baseline, { seed, replication, agentSlots: plan.slots, snapshotAt: plan.forks.filter((k) => k > 0), onSnapshot: (snap) => snapshots.set(snap.boundary, snap) });
  const watched = [...new Set(plan.midnights.flat())].sort((a, b) => a - b);
  const watch = watched.length > 0 ? watchBaseline(base, watched) : null;
  base.run();
  return { result: replicationResult(base, seed, replication), snapshots, watch };
}

/** Strategy i forked from its snapshot (whole without one), ended where it couples; its engine is not kept. */
function runStrategy(
  st: StrategyScenario, i: number, plan: Plan, snap: EngineSnapshot | undefined, watch: WatchedBaseline | null,
  baseResult: ReplicationResult, seed: number, replication: number,
): ReplicationResult {
  const engine = new Engine(st, { seed, replication, agentSlots: plan.slots });
  const coupled = watch && plan.midnights[i]!.length > 0 ? watchStrategy(engine, plan.midnights[i]!, watch) : null;
  if (snap) engine.resume(snap);
  else engine.run();
  const state = coupled?.() ?? null;
  plan.onCoupled?.(i, state ? state.k : -1);
  return state && watch ? coupledResult(engine, state, baseResult, watch.states.get(state.k)!, watch) : replicationResult(engine, seed, replication);
}
