/**
 * One worker's job: simulate a list of replications of one scenario. Plain function over
 * plain data, so it runs the same in a browser worker, a Node worker thread and a test.
 *
 * With `strategies`, the scenario is their baseline and each replication is a group: the
 * baseline, then every strategy on the same random numbers, each forked from the baseline's
 * state where its levers start to act (des/fork.ts) — the same results as simulating each
 * whole, for less work.
 *
 * `summariseBatch` reduces each replication where it ran (compare/simulated.ts
 * `summariseReplication`): the thread that merges receives typed arrays, never the
 * replications' arrays, and merges them in replication order (the same bytes whatever the
 * number of workers).
 */
import type { ResolvedScenario } from '../../scenario/model';
import { forkedReplications, simulateReplication, type ReplicationResult } from '../des';
import type { MemberSink } from '../des/fork';
import type { StrategyScenario } from '../levers/types';
import { type ReplicationSummary, summariseReplication, summaryLayout } from '../compare/simulated';
import type { IntervalDetail } from '../stats/accumulator';
import { applyWorld } from '../uncertainty/applyWorld';
import { sampleWorld } from '../uncertainty/world';

export interface BatchRequest {
  scenario: ResolvedScenario;
  seed: number;
  /** Replication numbers to simulate (each has its own random streams). */
  replications: number[];
  /** Strategies simulated after the scenario (their baseline) on every replication. */
  strategies?: StrategyScenario[];
}

/** A batch whose replications are summarised where they run: per member of a group (0 the scenario, k strategy k − 1), whether its summary is wanted. */
/** How a batch summarises and forks, as the memory budget sets it (run/budget.ts); neither changes a result. */
export interface BatchShape {
  /** What each summary keeps per interval (stats/accumulator.ts); default 'all'. */
  intervalDetail?: IntervalDetail;
  /**
   * At most this many strategies fork from one run of the baseline (`groupedForks`); default all.
   * Fewer hold fewer of the baseline's snapshots at once, for another run of the baseline per group.
   */
  forkGroup?: number;
}

export interface SummaryRequest extends BatchRequest, BatchShape {
  scenario: StrategyScenario;
  summarise: boolean[];
}

/** One member's summary of one replication. */
export interface MemberSummary extends ReplicationSummary {
  member: number;
}

/**
 * `forkedReplications` over groups of at most `size` strategies (all when absent), each group
 * forked from its own run of the baseline — the same run, same seed and replication, whatever the
 * strategies beside it — whose result is handed over once, from the first group.
 */
function groupedForks(baseline: ResolvedScenario, strategies: readonly StrategyScenario[], size?: number): (seed: number, replication: number, sink: MemberSink) => void {
  const n = size !== undefined && size > 0 ? size : strategies.length;
  const groups: { from: number; run: ReturnType<typeof forkedReplications> }[] = [];
  for (let from = 0; from < strategies.length; from += n) groups.push({ from, run: forkedReplications(baseline, strategies.slice(from, from + n)) });
  return (seed, replication, sink) => groups.forEach(({ from, run }, j) => {
    run(seed, replication, (m, r) => {
      if (m > 0) sink(from + m, r);
      else if (j === 0) sink(0, r);
    });
  });
}

/**
 * Every replication of the batch, each member's result handed to `sink` as it is made: the
 * scenario alone, or the baseline and each strategy in turn, forked in groups of `forkGroup`.
 * Without uncertain inputs the fork's slots and intervals are found once for the batch. With
 * them, one world per replication, drawn from its own streams and applied to the baseline and to
 * every strategy alike before the replication runs (uncertainty/applyWorld.ts): each
 * replication's scenarios differ, so slots and fork intervals are found per replication.
 */
function eachResult(request: BatchRequest & BatchShape, sink: MemberSink): void {
  const { scenario, seed } = request;
  const strategies = request.strategies ?? [];
  const u = scenario.uncertainty;
  const once = !u && strategies.length > 0 ? groupedForks(scenario, strategies, request.forkGroup) : null;
  for (const replication of request.replications) {
    if (once) {
      once(seed, replication, sink);
      continue;
    }
    const world = u ? sampleWorld(u, seed, replication) : null;
    const base = world ? applyWorld(scenario, world) : scenario;
    if (strategies.length === 0) sink(0, simulateReplication(base, { seed, replication }));
    else groupedForks(base, strategies.map((st) => applyWorld(st, world!)), request.forkGroup)(seed, replication, sink);
  }
}

/** Results in replication order; with strategies, each replication's group in turn (baseline first). */
export function runBatch(request: BatchRequest): ReplicationResult[] {
  const out: ReplicationResult[] = [];
  eachResult(request, (_, r) => { out.push(r); });
  return out;
}

/** Each wanted member's summary of the results given to `take` (member m of a group, its result), in `out`. */
function summariser(request: SummaryRequest): { take: MemberSink; out: MemberSummary[] } {
  const members = [request.scenario, ...(request.strategies ?? [])];
  const layouts = members.map((s, m) => (request.summarise[m] ? summaryLayout(s, request.intervalDetail) : null));
  const out: MemberSummary[] = [];
  const take: MemberSink = (m, r) => {
    const layout = layouts[m];
    if (layout) out.push({ ...summariseReplication(members[m]!, r, layout), member: m });
  };
  return { take, out };
}

/**
 * The wanted members' summaries, replication by replication, each member's result reduced and
 * dropped as soon as it is made (only the baseline's stays while the strategies fork from it).
 * Each is summarised against its scenario as given — not a world's — as the accumulator that
 * merges it was built from that scenario.
 */
export function summariseBatch(request: SummaryRequest): MemberSummary[] {
  const { take, out } = summariser(request);
  eachResult(request, take);
  return out;
}

/** `summariseBatch` of results simulated already (a pool whose workers only run batches: tests, in-process pools). */
export function summariseResults(request: SummaryRequest, results: readonly ReplicationResult[]): MemberSummary[] {
  const { take, out } = summariser(request);
  const size = groupSize(request);
  results.forEach((r, k) => take(k % size, r));
  return out;
}

/** Results per replication: 1, or the baseline and each strategy. */
export const groupSize = (request: Pick<BatchRequest, 'strategies'>): number => 1 + (request.strategies?.length ?? 0);
