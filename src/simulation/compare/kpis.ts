/**
 * The one judge: from an evaluation's per-interval counts (analytic, or simulated means through
 * fromSimulation.ts) to KPIs per interval, per day and over the horizon, and to verdicts against
 * the targets (docs/model.md, "Judging targets").
 *
 * The rule: a target is judged per DAY, on the day's offered-weighted figure, as planners report
 * service levels; a strategy meets its targets when every day with traffic does. Per interval,
 * the same figures are computed and compared with the same goals to show WHERE a day is short
 * (the plan's `meetsTargets`, a failure's `intervals`), but one short interval alone does not
 * fail a day. Response-window targets (email within H hours, callback within W minutes) have no
 * interval figure: they are judged per day on the day's arrivals, and an interval with arrivals
 * on a day that misses one is shown as short.
 */
import type { ResolvedChannel } from '../../scenario/model';
import { promisesKeptGoal, TARGETS_BY_KIND, type TargetKey, type TargetName } from '../../scenario/targets';
import { withoutAbsent } from '../stats/absentFigures';
import type { CoreFigures } from '../stats/types';
import type { StrategyScenario } from '../levers/types';
import { dateOfDay } from '../levers/window';
import { deferredWindows, isDeferrable, type ChannelSeries, type StrategyEvaluation } from './evaluate';
import type { CallbackSeries } from './evaluationTypes';

export type { TargetName };

export interface Failure {
  channelId: string;
  target: TargetName;
  /** For responseWithin: the window in hours. */
  hours?: number;
  /** ISO dates of the failing days. */
  days: string[];
  /** Intervals missing the target: how many, and the first few (interval indices). */
  intervals: { count: number; first: number[] };
  /** The worst day's figure (null: no steady state, the wait is unbounded) against the target. */
  worst: { value: number | null; target: number };
  /** Sum over failing days of the relative miss, to rank near misses. */
  gap: number;
}

/**
 * Web call back over a range (docs/model.md, "Levers" 5): the counts of CallbackSeries summed,
 * and `promisesKept` = kept ÷ (kept + late), the share of the promises the centre could keep that
 * it kept (a caller not reached after two attempts is left out); null when there was none.
 */
export interface CallbackFigures {
  offered: number;
  accepted: number;
  kept: number;
  late: number;
  failed: number;
  attempts: number;
  promisesKept: number | null;
}

/** A channel's figures over one day (analytic, or the simulator's means). */
export interface DayFigures extends CoreFigures<number> {
  date: string;
  /** Voice with a web call-back lever only. */
  callbacks?: CallbackFigures;
  /** Deferrable channels: share of the day's contacts answered within each window. */
  withinTarget: number[] | null;
  backlog: number | null;
}

/** A channel's figures over the horizon (analytic, or the simulator's means), with its days. */
export interface ChannelFigures extends CoreFigures<number> {
  channelId: string;
  abandoned: number;
  /** Chats deflected by standby and lost (part of `abandoned`). */
  lost: number;
  withinTarget: number[] | null;
  responseHours: number | null;
  /** Voice with a web call-back lever only. */
  callbacks?: CallbackFigures;
  days: DayFigures[];
}

/**
 * The KPIs of one channel in one interval; null where the figure does not exist there (nothing
 * offered, no steady state, no agent). Deferrable channels (email, callback) have no per-interval
 * service level, answer rate or ASA: their contacts are answered in later intervals.
 */
export type IntervalFigures = Required<CoreFigures<number>>;

export type { CoreFigures };

/** Per-interval formulas, one place: the plan, the judge's "where" and the charts read them. */
const perInterval = {
  serviceLevel: (x: ChannelSeries, i: number) => (x.unstable[i] ? null : ratio(x.withinSl[i], x.offered[i])),
  answerRate: (x: ChannelSeries, i: number) => ratio(x.answered[i], x.offered[i]),
  asaSeconds: (x: ChannelSeries, i: number) => (x.unstable[i] ? null : ratio(x.waitSeconds[i], x.answered[i]) ?? (x.offered[i] > 1e-9 ? null : 0)),
  occupancy: (x: ChannelSeries, i: number) => ratio(x.busyAgents[i], x.agents[i]),
};

