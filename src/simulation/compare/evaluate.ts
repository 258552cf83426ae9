/**
 * The analytic evaluation of one strategy scenario, interval by interval (Erlang C / A), with the
 * levers' rules honoured approximately — the DES gives the exact answer:
 * - chat standby: deflected contacts leave the channel; `moveTo` shares join their channel's
 *   arrivals, the rest are lost (offered to the channel, not answered);
 * - share / whole-channel routing: arrivals split between in-house and outsourcer queues;
 * - queue-above-Q routing on voice and chat: exact for the in-house queue, an Erlang A chain in
 *   which at most Q + 1 contacts wait and arrivals that find it full overflow; the overflow is
 *   then the outsourcer's arrivals (treated as Poisson, an approximation);
 * - wait-above-X routing (and queue-above-Q on deferrable channels): the outsourcer takes the
 *   traffic the in-house agents cannot serve within the channel's targets (the largest arrival
 *   count they can serve is kept in-house), but no more than its own agents can serve within
 *   target (the rest stays queued in-house, as with no idle outsourced agent). Routed contacts
 *   have already waited X s: X is added to their wait, and if X ≥ T they count as answered late;
 * - dynamic reallocation: in each interval of its window, voice gets as many agents as it lacks
 *   to meet its targets, up to M, taken from the source pool's other channels (email first);
 * - an outsourcer's FCR below the channel's: its unresolved contacts come back once, after the
 *   channel's repeat delay (the forecast already holds the in-house repeats);
 * - deferrable channels (email, callback): a fluid FIFO queue over the horizon (deferred.ts);
 *   threshold routing there pools the outsourcer's capacity with the in-house one.
 * Agent counts are effective (head-count ÷ handle-time multiplier); a fractional count
 * interpolates the figures of the whole counts around it.
 */
import type { ResolvedChannel } from '../../scenario/model';
import type { PoolVolume } from '../cost';
import type { StrategyScenario } from '../levers/types';
import { allocate, takeFrom, type PoolSupply } from './allocate';
import { sessionSeconds, slSeconds, type AnalyticCache, type QueueFigures } from './analyticCache';
import { fluidQueue, type DeferredResult } from './deferred';

/** Per channel, per interval: expected counts (not rates), so they add up over days. */
export interface ChannelSeries {
  offered: number[];
  answered: number[];
  /** Answered within the service-level threshold T. */
  withinSl: number[];
  /** Sum of waits of answered contacts, seconds (0 where `unstable`). */
  waitSeconds: number[];
  /**
   * Agents busy on this channel, and agents of the pools that serve it (both effective): their
   * ratio is the channel's share of that agent time, its occupancy.
   */
  busyAgents: number[];
  agents: number[];
  unstable: boolean[];
  /** Deflected by chat standby and lost. */
  lost: number[];
}

export interface StrategyEvaluation {
  channels: ChannelSeries[];
  /** Deferrable channels only (email, callback), else null. */
  deferred: (DeferredResult | null)[];
  /** Per pool index: handled contacts and minutes over the horizon. */
  handled: PoolVolume[];
  /** Agents moved by dynamic reallocation rules, per interval. */
  moved: number[];
  /**
   * Analytic only: effective agents the allocation gives each channel per interval ([channel][interval]),
   * without the idle time of voice and chat agents that deferrable channels also use; over the
   * channels they add up to the pools' head-count (the plan's "available").
   */
  allocated?: number[][];
  /** Immediate-channel contacts answered by each outsourcer pool: [pool][channel][interval]. */
  outsourced: Map<number, number[][]>;
}

export const isDeferrable = (c: ResolvedChannel) => c.kind === 'email' || c.kind === 'callback';

/** Response windows of a deferrable channel, seconds (targets order). */
export function deferredWindows(c: ResolvedChannel): number[] {
  if (c.kind === 'callback') return c.targets.callbackWithin ? [c.targets.callbackWithin.minutes * 60] : [];
  return (c.targets.responseWithin ?? []).map((t) => t.hours * 3600);
}

