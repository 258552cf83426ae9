/**
 * The resolved scenario: what every engine reads. Plain data (it crosses worker boundaries by
 * structured clone), one set of units: seconds for times, counts per interval for volumes and
 * head-counts, channel and pool references as indices.
 */
import type { ChannelKind, Distribution, Targets, StrategyFile } from './schema';
import type { UncertainValue } from './uncertainty';

export interface ResolvedChannel {
  index: number;
  id: string;
  name: string;
  kind: ChannelKind;
  /** Handle time distribution, seconds. */
  aht: Distribution;
  /** Patience distribution, seconds; null when contacts never abandon. */
  patience: Distribution | null;
  concurrency: number;
  concurrentAhtMultiplier: number;
  fcr: number;
  repeatDelaySeconds: number;
  retrial: { share: number; delaySeconds: number };
  targets: Targets;
}

export interface ResolvedPool {
  index: number;
  id: string;
  name: string;
  kind: 'inhouse' | 'outsourcer' | 'temps';
  /** Channel indices, highest priority first. */
  skills: number[];
  /** Scheduled (paid) head-count per interval over the horizon. */
  scheduled: number[];
  /** Productive head-count per interval: round(scheduled × (1 − shrinkage)). */
  productive: number[];
  shrinkage: number;
  hourlyCost: number;
  /**
   * Handle-time multiplier per interval (temps ramping up, an outsourcer's own AHT); absent = 1.
   * Levers fill it in; the engines read it where present.
   */
  ahtMultiplier?: number[];
}

export interface ResolvedScenario {
  name: string;
  description: string;
  /** ISO date of day 0. */
  startDate: string;
  intervalMinutes: number;
  intervalSeconds: number;
  intervalsPerDay: number;
  days: number;
  /** days × intervalsPerDay. */
  intervalCount: number;
  shortAbandonSeconds: number;
  channels: ResolvedChannel[];
  /** Expected arrivals per channel (outer, by channel index) per interval (inner). */
  arrivals: number[][];
  pools: ResolvedPool[];
  strategies: StrategyFile[];
  costs: { currency: string; abandonedContactCost: number };
  /** The file's `uncertainty` block, resolved; absent when the file states none. */
  uncertainty?: ResolvedUncertainty;
}

/** One uncertain peak event (several events of one name share one entry and one draw). */
export interface ResolvedUncertainEvent {
  /** Index of the entry in `uncertainty.events` (its own random stream). */
  entry: number;
  name: string;
  channels: number[];
  /** The file's factor, which the forecast's arrivals hold. */
  factor: number;
  /** Per day of the horizon: 1 at full strength, between 0 and 1 on a ramp, 0 outside. */
  strength: number[];
  distribution: UncertainValue;
}

/** The `uncertainty` block in the engines' terms (scenario/resolveUncertainty.ts). */
export interface ResolvedUncertainty {
  events: ResolvedUncertainEvent[];
  /** Number of entries of `uncertainty.events` (draws per world). */
  eventEntries: number;
  /** Per channel, per day: some forecast event is in force (its multiplier is not 1). */
  peakDays: boolean[][];
  peakHandleTime: UncertainValue | null;
  peakAbsence: UncertainValue | null;
  outsourcerYield: UncertainValue | null;
  /** Days the yield lasts from an outsourcer's first working day; null: the whole contract. */
  outsourcerRampDays: number | null;
  confidence: number;
}
