/**
 * Channel reallocation: agents moved from chat or email onto voice, planned or when voice is overloaded, with chat standby and email deferral (docs/model.md, "Levers" 2).
 * The schema is the lever's only statement of its parameters and defaults.
 */
import { z } from 'zod';
import * as L from '../limits';
import { bounded } from '../limits';
import { clock, count, id, isoDate, nonNegative, share } from './fields';

export const ReallocationSchema = z.strictObject({
  kind: z.literal('reallocation'),
  mode: z.enum(['planned', 'dynamic'], { error: "must be 'planned' or 'dynamic'" }).default('dynamic'),
  fromPoolId: id().optional(),
  /** Channel the agents move to (default: the first voice channel). */
  toChannel: id().optional(),
  maxAgents: bounded(count(), L.LEVER_AGENTS),
  days: z.array(isoDate()).max(L.LEVER_LIST.max, L.sizeMessage(L.LEVER_LIST)).optional(),
  start: isoDate().optional(),
  end: isoDate().optional(),
  from: clock().optional(),
  to: clock().optional(),
  queueAbove: bounded(nonNegative(), L.QUEUE_CONTACTS).optional(),
  waitAboveSeconds: bounded(nonNegative(), L.WAIT_SECONDS).optional(),
  releaseBelowQueue: bounded(nonNegative(), L.QUEUE_CONTACTS).default(0),
  chatStandby: z.strictObject({
    channel: id(),
    moveTo: z.array(z.strictObject({ channel: id(), share: share() })).max(L.LEVER_LIST.max, L.sizeMessage(L.LEVER_LIST)).default([]),
  }).optional(),
  emailDeferral: z.strictObject({ channel: id(), extraHours: bounded(nonNegative(), L.DEFERRAL_HOURS) }).optional(),
}).superRefine((p, ctx) => {
  if (p.mode === 'dynamic' && p.queueAbove === undefined && p.waitAboveSeconds === undefined) {
    ctx.addIssue({ code: 'custom', path: ['queueAbove'], message: 'is required for a dynamic reallocation (or give waitAboveSeconds)' });
  }
  const moved = (p.chatStandby?.moveTo ?? []).reduce((sum, m) => sum + m.share, 0);
  if (moved > 1 + 1e-9) ctx.addIssue({ code: 'custom', path: ['chatStandby', 'moveTo'], message: `shares must add up to ≤ 1 (they add up to ${moved})` });
});

export type ReallocationParams = z.infer<typeof ReallocationSchema>;
