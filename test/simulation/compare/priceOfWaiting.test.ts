/**
 * The price of waiting (compare/priceOfWaiting.ts): the last date each lever still works against
 * the hand rule of its lead times, and each point's size the smallest that meets every target.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse';
import { resolveScenario } from '../../../src/scenario/resolve';
import { defaultSample } from '../../../src/scenario/samples';
import { LeverSchema } from '../../../src/scenario/levers';
import { createAnalyticCache } from '../../../src/simulation/compare/analyticCache';
import { outsourcingLever, tempsLever } from '../../../src/simulation/compare/candidates';
import { evaluateAnalytic } from '../../../src/simulation/compare/compareAnalytic';
import { priceOfWaiting, WAITING_SIZES } from '../../../src/simulation/compare/priceOfWaiting';
import { applyStrategy } from '../../../src/simulation/levers';
import { fixtureScenario } from './fixture';

const parsed = parseScenario(defaultSample.scenario);
if (!parsed.ok) throw new Error('default sample invalid');
const s = resolveScenario(parsed.scenario);
const r = priceOfWaiting(s);
const lever = (kind: string) => r.levers.find((l) => l.kind === kind)!;
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('the price of waiting on the World Cup sample', () => {
  it('the peak needs help from 15 June, on voice', () => {
    expect(r.window).toEqual({ start: '2026-06-15', end: '2026-06-20', channel: 'voice' });
  });

  it('outsourcing works until the contract lead time (21 days in the sample\'s own lever) before the need, not a day later', () => {
    // Hand rule: a contract decided on d starts on d + 21 at the earliest; the need starts on 15 June.
    expect(lever('outsourcing').lastDate).toBe(addDays('2026-06-15', -21));
    for (const p of lever('outsourcing').points) expect(p.extraCost === null, p.date).toBe(p.date > '2026-05-25');
  });

  it('temps must be decided at least recruitment + training (14 + 7 days) before the need', () => {
    const last = lever('temps').lastDate!;
    expect(last <= addDays('2026-06-15', -21)).toBe(true);
    for (const p of lever('temps').points) if (p.date > last) expect(p.extraCost).toBeNull();
  });

  it('each point\'s size is the smallest on the grid that meets every target then, and the weekly steps are the differences', () => {
    const cache = createAnalyticCache(s.intervalMinutes);
    const meets = (kind: string, size: number, date: string) => {
      const l = kind === 'temps' ? tempsLever(s, 'voice', size, date) : outsourcingLever(s, 'voice', size, '2026-06-15', '2026-06-20', date);
      const strategy = { id: 'check', name: 'check', levers: [LeverSchema.parse(l)] };
      return evaluateAnalytic(applyStrategy(s, strategy), cache, strategy.levers).meetsTargets;
    };
    for (const l of r.levers) {
      const step = WAITING_SIZES[l.kind].step;
      const feasible = l.points.filter((p) => p.size !== null);
      expect(feasible.length).toBeGreaterThan(0);
      for (const p of feasible.slice(-2)) {
        expect(meets(l.kind, p.size!, p.date), `${l.kind} ${p.size} on ${p.date}`).toBe(true);
        const smaller = p.size === step ? 1 : p.size! - step;
        if (p.size! > 1) expect(meets(l.kind, smaller, p.date), `${l.kind} ${smaller} on ${p.date}`).toBe(false);
      }
      for (const w of l.perWeek) {
        const a = l.points.find((p) => p.date === w.from)!.extraCost!;
        const b = l.points.find((p) => p.date === w.to)!.extraCost!;
        expect(w.extraCost).toBeCloseTo(b - a, 6);
      }
    }
  });

  it('nothing to wait for when the baseline meets every target', () => {
    expect(priceOfWaiting(fixtureScenario({ days: 2, voicePerHour: [20, 20], agents: 20 }))).toEqual({ window: null, levers: [] });
  });
});
