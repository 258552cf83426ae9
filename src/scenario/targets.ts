/**
 * The one table of targets by channel kind (docs/model.md, "Channels"): which targets a channel of
 * each kind can be held to, in the order the app and the command line list them, what each is
 * called in a verdict, and the target a new channel of the kind starts with. The schema's
 * cross-checks refuse the others (naming the field), the editor offers only these, the judge
 * judges every one of them, and the KPI table has a column for each.
 */
import type { ChannelKind, Targets } from './schema';

export type TargetKey = keyof Targets;

/** The name a target has in verdicts and failures (`failures[].target`, a contract). */
export type TargetName = 'serviceLevel' | 'answerRate' | 'maxAsaSeconds' | 'maxOccupancy' | 'responseWithin' | 'callbackWithin' | 'promisesKept';

export const TARGETS_BY_KIND: Record<ChannelKind, readonly TargetKey[]> = {
  voice: ['serviceLevel', 'minAnswerRate', 'maxAsaSeconds', 'maxOccupancy', 'minPromisesKept'],
  chat: ['serviceLevel', 'minAnswerRate', 'maxAsaSeconds', 'maxOccupancy'],
  callback: ['callbackWithin', 'maxOccupancy'],
  email: ['responseWithin', 'maxOccupancy'],
};

export const TARGET_NAMES: Record<TargetKey, TargetName> = {
  serviceLevel: 'serviceLevel',
  minAnswerRate: 'answerRate',
  maxAsaSeconds: 'maxAsaSeconds',
  maxOccupancy: 'maxOccupancy',
  responseWithin: 'responseWithin',
  callbackWithin: 'callbackWithin',
  minPromisesKept: 'promisesKept',
};

/** A target in plain English words (the command line's sentences and the page's English). */
export const TARGET_WORDS: Record<TargetName, string> = {
  serviceLevel: 'service level',
  answerRate: 'answer rate',
  maxAsaSeconds: 'average wait',
  maxOccupancy: 'occupancy',
  responseWithin: 'response time',
  callbackWithin: 'call-back time',
  promisesKept: 'call-back promises kept',
};

/**
 * The share of web call-back promises a voice channel is held to where a call-back lever acts on
 * it and its targets name no `minPromisesKept` (docs/model.md, "Levers" 5). A channel without
 * the lever has no promise to keep: the target is not judged there.
 */
export const DEFAULT_PROMISES_KEPT = 0.95;

export function promisesKeptGoal(targets: Targets): number {
  return targets.minPromisesKept ?? DEFAULT_PROMISES_KEPT;
}

/** Whether a channel of `kind` can be held to `target`. */
export function appliesTo(kind: ChannelKind, target: TargetKey): boolean {
  return TARGETS_BY_KIND[kind].includes(target);
}

/** A target every channel of the kind starts with, so a new kind is never held to nothing. */
export function startingTargets(kind: ChannelKind): Targets {
  if (kind === 'email') return { responseWithin: [{ share: 0.8, hours: 24 }] };
  if (kind === 'callback') return { callbackWithin: { share: 0.9, minutes: 60 } };
  return { serviceLevel: { share: 0.8, seconds: 20 } };
}
