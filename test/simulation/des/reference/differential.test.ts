/**
 * The engine against the reference simulator (referenceSimulator.ts), written apart from it:
 * random single-pool voice days whose staffing rises and falls, with exponential, lognormal and
 * fixed handle times, with and without patience. Per replication and day, each side gives the
 * answer rate, the service level (answered within T ÷ offered) and the ASA; the two means may
 * differ by at most 4 standard errors over 400 replications each (independent random numbers).
 * A mutation check: the reference with the engine's old drop rule plugged in is caught.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResolvedScenario } from '../../../../src/scenario/model';
import type { Distribution } from '../../../../src/scenario/schema';
import { simulateReplication } from '../../../../src/simulation/des';
import { buildScenario } from '../scenarioBuilder';
import { alternatingStaffingDay } from './issueCase';
import { type DropRule, type ReferenceDay, referenceReplication } from './referenceSimulator';

const REPLICATIONS = 400;
const Z_LIMIT = 4;
const KPIS = ['answerRate', 'serviceLevel', 'asa'] as const;
type Kpi = (typeof KPIS)[number];

/** One day's figures from its counts; a day where nothing happened gives no sample. */
function dayFigures(d: ReferenceDay): Record<Kpi, number> | null {
  if (d.offered === 0 || d.answered === 0) return null;
  return { answerRate: d.answered / d.offered, serviceLevel: d.answeredWithin / d.offered, asa: d.waitAnswered / d.answered };
}

/** The engine's replication as the same per-day counts (channel 0). */
function engineDays(s: ResolvedScenario, replication: number): ReferenceDay[] {
  const ch = simulateReplication(s, { seed: 20261129, replication }).channels[0]!;
  return Array.from({ length: s.days }, (_, day) => {
    const sum = (xs: number[]) => xs.slice(day * s.intervalsPerDay, (day + 1) * s.intervalsPerDay).reduce((a, b) => a + b, 0);
    return {
      offered: sum(ch.offered), answered: sum(ch.answered), answeredWithin: sum(ch.answeredWithin), abandoned: sum(ch.abandoned), waitAnswered: sum(ch.waitAnsweredSeconds),
      cbOffered: sum(ch.callbacksOffered), cbAccepted: sum(ch.callbacksAccepted), cbKept: sum(ch.callbacksKept), cbLate: sum(ch.callbacksLate), cbFailed: sum(ch.callbacksFailed),
    };
  });
}

interface Sample { n: number; mean: number; variance: number }

function sample(xs: number[]): Sample {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return { n: xs.length, mean, variance: xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1) };
}

/** Welch's z: the difference of two independent means in standard errors. */
function z(a: Sample, b: Sample): number {
  const se = Math.sqrt(a.variance / a.n + b.variance / b.n);
  return se > 0 ? (a.mean - b.mean) / se : a.mean === b.mean ? 0 : Infinity;
}

/** Per KPI (day 0), |z| between the engine and the reference with `rule`. */
function compare(s: ResolvedScenario, rule: DropRule, replications = REPLICATIONS): Record<Kpi, { engine: number; reference: number; z: number }> {
  const engine: Record<Kpi, number[]> = { answerRate: [], serviceLevel: [], asa: [] };
  const reference: Record<Kpi, number[]> = { answerRate: [], serviceLevel: [], asa: [] };
  for (let r = 0; r < replications; r++) {
    const e = dayFigures(engineDays(s, r)[0]!);
    const f = dayFigures(referenceReplication(s, 7919 * (r + 1), rule)[0]!);
    for (const k of KPIS) {
      if (e) engine[k].push(e[k]);
      if (f) reference[k].push(f[k]);
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

const PER_DAY = 8;
const dist: fc.Arbitrary<Distribution> = fc.oneof(
  fc.record({ dist: fc.constant('exponential' as const), mean: fc.integer({ min: 120, max: 400 }) }),
  fc.record({ dist: fc.constant('lognormal' as const), mean: fc.integer({ min: 120, max: 400 }), cv: fc.double({ min: 0.4, max: 1.2, noNaN: true }) }),
  fc.record({ dist: fc.constant('fixed' as const), mean: fc.integer({ min: 120, max: 400 }) }),
);
/**
 * A voice day near saturation: 500 to 1,000 calls over eight intervals, staffing above or below
 * the offered load by 8 to 25% in each interval, so it rises and falls through the day.
 */
const voiceDay = fc.noBias(fc.record({
  intervalMinutes: fc.constantFrom(15, 30, 60),
  aht: dist,
  patience: fc.option(fc.record({ dist: fc.constant('exponential' as const), mean: fc.integer({ min: 60, max: 300 }) }), { nil: null }),
  callsPerDay: fc.integer({ min: 500, max: 1000 }),
  /** Per interval, staffing above or below the load, by `swing` percent. */
  above: fc.array(fc.boolean(), { minLength: PER_DAY, maxLength: PER_DAY }),
  swing: fc.integer({ min: 8, max: 25 }),
})).map((x) => {
  const perInterval = x.callsPerDay / PER_DAY;
  const load = (perInterval * x.aht.mean) / (x.intervalMinutes * 60);
  return buildScenario({
    intervalSeconds: x.intervalMinutes * 60, intervalsPerDay: PER_DAY,
    channels: [{ aht: x.aht, patience: x.patience, targets: { serviceLevel: { share: 0.8, seconds: 20 } } }],
    arrivals: [Array(PER_DAY).fill(perInterval)],
    pools: [{ skills: [0], productive: x.above.map((up) => Math.max(1, Math.round(load * (1.05 + (up ? 1 : -1) * x.swing / 100)))) }],
  });
});

describe('engine against the reference simulator', () => {
  const cases = fc.sample(voiceDay, { seed: 11, numRuns: 6 });

  it.each(cases.map((s, i) => [i, s] as const))('random voice day %i: answer rate, service level and ASA agree (|z| ≤ 4, 400 replications)', (_, s) => {
    const result = compare(s, 'firstToFinish');
    for (const k of KPIS) expect(result[k].z, `${k}: engine ${result[k].engine}, reference ${result[k].reference}`).toBeLessThanOrEqual(Z_LIMIT);
  });

  it('the reproduction of the defect (52, 44, 52 … agents every 15 minutes): the engine agrees with the reference', () => {
    const result = compare(alternatingStaffingDay(15), 'firstToFinish', 160);
    for (const k of KPIS) expect(result[k].z, `${k}: engine ${result[k].engine}, reference ${result[k].reference}`).toBeLessThanOrEqual(Z_LIMIT);
  });

  it('mutation check: the reference with the old drop rule (marked agents) is caught by the same comparison', () => {
    const result = compare(alternatingStaffingDay(15), 'marked', 160);
    expect(Math.max(...KPIS.map((k) => result[k].z))).toBeGreaterThan(Z_LIMIT);
    // The old rule is optimistic: more answered within T.
    expect(result.serviceLevel.reference).toBeGreaterThan(result.serviceLevel.engine);
  });
});
