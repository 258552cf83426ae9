/**
 * The scenario file (docs/cli.md, "Scenario file"), as a zod schema.
 *
 * The schema is the single source of the file's types: `ScenarioFile` is inferred from it.
 * Units in the file are the ones a planner types (seconds for handle time and patience,
 * minutes for intervals, hours for email windows, euros per hour); `resolveScenario` turns a
 * valid file into the engines' units (seconds, counts per interval).
 *
 * Objects are strict: a misspelt field (`shrinkge`) is reported as unknown rather than silently
 * dropped, which would otherwise turn into a confusing "is required" or a default. Levers have
 * one schema per kind (levers/), discriminated on `kind`.
 *
 * Field names are a contract: add freely, never rename or drop (old files must keep loading;
 * see migrate.ts). Checks that span fields (ids that must exist, series lengths) are in
 * crossChecks.ts.
 */
import { z } from 'zod';
import { clockMinutes, dayNumber } from './calendar';
import * as L from './limits';
import { bounded } from './limits';
import { isReservedId, RESERVED_ID_MESSAGE } from './reservedIds';
import { LeverSchema } from './levers';
import { UncertaintySchema } from './uncertainty';

export const SCHEMA_VERSION = 1;

/** "is required" when missing, else "must be a number" (zod's default names the received type). */
const num = () => z.number({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a number') });
const str = () => z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') });
const list = <T extends z.ZodType>(item: T) =>
  z.array(item, { error: (issue) => (issue.input === undefined ? 'is required' : 'must be a list') });

const share = num().min(0, 'must be ≥ 0').max(1, 'must be ≤ 1');
const positive = num().positive('must be > 0');
const nonNegative = num().min(0, 'must be ≥ 0');
const isoDate = str().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => dayNumber(s) !== null, 'must be a real calendar date');
/** `HH:MM` from 00:00 to 24:00 (24:00 = midnight at the end of the day, for a shift's end). */
const clockTime = str().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'must be a time HH:MM')
  .refine((s) => clockMinutes(s) !== null, 'must be a time between 00:00 and 24:00');
const identifier = str().max(L.ID_LENGTH.max, L.sizeMessage(L.ID_LENGTH)).regex(/^[A-Za-z][A-Za-z0-9_-]*$/,
  'must start with a letter and hold only letters, digits, _ or -')
  .refine((s) => !isReservedId(s), RESERVED_ID_MESSAGE);
const label = str().min(1, 'must not be empty').max(L.NAME_LENGTH.max, L.sizeMessage(L.NAME_LENGTH));
const text = str().max(L.DESCRIPTION_LENGTH.max, L.sizeMessage(L.DESCRIPTION_LENGTH));

/** Handle time or patience distribution; `mean` is in seconds, within `meanLimit`. */
const distribution = (meanLimit: L.Limit) => {
  const mean = bounded(num(), meanLimit);
  return z.discriminatedUnion('dist', [
    z.strictObject({ dist: z.literal('exponential'), mean }),
    /** `cv`: coefficient of variation (standard deviation ÷ mean). */
    z.strictObject({ dist: z.literal('lognormal'), mean, cv: bounded(positive, L.LOGNORMAL_CV) }),
    z.strictObject({ dist: z.literal('fixed'), mean }),
  ], { error: "must be a distribution with dist 'exponential', 'lognormal' or 'fixed'" });
};
export const DistributionSchema = distribution(L.HANDLE_TIME_SECONDS);
const PatienceSchema = distribution(L.PATIENCE_SECONDS);

export const ChannelKindSchema = z.enum(['voice', 'callback', 'chat', 'email'], {
  error: "must be 'voice', 'callback', 'chat' or 'email'",
});

/** Targets of one channel. Which ones apply depends on the channel's kind (docs/model.md, "Channels"). */
export const TargetsSchema = z.strictObject({
  /** Service level: `share` of offered contacts answered within `seconds` (voice, chat). */
  serviceLevel: z.strictObject({ share, seconds: bounded(nonNegative, L.WAIT_SECONDS) }).optional(),
  maxAsaSeconds: bounded(positive, L.WAIT_SECONDS).optional(),
  minAnswerRate: share.optional(),
  maxOccupancy: num().gt(0, 'must be > 0').max(1, 'must be ≤ 1').optional(),
  /**
   * Voice with a web call-back lever: least share of its promises kept (called back within the
   * promise, docs/model.md "Levers" 5); judged only where the lever acts, 95% when not given
   * (targets.ts).
   */
  minPromisesKept: share.optional(),
  /** Callback: `share` of promises kept within `minutes`. */
  callbackWithin: z.strictObject({ share, minutes: bounded(positive, L.CALLBACK_MINUTES) }).optional(),
  /** Email: e.g. 80% answered within 24 h and 100% within 48 h. */
  responseWithin: list(z.strictObject({ share, hours: bounded(positive, L.RESPONSE_HOURS) })).max(L.RESPONSE_TARGETS.max, L.sizeMessage(L.RESPONSE_TARGETS)).optional(),
});

