/**
 * One strategy's simulated result, as `wfm simulate` / `wfm compare` print it and the app shows
 * it: the KPIs of every channel (horizon, per day, per interval) as Estimates over replications,
 * the verdict against the targets, and the cost with its spread.
 *
 * The verdict is judged on the means (the figure a planner reads), by the same rules as the
 * analytic view (kpis.ts, per day). The cost is computed per replication, so its Estimate shows
 * how much the bill moves with the randomness of the peak (per-contact pricing, abandons).
 */
import type { Lever } from '../../scenario/levers';
import type { ResolvedScenario } from '../../scenario/model';
import type { ReplicationResult } from '../des';
import type { CostBreakdown } from '../cost';
import type { StrategyScenario } from '../levers/types';
import type { Estimate, SimulationResult } from '../stats';
import { accumulatorBytes, FigureLayout, replicationFigures, RESERVOIR, SimulationAccumulator, type IntervalDetail } from '../stats/accumulator';
import { type ProportionEstimate, wilsonInterval } from '../stats/proportion';
import { channelBusyPresent } from '../stats/channelOccupancy';
import { FigureBank } from '../stats/figureBank';
import { isDeferrable, type StrategyEvaluation } from './evaluate';
import type { ExtraOverBaseline, ReplicationTotals } from './extraCost';
import { callbackStories, type CallbackStory } from './callbackStory';
import { evaluationFromReplications } from './fromSimulation';
import { evaluationCost } from './evaluationCost';
import { checkMargins, dayChecks, judgeStrategy, meetsEveryTarget, type DayCheck, type Failure } from './kpis';
import type { ReplicationOutcome, StopReason } from './sequential';

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
 * The series of a replication the judge reads through `evaluationFromReplications`
 * (fromSimulation.ts), per channel, then per pool, then the agents moved: their element-wise
 * sums over the replications, divided by their number, make the "mean replication" that gives
 * the judge exactly what the full list would (it only ever reads means of these series), in the
 * memory of one replication. Listed here once: the worker writes them (`summariseReplication`)
 * and the accumulator rebuilds the mean from them, in this order.
 */
const CHANNEL_SERIES = ['offered', 'shortAbandoned', 'answered', 'answeredWithin', 'waitAnsweredSeconds', 'deflected', 'responseSeconds'] as const;
/** With a web call-back rule on the channel (fromSimulation.ts reads them then only). */
const CALLBACK_SERIES = ['callbacksOffered', 'callbacksAccepted', 'callbacksKept', 'callbacksLate', 'callbacksFailed', 'callbackAttempts', 'callbackWorkSeconds'] as const;
const POOL_SERIES = ['handledContacts', 'handledSeconds'] as const;

type SeriesPick = (r: ReplicationResult) => readonly number[] | undefined;

/** Every series of the mean replication, where it sits in a summary's `series`, and how to put it back. */
interface SeriesPlace {
  length: number;
  pick: SeriesPick;
  put: (mean: ReplicationResult, values: number[]) => void;
}

/** The layout of a summary's `series`: the mean series (`places`), then each channel's busy and present agent-seconds per interval. */
class SeriesLayout {
  readonly places: SeriesPlace[] = [];
  /** Numbers of the mean series; the agent time follows. */
  readonly meanLength: number;
  readonly length: number;

  constructor(s: StrategyScenario | ResolvedScenario) {
    const n = s.intervalCount;
    const rules = (s as Partial<StrategyScenario>).callbacks ?? [];
    s.channels.forEach((channel, c) => {
      const callback = rules.some((rule) => rule.channelIndex === c);
      for (const key of [...CHANNEL_SERIES, ...(callback ? CALLBACK_SERIES : [])]) {
        this.places.push({ length: n, pick: (r) => r.channels[c]![key], put: (m, v) => { m.channels[c]![key] = v; } });
      }
      (channel.targets.responseWithin ?? []).forEach((_, k) => this.places.push({
        length: n, pick: (r) => r.channels[c]!.respondedWithin[k], put: (m, v) => { m.channels[c]!.respondedWithin[k] = v; },
      }));
      this.places.push({ length: s.days, pick: (r) => r.channels[c]!.backlogEndOfDay, put: (m, v) => { m.channels[c]!.backlogEndOfDay = v; } });
    });
    s.pools.forEach((_, p) => {
      for (const key of POOL_SERIES) this.places.push({ length: n, pick: (r) => r.pools[p]![key], put: (m, v) => { m.pools[p]![key] = v; } });
    });
    this.places.push({ length: n, pick: (r) => r.movedAgents, put: (m, v) => { m.movedAgents = v; } });
    this.meanLength = this.places.reduce((t, place) => t + place.length, 0);
    this.length = this.meanLength + 2 * s.channels.length * n;
  }