/** Figures at a fractional head-count: those of the whole counts around it, interpolated. */
function interpolate<F extends QueueFigures>(at: (agents: number) => F, agents: number, extra: (a: F, b: F, mix: (x: number, y: number) => number) => Omit<F, keyof QueueFigures>): F {
  const lo = Math.floor(agents + 1e-9);
  const f = agents - lo;
  const a = at(lo);
  if (f < 1e-9) return a;
  const b = at(lo + 1);
  const mix = (x: number, y: number) => x * (1 - f) + y * f;
  return {
    ...extra(a, b, mix),
    stable: a.stable || b.stable,
    serviceLevel: mix(a.serviceLevel, b.serviceLevel),
    answerRate: mix(a.answerRate, b.answerRate),
    asaSeconds: a.asaSeconds !== null && b.asaSeconds !== null ? mix(a.asaSeconds, b.asaSeconds) : b.asaSeconds,
    occupancy: mix(a.occupancy, b.occupancy),
  } as F;
}

function interpolated(cache: AnalyticCache, c: ResolvedChannel, arrivals: number, aht: number, agents: number): QueueFigures {
  return interpolate((n) => cache.figures(c, arrivals, aht, n), agents, () => ({}));
}

/** The in-house queue under a "queue above Q" rule (exact M/M/N/N+Q+M, see erlangA's maxQueue). */
function cappedInterpolated(cache: AnalyticCache, c: ResolvedChannel, arrivals: number, aht: number, agents: number, maxQueue: number) {
  return interpolate((n) => cache.capped(c, arrivals, aht, n, maxQueue), agents, (a, b, mix) => ({ overflow: mix(a.overflow, b.overflow) }));
}

function emptySeries(n: number): ChannelSeries {
  const z = () => new Array<number>(n).fill(0);
  return { offered: z(), answered: z(), withinSl: z(), waitSeconds: z(), busyAgents: z(), agents: z(), unstable: new Array<boolean>(n).fill(false), lost: z() };
}

interface Stream {
  channel: number; pool: number | null; arrivals: number; agents: number; aht: number; delaySeconds: number;
  supplies: { pool: number; share: number }[];
  /** In-house stream under a "queue above Q" rule: at most this many wait, the rest overflow. */
  maxQueue?: number;
}

