/** A small valid scenario for UI tests: 4 days of 60-minute intervals, one peak event. */
import { parseScenario } from '../../src/scenario/parse';
import type { ScenarioFile, ScenarioInput } from '../../src/scenario/schema';

const open = (weights: number[]) => [...Array(8).fill(0), ...weights, ...Array(24 - 8 - weights.length).fill(0)];

export const smallInput: ScenarioInput = {
  schemaVersion: 1,
  name: 'Small test centre',
  startDate: '2026-06-08',
  intervalMinutes: 60,
  days: 4,
  channels: [
    { id: 'voice', name: 'Phone', kind: 'voice', aht: { dist: 'exponential', mean: 300 }, targets: { serviceLevel: { share: 0.8, seconds: 20 } } },
    { id: 'chat', name: 'Chat', kind: 'chat', aht: { dist: 'exponential', mean: 600 }, concurrency: 2 },
  ],
  forecast: {
    kind: 'profile',
    weekly: { voice: [1000, 900, 900, 900, 900, 500, 0], chat: [400, 400, 400, 400, 400, 200, 0] },
    intraday: { voice: open([1, 2, 3, 3, 2, 2, 1, 1]), chat: open([1, 1, 1, 1, 1, 1, 1, 1]) },
    events: [{ name: 'Launch', channels: ['voice'], start: '2026-06-09', end: '2026-06-10', factor: 1.5 }],
  },
  pools: [{
    id: 'team', name: 'Team', skills: ['voice', 'chat'], shrinkage: 0.3, hourlyCost: 30,
    staffing: { kind: 'shifts', shifts: [{ start: '08:00', end: '16:00', agents: 40 }] },
  }],
};

export function smallScenario(overrides: Partial<ScenarioInput> = {}): ScenarioFile {
  const parsed = parseScenario({ ...smallInput, ...overrides });
  if (!parsed.ok) throw new Error(`fixture invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.scenario;
}
