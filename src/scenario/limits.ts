/**
 * Every magnitude bound of Renfort, in one place (docs/limits.md lists them for planners).
 *
 * Validation used to check only signs and shares, so a pasted 1e12 went through and the engines
 * then ran for minutes or ran out of memory. Each bound here is far beyond any real contact
 * center yet small enough that the engines answer in well under a second; each carries its
 * reason, which the refusal message repeats so that a planner knows why and what to type.
 *
 * The zod helpers at the end turn a bound into the refinement and message of a field, so the
 * scenario schema, the lever schemas and the one-interval cases share one wording.
 */
import type { z } from 'zod';

export interface Limit {
  /** Inclusive bounds. */
  min: number;
  max: number;
  /** Unit shown after the numbers ('s', 'days'…); '' for a plain count or ratio. */
  unit: string;
  /** Why the bound is there, in a planner's words (ends the refusal message). */
  reason: string;
}

const limit = (min: number, max: number, unit: string, reason: string): Limit => ({ min, max, unit, reason });

const DAY_SECONDS = 86_400;

// Times of one contact.
export const HANDLE_TIME_SECONDS = limit(1, DAY_SECONDS, 's', 'a handle time is between 1 s and 24 h');
export const PATIENCE_SECONDS = limit(1, DAY_SECONDS, 's', 'patience is between 1 s and 24 h (leave it out when nobody hangs up)');
/** Waits, thresholds and delays that are counted in seconds (service level, ASA, retrials). */
export const WAIT_SECONDS = limit(0, DAY_SECONDS, 's', 'a wait or delay in seconds is at most 24 h');
export const LOGNORMAL_CV = limit(0, 10, '', 'a coefficient of variation above 10 is not a handle-time distribution');
export const REPEAT_DELAY_MINUTES = limit(1, 10_080, 'min', 'a repeat contact comes back between 1 min and a week later');
export const RETRIAL_DELAY_SECONDS = limit(1, DAY_SECONDS, 's', 'a retrial comes between 1 s and 24 h after the abandon');
export const CALLBACK_MINUTES = limit(0, 10_080, 'min', 'a callback promise is kept within a week');
export const CALLBACK_PROMISE_MINUTES = limit(0, 1_440, 'min', 'a web call-back promise, its priority margin and its retry delay are within a day');
export const RESPONSE_HOURS = limit(0, 720, 'h', 'an email response target is within 30 days');

// Volumes.
export const INTERVAL_VOLUME = limit(0, 100_000, 'contacts', 'one channel receives at most 100,000 contacts in one interval');
export const DAILY_VOLUME = limit(0, 1_000_000, 'contacts', 'one channel receives at most 1,000,000 contacts a day');
export const INTRADAY_WEIGHT = limit(0, 1_000_000, '', 'intraday weights are relative: 1,000,000 to 1 is finer than any profile');
export const EVENT_FACTOR = limit(0, 100, '', 'a peak multiplies volume by at most 100');
export const EVENT_RAMP_DAYS = limit(0, 366, 'days', 'a ramp lasts at most a year');

/**
 * Offered load of one channel in one interval, in agents' worth of work (arrivals × handle time
 * ÷ interval length). The Erlang search walks agent counts up to about this number, interval by
 * interval; bounding it bounds the analytic engine's work whatever the separate fields say.
 */
export const OFFERED_LOAD_ERLANGS = limit(0, 20_000, 'Erlangs', 'the Erlang search is bounded to 20,000 agents of work per channel and interval');

// Multipliers.
export const CONCURRENT_AHT_MULTIPLIER = limit(1, 5, '', 'concurrent sessions at most multiply the handle time by 5');
export const COST_MULTIPLIER = limit(1, 10, '', 'a premium or agency coefficient multiplies a wage by at most 10');

// Head-counts.
export const SHIFT_AGENTS = limit(0, 10_000, 'agents', 'one shift holds at most 10,000 agents');
export const SCHEDULED_AGENTS = limit(0, 100_000, 'agents', 'one pool schedules at most 100,000 agents in one interval');
export const LEVER_AGENTS = limit(0, 10_000, 'agents', 'a lever adds or moves at most 10,000 agents');
export const QUEUE_CONTACTS = limit(0, 1_000_000, 'contacts', 'a queue threshold is at most 1,000,000 contacts');

