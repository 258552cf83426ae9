/**
 * Overtime (heures supplémentaires): each agent of an in-house pool who takes part works
 * `hoursPerAgentPerDay` extra hours a day (never above `capHoursPerDay`), paid at
 * hourly cost × `premium`.
 *
 * Where the hours go: the day's agents are estimated as its paid hours ÷ `shiftHours`; their
 * extra agent-hours are spread over the day's open intervals (the pool's channels expect
 * arrivals) by water-filling — each extra head goes to the interval whose load per productive
 * agent is highest — with at most one extra head per taking-part agent in an interval. An extra
 * hour is counted fully productive (no meetings or breaks are planned in it), and it is added to
 * `productive`, not to `scheduled`, so that the in-house cost stays the base pay and the
 * overtime is billed once, at its premium rate.
 */
import * as L from '../../scenario/limits';
import type { OvertimeParams } from '../../scenario/levers/overtime';
import type { LeverModule } from './module';
import { cloneForLever, inhousePoolRef } from './module';
import { intervalHours, windowMask } from './window';
import { waterFill } from './waterFill';

export const overtimeLever: LeverModule<OvertimeParams> = {
  kind: 'overtime',
  apply(input, p, ctx) {
    const s = cloneForLever(input);
    const poolIndex = inhousePoolRef(s, p.poolId, ctx, 'poolId');
    if (poolIndex === null) return input;
    const pool = s.pools[poolIndex];
    const ipd = s.intervalsPerDay;
    const hours = intervalHours(s);
    const perAgent = Math.min(p.hoursPerAgentPerDay, p.capHoursPerDay);
    const inWindow = windowMask(s, { start: p.start, end: p.end });
    const productive = [...pool.productive];
    const extraHours = new Array<number>(s.intervalCount).fill(0);
    // First the extra heads of each day, then the work budget (limits.ts) over the whole lever,
    // before any filling: a refusal costs nothing.
    const days: { open: number[]; agents: number; heads: number }[] = [];
    let steps = 0;
    for (let d = 0; d < s.days; d++) {
      let paid = 0;
      for (let j = 0; j < ipd; j++) paid += pool.scheduled[d * ipd + j] * hours;
      const agents = Math.floor((paid / p.shiftHours) * p.participation + 1e-9);
      // Whole extra heads: agents × hours each ÷ interval length.
      const heads = Math.floor((agents * perAgent) / hours + 1e-9);
      // Overtime is worked on shift or as a shift extension: within `reach` intervals of one the
      // team is scheduled in (never a lone agent in the middle of the night).
      const reach = Math.ceil(perAgent / hours - 1e-9);
      const nearShift = (i: number) => {
        for (let k = Math.max(0, i - reach); k <= Math.min(s.intervalCount - 1, i + reach); k++) if (pool.scheduled[k] > 0) return true;
        return false;
      };
      const open: number[] = [];
      for (let j = 0; j < ipd; j++) {
        const i = d * ipd + j;
        if (inWindow[i] && nearShift(i) && pool.skills.some((c) => s.arrivals[c][i] > 0)) open.push(i);
      }
      if (agents === 0 || open.length === 0) continue;
      days.push({ open, agents, heads });
      steps += Math.min(heads, open.length * agents);
    }
    if (steps > L.LEVER_SIZING_STEPS.max) {
      ctx.problems.push({ path: `${ctx.path}.hoursPerAgentPerDay`, message: L.exceedsMessage('the overtime to place (extra agents × intervals, summed over days)', steps, L.LEVER_SIZING_STEPS) });
      return input;
    }
    for (const { open, agents, heads } of days) {
      const load = open.map((i) => pool.skills.reduce((sum, c) => sum + s.arrivals[c][i] * s.channels[c].aht.mean, 0));
      const added = waterFill(load, open.map((i) => productive[i]), agents, heads);
      open.forEach((i, k) => {
        productive[i] += added[k]!;
        extraHours[i] = added[k]! * hours;
      });
    }
    s.pools[poolIndex] = { ...pool, productive };
    s.leverCosts.overtime.push({ poolIndex, hours: extraHours, hourlyCost: pool.hourlyCost, premium: p.premium });
    return s;
  },
};

export type { OvertimeParams };
