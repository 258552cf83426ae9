/**
 * Outsourcing overflow: an outsourcer pool (contracted agents per interval over a date window, or
 * elastic capacity) and the rules that route contacts to it.
 *
 * Choices a planner would expect, written down:
 * - The outsourcer's agents are productive agents as billed: no shrinkage on the client's side.
 * - Contracted agents are present in the window's intervals where a routed channel is open
 *   (has forecast arrivals), within the optional daily hours.
 * - With `decisionDate`, nothing starts before decision + `leadTimeDays` (the contract lead time).
 * - Elastic capacity is a head-count that never binds: the whole channel's traffic plus a
 *   three-sigma margin, so the DES routes without waiting and the analytic path stays finite.
 *   It is billed per contact or per minute only (a per-agent-hour price needs a contracted count).
 */
import { z } from 'zod';
import type { ResolvedPool } from '../../scenario/model';
import type { LeverModule } from './module';
import * as L from '../../scenario/limits';
import { bounded } from '../../scenario/limits';
import { channelRef, clock, cloneForLever, count, id, isoDate, nonNegative, positive, share, str } from './module';
import type { RoutingRule } from './types';
import { dayIndex, openMask, windowMask } from './window';

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
  name: str().optional(),
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

/** Head-count that never binds: the channel's whole traffic plus three standard deviations. */
function elasticAgents(arrivals: number, ahtSeconds: number, intervalSeconds: number): number {
  const erlangs = (arrivals * ahtSeconds) / intervalSeconds;
  return erlangs === 0 ? 0 : Math.ceil(erlangs + 3 * Math.sqrt(erlangs) + 1);
}

export const outsourcingLever: LeverModule<OutsourcingParams> = {
  kind: 'outsourcing',
  schema: OutsourcingSchema,
  apply(input, p, ctx) {
    const s = cloneForLever(input);
    const channels = p.channels.map((c, k) => channelRef(s, c, ctx, `channels[${k}]`));
    if (channels.some((c) => c === null)) return input;
    const skills = channels as number[];
    let startDay = dayIndex(s.startDate, p.start);
    if (p.decisionDate !== undefined) {
      const earliest = dayIndex(s.startDate, p.decisionDate) + Math.ceil(p.leadTimeDays);
      if (earliest > startDay) {
        s.notes.push(`${p.poolId}: contract decided ${p.decisionDate} with ${p.leadTimeDays} days' lead time starts on day ${earliest + 1}, not ${p.start}`);
        startDay = earliest;
      }
    }
    const inWindow = windowMask(s, { start: p.start, end: p.end, from: p.from, to: p.to });
    const open = openMask(s, skills);
    const active = inWindow.map((w, i) => w && open[i] && Math.floor(i / s.intervalsPerDay) >= startDay);
    const productive = active.map((on, i) => {
      if (!on) return 0;
      if (!p.elastic) return p.agents;
      return Math.max(...skills.map((c) => elasticAgents(s.arrivals[c][i], s.channels[c].aht.mean * p.ahtMultiplier, s.intervalSeconds)));
    });
    const index = s.pools.length;
    const pool: ResolvedPool = {
      index,
      id: p.poolId,
      name: p.name ?? p.poolId,
      kind: 'outsourcer',
      skills,
      scheduled: productive,
      productive,
      shrinkage: 0,
      hourlyCost: 0, // billed by its pricing, see cost/
      ahtMultiplier: new Array<number>(s.intervalCount).fill(p.ahtMultiplier),
    };
    s.pools.push(pool);
    for (const channelIndex of skills) {
      s.routing.push({ ...p.routing, channelIndex, poolIndex: index, active } as RoutingRule);
    }
    const firstInhouse = s.pools.find((q) => q.kind === 'inhouse');
    s.leverCosts.outsourcers.push({
      poolIndex: index,
      pricing: p.pricing,
      setupFee: p.setupFee,
      minimumVolume: p.minimumVolume,
      onboardingHours: Math.max(0, ...productive) * (p.elastic ? 0 : p.onboardingHoursPerAgent),
      trainerHourlyCost: p.trainerHourlyCost ?? firstInhouse?.hourlyCost ?? 0,
      fcr: p.fcr,
      elastic: p.elastic,
    });
    if (!active.some(Boolean)) s.notes.push(`${p.poolId}: no open interval inside the contract window`);
    return s;
  },
};