// Dates and durations of levers.
export const LEAD_TIME_DAYS = limit(0, 3_650, 'days', 'a lead time is at most 10 years');
export const LEVER_DAYS = limit(0, 366, 'days', 'training and ramp-up last at most a year');
export const DAILY_HOURS = limit(0, 24, 'h', 'a day has 24 hours');
export const DEFERRAL_HOURS = limit(0, 720, 'h', 'email may be deferred by at most 30 days');
export const ONBOARDING_HOURS = limit(0, 2_000, 'h', 'onboarding one agent takes at most a working year');
export const TRAINEES_PER_TRAINER = limit(0, 1_000, 'trainees', 'a trainer has at most 1,000 trainees');

/** Steps of a lever's sizing loop (overtime's water-filling: one step per extra agent and interval). */
export const LEVER_SIZING_STEPS = limit(0, 1_000_000, 'steps', 'sizing a lever is bounded to 1,000,000 steps; ask for fewer hours or a shorter window');

// Sizes of a file: each list and text is bounded, so that validation itself (every strategy
// applied once, every shift laid out) stays fast whatever the file holds.
export const ID_LENGTH = limit(1, 64, 'characters', 'an id is at most 64 characters');
export const NAME_LENGTH = limit(1, 200, 'characters', 'a name is at most 200 characters');
export const DESCRIPTION_LENGTH = limit(0, 10_000, 'characters', 'a description is at most 10,000 characters');
export const CHANNELS = limit(1, 50, 'channels', 'a scenario has at most 50 channels');
export const POOLS = limit(1, 200, 'pools', 'a scenario has at most 200 pools');
export const SHIFTS = limit(0, 1_000, 'shifts', 'a pool has at most 1,000 shifts');
export const EVENTS = limit(0, 1_000, 'events', 'a forecast has at most 1,000 peak events');
export const STRATEGIES = limit(0, 100, 'strategies', 'a scenario has at most 100 strategies');
export const LEVERS = limit(0, 20, 'levers', 'a strategy has at most 20 levers');
export const LEVER_LIST = limit(0, 366, 'items', 'a lever lists at most 366 days or channels');
export const SCENARIO_FILE_CHARACTERS = limit(0, 50_000_000, 'characters', 'a scenario file is at most 50 MB (a year at 15 minutes for 50 channels is about 15 MB)');
export const CSV_FILE_CHARACTERS = limit(0, 200_000_000, 'characters', 'a forecast CSV file is at most 200 MB');
export const RESPONSE_TARGETS = limit(0, 10, 'targets', 'an email channel has at most 10 response targets');

// Money.
export const HOURLY_COST = limit(0, 1_000_000, '', 'an hourly cost or rate is at most 1,000,000');
export const FEE = limit(0, 1_000_000_000, '', 'a fee is at most 1,000,000,000');
export const MINIMUM_VOLUME = limit(0, 1_000_000_000, '', 'a minimum billed volume is at most 1,000,000,000');

/**
 * What the simulator may be asked to do, checked before it starts (simulation/run/budget.ts).
 * Contacts: a replication's expected contacts, repeats and retrials included; the simulator
 * keeps a contact in typed arrays while it is in the system, and on an understaffed horizon
 * (email waiting for days) that is every one of them.
 */
export const SIMULATED_CONTACTS = limit(0, 5_000_000, 'contacts', 'one replication simulates at most 5,000,000 contacts: shorten the horizon');
/** Worst case per contact in the system: its slot (41 bytes, doubled on growth) and its events. */
export const BYTES_PER_SIMULATED_CONTACT = 120;
/** Figures kept per replication, per channel (or pool) and interval, until merged (measured: 2.1 MB for the default sample's 5,040). */
export const BYTES_PER_REPLICATION_INTERVAL = 400;
/**
 * A streamed run's result (stats/accumulator.ts `result`), per channel and interval: its figures'
 * estimates (measured 1.57 KB on a year at 15 minutes, every figure moving); where the channel
 * has no arrivals, most figures share one frozen estimate (measured about 0.2 KB: the interval's
 * object, and room for a queue or an occupancy still moving after closing). The merge itself is
 * counted from its banks (run/budget.ts, stats/figureBank.ts `bytesFor`).
 */
export const BYTES_PER_SUMMARY_INTERVAL = 1_600;
export const BYTES_PER_QUIET_SUMMARY_INTERVAL = 300;
/** A comparison's result keeping only the band per interval (stats/intervalBand.ts), per channel and interval: three numbers, boxed (measured 54 B on a year at 15 minutes). */
export const BYTES_PER_BAND_INTERVAL = 60;
/** One replication whole where it runs (a worker, before it summarises it), per channel (or pool) and interval: measured 134 B on the default sample. */
export const BYTES_PER_SIMULATED_INTERVAL = 150;
/**
 * A copy a worker holds while strategies fork from the baseline (des/fork.ts): the baseline's
 * result, or a snapshot of its state at a fork, per channel (or pool) and interval: measured
 * 90 B each on a year at 15 minutes (its arrays; on the default sample the fixed parts weigh
 * more, 127–142 B, on 5,040 channel-intervals).
 */