export const ChannelSchema = z.strictObject({
  id: identifier,
  name: label,
  kind: ChannelKindSchema,
  aht: DistributionSchema,
  /** Absent: nobody abandons (Erlang C). Only voice and chat abandon. */
  patience: PatienceSchema.optional(),
  /** Chat: sessions an agent handles at once. */
  concurrency: num().int('must be a whole number').min(1, 'must be ≥ 1').max(20, 'must be ≤ 20').default(1),
  /** Chat: handle time of a session is multiplied by this when agents run `concurrency` sessions. */
  concurrentAhtMultiplier: bounded(num().min(1, 'must be ≥ 1'), L.CONCURRENT_AHT_MULTIPLIER).default(1),
  /** First-contact resolution; 1 − fcr of answered contacts come back after `repeatDelayMinutes`. */
  fcr: share.default(1),
  repeatDelayMinutes: bounded(num(), L.REPEAT_DELAY_MINUTES).default(60),
  /** Share of abandoned callers who try again after `delaySeconds`. */
  retrial: z.strictObject({ share, delaySeconds: bounded(num(), L.RETRIAL_DELAY_SECONDS) }).default({ share: 0, delaySeconds: 300 }),
  targets: TargetsSchema.default({}),
});

/** A peak event multiplies the volume of some channels between two dates (inclusive). */
export const PeakEventSchema = z.strictObject({
  name: label,
  channels: list(identifier).min(1, 'must name at least one channel'),
  start: isoDate,
  end: isoDate,
  /** Volume multiplier at full strength (1.4 = +40%). */
  factor: bounded(positive, L.EVENT_FACTOR),
  /**
   * `flat`: full strength from start to end; `ramp`: rises linearly, day by day, over `rampDays`
   * before start and falls likewise over `rampDays` after end (resolve.ts, `eventMultiplier`).
   */
  shape: z.enum(['flat', 'ramp'], { error: "must be 'flat' or 'ramp'" }).default('flat'),
  rampDays: bounded(num().int('must be a whole number').min(0, 'must be ≥ 0'), L.EVENT_RAMP_DAYS).default(0),
});

/** Intraday weights for the listed ISO weekdays (1 = Monday … 7 = Sunday). */
export const IntradayOverrideSchema = z.strictObject({
  weekdays: list(num().int('must be a whole number').min(1, 'must be 1–7').max(7, 'must be 1–7')).min(1, 'must name at least one weekday'),
  weights: list(bounded(nonNegative, L.INTRADAY_WEIGHT)),
});

export const ForecastSchema = z.discriminatedUnion('kind', [
  /** Volumes per channel per interval over the whole horizon (days × intervals per day). */
  z.strictObject({ kind: z.literal('intervals'), volumes: z.record(z.string(), list(bounded(nonNegative, L.INTERVAL_VOLUME))) }),
  /** Daily totals by weekday × intraday profile × peak events. */
  z.strictObject({
    kind: z.literal('profile'),
    /** Per channel: the day's total volume, Monday first (7 numbers). */
    weekly: z.record(z.string(), list(bounded(nonNegative, L.DAILY_VOLUME)).length(7, 'must hold 7 daily totals, Monday first')),
    /** Per channel: weights per interval of the day (normalised); 0 = closed. */
    intraday: z.record(z.string(), list(bounded(nonNegative, L.INTRADAY_WEIGHT))),
    /**
     * Per channel, optional: other weights for some weekdays (a shorter Saturday), in place of
     * `intraday` on those days.
     */
    intradayByWeekday: z.record(z.string(), list(IntradayOverrideSchema)).default({}),
    events: list(PeakEventSchema).max(L.EVENTS.max, L.sizeMessage(L.EVENTS)).default([]),
  }),
], { error: "must be a forecast with kind 'intervals' or 'profile'" });

export const ShiftSchema = z.strictObject({
  name: str().max(L.NAME_LENGTH.max, L.sizeMessage(L.NAME_LENGTH)).optional(),
  /** Start and end on interval boundaries; end ≤ start means the shift ends the next day. */
  start: clockTime,
  end: clockTime,
  agents: bounded(num().int('must be a whole number').min(0, 'must be ≥ 0'), L.SHIFT_AGENTS),
  /** ISO weekdays the shift starts on: 1 = Monday … 7 = Sunday. */
  weekdays: list(num().int('must be a whole number').min(1, 'must be 1–7').max(7, 'must be 1–7')).default([1, 2, 3, 4, 5]),
});

export const StaffingSchema = z.discriminatedUnion('kind', [
  /** Scheduled (paid, before shrinkage) head-count per interval over the horizon. */
  z.strictObject({ kind: z.literal('intervals'), scheduled: list(bounded(nonNegative, L.SCHEDULED_AGENTS)) }),
  z.strictObject({ kind: z.literal('shifts'), shifts: list(ShiftSchema).max(L.SHIFTS.max, L.sizeMessage(L.SHIFTS)) }),
], { error: "must be a staffing with kind 'intervals' or 'shifts'" });

