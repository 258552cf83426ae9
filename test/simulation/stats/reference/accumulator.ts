/**
 * REFERENCE (tests only): the merge as it was before the workers reduced each replication
 * (commit 20c011c) — every replication's full result crossed to the main thread and was reduced
 * there, object by object. Kept unchanged so that the typed-array path (stats/accumulator.ts,
 * compare/simulated.ts, run/batch.ts) can be proved to give the same bytes
 * (test/simulation/run/summariesInWorkers.test.ts).
 */
/**
 * The merge of replications as they finish (aggregate.ts's rules, streaming): each replication
 * is reduced at once to its figures per channel, interval, day and pool, pushed into figure
 * banks (figureBank.ts), and dropped. Memory depends on the horizon, never on the number of
 * replications; with replications added in order the answer is the one the full list gives
 * (exactly, percentiles included, up to the reservoir sizes below).
 */
import type { ResolvedScenario } from '../../../../src/scenario/model';
import type { ChannelReplication, ReplicationResult } from '../../../../src/simulation/des/result';
import type { Estimate } from '../../../../src/simulation/stats/estimate';
import { withoutAbsent } from '../../../../src/simulation/stats/absentFigures';
import { channelBusyPresent } from '../../../../src/simulation/stats/channelOccupancy';
import { compensatedSum } from '../../../../src/simulation/stats/summation';
import { FigureBank } from './figureBank';
import { channelRange, occupancyRange, type RangeFigures } from '../../../../src/simulation/stats/ratios';
import type { ChannelKpis, DayKpis, IntervalKpis, PoolKpis, SimulationResult } from '../../../../src/simulation/stats/types';
import type { StrategyScenario } from '../../../../src/simulation/levers/types';

/** Web call-back figures a voice channel with the lever gains per day and over the horizon (result.ts). */
const CALLBACK_KEYS = ['callbacksOffered', 'callbacksAccepted', 'callbacksKept', 'callbacksLate', 'callbacksFailed', 'promisesKept'] as const;
const callbackValues = (row: RangeFigures): number[] => {
  const x = row.callbacks;
  return [x.offered, x.accepted, x.kept, x.late, x.failed, x.promisesKept];
};
/** Whether the strategy holds a call-back rule on channel c (a plain resolved scenario holds none). */
const hasCallback = (s: ResolvedScenario, c: number): boolean => ((s as Partial<StrategyScenario>).callbacks ?? []).some((r) => r.channelIndex === c);

/** Percentiles are exact up to this many replications: per interval (many figures), per day, and horizon-wide. */
export const RESERVOIR = { interval: 16, day: 64, horizon: 1024 } as const;

const INTERVAL_KEYS = ['offered', 'answered', 'abandoned', 'serviceLevel', 'answerRate', 'maxQueue', 'occupancy', 'deflected'] as const;
const CHANNEL_KEYS = [
  'offered', 'answered', 'abandoned', 'shortAbandoned', 'answerRate', 'abandonRate', 'serviceLevel',
  'serviceLevelOfAnswered', 'probWait', 'avgWaitSeconds', 'occupancy', 'maxQueue',
  'stillWaiting', 'repeats', 'retrials', 'deflected',
] as const;
const POOL_KEYS = ['occupancy', 'busyAgentHours', 'presentAgentHours', 'handledContacts', 'handledHours'] as const;

type Row = RangeFigures & { occupancy: number };

/**
 * Figures of one kind of range (the horizon, each day, each interval) of one channel: the named
 * fields, the ASA over the replications that answered some, and whether any offered a contact
 * (aggregate.ts, "asaEstimate"), plus `extra` figures the caller names.
 */
class RangeBank {
  private readonly fields: FigureBank;
  private readonly asa: FigureBank;
  private readonly offeredAny: Uint8Array;

  constructor(readonly ranges: number, readonly keys: readonly string[], readonly extra: number, reservoir: number) {
    this.fields = new FigureBank(ranges * (keys.length + extra), reservoir);
    this.asa = new FigureBank(ranges, reservoir);
    this.offeredAny = new Uint8Array(ranges);
  }

  private at(range: number, k: number): number {
    return range * (this.keys.length + this.extra) + k;
  }

  push(range: number, row: Row, replication: number, extras: readonly number[] = []): void {
    const r = row as unknown as Record<string, number>;
    this.keys.forEach((key, k) => this.fields.push(this.at(range, k), r[key]!, replication));
    extras.forEach((x, e) => this.fields.push(this.at(range, this.keys.length + e), x, replication));
    if (row.answered > 0) this.asa.push(range, row.asaSeconds, replication);
    if (row.offered - row.shortAbandoned > 0) this.offeredAny[range] = 1;
  }

