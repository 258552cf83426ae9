/**
 * The scenario file (CONTRACT.md, "Scenario file"), as a zod schema.
 *
 * The schema is the single source of the file's types: `ScenarioFile` is inferred from it.
 * Units in the file are the ones a planner types (seconds for handle time and patience,
 * minutes for intervals, hours for email windows, euros per hour); `resolveScenario` turns a
 * valid file into the engines' units (seconds, counts per interval).
 *
 * Field names are a contract: add freely, never rename or drop (old files must keep loading;
 * see migrate.ts).
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

const share = z.number().min(0, 'must be ≥ 0').max(1, 'must be ≤ 1');
const positive = z.number().positive('must be > 0');
const nonNegative = z.number().min(0, 'must be ≥ 0');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'must be a real calendar date');
const clockTime = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'must be a time HH:MM');
const identifier = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/,
  'must start with a letter and hold only letters, digits, _ or -');

/** Handle time or patience distribution; `mean` is in seconds. */
export const DistributionSchema = z.discriminatedUnion('dist', [
  z.object({ dist: z.literal('exponential'), mean: positive }),
  z.object({ dist: z.literal('lognormal'), mean: positive, cv: positive }),
  z.object({ dist: z.literal('fixed'), mean: positive }),
]);

export const ChannelKindSchema = z.enum(['voice', 'callback', 'chat', 'email']);

/** Targets of one channel. Which ones apply depends on the channel's kind (MODEL.md, "Channels"). */
export const TargetsSchema = z.object({
  /** Service level: `share` of offered contacts answered within `seconds` (voice, chat). */
  serviceLevel: z.object({ share, seconds: nonNegative }).optional(),
  maxAsaSeconds: positive.optional(),
  minAnswerRate: share.optional(),
  maxOccupancy: z.number().gt(0, 'must be > 0').max(1, 'must be ≤ 1').optional(),
  /** Callback: `share` of promises kept within `minutes`. */
  callbackWithin: z.object({ share, minutes: positive }).optional(),
  /** Email: e.g. 80% answered within 24 h and 100% within 48 h. */
  responseWithin: z.array(z.object({ share, hours: positive })).optional(),
});

export const ChannelSchema = z.object({
  id: identifier,
  name: z.string().min(1, 'must not be empty'),
  kind: ChannelKindSchema,
  aht: DistributionSchema,
  /** Absent: nobody abandons (Erlang C). Only voice and chat abandon. */
  patience: DistributionSchema.optional(),
  /** Chat: sessions an agent handles at once. */
  concurrency: z.number().int('must be a whole number').min(1, 'must be ≥ 1').max(20, 'must be ≤ 20').default(1),
  /** Chat: handle time of a session is multiplied by this when agents run `concurrency` sessions. */
  concurrentAhtMultiplier: z.number().min(1, 'must be ≥ 1').default(1),
  /** First-contact resolution; 1 − fcr of answered contacts come back after `repeatDelayMinutes`. */
  fcr: share.default(1),
  repeatDelayMinutes: positive.default(60),
  /** Share of abandoned callers who try again after `delaySeconds`. */
  retrial: z.object({ share, delaySeconds: positive }).default({ share: 0, delaySeconds: 300 }),
  targets: TargetsSchema.default({}),
});

/** A peak event multiplies the volume of some channels between two dates (inclusive). */
export const PeakEventSchema = z.object({
  name: z.string().min(1, 'must not be empty'),
  channels: z.array(identifier).min(1, 'must name at least one channel'),
  start: isoDate,
  end: isoDate,
  /** Volume multiplier at full strength (1.4 = +40%). */
  factor: positive,
  /** `flat`: full strength from start to end; `ramp`: rises over `rampDays` before start and falls over `rampDays` after end. */
  shape: z.enum(['flat', 'ramp']).default('flat'),
  rampDays: nonNegative.default(0),
});

export const ForecastSchema = z.discriminatedUnion('kind', [
  /** Volumes per channel per interval over the whole horizon (days × intervals per day). */
  z.object({ kind: z.literal('intervals'), volumes: z.record(z.string(), z.array(nonNegative)) }),
  /** Daily totals by weekday × intraday profile × peak events. */
  z.object({
    kind: z.literal('profile'),
    /** Per channel: the day's total volume, Monday first (7 numbers). */
    weekly: z.record(z.string(), z.array(nonNegative).length(7, 'must hold 7 daily totals, Monday first')),
    /** Per channel: weights per interval of the day (normalised); 0 = closed. */
    intraday: z.record(z.string(), z.array(nonNegative)),
    events: z.array(PeakEventSchema).default([]),
  }),
]);

