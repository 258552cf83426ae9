/**
 * The scenario's optional `uncertainty` block (docs/scenario-format.md, "Uncertainty"): the
 * inputs a planner cannot state as one number — each peak event's factor, a handle-time
 * multiplier and extra absence on peak days, an outsourcer's ramp-up yield — each as a
 * distribution a planner can state: triangular (min / most likely / max) or a few named cases
 * with weights. The simulator draws one "world" of these per replication
 * (src/simulation/uncertainty/), the same worlds for every strategy.
 *
 * Bounds live in limits.ts; the references (event names, peak days to act on) are checked in
 * crossChecks.ts.
 */
import { z } from 'zod';
import * as L from './limits';
import { bounded } from './limits';
import { count, name, num } from './levers/fields';

/** A distribution of one uncertain input, its values within `l`. */
export const uncertainValue = (l: L.Limit) => {
  const value = () => bounded(num().min(l.min, L.belowMessage(l)), l);
  return z.discriminatedUnion('dist', [
    z.strictObject({ dist: z.literal('triangular'), min: value(), mode: value(), max: value() })
      .superRefine((t, ctx) => {
        if (t.mode < t.min) ctx.addIssue({ code: 'custom', path: ['mode'], message: `must be ≥ min (${t.min})` });
        if (t.max < t.mode) ctx.addIssue({ code: 'custom', path: ['max'], message: `must be ≥ mode (${t.mode})` });
      }),
    z.strictObject({
      dist: z.literal('cases'),
      cases: z.array(z.strictObject({
        name: name().min(1, 'must not be empty'),
        value: value(),
        weight: num().positive('must be > 0').max(1_000_000, 'must be ≤ 1,000,000: weights are relative'),
      }), { error: 'must be a list' }).min(L.UNCERTAIN_CASES.min, 'must hold at least one case').max(L.UNCERTAIN_CASES.max, L.sizeMessage(L.UNCERTAIN_CASES)),
    }),
  ], { error: "must be a distribution with dist 'triangular' or 'cases'" });
};

export const UncertaintySchema = z.strictObject({
  /** Per forecast event (named as in `forecast.events`): its factor at full strength. */
  events: z.array(z.strictObject({
    event: name().min(1, 'must not be empty'),
    factor: uncertainValue(L.EVENT_FACTOR),
  }), { error: 'must be a list' }).max(L.UNCERTAIN_EVENTS.max, L.sizeMessage(L.UNCERTAIN_EVENTS)).default([]),
  /** Handle time on peak days × this (every pool serving a channel at its peak). */
  peakHandleTime: uncertainValue(L.PEAK_AHT_MULTIPLIER).optional(),
  /** Extra absence on peak days, as a share of paid time on top of each pool's shrinkage. */
  peakAbsence: uncertainValue(L.PEAK_EXTRA_ABSENCE).optional(),
  /** Share of its contracted agents an outsourcer delivers while it ramps up. */
  outsourcerYield: uncertainValue(L.OUTSOURCER_YIELD).optional(),
  /** Days the yield lasts from an outsourcer's first working day; absent: the whole contract. */
  outsourcerRampDays: bounded(count().min(1, 'must be ≥ 1'), L.LEVER_DAYS).optional(),
  /** The probability of meeting every target the recommendation must reach. */
  confidence: bounded(num().min(L.CONFIDENCE.min, L.belowMessage(L.CONFIDENCE)), L.CONFIDENCE).default(0.9),
});

export type UncertainValue = z.infer<ReturnType<typeof uncertainValue>>;
export type Uncertainty = z.infer<typeof UncertaintySchema>;

/** The default confidence when a scenario states uncertainty (docs/model.md, "Uncertain inputs"). */
export const DEFAULT_CONFIDENCE = 0.9;

/** The smallest and largest value an uncertain input can take. */
export function valueRange(v: UncertainValue): { min: number; max: number } {
  if (v.dist === 'triangular') return { min: v.min, max: v.max };
  const values = v.cases.map((c) => c.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** Its most likely value: the mode, or the heaviest case (the first of equals). */
export function mostLikely(v: UncertainValue): number {
  if (v.dist === 'triangular') return v.mode;
  return v.cases.reduce((best, c) => (c.weight > best.weight ? c : best)).value;
}

/**
 * The value at quantile q ∈ (0, 1) of the distribution: the inverse of its distribution function
 * (one uniform gives one value, so a world's draws are monotone in their uniforms).
 * Triangular: F(x) = (x − a)² ÷ ((b − a)(c − a)) up to the mode c, 1 − (b − x)² ÷ ((b − a)(b − c))
 * after it. Cases: the first case whose cumulative weight reaches q, in the file's order.
 */
export function quantile(v: UncertainValue, q: number): number {
  if (v.dist === 'triangular') {
    const { min: a, mode: c, max: b } = v;
    if (b <= a) return a;
    const fc = (c - a) / (b - a);
    return q <= fc ? a + Math.sqrt(q * (b - a) * (c - a)) : b - Math.sqrt((1 - q) * (b - a) * (b - c));
  }
  const total = v.cases.reduce((t, c) => t + c.weight, 0);
  let cumulative = 0;
  for (const c of v.cases) {
    cumulative += c.weight / total;
    if (q <= cumulative + 1e-12) return c.value;
  }
  return v.cases[v.cases.length - 1]!.value;
}

const eventNames = (file: unknown): string[] => {
  const forecast = (file as { forecast?: { kind?: unknown; events?: unknown } } | null)?.forecast;
  if (forecast?.kind !== 'profile') return [];
  return Array.isArray(forecast.events) ? forecast.events.map((e) => (e as { name?: unknown })?.name).filter((n): n is string => typeof n === 'string') : [];
};

/**
 * The `uncertainty` block following an edit of the forecast's events (the editor, a CSV import
 * that bakes events into per-interval volumes): an entry naming an event that was renamed (same
 * place in the list) follows the new name; an entry naming an event that is gone is dropped, and
 * so are the peak-day inputs once no event is left to say which days are peak days
 * (docs/scenario-format.md, "Uncertainty"). Anything else is left as it is, for validation to
 * judge. `before` is the valid scenario before the edit; `candidate` the edited one, any shape.
 */
export function followForecastEvents<T>(before: { forecast: unknown; uncertainty?: Uncertainty }, candidate: T): T {
  const c = candidate as { uncertainty?: Partial<Uncertainty> } | null;
  const u = c?.uncertainty;
  if (!u || typeof u !== 'object' || before.uncertainty === undefined) return candidate;
  const was = eventNames(before);
  const now = eventNames(candidate);
  const sameEvents = was.length === now.length && was.every((n, k) => n === now[k]);
  if (sameEvents) return candidate;
  const next: Partial<Uncertainty> = { ...u };
  if (Array.isArray(u.events)) {
    next.events = u.events.flatMap((entry) => {
      if (now.includes(entry.event)) return [entry];
      const k = was.indexOf(entry.event);
      const renamed = k >= 0 && was.length === now.length && !was.includes(now[k]!) ? now[k] : undefined;
      return renamed === undefined ? [] : [{ ...entry, event: renamed }];
    });
  }
  if (now.length === 0) {
    delete next.peakHandleTime;
    delete next.peakAbsence;
  }
  return { ...(candidate as object), uncertainty: next } as T;
}
