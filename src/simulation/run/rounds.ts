/**
 * A batch of strategies simulated in rounds of replications, the sequential comparison deciding
 * after each round which go on (compare/sequential.ts; docs/modelling-choices.md, "Sequential
 * comparison"). Without settings, one round of every replication for every strategy — the
 * comparison as it was before the procedure, with the same results.
 *
 * Rounds are fixed by replication number (0…n0−1, then n0…n1−1, …), never by which worker
 * finished first, so a seed gives the same decisions whatever the number of workers. The
 * baseline every strategy forks from is simulated on every round anyway: when it is one of the
 * batch, its replications are all kept (the extra costs stay paired), whatever its own decision.
 *
 * A strategy kept from an earlier run (the app's memo: same scenario, seed and maximum) takes part
 * with its stored outcomes, so every decision is the one a run from scratch takes; it is simulated
 * again only when the procedure wants another number of replications than it has.
 */
import type { StrategyScenario } from '../levers/types';
import { firstLook, type Contender, type SequentialSettings, type SequentialState } from '../compare/sequential';
import { decideSequential, withEarlyLook } from '../compare/sequentialWorlds';
import { StrategyAccumulator, type SimulatedStrategyResult } from '../compare/simulated';
import { ReplicationOrder } from './order';
import { shapeOf, type RunShape, type SimulationPool } from './pool';
import { runStrategies } from './strategies';

/** `RunShape`: how every run keeps and spreads its work (the comparison's budget: run/budget.ts). */
export interface RoundsOptions extends RunShape {
  /** The scenario every strategy forks from (des/fork.ts); absent: each simulated whole. */
  baseline?: StrategyScenario;
  /** null: every strategy gets every replication in one round. */
  settings: Omit<SequentialSettings, 'maximum'> | null;
  signal?: AbortSignal;
  onProgress?: (p: { done: number; total: number }) => void;
  /** After each round's decisions (not called without settings). */
  onRound?: (state: SequentialState, counts: readonly number[]) => void;
}

/** A strategy of the batch, with its result from an earlier run when it did not change. */
export interface RoundsMember {
  scenario: StrategyScenario;
  kept?: SimulatedStrategyResult;
}

export type RoundsOutcome =
  | { kind: 'done'; results: SimulatedStrategyResult[]; state: SequentialState | null; simulated: boolean[] }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string; strategyId: string; refused?: true };

/** Each member's source of replications: its accumulator (simulated here) or its kept result. */
interface Source {
  accumulator: StrategyAccumulator | null;
  order: ReplicationOrder | null;
  kept: SimulatedStrategyResult | null;
}

export async function simulateInRounds(
  pool: SimulationPool, members: readonly RoundsMember[], job: { seed: number; replications: number },
  options: RoundsOptions & { levers: (k: number) => SimulatedStrategyResult['levers'] },
): Promise<RoundsOutcome> {
  const maximum = job.replications;
  const shape = shapeOf(options);
  // The looks are fixed here, before any replication (an early one on worlds: sequentialWorlds.ts).
  const settings = options.settings === null ? null : withEarlyLook({ ...options.settings, maximum }, members.length);
  // Without the procedure a kept result (all replications) is the result.
  // A kept result must also keep what this run keeps per interval (every figure, or the band).
  const sameDetail = (r: SimulatedStrategyResult) => (r.serviceLevelBand === undefined) === ((options.intervalDetail ?? 'all') === 'all');
  const usable = (r: SimulatedStrategyResult | undefined) => r !== undefined && sameDetail(r) && (settings === null ? r.replications === maximum : r.outcomes !== undefined && r.checks !== undefined);
  const fresh = (k: number): Source => {
    const accumulator = new StrategyAccumulator(members[k]!.scenario, options.intervalDetail);
    return { accumulator, order: new ReplicationOrder((r) => accumulator.add(r)), kept: null };
  };
  const sources: Source[] = members.map((m, k) => (usable(m.kept) ? { accumulator: null, order: null, kept: m.kept! } : fresh(k)));
  const count = (src: Source, upTo: number) => (src.accumulator ? src.accumulator.count : Math.min(src.kept!.replications, upTo));
  let state: SequentialState | null = null;
  let from = 0;
  let target = settings === null ? maximum : firstLook(settings);
  let simulatedSoFar = 0;
  for (;;) {
    const running = members.map((_, k) => k).filter((k) => state === null || state.decisions[k]!.stopped === null || members[k]!.scenario === options.baseline);
    // A kept strategy with fewer replications than this round wants is simulated again from the first.
    for (const k of running) {
      const src = sources[k]!;
      if (src.kept && src.kept.replications < target) sources[k] = fresh(k);
    }
    const extend = running.filter((k) => sources[k]!.accumulator !== null && sources[k]!.accumulator!.count === from);
    const restart = running.filter((k) => sources[k]!.accumulator !== null && sources[k]!.accumulator!.count === 0 && from > 0);
    const total = simulatedSoFar + extend.length * (maximum - from) + restart.length * maximum;
    for (const [list, first] of [[extend.filter((k) => !restart.includes(k)), from], [restart, 0]] as const) {
      if (list.length === 0 || target <= first) continue;
      const before = simulatedSoFar;
      const outcome = await runStrategies(pool, list.map((k) => members[k]!.scenario), { seed: job.seed, replications: target - first, from: first }, {
        ...(options.baseline ? { baseline: options.baseline } : {}),
        ...shape,
        signal: options.signal,
        onProgress: (p) => options.onProgress?.({ done: before + p.done, total }),
        onResult: (k, r) => sources[list[k]!]!.order!.add(r),
      });
      if (outcome.kind !== 'done') return outcome;
      simulatedSoFar += list.length * (target - first);
    }
    if (settings === null) break;
    const contenders: Contender[] = members.map((m, k) => {
      const src = sources[k]!;
      const outcomes = src.accumulator ? src.accumulator.outcomes : src.kept!.outcomes!.slice(0, count(src, target));
      return { id: m.scenario.strategyId, name: m.scenario.strategyName, checks: src.accumulator ? src.accumulator.checks() : src.kept!.checks!, outcomes };
    });
    state = decideSequential(contenders, settings, state?.decisions ?? null);
    options.onRound?.(state, sources.map((src) => count(src, target)));
    if (state.done) break;
    from = target;
    target = state.next;
  }
  // Each strategy's result over the replications it received: a kept one with more than that is
  // simulated again up to its number, so the result is the one a run from scratch gives.
  const received = (k: number) => (state === null ? maximum : members[k]!.scenario === options.baseline ? target : state.decisions[k]!.replications);
  const redo = members.map((_, k) => k).filter((k) => sources[k]!.kept !== null && sources[k]!.kept!.replications !== received(k));
  for (const k of redo) sources[k] = fresh(k);
  if (redo.length > 0) {
    const byCount = new Map<number, number[]>();
    for (const k of redo) byCount.set(received(k), [...(byCount.get(received(k)) ?? []), k]);
    for (const [n, list] of byCount) {
      const outcome = await runStrategies(pool, list.map((k) => members[k]!.scenario), { seed: job.seed, replications: n }, {
        ...(options.baseline ? { baseline: options.baseline } : {}),
        ...shape,
        signal: options.signal,
        onResult: (k, r) => sources[list[k]!]!.order!.add(r),
      });
      if (outcome.kind !== 'done') return outcome;
    }
  }
  return {
    kind: 'done',
    results: sources.map((src, k) => src.kept ?? src.accumulator!.summary(options.levers(k))),
    state,
    simulated: sources.map((src) => src.accumulator !== null),
  };
}
