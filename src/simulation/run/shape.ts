/**
 * From the engines' full results to the compact view the page shows (types.ts). Runs in the
 * worker: the full simulated result never crosses to the main thread.
 */
import type { ResolvedScenario } from '../../scenario/model';
import type { AnalyticStrategyResult } from '../compare/compareAnalytic';
import type { EntrySource } from '../compare/comparison';
import { isDeferrable } from '../compare/evaluate';
import type { CoreFigures } from '../compare/kpis';
import type { SimulatedStrategyResult } from '../compare/simulated';
import type { Estimate } from '../stats';
import { dayFigures } from './dayFigures';
import type { AnalyticView, IntervalBand, SimulatedChannel, SimulatedView, StrategyOutcome } from './jobTypes';

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Per-interval share answered in time with its 95% interval — the service level, or for email
 * the share within its first response window — null where no contact arrived.
 */
export function intervalBand(intervals: readonly { offered: Estimate; serviceLevel?: Estimate; withinTarget?: Estimate }[]): IntervalBand {
  const band: IntervalBand = { mean: [], lo: [], hi: [] };
  for (const k of intervals) {
    const inTime = k.serviceLevel ?? k.withinTarget;
    if (!inTime || !(k.offered.mean > 0) || !Number.isFinite(inTime.mean)) {
      band.mean.push(null);
      band.lo.push(null);
      band.hi.push(null);
      continue;
    }
    const ci = Number.isFinite(inTime.ci95) ? inTime.ci95 : 0;
    band.mean.push(clamp01(inTime.mean));
    band.lo.push(clamp01(inTime.mean - ci));
    band.hi.push(clamp01(inTime.mean + ci));
  }
  return band;
}

/** The figures the page shows of a channel, analytic or simulated alike; an absent one shows as none. */
function coreFigures<F>(k: CoreFigures<F>): Required<CoreFigures<F>> {
  return { offered: k.offered, answered: k.answered, serviceLevel: k.serviceLevel ?? null, answerRate: k.answerRate, asaSeconds: k.asaSeconds ?? null, occupancy: k.occupancy };
}

export function simulatedView(s: ResolvedScenario, r: SimulatedStrategyResult): SimulatedView {
  const channels: Record<string, SimulatedChannel> = {};
  const serviceLevelByInterval: Record<string, IntervalBand> = {};
  for (const c of s.channels) {
    const k = r.channels[c.id]!;
    const deferrable = isDeferrable(c);
    channels[c.id] = {
      ...coreFigures(k),
      abandoned: k.abandoned,
      withinTargets: deferrable ? k.withinTargets ?? (k.withinTarget ? [k.withinTarget] : null) : null,
      backlog: k.backlog ?? null,
      ...(k.promisesKept ? {
        callbacks: {
          offered: k.callbacksOffered!, accepted: k.callbacksAccepted!, kept: k.callbacksKept!, late: k.callbacksLate!,
          failed: k.callbacksFailed!, promisesKept: k.promisesKept,
        },
      } : {}),
    };
    serviceLevelByInterval[c.id] = intervalBand(r.intervals[c.id] ?? []);
  }
  return {
    replications: r.replications,
    meetsTargets: r.meetsTargets,
    failures: r.failures,
    serviceLevel: r.serviceLevel,
    answerRate: r.answerRate,
    cost: r.cost,
    extra: r.extra ?? null,
    probMeetsTargets: r.probMeetsTargets,
    channels,
    serviceLevelByInterval,
    byDay: dayFigures(r),
    ...(r.callbackStories ? { callbackStories: r.callbackStories } : {}),
  };
}

export function analyticView(a: AnalyticStrategyResult): AnalyticView {
  return {
    meetsTargets: a.meetsTargets,
    failures: a.failures,
    serviceLevel: a.serviceLevel,
    answerRate: a.answerRate,
    cost: { total: a.cost.total, breakdown: a.cost.breakdown, costPerAnswered: a.cost.costPerAnswered },
    channels: Object.fromEntries(Object.entries(a.channels).map(([id, k]) => [id, { ...coreFigures(k), withinTargets: k.withinTarget, ...(k.callbacks ? { callbacks: k.callbacks } : {}) }])),
  };
}

/** One strategy, both views, as the page shows it. */
export function strategyOutcome(
  s: ResolvedScenario, source: EntrySource, analytic: AnalyticStrategyResult, simulated: SimulatedStrategyResult,
): StrategyOutcome {
  return {
    id: simulated.id,
    name: simulated.name,
    source,
    levers: simulated.levers,
    notes: simulated.notes,
    analytic: analyticView(analytic),
    simulated: simulatedView(s, simulated),
  };
}
