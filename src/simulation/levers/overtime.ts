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
import type { OvertimeParams } from '../../scenario/levers/overtime';
import type { LeverModule } from './module';
import { cloneForLever, inhousePoolRef } from './module';
import { intervalHours, windowMask } from './window';

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
    for (let d = 0; d < s.days; d++) {
      let paid = 0;
      for (let j = 0; j < ipd; j++) paid += pool.scheduled[d * ipd + j] * hours;
      const agents = Math.floor((paid / p.shiftHours) * p.participation + 1e-9);
      // Whole extra heads: agents × hours each ÷ interval length.
      let heads = Math.floor((agents * perAgent) / hours + 1e-9);
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
      const load = new Map<number, number>(open.map((i) => [i, pool.skills.reduce((sum, c) => sum + s.arrivals[c][i] * s.channels[c].aht.mean, 0)]));
      const added = new Map<number, number>(open.map((i) => [i, 0]));
      while (heads > 0) {
        let best = -1;
        let bestScore = -1;
        for (const i of open) {
          const a = added.get(i) ?? 0;
          if (a >= agents) continue;
          const score = (load.get(i) ?? 0) / (productive[i] + a + 1);
          if (score > bestScore) { bestScore = score; best = i; }
        }
        if (best < 0) break;
        added.set(best, (added.get(best) ?? 0) + 1);
        heads--;
      }
      for (const [i, a] of added) {
        productive[i] += a;
        extraHours[i] = a * hours;
      }
    }
    s.pools[poolIndex] = { ...pool, productive };
    s.leverCosts.overtime.push({ poolIndex, hours: extraHours, hourlyCost: pool.hourlyCost, premium: p.premium });
    return s;
  },
};

export type { OvertimeParams };
