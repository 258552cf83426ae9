/**
 * The sequential comparison on an uncertain scenario (docs/modelling-choices.md, "Sequential
 * comparison", "With uncertain inputs"): the recommendation there is the cheapest strategy whose
 * share of worlds meeting every target reaches the confidence asked (compare/recommend.ts,
 * `recommendAtConfidence`), so the procedure judges that share, not the means.
 *
 * - **Feasibility**: one Bernoulli per replication — this replication (one world) meets every
 *   target on every day, the verdict `probMeetsTargets` counts (`ReplicationOutcome.meets`). A
 *   strategy is *clearly below* when its exact (Clopper–Pearson) upper bound is below goal − zone.
 *   Exact bounds, not Student's t: on 0/1 outcomes t degenerates (no spread when every world passes
 *   or none does).
 * - **Selection by cost**: the incumbent is the pick of `recommendAtConfidence` on the worlds so
 *   far (cheapest whose share reaches the goal); once its exact lower bound is at least
 *   goal − zone, a running strategy whose paired extra cost over it has a Student-t lower bound
 *   above 0 is *clearly dominated* (as on the means: costs are sums, not 0/1).
 * - **Error**: every bound at β = (1 − confidence) ÷ m, m = looks × K × (K + 1) — per look, a
 *   lower and an upper bound per strategy and a cost bound per ordered pair of strategies:
 *   Bonferroni over every test the claim below may use.
 * - **The claim** (`confidence`, the JSON's `probabilityCorrect`): correct means the pick's true
 *   share is at least goal − zone, and no other strategy has a share of at least goal + zone while
 *   costing less than the pick by more than the cost zone. The claim is 1 − a for the smallest
 *   error a at which the selection is *certified* — the pick's lower bound at a ÷ m is at least
 *   goal − zone, and every other strategy has an upper bound below goal + zone or a paired cost
 *   bound above −(cost zone) — so P(wrong and claim ≥ 1 − a) ≤ a for every a: a valid lower
 *   bound (exact for the shares; the cost bounds are Student-t, as on the means). With few
 *   worlds it is small (30 of 30 worlds cannot prove 85% at that error): said, not hidden.
 */
import { binomialAtLeast, binomialAtMost } from '../stats/proportion';
import { studentTQuantile } from '../stats/studentT';
import {
  closeRound, decide, looks, meanCost, pairedCost, SEQUENTIAL_DEFAULTS, stopDominated, type Contender, type SequentialSettings, type SequentialState,
  type StopReason, type StrategyDecision,
} from './sequential';

/** The procedure for the settings: on the worlds when a probability goal is set, else on the means. */
export function decideSequential(contenders: readonly Contender[], settings: SequentialSettings, previous: readonly StrategyDecision[] | null = null): SequentialState {
  return settings.probabilityGoal != null ? decideOnWorlds(contenders, settings, previous) : decide(contenders, settings, previous);
}

/**
 * Bounds on a strategy's share of worlds from its successes among n, each at error a. The
 * procedure's are exact (Clopper–Pearson through the binomial tails, stats/proportion.ts); the
 * tests pass a weakened twin (Student's t on the 0/1 outcomes) to show their check can fail.
 */
export interface ShareBounds {
  /** The upper bound is below x. */
  below(successes: number, n: number, x: number, a: number): boolean;
  /** The lower bound is at least x. */
  atLeast(successes: number, n: number, x: number, a: number): boolean;
}

export const EXACT_BOUNDS: ShareBounds = {
  below: (s, n, x, a) => binomialAtMost(s, n, x) < a,
  atLeast: (s, n, x, a) => binomialAtLeast(s, n, x) <= a,
};

/** Replications met (every target, every day) among the first n. */
const successes = (c: Contender, n: number) => {
  let s = 0;
  for (let r = 0; r < n; r++) if (c.outcomes[r]!.meets === true) s++;
  return s;
};

/** The number of bounds the error is shared among (module comment). */
export function worldTests(strategies: number, settings: Pick<SequentialSettings, 'initial' | 'first' | 'step' | 'maximum'>): number {
  return looks(settings) * strategies * (strategies + 1);
}

/**
 * The settings with an early look when one can stop something: the fewest worlds n (below
 * `initial`) such that a strategy met in none of n is clearly below goal − zone at the error of a
 * schedule that includes that look. A strategy that fails in every world then costs n
 * replications, not `initial` (on the default sample, 6 instead of 10). Without a probability
 * goal, or when no such n exists, unchanged. The schedule depends only on the settings and the
 * number of strategies, never on outcomes, so the Bonferroni sharing stays valid.
 */
export function withEarlyLook(settings: SequentialSettings, strategies: number): SequentialSettings {
  if (settings.probabilityGoal == null || !(floorOf(settings) > 0)) return settings;
  for (let n = 1; n < Math.min(settings.initial, settings.maximum); n++) {
    const scheduled = { ...settings, first: n };
    if (clearlyBelow(0, n, scheduled, (1 - settings.confidence) / worldTests(strategies, scheduled))) return scheduled;
  }
  return settings;
}

