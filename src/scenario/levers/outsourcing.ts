/**
 * Outsourcing overflow: an outsourcer pool with contracted (or elastic) agents over a window, its routing, quality, lead time and pricing (docs/model.md, "Levers" 1).
 * The schema is the lever's only statement of its parameters and defaults.
 */
import { z } from 'zod';
import * as L from '../limits';
import { bounded } from '../limits';
import { clock, count, id, isoDate, name, nonNegative, positive, share } from './fields';

const RoutingSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('share'), share: share() }),
  z.strictObject({ mode: z.literal('queueAbove'), queue: bounded(nonNegative(), L.QUEUE_CONTACTS) }),
  z.strictObject({ mode: z.literal('waitAbove'), seconds: bounded(nonNegative(), L.WAIT_SECONDS) }),
  z.strictObject({ mode: z.literal('channel') }),
], { error: "must have mode 'share', 'queueAbove', 'waitAbove' or 'channel'" });

const PricingSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('perContact'), rate: bounded(nonNegative(), L.HOURLY_COST) }),
  z.strictObject({ mode: z.literal('perMinute'), rate: bounded(nonNegative(), L.HOURLY_COST) }),
  z.strictObject({ mode: z.literal('perAgentHour'), rate: bounded(nonNegative(), L.HOURLY_COST) }),
], { error: "must have mode 'perContact', 'perMinute' or 'perAgentHour'" });

export const OutsourcingSchema = z.strictObject({
  kind: z.literal('outsourcing'),
  /** Id of the outsourcer pool (default `outsourcer`). */
  poolId: id().default('outsourcer'),
  name: name().optional(),
  /** Channels routed to the outsourcer (its skills, in priority order). */
  channels: z.array(id()).min(1, 'must name at least one channel').max(L.LEVER_LIST.max, L.sizeMessage(L.LEVER_LIST)),
  routing: RoutingSchema,
  start: isoDate(),
  end: isoDate(),
  from: clock().optional(),
  to: clock().optional(),
  /** Contracted productive agents per open interval of the window. */
  agents: bounded(count(), L.LEVER_AGENTS).default(0),
  elastic: z.boolean().default(false),
  /** Handle-time multiplier of its agents (1.1 = 10% slower than in-house). */
  ahtMultiplier: positive().min(0.2, 'must be ≥ 0.2').max(5, 'must be ≤ 5').default(1),
  fcr: share().default(1),
  decisionDate: isoDate().optional(),
  leadTimeDays: bounded(nonNegative(), L.LEAD_TIME_DAYS).default(0),
  onboardingHoursPerAgent: bounded(nonNegative(), L.ONBOARDING_HOURS).default(0),
  /** Cost of one hour of the client's trainer (default: the first in-house pool's hourly cost). */
  trainerHourlyCost: bounded(nonNegative(), L.HOURLY_COST).optional(),
  pricing: PricingSchema,
  setupFee: bounded(nonNegative(), L.FEE).default(0),
  minimumVolume: bounded(nonNegative(), L.MINIMUM_VOLUME).default(0),
}).superRefine((p, ctx) => {
  if (p.end < p.start) ctx.addIssue({ code: 'custom', path: ['end'], message: `must not be before start (${p.start})` });
  if (p.elastic && p.pricing.mode === 'perAgentHour') {
    ctx.addIssue({ code: 'custom', path: ['pricing', 'mode'], message: "must be 'perContact' or 'perMinute' for elastic capacity" });
  }
});

export type OutsourcingParams = z.infer<typeof OutsourcingSchema>;
