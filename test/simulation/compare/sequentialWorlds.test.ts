/**
 * The sequential comparison on uncertain scenarios (compare/sequentialWorlds.ts) on synthetic
 * streams of worlds whose truth is known: each strategy meets every target in a world with a known
 * probability, its cost is noisy, and world r is shared by every strategy (common random numbers).
 * Its decisions on clear cases, and its promise — over many trials the wrong strategy is
 * recommended at most 5% of the time when the truth is separated by the zones — which a twin
 * judging the 0/1 outcomes with Student's t (not exact bounds) breaks.
 */
import { describe, expect, it } from 'vitest';
import { rng } from './seededRandom';
import { firstLook, stopSentence, type Contender, type ReplicationOutcome, type SequentialSettings, type SequentialState } from '../../../src/simulation/compare/sequential';
import { decideOnWorlds, decideSequential, withEarlyLook, worldTests, type ShareBounds } from '../../../src/simulation/compare/sequentialWorlds';
import { studentTQuantile } from '../../../src/simulation/stats/studentT';

/** A strategy's truth: the probability a world meets every target, its mean cost and the cost's noise. */
interface Truth { id: string; p: number; cost: number; costSd: number }

/**
 * World r: half the time the strategy's verdict follows the world's shared uniform (a hard world
 * is hard for every strategy), else its own; either way P(meets) = p exactly.
 */
function outcome(t: Truth, k: number, r: number, seed: number): ReplicationOutcome {
  const world = rng(seed * 1_000_003 + r);
  const own = rng(seed * 7_919 + r * 104_729 + k * 31 + 7);
  const sharedU = world.uniform();
  const u = own.uniform() < 0.5 ? sharedU : own.uniform();
  return { replication: r, cost: t.cost + t.costSd * (0.8 * world.normal() + 0.6 * own.normal()), margins: [], weights: [], meets: u < t.p };
}

const settings: SequentialSettings = {
  initial: 10, step: 10, maximum: 100, confidence: 0.95, feasibilityZone: 0.01, costZone: 500, probabilityGoal: 0.9, probabilityZone: 0.05,
};
const goal = 0.9;
const zone = 0.05;

type Decide = (c: readonly Contender[], s: SequentialSettings, prev: SequentialState['decisions'] | null) => SequentialState;

function run(truths: Truth[], seed: number, decide: Decide = decideSequential, s = settings): SequentialState {
  const outcomes = truths.map(() => [] as ReplicationOutcome[]);
  const contenders = (): Contender[] => truths.map((t, k) => ({ id: t.id, name: t.id, checks: [], outcomes: outcomes[k]! }));
  let target = firstLook(s);
  let state: SequentialState | null = null;
  for (;;) {
    truths.forEach((t, k) => {
      if (state && state.decisions[k]!.stopped !== null) return;
      while (outcomes[k]!.length < target) outcomes[k]!.push(outcome(t, k, outcomes[k]!.length, seed));
    });
    state = decide(contenders(), s, state?.decisions ?? null);
    if (state.done) return state;
    target = state.next;
  }
}