/** Every interval's figures of channel `c`. */
export function intervalFigures(s: StrategyScenario, ev: StrategyEvaluation, c: ResolvedChannel): IntervalFigures[] {
  const x = ev.channels[c.index];
  const deferrable = isDeferrable(c);
  return Array.from({ length: s.intervalCount }, (_, i) => ({
    offered: x.offered[i],
    answered: x.answered[i],
    serviceLevel: deferrable ? null : perInterval.serviceLevel(x, i),
    answerRate: deferrable ? null : perInterval.answerRate(x, i),
    asaSeconds: deferrable ? null : perInterval.asaSeconds(x, i),
    occupancy: perInterval.occupancy(x, i),
  }));
}

/** The rule above in a planner's words, as the pages show it (docs/model.md, "Judging targets"). */
export const JUDGING_RULE = 'Targets are judged per day, on the day\'s figure weighted by the contacts offered: a strategy meets its targets when every day with traffic meets every target. Intervals that miss show where a day is short, but one short interval alone does not fail a day. Email and callback response windows are judged on each day\'s arrivals.';

const FIRST_INTERVALS = 5;
const ratio = (a: number, b: number) => (b > 1e-9 ? a / b : null);
const sum = (xs: number[], from: number, to: number) => { let t = 0; for (let i = from; i < to; i++) t += xs[i]; return t; };

/** The call-back figures of intervals [from, to) (the one formula of `promisesKept`). */
export function callbackFigures(x: CallbackSeries, from: number, to: number): CallbackFigures {
  const kept = sum(x.kept, from, to);
  const late = sum(x.late, from, to);
  return {
    offered: sum(x.offered, from, to), accepted: sum(x.accepted, from, to), kept, late,
    failed: sum(x.failed, from, to), attempts: sum(x.attempts, from, to), promisesKept: ratio(kept, kept + late),
  };
}

function dayKpis(s: StrategyScenario, c: ResolvedChannel, series: ChannelSeries, ev: StrategyEvaluation, d: number): DayFigures {
  const a = d * s.intervalsPerDay;
  const b = a + s.intervalsPerDay;
  const offered = sum(series.offered, a, b);
  const answered = sum(series.answered, a, b);
  const date = dateOfDay(s.startDate, d);
  const deferred = ev.deferred[c.index];
  if (deferred) {
    const day = deferred.days[d];
    return withoutAbsent(c.kind, {
      date, offered: day.offered, answered: day.answered, serviceLevel: null, answerRate: ratio(day.answered, day.offered),
      asaSeconds: null, occupancy: ratio(sum(series.busyAgents, a, b), sum(series.agents, a, b)),
      withinTarget: day.within.map((w) => ratio(w, day.offered) ?? 1), backlog: day.backlog,
    });
  }
  let unstable = false;
  for (let i = a; i < b; i++) if (series.unstable[i] && series.offered[i] > 0) unstable = true;
  return {
    date, offered, answered,
    serviceLevel: ratio(sum(series.withinSl, a, b), offered),
    answerRate: ratio(answered, offered),
    asaSeconds: unstable ? null : ratio(sum(series.waitSeconds, a, b), answered) ?? (offered > 0 ? null : 0),
    occupancy: ratio(sum(series.busyAgents, a, b), sum(series.agents, a, b)),
    withinTarget: null, backlog: null,
    ...(series.callbacks ? { callbacks: callbackFigures(series.callbacks, a, b) } : {}),
  };
}

