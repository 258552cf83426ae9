/** What the analytic evaluation produces (evaluate.ts), and what the judge reads (kpis.ts). */
import type { ResolvedChannel } from '../../scenario/model';
import type { PoolVolume } from '../cost';
import type { DeferredResult } from './deferred';

/** Per channel, per interval: expected counts (not rates), so they add up over days. */
export interface ChannelSeries {
  offered: number[];
  answered: number[];
  /** Answered within the service-level threshold T. */
  withinSl: number[];
  /** Sum of waits of answered contacts, seconds (0 where `unstable`). */
  waitSeconds: number[];
  /**
   * Agents busy on this channel, and agents of the pools that serve it (both effective): their
   * ratio is the channel's share of that agent time, its occupancy.
   */
  busyAgents: number[];
  agents: number[];
  unstable: boolean[];
  /** Deflected by chat standby and lost. */
  lost: number[];
  /** Voice with a web call-back lever only: what became of the offers, per arrival interval. */
  callbacks?: CallbackSeries;
}

/**
 * Web call back per arrival interval (des/result.ts defines each count): offered, accepted, and
 * of the accepted, kept (called back within the promise), late, failed (never reached); attempts
 * dialled (what a cost per call back bills). Part of `answered` (kept and late) and of the
 * offered count, never of `withinSl`.
 */
export interface CallbackSeries {
  offered: number[];
  accepted: number[];
  kept: number[];
  late: number[];
  failed: number[];
  attempts: number[];
  /** By the interval the work was done in (not the arrival's): agent-seconds of call backs. */
  workSeconds: number[];
}

export interface StrategyEvaluation {
  channels: ChannelSeries[];
  /** Deferrable channels only (email, callback), else null. */
  deferred: (DeferredResult | null)[];
  /** Per pool index: handled contacts and minutes over the horizon. */
  handled: PoolVolume[];
  /** Agents moved by dynamic reallocation rules, per interval. */
  moved: number[];
  /**
   * Analytic only: effective agents the allocation gives each channel per interval ([channel][interval]),
   * without the idle time of voice and chat agents that deferrable channels also use; over the
   * channels they add up to the pools' head-count (the plan's "available").
   */
  allocated?: number[][];
  /** Immediate-channel contacts answered by each outsourcer pool: [pool][channel][interval]. */
  outsourced: Map<number, number[][]>;
}

export const isDeferrable = (c: ResolvedChannel) => c.kind === 'email' || c.kind === 'callback';

/** Response windows of a deferrable channel, seconds (targets order). */
export function deferredWindows(c: ResolvedChannel): number[] {
  if (c.kind === 'callback') return c.targets.callbackWithin ? [c.targets.callbackWithin.minutes * 60] : [];
  return (c.targets.responseWithin ?? []).map((t) => t.hours * 3600);
}
