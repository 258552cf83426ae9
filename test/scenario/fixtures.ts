/** Small valid scenarios for the scenario tests; each test changes what it is about. */
import type { ScenarioFile, ScenarioInput } from '../../src/scenario/schema';
import { parseScenario } from '../../src/scenario/parse';

/** Two days (Mon 2026-06-08, Tue) of hourly intervals, voice + email, profile forecast, shifts. */
export function profileScenario(): ScenarioInput {
  const voiceDay = new Array<number>(24).fill(0);
  for (let h = 8; h < 20; h++) voiceDay[h] = h < 12 ? 2 : 1;
  return {
    schemaVersion: 1,
    name: 'Tiny',
    startDate: '2026-06-08',
    intervalMinutes: 60,
    days: 2,
    channels: [
      { id: 'voice', name: 'Voice', kind: 'voice', aht: { dist: 'exponential', mean: 300 }, patience: { dist: 'exponential', mean: 120 } },
      { id: 'email', name: 'Email', kind: 'email', aht: { dist: 'fixed', mean: 400 } },
    ],
    forecast: {
      kind: 'profile',
      weekly: { voice: [1000, 800, 800, 800, 800, 300, 0], email: [100, 100, 100, 100, 100, 50, 50] },
      intraday: { voice: voiceDay, email: new Array<number>(24).fill(1) },
      events: [],
    },
    pools: [{
      id: 'team', name: 'Team', skills: ['voice', 'email'], shrinkage: 0.25, hourlyCost: 30,
      staffing: { kind: 'shifts', shifts: [{ start: '08:00', end: '16:00', agents: 10 }] },
    }],
  };
}

/** One day of 60-minute intervals with given volumes and head-counts (24 values each). */
export function intervalsScenario(voice: number[], scheduled: number[]): ScenarioInput {
  return {
    schemaVersion: 1,
    name: 'Intervals',
    startDate: '2026-06-08',
    intervalMinutes: 60,
    days: voice.length / 24,
    channels: [{ id: 'voice', name: 'Voice', kind: 'voice', aht: { dist: 'exponential', mean: 300 } }],
    forecast: { kind: 'intervals', volumes: { voice } },
    pools: [{ id: 'team', name: 'Team', skills: ['voice'], shrinkage: 0.3, hourlyCost: 30, staffing: { kind: 'intervals', scheduled } }],
  };
}

/** Parses a scenario that must be valid; fails the test with the problems otherwise. */
export function valid(input: unknown): ScenarioFile {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(`expected a valid scenario, got ${JSON.stringify(result.problems)}`);
  return result.scenario;
}

/** A deep copy to mutate in a test. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
