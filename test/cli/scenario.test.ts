/** `wfm sample`, `wfm plan` and `wfm forecast` on scenario files (docs/cli.md). */
import { describe, expect, it } from 'vitest';
import { wfm } from './harness';
import { samples } from '../../src/scenario/samples';

async function worldCupFile(): Promise<string> {
  const run = await wfm(['sample', 'world-cup']);
  expect(run.code).toBe(0);
  return run.stdout;
}

describe('wfm sample', () => {
  it('lists every sample, one a line, the default first', async () => {
    const run = await wfm(['sample']);
    expect(run.stdout.trimEnd().split('\n')).toEqual(samples.map((s) => s.name));
    expect(run.stdout.split('\n')[0]).toBe('world-cup');
  });

  it('rejects an unknown sample with exit 2 and the known names', async () => {
    const run = await wfm(['sample', 'nope']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/unknown name 'nope' \(known: world-cup, /);
  });
});

describe('wfm plan', () => {
  it('gives required vs available agents per channel per interval for a sample file', async () => {
    const text = await worldCupFile();
    const run = await wfm(['plan', 'wc.json', '--json'], { files: { 'wc.json': text } });
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    const scenario = JSON.parse(text);
    expect(plan.channels.map((c: { channelId: string }) => c.channelId)).toEqual(scenario.channels.map((c: { id: string }) => c.id));
    const intervals = scenario.days * (24 * 60) / scenario.intervalMinutes;
    for (const channel of plan.channels) {
      expect(channel.required).toHaveLength(intervals);
      expect(channel.available).toHaveLength(intervals);
      expect(channel.required.every((n: number) => Number.isInteger(n) && n >= 0)).toBe(true);
    }
    // The default scenario has something to decide: agent-hours are missing somewhere.
    expect(plan.missingAgentHours).toBeGreaterThan(0);
    expect(run.stdout).not.toMatch(/NaN|Infinity/);
  });

  it('prints one row per channel per day without --json', async () => {
    const text = await worldCupFile();
    const run = await wfm(['plan', 'wc.json'], { files: { 'wc.json': text } });
    const scenario = JSON.parse(text);
    const rows = run.stdout.split('\n').filter((l) => /\d{4}-\d{2}-\d{2}/.test(l));
    expect(rows).toHaveLength(scenario.days * scenario.channels.length);
  });

  it('names the bad field of a scenario file, exit 2, nothing on stdout', async () => {
    const scenario = JSON.parse(await worldCupFile());
    scenario.channels[1].aht.mean = -3;
    const run = await wfm(['plan', 'bad.json'], { files: { 'bad.json': JSON.stringify(scenario) } });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^wfm plan: bad\.json: channels\[1\]\.aht\.mean: must be ≥ 1 s: a handle time/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('checks each strategy\'s levers with their own schema, naming the lever field', async () => {
    const scenario = JSON.parse(await worldCupFile());
    const k = scenario.strategies.findIndex((st: { levers: { kind: string }[] }) => st.levers.some((l) => l.kind === 'temps'));
    expect(k).toBeGreaterThanOrEqual(0);
    const lever = scenario.strategies[k].levers.findIndex((l: { kind: string }) => l.kind === 'temps');
    scenario.strategies[k].levers[lever].count = -2;
    const run = await wfm(['plan', 's.json'], { files: { 's.json': JSON.stringify(scenario) } });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain(`strategies[${k}].levers[${lever}].count: must be`);
  });

  it('says a missing file cannot be read, and a file that is not JSON is not JSON', async () => {
    const missing = await wfm(['plan', 'nowhere.json']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/nowhere\.json: cannot read the file \(ENOENT\)/);
    const garbage = await wfm(['plan', 'g.json'], { files: { 'g.json': 'nope\n{"name": ' } });
    expect(garbage).toMatchObject({ code: 2, stdout: '' });
    expect(garbage.stderr).toMatch(/g\.json: .*JSON/);
    expect(garbage.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('wfm forecast', () => {
  it('takes the forecast from a CSV and prints the scenario with it', async () => {
    const text = await worldCupFile();
    const scenario = JSON.parse(text);
    const csv = `date;time;channel;volume\n${scenario.startDate};09:00;voice;123,5\n`;
    const run = await wfm(['forecast', 'wc.json', 'v.csv', '--json'], { files: { 'wc.json': text, 'v.csv': csv } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.forecast.kind).toBe('intervals');
    const perDay = 24 * 60 / scenario.intervalMinutes;
    const nine = 9 * 60 / scenario.intervalMinutes;
    expect(out.forecast.volumes.voice[nine]).toBe(123.5);
    expect(out.forecast.volumes.voice.slice(0, perDay).reduce((a: number, b: number) => a + b, 0)).toBe(123.5);
  });

  it('reports every bad line with its number, exit 2, nothing on stdout', async () => {
    const text = await worldCupFile();
    const scenario = JSON.parse(text);
    const csv = [
      'date,time,channel,volume',
      `${scenario.startDate},09:00,voice,10`,
      `${scenario.startDate},09:00,fax,10`,
      `${scenario.startDate},09:00,chat,-4`,
      `${scenario.startDate},09:07,chat,4`,
    ].join('\n');
    const run = await wfm(['forecast', 'wc.json', 'v.csv'], { files: { 'wc.json': text, 'v.csv': csv } });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/v\.csv:3: .*fax/);
    expect(run.stderr).toMatch(/v\.csv:4: /);
    expect(run.stderr).toMatch(/v\.csv:5: /);
    expect(run.stderr).not.toMatch(/v\.csv:2:/);
  });
});
