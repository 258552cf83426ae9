/**
 * From a comparison to the inputs of its charts: per-interval service level of the chosen
 * strategies (with 95% bands and the channel's target), cost breakdown per lever, and cost
 * versus service with the frontier. Pure, so tests check the shaping without a browser.
 */
import { appliesTo } from '../../scenario/targets';
import { strategyName } from './engineWords';
import { formatPercent } from '../format';
import { t as msg } from '../i18n';
import type { ResolvedScenario } from '../../scenario/model';
import type { BandsInput } from '../charts/bands/model';
import type { BarKey, BarsInput } from '../charts/bars/model';
import { seriesColour } from '../charts/palette';
import type { ScatterInput } from '../charts/scatter/model';
import type { ComparisonOutcome } from '../../simulation/run/jobTypes';
import { breakdownIn, costIn, type CostView } from './costView';

const pct = (share: number) => formatPercent(share, 0);

/** A strategy's colour is its place in the comparison, the same in every chart. */
export function strategyColour(outcome: ComparisonOutcome, id: string): string {
  return seriesColour(Math.max(0, outcome.strategies.findIndex((s) => s.id === id)));
}

/** The threshold a channel's per-interval share is measured against, in words, and its target. */
/** `short`: the figure's name alone ("service level"), for titles. */
export function channelTarget(s: ResolvedScenario, channelId: string): { value: number; label: string; yLabel: string; short: string } | null {
  const c = s.channels.find((x) => x.id === channelId);
  if (!c) return null;
  const t = c.targets;
  // The chart's line is the channel's in-time target, as the table of targets gives its kind.
  if (appliesTo(c.kind, 'responseWithin')) {
    const r = t.responseWithin?.[0];
    return r ? { value: r.share, label: msg('charts.targetWithin', { share: pct(r.share), hours: r.hours }), yLabel: msg('charts.shareWithin', { hours: r.hours }), short: msg('charts.shareWithin', { hours: r.hours }) } : null;
  }
  if (appliesTo(c.kind, 'callbackWithin')) {
    const r = t.callbackWithin;
    return r ? { value: r.share, label: msg('charts.targetCallback', { share: pct(r.share), minutes: r.minutes }), yLabel: msg('charts.shareCallback', { minutes: r.minutes }), short: msg('charts.shareCallback', { minutes: r.minutes }) } : null;
  }
  return t.serviceLevel
    ? { value: t.serviceLevel.share, label: msg('charts.targetSl', { share: pct(t.serviceLevel.share), seconds: t.serviceLevel.seconds }), yLabel: msg('charts.slWithin', { seconds: t.serviceLevel.seconds }), short: msg('charts.slShort') }
    : null;
}

export function bandsInput(outcome: ComparisonOutcome, s: ResolvedScenario, channelId: string, shown: readonly string[], focusDay: number | null): Omit<BandsInput, 'width' | 'height'> {
  const channel = s.channels.find((c) => c.id === channelId);
  const target = channelTarget(s, channelId);
  const series = outcome.strategies.filter((o) => shown.includes(o.id)).map((o) => {
    const band = o.simulated.serviceLevelByInterval[channelId] ?? { mean: [], lo: [], hi: [] };
    return { id: o.id, label: strategyName(o), colour: strategyColour(outcome, o.id), dashed: o.id === 'baseline', ...band };
  });
  return {
    title: msg('charts.bandsTitle', { channel: channel?.name ?? channelId, what: (target?.short ?? msg('charts.slShort')).toLowerCase() }),
    startDate: s.startDate,
    intervalMinutes: s.intervalMinutes,
    first: focusDay === null ? 0 : focusDay * s.intervalsPerDay,
    count: focusDay === null ? s.intervalCount : s.intervalsPerDay,
    series,
    target: target ? { value: target.value, label: target.label } : null,
    yLabel: target?.yLabel ?? msg('charts.shareThreshold'),
  };
}

const COST_COLOURS: Record<string, string> = { inhouse: '#0072B2', overtime: '#CC79A7', outsourcing: '#E69F00', temps: '#009E73', abandoned: '#D55E00', callback: '#56B4E9' };
/** The cost items in stacking order, named in the app's language (`charts.item_*`). */
export const costKeys = (): BarKey[] => Object.entries(COST_COLOURS).map(([key, colour]) => ({ key, label: msg(`charts.item_${key}`), colour }));

export function barsInput(outcome: ComparisonOutcome, s: ResolvedScenario, view: CostView = 'total'): Omit<BarsInput, 'width'> {
  const baseline = outcome.strategies[0]!;
  const extra = view === 'extra';
  return {
    title: extra ? msg('charts.barsTitleExtra') : msg('charts.barsTitleTotal'),
    currency: s.costs.currency,
    keys: costKeys(),
    xLabel: extra
      ? msg('charts.barsXExtra', { currency: s.costs.currency })
      : undefined,
    rows: outcome.strategies.map((o) => ({
      id: o.id,
      label: strategyName(o),
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
        id: o.id, label: strategyName(o), cost: costIn(o, view).mean, costCi95: costIn(o, view).ci95,
        serviceLevel: ch?.serviceLevel?.mean ?? ch?.withinTargets?.[0]?.mean ?? null,
        meetsTargets: !o.simulated.failures.some((f) => f.channelId === c.id),
        highlight: o.id === outcome.recommendation.strategyId,
      };
    });
    return [{
      channelId: c.id,
      title: msg('charts.scatterTitle', { channel: c.name, what: view === 'extra' ? msg('charts.extraCostLower') : msg('charts.costLower'), service: target.short.toLowerCase() }),
      currency: s.costs.currency,
      points,
      frontier: frontierOf(points),
      xLabel: view === 'extra' ? msg('charts.scatterXExtra', { currency: s.costs.currency }) : msg('charts.scatterXTotal', { currency: s.costs.currency }),
      target: { value: target.value, label: target.label },
      yLabel: target.yLabel,
      passLabel: msg('charts.passChannel', { channel: c.name }),
      failLabel: msg('charts.failChannel', { channel: c.name }),
    }];
  });
}
