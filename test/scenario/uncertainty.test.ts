/**
 * The scenario's `uncertainty` block: validation with paths and bounds, and the distributions'
 * quantile function against hand-computed values.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse';
import type { Problem } from '../../src/scenario/problems';
import { defaultSample } from '../../src/scenario/samples';
import { applyForecast } from '../../src/scenario/csv';
import { followForecastEvents, mostLikely, quantile, valueRange } from '../../src/scenario/uncertainty';

const withBlock = (block: unknown): unknown => ({ ...structuredClone(defaultSample.scenario), uncertainty: block });
function problemsOf(input: unknown): Problem[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error('expected problems, the scenario was accepted');
  return result.problems;
}
const EVENT = 'World Cup kick-off: subscriptions and streaming access';

describe('uncertainty block: validation', () => {
  it('the default sample states the World Cup uplift between +20% and +80%, most likely +40%, and asks 90%', () => {
    const parsed = parseScenario(defaultSample.scenario);
    if (!parsed.ok) throw new Error('default sample invalid');
    const u = parsed.scenario.uncertainty!;
    expect(u.events[0]).toEqual({ event: EVENT, factor: { dist: 'triangular', min: 1.2, mode: 1.4, max: 1.8 } });
    expect(u.confidence).toBe(0.9);
  });

  it('fills the confidence in (0.9) and accepts named cases with weights', () => {
    const parsed = parseScenario(withBlock({ events: [{ event: EVENT, factor: { dist: 'cases', cases: [{ name: 'calm', value: 1.2, weight: 1 }, { name: 'frenzy', value: 1.8, weight: 3 }] } }] }));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.scenario.uncertainty!.confidence).toBe(0.9);
  });

  it('names the field, the reason and the limit of a bad entry', () => {
    expect(problemsOf(withBlock({ events: [{ event: EVENT, factor: { dist: 'triangular', min: 1.2, mode: 1.1, max: 1.8 } }] })))
      .toContainEqual(expect.objectContaining({ path: 'uncertainty.events[0].factor.mode', message: 'must be ≥ min (1.2)' }));
    expect(problemsOf(withBlock({ events: [{ event: EVENT, factor: { dist: 'triangular', min: 1.2, mode: 1.4, max: 1.3 } }] })))
      .toContainEqual(expect.objectContaining({ path: 'uncertainty.events[0].factor.max', message: 'must be ≥ mode (1.4)' }));
    expect(problemsOf(withBlock({ peakAbsence: { dist: 'triangular', min: 0, mode: 0.1, max: 0.95 } })))
      .toContainEqual(expect.objectContaining({ path: 'uncertainty.peakAbsence.max', message: 'must be ≤ 0.9: extra absence on peak days is between 0 and 0.9 of paid time' }));
    expect(problemsOf(withBlock({ outsourcerYield: { dist: 'cases', cases: [] } })))
      .toContainEqual(expect.objectContaining({ path: 'uncertainty.outsourcerYield.cases', message: 'must hold at least one case' }));
    expect(problemsOf(withBlock({ confidence: 0.9999 })))
      .toContainEqual(expect.objectContaining({ path: 'uncertainty.confidence', message: 'must be ≤ 0.999: the confidence asked of a recommendation is between 0.5 and 0.999' }));
    expect(problemsOf(withBlock({ peakHandleTime: { dist: 'normal', mean: 1 } })))
      .toContainEqual(expect.objectContaining({ path: 'uncertainty.peakHandleTime.dist', message: "must be a distribution with dist 'triangular' or 'cases'" }));
    expect(problemsOf(withBlock({ events: [], shrinkge: 1 })))
      .toContainEqual(expect.objectContaining({ path: 'uncertainty', message: "unknown field 'shrinkge'" }));
  });

  it('refuses an event the forecast does not have, and peak-day inputs without any event', () => {
    expect(problemsOf(withBlock({ events: [{ event: 'Euro final', factor: { dist: 'triangular', min: 1, mode: 1.2, max: 1.5 } }] })))
      .toContainEqual(expect.objectContaining({ path: 'uncertainty.events[0].event', message: `unknown event 'Euro final' (events: '${EVENT}')` }));
    const noEvents = structuredClone(defaultSample.scenario) as { forecast: { events: unknown[] }; uncertainty?: unknown };
    noEvents.forecast.events = [];
    noEvents.uncertainty = { peakAbsence: { dist: 'triangular', min: 0, mode: 0, max: 0.1 } };
    expect(problemsOf(noEvents)).toContainEqual(expect.objectContaining({ path: 'uncertainty.peakAbsence', message: 'acts on peak days, and the forecast has no peak events to say which days they are' }));
  });

  it('a file without the block loads as before (no uncertainty)', () => {
    const { uncertainty: _, ...rest } = defaultSample.scenario;
    const parsed = parseScenario(rest);
    expect(parsed.ok && parsed.scenario.uncertainty).toBeUndefined();
  });
});

describe('quantile of an uncertain value', () => {
  const tri = { dist: 'triangular' as const, min: 1.2, mode: 1.4, max: 1.8 };
  it('triangular: hand-computed points of the inverse distribution function', () => {
    // F(mode) = (c − a) ÷ (b − a) = 0.2 ÷ 0.6 = 1/3.
    expect(quantile(tri, 1 / 3)).toBeCloseTo(1.4, 12);
    // Below the mode: a + √(q(b − a)(c − a)) = 1.2 + √(0.1 × 0.6 × 0.2) = 1.2 + √0.012.
    expect(quantile(tri, 0.1)).toBeCloseTo(1.2 + Math.sqrt(0.012), 12);
    // Above: b − √((1 − q)(b − a)(b − c)) = 1.8 − √(0.5 × 0.6 × 0.4) = 1.8 − √0.12.
    expect(quantile(tri, 0.5)).toBeCloseTo(1.8 - Math.sqrt(0.12), 12);
    expect(quantile(tri, 1e-12)).toBeCloseTo(1.2, 5);
    expect(quantile(tri, 1 - 1e-12)).toBeCloseTo(1.8, 5);
    expect(valueRange(tri)).toEqual({ min: 1.2, max: 1.8 });
    expect(mostLikely(tri)).toBe(1.4);
  });

  it('cases: the first case whose cumulative weight reaches q', () => {
    const cases = { dist: 'cases' as const, cases: [{ name: 'a', value: 0, weight: 3 }, { name: 'b', value: 0.04, weight: 1 }] };
    expect(quantile(cases, 0.74)).toBe(0);
    expect(quantile(cases, 0.76)).toBe(0.04);
    expect(mostLikely(cases)).toBe(0);
    expect(valueRange(cases)).toEqual({ min: 0, max: 0.04 });
  });
});

describe('the uncertainty block follows edits of the forecast\'s events', () => {
  const parsed = parseScenario(defaultSample.scenario);
  if (!parsed.ok) throw new Error('default sample invalid');
  const file = parsed.scenario;
  const withEvents = (events: unknown[]) => ({ ...file, forecast: { ...file.forecast, events } });
  const event = (file.forecast as { events: { name: string }[] }).events[0]!;

  it('a renamed event keeps its distribution; a removed one takes its entry and the peak-day inputs with it', () => {
    const renamed = followForecastEvents(file, withEvents([{ ...event, name: 'Kick-off' }]));
    expect(renamed.uncertainty!.events.map((e) => e.event)).toEqual(['Kick-off']);
    expect(parseScenario(renamed).ok).toBe(true);
    const removed = followForecastEvents(file, withEvents([]));
    expect(removed.uncertainty!.events).toEqual([]);
    expect(removed.uncertainty!.peakAbsence).toBeUndefined();
    expect(removed.uncertainty!.outsourcerYield).toEqual(file.uncertainty!.outsourcerYield);
    expect(parseScenario(removed).ok).toBe(true);
    // Nothing changed in the events: the block is left exactly as it is.
    const same = withEvents([event]);
    expect(followForecastEvents(file, same)).toBe(same);
  });

  it('a CSV import bakes the events into the volumes: the scenario stays valid', () => {
    const imported = applyForecast(file, {});
    expect(imported.forecast.kind).toBe('intervals');
    expect(parseScenario(imported).ok).toBe(true);
    expect(imported.uncertainty!.confidence).toBe(0.9);
  });
});
