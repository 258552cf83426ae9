/**
 * Web call back: during a window, a caller whose wait in the voice queue reaches `offerAfterSeconds`
 * is offered a call back; `acceptShare` of them accept, leave the queue and become call-back tasks
 * the centre promises to start within `promiseMinutes` (docs/model.md, "Levers" 5).
 * The schema is the lever's only statement of its parameters and defaults.
 *
 * Only the wait a caller has actually reached triggers the offer (the moment the wait reaches X):
 * a predicted wait at arrival is not supported (docs/modelling-choices.md, "Web call back").
 * The share of promises kept a channel is held to is a target of the channel (`minPromisesKept`,
 * default in src/scenario/targets.ts), not a parameter of the lever.
 */
import { z } from 'zod';
import * as L from '../limits';
import { bounded } from '../limits';
import { clock, id, isoDate, nonNegative, positive, share } from './fields';

export const CallbackSchema = z.strictObject({
  kind: z.literal('callback'),
  /** Voice channel whose waiting callers are offered a call back (default: the first voice channel). */
  channel: id().optional(),
  /** Window: days (start–end inclusive, or a list) and daily hours [from, to); absent = the horizon, all day. */
  start: isoDate().optional(),
  end: isoDate().optional(),
  days: z.array(isoDate()).max(L.LEVER_LIST.max, L.sizeMessage(L.LEVER_LIST)).optional(),
  from: clock().optional(),
  to: clock().optional(),
  /** X: a caller is offered a call back when the wait reaches this many seconds (default 60 s). */
  offerAfterSeconds: bounded(nonNegative(), L.WAIT_SECONDS).default(60),
  /** Share of offered callers who accept (default 50%); the others keep waiting. */
  acceptShare: share().default(0.5),
  /** W: the promise, minutes from acceptance to the start of the call back (default 60). */
  promiseMinutes: bounded(positive(), L.CALLBACK_PROMISE_MINUTES).default(60),
  /**
   * Priority rule: a task whose promise ends within this many minutes goes before live calls
   * (default 15); before that it waits until no live call of the agent's channels waits.
   */
  urgentMinutes: bounded(nonNegative(), L.CALLBACK_PROMISE_MINUTES).default(15),
  /** Handle time of a call back reached, as a multiple of the voice channel's (default 1). */
  ahtMultiplier: positive().min(0.2, 'must be ≥ 0.2').max(5, 'must be ≤ 5').default(1),
  /** Share of call-back attempts that fail to reach the caller (default 10%); a failed task is retried once. */
  failShare: share().default(0.1),
  /** Agent time a failed attempt takes, seconds (dialling, ringing, voicemail; default 60 s). */
  failedAttemptSeconds: bounded(positive(), L.HANDLE_TIME_SECONDS).default(60),
  /** Minutes after a failed attempt before the retry may be dialled (default 10). */
  retryAfterMinutes: bounded(nonNegative(), L.CALLBACK_PROMISE_MINUTES).default(10),
  /** Optional cost per call-back attempt (telephony), in the scenario's currency (default 0). */
  costPerCallback: bounded(nonNegative(), L.HOURLY_COST).default(0),
}).superRefine((p, ctx) => {
  if (p.start !== undefined && p.end !== undefined && p.end < p.start) ctx.addIssue({ code: 'custom', path: ['end'], message: `must not be before start (${p.start})` });
  if (p.urgentMinutes > p.promiseMinutes) ctx.addIssue({ code: 'custom', path: ['urgentMinutes'], message: `must be ≤ promiseMinutes (${p.promiseMinutes})` });
});

export type CallbackParams = z.infer<typeof CallbackSchema>;