/** The indifference zone around the probability goal (its default in SEQUENTIAL_DEFAULTS). */
const zoneOf = (settings: SequentialSettings) => settings.probabilityZone ?? SEQUENTIAL_DEFAULTS.probabilityZone!;
/** The share below which a strategy is not worth going on with: goal − zone. */
const floorOf = (settings: SequentialSettings) => settings.probabilityGoal! - zoneOf(settings);

/** "Clearly below": the upper bound at error a on the share met in `successes` of n is below goal − zone. */
function clearlyBelow(successes: number, n: number, settings: SequentialSettings, a: number, bounds: ShareBounds = EXACT_BOUNDS): boolean {
  return bounds.below(successes, n, floorOf(settings), a);
}

export function decideOnWorlds(
  contenders: readonly Contender[], settings: SequentialSettings, previous: readonly StrategyDecision[] | null = null, bounds: ShareBounds = EXACT_BOUNDS,
): SequentialState {
  const goal = settings.probabilityGoal!;
  const zone = zoneOf(settings);
  const stopped = new Map((previous ?? []).filter((d) => d.stopped !== null).map((d) => [d.id, d]));
  const count = (c: Contender) => stopped.get(c.id)?.replications ?? c.outcomes.length;
  const running = contenders.filter((c) => !stopped.has(c.id));
  const n = running.length > 0 ? Math.min(...running.map((c) => c.outcomes.length)) : 0;
  const m = worldTests(contenders.length, settings);
  const beta = (1 - settings.confidence) / m;
  const met = contenders.map((c) => successes(c, count(c)));
  const share = (k: number) => (count(contenders[k]!) > 0 ? met[k]! / count(contenders[k]!) : 0);
  const decisions = new Map<string, StrategyDecision>(contenders.map((c, k) => [c.id, stopped.get(c.id)
    ?? { id: c.id, stopped: null, replications: c.outcomes.length, meets: share(k) >= goal - 1e-12, cost: c.outcomes.length > 0 ? meanCost(c, c.outcomes.length) : 0 }]));
  const stop = (c: Contender, reason: StopReason) => decisions.set(c.id, { ...decisions.get(c.id)!, stopped: reason, replications: n });

  // Clearly below: the exact upper bound at β is below goal − zone.
  contenders.forEach((c, k) => {
    if (stopped.has(c.id) || n < 1) return;
    if (clearlyBelow(met[k]!, n, settings, beta, bounds)) stop(c, { kind: 'belowConfidence', confidence: goal, successes: met[k]!, replications: n });
  });

  // The incumbent: recommendAtConfidence's pick on the worlds so far (cheapest reaching the goal; ties: the more likely).
  const reaching = contenders.map((c, k) => ({ c, k, cost: meanCost(c, count(c)), p: share(k) })).filter((x) => count(x.c) > 0 && x.p >= goal - 1e-12);
  reaching.sort((a, b) => a.cost - b.cost || b.p - a.p);
  const incumbent = reaching[0] ?? null;
  const surelyEnough = (k: number, a: number) => bounds.atLeast(met[k]!, count(contenders[k]!), goal - zone, a);

  // Dominance: with an incumbent clearly at least goal − zone, a running strategy clearly costlier stops.
  if (incumbent && n >= 2 && surelyEnough(incumbent.k, beta)) {
    stopDominated(running, incumbent.c, decisions, n, count, studentTQuantile(1 - beta, n - 1), stop);
  }

  const confidence = incumbent ? certified(contenders, incumbent.k, met, count, goal, zone, settings.costZone, m, bounds) : null;
  return closeRound(contenders, running, decisions, incumbent?.c ?? null, confidence, settings, n, stop);
}

/**
 * 1 − the smallest error a at which the pick `b` is certified correct (module comment), found by
 * bisection on a (certification only gets easier as a grows); the bracket's certified end is
 * returned, so the claim never exceeds what is proved.
 */
function certified(
  contenders: readonly Contender[], b: number, met: readonly number[], count: (c: Contender) => number,
  goal: number, zone: number, costZone: number, m: number, bounds: ShareBounds,
): number {
  const best = contenders[b]!;
  const holds = (a: number): boolean => {
    const level = a / m;
    if (!bounds.atLeast(met[b]!, count(best), goal - zone, level)) return false;
    return contenders.every((c, k) => {
      if (k === b) return true;
      // Its share is below goal + zone (always so when that is above 1)…
      if (goal + zone > 1 || bounds.below(met[k]!, count(c), goal + zone, level)) return true;
      // …or it costs no less than the pick minus the cost zone (paired on the common worlds).
      const n = Math.min(count(c), count(best));
      if (n < 2) return false;
      const d = pairedCost(c.outcomes, best.outcomes, n);
      const h = studentTQuantile(1 - level, n - 1);
      return d.se === 0 ? d.margin > -costZone : d.margin - h * d.se > -costZone;
    });
  };
  if (!holds(1)) return 0;
  let lo = 0; // not certified (or not yet known)
  let hi = 1; // certified
  for (let i = 0; i < 40; i++) { const mid = (lo + hi) / 2; if (holds(mid)) hi = mid; else lo = mid; }
  return Math.max(0, 1 - hi);
}