  /**
   * The same as `push` for one interval of one channel, without building a row: the interval
   * figures straight from the replication's arrays (a sum over one interval is the value itself,
   * so the figures are the ones `channelRange` gives, bit for bit). `keys` must be INTERVAL_KEYS.
   */
  pushInterval(i: number, ch: ChannelReplication, occupancy: number, replication: number): void {
    const offered = ch.offered[i]!;
    const answered = ch.answered[i]!;
    const counted = offered - ch.shortAbandoned[i]!;
    const base = i * (this.keys.length + this.extra);
    const f = this.fields;
    f.push(base, offered, replication);
    f.push(base + 1, answered, replication);
    f.push(base + 2, ch.abandoned[i]!, replication);
    f.push(base + 3, ratio(ch.answeredWithin[i]!, counted, 1), replication);
    f.push(base + 4, ratio(answered, counted, 1), replication);
    f.push(base + 5, Math.max(0, ch.maxQueue[i]!), replication);
    f.push(base + 6, occupancy, replication);
    f.push(base + 7, ch.deflected[i]!, replication);
    if (answered > 0) this.asa.push(i, Math.max(0, ch.waitAnsweredSeconds[i]! / answered), replication);
    if (counted > 0) this.offeredAny[i] = 1;
  }

  field(range: number, k: number): Estimate {
    return this.fields.estimate(this.at(range, k));
  }

  extraField(range: number, e: number): Estimate {
    return this.fields.estimate(this.at(range, this.keys.length + e));
  }

  fieldsOf(range: number): Record<string, Estimate> {
    const out: Record<string, Estimate> = {};
    for (let k = 0; k < this.keys.length; k++) out[this.keys[k]!] = this.field(range, k);
    return out;
  }

  /** Null when contacts were offered and none was answered in any replication; 0s when nothing was offered. */
  asaOf(range: number): Estimate | null {
    if (this.asa.values(range) > 0) return this.asa.estimate(range);
    return this.offeredAny[range] ? null : { mean: 0, ci95: 0, p10: 0, p50: 0, p90: 0 };
  }
}

/** ratios.ts's share with an empty default, for the interval fast path. */
const ratio = (num: number, den: number, empty: number): number => (den > 0 ? Math.min(1, Math.max(0, num / den)) : empty);

/** All ones over n replications, as `estimate` gives it (an email channel without a response target). */
const ones = (n: number): Estimate => (n === 0 ? { mean: 0, ci95: 0, p10: 0, p50: 0, p90: 0 } : { mean: 1, ci95: 0, p10: 1, p50: 1, p90: 1 });

interface ChannelBanks {
  horizon: RangeBank;
  days: RangeBank;
  intervals: RangeBank;
}

export class SimulationAccumulator {
  private replications = 0;

  /** Replications added so far. */
  get count(): number {
    return this.replications;
  }

  private totalEvents = 0;
  private totalCustomers = 0;
  private readonly channels: ChannelBanks[];
  private readonly pools: FigureBank;
  private readonly moved: FigureBank;
  private readonly counts: FigureBank;
  /** Per channel: whether it gains the call-back figures. */
  private readonly callbacks: boolean[];

  constructor(private readonly s: ResolvedScenario) {
    this.callbacks = s.channels.map((_, c) => hasCallback(s, c));
    this.channels = s.channels.map((ch, c) => {
      const targets = ch.kind === 'email' ? (ch.targets.responseWithin ?? []).length : 0;
      const cb = this.callbacks[c] ? CALLBACK_KEYS.length : 0;
      return {
        // Email horizon extras: backlog, each response target, response hours; call back: CALLBACK_KEYS.
        horizon: new RangeBank(1, CHANNEL_KEYS, ch.kind === 'email' ? 2 + targets : cb, RESERVOIR.horizon),
        // Day extras: backlog, within the first target, then CALLBACK_KEYS with the lever.
        days: new RangeBank(s.days, INTERVAL_KEYS, 2 + cb, RESERVOIR.day),
        intervals: new RangeBank(s.intervalCount, INTERVAL_KEYS, 0, RESERVOIR.interval),
      };
    });
    this.pools = new FigureBank(s.pools.length * POOL_KEYS.length, RESERVOIR.horizon);
    this.moved = new FigureBank(s.intervalCount, RESERVOIR.interval);
    this.counts = new FigureBank(2, RESERVOIR.horizon);
  }

