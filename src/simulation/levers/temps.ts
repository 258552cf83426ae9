/**
 * Temporary hiring (CDD / intérim): K temps decided on a date.
 *
 * Timeline, in calendar days from the decision: recruitment (`leadTimeDays`), then paid training
 * (`trainingDays`, scheduled but not productive, with one in-house trainer per
 * `traineesPerTrainer` trainees pulled off the floor during the training hours), then production
 * with a ramp-up: the handle-time multiplier falls linearly from `rampStartMultiplier` on the
 * first productive day to 1 after `rampDays` days. Head-count decays by `attritionPerDay` from the
 * first day (an expected, fractional head-count: paid hours are expected hours), and stops after
 * `contractEnd`.
 *
 * Shifts follow the reference in-house pool's opening hours: each temp works `hoursPerDay` on the
 * days that pool works, spread in proportion to that pool's scheduled head-count, never more than
 * one head per temp in an interval. Training that happened before the horizon is billed (same
 * daily hours, on the share of days the pool works) though it changes nothing inside it.
 */
import type { TempsParams } from '../../scenario/levers/temps';
import type { ResolvedPool } from '../../scenario/model';
import type { LeverModule } from './module';
import { channelRef, cloneForLever, inhousePoolRef } from './module';
import { dayIndex, intervalHours } from './window';

/** Handle-time multiplier on productive day `r` (0 = first productive day). */
export function rampMultiplier(r: number, rampDays: number, startMultiplier: number): number {
  if (rampDays <= 0 || r >= rampDays) return 1;
  return startMultiplier - ((startMultiplier - 1) * r) / rampDays;
}

export const tempsLever: LeverModule<TempsParams> = {
  kind: 'temps',
  apply(input, p, ctx) {
    const s = cloneForLever(input);
    const skills = p.skills.map((c, k) => channelRef(s, c, ctx, `skills[${k}]`));
    const refIndex = inhousePoolRef(s, p.referencePoolId, ctx, 'referencePoolId', skills[0] ?? undefined);
    if (skills.some((c) => c === null) || refIndex === null) return input;
    const ref = s.pools[refIndex];
    const ipd = s.intervalsPerDay;
    const hours = intervalHours(s);
    const shrinkage = p.shrinkage ?? ref.shrinkage;
    const arrival = dayIndex(s.startDate, p.decisionDate) + Math.ceil(p.leadTimeDays);
    const productiveStart = arrival + Math.ceil(p.trainingDays);
    const lastDay = p.contractEnd === undefined ? Number.POSITIVE_INFINITY : dayIndex(s.startDate, p.contractEnd);
    const alive = (d: number) => p.count * (1 - p.attritionPerDay) ** Math.max(0, d - arrival);

    const scheduled = new Array<number>(s.intervalCount).fill(0);
    const productive = new Array<number>(s.intervalCount).fill(0);
    const multiplier = new Array<number>(s.intervalCount).fill(1);
    const refProductive = [...ref.productive];
    let trainerHours = 0;
    let workedDays = 0;
    for (let d = 0; d < s.days; d++) {
      let daySum = 0;
      for (let j = 0; j < ipd; j++) daySum += ref.scheduled[d * ipd + j] * hours;
      if (daySum > 0) workedDays++;
      if (daySum <= 0 || d < arrival || d > lastDay) continue;
      const heads = alive(d);
      const training = d < productiveStart;
      for (let j = 0; j < ipd; j++) {
        const i = d * ipd + j;
        const paid = Math.min(heads, (heads * p.hoursPerDay * ref.scheduled[i]) / daySum);
        scheduled[i] = paid;
        if (training) {
          const trainers = paid > 0 ? Math.min(refProductive[i], Math.ceil(paid / p.traineesPerTrainer - 1e-9)) : 0;
          refProductive[i] -= trainers;
          trainerHours += trainers * hours;
        } else {
          productive[i] = Math.round(paid * (1 - shrinkage));
          multiplier[i] = rampMultiplier(d - productiveStart, p.rampDays, p.rampStartMultiplier);
        }
      }
    }
    // Paid time before the horizon: the days the reference pool works, in the same proportion.
    const workShare = s.days > 0 ? workedDays / s.days : 0;
    let paidHoursBeforeHorizon = 0;
    for (let d = arrival; d < Math.min(0, lastDay + 1); d++) {
      const dayHours = alive(d) * p.hoursPerDay * workShare;
      paidHoursBeforeHorizon += dayHours;
      if (d < productiveStart) trainerHours += Math.ceil(alive(d) / p.traineesPerTrainer - 1e-9) * p.hoursPerDay * workShare;
    }

    s.pools[refIndex] = { ...ref, productive: refProductive };
    const pool: ResolvedPool = {
      index: s.pools.length,
      id: p.poolId,
      name: p.name ?? p.poolId,
      kind: 'temps',
      skills: skills as number[],
      scheduled,
      productive,
      shrinkage,
      hourlyCost: p.hourlyWage * p.agencyCoefficient,
      ahtMultiplier: multiplier,
    };
    s.pools.push(pool);
    s.leverCosts.temps.push({
      poolIndex: pool.index,
      paidHoursBeforeHorizon,
      hourlyWage: p.hourlyWage,
      agencyCoefficient: p.agencyCoefficient,
      trainerHours,
      trainerHourlyCost: ref.hourlyCost,
    });
    if (productiveStart >= s.days) s.notes.push(`${p.poolId}: decided ${p.decisionDate}, the temps are productive only after the horizon`);
    return s;
  },
};

export type { TempsParams };