describe('the sequential comparison on worlds, clear cases', () => {
  it('stops a strategy met in no world after the first round, and says so in worlds', () => {
    const state = run([
      { id: 'never', p: 0, cost: 90_000, costSd: 0 },
      { id: 'sure', p: 1, cost: 100_000, costSd: 0 },
    ], 1);
    expect(state.decisions[0]!.stopped).toEqual({ kind: 'belowConfidence', confidence: 0.9, successes: 0, replications: 10 });
    expect(stopSentence(state.decisions[0]!.stopped!)).toBe('clearly below 90% sure (met in 0 of 10 worlds)');
    expect(state.incumbent).toBe('sure');
  });

  it('a dearer strategy met in every world is dominated exactly when 0.85^n falls below the error β (hand-computed: n = 50)', () => {
    // 3 strategies, 10 looks: m = 10 × 3 × 4 = 120 bounds, β = 0.05 / 120 = 4.2e-4; n of n worlds
    // proves a share ≥ 0.85 once P(S ≥ n | 0.85) = 0.85^n ≤ β: 0.85^40 = 1.5e-3, 0.85^50 = 3.0e-4.
    expect(worldTests(3, settings)).toBe(120);
    const state = run([
      { id: 'never', p: 0, cost: 90_000, costSd: 0 },
      { id: 'cheap', p: 1, cost: 100_000, costSd: 100 },
      { id: 'dear', p: 1, cost: 120_000, costSd: 100 },
    ], 2);
    expect(state.decisions[2]!.stopped).toMatchObject({ kind: 'dominated', by: 'cheap' });
    expect(state.decisions[2]!.replications).toBe(50);
    expect(state.incumbent).toBe('cheap');
  });

  it('without a probability goal, the procedure on the means decides (the same entry point)', () => {
    const state = decideSequential([{ id: 'a', name: 'a', checks: [], outcomes: [] }], { ...settings, probabilityGoal: null, maximum: 0 });
    expect(state.decisions[0]!.stopped?.kind).not.toBe('belowConfidence');
  });
});

/**
 * Wrong: the strategy picked meets the targets in fewer than goal − zone of the worlds, or costs
 * more than the cheapest strategy at goal + zone or above by more than the cost zone.
 */
function trials(make: (trial: number) => Truth[], count: number, decide: Decide = decideSequential, earlyLook = false) {
  let wrong = 0;
  let wrongButClaimed = 0;
  let replications = 0;
  for (let trial = 0; trial < count; trial++) {
    const truths = make(trial);
    const state = run(truths, 2000 + trial, decide, earlyLook ? withEarlyLook(settings, truths.length) : settings);
    replications += state.decisions.reduce((t, d) => t + d.replications, 0);
    const picked = truths.find((t) => t.id === state.incumbent);
    const desirable = truths.filter((t) => t.p >= goal + zone);
    const bestCost = Math.min(...desirable.map((t) => t.cost));
    const ok = picked !== undefined && picked.p >= goal - zone && picked.cost <= bestCost + settings.costZone;
    if (!ok) {
      wrong++;
      if ((state.confidence ?? 0) >= 0.9) wrongButClaimed++;
    }
  }
  return { wrong: wrong / count, wrongButClaimed: wrongButClaimed / count, meanReplications: replications / count };
}

/** The least favourable case: a cheaper strategy just short of goal − zone, the right one at goal + zone, a dearer one. */
const leastFavourable = (): Truth[] => [
  { id: 'cheap-but-short', p: 0.8, cost: 95_000, costSd: 1_500 },
  { id: 'best', p: goal + zone, cost: 100_000, costSd: 1_500 },
  { id: 'runner-up', p: 0.99, cost: 100_000 + 500, costSd: 1_500 },
  { id: 'far', p: 0.3, cost: 90_000, costSd: 1_500 },
];

/** Six strategies, each either clearly short (≤ goal − zone − 5 points) or clearly enough (≥ goal + zone), drawn from `seed`. */
const separated = (seed: number): Truth[] => {
  const g = rng(seed);
  return Array.from({ length: 6 }, (_, k) => ({
    id: `s${k}`,
    p: g.uniform() < 0.5 ? (goal - zone - 0.05) * g.uniform() : goal + zone + (1 - goal - zone) * g.uniform(),
    cost: 100_000 + 1_000 * Math.round(10 * g.uniform()),
    costSd: 2_000 * g.uniform(),
  }));
};

/** The weakened twin: Student's t on the 0/1 outcomes (no spread when every world passes). */
const studentOnZeroOne: ShareBounds = {
  below: (s, n, x, a) => n >= 2 && s / n + studentTQuantile(1 - a, n - 1) * Math.sqrt((s / n) * (1 - s / n) / (n - 1)) < x,
  atLeast: (s, n, x, a) => n >= 2 && s / n - studentTQuantile(1 - a, n - 1) * Math.sqrt((s / n) * (1 - s / n) / (n - 1)) >= x,
};

