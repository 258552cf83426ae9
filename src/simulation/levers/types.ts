/**
 * What a strategy adds to the resolved scenario: the extra pools live in `pools` (kind
 * `outsourcer` or `temps`, or an in-house split for a planned reallocation); everything the
 * engines must *do* with them (routing, dynamic moves, deflection) and everything the cost model
 * must *bill* for them is kept beside, as plain data, in the fields below.
 *
 * All indices are channel / pool indices of the scenario; all per-interval arrays have
 * `intervalCount` entries.
 */
import type { ResolvedScenario } from '../../scenario/model';

/**
 * How arrivals of one channel reach an outsourcer pool.
 * - `share`: a fixed share of the arrivals, decided at arrival.
 * - `queueAbove`: an arrival goes to the outsourcer when the in-house queue already holds more
 *   than `queue` contacts.
 * - `waitAbove`: a contact that has waited `seconds` in the in-house queue moves over, keeping its
 *   elapsed wait and patience.
 * - `channel`: the whole channel.
 */
export type RoutingMode =
  | { mode: 'share'; share: number }
  | { mode: 'queueAbove'; queue: number }
  | { mode: 'waitAbove'; seconds: number }
  | { mode: 'channel' };

export type RoutingRule = RoutingMode & {
  channelIndex: number;
  /** The outsourcer pool that takes the routed contacts. */
  poolIndex: number;
  /** Per interval: is the rule in force (the contract window)? */
  active: boolean[];
};

/**
 * A dynamic reallocation rule (the planned kind is a pool split, already in `pools`): while voice
 * is overloaded, up to `maxAgents` agents of `fromPoolIndex` serve `toChannelIndex` first.
 */
export interface ReallocationRule {
  fromPoolIndex: number;
  toChannelIndex: number;
  maxAgents: number;
  /** Move when the voice queue holds more than this many contacts (null: not a trigger). */
  queueAbove: number | null;
  /** Move when the projected wait exceeds this many seconds (null: not a trigger). */
  waitAboveSeconds: number | null;
  /** Release (hysteresis) once the queue is back to this many contacts or fewer. */
  releaseBelowQueue: number;
  active: boolean[];
}

/**
 * Chat standby: while in force, arriving contacts of `channelIndex` are deflected; `moveTo` shares
 * go to other channels, the rest is lost (counted as offered and not answered).
 */
export interface DeflectionRule {
  channelIndex: number;
  moveTo: { channelIndex: number; share: number }[];
  /** Per interval: on for the whole interval. */
  active: boolean[];
  /** On only while a dynamic reallocation rule moves agents (in addition to `active`). */
  whileReallocating: boolean;
}

/**
 * Web call back (docs/model.md, "Levers" 5): while `active` in the interval where a caller's wait
 * reaches `offerAfterSeconds`, the caller is offered a call back; accepted callers leave the
 * queue of `channelIndex` and become tasks due `promiseSeconds` later, worked by the in-house and
 * temps pools that serve the channel when no live call waits, or before live calls once within
 * `urgentSeconds` of their due time. All times in seconds.
 */
export interface CallbackRule {
  channelIndex: number;
  active: boolean[];
  offerAfterSeconds: number;
  acceptShare: number;
  promiseSeconds: number;
  urgentSeconds: number;
  ahtMultiplier: number;
  failShare: number;
  failedAttemptSeconds: number;
  retryAfterSeconds: number;
  /** Billed per call-back attempt (reached or failed). */
  costPerCallback: number;
}

/** How an outsourcer bills. `minimumVolume` is in the pricing unit (contacts, minutes). */
export type Pricing =
  | { mode: 'perContact'; rate: number }
  | { mode: 'perMinute'; rate: number }
  | { mode: 'perAgentHour'; rate: number };

export interface OutsourcerTerms {
  poolIndex: number;
  pricing: Pricing;
  setupFee: number;
  /** Billed as if at least this volume (pricing unit) was handled; 0 = none. */
  minimumVolume: number;
  /** Agents onboarded (the largest contracted head-count) × hours each, at the trainer's cost. */
  onboardingHours: number;
  trainerHourlyCost: number;
  /** First-contact resolution of the outsourcer's agents. */
  fcr: number;
  elastic: boolean;
}

export interface TempsTerms {
  poolIndex: number;
  /** Paid hours of the temps before the horizon (training that started earlier). */
  paidHoursBeforeHorizon: number;
  hourlyWage: number;
  agencyCoefficient: number;
  /** In-house agent-hours spent training the temps (inside and before the horizon). */
  trainerHours: number;
  trainerHourlyCost: number;
}

export interface OvertimeTerms {
  poolIndex: number;
  /** Overtime agent-hours per interval (added to productive head-count, not to `scheduled`). */
  hours: number[];
  hourlyCost: number;
  /** Multiplier of the hourly cost (1.25 = +25%). */
  premium: number;
}

export interface LeverCosts {
  outsourcers: OutsourcerTerms[];
  temps: TempsTerms[];
  overtime: OvertimeTerms[];
}

/** The resolved scenario with one strategy's levers applied. */
export interface StrategyScenario extends ResolvedScenario {
  strategyId: string;
  strategyName: string;
  routing: RoutingRule[];
  reallocation: ReallocationRule[];
  deflection: DeflectionRule[];
  /** Web call back, at most one rule per voice channel. */
  callbacks: CallbackRule[];
  leverCosts: LeverCosts;
  /** Plain-words notes on what the levers did (e.g. "temps arrive after the horizon"). */
  notes: string[];
}
