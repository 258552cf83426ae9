/**
 * A strategy whose levers are refused once applied (here, overtime beyond its sizing budget:
 * levers/overtime.ts) is refused by name on the command line and in the comparison job, never
 * dropped from the comparison in silence.
 */
import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../src/scenario/resolve';
import { parseScenario } from '../../src/scenario/parse';
import { defaultSample } from '../../src/scenario/samples';
import { runBatch } from '../../src/simulation/run/batch';
import { runComparison } from '../../src/simulation/run/comparison';
import { SimulationPool } from '../../src/simulation/run/pool';
import { wfm } from './harness';

const huge = () => {
  const file = structuredClone(defaultSample.scenario) as { pools: { staffing: unknown }[]; strategies: unknown[] };
  file.pools[0]!.staffing = { kind: 'shifts', shifts: [{ start: '08:00', end: '20:00', agents: 5000 }] };
  file.strategies = [{ id: 'ot', name: 'Overtime', levers: [{ kind: 'overtime', hoursPerAgentPerDay: 4, capHoursPerDay: 4 }] }];
  return file;
};

describe('a strategy its levers refuse', () => {
  it.each(['plan', 'simulate', 'compare'])('wfm %s exits 2 naming the lever field, nothing on stdout', async (command) => {
    const run = await wfm([command, 'huge.json', '--json'], { files: { 'huge.json': JSON.stringify(huge()) } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/strategies\[0\]\.levers\[0\]\.hoursPerAgentPerDay: the overtime to place .* above the limit/);
  });

  it('the comparison job reports it as an error instead of comparing without it', async () => {
    const parsed = parseScenario(huge());
    if (!parsed.ok) throw new Error('the file itself is valid');
    const pool = new SimulationPool(() => ({ runBatch: async (r) => runBatch(r), terminate: () => {} }), 1);
    const outcome = await runComparison(pool, resolveScenario(parsed.scenario), { seed: 1, replications: 2 });
    expect(outcome).toMatchObject({ kind: 'error', message: expect.stringMatching(/^strategies\[0\]\.levers\[0\]\.hoursPerAgentPerDay: /) });
  });
});
