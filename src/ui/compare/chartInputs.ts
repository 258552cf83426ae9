/**
 * From a comparison to the inputs of its charts: per-interval service level of the chosen
 * strategies (with 95% bands and the channel's target), cost breakdown per lever, and cost
 * versus service with the frontier. Pure, so tests check the shaping without a browser.
 */
import { appliesTo } from '../../scenario/targets';
import type { ResolvedScenario } from '../../scenario/model';
import type { BandsInput } from '../charts/bands/model';
import type { BarKey, BarsInput } from '../charts/bars/model';
import { seriesColour } from '../charts/palette';
import type { ScatterInput } from '../charts/scatter/model';
import type { ComparisonOutcome } from '../../simulation/run/jobTypes';
import { breakdownIn, costIn, type CostView } from './costView';

/** A strategy's colour is its place in the comparison, the same in every chart. */
export function strategyColour(outcome: ComparisonOutcome, id: string): string {
  return seriesColour(Math.max(0, outcome.strategies.findIndex((s) => s.id === id)));
}

/** The threshold a channel's per-interval share is measured against, in words, and its target. */
export function channelTarget(s: ResolvedScenario, channelId: string): { value: number; label: string; yLabel: string } | null {
  const c = s.channels.find((x) => x.id === channelId);
  if (!c) return null;
  const t = c.targets;
  // The chart's line is the channel's in-time target, as the table of targets gives its kind.
  if (appliesTo(c.kind, 'responseWithin')) {
    const r = t.responseWithin?.[0];
    return r ? { value: r.share, label: `Target ${Math.round(r.share * 100)} % within ${r.hours} h`, yLabel: `Share answered within ${r.hours} h` } : null;
  }
  if (appliesTo(c.kind, 'callbackWithin')) {
    const r = t.callbackWithin;
    return r ? { value: r.share, label: `Target ${Math.round(r.share * 100)} % within ${r.minutes} min`, yLabel: `Share called back within ${r.minutes} min` } : null;
  }
  return t.serviceLevel
    ? { value: t.serviceLevel.share, label: `Target ${Math.round(t.serviceLevel.share * 100)} % in ${t.serviceLevel.seconds} s`, yLabel: `Service level: share answered within ${t.serviceLevel.seconds} s` }
    : null;
}

export function bandsInput(outcome: ComparisonOutcome, s: ResolvedScenario, channelId: string, shown: readonly string[], focusDay: number | null): Omit<BandsInput, 'width' | 'height'> {
  const channel = s.channels.find((c) => c.id === channelId);
  const target = channelTarget(s, channelId);
  const series = outcome.strategies.filter((o) => shown.includes(o.id)).map((o) => {
    const band = o.simulated.serviceLevelByInterval[channelId] ?? { mean: [], lo: [], hi: [] };
    return { id: o.id, label: o.name, colour: strategyColour(outcome, o.id), dashed: o.id === 'baseline', ...band };
  });
  return {
    title: `${channel?.name ?? channelId}: ${target ? target.yLabel.split(':')[0]!.toLowerCase() : 'service level'} per interval, simulated`,
    startDate: s.startDate,
    intervalMinutes: s.intervalMinutes,
    first: focusDay === null ? 0 : focusDay * s.intervalsPerDay,
    count: focusDay === null ? s.intervalCount : s.intervalsPerDay,
    series,
    target: target ? { value: target.value, label: target.label } : null,
    yLabel: target?.yLabel ?? 'Share answered within the threshold',
  };
}

export const COST_KEYS: BarKey[] = [
  { key: 'inhouse', label: 'In-house pay', colour: '#0072B2' },
  { key: 'overtime', label: 'Overtime', colour: '#CC79A7' },
  { key: 'outsourcing', label: 'Outsourcing', colour: '#E69F00' },
  { key: 'temps', label: 'Temps', colour: '#009E73' },
  { key: 'abandoned', label: 'Abandoned contacts', colour: '#D55E00' },
];

export function barsInput(outcome: ComparisonOutcome, s: ResolvedScenario, view: CostView = 'total'): Omit<BarsInput, 'width'> {
  const baseline = outcome.strategies[0]!;
  const extra = view === 'extra';
  return {
    title: extra ? 'Extra cost over doing nothing, by item (simulated, paired on the same random numbers)' : 'Cost per strategy, by lever (simulated means)',
    currency: s.costs.currency,
    keys: COST_KEYS,
    xLabel: extra
      ? `Cost on top of the baseline over the horizon (${s.costs.currency}); left of 0: an item that costs less; the whisker is the paired 95% interval`
      : undefined,
    rows: outcome.strategies.map((o) => ({
      id: o.id,
      label: o.name,
      values: breakdownIn(o, baseline, view),
      total: costIn(o, view).mean,
      ci95: costIn(o, view).ci95,
      mark: o.simulated.meetsTargets ? '✓' : '✗',
      highlight: o.id === outcome.recommendation.strategyId,
    })),
  };
}

/** Ids of the points no other beats on both cost and service (cheaper and at least as good). */
export function frontierOf(points: readonly { id: string; cost: number; serviceLevel: number | null }[]): string[] {
  const ok = points.filter((p) => p.serviceLevel !== null && Number.isFinite(p.cost) && Number.isFinite(p.serviceLevel));
  return ok.filter((p) => !ok.some((q) => q !== p && q.cost <= p.cost && (q.serviceLevel as number) >= (p.serviceLevel as number)
    && (q.cost < p.cost || (q.serviceLevel as number) > (p.serviceLevel as number)))).map((p) => p.id);
}

/**
 * Cost versus service, one small chart per channel with a target: each channel's own figure
 * (service level, or the share answered within the response window) against its own target
 * line, pass/fail on that channel's targets, and that channel's frontier. One mixed axis over
 * voice and chat hid which channel falls short.
 */
export function channelScatterInputs(outcome: ComparisonOutcome, s: ResolvedScenario, view: CostView = 'total'): (Omit<ScatterInput, 'width' | 'height'> & { channelId: string })[] {
  return s.channels.flatMap((c) => {
    const target = channelTarget(s, c.id);
    if (target === null) return [];
    const points = outcome.strategies.map((o) => {
      const ch = o.simulated.channels[c.id];
      return {
        id: o.id, label: o.name, cost: costIn(o, view).mean, costCi95: costIn(o, view).ci95,
        serviceLevel: ch?.serviceLevel?.mean ?? ch?.withinTargets?.[0]?.mean ?? null,
        meetsTargets: !o.simulated.failures.some((f) => f.channelId === c.id),
        highlight: o.id === outcome.recommendation.strategyId,
      };
    });
    return [{
      channelId: c.id,
      title: `${c.name}: ${view === 'extra' ? 'extra cost' : 'cost'} versus ${target.yLabel.split(':')[0]!.toLowerCase()}`,
      currency: s.costs.currency,
      points,
      frontier: frontierOf(points),
      xLabel: view === 'extra' ? `Extra cost over doing nothing (${s.costs.currency}), paired; whiskers: 95% interval` : `Total cost (${s.costs.currency}); whiskers: 95% interval`,
      target: { value: target.value, label: target.label },
      yLabel: target.yLabel,
      passLabel: `meets ${c.name}'s targets`,
      failLabel: `misses a ${c.name} target`,
    }];
  });
}
