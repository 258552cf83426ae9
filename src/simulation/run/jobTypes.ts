/**
 * What the app's simulation jobs send back to the page: a compact, display-ready view of each
 * strategy, analytic and simulated side by side. The full simulated result of the default
 * scenario is about 2 MB per strategy (every KPI of every interval as an Estimate); the page
 * shows a small part of it, so the worker keeps the rest and the main thread never parses it.
 */
import type { StopReason } from '../compare/sequential';
import type { PartialComparison } from './sequentialRun';
import type { Lever } from '../../scenario/levers';
import type { EntrySource } from '../compare/comparison';
import type { ExtraOverBaseline } from '../compare/extraCost';
import type { CallbackStory } from '../compare/callbackStory';
import type { CallbackFigures, CoreFigures, Failure } from '../compare/kpis';
import type { ConfidenceStep, DecisionDates, FrontierPoint } from '../compare/recommend';
import type { ProportionEstimate } from '../stats/proportion';
import type { SimulatedCost } from '../compare/simulated';
import type { CostBreakdown } from '../cost';
import type { Estimate } from '../stats';
import type { ScenarioFile } from '../../scenario/schema';
import type { DayFigures } from './dayFigures';
import type { IntervalBand } from '../stats/intervalBand';

/** The seed and replications of the app's runs (a user's choice; the CLI has its own default). */
export interface RunSettings {
  seed: number;
  replications: number;
}

/** The app's run settings until the user changes them (its simulations, comparisons and confirmations; the bench times Confirm with them). */
export const DEFAULT_RUN_SETTINGS: RunSettings = { seed: 1, replications: 20 };

/** A per-interval figure with its 95% interval; null where nothing arrived (no figure exists). */
export type { IntervalBand };

/** Horizon figures of one channel from the simulation (means with their 95% half-width). */
export interface SimulatedChannel extends Required<CoreFigures<Estimate>> {
  abandoned: Estimate;
  /** Deferrable channels: share answered within each response window, in target order. */
  withinTargets: Estimate[] | null;
  backlog: Estimate | null;
  /** Voice with a web call-back lever only (docs/model.md, "Levers" 5). */
  callbacks?: SimulatedCallbacks;
}

/** The web call-back figures of a voice channel over the horizon, simulated (stats/types.ts). */
export interface SimulatedCallbacks {
  offered: Estimate;
  accepted: Estimate;
  kept: Estimate;
  late: Estimate;
  failed: Estimate;
  promisesKept: Estimate;
}

/** Horizon figures of one channel from the analytic engine (null: the figure does not exist). */
export interface AnalyticChannel extends Required<CoreFigures<number>> {
  withinTargets: number[] | null;
  /** Voice with a web call-back lever only: the analytic approximation (compare/callbacks.ts). */
  callbacks?: CallbackFigures;
}

export interface SimulatedView {
  replications: number;
  meetsTargets: boolean;
  failures: Failure[];
  serviceLevel: number | null;
  answerRate: number | null;
  cost: SimulatedCost;
  /** In a comparison: the cost and service on top of the baseline's, paired on the same random numbers. */
  extra: ExtraOverBaseline | null;
  /** Share of replications (worlds) meeting every target, Wilson 95% interval; absent from results kept before it existed. */
  probMeetsTargets?: ProportionEstimate;
  channels: Record<string, SimulatedChannel>;
  /**
   * Per channel, per interval: the share answered within the channel's threshold (service level
   * for voice and chat, first response window for email), with its 95% interval.
   */
  serviceLevelByInterval: Record<string, IntervalBand>;
  /** Per channel, per day (the CSV export); absent from results kept before it existed. */
  byDay?: Record<string, DayFigures[]>;
  /** Web call back: what each call-back lever did (compare/callbackStory.ts); absent without one. */
  callbackStories?: CallbackStory[];
  /** In a sequential comparison (compare/sequential.ts): why it received no more replications. */
  stop?: StopReason | null;
}

export interface AnalyticView {
  meetsTargets: boolean;
  failures: Failure[];
  serviceLevel: number | null;
  answerRate: number | null;
  cost: { total: number; breakdown: CostBreakdown; costPerAnswered: number | null };
  channels: Record<string, AnalyticChannel>;
}

/** One strategy of a run, analytic and simulated. */
export interface StrategyOutcome {
  id: string;
  name: string;
  source: EntrySource;
  levers: Lever[];
  /** What the levers did, in words (e.g. "temps productive only after the horizon"). */
  notes: string[];
  analytic: AnalyticView;
  simulated: SimulatedView;
}

export interface ComparisonOutcome {
  strategies: StrategyOutcome[];
  recommendation: {
    strategyId: string;
    meetsTargets: boolean;
    cost: number;
    currency: string;
    reasons: string[];
    frontier: FrontierPoint[];
    /** Only the lever kinds of the recommended strategy. */
    latestDecisionDate: DecisionDates;
    /** Every lever kind decided ahead, shown on the rows of the strategies using it. */
    decisionDates: DecisionDates;
    /** With uncertain inputs only (compare/comparison.ts, `ConfirmedRecommendation`). */
    confidence?: number;
    probMeetsTargets?: ProportionEstimate;
    reachesConfidence?: boolean;
    costOfConfidence?: ConfidenceStep[];
    /** How sure the recommendation is right (run/sequentialRun.ts); null or absent when not claimed. */
    probabilityCorrect?: number | null;
  };
  /** Wall time of the whole job, seconds. */
  seconds: number;
  /** Ids of the strategies simulated by this run; the others kept the last run's results. */
  resimulated?: string[];
}

export interface SimulationOutcome {
  strategy: StrategyOutcome;
  seconds: number;
}

export type JobPhase = 'analytic' | 'simulating' | 'summarizing';

export interface JobProgress {
  phase: JobPhase;
  /** Replications done (simulating) or strategies summarised (summarizing). */
  done: number;
  total: number;
  /** A comparison, after each round: where each strategy stands, the recommendation provisional. */
  partial?: PartialComparison;
}

export interface SimulateRequest {
  /** A validated scenario file (the store only holds valid ones). */
  scenario: ScenarioFile;
  /** `baseline` or the id of one of the scenario's strategies. */
  strategyId: string;
  seed: number;
  replications: number;
}

/** Confirm one strategy against the baseline by simulation (run/confirmStrategy.ts). */
export interface ConfirmRequest {
  scenario: ScenarioFile;
  /** One of the scenario's strategies, or a strategy over it (its id, name and levers). */
  strategy: ScenarioFile['strategies'][number];
  seed: number;
  replications: number;
}

/** The baseline and the strategy confirmed, paired on the same random numbers (`extra` of each). */
export interface ConfirmationOutcome {
  baseline: StrategyOutcome;
  strategy: StrategyOutcome;
  /** Wall time of the whole job, seconds. */
  seconds: number;
}

export interface CompareRequest {
  scenario: ScenarioFile;
  seed: number;
  replications: number;
}

/** Expected outcomes are data (docs/architecture.md, "Results are data"); a cancelled job never answers: its worker is stopped. */
export type JobResult<T> = { kind: 'done'; result: T } | { kind: 'error'; message: string };
