/**
 * From the engines' full results to the compact view the page shows (types.ts). Runs in the
 * worker: the full simulated result never crosses to the main thread.
 */
import type { ResolvedScenario } from '../../scenario/model';
import type { AnalyticStrategyResult } from '../compare/compareAnalytic';
import type { EntrySource } from '../compare/comparison';
import { isDeferrable } from '../compare/evaluate';
import type { SimulatedStrategyResult } from '../compare/simulated';
import type { Estimate } from '../stats';
import type { AnalyticView, IntervalBand, SimulatedChannel, SimulatedView, StrategyOutcome } from './jobTypes';

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Per-interval service level with its 95% interval, null where no contact arrived. */
export function intervalBand(intervals: readonly { offered: Estimate; serviceLevel: Estimate }[]): IntervalBand {
  const band: IntervalBand = { mean: [], lo: [], hi: [] };
  for (const k of intervals) {
    const empty = !(k.offered.mean > 0) || !Number.isFinite(k.serviceLevel.mean);
    const ci = Number.isFinite(k.serviceLevel.ci95) ? k.serviceLevel.ci95 : 0;
    band.mean.push(empty ? null : clamp01(k.serviceLevel.mean));
    band.lo.push(empty ? null : clamp01(k.serviceLevel.mean - ci));
    band.hi.push(empty ? null : clamp01(k.serviceLevel.mean + ci));
  }
  return band;
}

export function simulatedView(s: ResolvedScenario, r: SimulatedStrategyResult): SimulatedView {
  const channels: Record<string, SimulatedChannel> = {};
  const serviceLevelByInterval: Record<string, IntervalBand> = {};
  for (const c of s.channels) {
    const k = r.channels[c.id]!;
    const deferrable = isDeferrable(c);
    channels[c.id] = {
      offered: k.offered,
      answered: k.answered,
      abandoned: k.abandoned,
      serviceLevel: deferrable ? null : k.serviceLevel,
      answerRate: k.answerRate,
      asaSeconds: deferrable ? null : k.asaSeconds,
      occupancy: k.occupancy,
      withinTargets: deferrable ? k.withinTargets ?? (k.withinTarget ? [k.withinTarget] : null) : null,
      backlog: k.backlog ?? null,
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
    channels,
    serviceLevelByInterval,
  };
}

export function analyticView(a: AnalyticStrategyResult): AnalyticView {
  return {
    meetsTargets: a.meetsTargets,
    failures: a.failures,
    serviceLevel: a.serviceLevel,
    answerRate: a.answerRate,
    cost: { total: a.cost.total, breakdown: a.cost.breakdown, costPerAnswered: a.cost.costPerAnswered },
    channels: Object.fromEntries(Object.entries(a.channels).map(([id, k]) => [id, {
      offered: k.offered,
      answered: k.answered,
      serviceLevel: k.serviceLevel,
      answerRate: k.answerRate,
      asaSeconds: k.asaSeconds,
      occupancy: k.occupancy,
      withinTargets: k.withinTarget,
    }])),
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
