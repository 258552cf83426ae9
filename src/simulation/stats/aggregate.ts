/**
 * Merges replications into the KPIs the app, the command line and the comparison read. Results
 * are sorted by replication number first, so the answer does not depend on which worker finished
 * first. Each figure is computed per replication, then summarised as an Estimate across them.
 */
import type { ResolvedScenario } from '../../scenario/model';
import type { ReplicationResult } from '../des/result';
import { estimate, type Estimate } from './estimate';
import { withoutAbsent } from './absentFigures';
import { channelOccupancyRange } from './channelOccupancy';
import { channelRange, occupancyRange, type RangeFigures } from './ratios';
import type { ChannelKpis, DayKpis, IntervalKpis, PoolKpis, SimulationResult } from './types';

/** Estimates of several named figures at once, from one record per replication. */
function estimateFields<K extends string>(records: Record<K, number>[], keys: readonly K[]): Record<K, Estimate> {
  const out = {} as Record<K, Estimate>;
  for (const k of keys) out[k] = estimate(records.map((r) => r[k]));
  return out;
}

const INTERVAL_KEYS = ['offered', 'answered', 'abandoned', 'serviceLevel', 'answerRate', 'maxQueue', 'occupancy', 'deflected'] as const;
const CHANNEL_KEYS = [
  'offered', 'answered', 'abandoned', 'shortAbandoned', 'answerRate', 'abandonRate', 'serviceLevel',
  'serviceLevelOfAnswered', 'probWait', 'avgWaitSeconds', 'occupancy', 'maxQueue',
  'stillWaiting', 'repeats', 'retrials', 'deflected',
] as const;

type Row = RangeFigures & { occupancy: number };

/**
 * The mean wait of answered contacts over the replications that answered some: a replication
 * that answered nobody has no ASA (its 0 would read as "no wait"). Null when contacts were offered
 * and none was answered in any replication — as the analytic engine says of a queue with no
 * answer; 0 when nothing was offered (the empty-denominator convention of ratios.ts).
 */
function asaEstimate(rows: readonly Row[]): Estimate | null {
  const answering = rows.filter((r) => r.answered > 0);
  if (answering.length > 0) return estimate(answering.map((r) => r.asaSeconds));
  return rows.some((r) => r.offered - r.shortAbandoned > 0) ? null : estimate(rows.map(() => 0));
}

/** Interval and day figures: the shared fields, with the ASA rule above. */
function rangeKpis(rows: Row[]): IntervalKpis {
  return { ...estimateFields(rows, INTERVAL_KEYS), asaSeconds: asaEstimate(rows) };
}

export function aggregateReplications(s: ResolvedScenario, results: readonly ReplicationResult[]): SimulationResult {
  const reps = [...results].sort((a, b) => a.replication - b.replication);
  const n = s.intervalCount;
  const perDay = s.intervalsPerDay;
  const channels: Record<string, ChannelKpis> = {};
  const intervals: Record<string, IntervalKpis[]> = {};
  const days: Record<string, DayKpis[]> = {};

  s.channels.forEach((ch, c) => {
    // A channel's occupancy is its share of the serving pools' agent time (channelOccupancy.ts).
    const row = (r: ReplicationResult, from: number, to: number): Row => ({
      ...channelRange(r.channels[c], from, to),
      occupancy: channelOccupancyRange(s, r, c, from, to),
    });

    const horizon = reps.map((r) => row(r, 0, n));
    const kpis: ChannelKpis = { ...estimateFields(horizon, CHANNEL_KEYS), asaSeconds: asaEstimate(horizon) };
    // A callback's target is its share called back within W: the service level's numerator
    // measured against W (DES), shown with the other response-window targets.
    if (ch.kind === 'callback') {
      kpis.withinTargets = [kpis.serviceLevel!];
      kpis.withinTarget = kpis.serviceLevel!;
    }
    if (ch.kind === 'email') {
      kpis.backlog = estimate(reps.map((r) => r.channels[c].backlogEndOfDay.at(-1) ?? 0));
      const targets = ch.targets.responseWithin ?? [];
      kpis.withinTargets = targets.map((_, j) => estimate(horizon.map((h) => h.withinTargets[j])));
      kpis.withinTarget = kpis.withinTargets[0] ?? estimate(horizon.map(() => 1));
      kpis.responseHours = estimate(horizon.map((h) => h.responseHours));
    }
    channels[ch.id] = withoutAbsent(ch.kind, kpis);

    // Email's per-interval share within its first window is its `withinTarget`, not a service level.
    const intervalKpis = (kpis: IntervalKpis): IntervalKpis => withoutAbsent(ch.kind, ch.kind === 'email' ? { ...kpis, withinTarget: kpis.serviceLevel } : kpis);
    intervals[ch.id] = Array.from({ length: n }, (_, i) => intervalKpis(rangeKpis(reps.map((r) => row(r, i, i + 1)))));

    days[ch.id] = Array.from({ length: s.days }, (_, d) => {
      const rows = reps.map((r) => row(r, d * perDay, Math.min(n, (d + 1) * perDay)));
      const kpis = rangeKpis(rows);
      return withoutAbsent(ch.kind, {
        ...kpis,
        backlog: estimate(reps.map((r) => r.channels[c].backlogEndOfDay[d] ?? 0)),
        withinTarget: ch.kind === 'callback' ? kpis.serviceLevel! : estimate(rows.map((x) => x.withinTargets[0] ?? 1)),
      });
    });
  });

  const pools: Record<string, PoolKpis> = {};
  s.pools.forEach((p, i) => {
    const occ = reps.map((r) => occupancyRange([r.pools[i]], 0, n));
    pools[p.id] = {
      occupancy: estimate(occ.map((o) => o.occupancy)),
      busyAgentHours: estimate(occ.map((o) => o.busy / 3600)),
      presentAgentHours: estimate(occ.map((o) => o.present / 3600)),
      handledContacts: estimate(reps.map((r) => r.pools[i].handledContacts.reduce((t, x) => t + x, 0))),
      handledHours: estimate(reps.map((r) => r.pools[i].handledSeconds.reduce((t, x) => t + x, 0) / 3600)),
    };
  });

  return {
    replications: reps.length,
    channels, intervals, days, pools,
    movedAgents: Array.from({ length: n }, (_, i) => estimate(reps.map((r) => r.movedAgents[i] ?? 0))),
    events: estimate(reps.map((r) => r.events)),
    customers: estimate(reps.map((r) => r.customers)),
    totalEvents: reps.reduce((t, r) => t + r.events, 0),
    totalCustomers: reps.reduce((t, r) => t + r.customers, 0),
  };
}
