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
import { intervalBand } from '../stats/intervalBand';
import { dayFigures } from './dayFigures';
import type { AnalyticView, IntervalBand, SimulatedChannel, SimulatedView, StrategyOutcome } from './jobTypes';

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
    // A comparison on a long horizon keeps only this band per interval (stats/accumulator.ts).
    serviceLevelByInterval[c.id] = r.serviceLevelBand?.[c.id] ?? intervalBand(r.intervals?.[c.id] ?? []);
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