/** Evaluates the strategy; `extra[c][i]` are additional arrivals (repeat contacts). */
export function evaluateOnce(s: StrategyScenario, cache: AnalyticCache, extra?: number[][]): StrategyEvaluation {
  const n = s.intervalCount;
  const C = s.channels.length;
  const deferrable = s.channels.map(isDeferrable);
  const series = s.channels.map(() => emptySeries(n));
  const handled: PoolVolume[] = s.pools.map(() => ({ contacts: 0, minutes: 0 }));
  const moved = new Array<number>(n).fill(0);
  const allocated = s.channels.map(() => new Array<number>(n).fill(0));
  const outsourced = new Map<number, number[][]>();
  for (const p of s.pools) if (p.kind === 'outsourcer') outsourced.set(p.index, s.channels.map(() => new Array<number>(n).fill(0)));
  // Deferrable channels: one fluid queue per (channel, in-house | outsourcer pool).
  const queues = new Map<string, { channel: number; pool: number | null; arrivals: number[]; capacity: number[]; aht: number; supplies: { pool: number; share: number }[][] }>();
  const queue = (channel: number, pool: number | null, aht: number) => {
    const k = `${channel}|${pool}`;
    let q = queues.get(k);
    if (!q) { q = { channel, pool, arrivals: new Array(n).fill(0), capacity: new Array(n).fill(0), aht, supplies: Array.from({ length: n }, () => []) }; queues.set(k, q); }
    return q;
  };
  const inhouse = s.pools.filter((p) => p.kind !== 'outsourcer');
  const outsourcers = s.pools.filter((p) => p.kind === 'outsourcer');

  // Deferrable keep-up need per day: the day's workload spread over its staffed intervals.
  const keepUp = s.channels.map((c) => Array.from({ length: s.days }, (_, d) => {
    if (!deferrable[c.index]) return 0;
    let work = 0;
    let staffed = 0;
    for (let j = 0; j < s.intervalsPerDay; j++) {
      const i = d * s.intervalsPerDay + j;
      work += (s.arrivals[c.index][i] + (extra?.[c.index][i] ?? 0)) * sessionSeconds(c);
      if (inhouse.some((p) => p.skills.includes(c.index) && p.productive[i] > 0)) staffed++;
    }
    return staffed > 0 ? work / (staffed * s.intervalSeconds) : 0;
  }));
  for (let i = 0; i < n; i++) {
    const lam = s.channels.map((c) => s.arrivals[c.index][i] + (extra?.[c.index][i] ?? 0));
    const offered = [...lam];
    const deflect = (rule: (typeof s.deflection)[number]) => {
      const d = lam[rule.channelIndex];
      if (d <= 0) return;
      lam[rule.channelIndex] = 0;
      let kept = 0;
      for (const m of rule.moveTo) { lam[m.channelIndex] += d * m.share; offered[m.channelIndex] += d * m.share; kept += d * m.share; }
      offered[rule.channelIndex] -= kept;
      series[rule.channelIndex].lost[i] += d - kept;
    };
    for (const rule of s.deflection) if (rule.active[i] && !rule.whileReallocating) deflect(rule);

    const supplies: PoolSupply[] = inhouse.map((p) => ({ pool: p.index, skills: p.skills, effective: p.productive[i] / (p.ahtMultiplier?.[i] ?? 1) }));
    const need = s.channels.map((c) => (deferrable[c.index] ? keepUp[c.index][Math.floor(i / s.intervalsPerDay)] : cache.need(c, lam[c.index], sessionSeconds(c))));
    // Share and whole-channel routing happen at arrival, before the in-house queue.
    const streams: Stream[] = [];
    const thresholdRules = [];
    for (const rule of s.routing) {
      if (!rule.active[i]) continue;
      if (rule.mode === 'share' || rule.mode === 'channel') {
        const x = lam[rule.channelIndex] * (rule.mode === 'share' ? rule.share : 1);
        lam[rule.channelIndex] -= x;
        streams.push({ channel: rule.channelIndex, pool: rule.poolIndex, arrivals: x, agents: 0, aht: 0, delaySeconds: 0, supplies: [] });
      } else thresholdRules.push(rule);
    }
    for (const c of s.channels) if (!deferrable[c.index]) need[c.index] = cache.need(c, lam[c.index], sessionSeconds(c));
    const { alloc } = allocate(supplies, need, deferrable);

    for (const rule of s.reallocation) {
      if (!rule.active[i]) continue;
      const v = rule.toChannelIndex;
      const got = alloc.reduce((sum, row) => sum + row[v], 0);
      const short = Math.ceil(need[v] - got - 1e-9);
      const k = supplies.findIndex((sp) => sp.pool === rule.fromPoolIndex);
      if (short <= 0 || k < 0) continue;
      const mult = s.pools[rule.fromPoolIndex].ahtMultiplier?.[i] ?? 1;
      const took = takeFrom(alloc[k], supplies[k].skills, deferrable, v, Math.min(rule.maxAgents / mult, short));
      alloc[k][v] += took;
      moved[i] += took * mult;
      if (took > 0) for (const d of s.deflection) if (d.active[i] && d.whileReallocating) deflect(d);
    }
    const got = s.channels.map((c) => alloc.reduce((sum, row) => sum + row[c.index], 0));
    const inhouseShares = (c: number) => supplies.map((sp, k) => ({ pool: sp.pool, share: got[c] > 0 ? alloc[k][c] / got[c] : 0 })).filter((x) => x.share > 0);

    const caps = new Map<number, number>();
    for (const rule of thresholdRules) {
      const c = s.channels[rule.channelIndex];
      const aht = sessionSeconds(c);
      if (rule.mode === 'queueAbove' && !deferrable[c.index]) {
        // Exact for the in-house queue: arrivals that find more than Q waiting overflow.
        if (s.pools[rule.poolIndex].productive[i] <= 0 || caps.has(c.index) || lam[c.index] <= 0) continue;
        const maxQueue = rule.queue + 1;
        const capped = cappedInterpolated(cache, c, lam[c.index], aht, got[c.index], maxQueue);
        caps.set(c.index, maxQueue);
        streams.push({ channel: c.index, pool: rule.poolIndex, arrivals: lam[c.index] * capped.overflow, agents: 0, aht: 0, delaySeconds: 0, supplies: [] });
        continue;
      }
      const cap = Math.floor(got[c.index] + 1e-9);
      let keep = lam[c.index];
      if (deferrable[c.index] || cache.need(c, keep, aht) <= cap) continue;
      let lo = 0;
      for (let step = 0; step < 24; step++) {
        const mid = (lo + keep) / 2;
        if (cache.need(c, mid, aht) <= cap) lo = mid; else keep = mid;
      }
      // The outsourcer takes no more than its agents can serve within target: with none idle,
      // a contact stays in the in-house queue.
      const o = s.pools[rule.poolIndex];
      const oAht = sessionSeconds(c, o.ahtMultiplier?.[i] ?? 1);
      const oCap = o.productive[i];
      let outLo = 0;
      let outHi = lam[c.index] - lo;
      if (cache.need(c, outHi, oAht) > oCap) {
        for (let step = 0; step < 24; step++) {
          const mid = (outLo + outHi) / 2;
          if (cache.need(c, mid, oAht) <= oCap) outLo = mid; else outHi = mid;
        }
      } else outLo = outHi;
      const overflow = outLo;
      if (overflow <= 0) continue;
      lam[c.index] -= overflow;
      streams.push({ channel: c.index, pool: rule.poolIndex, arrivals: overflow, agents: 0, aht: 0, delaySeconds: rule.mode === 'waitAbove' ? rule.seconds : 0, supplies: [] });
    }
    // Outsourcer agents across the streams they serve, by need, in their skill order.
    for (const o of outsourcers) {
      const mine = streams.filter((st) => st.pool === o.index);
      if (mine.length === 0) continue;
      const mult = o.ahtMultiplier?.[i] ?? 1;
      let left = o.productive[i];
      const ordered = [...mine].sort((a, b) => o.skills.indexOf(a.channel) - o.skills.indexOf(b.channel));
      for (const st of ordered) {
        const c = s.channels[st.channel];
        st.aht = sessionSeconds(c, mult);
        const want = deferrable[c.index] ? left : cache.need(c, st.arrivals, st.aht);
        st.agents = Math.min(left, want);
        left -= st.agents;
        st.supplies = [{ pool: o.index, share: 1 }];
      }
      if (left > 0) ordered[0].agents += left;
    }
    for (const c of s.channels) {
      if (!deferrable[c.index]) streams.push({ channel: c.index, pool: null, arrivals: lam[c.index], agents: got[c.index], aht: sessionSeconds(c), delaySeconds: 0, supplies: inhouseShares(c.index), maxQueue: caps.get(c.index) });
    }
    // Idle time of the in-house agents on immediate channels, per channel (filler work goes there).
    const idleShare = new Array<number>(C).fill(1);

    for (const st of streams) {
      const c = s.channels[st.channel];
      const out = series[c.index];
      allocated[c.index][i] += st.agents;
      if (deferrable[c.index]) {
        const pooled = st.pool !== null && s.routing.some((r) => r.poolIndex === st.pool && r.channelIndex === c.index && (r.mode === 'queueAbove' || r.mode === 'waitAbove'));
        const q = queue(c.index, pooled ? null : st.pool, st.aht);
        q.arrivals[i] += st.arrivals;
        q.capacity[i] += (st.agents * s.intervalSeconds) / st.aht;
        q.supplies[i].push(...st.supplies.map((x) => ({ pool: x.pool, share: x.share * st.agents })));
        continue;
      }
      if (st.arrivals <= 0) continue;
      const f = st.maxQueue !== undefined
        ? cappedInterpolated(cache, c, st.arrivals, st.aht, st.agents, st.maxQueue)
        : interpolated(cache, c, st.arrivals, st.aht, st.agents);
      const answered = st.arrivals * f.answerRate;
      out.answered[i] += answered;
      if (st.pool !== null) outsourced.get(st.pool)![c.index][i] += answered;
      out.withinSl[i] += st.delaySeconds >= slSeconds(c) ? 0 : st.arrivals * f.serviceLevel;
      if (f.asaSeconds === null) out.unstable[i] = true;
      else out.waitSeconds[i] += answered * (f.asaSeconds + st.delaySeconds);
      out.busyAgents[i] += f.occupancy * st.agents;
      if (st.pool === null) idleShare[c.index] = 1 - f.occupancy;
      for (const sp of st.supplies) {
        handled[sp.pool].contacts += answered * sp.share;
        handled[sp.pool].minutes += (answered * sp.share * c.aht.mean * (s.pools[sp.pool].ahtMultiplier?.[i] ?? 1)) / 60;
      }
    }
    // Deferrable channels: in-house capacity = agents given to them + idle time of the same
    // pools' agents on immediate channels.
    for (const c of s.channels) {
      if (!deferrable[c.index]) continue;
      let agents = 0;
      const shares: { pool: number; share: number }[] = [];
      supplies.forEach((sp, k) => {
        if (!sp.skills.includes(c.index)) return;
        allocated[c.index][i] += alloc[k][c.index];
        if (sp.skills.find((x) => deferrable[x]) !== c.index) { agents += alloc[k][c.index]; shares.push({ pool: sp.pool, share: alloc[k][c.index] }); return; }
        let mine = alloc[k][c.index];
        for (const x of sp.skills) if (!deferrable[x]) mine += alloc[k][x] * idleShare[x];
        agents += mine;
        shares.push({ pool: sp.pool, share: mine });
      });
      const q = queue(c.index, null, sessionSeconds(c));
      q.arrivals[i] += lam[c.index];
      q.capacity[i] += (agents * s.intervalSeconds) / sessionSeconds(c);
      q.supplies[i].push(...shares);
    }
    // A channel's occupancy is its share of the agent time of the pools that serve it
    // (docs/model.md, "KPIs"): the denominator is every agent who could take its contacts.
    for (const c of s.channels) {
      let present = 0;
      for (const sp of supplies) if (sp.skills.includes(c.index)) present += sp.effective;
      for (const o of outsourcers) if (o.skills.includes(c.index)) present += o.productive[i] / (o.ahtMultiplier?.[i] ?? 1);
      series[c.index].agents[i] = present;
    }
    for (let c = 0; c < C; c++) series[c].offered[i] = offered[c];
  }

  const deferred: (DeferredResult | null)[] = s.channels.map(() => null);
  for (const c of s.channels) {
    if (!deferrable[c.index]) continue;
    const mine = [...queues.values()].filter((q) => q.channel === c.index);
    const windows = deferredWindows(c);
    const results = mine.map((q) => fluidQueue(q.arrivals, q.capacity, s.intervalsPerDay, s.intervalSeconds, windows));
    const merged: DeferredResult = {
      served: new Array<number>(n).fill(0),
      days: Array.from({ length: s.days }, () => ({ offered: 0, within: windows.map(() => 0), responseSecondsSum: 0, answered: 0, backlog: 0 })),
    };
    results.forEach((r, k) => {
      const q = mine[k];
      r.served.forEach((x, i) => {
        merged.served[i] += x;
        series[c.index].answered[i] += x;
        const total = q.supplies[i].reduce((a, b) => a + b.share, 0);
        for (const sp of q.supplies[i]) {
          const part = total > 0 ? (x * sp.share) / total : 0;
          handled[sp.pool].contacts += part;
          handled[sp.pool].minutes += (part * q.aht) / 60;
        }
        if (q.capacity[i] > 0) series[c.index].busyAgents[i] += (x * q.aht) / s.intervalSeconds;
      });
      r.days.forEach((d, j) => {
        const m = merged.days[j];
        m.offered += d.offered; m.answered += d.answered; m.responseSecondsSum += d.responseSecondsSum; m.backlog += d.backlog;
        d.within.forEach((w, t) => { m.within[t] += w; });
      });
    });
    deferred[c.index] = merged;
  }
  return { channels: series, deferred, handled, moved, allocated, outsourced };
}

