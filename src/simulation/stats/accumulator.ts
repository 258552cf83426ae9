/**
 * The merge of replications as they finish (aggregate.ts's rules, streaming): each replication
 * is reduced at once to its figures per channel, interval, day and pool (`replicationFigures`,
 * run where the replication ran: a worker), pushed into figure banks (figureBank.ts) in
 * replication order, and dropped. Memory depends on the horizon, never on the number of
 * replications; with replications added in order the answer is the one the full list gives
 * (exactly, percentiles included, up to the reservoir sizes below).
 */
import type { ResolvedScenario } from '../../scenario/model';
import type { ChannelReplication, ReplicationResult } from '../des/result';
import type { Estimate } from './estimate';
import { ABSENT_FIGURES, withoutAbsent } from './absentFigures';
import { channelBusyPresent } from './channelOccupancy';
import { compensatedSum } from './summation';
import { FigureBank, ZERO_ESTIMATE } from './figureBank';
import { channelRange, occupancyRange, type RangeFigures } from './ratios';
import type { ChannelKpis, DayKpis, IntervalKpis, PoolKpis, SimulationResult } from './types';
import type { StrategyScenario } from '../levers/types';
import type { ChannelKind } from '../../scenario/schema';
import { addBandPoint, emptyBand, type IntervalBand } from './intervalBand';

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

/**
 * What a merge keeps per interval: 'all', every figure of INTERVAL_KEYS with its spread; 'band',
 * only what the page's band draws (offered and the share in time: intervalBand.ts), as means
 * and 95% half-widths — a comparison whose figures per interval would not fit the simulator's
 * memory (run/budget.ts `comparisonBudget`; docs/modelling-choices.md). The horizon, the days
 * and the pools keep every figure either way.
 */
export type IntervalDetail = 'all' | 'band';
/** The band's figures per interval, in a replication's figures: offered, then the share in time (INTERVAL_KEYS' serviceLevel). */
const BAND_WIDTH = 2;
const CHANNEL_KEYS = [
  'offered', 'answered', 'abandoned', 'shortAbandoned', 'answerRate', 'abandonRate', 'serviceLevel',
  'serviceLevelOfAnswered', 'probWait', 'avgWaitSeconds', 'occupancy', 'maxQueue',
  'stillWaiting', 'repeats', 'retrials', 'deflected',
] as const;
const POOL_KEYS = ['occupancy', 'busyAgentHours', 'presentAgentHours', 'handledContacts', 'handledHours'] as const;

type Row = RangeFigures & { occupancy: number };

/** A range's flags in a replication's figures: the ASA was pushed (some answered); some contact was offered. */
const HAS_ASA = 1;
const OFFERED_ANY = 2;

/**
 * Figures of one kind of range (the horizon, each day, each interval) of one channel: the named
 * fields, the ASA over the replications that answered some, and whether any offered a contact
 * (aggregate.ts, "asaEstimate"), plus `extra` figures the caller names.
 *
 * One replication brings `rowWidth` numbers per range (`writeRow`, `writeInterval`), computed
 * where it ran (a worker), laid out as `RangeSpan` says: every range's fields in a row (the
 * fields bank takes them at once), then every range's ASA, then every range's flags.
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

  /** Adds one replication's figures of every range, found from `offset` on. */
  add(figures: Float64Array, offset: number, replication: number): void {
    const span = rangeSpan(offset, this.ranges, this.keys, this.extra);
    this.fields.pushAll(figures, offset, replication);
    for (let range = 0; range < this.ranges; range++) {
      const flags = figures[span.flags + range]!;
      if (flags & HAS_ASA) this.asa.push(range, figures[span.asa + range]!, replication);
      if (flags & OFFERED_ANY) this.offeredAny[range] = 1;
    }
  }

  /** Bytes held now. */
  get bytes(): number {
    return this.fields.bytes + this.asa.bytes + this.offeredAny.length;
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
    return this.offeredAny[range] ? null : ZERO_ESTIMATE;
  }
}

const rowWidth = (keys: readonly string[], extra: number): number => keys.length + extra + 2;

/** Where a range bank's figures sit in a replication's: range r's field k at `fields + r·count + k`, its ASA at `asa + r`, its flags at `flags + r`. */
interface RangeSpan {
  fields: number;
  count: number;
  asa: number;
  flags: number;
}

