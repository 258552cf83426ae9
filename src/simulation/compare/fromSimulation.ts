/**
 * The simulator's answer in the analytic comparison's terms: the mean over replications of every
 * count the analytic evaluation produces (offered, answered, answered within T, waits, busy and
 * present agent time, email cohorts answered within each window, backlog at the end of each day,
 * volume handled by each pool). With that, one set of rules judges both views against the
 * targets (kpis.ts) and one cost model bills them (cost/), so analytic and simulated verdicts
 * can only differ by what the engines see, never by how they are read.
 *
 * Short abandons (under `shortAbandonSeconds`) leave the offered count, as in the DES rates.
 */
import type { ReplicationResult } from '../des';
import type { StrategyScenario } from '../levers/types';
import type { PoolVolume } from '../cost';
import { channelBusyPresent } from '../stats/channelOccupancy';
import type { DeferredDay } from './deferred';
import { isDeferrable, type ChannelSeries, type StrategyEvaluation } from './evaluate';

/** Mean over replications of `pick(result)[i]`, element by element. */
function meanSeries(results: readonly ReplicationResult[], length: number, pick: (r: ReplicationResult) => readonly number[] | undefined): number[] {
  // One replication (each replication's cost, compare/simulated.ts): its own values, as the sum ÷ 1 gives them.
  if (results.length === 1) {
    const values = pick(results[0]!);
    const out = new Array<number>(length);
    for (let i = 0; i < length; i++) out[i] = values?.[i] ?? 0;
    return out;
  }
  const out = new Array<number>(length).fill(0);
  for (const r of results) {
    const values = pick(r);
    if (!values) continue;
    for (let i = 0; i < length; i++) out[i]! += values[i] ?? 0;
  }
  return out.map((v) => v / Math.max(1, results.length));
}

const daySum = (xs: number[], d: number, perDay: number) => {
  let t = 0;
  for (let i = d * perDay; i < (d + 1) * perDay; i++) t += xs[i] ?? 0;
  return t;
};

/**
 * Per channel, the mean over replications of its busy and serving-present agent-seconds per
 * interval. A pool's busy time is split between its channels by a ratio of counts, so the mean
 * of the splits is not the split of the means: a caller that merges replications as they come
 * (compare/simulated.ts) sums the splits itself and hands them over.
 */
export interface ChannelAgentTime { busy: number[][]; present: number[][] }

function channelSeries(s: StrategyScenario, results: readonly ReplicationResult[], c: number, agentTime?: ChannelAgentTime): ChannelSeries {
  const n = s.intervalCount;
  const mean = (pick: (r: ReplicationResult) => readonly number[] | undefined) => meanSeries(results, n, pick);
  const offered = mean((r) => r.channels[c]!.offered);
  const short = mean((r) => r.channels[c]!.shortAbandoned);
  // A channel's occupancy is its share of the serving pools' agent time (stats/channelOccupancy.ts).
  const busy = agentTime ? agentTime.busy[c]! : new Array<number>(n).fill(0);
  const present = agentTime ? agentTime.present[c]! : new Array<number>(n).fill(0);
  if (!agentTime) {
    for (const r of results) {
      const share = channelBusyPresent(s, r, c, 0, n);
      for (let i = 0; i < n; i++) {
        busy[i]! += share.busy[i]! / results.length;
        present[i]! += share.present[i]! / results.length;
      }
    }
  }
  return {
    offered: offered.map((o, i) => Math.max(0, o - short[i]!)),
    answered: mean((r) => r.channels[c]!.answered),
    withinSl: mean((r) => r.channels[c]!.answeredWithin),
    waitSeconds: mean((r) => r.channels[c]!.waitAnsweredSeconds),
    busyAgents: busy,
    agents: present,
    unstable: new Array<boolean>(n).fill(false),
    lost: mean((r) => r.channels[c]!.deflected),
    ...(s.callbacks.some((rule) => rule.channelIndex === c) ? {
      callbacks: {
        offered: mean((r) => r.channels[c]!.callbacksOffered),
        accepted: mean((r) => r.channels[c]!.callbacksAccepted),
        kept: mean((r) => r.channels[c]!.callbacksKept),
        late: mean((r) => r.channels[c]!.callbacksLate),
        failed: mean((r) => r.channels[c]!.callbacksFailed),
        attempts: mean((r) => r.channels[c]!.callbackAttempts),
        workSeconds: mean((r) => r.channels[c]!.callbackWorkSeconds),
      },
    } : {}),
  };
}

function deferredDays(s: StrategyScenario, results: readonly ReplicationResult[], c: number, series: ChannelSeries): DeferredDay[] {
  const perDay = s.intervalsPerDay;
  const n = s.intervalCount;
  const channel = s.channels[c]!;
  const windows = channel.kind === 'callback'
    ? [meanSeries(results, n, (r) => r.channels[c]!.answeredWithin)]
    : (channel.targets.responseWithin ?? []).map((_, k) => meanSeries(results, n, (r) => r.channels[c]!.respondedWithin[k]));
  const response = meanSeries(results, n, (r) => r.channels[c]!.responseSeconds);
  const backlog = meanSeries(results, s.days, (r) => r.channels[c]!.backlogEndOfDay);
  return Array.from({ length: s.days }, (_, d) => ({
    offered: daySum(series.offered, d, perDay),
    answered: daySum(series.answered, d, perDay),
    within: windows.map((w) => daySum(w, d, perDay)),
    responseSecondsSum: daySum(response, d, perDay),
    backlog: backlog[d] ?? 0,
  }));
}

/** Contacts and minutes each pool handled, mean over replications (0 where not reported). */
function handledVolumes(s: StrategyScenario, results: readonly ReplicationResult[]): PoolVolume[] {
  return s.pools.map((p) => {
    const contacts = meanSeries(results, s.intervalCount, (r) => r.pools[p.index]!.handledContacts).reduce((a, b) => a + b, 0);
    const seconds = meanSeries(results, s.intervalCount, (r) => r.pools[p.index]!.handledSeconds).reduce((a, b) => a + b, 0);
    return { contacts, minutes: seconds / 60 };
  });
}

/** The simulated counterpart of `evaluateStrategy`: means over `results` (one or many replications). */
export function evaluationFromReplications(s: StrategyScenario, results: readonly ReplicationResult[], agentTime?: ChannelAgentTime): StrategyEvaluation {
  const channels = s.channels.map((c) => channelSeries(s, results, c.index, agentTime));
  return {
    channels,
    deferred: s.channels.map((c) => (isDeferrable(c)
      ? { served: channels[c.index]!.answered, days: deferredDays(s, results, c.index, channels[c.index]!) }
      : null)),
    handled: handledVolumes(s, results),
    moved: meanSeries(results, s.intervalCount, (r) => r.movedAgents),
    outsourced: new Map(),
  };
}