  /** One replication's series, then its agent time (`shares`: channelBusyPresent per channel). */
  write(r: ReplicationResult, shares: readonly { busy: number[]; present: number[] }[]): Float64Array {
    const out = new Float64Array(this.length);
    let at = 0;
    for (const place of this.places) {
      const values = place.pick(r);
      for (let i = 0; i < place.length; i++) out[at + i] = values?.[i] ?? 0;
      at += place.length;
    }
    for (const share of shares) {
      out.set(share.busy, at);
      out.set(share.present, at + share.busy.length);
      at += share.busy.length + share.present.length;
    }
    return out;
  }

  /** The mean replication from the sums of `n` replications: the series the judge reads, nothing else. */
  mean(s: StrategyScenario, sum: Float64Array, n: number): ReplicationResult {
    const mean = {
      seed: 0, replication: 0, events: 0, customers: 0, endSeconds: 0, movedAgents: [],
      channels: s.channels.map(() => ({ respondedWithin: [] as number[][] })),
      pools: s.pools.map(() => ({})),
    } as unknown as ReplicationResult;
    let at = 0;
    for (const place of this.places) {
      const values = new Array<number>(place.length);
      for (let i = 0; i < place.length; i++) values[i] = sum[at + i]! / n;
      place.put(mean, values);
      at += place.length;
    }
    return mean;
  }
}

/**
 * What one replication of a strategy brings to its accumulator, reduced where it was simulated
 * (a worker: run/batch.ts) so that the thread that merges receives typed arrays and a few
 * numbers, never the replication's arrays: the statistics' figures (stats/accumulator.ts), the
 * series the judge reads (SeriesLayout), the replication's cost, and what the sequential
 * comparison and the pairing with the baseline read as replications finish.
 */
export interface ReplicationSummary {
  replication: number;
  figures: Float64Array;
  series: Float64Array;
  cost: { total: number; breakdown: number[]; perAnswered: number | null };
  outcome: ReplicationOutcome;
  totals: ReplicationTotals;
}

/** A strategy's layouts, built once per strategy (by the worker per batch, by the accumulator once). */
export interface SummaryLayout {
  figures: FigureLayout;
  series: SeriesLayout;
}

export const summaryLayout = (s: StrategyScenario, detail: IntervalDetail = 'all'): SummaryLayout => ({ figures: new FigureLayout(s, detail), series: new SeriesLayout(s) });

/** One replication of strategy `s` reduced to its summary: what the accumulator used to do with it on arrival, but the merging. */
export function summariseReplication(s: StrategyScenario, r: ReplicationResult, layout = summaryLayout(s)): ReplicationSummary {
  // Each channel's busy and present agent time, split once for the statistics and the cost.
  const shares = s.channels.map((c) => channelBusyPresent(s, r, c.index, 0, s.intervalCount));
  const figures = replicationFigures(s, r, shares, layout.figures);
  const series = layout.series.write(r, shares);
  // The cost of this replication alone: how much the bill moves with the randomness.
  const ev = evaluationFromReplications(s, [r], { busy: shares.map((x) => x.busy), present: shares.map((x) => x.present) });
  const verdict = judgeStrategy(s, ev, { failures: false });
  const cost = evaluationCost(s, ev, verdict.channels);
  // This replication alone meets every target on every day: what probMeetsTargets counts, and
  // what the sequential comparison reads on an uncertain scenario (sequentialWorlds.ts).
  // (`failures: false` above leaves the list empty: the verdict is asked of the judge itself.)
  const meets = meetsEveryTarget(s, ev, verdict.channels);
  const immediate = verdict.channels.filter((_, k) => !isDeferrable(s.channels[k]!));
  const offered = immediate.reduce((t, k) => t + k.offered, 0);
  return {
    replication: r.replication,
    figures,
    series,
    cost: { total: cost.total, breakdown: BREAKDOWN_KEYS.map((k) => cost.breakdown[k]), perAnswered: cost.costPerAnswered },
    outcome: { replication: r.replication, cost: cost.total, meets, ...checkMargins(s, ev, verdict.channels) },
    totals: {
      replication: r.replication,
      cost: cost.total,
      offered,
      answered: immediate.reduce((t, k) => t + k.answered, 0),
      answeredWithin: (verdict.serviceLevel ?? 1) * offered,
      meetsTargets: meets,
    },
  };
}

