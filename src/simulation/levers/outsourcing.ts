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
import type { OutsourcingParams } from '../../scenario/levers/outsourcing';
import type { ResolvedPool } from '../../scenario/model';
import type { LeverModule } from './module';
import { channelRef, cloneForLever } from './module';
import type { RoutingRule } from './types';
import { dayIndex, openMask, windowMask } from './window';

/** Head-count that never binds: the channel's whole traffic plus three standard deviations. */
export function elasticAgents(arrivals: number, ahtSeconds: number, intervalSeconds: number): number {
  const erlangs = (arrivals * ahtSeconds) / intervalSeconds;
  return erlangs === 0 ? 0 : Math.ceil(erlangs + 3 * Math.sqrt(erlangs) + 1);
}

export const outsourcingLever: LeverModule<OutsourcingParams> = {
  kind: 'outsourcing',
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

export type { OutsourcingParams };
