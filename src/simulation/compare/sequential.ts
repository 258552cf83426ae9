/**
 * Stop when the decision is clear: the comparison's sequential allocation of replications
 * (docs/modelling-choices.md, "Sequential comparison"). Pure: it reads each strategy's
 * per-replication outcomes and says which strategies go on, why the others stopped, and how sure
 * the recommendation is. The simulation itself is run elsewhere (run/comparison.ts).
 *
 * In the spirit of Kim–Nelson's selection with constraints (Andradóttir & Kim 2010):
 *
 * - **Feasibility, per check** (a target on one day): the margin of the day's figure over its
 *   goal is a ratio of means over the replications (the judge reads means of counts: kpis.ts), so
 *   each replication gives `weight × (figure − goal)` and the estimate is Σ margins ÷ Σ weights
 *   with the ratio estimator's standard error. A check is *clearly failing* when its upper bound
 *   is below −δ, *clearly met* when its lower bound is above +δ, *settled* when its 95% interval
 *   is narrower than ±δ (δ: the indifference zone, a share of the goal).
 * - **Selection by cost**: the incumbent is the cheapest strategy whose means meet every target
 *   (the judge's own rule, compare/comparison.ts `confirmRecommendation`); another strategy is
 *   *clearly dominated* when the incumbent is clearly feasible and the strategy's extra cost over
 *   it, paired replication by replication on the common random numbers, is clearly positive.
 * - "Clearly": one-sided bounds at error β = (1 − confidence) ÷ (strategies × looks × checks)
 *   (Bonferroni over every test the procedure could make), Student's t on n − 1 degrees of freedom.
 * - **Confidence**: a lower bound on the probability that the recommendation is right within the
 *   indifference zones — the incumbent is not infeasible by more than δ, and no other strategy is
 *   both feasible and cheaper by more than the cost zone — from the normal approximation of each
 *   estimate, summed by Bonferroni. The procedure ends when it reaches the goal (95%), when every
 *   strategy but the incumbent is stopped, or at the user's maximum.
 */
import { TARGET_WORDS, type TargetName } from '../../scenario/targets';
import { normalCdf } from '../stats/normal';
import { studentTQuantile } from '../stats/studentT';

/** One check a strategy is judged on: a target of a channel on a day. */
export interface CheckLabel {
  channelId: string;
  target: string;
  hours?: number;
  date: string;
  /** The goal (share, seconds): the indifference zone is a share of it. */
  goal: number;
}

/**
 * One replication of one strategy: its cost and, per check, `weight × (figure − goal)` (or
 * `weight × (goal − figure)` when the figure must stay at or below its goal) with its weight (the
 * figure's denominator: contacts offered, answered, agent time).
 */
export interface ReplicationOutcome {
  replication: number;
  cost: number;
  margins: readonly number[];
  weights: readonly number[];
  /**
   * This replication alone meets every target on every day: the verdict `probMeetsTargets`
   * counts (compare/simulated.ts), read by the procedure on uncertain scenarios
   * (compare/sequentialWorlds.ts).
   */
  meets?: boolean;
}

export interface Contender {
  id: string;
  name: string;
  checks: readonly CheckLabel[];
  /** In replication order, 0, 1, 2…: replication r of every strategy sees the same random numbers. */
  outcomes: readonly ReplicationOutcome[];
}

export interface SequentialSettings {
  /** Replications every strategy receives before the regular looks (see `first`). */
  initial: number;
  /**
   * An earlier look, before `initial`, when set: with uncertain inputs the fewest worlds that can
   * prove a strategy met in none clearly below (sequentialWorlds.ts, `withEarlyLook`). Fixed
   * before any replication, like every look, so the error stays shared among them all.
   */
  first?: number;
  /** Replications added to the strategies still running, per round. */
  step: number;
  /** The user's maximum per strategy. */
  maximum: number;
  /** The probability of a correct selection the procedure aims at. */
  confidence: number;
  /** Feasibility indifference zone, as a share of each goal (0.01: 0.8 ± 0.008). */
  feasibilityZone: number;
  /** Cost indifference zone, currency units. */
  costZone: number;
  /**
   * With uncertain inputs: the probability of meeting every target the recommendation must
   * reach (the scenario's `uncertainty.confidence`); the procedure then judges each strategy's
   * share of worlds against it (compare/sequentialWorlds.ts). Absent or null: judged on the means.
   */
  probabilityGoal?: number | null;
  /** The indifference zone around `probabilityGoal`, in points of probability (0.05: 90% ± 5 points). */
  probabilityZone?: number;
}

