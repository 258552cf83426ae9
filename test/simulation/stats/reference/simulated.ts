/**
 * REFERENCE (tests only): the merge as it was before the workers reduced each replication
 * (commit 20c011c) — every replication's full result crossed to the main thread and was reduced
 * there, object by object. Kept unchanged so that the typed-array path (stats/accumulator.ts,
 * compare/simulated.ts, run/batch.ts) can be proved to give the same bytes
 * (test/simulation/run/summariesInWorkers.test.ts).
 */
/**
 * One strategy's simulated result, as `wfm simulate` / `wfm compare` print it and the app shows
 * it: the KPIs of every channel (horizon, per day, per interval) as Estimates over replications,
 * the verdict against the targets, and the cost with its spread.
 *
 * The verdict is judged on the means (the figure a planner reads), by the same rules as the
 * analytic view (kpis.ts, per day). The cost is computed per replication, so its Estimate shows
 * how much the bill moves with the randomness of the peak (per-contact pricing, abandons).
 */
import type { Lever } from '../../../../src/scenario/levers';
import type { ReplicationResult } from '../../../../src/simulation/des';
import type { CostBreakdown } from '../../../../src/simulation/cost';
import type { StrategyScenario } from '../../../../src/simulation/levers/types';
import type { Estimate, SimulationResult } from '../../../../src/simulation/stats';
import { RESERVOIR, SimulationAccumulator } from './accumulator';
import { type ProportionEstimate, wilsonInterval } from '../../../../src/simulation/stats/proportion';
import { channelBusyPresent } from '../../../../src/simulation/stats/channelOccupancy';
import { FigureBank } from './figureBank';
import { isDeferrable, type StrategyEvaluation } from '../../../../src/simulation/compare/evaluate';
import type { ExtraOverBaseline, ReplicationTotals } from '../../../../src/simulation/compare/extraCost';
import { callbackStories, type CallbackStory } from '../../../../src/simulation/compare/callbackStory';
import { type ChannelAgentTime, evaluationFromReplications } from '../../../../src/simulation/compare/fromSimulation';
import { evaluationCost } from '../../../../src/simulation/compare/evaluationCost';
import { checkMargins, dayChecks, judgeStrategy, meetsEveryTarget, type DayCheck, type Failure } from '../../../../src/simulation/compare/kpis';
import type { ReplicationOutcome, StopReason } from '../../../../src/simulation/compare/sequential';

export interface SimulatedCost {
  currency: string;
  total: Estimate;
  breakdown: Record<keyof CostBreakdown, Estimate>;
  /** Mean cost per answered contact (null when nothing was answered). */
  costPerAnswered: Estimate | null;
}

export interface SimulatedStrategyResult extends SimulationResult {
  id: string;
  name: string;
  levers: Lever[];
  /** Over the immediate channels (voice, chat, callback excluded), weighted by offered. */
  serviceLevel: number | null;
  answerRate: number | null;
  meetsTargets: boolean;
  failures: Failure[];
  cost: SimulatedCost;
  notes: string[];
  /** Per replication, the totals a comparison pairs with the baseline's (extraCost.ts); not printed. */
  replicationTotals: ReplicationTotals[];
  /** In a comparison: against the baseline on the same random numbers (zero for the baseline itself). */
  extra?: ExtraOverBaseline;
  /** Web call back: what each call-back lever did, from the means (callbackStory.ts); absent without one. */
  callbackStories?: CallbackStory[];
  /**
   * Share of replications (worlds, when the scenario states uncertainty) in which this strategy
   * meets every target on every day, with its Wilson 95% interval (stats/proportion.ts).
   */
  probMeetsTargets: ProportionEstimate;
  /** In a sequential comparison (sequential.ts): why this strategy received no more replications. */
  stoppedBecause?: string;
  /** The same reason as data, for the app's words (not printed: `stoppedBecause` is). */
  stop?: StopReason;
  /** Per replication, what the sequential comparison reads, and its checks: a result kept for a later run takes part in its decisions (run/rounds.ts). Not printed. */
  outcomes?: ReplicationOutcome[];
  checks?: DayCheck[];
}

