/**
 * The sequential comparison (compare/sequential.ts) on synthetic streams of per-replication
 * outcomes whose truth is known: the decisions it takes on clear cases, and its statistical
 * promise — over many trials, the wrong strategy is recommended at most 5% of the time when the
 * truth is separated by the indifference zones.
 */
import { describe, expect, it } from 'vitest';
import { rng } from './seededRandom';
import {
  decide, looks, stopSentence, type CheckLabel, type Contender, type ReplicationOutcome, type SequentialSettings, type SequentialState,
} from '../../../src/simulation/compare/sequential';

/** A strategy's truth: the mean margin of each check (share units), its mean cost, and the noise. */
interface Truth { id: string; margins: number[]; cost: number; marginSd: number; costSd: number }

const checks = (n: number): CheckLabel[] => Array.from({ length: n }, (_, d) => ({ channelId: 'voice', target: 'serviceLevel', date: `2026-06-${String(10 + d).padStart(2, '0')}`, goal: 0.8 }));

/**
 * Replication r of every strategy shares a common part of the noise (the same arrivals: common
 * random numbers), so the paired cost differences are tighter than either cost.
 */
function outcome(t: Truth, r: number, seed: number): ReplicationOutcome {
  const common = rng(seed * 1_000_003 + r);
  const own = rng(seed * 7_919 + r * 104_729 + t.id.length * 31 + t.id.charCodeAt(t.id.length - 1));
  const shared = common.normal();
  return {
    replication: r,
    cost: t.cost + t.costSd * (0.8 * shared + 0.6 * own.normal()),
    margins: t.margins.map((m) => m + t.marginSd * (0.7 * common.normal() + 0.71 * own.normal())),
    weights: t.margins.map(() => 1),
  };
}

/** Runs the procedure as the comparison does: rounds of replications for the strategies still running. */
function run(truths: Truth[], settings: SequentialSettings, seed: number): SequentialState {
  const outcomes = truths.map(() => [] as ReplicationOutcome[]);
  const contenders = (): Contender[] => truths.map((t, k) => ({ id: t.id, name: t.id, checks: checks(t.margins.length), outcomes: outcomes[k]! }));
  let target = Math.min(settings.initial, settings.maximum);
  let state: SequentialState | null = null;
  for (;;) {
    truths.forEach((t, k) => {
      if (state && state.decisions[k]!.stopped !== null) return;
      while (outcomes[k]!.length < target) outcomes[k]!.push(outcome(t, outcomes[k]!.length, seed));
    });
    state = decide(contenders(), settings, state?.decisions ?? null);
    if (state.done) return state;
    target = state.next;
  }
}

const settings: SequentialSettings = { initial: 10, step: 10, maximum: 100, confidence: 0.95, feasibilityZone: 0.01, costZone: 500 };
const zone = 0.008; // 1% of 0.8

describe('the sequential comparison on clear cases', () => {
  it('stops a strategy that clearly fails a target after the first round, naming the check', () => {
    const state = run([
      { id: 'base', margins: [0.05, -0.2, 0.05], cost: 100_000, marginSd: 0.02, costSd: 0 },
      { id: 'good', margins: [0.05, 0.05, 0.05], cost: 110_000, marginSd: 0.02, costSd: 0 },
    ], settings, 1);
    const base = state.decisions[0]!;
    expect(base.replications).toBe(10);
    expect(base.stopped).toMatchObject({ kind: 'fails', check: { date: '2026-06-11' } });
    expect(stopSentence(base.stopped!)).toBe('clearly fails service level of voice on 2026-06-11');
    expect(state.incumbent).toBe('good');
  });

  it('stops a strategy clearly costlier than a clearly feasible incumbent', () => {
    const state = run([
      { id: 'cheap', margins: [0.1, 0.1], cost: 100_000, marginSd: 0.01, costSd: 100 },
      { id: 'dear', margins: [0.1, 0.1], cost: 120_000, marginSd: 0.01, costSd: 100 },
      { id: 'close', margins: [0.02, 0.1], cost: 100_200, marginSd: 0.06, costSd: 300 },
    ], settings, 2);
    expect(state.decisions[1]!.stopped).toMatchObject({ kind: 'dominated', by: 'cheap' });
    expect(state.decisions[1]!.replications).toBe(10);
  });

  it('keeps close contenders running past the first round, and ends at the maximum when they stay close', () => {
    const close: Truth[] = [
      { id: 'a', margins: [0.0005], cost: 100_000, marginSd: 0.08, costSd: 2_000 },
      { id: 'b', margins: [0.0005], cost: 100_050, marginSd: 0.08, costSd: 2_000 },
    ];
    const state = run(close, { ...settings, maximum: 40 }, 3);
    expect(state.decisions.map((d) => d.replications)).toEqual([40, 40]);
    expect(state.decisions.every((d) => d.stopped?.kind === 'maximum' || d.stopped?.kind === 'settled')).toBe(true);
    expect(state.decisions.some((d) => d.stopped?.kind === 'maximum')).toBe(true);
    expect(state.confidence === null || state.confidence < 0.95).toBe(true);
  });

  it('ends as soon as the recommendation holds at 95% and says so', () => {
    const state = run([
      { id: 'fails', margins: [-0.3], cost: 90_000, marginSd: 0.02, costSd: 0 },
      { id: 'best', margins: [0.08], cost: 95_000, marginSd: 0.02, costSd: 0 },
      { id: 'dear', margins: [0.08], cost: 99_000, marginSd: 0.02, costSd: 0 },
    ], settings, 4);
    expect(state.incumbent).toBe('best');
    expect(state.confidence!).toBeGreaterThanOrEqual(0.95);
    expect(state.decisions.map((d) => d.replications)).toEqual([10, 10, 10]);
  });

  it('with a maximum no larger than the first round, every strategy gets exactly the maximum (the procedure cannot save anything)', () => {
    const state = run([
      { id: 'x', margins: [-0.3], cost: 90_000, marginSd: 0.02, costSd: 0 },
      { id: 'y', margins: [0.001], cost: 95_000, marginSd: 0.05, costSd: 10 },
    ], { ...settings, maximum: 5 }, 5);
    expect(state.decisions.map((d) => d.replications)).toEqual([5, 5]);
    expect(state.done).toBe(true);
  });

  it('counts its looks from the first round to the maximum', () => {
    expect(looks({ initial: 10, step: 10, maximum: 100 })).toBe(10);
    expect(looks({ initial: 10, step: 10, maximum: 30 })).toBe(3);
    expect(looks({ initial: 10, step: 10, maximum: 5 })).toBe(1);
    expect(looks({ initial: 10, step: 7, maximum: 25 })).toBe(4);
  });
});