export const SEQUENTIAL_DEFAULTS: Omit<SequentialSettings, 'maximum' | 'costZone'> & { costZoneShare: number } = {
  initial: 10,
  step: 10,
  confidence: 0.95,
  feasibilityZone: 0.01,
  /** The cost zone as a share of the baseline's mean cost (0.001: 0.1%). */
  costZoneShare: 0.001,
  /** With uncertain inputs: 5 points of probability (docs/modelling-choices.md says why). */
  probabilityZone: 0.05,
};

export type StopReason =
  | { kind: 'fails'; check: CheckLabel }
  /** Uncertain inputs: the share of worlds met is clearly below the confidence asked (sequentialWorlds.ts). */
  | { kind: 'belowConfidence'; confidence: number; successes: number; replications: number }
  | { kind: 'dominated'; by: string; byName: string }
  | { kind: 'settled' }
  | { kind: 'maximum' };

export interface StrategyDecision {
  id: string;
  /** null while the strategy still runs. */
  stopped: StopReason | null;
  replications: number;
  /** On the replications so far: does every check's estimate meet its goal (the judge's verdict on means)? */
  meets: boolean;
  /** Mean cost over the replications so far. */
  cost: number;
}

export interface SequentialState {
  decisions: StrategyDecision[];
  /** The cheapest strategy whose means meet every target; null when none does. */
  incumbent: string | null;
  /** Lower bound on the probability of a correct selection; null without an incumbent. */
  confidence: number | null;
  /** true: nothing runs any more. */
  done: boolean;
  /** Replications the running strategies should have after the next round. */
  next: number;
}

/** The running statistics of one check (or of a paired cost difference). */
export interface RatioEstimate {
  /** Estimated margin, in the figure's own units (share, seconds). */
  margin: number;
  /** Its standard error; 0 when every replication agrees (or n < 2 with nothing to go by). */
  se: number;
  n: number;
}

/** Σ m ÷ Σ w with the ratio estimator's standard error (residuals m − margin·w). */
function ratioEstimate(outcomes: readonly ReplicationOutcome[], j: number, n: number): RatioEstimate {
  let m = 0;
  let w = 0;
  for (let r = 0; r < n; r++) { m += outcomes[r]!.margins[j]!; w += outcomes[r]!.weights[j]!; }
  if (!(w > 0)) return { margin: 0, se: 0, n };
  const margin = m / w;
  let ss = 0;
  for (let r = 0; r < n; r++) {
    const e = outcomes[r]!.margins[j]! - margin * outcomes[r]!.weights[j]!;
    ss += e * e;
  }
  const se = n > 1 ? Math.sqrt(ss / (n - 1) / n) / (w / n) : Infinity;
  return { margin, se, n };
}

/** Mean and standard error of `a.cost − b.cost` over their first n replications (paired). */
export function pairedCost(a: readonly ReplicationOutcome[], b: readonly ReplicationOutcome[], n: number): RatioEstimate {
  let sum = 0;
  for (let r = 0; r < n; r++) sum += a[r]!.cost - b[r]!.cost;
  const mean = sum / n;
  let ss = 0;
  for (let r = 0; r < n; r++) { const e = a[r]!.cost - b[r]!.cost - mean; ss += e * e; }
  return { margin: mean, se: n > 1 ? Math.sqrt(ss / (n - 1) / n) : Infinity, n };
}

export const meanCost = (c: Contender, n: number) => {
  let t = 0;
  for (let r = 0; r < n; r++) t += c.outcomes[r]!.cost;
  return t / n;
};

/** P(estimate's truth > x) under the normal approximation; a step when the spread is 0. */
function probAbove(e: RatioEstimate, x: number): number {
  if (e.se === 0 || !Number.isFinite(e.se)) return e.se === 0 ? (e.margin > x ? 1 : e.margin < x ? 0 : 0.5) : 0.5;
  return normalCdf((e.margin - x) / e.se);
}

type Schedule = Pick<SequentialSettings, 'initial' | 'first' | 'step' | 'maximum'>;

/** Whether the schedule has a look before `initial`. */
const early = (s: Schedule) => s.first !== undefined && s.first >= 1 && s.first < Math.min(s.initial, s.maximum);

/** The replications every strategy receives before the first decision. */
export function firstLook(s: Schedule): number {
  return early(s) ? s.first! : Math.min(s.initial, s.maximum);
}

