/**
 * A world (world.ts) applied to a resolved scenario, baseline or strategy (levers already
 * applied): what the simulator then runs for that replication (run/batch.ts). The levers were
 * sized on the forecast, before anyone knew the world, so the world acts after them
 * (docs/modelling-choices.md, "Uncertain inputs"):
 *
 * - an event's factor f′ in place of the file's f rescales each day of its channels by
 *   (1 + (f′ − 1)·w) ÷ (1 + (f − 1)·w), w the day's strength (1 at full strength, less on a ramp);
 * - on a channel's peak days (a forecast event in force), every pool serving it has its handle
 *   time × the world's multiplier (one multiplier per pool and interval: a pool that also serves
 *   another channel is slowed on it too);
 * - on those days, in-house and temps pools lose the agents extra absence takes:
 *   round(scheduled × (1 − s)) − round(scheduled × (1 − s − extra)), paid all the same;
 * - an outsourcer with contracted agents delivers round(agents × yield) over the
 *   `outsourcerRampDays` calendar days from its first day with agents (the whole contract
 *   without it), billed as contracted;
 *   elastic capacity is resized on the world's traffic, so that it still never binds.
 *
 * Every change is a function of one pool's or channel's own figures in one interval, so a
 * baseline and a strategy that were equal up to an interval stay equal up to it, and forking a
 * strategy from the baseline stays exact (des/fork.ts).
 */
import type { ResolvedPool, ResolvedScenario } from '../../scenario/model';
import { productiveCount } from '../../scenario/resolveStaffing';
import { elasticAgents } from '../levers/outsourcing';
import type { StrategyScenario } from '../levers/types';
import type { World } from './world';

const hasLevers = (s: ResolvedScenario): s is StrategyScenario => 'leverCosts' in s;

export function applyWorld<S extends ResolvedScenario>(s: S, world: World): S {
  const u = s.uncertainty;
  if (!u) return s;
  const ipd = s.intervalsPerDay;
  const dayOf = (i: number) => Math.floor(i / ipd);
  const arrivals = s.arrivals.map((series, c) => {
    const events = u.events.filter((e) => e.channels.includes(c) && world.eventFactors[e.entry] !== e.factor);
    if (events.length === 0) return series;
    const ratio = Array.from({ length: s.days }, (_, d) => events.reduce((r, e) => {
      const w = e.strength[d]!;
      return r * (1 + (world.eventFactors[e.entry]! - 1) * w) / (1 + (e.factor - 1) * w);
    }, 1));
    return series.map((x, i) => x * ratio[dayOf(i)]!);
  });
  const peak = (pool: ResolvedPool, d: number) => pool.skills.some((c) => u.peakDays[c]?.[d] === true);
  const elastic = new Set(hasLevers(s) ? s.leverCosts.outsourcers.filter((o) => o.elastic).map((o) => o.poolIndex) : []);
  const pools = s.pools.map((pool) => {
    let ahtMultiplier = pool.ahtMultiplier;
    let productive = pool.productive;
    if (world.peakHandleTime !== 1) {
      ahtMultiplier = Array.from({ length: s.intervalCount }, (_, i) =>
        (pool.ahtMultiplier?.[i] ?? 1) * (peak(pool, dayOf(i)) ? world.peakHandleTime : 1));
    }
    if (world.peakAbsence > 0 && (pool.kind === 'inhouse' || pool.kind === 'temps')) {
      const rate = Math.min(1, pool.shrinkage + world.peakAbsence);
      productive = productive.map((n, i) => {
        if (!peak(pool, dayOf(i))) return n;
        const absent = productiveCount(pool.scheduled[i]!, pool.shrinkage) - productiveCount(pool.scheduled[i]!, rate);
        return Math.max(0, n - absent);
      });
    }
    if (pool.kind === 'outsourcer' && elastic.has(pool.index)) {
      productive = productive.map((n, i) => (n <= 0 ? n : Math.max(n, ...pool.skills.map((c) =>
        elasticAgents(arrivals[c]![i]!, s.channels[c]!.aht.mean * (ahtMultiplier?.[i] ?? 1), s.intervalSeconds)))));
    } else if (pool.kind === 'outsourcer' && world.outsourcerYield !== 1) {
      const first = productive.findIndex((n) => n > 0);
      const lastDay = first < 0 ? -1 : u.outsourcerRampDays === null ? Infinity : dayOf(first) + u.outsourcerRampDays - 1;
      productive = productive.map((n, i) => (dayOf(i) <= lastDay ? Math.round(n * world.outsourcerYield) : n));
    }
    return ahtMultiplier === pool.ahtMultiplier && productive === pool.productive ? pool : { ...pool, productive, ...(ahtMultiplier ? { ahtMultiplier } : {}) };
  });
  return { ...s, arrivals, pools };
}
