/**
 * Worlds of the uncertain inputs (src/simulation/uncertainty/): drawn with the stated
 * distribution, applied to a scenario the way the forecast itself would be built, and forking a
 * strategy from the baseline stays exact in every world.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse';
import { resolveScenario } from '../../../src/scenario/resolve';
import { defaultSample } from '../../../src/scenario/samples';
import type { ScenarioInput } from '../../../src/scenario/schema';
import { quantile } from '../../../src/scenario/uncertainty';
import { simulateReplication, simulateWithForks } from '../../../src/simulation/des';
import { applyStrategy, baselineScenario } from '../../../src/simulation/levers';
import { applyWorld } from '../../../src/simulation/uncertainty/applyWorld';
import { adverseWorld, sampleWorld, type World } from '../../../src/simulation/uncertainty/world';

const resolved = (input: ScenarioInput) => {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return resolveScenario(parsed.scenario);
};
const s = resolved(defaultSample.scenario);
const u = s.uncertainty!;
const calm: World = { eventFactors: [1.4], peakHandleTime: 1, peakAbsence: 0, outsourcerYield: 1 };

describe('applying a world', () => {
  it.each([1.2, 1.8, 1.55])('an event factor of %s gives the arrivals the forecast itself builds with that factor (ramp days included)', (factor) => {
    const file = structuredClone(defaultSample.scenario);
    if (file.forecast.kind !== 'profile') throw new Error('profile forecast expected');
    file.forecast.events![0]!.factor = factor;
    const expected = resolved(file).arrivals;
    const got = applyWorld(s, { ...calm, eventFactors: [factor] }).arrivals;
    got.forEach((series, c) => series.forEach((x, i) => expect(x).toBeCloseTo(expected[c]![i]!, 9)));
    // The file's own factor changes nothing.
    expect(applyWorld(s, calm).arrivals).toEqual(s.arrivals);
  });

  it('extra absence takes round(scheduled × (1 − s)) − round(scheduled × (1 − s − extra)) agents, on peak days only', () => {
    const world = applyWorld(s, { ...calm, peakAbsence: 0.04 });
    const phone = s.pools.findIndex((p) => p.id === 'phone');
    const voice = s.channels.findIndex((c) => c.id === 'voice');
    let changed = 0;
    for (let i = 0; i < s.intervalCount; i++) {
      const sched = s.pools[phone]!.scheduled[i]!;
      const peak = u.peakDays[voice]![Math.floor(i / s.intervalsPerDay)]!;
      // Hand rule: 0.3 shrinkage, then 0.34.
      const expected = peak ? Math.round(sched * 0.66) : Math.round(sched * 0.7);
      expect(world.pools[phone]!.productive[i]).toBe(expected);
      if (expected !== s.pools[phone]!.productive[i]) changed++;
    }
    expect(changed).toBeGreaterThan(0);
    // The digital team serves no channel at its peak: untouched.
    const digital = s.pools.findIndex((p) => p.id === 'digital');
    expect(world.pools[digital]!.productive).toEqual(s.pools[digital]!.productive);
    // Paid hours (the bill) do not move.
    expect(world.pools[phone]!.scheduled).toEqual(s.pools[phone]!.scheduled);
  });

  it('the handle-time multiplier acts on peak days of the pools serving the peak channel; the yield on the outsourcer\'s first ramp days', () => {
    const world = applyWorld(s, { ...calm, peakHandleTime: 1.05 });
    const phone = s.pools.findIndex((p) => p.id === 'phone');
    const voice = s.channels.findIndex((c) => c.id === 'voice');
    world.pools[phone]!.ahtMultiplier!.forEach((m, i) => expect(m).toBe(u.peakDays[voice]![Math.floor(i / s.intervalsPerDay)] ? 1.05 : 1));
    const outsourced = applyStrategy(s, s.strategies.find((x) => x.id === 'outsource-voice')!);
    const o = outsourced.pools.findIndex((p) => p.kind === 'outsourcer');
    const yielded = applyWorld(outsourced, { ...calm, outsourcerYield: 0.7 }).pools[o]!.productive;
    const before = outsourced.pools[o]!.productive;
    const firstDay = Math.floor(before.findIndex((n) => n > 0) / s.intervalsPerDay);
    yielded.forEach((n, i) => expect(n).toBe(Math.floor(i / s.intervalsPerDay) < firstDay + 3 ? Math.round(before[i]! * 0.7) : before[i]));
    expect(yielded).not.toEqual(before);
  });
});

describe('drawing worlds', () => {
  /** Kolmogorov–Smirnov distance between a sample and a distribution function. */
  const ksDistance = (xs: number[], cdf: (x: number) => number) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted.reduce((d, x, k) => Math.max(d, Math.abs(cdf(x) - k / sorted.length), Math.abs(cdf(x) - (k + 1) / sorted.length)), 0);
  };
  // The triangular (1.2, 1.4, 1.8) distribution function, written from its density (not the quantile).
  const triangularCdf = (x: number) => (x <= 1.2 ? 0 : x >= 1.8 ? 1 : x <= 1.4 ? (x - 1.2) ** 2 / (0.6 * 0.2) : 1 - (1.8 - x) ** 2 / (0.6 * 0.4));
  const uniformCdf = (x: number) => Math.min(1, Math.max(0, (x - 1.2) / 0.6));

  it('the uplift follows the stated triangular distribution (and a uniform twin is rejected)', () => {
    const n = 2000;
    const factors = Array.from({ length: n }, (_, r) => sampleWorld(u, 7, r).eventFactors[0]!);
    const critical = 1.63 / Math.sqrt(n); // KS at the 1% level
    expect(ksDistance(factors, triangularCdf)).toBeLessThan(critical);
    expect(ksDistance(factors, uniformCdf)).toBeGreaterThan(critical);
    // Match-day absence: weight 1 of 4.
    const absent = Array.from({ length: n }, (_, r) => sampleWorld(u, 7, r).peakAbsence).filter((x) => x > 0).length / n;
    expect(Math.abs(absent - 0.25)).toBeLessThan(3 * Math.sqrt(0.25 * 0.75 / n));
  });

  it('a world depends on (seed, replication) only, and the adverse world sits at the asked quantile', () => {
    expect(sampleWorld(u, 3, 11)).toEqual(sampleWorld(u, 3, 11));
    expect(sampleWorld(u, 3, 11)).not.toEqual(sampleWorld(u, 3, 12));
    const q = adverseWorld(u, 0.9);
    expect(q.eventFactors[0]).toBeCloseTo(quantile(u.events[0]!.distribution, 0.9), 12);
    expect(q.outsourcerYield).toBeCloseTo(quantile(u.outsourcerYield!, 0.1), 12);
  });
});