/**
 * The promise: when the truth is separated by the indifference zones, the recommendation is
 * right at least 95% of the time. Wrong: the strategy picked is infeasible by more than its zone,
 * or costs more than the best clearly feasible strategy by more than the cost zone.
 */
function wrongSelections(make: (trial: number) => Truth[], trials: number): { wrong: number; meanReplications: number } {
  let wrong = 0;
  let replications = 0;
  for (let trial = 0; trial < trials; trial++) {
    const truths = make(trial);
    const state = run(truths, settings, 1000 + trial);
    replications += state.decisions.reduce((t, d) => t + d.replications, 0);
    const picked = truths.find((t) => t.id === state.incumbent);
    const desirable = truths.filter((t) => t.margins.every((m) => m >= zone));
    const bestCost = Math.min(...desirable.map((t) => t.cost));
    const ok = picked?.margins.every((m) => m >= -zone) === true && picked.cost <= bestCost + settings.costZone;
    if (!ok) wrong++;
  }
  return { wrong: wrong / trials, meanReplications: replications / trials };
}

describe('the sequential comparison keeps its promise (synthetic streams, known truth)', () => {
  it('least favourable case: a cheaper strategy just infeasible, a dearer one just costlier — wrong at most 5% of the time', () => {
    const { wrong, meanReplications } = wrongSelections(() => [
      { id: 'cheap-but-short', margins: [0.05, -zone, 0.05], cost: 99_000, marginSd: 0.05, costSd: 1_500 },
      { id: 'best', margins: [zone, zone, 0.05], cost: 100_000, marginSd: 0.05, costSd: 1_500 },
      { id: 'runner-up', margins: [0.05, 0.05, 0.05], cost: 100_000 + 500, marginSd: 0.02, costSd: 1_500 },
      { id: 'far', margins: [-0.2, 0.05, 0.05], cost: 90_000, marginSd: 0.02, costSd: 1_500 },
    ], 400);
    expect(wrong).toBeLessThanOrEqual(0.05);
    // And it saves work against 100 replications for every strategy.
    expect(meanReplications).toBeLessThan(400);
  });

  it('random configurations separated by the zones: wrong at most 5% of the time', () => {
    const { wrong } = wrongSelections((trial) => {
      const g = rng(77 + trial);
      return Array.from({ length: 6 }, (_, k) => {
        // Each check is either clearly met (≥ +zone) or clearly missed (≤ −zone), by a random amount.
        const margins = Array.from({ length: 3 }, () => (g.uniform() < 0.8 ? 1 : -1) * (zone + 0.03 * g.uniform()));
        return { id: `s${k}`, margins, cost: 100_000 + 1_000 * Math.round(10 * g.uniform()), marginSd: 0.01 + 0.06 * g.uniform(), costSd: 2_000 * g.uniform() };
      });
    }, 300);
    expect(wrong).toBeLessThanOrEqual(0.05);
  });

  it('a deliberately careless twin (stopping at the first look, no bounds) breaks the promise on the least favourable case', () => {
    // The check above can fail: the same cases judged after one round of 10 replications each.
    const careless = { ...settings, maximum: 10 };
    let wrong = 0;
    const trials = 300;
    for (let trial = 0; trial < trials; trial++) {
      const truths: Truth[] = [
        { id: 'cheap-but-short', margins: [-zone], cost: 99_000, marginSd: 0.03, costSd: 0 },
        { id: 'best', margins: [zone], cost: 100_000, marginSd: 0.03, costSd: 0 },
      ];
      const state = run(truths, careless, 5000 + trial);
      if (state.incumbent !== 'best') wrong++;
    }
    expect(wrong / trials).toBeGreaterThan(0.05);
  });
});
