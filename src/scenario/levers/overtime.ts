/**
 * Overtime: extra hours per agent per day at a premium, capped (docs/model.md, "Levers" 4).
 * The schema is the lever's only statement of its parameters and defaults.
 */
import { z } from 'zod';
import * as L from '../limits';
import { bounded } from '../limits';
import { id, isoDate, num, positive, share } from './fields';

export const OvertimeSchema = z.strictObject({
  kind: z.literal('overtime'),
  poolId: id().optional(),
  hoursPerAgentPerDay: bounded(positive(), L.DAILY_HOURS),
  capHoursPerDay: bounded(positive(), L.DAILY_HOURS).default(2),
  premium: bounded(num().min(1, 'must be ≥ 1'), L.COST_MULTIPLIER).default(1.25),
  /** Share of the day's agents who take part. */
  participation: share().default(1),
  /** Length of a normal shift, hours: the day's agents = its paid hours ÷ this. */
  shiftHours: bounded(positive(), L.DAILY_HOURS).default(7),
  start: isoDate().optional(),
  end: isoDate().optional(),
}).superRefine((p, ctx) => {
  if (p.hoursPerAgentPerDay > p.capHoursPerDay) {
    ctx.addIssue({ code: 'custom', path: ['hoursPerAgentPerDay'], message: `must be ≤ capHoursPerDay (${p.capHoursPerDay})` });
  }
});

export type OvertimeParams = z.infer<typeof OvertimeSchema>;