export const PoolSchema = z.strictObject({
  id: identifier,
  name: label,
  kind: z.enum(['inhouse'], { error: "must be 'inhouse' (outsourcers and temps are levers)" }).default('inhouse'),
  /** Channels this pool serves, highest priority first. */
  skills: list(identifier).min(1, 'must name at least one channel'),
  staffing: StaffingSchema,
  /** Share of paid time not spent on contacts (breaks, meetings, training, absence). */
  shrinkage: num().min(0, 'must be ≥ 0').lt(1, 'must be < 1'),
  /** Loaded cost of one paid hour, in the scenario's currency. */
  hourlyCost: bounded(nonNegative, L.HOURLY_COST),
});

export const StrategySchema = z.strictObject({
  id: identifier,
  name: label,
  description: text.optional(),
  levers: list(LeverSchema).max(L.LEVERS.max, L.sizeMessage(L.LEVERS)).default([]),
});

export const CostsSchema = z.strictObject({
  currency: str().default('EUR'),
  /** Optional cost of one abandoned contact (lost sale, churn risk), so that failures enter the total. */
  abandonedContactCost: bounded(nonNegative, L.HOURLY_COST).default(0),
});

/**
 * A workshop snapshot (docs/scenario-format.md, "Workshop"): the figures the room saw, frozen under
 * a name; the engines never read it. One row per strategy shown then ('baseline' first).
 */
export const SnapshotSchema = z.strictObject({
  name: label,
  /** When it was taken (ISO 8601). */
  takenAt: str().max(40, 'must hold at most 40 characters'),
  currency: str().max(8, 'must hold at most 8 characters'),
  rows: list(z.strictObject({
    id: str().max(L.ID_LENGTH.max, L.sizeMessage(L.ID_LENGTH)),
    name: label,
    meetsTargets: z.boolean().nullable(),
    extraCost: num().nullable(),
  })).max(L.STRATEGIES.max + 1, L.sizeMessage(L.STRATEGIES)),
});

export const WorkshopSchema = z.strictObject({
  snapshots: list(SnapshotSchema).max(L.SNAPSHOTS.max, L.sizeMessage(L.SNAPSHOTS)).default([]),
});

export const ScenarioSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION, { error: `must be ${SCHEMA_VERSION}` }),
  name: label,
  description: text.default(''),
  /** First day of the horizon. */
  startDate: isoDate,
  intervalMinutes: z.union([z.literal(15), z.literal(30), z.literal(60)], { error: 'must be 15, 30 or 60' }),
  days: num().int('must be a whole number').min(1, 'must be ≥ 1').max(366, 'must be ≤ 366'),
  /** Abandons shorter than this are left out of the rates (docs/model.md, "Channels"). */
  shortAbandonSeconds: bounded(nonNegative, L.WAIT_SECONDS).default(0),
  channels: list(ChannelSchema).min(1, 'must hold at least one channel').max(L.CHANNELS.max, L.sizeMessage(L.CHANNELS)),
  forecast: ForecastSchema,
  pools: list(PoolSchema).min(1, 'must hold at least one pool').max(L.POOLS.max, L.sizeMessage(L.POOLS)),
  strategies: list(StrategySchema).max(L.STRATEGIES.max, L.sizeMessage(L.STRATEGIES)).default([]),
  costs: CostsSchema.default({ currency: 'EUR', abandonedContactCost: 0 }),
  /** Optional: inputs stated as distributions, one world drawn per replication (uncertainty.ts). */
  uncertainty: UncertaintySchema.optional(),
  /** Optional: what a workshop kept with the scenario (its snapshots); the engines never read it. */
  workshop: WorkshopSchema.optional(),
});

export type Distribution = z.infer<typeof DistributionSchema>;
export type ChannelKind = z.infer<typeof ChannelKindSchema>;
export type Targets = z.infer<typeof TargetsSchema>;
export type ChannelFile = z.infer<typeof ChannelSchema>;
export type PeakEvent = z.infer<typeof PeakEventSchema>;
export type Forecast = z.infer<typeof ForecastSchema>;
export type Snapshot = z.infer<typeof SnapshotSchema>;
export type SnapshotRow = Snapshot['rows'][number];
export type IntradayOverride = z.infer<typeof IntradayOverrideSchema>;
export type Shift = z.infer<typeof ShiftSchema>;
export type Staffing = z.infer<typeof StaffingSchema>;
export type PoolFile = z.infer<typeof PoolSchema>;
export type StrategyFile = z.infer<typeof StrategySchema>;
/** A scenario file after validation, defaults filled in. */
export type ScenarioFile = z.infer<typeof ScenarioSchema>;
/** A scenario file as written (defaults may be missing). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
