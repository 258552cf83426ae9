/** The merged answer of a DES run: every figure an Estimate over replications. Plain data. */
import type { Estimate } from './estimate';
import type { IntervalBand } from './intervalBand';

/**
 * The figures every level shares (interval, day, horizon), as plain numbers from the analytic
 * engine (compare/kpis.ts) or as estimates over replications from the simulator (below): one
 * shape, two kinds of value (docs/model.md, "KPIs"). Null: the figure does not exist there (no
 * steady state, nobody answered); absent: it means nothing for the channel's kind
 * (absentFigures.ts).
 */
export interface CoreFigures<F> {
  offered: F;
  answered: F;
  serviceLevel?: F | null;
  answerRate: F | null;
  asaSeconds?: F | null;
  occupancy: F | null;
}

/**
 * Voice with a web call-back lever only (docs/model.md, "Levers" 5), over the horizon or a day:
 * callers offered a call back, those who accepted, and of those, kept (called back within the
 * promise), late, failed; `promisesKept` = kept ÷ (kept + late) per replication (1 when none).
 */
export interface CallbackKpis {
  callbacksOffered?: Estimate;
  callbacksAccepted?: Estimate;
  callbacksKept?: Estimate;
  callbacksLate?: Estimate;
  callbacksFailed?: Estimate;
  promisesKept?: Estimate;
}

/** Horizon KPIs of one channel (docs/model.md, "KPIs"). Email adds backlog, withinTarget, responseHours. */
export interface ChannelKpis extends CoreFigures<Estimate>, CallbackKpis {
  offered: Estimate;
  answered: Estimate;
  /** All abandons, short ones included (see `shortAbandoned`); the rates leave short ones out. */
  abandoned: Estimate;
  shortAbandoned: Estimate;
  answerRate: Estimate;
  abandonRate: Estimate;
  /** Absent for email (stats/absentFigures.ts): see `withinTarget`. */
  serviceLevel?: Estimate;
  serviceLevelOfAnswered?: Estimate;
  /** Share of contacts that found no free agent. */
  probWait: Estimate;
  /** Null when contacts were offered and none was answered (see aggregate.ts); absent for email. */
  asaSeconds?: Estimate | null;
  avgWaitSeconds: Estimate;
  occupancy: Estimate;
  maxQueue: Estimate;
  stillWaiting: Estimate;
  repeats: Estimate;
  retrials: Estimate;
  /** Chat standby: arrivals deflected and lost ("lost to standby"), part of offered and abandoned. */
  deflected: Estimate;
  /** Email: waiting at the end of the horizon. */
  backlog?: Estimate;
  /** Email: share of offered answered within the first responseWithin target (all targets below). */
  withinTarget?: Estimate;
  withinTargets?: Estimate[];
  responseHours?: Estimate;
}

export interface IntervalKpis extends CoreFigures<Estimate> {
  offered: Estimate;
  answered: Estimate;
  abandoned: Estimate;
  /** Absent for email (stats/absentFigures.ts): see `withinTarget`. */
  serviceLevel?: Estimate;
  answerRate: Estimate;
  /** Null when contacts were offered and none was answered (see aggregate.ts); absent for email. */
  asaSeconds?: Estimate | null;
  /** Email: share of the interval's arrivals answered within the first response window. */
  withinTarget?: Estimate;
  maxQueue: Estimate;
  occupancy: Estimate;
  deflected: Estimate;
}

export interface DayKpis extends IntervalKpis, CallbackKpis {
  /** Waiting at the end of the day (email backlog). */
  backlog: Estimate;
  /** Email: share answered within the first target; 1 for other channels' days with no targets. */
  withinTarget: Estimate;
}

export interface PoolKpis {
  occupancy: Estimate;
  busyAgentHours: Estimate;
  presentAgentHours: Estimate;
  /** Contacts whose service started in the pool over the horizon (drain included), and their handle hours. */
  handledContacts: Estimate;
  handledHours: Estimate;
}

export interface SimulationResult {
  replications: number;
  /** Keyed by channel id. */
  channels: Record<string, ChannelKpis>;
  /**
   * Keyed by channel id, one entry per interval of the horizon. Absent from a comparison that
   * kept only the band per interval (stats/accumulator.ts, `IntervalDetail`): see `serviceLevelBand`.
   */
  intervals?: Record<string, IntervalKpis[]>;
  /** Keyed by channel id: the service level per interval with its 95% interval (intervalBand.ts), in place of `intervals`. */
  serviceLevelBand?: Record<string, IntervalBand>;
  /** Keyed by channel id, one entry per day. */
  days: Record<string, DayKpis[]>;
  /** Keyed by pool id. */
  pools: Record<string, PoolKpis>;
  /** Per interval: agents moved by dynamic reallocation (time-weighted mean within the interval). */
  movedAgents: Estimate[];
  events: Estimate;
  customers: Estimate;
  totalEvents: number;
  totalCustomers: number;
}
