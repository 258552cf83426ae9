/**
 * The analytic plan's result: plain data (JSON-able, structured-clone friendly), one column per
 * figure per channel so that charts read a series directly. Agents are productive agents (after
 * shrinkage) unless the name says `Scheduled`.
 */
import type { ChannelKind } from '../../scenario/schema';

/** Which analytic model sized a channel. */
export type PlanModel = 'erlang-c' | 'erlang-a' | 'workload';

export interface ChannelPlan {
  channelId: string;
  channelIndex: number;
  kind: ChannelKind;
  model: PlanModel;
  /** Shrinkage used for `requiredScheduled` (the first pool serving the channel; 0 if none). */
  shrinkage: number;
  /** Expected arrivals per interval. */
  arrivals: number[];
  /**
   * Contacts offered per interval in the evaluation the figures come from: the arrivals, plus
   * repeat contacts a strategy causes, minus chats its standby moves elsewhere. The day's and
   * horizon's figures are weighted by these.
   */
  offered: number[];
  /** Productive agents needed per interval to meet every target of the channel. */
  required: number[];
  /** ⌈required ÷ (1 − shrinkage)⌉. */
  requiredScheduled: number[];
  /** Productive agents the pools give this channel per interval (see allocate.ts). */
  available: number[];
  /**
   * Figures at `available`, per interval; null where the interval has none (nothing offered, an
   * unstable queue, a deferrable channel's answer rate). Absent where the channel's kind has no
   * such figure (email: service level and ASA, stats/absentFigures.ts).
   */
  serviceLevel?: (number | null)[];
  answerRate: (number | null)[];
  asaSeconds?: (number | null)[];
  occupancy: (number | null)[];
  /** Does `available` meet every target of the channel? */
  meetsTargets: boolean[];
  /** Σ max(0, required − available) × interval hours over the horizon. */
  missingAgentHours: number;
}

export interface PlanTotals {
  required: number[];
  requiredScheduled: number[];
  available: number[];
  /** Σ over channels of max(0, required − available): a surplus on one channel does not hide a gap on another. */
  missing: number[];
}

export interface PlanResult {
  intervalMinutes: number;
  intervalCount: number;
  channels: ChannelPlan[];
  totals: PlanTotals;
  /** Over every channel and the whole horizon. */
  missingAgentHours: number;
}
