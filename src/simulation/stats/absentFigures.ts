/**
 * Figures that mean nothing for a channel kind (docs/model.md, "KPIs"), in one place: every
 * result of that kind — simulated or analytic, horizon, day or interval, JSON, table or page —
 * leaves them out rather than printing a number nobody should read.
 *
 * Email is answered hours later, overnight clock included: a mean "wait" of several hours is
 * not a speed of answer, and its "service level" is the share within the first response window,
 * already reported as `withinTarget`.
 */
import type { ChannelKind } from '../../scenario/schema';

export type AbsentFigure = 'serviceLevel' | 'serviceLevelOfAnswered' | 'asaSeconds';

export const ABSENT_FIGURES: Record<ChannelKind, readonly AbsentFigure[]> = {
  voice: [],
  chat: [],
  callback: [],
  email: ['serviceLevel', 'serviceLevelOfAnswered', 'asaSeconds'],
};

/** Whether `figure` exists for a channel of `kind`. */
export function hasFigure(kind: ChannelKind, figure: AbsentFigure): boolean {
  return !ABSENT_FIGURES[kind].includes(figure);
}

/** `figures` without the ones that mean nothing for `kind` (a copy; the keys are absent, not null). */
export function withoutAbsent<T extends object>(kind: ChannelKind, figures: T): T {
  const out = { ...figures } as Record<string, unknown>;
  for (const key of ABSENT_FIGURES[kind]) delete out[key];
  return out as T;
}