function rangeSpan(offset: number, ranges: number, keys: readonly string[], extra: number): RangeSpan {
  const count = keys.length + extra;
  return { fields: offset, count, asa: offset + ranges * count, flags: offset + ranges * count + ranges };
}

/** One range of one replication: the named fields, the extras, the ASA and the flags. */
function writeRow(out: Float64Array, span: RangeSpan, range: number, keys: readonly string[], row: Row, extras: readonly number[]): void {
  if (keys.length + extras.length !== span.count) throw new Error(`a range's extra figures: ${extras.length}, its bank holds ${span.count - keys.length}`);
  const r = row as unknown as Record<string, number>;
  const o = span.fields + range * span.count;
  for (let k = 0; k < keys.length; k++) out[o + k] = r[keys[k]!]!;
  for (let e = 0; e < extras.length; e++) out[o + keys.length + e] = extras[e]!;
  out[span.asa + range] = row.answered > 0 ? row.asaSeconds : 0;
  out[span.flags + range] = (row.answered > 0 ? HAS_ASA : 0) | (row.offered - row.shortAbandoned > 0 ? OFFERED_ANY : 0);
}

/**
 * The same as `writeRow` for one interval of one channel, without building a row: the interval
 * figures straight from the replication's arrays (a sum over one interval is the value itself,
 * so the figures are the ones `channelRange` gives, bit for bit), in INTERVAL_KEYS order.
 */
function writeInterval(out: Float64Array, span: RangeSpan, i: number, ch: ChannelReplication, occupancy: number): void {
  const o = span.fields + i * span.count;
  const offered = ch.offered[i]!;
  const answered = ch.answered[i]!;
  const counted = offered - ch.shortAbandoned[i]!;
  out[o] = offered;
  out[o + 1] = answered;
  out[o + 2] = ch.abandoned[i]!;
  out[o + 3] = ratio(ch.answeredWithin[i]!, counted, 1);
  out[o + 4] = ratio(answered, counted, 1);
  out[o + 5] = Math.max(0, ch.maxQueue[i]!);
  out[o + 6] = occupancy;
  out[o + 7] = ch.deflected[i]!;
  out[span.asa + i] = answered > 0 ? Math.max(0, ch.waitAnsweredSeconds[i]! / answered) : 0;
  out[span.flags + i] = (answered > 0 ? HAS_ASA : 0) | (counted > 0 ? OFFERED_ANY : 0);
}

/** The band's figures of one interval (`IntervalDetail` 'band'): the same numbers `writeInterval` gives them. */
function writeBandInterval(out: Float64Array, at: number, i: number, ch: ChannelReplication): void {
  const offered = ch.offered[i]!;
  out[at] = offered;
  out[at + 1] = ratio(ch.answeredWithin[i]!, offered - ch.shortAbandoned[i]!, 1);
}

/** ratios.ts's share with an empty default, for the interval fast path. */
const ratio = (num: number, den: number, empty: number): number => (den > 0 ? Math.min(1, Math.max(0, num / den)) : empty);

/** All ones over n replications, as `estimate` gives it (an email channel without a response target). */
const ones = (n: number): Estimate => (n === 0 ? { mean: 0, ci95: 0, p10: 0, p50: 0, p90: 0 } : { mean: 1, ci95: 0, p10: 1, p50: 1, p90: 1 });

interface ChannelBanks {
  horizon: RangeBank;
  days: RangeBank;
  /** Every figure per interval ('all'), or the band's two without a reservoir ('band'). */
  intervals: RangeBank | FigureBank;
}

/** Where a channel's ranges start in one replication's figures, and how many extras each holds. */
interface ChannelPlace {
  /** Email: backlog, each response target, response hours; call back: CALLBACK_KEYS. */
  horizonExtra: number;
  /** Backlog, within the first target, then CALLBACK_KEYS with the lever. */
  dayExtra: number;
  horizon: number;
  days: number;
  intervals: number;
}

/**
 * The layout of one replication's figures (`replicationFigures`): per channel its horizon, days
 * and intervals (`RangeBank` rows), then per pool its POOL_KEYS, the agents moved per interval,
 * events and customers. A function of the scenario alone, so the worker that writes the figures
 * and the accumulator that reads them agree.
 */