export const ShiftSchema = z.object({
  name: z.string().optional(),
  start: clockTime,
  end: clockTime,
  agents: z.number().int('must be a whole number').min(0, 'must be ≥ 0'),
  /** ISO weekdays the shift works: 1 = Monday … 7 = Sunday. */
  weekdays: z.array(z.number().int().min(1, 'must be 1–7').max(7, 'must be 1–7')).default([1, 2, 3, 4, 5]),
});

export const StaffingSchema = z.discriminatedUnion('kind', [
  /** Scheduled (paid, before shrinkage) head-count per interval over the horizon. */
  z.object({ kind: z.literal('intervals'), scheduled: z.array(nonNegative) }),
  z.object({ kind: z.literal('shifts'), shifts: z.array(ShiftSchema) }),
]);

export const PoolSchema = z.object({
  id: identifier,
  name: z.string().min(1, 'must not be empty'),
  kind: z.enum(['inhouse']).default('inhouse'),
  /** Channels this pool serves, highest priority first. */
  skills: z.array(identifier).min(1, 'must name at least one channel'),
  staffing: StaffingSchema,
  /** Share of paid time not spent on contacts (breaks, meetings, training, absence). */
  shrinkage: z.number().min(0, 'must be ≥ 0').lt(1, 'must be < 1'),
  /** Loaded cost of one paid hour, in the scenario's currency. */
  hourlyCost: nonNegative,
});

/**
 * Levers are specified in levers/ (issue "Peak-absorption levers"); until then a strategy's
 * levers are kept as given, with only their `kind` checked.
 */
export const LeverSchema = z.object({
  kind: z.enum(['outsourcing', 'reallocation', 'temps', 'overtime']),
}).loose();

export const StrategySchema = z.object({
  id: identifier,
  name: z.string().min(1, 'must not be empty'),
  description: z.string().optional(),
  levers: z.array(LeverSchema).default([]),
});

export const CostsSchema = z.object({
  currency: z.string().default('EUR'),
  /** Optional cost of one abandoned contact (lost sale, churn risk), so that failures enter the total. */
  abandonedContactCost: nonNegative.default(0),
});

export const ScenarioSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  name: z.string().min(1, 'must not be empty'),
  description: z.string().default(''),
  /** First day of the horizon. */
  startDate: isoDate,
  intervalMinutes: z.union([z.literal(15), z.literal(30), z.literal(60)], { error: 'must be 15, 30 or 60' }),
  days: z.number().int('must be a whole number').min(1, 'must be ≥ 1').max(366, 'must be ≤ 366'),
  /** Abandons shorter than this are left out of the rates (MODEL.md, "Channels"). */
  shortAbandonSeconds: nonNegative.default(0),
  channels: z.array(ChannelSchema).min(1, 'must hold at least one channel'),
  forecast: ForecastSchema,
  pools: z.array(PoolSchema).min(1, 'must hold at least one pool'),
  strategies: z.array(StrategySchema).default([]),
  costs: CostsSchema.default({ currency: 'EUR', abandonedContactCost: 0 }),
});

export type Distribution = z.infer<typeof DistributionSchema>;
export type ChannelKind = z.infer<typeof ChannelKindSchema>;
export type Targets = z.infer<typeof TargetsSchema>;
export type ChannelFile = z.infer<typeof ChannelSchema>;
export type PeakEvent = z.infer<typeof PeakEventSchema>;
export type Forecast = z.infer<typeof ForecastSchema>;
export type Shift = z.infer<typeof ShiftSchema>;
export type Staffing = z.infer<typeof StaffingSchema>;
export type PoolFile = z.infer<typeof PoolSchema>;
export type StrategyFile = z.infer<typeof StrategySchema>;
/** A scenario file after validation, defaults filled in. */
export type ScenarioFile = z.infer<typeof ScenarioSchema>;
/** A scenario file as written (defaults may be missing). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