export const BYTES_PER_REPLICATION_COPY = 100;
/** One Estimate object in a result (five numbers, boxed). */
export const BYTES_PER_ESTIMATE = 100;
export const SIMULATION_MEMORY_BYTES = limit(0, 1_500_000_000, 'bytes', 'a run holds at most 1.5 GB: fewer replications, a shorter horizon or longer intervals');

/** One worker batch (at most 8 replications within the limits above) beyond this is stuck: stopped with an error. */
/**
 * The analytic search's work: each candidate it evaluates costs about channels × intervals Erlang
 * answers (most from the cache). Past this many, it stops and says how many it left out.
 */
export const SEARCH_WORK = limit(0, 2_000_000, 'channel-intervals', 'the analytic search evaluates at most 2,000,000 channel-intervals (candidates × channels × intervals), so it ends in seconds on any scenario');
/**
 * The decision aids' work (the sensitivity's ends and the price of waiting's dates): a few
 * hundred analytic evaluations, each channels × intervals. Past this, they are refused before
 * starting rather than running for minutes (compare/decisionAidsWork.ts).
 */
export const DECISION_AIDS_WORK = limit(0, 20_000_000, 'channel-intervals', 'the sensitivity and the price of waiting evaluate at most 20,000,000 channel-intervals (evaluations × channels × intervals), so they end within about a minute; use 30- or 60-minute intervals or a shorter horizon');
export const SNAPSHOTS = limit(0, 100, 'snapshots', 'a scenario keeps at most 100 workshop snapshots');
export const PAGE_ANALYSIS_SECONDS = limit(0, 60, 's', 'the page validates, plans or re-evaluates the strategies within a minute, or ends that worker and says so');
export const WORKER_BATCH_SECONDS = limit(0, 600, 's', 'a batch of replications must finish within 10 minutes');

/** `1e5` → "100,000"; `86400` with unit 's' → "86,400 s (24 h)". */
export function formatBound(value: number, unit: string): string {
  const n = value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  if (unit === '') return n;
  if (unit === 's' && value >= 3600 && value % 3600 === 0) return `${n} s (${value / 3600} h)`;
  return `${n} ${unit}`;
}

/** A list or a text of at most `l.max` items or characters: "must hold at most 100 strategies: …". */
export function sizeMessage(l: Limit): string {
  return `must hold at most ${formatBound(l.max, l.unit)}: ${l.reason}`;
}

/** "must be ≤ 86,400 s (24 h): a handle time is between 1 s and 24 h". */
export function aboveMessage(l: Limit): string {
  return `must be ≤ ${formatBound(l.max, l.unit)}: ${l.reason}`;
}

export function belowMessage(l: Limit): string {
  return `must be ≥ ${formatBound(l.min, l.unit)}: ${l.reason}`;
}

/**
 * The field `base` (already checked for its type and sign) bounded by `l`: the upper bound
 * always, the lower one only when it is above 0 (signs keep their shorter messages).
 */
export function bounded(base: z.ZodNumber, l: Limit): z.ZodNumber {
  const upper = base.max(l.max, aboveMessage(l));
  return l.min > 0 ? upper.min(l.min, belowMessage(l)) : upper;
}

/** A problem message for a value computed from several fields (a day's volume, a load). */
export function exceedsMessage(what: string, value: number, l: Limit): string {
  const shown = value.toLocaleString('en-US', { maximumFractionDigits: 1 });
  return `${what} is ${shown}${l.unit === '' ? '' : ` ${l.unit}`}, above the limit of ${formatBound(l.max, l.unit)}: ${l.reason}`;
}

// Uncertain inputs (schema's `uncertainty` block, docs/scenario-format.md "Uncertainty").
export const UNCERTAIN_CASES = limit(1, 20, 'cases', 'an uncertain input lists at most 20 named cases');
export const UNCERTAIN_EVENTS = limit(0, 100, 'events', 'at most 100 peak events are uncertain');
export const PEAK_AHT_MULTIPLIER = limit(0.2, 5, '', 'a handle-time multiplier on peak days is between 0.2 and 5');
export const PEAK_EXTRA_ABSENCE = limit(0, 0.9, '', 'extra absence on peak days is between 0 and 0.9 of paid time');
export const OUTSOURCER_YIELD = limit(0, 1, '', 'an outsourcer delivers between 0 and all of its contracted agents');
export const CONFIDENCE = limit(0.5, 0.999, '', 'the confidence asked of a recommendation is between 0.5 and 0.999');
