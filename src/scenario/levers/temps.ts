/**
 * Temporary hiring: K temps decided on a date, with recruitment, paid training, ramp-up, attrition and agency cost (docs/model.md, "Levers" 3).
 * The schema is the lever's only statement of its parameters and defaults.
 */
import { z } from 'zod';
import * as L from '../limits';
import { bounded } from '../limits';
import { count, id, isoDate, name, nonNegative, num, positive, share } from './fields';

export const TempsSchema = z.strictObject({
  kind: z.literal('temps'),
  poolId: id().default('temps'),
  name: name().optional(),
  count: bounded(count(), L.LEVER_AGENTS),
  decisionDate: isoDate(),
  leadTimeDays: bounded(nonNegative(), L.LEAD_TIME_DAYS).default(14),
  trainingDays: bounded(nonNegative(), L.LEVER_DAYS).default(5),
  traineesPerTrainer: bounded(positive(), L.TRAINEES_PER_TRAINER).default(8),
  rampDays: bounded(nonNegative(), L.LEVER_DAYS).default(10),
  rampStartMultiplier: num().min(1, 'must be ≥ 1').max(5, 'must be ≤ 5').default(1.5),
  attritionPerDay: share().default(0),
  contractEnd: isoDate().optional(),
  skills: z.array(id()).min(1, 'must name at least one channel').max(L.LEVER_LIST.max, L.sizeMessage(L.LEVER_LIST)),
  hoursPerDay: positive().max(12, 'must be ≤ 12').default(7),
  hourlyWage: bounded(nonNegative(), L.HOURLY_COST),
  agencyCoefficient: bounded(num().min(1, 'must be ≥ 1'), L.COST_MULTIPLIER).default(1.8),
  shrinkage: num().min(0, 'must be ≥ 0').lt(1, 'must be < 1').optional(),
  /** In-house pool whose hours the temps follow and whose agents train them. */
  referencePoolId: id().optional(),
});

export type TempsParams = z.infer<typeof TempsSchema>;