export class FigureLayout {
  /** Per channel: whether it gains the call-back figures. */
  readonly callbacks: boolean[];
  readonly channels: ChannelPlace[];
  readonly pools: number;
  readonly moved: number;
  readonly counts: number;
  /** Numbers per replication. */
  readonly length: number;

  constructor(s: ResolvedScenario, readonly detail: IntervalDetail = 'all') {
    this.callbacks = s.channels.map((_, c) => hasCallback(s, c));
    let at = 0;
    this.channels = s.channels.map((ch, c) => {
      const cb = this.callbacks[c] ? CALLBACK_KEYS.length : 0;
      const targets = ch.kind === 'email' ? (ch.targets.responseWithin ?? []).length : 0;
      const horizonExtra = ch.kind === 'email' ? 2 + targets : cb;
      const dayExtra = 2 + cb;
      const place = { horizonExtra, dayExtra, horizon: at, days: 0, intervals: 0 };
      at += rowWidth(CHANNEL_KEYS, horizonExtra);
      place.days = at;
      at += s.days * rowWidth(INTERVAL_KEYS, dayExtra);
      place.intervals = at;
      at += s.intervalCount * (detail === 'all' ? rowWidth(INTERVAL_KEYS, 0) : BAND_WIDTH);
      return place;
    });
    this.pools = at;
    at += s.pools.length * POOL_KEYS.length;
    this.moved = at;
    at += s.intervalCount;
    this.counts = at;
    this.length = at + 2;
  }
}

/**
 * One replication reduced to its figures per channel, range and pool (the layout above): what
 * the banks receive, computed where the replication ran so that only typed arrays cross to the
 * thread that merges (run/batch.ts). `shares`: each channel's `channelBusyPresent` over the
 * horizon, when the caller has it already.
 */
export function replicationFigures(
  s: ResolvedScenario, r: ReplicationResult, shares?: readonly { busy: number[]; present: number[] }[], layout = new FigureLayout(s),
): Float64Array {
  const n = s.intervalCount;
  const out = new Float64Array(layout.length);
  s.channels.forEach((ch, c) => {
    const place = layout.channels[c]!;
    // A channel's occupancy is its share of the serving pools' agent time (channelOccupancy.ts),
    // its busy and present time per interval found once, summed over each range.
    const { busy, present } = shares?.[c] ?? channelBusyPresent(s, r, c, 0, n);
    const occupancy = (from: number, to: number) => {
      const p = compensatedSum(present, from, to);
      return p > 0 ? Math.min(1, Math.max(0, compensatedSum(busy, from, to) / p)) : 0;
    };
    const channel = r.channels[c]!;
    const row = (from: number, to: number): Row => ({ ...channelRange(channel, from, to), occupancy: occupancy(from, to) });
    const horizon = row(0, n);
    const extras = ch.kind === 'email'
      ? [channel.backlogEndOfDay.at(-1) ?? 0, ...horizon.withinTargets.slice(0, place.horizonExtra - 2), horizon.responseHours]
      : layout.callbacks[c] ? callbackValues(horizon) : [];
    writeRow(out, rangeSpan(place.horizon, 1, CHANNEL_KEYS, place.horizonExtra), 0, CHANNEL_KEYS, horizon, extras);
    if (layout.detail === 'all') {
      const intervals = rangeSpan(place.intervals, n, INTERVAL_KEYS, 0);
      for (let i = 0; i < n; i++) writeInterval(out, intervals, i, channel, occupancy(i, i + 1));
    } else {
      for (let i = 0; i < n; i++) writeBandInterval(out, place.intervals + i * BAND_WIDTH, i, channel);
    }
    const days = rangeSpan(place.days, s.days, INTERVAL_KEYS, place.dayExtra);
    for (let d = 0; d < s.days; d++) {
      const dayRow = row(d * s.intervalsPerDay, Math.min(n, (d + 1) * s.intervalsPerDay));
      const within = ch.kind === 'callback' ? dayRow.serviceLevel : (dayRow.withinTargets[0] ?? 1);
      writeRow(out, days, d, INTERVAL_KEYS, dayRow, [channel.backlogEndOfDay[d] ?? 0, within, ...(layout.callbacks[c] ? callbackValues(dayRow) : [])]);
    }
  });
  s.pools.forEach((_, i) => {
    const occ = occupancyRange([r.pools[i]!], 0, n);
    const values = [
      occ.occupancy, occ.busy / 3600, occ.present / 3600,
      r.pools[i]!.handledContacts.reduce((t, x) => t + x, 0),
      r.pools[i]!.handledSeconds.reduce((t, x) => t + x, 0) / 3600,
    ];
    values.forEach((x, k) => { out[layout.pools + i * POOL_KEYS.length + k] = x; });
  });
  for (let i = 0; i < n; i++) out[layout.moved + i] = r.movedAgents[i] ?? 0;
  out[layout.counts] = r.events;
  out[layout.counts + 1] = r.customers;
  return out;
}