/** KPIs of one channel, per day and over the horizon. */
export function channelKpis(s: StrategyScenario, ev: StrategyEvaluation, c: ResolvedChannel): ChannelFigures {
  const series = ev.channels[c.index];
  const n = s.intervalCount;
  const days = Array.from({ length: s.days }, (_, d) => dayKpis(s, c, series, ev, d));
  const offered = days.reduce((t, d) => t + d.offered, 0);
  const answered = isDeferrable(c) ? days.reduce((t, d) => t + d.answered, 0) : sum(series.answered, 0, n);
  const deferred = ev.deferred[c.index];
  const unstable = series.unstable.some((u, i) => u && series.offered[i] > 0);
  return withoutAbsent(c.kind, {
    channelId: c.id,
    offered,
    answered,
    abandoned: isDeferrable(c) ? 0 : Math.max(0, offered - answered),
    lost: sum(series.lost, 0, n),
    serviceLevel: isDeferrable(c) ? null : ratio(sum(series.withinSl, 0, n), offered),
    answerRate: ratio(answered, offered),
    asaSeconds: isDeferrable(c) || unstable ? null : ratio(sum(series.waitSeconds, 0, n), answered),
    occupancy: ratio(sum(series.busyAgents, 0, n), sum(series.agents, 0, n)),
    withinTarget: deferred ? deferredWindows(c).map((_, k) => ratio(deferred.days.reduce((t, d) => t + d.within[k], 0), offered) ?? 1) : null,
    responseHours: deferred ? ratio(deferred.days.reduce((t, d) => t + d.responseSecondsSum, 0) / 3600, answered) : null,
    ...(series.callbacks ? { callbacks: callbackFigures(series.callbacks, 0, n) } : {}),
    days,
  });
}

interface Check {
  target: TargetName;
  hours?: number;
  goal: number;
  /** true when the figure must stay at or below the goal. */
  atMost: boolean;
  day: (d: DayFigures) => number | null;
  interval?: (i: number) => number | null;
}

/**
 * The checks of a channel: one per target its kind can be held to (scenario/targets.ts), so a
 * target the file accepts is always judged. Response windows have a day figure only.
 */
function checksFor(s: StrategyScenario, c: ResolvedChannel, series: ChannelSeries | null): Check[] {
  const t = c.targets;
  const at = (f: (x: ChannelSeries, i: number) => number | null) => (i: number) => (series === null ? null : f(series, i));
  const build: { [K in TargetKey]: () => Check[] } = {
    serviceLevel: () => (t.serviceLevel ? [{ target: 'serviceLevel', goal: t.serviceLevel.share, atMost: false, day: (d) => d.serviceLevel ?? null, interval: at(perInterval.serviceLevel) }] : []),
    minAnswerRate: () => (t.minAnswerRate !== undefined ? [{ target: 'answerRate', goal: t.minAnswerRate, atMost: false, day: (d) => d.answerRate, interval: at(perInterval.answerRate) }] : []),
    maxAsaSeconds: () => (t.maxAsaSeconds !== undefined ? [{ target: 'maxAsaSeconds', goal: t.maxAsaSeconds, atMost: true, day: (d) => d.asaSeconds ?? null, interval: at(perInterval.asaSeconds) }] : []),
    maxOccupancy: () => (t.maxOccupancy !== undefined ? [{ target: 'maxOccupancy', goal: t.maxOccupancy, atMost: true, day: (d) => d.occupancy, interval: at(perInterval.occupancy) }] : []),
    callbackWithin: () => (t.callbackWithin ? [{ target: 'callbackWithin', goal: t.callbackWithin.share, atMost: false, day: (d) => d.withinTarget?.[0] ?? null }] : []),
    // Judged only where a call-back lever acts; a day without a promise broke none.
    minPromisesKept: () => (offersCallbacks(s, c) ? [{ target: 'promisesKept', goal: promisesKeptGoal(t), atMost: false, day: (d) => d.callbacks?.promisesKept ?? 1 }] : []),
    responseWithin: () => (t.responseWithin ?? []).map((r, k): Check => ({ target: 'responseWithin', hours: r.hours, goal: r.share, atMost: false, day: (d) => d.withinTarget?.[k] ?? null })),
  };
  return TARGETS_BY_KIND[c.kind].flatMap((key) => build[key]());
}

/** Whether a web call-back lever acts on the channel (its series then carries call-back counts). */
const offersCallbacks = (s: StrategyScenario, c: ResolvedChannel) => s.callbacks.some((rule) => rule.channelIndex === c.index);

const TOLERANCE = 1e-9;
const misses = (check: Check, value: number | null) =>
  value === null ? true : check.atMost ? value > check.goal * (1 + TOLERANCE) : value < check.goal - TOLERANCE;