/**
 * Bytes one strategy's accumulator holds once `replications` are merged (the statistics' banks,
 * the series' and agent time's sums, the costs), and what one replication's summary weighs:
 * run/budget.ts charges a streamed run with them.
 */
export function strategyAccumulatorBytes(s: StrategyScenario | ResolvedScenario, replications: number, detail: IntervalDetail = 'all'): { merge: number; summary: number } {
  const stats = accumulatorBytes(s, replications, detail);
  const series = new SeriesLayout(s);
  const costs = FigureBank.bytesFor(2 + BREAKDOWN_KEYS.length, RESERVOIR.horizon, replications);
  return { merge: stats.merge + 8 * series.length + costs, summary: stats.figures + 8 * series.length };
}

const isSummary = (x: ReplicationResult | ReplicationSummary): x is ReplicationSummary => (x as ReplicationSummary).figures instanceof Float64Array;

/**
 * One strategy's replications merged as they finish: the statistics (stats/accumulator.ts), the
 * sums of the series the verdict reads and of each channel's agent time, and the cost of each
 * replication. Memory does not grow with the number of replications. Add in replication order
 * (`ReplicationOrder` helps), summaries (`summariseReplication`, done by the workers) or whole
 * replications (summarised here).
 */
export class StrategyAccumulator {
  private readonly stats: SimulationAccumulator;
  private readonly layout: SummaryLayout;
  /** The mean series' sums (from a copy of the first replication's, as a sum of the list gives them). */
  private seriesSum: Float64Array | null = null;
  /** Per channel and interval, the sums of each replication's busy, then present, agent time (fromSimulation.ts says why). */
  private readonly agentTime: Float64Array;
  private readonly costs = new FigureBank(2 + BREAKDOWN_KEYS.length, RESERVOIR.horizon);
  private allAnswered = true;
  /** Per replication, what a comparison pairs with the baseline (five numbers each: extraCost.ts). */
  private readonly totals: ReplicationTotals[] = [];
  /** Per replication, the cost and each check's margin: what the sequential comparison reads (sequential.ts). */
  readonly outcomes: ReplicationOutcome[] = [];
  private checkList: DayCheck[] | null = null;

  /** `detail`: what the statistics keep per interval (stats/accumulator.ts); summaries added must share it. */
  constructor(private readonly s: StrategyScenario, detail: IntervalDetail = 'all') {
    this.stats = new SimulationAccumulator(s, detail);
    this.layout = { figures: this.stats.layout, series: new SeriesLayout(s) };
    this.agentTime = new Float64Array(this.layout.series.length - this.layout.series.meanLength);
  }

  add(x: ReplicationResult | ReplicationSummary): void {
    const summary = isSummary(x) ? x : summariseReplication(this.s, x, this.layout);
    const rep = summary.replication;
    this.stats.addFigures(rep, summary.figures);
    const series = summary.series;
    const meanLength = this.layout.series.meanLength;
    if (series.length !== this.layout.series.length) throw new Error(`a replication's series hold ${series.length} numbers, the layout ${this.layout.series.length}`);
    const sum = this.seriesSum;
    if (sum === null) this.seriesSum = series.slice(0, meanLength);
    else for (let i = 0; i < meanLength; i++) sum[i]! += series[i]!;
    const agentTime = this.agentTime;
    const agents = agentTime.length;
    for (let i = 0; i < agents; i++) agentTime[i]! += series[meanLength + i]!;
    this.outcomes.push(summary.outcome);
    this.totals.push(summary.totals);
    const { cost } = summary;
    this.costs.push(0, cost.total, rep);
    BREAKDOWN_KEYS.forEach((_, j) => this.costs.push(2 + j, cost.breakdown[j]!, rep));
    if (cost.perAnswered === null) this.allAnswered = false;
    else this.costs.push(1, cost.perAnswered, rep);
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
    const s = this.s;
    const count = this.stats.count;
    const n = Math.max(1, count);
    const intervals = s.intervalCount;
    const perReplication = (from: number) => s.channels.map((_, c) => {
      const out = new Array<number>(intervals);
      for (let i = 0; i < intervals; i++) out[i] = this.agentTime[from + c * 2 * intervals + i]! / n;
      return out;
    });
    const agentTime = { busy: perReplication(0), present: perReplication(intervals) };
    const mean = this.seriesSum === null ? null : this.layout.series.mean(s, this.seriesSum, count);
    return evaluationFromReplications(s, mean === null ? [] : [mean], agentTime);
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