/** The replications of the look after one at n: `initial` after the early look, then every `step`. */
export function nextLook(s: Schedule, n: number): number {
  return Math.min(s.maximum, n < s.initial ? s.initial : n + Math.max(1, s.step));
}

/** How many looks the procedure can take up to the maximum (the early one included). */
export function looks(settings: Schedule): number {
  const first = Math.min(settings.initial, settings.maximum);
  return (early(settings) ? 1 : 0) + 1 + Math.ceil(Math.max(0, settings.maximum - first) / Math.max(1, settings.step));
}

/** The judge's verdict on means: every check's estimated margin at or above 0. */
const meetsOnMeans = (estimates: readonly RatioEstimate[]) => estimates.every((e) => e.margin >= -1e-12);

/**
 * One look: the decisions so far (`previous`, null at the first look) and every outcome so far
 * give the next state. A stopped strategy stays stopped; the others have the same number of
 * outcomes, `n`.
 */
export function decide(contenders: readonly Contender[], settings: SequentialSettings, previous: readonly StrategyDecision[] | null = null): SequentialState {
  const stopped = new Map((previous ?? []).filter((d) => d.stopped !== null).map((d) => [d.id, d]));
  const count = (c: Contender) => stopped.get(c.id)?.replications ?? c.outcomes.length;
  const estimates = contenders.map((c) => c.checks.map((_, j) => ratioEstimate(c.outcomes, j, count(c))));
  const zone = (c: Contender, j: number) => settings.feasibilityZone * Math.abs(c.checks[j]!.goal);
  const running = contenders.filter((c) => !stopped.has(c.id));
  const n = running.length > 0 ? Math.min(...running.map((c) => c.outcomes.length)) : 0;
  const checksTotal = contenders.reduce((t, c) => t + Math.max(1, c.checks.length), 0);
  const beta = (1 - settings.confidence) / (checksTotal * looks(settings));
  const h = n >= 2 ? studentTQuantile(1 - beta, n - 1) : Infinity;
  const decisions = new Map<string, StrategyDecision>(contenders.map((c, k) => [c.id, stopped.get(c.id)
    ?? { id: c.id, stopped: null, replications: c.outcomes.length, meets: meetsOnMeans(estimates[k]!), cost: c.outcomes.length > 0 ? meanCost(c, c.outcomes.length) : 0 }]));
  const stop = (c: Contender, reason: StopReason) => decisions.set(c.id, { ...decisions.get(c.id)!, stopped: reason, replications: n });

  // Feasibility: a running strategy with a clearly failing check stops (its worst check named).
  const clearlyFeasible = new Set<string>();
  contenders.forEach((c, k) => {
    if (stopped.has(c.id) || n < 2) return;
    let worst: { j: number; upper: number } | null = null;
    let allMet = true;
    estimates[k]!.forEach((e, j) => {
      const upper = (e.margin + h * e.se) / Math.max(zone(c, j), 1e-12);
      if (e.margin + h * e.se < -zone(c, j) && (worst === null || upper < worst.upper)) worst = { j, upper };
      if (!(e.margin - h * e.se > -zone(c, j))) allMet = false;
    });
    if (worst !== null) stop(c, { kind: 'fails', check: c.checks[(worst as { j: number }).j]! });
    else if (allMet) clearlyFeasible.add(c.id);
  });
  // Strategies stopped earlier for meeting the targets were clearly feasible then.
  for (const d of stopped.values()) if (d.stopped?.kind === 'settled') clearlyFeasible.add(d.id);

  // The incumbent: the judge's own pick among every strategy (cheapest meeting every target on means).
  const meeting = contenders.map((c, k) => ({ c, k })).filter(({ k }) => meetsOnMeans(estimates[k]!));
  meeting.sort((a, b) => meanCost(a.c, count(a.c)) - meanCost(b.c, count(b.c)));
  const incumbent = meeting[0] ?? null;

  // Selection: with a clearly feasible incumbent, a running strategy clearly costlier stops.
  if (incumbent && clearlyFeasible.has(incumbent.c.id) && n >= 2) stopDominated(running, incumbent.c, decisions, n, count, h, stop);

  const confidence = incumbent ? correctSelection(contenders, estimates, incumbent.k, count, zone, settings.costZone) : null;
  return closeRound(contenders, running, decisions, incumbent?.c ?? null, confidence, settings, n, stop);
}

/**
 * Selection, the same rule for both procedures (on the means, and on shares of worlds in
 * sequentialWorlds.ts): with a clearly good incumbent, a running strategy whose paired extra
 * cost over it has a lower bound (Student-t quantile `h`) above 0 stops as dominated.
 */
