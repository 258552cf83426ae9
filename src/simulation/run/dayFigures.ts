/**
 * The simulated figures of each channel day by day, with their 95% half-widths: what the
 * comparison CSV lists (strategy × channel × day). Made in the worker from the full result
 * (src/simulation/run/shape.ts); a few kB per strategy, unlike the per-interval result.
 */
import type { SimulationResult } from '../stats';

/** A mean and the half-width of its 95% interval (null: the figure does not exist that day). */
export interface DayFigure { mean: number; ci95: number }

export interface DayFigures {
  offered: DayFigure;
  answered: DayFigure;
  abandoned: DayFigure;
  serviceLevel: DayFigure | null;
  answerRate: DayFigure | null;
  asaSeconds: DayFigure | null;
  occupancy: DayFigure;
}

const fig = (e: { mean: number; ci95: number }): DayFigure => ({ mean: e.mean, ci95: Number.isFinite(e.ci95) ? e.ci95 : 0 });
const ifAny = (offered: number, e: { mean: number; ci95: number } | null) => (offered > 0 && e !== null && Number.isFinite(e.mean) ? fig(e) : null);

/** Per channel id, one entry per day of the horizon. */
export function dayFigures(result: Pick<SimulationResult, 'days'>): Record<string, DayFigures[]> {
  const out: Record<string, DayFigures[]> = {};
  for (const [channelId, days] of Object.entries(result.days)) {
    out[channelId] = days.map((d) => ({
      offered: fig(d.offered),
      answered: fig(d.answered),
      abandoned: fig(d.abandoned),
      // A day with no contact has no service level, answer rate or wait: empty, not 0 or 1.
      serviceLevel: ifAny(d.offered.mean, d.serviceLevel ?? null),
      answerRate: ifAny(d.offered.mean, d.answerRate),
      asaSeconds: ifAny(d.answered.mean, d.asaSeconds ?? null),
      occupancy: fig(d.occupancy),
    }));
  }
  return out;
}