/**
 * A response-window target (email within H hours, callback within W minutes) is judged on the
 * days whose contacts' windows all close inside the horizon: whether a Sunday-night email is
 * answered by Monday depends on Monday's staff, which the scenario does not hold. Without this,
 * every scenario would fail on its last day(s) for want of a next day.
 */
function judged(s: StrategyScenario, c: ResolvedChannel, check: Check, day: number): boolean {
  const windowHours = check.target === 'responseWithin' ? check.hours ?? 0
    : check.target === 'callbackWithin' ? (c.targets.callbackWithin?.minutes ?? 0) / 60 : 0;
  return (day + 1) * 24 + windowHours <= s.days * 24 + 1e-9;
}

/** A judged day (with contacts) on which the check is missed: the one test both verdicts use. */
function failsOnDay(s: StrategyScenario, c: ResolvedChannel, check: Check, d: DayFigures, day: number): boolean {
  return d.offered > 1e-9 && judged(s, c, check, day) && misses(check, check.day(d));
}

/** Every target missed by the strategy, channel by channel. */
export function failuresOf(s: StrategyScenario, ev: StrategyEvaluation, kpis: ChannelFigures[]): Failure[] {
  const failures: Failure[] = [];
  for (const c of s.channels) {
    const series = ev.channels[c.index];
    const k = kpis[c.index];
    for (const check of checksFor(s, c, series)) {
      const failing = k.days.filter((d, day) => failsOnDay(s, c, check, d, day));
      if (failing.length === 0) continue;
      const intervals: number[] = [];
      if (check.interval) for (let i = 0; i < s.intervalCount; i++) if (series.offered[i] > 1e-9 && misses(check, check.interval(i))) intervals.push(i);
      let worst: number | null = check.day(failing[0]);
      let gap = 0;
      for (const d of failing) {
        const v = check.day(d);
        gap += v === null ? 1 : Math.abs(v - check.goal) / Math.max(check.goal, 1e-9);
        if (worst === null || v === null) { worst = null; continue; }
        worst = check.atMost ? Math.max(worst, v) : Math.min(worst, v);
      }
      failures.push({
        channelId: c.id,
        target: check.target,
        ...(check.hours !== undefined ? { hours: check.hours } : {}),
        days: failing.map((d) => d.date),
        intervals: { count: intervals.length, first: intervals.slice(0, FIRST_INTERVALS) },
        worst: { value: worst, target: check.goal },
        gap,
      });
    }
  }
  return failures;
}

/**
 * Per interval, per channel: does the interval meet the channel's targets? Its own figures
 * against the targets that have an interval figure; for response-window targets (judged per day
 * only), the verdict of its day, shown on the intervals that had arrivals. Intervals with nothing
 * offered meet everything.
 */
export function intervalVerdicts(s: StrategyScenario, ev: StrategyEvaluation, kpis: ChannelFigures[]): boolean[][] {
  return s.channels.map((c) => {
    const series = ev.channels[c.index];
    const verdict = new Array<boolean>(s.intervalCount).fill(true);
    for (const check of checksFor(s, c, series)) {
      for (let i = 0; i < s.intervalCount; i++) {
        if (!(series.offered[i] > 1e-9) || !verdict[i]) continue;
        const day = Math.floor(i / s.intervalsPerDay);
        const fails = check.interval
          ? misses(check, check.interval(i))
          : judged(s, c, check, day) && misses(check, check.day(kpis[c.index].days[day]));
        if (fails) verdict[i] = false;
      }
    }
    return verdict;
  });
}

/** A strategy judged: its channels' figures, every target it misses, and its horizon figures. */
export interface StrategyVerdict {
  channels: ChannelFigures[];
  failures: Failure[];
  /** Over the immediate channels (voice, chat), weighted by offered contacts. */
  serviceLevel: number | null;
  answerRate: number | null;
}

/**
 * The verdict without the list: every target met on every day judged — `failuresOf(…)` is empty —
 * stopping at the first miss (the same `failsOnDay`). What one replication's verdict needs
 * (`probMeetsTargets`, the sequential comparison on uncertain scenarios: compare/simulated.ts).
 */