export function stopDominated(
  running: readonly Contender[], incumbent: Contender, decisions: ReadonlyMap<string, StrategyDecision>, n: number,
  count: (c: Contender) => number, h: number, stop: (c: Contender, reason: StopReason) => void,
): void {
  for (const c of running) {
    if (c === incumbent || decisions.get(c.id)!.stopped !== null) continue;
    const d = pairedCost(c.outcomes, incumbent.outcomes, Math.min(n, count(incumbent)));
    if (d.margin - h * d.se > 0) stop(c, { kind: 'dominated', by: incumbent.id, byName: incumbent.name });
  }
}

/**
 * The end of a round, the same rule for both procedures: the comparison is done when nothing
 * runs but the incumbent, when the claim reaches the confidence, or at the maximum; the
 * strategies still running then stop as settled (or `maximum` when the maximum came before a
 * clear decision).
 */
export function closeRound(
  contenders: readonly Contender[], running: readonly Contender[], decisions: ReadonlyMap<string, StrategyDecision>,
  incumbent: Contender | null, confidence: number | null, settings: SequentialSettings, n: number,
  stop: (c: Contender, reason: StopReason) => void,
): SequentialState {
  const stillRunning = running.filter((c) => decisions.get(c.id)!.stopped === null);
  const onlyIncumbent = stillRunning.every((c) => c === incumbent);
  const confident = confidence !== null && confidence >= settings.confidence;
  const atMaximum = n >= settings.maximum;
  const done = stillRunning.length === 0 || onlyIncumbent || confident || atMaximum;
  if (done) {
    // At the maximum, a strategy whose decision is not clear says so; the others are settled.
    for (const c of stillRunning) stop(c, confident || onlyIncumbent || !atMaximum ? { kind: 'settled' } : { kind: 'maximum' });
  }
  return {
    decisions: contenders.map((c) => decisions.get(c.id)!),
    incumbent: incumbent?.id ?? null,
    confidence,
    done,
    next: done ? n : nextLook(settings, n),
  };
}

/**
 * Lower bound on P(correct selection): 1 − P(the incumbent is infeasible by more than its
 * zones) − Σ over the others of P(feasible by more than the zones and cheaper by more than the
 * cost zone), each from the normal approximation of its estimates.
 */
function correctSelection(
  contenders: readonly Contender[], estimates: readonly (readonly RatioEstimate[])[], b: number,
  count: (c: Contender) => number, zone: (c: Contender, j: number) => number, costZone: number,
): number {
  const best = contenders[b]!;
  let error = 0;
  estimates[b]!.forEach((e, j) => { error += 1 - probAbove(e, -zone(best, j)); });
  contenders.forEach((c, k) => {
    if (k === b) return;
    let feasible = 1;
    estimates[k]!.forEach((e, j) => { feasible = Math.min(feasible, probAbove(e, zone(c, j))); });
    const n = Math.min(count(c), count(best));
    const cheaper = n > 0 ? 1 - probAbove(pairedCost(c.outcomes, best.outcomes, n), -costZone) : 1;
    error += Math.min(feasible, cheaper);
  });
  return Math.max(0, 1 - error);
}

/** The reason a strategy stopped, in a planner's words (the JSON's `stoppedBecause`). */
export function stopSentence(reason: StopReason): string {
  switch (reason.kind) {
    case 'fails': {
      const c = reason.check;
      const window = c.hours !== undefined ? ` within ${c.hours} h` : '';
      return `clearly fails ${TARGET_WORDS[c.target as TargetName] ?? c.target}${window} of ${c.channelId} on ${c.date}`;
    }
    case 'belowConfidence': return `clearly below ${Math.round(reason.confidence * 1000) / 10}% sure (met in ${reason.successes} of ${reason.replications} worlds)`;
    case 'dominated': return `dominated by ${reason.byName} (costs more on the same replications)`;
    case 'settled': return 'settled';
    case 'maximum': return 'maximum reached';
  }
}


/** How sure the recommendation is, in a planner's words (appended to the recommendation's first sentence). */
export function confidenceSentence(confidence: number | null, done: boolean, maximumReached: boolean): string {
  if (confidence === null) return '';
  const pct = `${Math.floor(confidence * 100)}%`;
  if (!done) return `Provisional: right with probability at least ${pct} so far.`;
  return maximumReached && confidence < SEQUENTIAL_DEFAULTS.confidence
    ? `Right with probability at least ${pct} (the maximum of replications was reached before 95%).`
    : `Right with probability at least ${pct}.`;
}