/**
 * The evaluation, with a second pass when an outsourcer resolves fewer contacts at first contact
 * than the channel does: its extra unresolved contacts come back after the repeat delay.
 */
export function evaluateStrategy(s: StrategyScenario, cache: AnalyticCache): StrategyEvaluation {
  const first = evaluateOnce(s, cache);
  const worse = s.leverCosts.outsourcers.filter((o) => s.pools[o.poolIndex].skills.some((c) => s.channels[c].fcr > o.fcr));
  if (worse.length === 0) return first;
  const extra = s.channels.map(() => new Array<number>(s.intervalCount).fill(0));
  for (const o of worse) {
    for (const c of s.pools[o.poolIndex].skills) {
      const ch = s.channels[c];
      const lag = Math.round(ch.repeatDelaySeconds / s.intervalSeconds);
      const missing = Math.max(0, ch.fcr - o.fcr);
      const answered = first.outsourced.get(o.poolIndex)?.[c] ?? [];
      for (let i = 0; i + lag < s.intervalCount; i++) {
        // A repeat due while the channel is closed comes at the next opening.
        let at = i + lag;
        while (at < s.intervalCount && s.arrivals[c][at] <= 0) at++;
        if (at < s.intervalCount) extra[c][at] += (answered[i] ?? 0) * missing;
      }
    }
  }
  return evaluateOnce(s, cache, extra);
}