describe('forking in a world', () => {
  it('every strategy of the default sample forked from the baseline equals its whole run, in a calm and a stressed world', () => {
    const base = baselineScenario(s);
    const strategies = s.strategies.map((st) => applyStrategy(s, st));
    for (const [world, replication] of [[adverseWorld(u, 0.05), 1], [adverseWorld(u, 0.97), 2]] as const) {
      const b = applyWorld(base, world);
      const sts = strategies.map((st) => applyWorld(st, world));
      const whole = [b, ...sts].map((x) => simulateReplication(x, { seed: 4, replication }));
      expect(simulateWithForks(b, sts, 4, replication)).toEqual(whole);
    }
  });
});

describe('the simulator\'s budget with uncertain inputs', () => {
  it('counts the contacts of the largest peak a world can bring', async () => {
    const { estimateSimulation } = await import('../../../src/simulation/run/budget');
    const { uncertainty: _, ...rest } = s;
    const asWritten = estimateSimulation(rest, 10, 1).contacts;
    const worst = estimateSimulation(s, 10, 1).contacts;
    // Hand sum: the kick-off's days at 1.8 in place of 1.4 (ramp days in proportion).
    const expected = applyWorld(s, { ...calm, eventFactors: [1.8] }).arrivals.flat().reduce((a, b) => a + b, 0);
    const plain = s.arrivals.flat().reduce((a, b) => a + b, 0);
    expect(worst / asWritten).toBeCloseTo(expected / plain, 9);
    expect(worst).toBeGreaterThan(asWritten);
  });
});
