/**
 * The KPI table's columns: one per target of each channel — what the verdict is judged on — with
 * the simulated figure (mean ± 95% half-width), the analytic one, and pass/fail taken from the
 * engines' own failure lists (per day, as the verdict is), so the table never disagrees with it.
 */
import { formatPercent } from '../format';
import { t } from '../i18n';
import type { ResolvedScenario } from '../../scenario/model';
import { promisesKeptGoal, TARGETS_BY_KIND, type TargetKey, type TargetName } from '../../scenario/targets';
import type { Failure } from '../../simulation/compare/kpis';
import type { Estimate } from '../../simulation/stats';
import type { StrategyOutcome } from '../../simulation/run/jobTypes';

export interface KpiColumn {
  key: string;
  channelId: string;
  channelName: string;
  target: TargetName;
  hours?: number;
  /** "Service level, 80 % in 20 s". */
  label: string;
  goal: number;
  unit: 'share' | 'seconds';
  simulated: (o: StrategyOutcome) => Estimate | null;
  analytic: (o: StrategyOutcome) => number | null;
  /** Whether the strategy is held to this target at all (absent: every strategy is). */
  judges?: (o: StrategyOutcome) => boolean;
}

const pct = (x: number) => formatPercent(x, Math.round(x * 1000) % 10 === 0 ? 0 : 1);
const c_ = (key: string, values: Record<string, unknown>) => t(`comparison.${key}`, values);

/** One column per target of each channel, in the order of the table of targets (scenario/targets.ts). */
export function kpiColumns(s: ResolvedScenario): KpiColumn[] {
  const out: KpiColumn[] = [];
  const firstVoice = s.channels.find((x) => x.kind === 'voice')?.id;
  for (const c of s.channels) {
    const t = c.targets;
    const base = { channelId: c.id, channelName: c.name };
    const sim = (o: StrategyOutcome) => o.simulated.channels[c.id];
    const ana = (o: StrategyOutcome) => o.analytic.channels[c.id];
    const windows = (): KpiColumn[] => {
      const list = c.kind === 'email'
        ? (t.responseWithin ?? []).map((r) => ({ share: r.share, hours: r.hours, label: c_('kpi_within', { share: pct(r.share), hours: r.hours }) }))
        : t.callbackWithin ? [{ share: t.callbackWithin.share, hours: t.callbackWithin.minutes / 60, label: c_('kpi_callback', { share: pct(t.callbackWithin.share), minutes: t.callbackWithin.minutes }) }] : [];
      return list.map((w, k) => ({
        ...base, key: `${c.id}:within:${k}`, target: c.kind === 'email' ? 'responseWithin' : 'callbackWithin',
        // Matched by hours only when there are several windows (a deferral lever stretches them).
        hours: c.kind === 'email' && list.length > 1 ? w.hours : undefined,
        label: w.label, goal: w.share, unit: 'share',
        simulated: (o) => sim(o)?.withinTargets?.[k] ?? null, analytic: (o) => ana(o)?.withinTargets?.[k] ?? null,
      }));
    };
    const columns: Record<TargetKey, () => KpiColumn[]> = {
      serviceLevel: () => (t.serviceLevel ? [{ ...base, key: `${c.id}:sl`, target: 'serviceLevel', label: c_('kpi_sl', { share: pct(t.serviceLevel.share), seconds: t.serviceLevel.seconds }), goal: t.serviceLevel.share, unit: 'share', simulated: (o) => sim(o)?.serviceLevel ?? null, analytic: (o) => ana(o)?.serviceLevel ?? null }] : []),
      minAnswerRate: () => (t.minAnswerRate !== undefined ? [{ ...base, key: `${c.id}:ar`, target: 'answerRate', label: c_('kpi_ar', { share: pct(t.minAnswerRate) }), goal: t.minAnswerRate, unit: 'share', simulated: (o) => sim(o)?.answerRate ?? null, analytic: (o) => ana(o)?.answerRate ?? null }] : []),
      maxAsaSeconds: () => (t.maxAsaSeconds !== undefined ? [{ ...base, key: `${c.id}:asa`, target: 'maxAsaSeconds', label: c_('kpi_asa', { seconds: t.maxAsaSeconds }), goal: t.maxAsaSeconds, unit: 'seconds', simulated: (o) => sim(o)?.asaSeconds ?? null, analytic: (o) => ana(o)?.asaSeconds ?? null }] : []),
      maxOccupancy: () => (t.maxOccupancy !== undefined ? [{ ...base, key: `${c.id}:occ`, target: 'maxOccupancy', label: c_('kpi_occ', { share: pct(t.maxOccupancy) }), goal: t.maxOccupancy, unit: 'share', simulated: (o) => sim(o)?.occupancy ?? null, analytic: (o) => ana(o)?.occupancy ?? null }] : []),
      responseWithin: windows,
      callbackWithin: windows,
      // Only where a strategy offers web call backs on the channel (the judge's rule, kpis.ts).
      minPromisesKept: () => (s.strategies.some((st) => leversOfferCallback(st.levers, c.id, firstVoice === c.id)) ? [{
        ...base, key: `${c.id}:promises`, target: 'promisesKept', label: c_('kpi_promises', { share: pct(promisesKeptGoal(t)) }), goal: promisesKeptGoal(t), unit: 'share',
        simulated: (o) => sim(o)?.callbacks?.promisesKept ?? null, analytic: (o) => ana(o)?.callbacks?.promisesKept ?? null,
        judges: (o) => leversOfferCallback(o.levers, c.id, firstVoice === c.id),
      }] : []),
    };
    out.push(...TARGETS_BY_KIND[c.kind].flatMap((key) => columns[key]()));
  }
  return out;
}

/** Whether levers offer web call backs on channel `id` (`firstVoice`: it is the lever's default channel). */
function leversOfferCallback(levers: readonly unknown[], id: string, firstVoice: boolean): boolean {
  return levers.some((l) => {
    const lever = l as { kind?: string; channel?: string };
    return lever.kind === 'callback' && (lever.channel === undefined ? firstVoice : lever.channel === id);
  });
}

/** The failure of `failures` that is this column's target, if any. */
export function failureFor(column: KpiColumn, failures: readonly Failure[]): Failure | undefined {
  return failures.find((f) => f.channelId === column.channelId && f.target === column.target && (column.hours === undefined || f.hours === column.hours));
}