describe('the sequential comparison on worlds keeps its promise (synthetic worlds, known truth)', () => {
  it('least favourable case: wrong at most 5% of the time, and a claim of 90% or more on a wrong pick rarer still', () => {
    const { wrong, wrongButClaimed, meanReplications } = trials(leastFavourable, 400);
    expect(wrong).toBeLessThanOrEqual(0.05);
    expect(wrongButClaimed).toBeLessThanOrEqual(0.01);
    // The strategy met in 30% of the worlds stops early: less than every strategy × 100 replications.
    expect(meanReplications).toBeLessThan(400);
  });

  it('random configurations separated by the zones: wrong at most 5% of the time', () => {
    const { wrong } = trials((trial) => separated(91 + trial), 300);
    expect(wrong).toBeLessThanOrEqual(0.05);
  });

  it('a twin judging the 0/1 outcomes with Student\'s t breaks the promise on the least favourable case (10 of 10 looks certain)', () => {
    const twin: Decide = (c, s, prev) => decideOnWorlds(c, s, prev, studentOnZeroOne);
    const { wrong } = trials(leastFavourable, 400, twin);
    expect(wrong).toBeGreaterThan(0.05);
  });
});

describe('the early look on worlds (run/rounds.ts takes it before `initial`)', () => {
  it('is the fewest worlds whose none met proves "clearly below" at the error of the schedule including it (hand-computed)', () => {
    // 15 strategies, up to 30 worlds, 90% ± 5 points: looks at 6, 10, 20, 30: m = 4 × 15 × 16 = 960,
    // β = 0.05 / 960 = 5.2e-5; 0.15^5 = 7.6e-5 is not below it, 0.15^6 = 1.1e-5 is.
    const fifteen = withEarlyLook({ ...settings, maximum: 30 }, 15);
    expect(fifteen.first).toBe(6);
    expect(worldTests(15, fifteen)).toBe(960);
    // 3 strategies, up to 100: 11 looks, m = 11 × 3 × 4 = 132, β = 3.8e-4; 0.15^4 = 5.1e-4, 0.15^5 = 7.6e-5.
    expect(withEarlyLook(settings, 3).first).toBe(5);
    // None when even `initial` − 1 worlds cannot prove it (goal 0.5 ± 0.05: 0.55^9 = 4.6e-3 > β).
    expect(withEarlyLook({ ...settings, probabilityGoal: 0.5 }, 15).first).toBeUndefined();
    // On the means (no probability goal) the schedule is unchanged.
    expect(withEarlyLook({ ...settings, probabilityGoal: null }, 3)).toEqual({ ...settings, probabilityGoal: null });
  });

  it('stops a strategy met in no world at the early look, the others going on to `initial`', () => {
    const s = withEarlyLook(settings, 2);
    const state = run([
      { id: 'never', p: 0, cost: 90_000, costSd: 0 },
      { id: 'sure', p: 1, cost: 100_000, costSd: 0 },
    ], 1, decideSequential, s);
    expect(state.decisions[0]!.stopped).toEqual({ kind: 'belowConfidence', confidence: 0.9, successes: 0, replications: s.first });
    expect(s.first).toBeLessThan(settings.initial);
    expect(state.incumbent).toBe('sure');
  });

  it('keeps the promise: wrong at most 5% of the time on the least favourable case and on random configurations', () => {
    expect(trials(leastFavourable, 400, decideSequential, true).wrong).toBeLessThanOrEqual(0.05);
    const { wrong } = trials((trial) => separated(391 + trial), 300, decideSequential, true);
    expect(wrong).toBeLessThanOrEqual(0.05);
  });
});
