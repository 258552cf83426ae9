/**
 * Scenarios for the tests of the simulation's runs: the baseline and strategies of a scenario file
 * as a comparison simulates them, and small generated scenarios of every channel kind.
 */
import fc from 'fast-check';
import { parseScenario } from '../../../src/scenario/parse';
import { resolveScenario } from '../../../src/scenario/resolve';
import type { ScenarioInput } from '../../../src/scenario/schema';
import { applyStrategyChecked, baselineScenario } from '../../../src/simulation/levers';
import type { StrategyScenario } from '../../../src/simulation/levers/types';

export const resolved = (input: unknown) => {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 2)));
  return resolveScenario(parsed.scenario);
};

/** The baseline and every strategy of the file, as a comparison simulates them. */
export function members(input: unknown): StrategyScenario[] {
  const s = resolved(input);
  return [baselineScenario(s), ...s.strategies.map((st, k) => {
    const applied = applyStrategyChecked(s, st, `strategies[${k}]`);
    if (!applied.ok) throw new Error(JSON.stringify(applied.problems));
    return applied.scenario;
  })];
}

/** Small scenarios: 1–3 channels of any kind over one or two days of hourly intervals, one pool, maybe a web call-back strategy. */
export function generatedScenario(): fc.Arbitrary<ScenarioInput> {
  const KINDS = ['voice', 'chat', 'email', 'callback'] as const;
  const channel = fc.record({
    kind: fc.constantFrom(...KINDS),
    aht: fc.integer({ min: 60, max: 900 }),
    daily: fc.integer({ min: 0, max: 400 }),
    peak: fc.integer({ min: 8, max: 17 }),
  });
  return fc.record({
    channels: fc.array(channel, { minLength: 1, maxLength: 3 }),
    days: fc.integer({ min: 1, max: 2 }),
    agents: fc.integer({ min: 0, max: 12 }),
    callback: fc.boolean(),
  }).map(({ channels, days, agents, callback }): ScenarioInput => {
    const ids = channels.map((_, i) => `c${i}`);
    const voice = channels.findIndex((c) => c.kind === 'voice');
    return {
      schemaVersion: 1, name: 'Generated', startDate: '2026-06-08', intervalMinutes: 60, days,
      channels: channels.map((c, i) => ({
        id: ids[i]!, name: ids[i]!, kind: c.kind, aht: { dist: 'exponential', mean: c.aht },
        ...(c.kind === 'voice' || c.kind === 'chat' ? { patience: { dist: 'exponential', mean: 120 }, targets: { serviceLevel: { share: 0.8, seconds: 20 } } } : {}),
        ...(c.kind === 'email' ? { targets: { responseWithin: [{ share: 0.9, hours: 4 }, { share: 1, hours: 24 }] } } : {}),
      })),
      forecast: {
        kind: 'profile',
        weekly: Object.fromEntries(channels.map((c, i) => [ids[i]!, new Array(7).fill(c.daily)])),
        intraday: Object.fromEntries(channels.map((c, i) => [ids[i]!, Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 18 ? (h === c.peak ? 3 : 1) : 0))])),
      },
      pools: [{ id: 'team', name: 'Team', skills: ids, shrinkage: 0.2, hourlyCost: 30, staffing: { kind: 'shifts', shifts: [{ start: '08:00', end: '18:00', agents, weekdays: [1, 2, 3, 4, 5, 6, 7] }] } }],
      ...(callback && voice >= 0 ? {
        strategies: [{
          id: 'cb', name: 'Call back',
          levers: [{ kind: 'callback', channel: ids[voice]!, start: '2026-06-08', end: '2026-06-09', from: '09:00', to: '17:00' }],
        }],
      } : {}),
    } as ScenarioInput;
  });
}

/** A year at 15 minutes of six quiet voice lines (fast to simulate) whose every figure per interval would not fit a comparison. */
export function quietYear(): unknown {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  const open = Array.from({ length: 96 }, (_, q) => (q >= 36 && q < 68 ? 1 : 0));
  return {
    schemaVersion: 1, name: 'Quiet year', startDate: '2026-01-05', intervalMinutes: 15, days: 364,
    channels: ids.map((id) => ({
      id, name: id, kind: 'voice', aht: { dist: 'exponential', mean: 300 }, patience: { dist: 'exponential', mean: 120 },
      targets: { serviceLevel: { share: 0.8, seconds: 20 } },
    })),
    forecast: { kind: 'profile', weekly: Object.fromEntries(ids.map((id) => [id, [8, 8, 8, 8, 8, 0, 0]])), intraday: Object.fromEntries(ids.map((id) => [id, open])) },
    pools: [{ id: 'team', name: 'Team', skills: ids, shrinkage: 0.2, hourlyCost: 30, staffing: { kind: 'shifts', shifts: [{ start: '09:00', end: '17:00', agents: 3, weekdays: [1, 2, 3, 4, 5] }] } }],
    strategies: [
      { id: 'ot', name: 'Overtime', levers: [{ kind: 'overtime', start: '2026-11-23', end: '2026-12-04', hoursPerAgentPerDay: 1, participation: 0.5, premium: 1.25 }] },
      {
        id: 'out', name: 'Outsource', levers: [{
          kind: 'outsourcing', poolId: 'partner', name: 'Partner', channels: ['a'], routing: { mode: 'share', share: 0.2 },
          start: '2026-06-01', end: '2026-06-05', from: '09:00', to: '17:00', elastic: true, pricing: { mode: 'perContact', rate: 4 },
        }],
      },
    ],
  };
}