/**
 * Bytes a `SimulationAccumulator` of `s` holds once `replications` are merged (its banks, as
 * FigureBank.bytesFor counts them), and the figures one replication brings (`replicationFigures`):
 * what run/budget.ts charges a streamed run.
 */
export function accumulatorBytes(s: ResolvedScenario, replications: number, detail: IntervalDetail = 'all'): { merge: number; figures: number } {
  const layout = new FigureLayout(s, detail);
  const bank = (size: number, reservoir: number) => FigureBank.bytesFor(size, reservoir, replications);
  const range = (ranges: number, keys: readonly string[], extra: number, reservoir: number) =>
    bank(ranges * (keys.length + extra), reservoir) + bank(ranges, reservoir) + ranges;
  let merge = 0;
  for (const place of layout.channels) {
    merge += range(1, CHANNEL_KEYS, place.horizonExtra, RESERVOIR.horizon)
      + range(s.days, INTERVAL_KEYS, place.dayExtra, RESERVOIR.day)
      + (detail === 'all' ? range(s.intervalCount, INTERVAL_KEYS, 0, RESERVOIR.interval) : bank(s.intervalCount * BAND_WIDTH, 0));
  }
  merge += bank(s.pools.length * POOL_KEYS.length, RESERVOIR.horizon) + bank(s.intervalCount, RESERVOIR.interval) + bank(2, RESERVOIR.horizon);
  return { merge, figures: 8 * layout.length };
}

/**
 * One object per interval, its keys in INTERVAL_KEYS order then the ASA (a year holds hundreds
 * of thousands): copied without its absent figures only for a kind that has some.
 */
function intervalFigures(kind: ChannelKind, bank: RangeBank, count: number): IntervalKpis[] {
  const absent = ABSENT_FIGURES[kind].length > 0;
  return Array.from({ length: count }, (_, i) => {
    const k: IntervalKpis = {
      offered: bank.field(i, 0), answered: bank.field(i, 1), abandoned: bank.field(i, 2), serviceLevel: bank.field(i, 3),
      answerRate: bank.field(i, 4), maxQueue: bank.field(i, 5), occupancy: bank.field(i, 6), deflected: bank.field(i, 7),
      asaSeconds: bank.asaOf(i),
    };
    if (!absent) return k;
    // Email's per-interval share within its first window is its `withinTarget`, not a service level.
    return withoutAbsent(kind, kind === 'email' ? { ...k, withinTarget: k.serviceLevel } : k);
  });
}

/** The band of a channel from its band bank (`IntervalDetail` 'band'): what `intervalBand` reads from `intervalFigures`. */
function bandOf(bank: FigureBank, count: number): IntervalBand {
  const band = emptyBand();
  for (let i = 0; i < count; i++) addBandPoint(band, bank.meanAndCi95(i * BAND_WIDTH).mean, bank.meanAndCi95(i * BAND_WIDTH + 1));
  return band;
}

export class SimulationAccumulator {
  private replications = 0;

  /** Replications added so far. */
  get count(): number {
    return this.replications;
  }

  private totalEvents = 0;
  private totalCustomers = 0;
  readonly layout: FigureLayout;
  private readonly channels: ChannelBanks[];
  private readonly pools: FigureBank;
  private readonly moved: FigureBank;
  private readonly counts: FigureBank;

