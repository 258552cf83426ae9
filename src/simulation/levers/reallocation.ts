/**
 * Channel reallocation (réaffectation): agents of a chat/email pool serve voice first.
 *
 * - `planned`: these days, these hours, up to `maxAgents` productive agents move. It is a pool
 *   split: the moved agents form an in-house pool whose first skill is the target channel (paid
 *   as before: the scheduled hours move with them), so both engines see it without a rule.
 * - `dynamic`: a rule for the simulator (queue above Q or projected wait above X s moves up to M
 *   agents, who finish the contact in hand first; release with hysteresis once the queue is back
 *   to `releaseBelowQueue`). The analytic path moves, in each interval of the window, as many
 *   agents as voice lacks to meet its targets, up to M.
 * - `chatStandby`: while agents are moved (dynamic) or during the planned hours, arriving chats
 *   are deflected: `moveTo` shares go to other channels, the rest is lost (offered, not answered).
 * - `emailDeferral`: the email channel's response windows stretch by `extraHours` (the backlog
 *   grows, and is judged against the stretched target).
 */
import type { ReallocationParams } from '../../scenario/levers/reallocation';
import type { ResolvedPool } from '../../scenario/model';
import { NO_SOURCE_POOL, NO_VOICE_CHANNEL } from '../../scenario/levers/references';
import type { LeverModule } from './module';
import { channelRef, cloneForLever, inhousePoolRef } from './module';
import { windowMask } from './window';

export const reallocationLever: LeverModule<ReallocationParams> = {
  kind: 'reallocation',
  apply(input, p, ctx) {
    const s = cloneForLever(input);
    const voice = s.channels.find((c) => c.kind === 'voice');
    const to = p.toChannel !== undefined ? channelRef(s, p.toChannel, ctx, 'toChannel') : voice?.index ?? null;
    if (to === null) {
      if (p.toChannel === undefined) ctx.problems.push({ path: `${ctx.path}.toChannel`, message: NO_VOICE_CHANNEL });
      return input;
    }
    const fromIndex = p.fromPoolId !== undefined
      ? inhousePoolRef(s, p.fromPoolId, ctx, 'fromPoolId')
      : (s.pools.find((q) => q.kind === 'inhouse' && q.skills[0] !== to && q.skills.some((c) => c !== to))
        ?? s.pools.find((q) => q.kind === 'inhouse' && q.skills.some((c) => c !== to)))?.index ?? null;
    if (fromIndex === null) {
      if (p.fromPoolId === undefined) ctx.problems.push({ path: `${ctx.path}.fromPoolId`, message: NO_SOURCE_POOL });
      return input;
    }
    const standbyChannel = p.chatStandby ? channelRef(s, p.chatStandby.channel, ctx, 'chatStandby.channel') : null;
    const standbyMoves = (p.chatStandby?.moveTo ?? []).map((m, k) => ({ channelIndex: channelRef(s, m.channel, ctx, `chatStandby.moveTo[${k}].channel`), share: m.share }));
    const deferred = p.emailDeferral ? channelRef(s, p.emailDeferral.channel, ctx, 'emailDeferral.channel') : null;
    if ((p.chatStandby && standbyChannel === null) || standbyMoves.some((m) => m.channelIndex === null) || (p.emailDeferral && deferred === null)) return input;

    const mask = windowMask(s, { days: p.days, start: p.start, end: p.end, from: p.from, to: p.to });
    const source = s.pools[fromIndex];
    if (p.mode === 'planned') {
      const moved = source.productive.map((n, i) => (mask[i] ? Math.min(p.maxAgents, n) : 0));
      const movedScheduled = moved.map((m, i) => Math.min(source.scheduled[i], m / (1 - source.shrinkage)));
      s.pools[fromIndex] = {
        ...source,
        productive: source.productive.map((n, i) => n - moved[i]),
        scheduled: source.scheduled.map((n, i) => n - movedScheduled[i]),
      };
      const split: ResolvedPool = {
        ...source,
        index: s.pools.length,
        id: `${source.id}-to-${s.channels[to].id}`,
        name: `${source.name} → ${s.channels[to].name}`,
        skills: [to, ...source.skills.filter((c) => c !== to)],
        productive: moved,
        scheduled: movedScheduled,
      };
      s.pools.push(split);
    } else {
      s.reallocation.push({
        fromPoolIndex: fromIndex,
        toChannelIndex: to,
        maxAgents: p.maxAgents,
        queueAbove: p.queueAbove ?? null,
        waitAboveSeconds: p.waitAboveSeconds ?? null,
        releaseBelowQueue: p.releaseBelowQueue,
        active: mask,
      });
    }
    if (standbyChannel !== null) {
      s.deflection.push({
        channelIndex: standbyChannel,
        moveTo: standbyMoves as { channelIndex: number; share: number }[],
        active: mask,
        whileReallocating: p.mode === 'dynamic',
      });
    }
    if (deferred !== null && p.emailDeferral) {
      const targets = s.channels[deferred].targets;
      s.channels[deferred] = {
        ...s.channels[deferred],
        targets: { ...targets, responseWithin: targets.responseWithin?.map((t) => ({ ...t, hours: t.hours + p.emailDeferral!.extraHours })) },
      };
      s.notes.push(`${s.channels[deferred].id}: response targets stretched by ${p.emailDeferral.extraHours} h`);
    }
    return s;
  },
};

export type { ReallocationParams };