  /** Adds one replication; call in replication order for an answer independent of workers. */
  /** `shares`: each channel's `channelBusyPresent` over the horizon, when the caller has it already. */
  add(r: ReplicationResult, shares?: readonly { busy: number[]; present: number[] }[]): void {
    const s = this.s;
    const n = s.intervalCount;
    const rep = r.replication;
    this.replications++;
    s.channels.forEach((ch, c) => {
      const banks = this.channels[c]!;
      // A channel's occupancy is its share of the serving pools' agent time (channelOccupancy.ts),
      // its busy and present time per interval found once, summed over each range.
      const { busy, present } = shares?.[c] ?? channelBusyPresent(s, r, c, 0, n);
      const occupancy = (from: number, to: number) => {
        const p = compensatedSum(present, from, to);
        return p > 0 ? Math.min(1, Math.max(0, compensatedSum(busy, from, to) / p)) : 0;
      };
      const row = (from: number, to: number): Row => ({ ...channelRange(r.channels[c]!, from, to), occupancy: occupancy(from, to) });
      const horizon = row(0, n);
      const extras = ch.kind === 'email'
        ? [r.channels[c]!.backlogEndOfDay.at(-1) ?? 0, ...horizon.withinTargets.slice(0, banks.horizon.extra - 2), horizon.responseHours]
        : this.callbacks[c] ? callbackValues(horizon) : [];
      banks.horizon.push(0, horizon, rep, extras);
      const channel = r.channels[c]!;
      for (let i = 0; i < n; i++) banks.intervals.pushInterval(i, channel, occupancy(i, i + 1), rep);
      for (let d = 0; d < s.days; d++) {
        const dayRow = row(d * s.intervalsPerDay, Math.min(n, (d + 1) * s.intervalsPerDay));
        const within = ch.kind === 'callback' ? dayRow.serviceLevel : (dayRow.withinTargets[0] ?? 1);
        banks.days.push(d, dayRow, rep, [r.channels[c]!.backlogEndOfDay[d] ?? 0, within, ...(this.callbacks[c] ? callbackValues(dayRow) : [])]);
      }
    });
    s.pools.forEach((_, i) => {
      const occ = occupancyRange([r.pools[i]!], 0, n);
      const values = [
        occ.occupancy, occ.busy / 3600, occ.present / 3600,
        r.pools[i]!.handledContacts.reduce((t, x) => t + x, 0),
        r.pools[i]!.handledSeconds.reduce((t, x) => t + x, 0) / 3600,
      ];
      values.forEach((x, k) => this.pools.push(i * POOL_KEYS.length + k, x, rep));
    });
    for (let i = 0; i < n; i++) this.moved.push(i, r.movedAgents[i] ?? 0, rep);
    this.counts.push(0, r.events, rep);
    this.counts.push(1, r.customers, rep);
    this.totalEvents += r.events;
    this.totalCustomers += r.customers;
  }

  result(): SimulationResult {
    const s = this.s;
    const reps = this.replications;
    const channels: Record<string, ChannelKpis> = {};
    const intervals: Record<string, IntervalKpis[]> = {};
    const days: Record<string, DayKpis[]> = {};
    s.channels.forEach((ch, c) => {
      const banks = this.channels[c]!;
      const kpis = { ...banks.horizon.fieldsOf(0), asaSeconds: banks.horizon.asaOf(0) } as ChannelKpis;
      if (ch.kind === 'callback') {
        kpis.withinTargets = [kpis.serviceLevel!];
        kpis.withinTarget = kpis.serviceLevel!;
      }
      if (ch.kind === 'email') {
        const targets = banks.horizon.extra - 2;
        kpis.backlog = banks.horizon.extraField(0, 0);
        kpis.withinTargets = Array.from({ length: targets }, (_, j) => banks.horizon.extraField(0, 1 + j));
        kpis.withinTarget = kpis.withinTargets[0] ?? ones(reps);
        kpis.responseHours = banks.horizon.extraField(0, 1 + targets);
      }
      if (this.callbacks[c]) CALLBACK_KEYS.forEach((key, j) => { kpis[key] = banks.horizon.extraField(0, j); });
      // Figures that mean nothing for the channel's kind are absent (absentFigures.ts).
      channels[ch.id] = withoutAbsent(ch.kind, kpis);
      intervals[ch.id] = Array.from({ length: s.intervalCount }, (_, i) => {
        const k = { ...banks.intervals.fieldsOf(i), asaSeconds: banks.intervals.asaOf(i) } as IntervalKpis;
        // Email's per-interval share within its first window is its `withinTarget`, not a service level.
        return withoutAbsent(ch.kind, ch.kind === 'email' ? { ...k, withinTarget: k.serviceLevel } : k);
      });
      days[ch.id] = Array.from({ length: s.days }, (_, d) => withoutAbsent(ch.kind, {
        ...banks.days.fieldsOf(d),
        asaSeconds: banks.days.asaOf(d),
        backlog: banks.days.extraField(d, 0),
        withinTarget: banks.days.extraField(d, 1),
        ...(this.callbacks[c] ? Object.fromEntries(CALLBACK_KEYS.map((key, j) => [key, banks.days.extraField(d, 2 + j)])) : {}),
      } as DayKpis));
    });
    const pools: Record<string, PoolKpis> = {};
    s.pools.forEach((p, i) => {
      pools[p.id] = Object.fromEntries(POOL_KEYS.map((k, j) => [k, this.pools.estimate(i * POOL_KEYS.length + j)])) as unknown as PoolKpis;
    });
    return {
      replications: reps,
      channels, intervals, days, pools,
      movedAgents: Array.from({ length: s.intervalCount }, (_, i) => this.moved.estimate(i)),
      events: this.counts.estimate(0),
      customers: this.counts.estimate(1),
      totalEvents: this.totalEvents,
      totalCustomers: this.totalCustomers,
    };
  }
}
