/**
 * The cost model (docs/model.md, "Costs") of one strategy over the horizon.
 *
 * - In-house: paid (scheduled) hours × loaded hourly cost, busy or not, shrinkage included.
 *   A planned reallocation's split pool is in-house: its agents are paid as before.
 * - Overtime: hours × hourly cost × premium (the premium is the full multiplier, 1.25 = +25%).
 * - Outsourcer, by pricing mode: per handled contact, per handled minute, or per contracted
 *   agent-hour; billed at least the minimum volume (in the pricing unit); plus the setup fee and
 *   the onboarding hours at the client's trainer cost.
 * - Temps: every paid hour (training included, before the horizon too) × wage × agency
 *   coefficient, plus the trainers' hours at their hourly cost. docs/model.md asks for that trainer
 *   time as a cost: it is an opportunity cost, their pay is also in `inhouse`.
 * - Abandoned: abandoned contacts × the scenario's cost per abandoned contact (0 by default).
 * - Web call back: the agents' time is in the pay above; each call-back attempt (reached or not)
 *   adds the lever's optional cost per call back (telephony).
 * Volumes come from the analytic plan or from the simulation's means; the model does not care.
 */
import type { StrategyScenario } from '../levers/types';

/** Handled volume of one pool over the horizon. */
export interface PoolVolume {
  contacts: number;
  minutes: number;
}

export interface CostInput {
  /** Per pool index (missing pools handled nothing). */
  handled: PoolVolume[];
  abandoned: number;
  answered: number;
  /** Web call-back attempts dialled, per channel index (absent: none). */
  callbackAttempts?: number[];
}

export interface CostLine {
  lever: 'inhouse' | 'overtime' | 'outsourcing' | 'temps' | 'abandoned' | 'callback';
  poolId: string | null;
  label: string;
  amount: number;
}

export interface CostBreakdown {
  inhouse: number;
  overtime: number;
  outsourcing: number;
  temps: number;
  abandoned: number;
  /** Web call back's cost per attempt (its agents' time is in `inhouse`). */
  callback: number;
}

export interface StrategyCost {
  total: number;
  currency: string;
  breakdown: CostBreakdown;
  lines: CostLine[];
  /** null when nothing was answered. */
  costPerAnswered: number | null;
}

const nonNegative = (x: number) => (Number.isFinite(x) && x > 0 ? x : 0);

function paidHours(scheduled: number[], hoursPerInterval: number): number {
  let sum = 0;
  for (const n of scheduled) sum += n;
  return sum * hoursPerInterval;
}

/** The strategy's cost, from its scenario and the volumes each pool handled. */
export function strategyCost(s: StrategyScenario, input: CostInput): StrategyCost {
  const h = s.intervalMinutes / 60;
  const lines: CostLine[] = [];
  const add = (lever: CostLine['lever'], poolId: string | null, label: string, amount: number) => {
    lines.push({ lever, poolId, label, amount: nonNegative(amount) });
  };
  for (const pool of s.pools) {
    if (pool.kind === 'inhouse') add('inhouse', pool.id, `${pool.name}: paid hours`, paidHours(pool.scheduled, h) * pool.hourlyCost);
  }
  for (const ot of s.leverCosts.overtime) {
    add('overtime', s.pools[ot.poolIndex].id, `${s.pools[ot.poolIndex].name}: overtime`, ot.hours.reduce((a, b) => a + b, 0) * ot.hourlyCost * ot.premium);
  }
  for (const o of s.leverCosts.outsourcers) {
    const pool = s.pools[o.poolIndex];
    const done = input.handled[o.poolIndex] ?? { contacts: 0, minutes: 0 };
    const volume = o.pricing.mode === 'perContact' ? done.contacts
      : o.pricing.mode === 'perMinute' ? done.minutes
        : paidHours(pool.scheduled, h);
    add('outsourcing', pool.id, `${pool.name}: ${o.pricing.mode}`, Math.max(volume, o.minimumVolume) * o.pricing.rate);
    add('outsourcing', pool.id, `${pool.name}: setup fee`, o.setupFee);
    add('outsourcing', pool.id, `${pool.name}: onboarding`, o.onboardingHours * o.trainerHourlyCost);
  }
  for (const t of s.leverCosts.temps) {
    const pool = s.pools[t.poolIndex];
    add('temps', pool.id, `${pool.name}: paid hours`, (paidHours(pool.scheduled, h) + t.paidHoursBeforeHorizon) * t.hourlyWage * t.agencyCoefficient);
    add('temps', pool.id, `${pool.name}: trainers' time`, t.trainerHours * t.trainerHourlyCost);
  }
  add('abandoned', null, 'abandoned contacts', input.abandoned * s.costs.abandonedContactCost);
  for (const rule of s.callbacks) {
    add('callback', null, `${s.channels[rule.channelIndex].name}: web call backs`, (input.callbackAttempts?.[rule.channelIndex] ?? 0) * rule.costPerCallback);
  }

  const breakdown: CostBreakdown = { inhouse: 0, overtime: 0, outsourcing: 0, temps: 0, abandoned: 0, callback: 0 };
  for (const line of lines) breakdown[line.lever] += line.amount;
  const total = breakdown.inhouse + breakdown.overtime + breakdown.outsourcing + breakdown.temps + breakdown.abandoned + breakdown.callback;
  return {
    total,
    currency: s.costs.currency,
    breakdown,
    lines: lines.filter((l) => l.amount > 0 || l.lever === 'inhouse'),
    costPerAnswered: input.answered > 0 ? total / input.answered : null,
  };
}
