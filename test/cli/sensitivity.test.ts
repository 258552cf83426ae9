/** `wfm sensitivity`: the JSON contract (docs/cli.md) and bad input. */
import { describe, expect, it } from 'vitest';
import { getSample } from '../../src/scenario/samples';
import { wfm } from './harness';

describe('wfm sensitivity', () => {
  it('prints the inputs sorted by swing, each with both ends of service level and extra cost', async () => {
    const run = await wfm(['sensitivity', 'pr.json', '--json'], { files: { 'pr.json': JSON.stringify(getSample('product-recall')!.scenario) } });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { strategyId: string; inputs: { name: string; low: number; high: number; swing: number; serviceLevel: { low: number | null; high: number | null }; extraCost: { low: number; high: number }; meetsTargets: { low: boolean; high: boolean }; recommendationChanges: { low: string | null; high: string | null } }[] };
    expect(typeof out.strategyId).toBe('string');
    expect(out.inputs.map((x) => x.name).sort()).toEqual(['handleTime', 'patience', 'shrinkage', 'volume']);
    for (const x of out.inputs) expect(Object.keys(x).sort()).toEqual(['extraCost', 'high', 'low', 'meetsTargets', 'name', 'recommendationChanges', 'serviceLevel', 'swing']);
    const swings = out.inputs.map((x) => x.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
  });

  it('refuses a bad scenario file with exit 2 and nothing on stdout', async () => {
    const run = await wfm(['sensitivity', 'bad.json', '--json'], { files: { 'bad.json': '{"schemaVersion": 1}' } });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/bad\.json: /);
  });
});