export function meetsEveryTarget(s: StrategyScenario, ev: StrategyEvaluation, kpis: ChannelFigures[]): boolean {
  for (const c of s.channels) {
    const k = kpis[c.index];
    for (const check of checksFor(s, c, ev.channels[c.index])) {
      if (k.days.some((d, day) => failsOnDay(s, c, check, d, day))) return false;
    }
  }
  return true;
}

/**
 * The judge's one entry point, for analytic and simulated evaluations alike. `failures: false`:
 * the figures only, `failures` left empty (each replication's cost and check margins in a
 * comparison need no list of the intervals that miss: compare/simulated.ts).
 */
export function judgeStrategy(s: StrategyScenario, ev: StrategyEvaluation, options: { failures?: boolean } = {}): StrategyVerdict {
  const channels = s.channels.map((c) => channelKpis(s, ev, c));
  const immediate = channels.filter((_, k) => !isDeferrable(s.channels[k]));
  const offered = immediate.reduce((t, k) => t + k.offered, 0);
  const weighted = (pick: (k: ChannelFigures) => number | null) =>
    offered > 0 ? immediate.reduce((t, k) => t + (pick(k) ?? 0) * k.offered, 0) / offered : null;
  return {
    channels,
    failures: options.failures === false ? [] : failuresOf(s, ev, channels),
    serviceLevel: weighted((k) => k.serviceLevel ?? null),
    answerRate: weighted((k) => k.answerRate),
  };
}

/**
 * One check of the judge: a target of a channel on a day it is judged (`judged` above), as the
 * sequential comparison lists them (compare/sequential.ts). The same list for every replication
 * of a scenario, whatever its traffic: a day without contacts has weight 0 there.
 */
export interface DayCheck {
  channelId: string;
  target: TargetName;
  hours?: number;
  date: string;
  goal: number;
  atMost: boolean;
}

/** Every check of the strategy's channels, day by day, in the order `checkMargins` fills. */
export function dayChecks(s: StrategyScenario): DayCheck[] {
  const out: DayCheck[] = [];
  for (const c of s.channels) {
    for (const check of checksFor(s, c, null)) {
      for (let day = 0; day < s.days; day++) {
        if (!judged(s, c, check, day)) continue;
        out.push({ channelId: c.id, target: check.target, ...(check.hours !== undefined ? { hours: check.hours } : {}), date: dateOfDay(s.startDate, day), goal: check.goal, atMost: check.atMost });
      }
    }
  }
  return out;
}

/**
 * Per check of `dayChecks`, the margin `weight × (figure − goal)` (`goal − figure` for a figure
 * that must stay at or below its goal) and its weight, the day figure's denominator: contacts
 * offered (service level, answer rate, response windows), answered (ASA), agent time
 * (occupancy). Summed over replications, Σ margins ≥ 0 exactly when the figure of the summed
 * counts meets the goal — the verdict the judge gives the replications' means. A figure that does
 * not exist (no steady state) counts as a miss of the whole weight.
 */
export function checkMargins(s: StrategyScenario, ev: StrategyEvaluation, kpis: ChannelFigures[]): { margins: number[]; weights: number[] } {
  const margins: number[] = [];
  const weights: number[] = [];
  for (const c of s.channels) {
    const series = ev.channels[c.index];
    for (const check of checksFor(s, c, series)) {
      for (let day = 0; day < s.days; day++) {
        if (!judged(s, c, check, day)) continue;
        const d = kpis[c.index].days[day];
        const a = day * s.intervalsPerDay;
        const weight = check.target === 'maxAsaSeconds' ? d.answered
          : check.target === 'maxOccupancy' ? sum(series.agents, a, a + s.intervalsPerDay)
            // Promises kept = kept ÷ (kept + late): the promises the centre could keep.
            : check.target === 'promisesKept' ? (d.callbacks ? d.callbacks.kept + d.callbacks.late : 0)
              : d.offered;
        const value = check.day(d);
        const w = weight > 1e-9 ? weight : 0;
        weights.push(w);
        margins.push(w === 0 ? 0 : value === null ? -w * Math.max(1, Math.abs(check.goal)) : w * (check.atMost ? check.goal - value : value - check.goal));
      }
    }
  }
  return { margins, weights };
}
