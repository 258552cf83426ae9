/**
 * Web call back: the engine against the reference simulator (referenceSimulator.ts, written apart
 * from the engine from docs/model.md, "Levers" 5). Voice days near and over saturation, with
 * patience, call-back rules of varied X, acceptance, promise, priority margin and failure share.
 * Per replication, each side gives the day's answer rate, service level, share of offered callers
 * who were offered a call back, share of those who accepted, share of promises kept (kept ÷
 * accepted) and share of failed call backs; the means may differ by at most 4 standard errors
 * (Welch, 300 replications each, independent random numbers: a true difference of a few
 * hundredths is caught, chance alone crosses 4 standard errors once in ~16,000 comparisons).
 * A mutation check: the reference with the wrong priority rule (tasks never before live callers)
 * is caught by the same comparison.
 */
import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../../../src/simulation/des';
import type { StrategyScenario } from '../../../../src/simulation/levers/types';
import { callbackScenario, type CallbackCase } from '../callbackScenario';
import { type ReferenceCallback, type ReferenceDay, referenceReplication } from './referenceSimulator';

const REPLICATIONS = 300;
const Z_LIMIT = 4;
const KPIS = ['answerRate', 'serviceLevel', 'offeredShare', 'acceptedShare', 'keptShare', 'failedShare'] as const;
type Kpi = (typeof KPIS)[number];

function figures(d: ReferenceDay): Partial<Record<Kpi, number>> {
  const out: Partial<Record<Kpi, number>> = {};
  if (d.offered > 0) {
    out.answerRate = d.answered / d.offered;
    out.serviceLevel = d.answeredWithin / d.offered;
    out.offeredShare = d.cbOffered / d.offered;
  }
  if (d.cbOffered > 0) out.acceptedShare = d.cbAccepted / d.cbOffered;
  if (d.cbAccepted > 0) {
    out.keptShare = d.cbKept / d.cbAccepted;
    out.failedShare = d.cbFailed / d.cbAccepted;
  }
  return out;
}

function engineDay(s: StrategyScenario, replication: number): ReferenceDay {
  const ch = simulateReplication(s, { seed: 16016, replication }).channels[0]!;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    offered: sum(ch.offered), answered: sum(ch.answered), answeredWithin: sum(ch.answeredWithin), abandoned: sum(ch.abandoned), waitAnswered: sum(ch.waitAnsweredSeconds),
    cbOffered: sum(ch.callbacksOffered), cbAccepted: sum(ch.callbacksAccepted), cbKept: sum(ch.callbacksKept), cbLate: sum(ch.callbacksLate), cbFailed: sum(ch.callbacksFailed),
  };
}

interface Sample { n: number; mean: number; variance: number }
function sample(xs: number[]): Sample {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return { n: xs.length, mean, variance: xs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, xs.length - 1) };
}
function z(a: Sample, b: Sample): number {
  const se = Math.sqrt(a.variance / a.n + b.variance / b.n);
  return se > 0 ? (a.mean - b.mean) / se : a.mean === b.mean ? 0 : Infinity;
}

function compare(s: StrategyScenario, priority: ReferenceCallback['priority'] = 'rule'): Record<Kpi, { engine: number; reference: number; z: number }> {
  const rule = s.callbacks[0]!;
  const ref: ReferenceCallback = { ...rule, priority };
  const engine: Record<Kpi, number[]> = Object.fromEntries(KPIS.map((k) => [k, []])) as never;
  const reference: Record<Kpi, number[]> = Object.fromEntries(KPIS.map((k) => [k, []])) as never;
  for (let r = 0; r < REPLICATIONS; r++) {
    const e = figures(engineDay(s, r));
    const f = figures(referenceReplication(s, 104_729 * (r + 1), 'firstToFinish', ref)[0]!);
    for (const k of KPIS) {
      if (e[k] !== undefined) engine[k].push(e[k]);
      if (f[k] !== undefined) reference[k].push(f[k]);
    }
  }
  const out = {} as Record<Kpi, { engine: number; reference: number; z: number }>;
  for (const k of KPIS) {
    const a = sample(engine[k]);
    const b = sample(reference[k]);
    out[k] = { engine: a.mean, reference: b.mean, z: Math.abs(z(a, b)) };
  }
  return out;
}

const SHAPE = [0.6, 0.9, 1.3, 1.5, 1.4, 1.0, 0.7, 0.6];
/** A day of `calls` per interval on average shaped by SHAPE, staffed at `staffing` × the load. */
function day(calls: number, staffing: number, patience: number | null, rule: CallbackCase['rule']): StrategyScenario {
  const aht = 240;
  const arrivals = SHAPE.map((f) => Math.round(calls * f));
  return callbackScenario({
    intervalsPerDay: 8, arrivals, ahtSeconds: aht, patienceSeconds: patience,
    agents: arrivals.map((a) => Math.max(1, Math.round(((a * aht) / 1800) * staffing))),
    rule,
  });
}

const CASES: [string, StrategyScenario][] = [
  ['overloaded, offer at 60 s, half accept, 1 h promise, 15 min margin, 10% fail', day(100, 0.85, 300, { offerAfterSeconds: 60, acceptShare: 0.5, promiseSeconds: 3600, urgentSeconds: 900, failShare: 0.1 })],
  ['near saturation, offer at 20 s, most accept, 30 min promise, no margin, 30% fail, short retry', day(120, 1.0, 200, { offerAfterSeconds: 20, acceptShare: 0.8, promiseSeconds: 1800, urgentSeconds: 0, failShare: 0.3, retryAfterSeconds: 120, failedAttemptSeconds: 45 })],
  ['heavily overloaded, no patience, offer at 0 s, window in the peak only, tasks always before live, shorter call backs', day(80, 0.75, null, {
    offerAfterSeconds: 0, acceptShare: 0.4, promiseSeconds: 2700, urgentSeconds: 2700, ahtMultiplier: 0.8, failShare: 0.15,
    active: SHAPE.map((f) => f >= 1.3),
  })],
];

describe('web call back: engine against the reference simulator', () => {
  it.each(CASES)('%s: every figure agrees (|z| ≤ 4, 300 replications)', (_, s) => {
    const result = compare(s);
    for (const k of KPIS) expect(result[k].z, `${k}: engine ${result[k].engine}, reference ${result[k].reference}`).toBeLessThanOrEqual(Z_LIMIT);
    // The case exercises the lever: offers made, promises both kept and broken or failed.
    expect(result.offeredShare.engine).toBeGreaterThan(0.05);
    expect(result.acceptedShare.engine).toBeGreaterThan(0);
  });

  it('mutation check: the reference with tasks never before live callers is caught', () => {
    const result = compare(CASES[0]![1], 'liveFirst');
    expect(Math.max(...KPIS.map((k) => result[k].z))).toBeGreaterThan(Z_LIMIT);
    expect(result.keptShare.reference).toBeLessThan(result.keptShare.engine);
  });
});
