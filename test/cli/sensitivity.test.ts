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
    expect(out.inputs.map((x) => x.name).sort()).toEqual(['handleTime', 'outsourcerPrice', 'patience', 'shrinkage', 'tempsProductivity', 'volume']);
    for (const x of out.inputs) expect(Object.keys(x).sort()).toEqual(['extraCost', 'high', 'low', 'meetsTargets', 'name', 'recommendationChanges', 'serviceLevel', 'swing']);
    const swings = out.inputs.map((x) => x.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
  });

  it('adds each uncertain input of the scenario at its distribution\'s ends, and the price of waiting', async () => {
    const scenario = structuredClone(getSample('product-recall')!.scenario) as Record<string, unknown>;
    scenario.uncertainty = { events: [{ event: 'Kettle recall notice', factor: { dist: 'cases', cases: [{ name: 'quiet', value: 2, weight: 1 }, { name: 'viral', value: 4.5, weight: 1 }] } }] };
    const run = await wfm(['sensitivity', 'pr.json', '--json'], { files: { 'pr.json': JSON.stringify(scenario) } });
    expect(run.code).toBe(0);
    // `any`: the parsed JSON is what the test checks, field by field.
    const out = JSON.parse(run.stdout) as any;
    const recall = out.inputs.find((x: { name: string }) => x.name === 'eventFactor:Kettle recall notice');
    expect([recall.low, recall.high]).toEqual([2, 4.5]);
    expect(recall.serviceLevel.high).toBeLessThan(recall.serviceLevel.low);
    expect(Object.keys(out.priceOfWaiting).sort()).toEqual(['levers', 'window']);
    for (const lever of out.priceOfWaiting.levers) {
      expect(['temps', 'outsourcing']).toContain(lever.kind);
      expect(Object.keys(lever).sort()).toEqual(['kind', 'lastDate', 'perWeek', 'points']);
    }
  });

  it('refuses a bad scenario file with exit 2 and nothing on stdout', async () => {
    const run = await wfm(['sensitivity', 'bad.json', '--json'], { files: { 'bad.json': '{"schemaVersion": 1}' } });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/bad\.json: /);
  });
});

describe('wfm sensitivity on a scenario too large for the decision aids', () => {
  it('refuses before starting, naming the work, the limit and what to do', async () => {
    // The default sample stretched to a year at 15 minutes: each evaluation is 3 channels × 35,040 intervals.
    const year = structuredClone(getSample('world-cup')!.scenario) as Record<string, unknown> & {
      forecast: { intraday: Record<string, number[]>; intradayByWeekday?: Record<string, { weights: number[] }[]> };
    };
    year.days = 364;
    year.intervalMinutes = 15;
    const halves = (weights: number[]) => weights.flatMap((w) => [w, w]);
    for (const [id, weights] of Object.entries(year.forecast.intraday)) year.forecast.intraday[id] = halves(weights);
    for (const list of Object.values(year.forecast.intradayByWeekday ?? {})) for (const day of list) day.weights = halves(day.weights);
    const started = Date.now();
    const run = await wfm(['sensitivity', 'year.json', '--json'], { files: { 'year.json': JSON.stringify(year) } });
    expect(run.stderr).toMatch(/would evaluate about [\d,]+ channel-intervals, above the limit of 20,000,000: .*30- or 60-minute intervals/);
    expect(run.code).not.toBe(0);
    // A freeze guard only (the refusal comes before any evaluation): generous on a loaded machine.
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