const BREAKDOWN_KEYS: (keyof CostBreakdown)[] = ['inhouse', 'overtime', 'outsourcing', 'temps', 'abandoned', 'callback'];

/**
 * Element-wise sums of every series of the replications, in replication order: divided by their
 * number, the "mean replication" gives evaluationFromReplications exactly what the full list
 * would (it only ever reads means of these series), in the memory of one replication.
 */
class SeriesSum {
  private sum: ReplicationResult | null = null;
  private n = 0;

  add(r: ReplicationResult): void {
    this.n++;
    if (this.sum === null) {
      this.sum = structuredClone(r);
      return;
    }
    addInto(this.sum, r);
  }

  /** The mean replication, or null before any replication. */
  mean(): ReplicationResult | null {
    if (this.sum === null) return null;
    const n = this.n;
    return mapNumbers(this.sum, (x) => x / n) as ReplicationResult;
  }
}

/** `into[k] += from[k]` for every number reachable in both (arrays and objects alike). */
function addInto(into: unknown, from: unknown): void {
  if (Array.isArray(into)) {
    const b = Array.isArray(from) ? from : [];
    for (let i = 0; i < into.length; i++) {
      if (typeof into[i] === 'number') into[i] += typeof b[i] === 'number' ? b[i] : 0;
      else addInto(into[i], b[i]);
    }
    return;
  }
  if (into === null || typeof into !== 'object') return;
  const a = into as Record<string, unknown>;
  const b = from as Record<string, unknown>;
  for (const key of Object.keys(a)) {
    if (typeof a[key] === 'number') a[key] = (a[key] as number) + ((b?.[key] as number | undefined) ?? 0);
    else if (a[key] !== null && typeof a[key] === 'object') addInto(a[key], b?.[key]);
  }
}

function mapNumbers(value: unknown, f: (x: number) => number): unknown {
  if (typeof value === 'number') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapNumbers(v, f));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapNumbers(v, f)]));
  }
  return value;
}

/**
 * One strategy's replications merged as they finish: the statistics (stats/accumulator.ts), the
 * series the verdict reads (SeriesSum) and the cost of each replication. Memory does not grow
 * with the number of replications. Add in replication order (`ReplicationOrder` helps).
 */
export class StrategyAccumulator {
  private readonly stats: SimulationAccumulator;
  private readonly series = new SeriesSum();
  /** Per channel, the sums of each replication's busy and serving-present agent time (fromSimulation.ts says why). */
  private readonly agentTime: ChannelAgentTime;
  private readonly costs = new FigureBank(2 + BREAKDOWN_KEYS.length, RESERVOIR.horizon);
  private allAnswered = true;
  /** Per replication, what a comparison pairs with the baseline (five numbers each: extraCost.ts). */
  private readonly totals: ReplicationTotals[] = [];
  /** Per replication, the cost and each check's margin: what the sequential comparison reads (sequential.ts). */
  readonly outcomes: ReplicationOutcome[] = [];
  private checkList: DayCheck[] | null = null;

  constructor(private readonly s: StrategyScenario) {
    this.stats = new SimulationAccumulator(s);
    const zeros = () => s.channels.map(() => new Array<number>(s.intervalCount).fill(0));
    this.agentTime = { busy: zeros(), present: zeros() };
  }