  constructor(private readonly s: ResolvedScenario, detail: IntervalDetail = 'all') {
    this.layout = new FigureLayout(s, detail);
    this.channels = s.channels.map((_, c) => {
      const place = this.layout.channels[c]!;
      return {
        horizon: new RangeBank(1, CHANNEL_KEYS, place.horizonExtra, RESERVOIR.horizon),
        days: new RangeBank(s.days, INTERVAL_KEYS, place.dayExtra, RESERVOIR.day),
        intervals: detail === 'all' ? new RangeBank(s.intervalCount, INTERVAL_KEYS, 0, RESERVOIR.interval) : new FigureBank(s.intervalCount * BAND_WIDTH, 0),
      };
    });
    this.pools = new FigureBank(s.pools.length * POOL_KEYS.length, RESERVOIR.horizon);
    this.moved = new FigureBank(s.intervalCount, RESERVOIR.interval);
    this.counts = new FigureBank(2, RESERVOIR.horizon);
  }

  /** Bytes the banks hold now (what `accumulatorBytes` charges, at most). */
  get bytes(): number {
    return this.channels.reduce((t, b) => t + b.horizon.bytes + b.days.bytes + b.intervals.bytes, 0) + this.pools.bytes + this.moved.bytes + this.counts.bytes;
  }

  /** Adds one replication; call in replication order for an answer independent of workers. */
  add(r: ReplicationResult, shares?: readonly { busy: number[]; present: number[] }[]): void {
    this.addFigures(r.replication, replicationFigures(this.s, r, shares, this.layout));
  }

  /** Adds one replication's figures (`replicationFigures`, this layout), in replication order. */
  addFigures(rep: number, figures: Float64Array): void {
    const layout = this.layout;
    if (figures.length !== layout.length) throw new Error(`a replication's figures hold ${figures.length} numbers, the layout ${layout.length}`);
    this.replications++;
    this.channels.forEach((banks, c) => {
      const place = layout.channels[c]!;
      banks.horizon.add(figures, place.horizon, rep);
      banks.days.add(figures, place.days, rep);
      if (banks.intervals instanceof RangeBank) banks.intervals.add(figures, place.intervals, rep);
      else banks.intervals.pushAll(figures, place.intervals, rep);
    });
    this.pools.pushAll(figures, layout.pools, rep);
    this.moved.pushAll(figures, layout.moved, rep);
    this.counts.pushAll(figures, layout.counts, rep);
    const events = figures[layout.counts]!;
    const customers = figures[layout.counts + 1]!;
    this.totalEvents += events;
    this.totalCustomers += customers;
  }

  result(): SimulationResult {
    const s = this.s;
    const reps = this.replications;
    const channels: Record<string, ChannelKpis> = {};
    const intervals: Record<string, IntervalKpis[]> = {};
    const bands: Record<string, IntervalBand> = {};
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
      if (this.layout.callbacks[c]) CALLBACK_KEYS.forEach((key, j) => { kpis[key] = banks.horizon.extraField(0, j); });
      // Figures that mean nothing for the channel's kind are absent (absentFigures.ts).
      channels[ch.id] = withoutAbsent(ch.kind, kpis);
      if (banks.intervals instanceof RangeBank) intervals[ch.id] = intervalFigures(ch.kind, banks.intervals, s.intervalCount);
      else bands[ch.id] = bandOf(banks.intervals, s.intervalCount);
      days[ch.id] = Array.from({ length: s.days }, (_, d) => withoutAbsent(ch.kind, {
        ...banks.days.fieldsOf(d),
        asaSeconds: banks.days.asaOf(d),
        backlog: banks.days.extraField(d, 0),
        withinTarget: banks.days.extraField(d, 1),
        ...(this.layout.callbacks[c] ? Object.fromEntries(CALLBACK_KEYS.map((key, j) => [key, banks.days.extraField(d, 2 + j)])) : {}),
      } as DayKpis));
    });
    const pools: Record<string, PoolKpis> = {};
    s.pools.forEach((p, i) => {
      pools[p.id] = Object.fromEntries(POOL_KEYS.map((k, j) => [k, this.pools.estimate(i * POOL_KEYS.length + j)])) as unknown as PoolKpis;
    });
    return {
      replications: reps,
      channels,
      ...(this.layout.detail === 'all' ? { intervals } : { serviceLevelBand: bands }),
      days, pools,
      movedAgents: Array.from({ length: s.intervalCount }, (_, i) => this.moved.estimate(i)),
      events: this.counts.estimate(0),
      customers: this.counts.estimate(1),
      totalEvents: this.totalEvents,
      totalCustomers: this.totalCustomers,
    };
  }
}