  add(r: ReplicationResult): void {
    const s = this.s;
    // Each channel's busy and present agent time, split once for the statistics and the cost.
    const shares = s.channels.map((c) => channelBusyPresent(s, r, c.index, 0, s.intervalCount));
    this.stats.add(r, shares);
    this.series.add(r);
    // The cost of this replication alone: how much the bill moves with the randomness.
    const ev = evaluationFromReplications(s, [r], { busy: shares.map((x) => x.busy), present: shares.map((x) => x.present) });
    // This replication's own split of busy time per channel (the evaluation of one replication holds it).
    for (let c = 0; c < s.channels.length; c++) {
      const { busyAgents, agents } = ev.channels[c]!;
      const busy = this.agentTime.busy[c]!;
      const present = this.agentTime.present[c]!;
      for (let i = 0; i < s.intervalCount; i++) { busy[i]! += busyAgents[i]!; present[i]! += agents[i]!; }
    }
    const verdict = judgeStrategy(s, ev, { failures: false });
    const cost = evaluationCost(s, ev, verdict.channels);
    // This replication alone meets every target on every day: what probMeetsTargets counts, and
    // what the sequential comparison reads on an uncertain scenario (sequentialWorlds.ts).
    // (`failures: false` above leaves the list empty: the verdict is asked of the judge itself.)
    const meets = meetsEveryTarget(s, ev, verdict.channels);
    this.outcomes.push({ replication: r.replication, cost: cost.total, meets, ...checkMargins(s, ev, verdict.channels) });
    const immediate = verdict.channels.filter((_, k) => !isDeferrable(s.channels[k]!));
    const offered = immediate.reduce((t, k) => t + k.offered, 0);
    this.totals.push({
      replication: r.replication,
      cost: cost.total,
      offered,
      answered: immediate.reduce((t, k) => t + k.answered, 0),
      answeredWithin: (verdict.serviceLevel ?? 1) * offered,
      meetsTargets: meets,
    });
    this.costs.push(0, cost.total, r.replication);
    BREAKDOWN_KEYS.forEach((k, j) => this.costs.push(2 + j, cost.breakdown[k], r.replication));
    if (cost.costPerAnswered === null) this.allAnswered = false;
    else this.costs.push(1, cost.costPerAnswered, r.replication);
  }

  /** The checks each outcome's margins follow (kpis.ts `dayChecks`). */
  checks(): DayCheck[] {
    this.checkList ??= dayChecks(this.s);
    return this.checkList;
  }

  /** Replications merged so far. */
  get count(): number {
    return this.outcomes.length;
  }

  /** What the judge reads: the replications' mean series, the same as from the full list. */
  evaluation(): StrategyEvaluation {
    const mean = this.series.mean();
    const n = Math.max(1, this.stats.count);
    const perReplication = (x: number[][]) => x.map((series) => series.map((v) => v / n));
    const agentTime = { busy: perReplication(this.agentTime.busy), present: perReplication(this.agentTime.present) };
    return evaluationFromReplications(this.s, mean === null ? [] : [mean], agentTime);
  }

  summary(levers: Lever[] = []): SimulatedStrategyResult {
    const s = this.s;
    const stats = this.stats.result();
    const evaluation = this.evaluation();
    const { failures, serviceLevel, answerRate } = judgeStrategy(s, evaluation);
    const cost: SimulatedCost = {
      currency: s.costs.currency,
      total: this.costs.estimate(0),
      breakdown: Object.fromEntries(BREAKDOWN_KEYS.map((k, j) => [k, this.costs.estimate(2 + j)])) as SimulatedCost['breakdown'],
      costPerAnswered: this.allAnswered ? this.costs.estimate(1) : null,
    };
    return {
      id: s.strategyId,
      name: s.strategyName,
      levers,
      serviceLevel,
      answerRate,
      meetsTargets: failures.length === 0,
      failures,
      cost,
      notes: s.notes,
      replicationTotals: this.totals,
      probMeetsTargets: probMeetsTargets(this.totals),
      outcomes: this.outcomes,
      checks: this.checks(),
      ...stats,
      ...(s.callbacks.length > 0 ? { callbackStories: callbackStories(s, evaluation) } : {}),
    };
  }
}

/** The share of replications meeting every target, with its Wilson interval. */
export function probMeetsTargets(totals: readonly ReplicationTotals[]): ProportionEstimate {
  return wilsonInterval(totals.filter((t) => t.meetsTargets === true).length, totals.length);
}

/** Summarises one strategy's replications (any order: they are merged in replication order). */
export function summarizeSimulation(s: StrategyScenario, results: readonly ReplicationResult[], levers: Lever[] = []): SimulatedStrategyResult {
  const accumulator = new StrategyAccumulator(s);
  for (const r of [...results].sort((a, b) => a.replication - b.replication)) accumulator.add(r);
  return accumulator.summary(levers);
}
