/**
 * Issue 10's table, row by row, through the command line in-process: each input is refused
 * with exit 2, one line naming the field and its limit, nothing on stdout.
 */
import { describe, expect, it } from 'vitest';
import { SCENARIO_FILE_CHARACTERS } from '../../src/scenario/limits';
import { parseScenarioText } from '../../src/scenario/parse';
import { wfm } from '../cli/harness';
import { FINDINGS, worldCupDoc } from './findings';

const HANG_GUARD_MS = 5_000;

describe('every input of the hardening table is refused, naming field and limit', () => {
  for (const finding of FINDINGS) {
    for (const command of ['plan', 'simulate', 'compare'] as const) {
      it(`${finding.input}: ${command}`, async () => {
        const doc = worldCupDoc();
        finding.change(doc);
        const run = await wfm([command, 's.json', '--replications', '1'].slice(0, command === 'plan' ? 2 : 4), { files: { 's.json': JSON.stringify(doc) } });
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr.split('\n')).toHaveLength(2);
        expect(run.stderr).toContain(`${finding.path}: `);
        expect(run.stderr).toMatch(finding.limit);
      }, HANG_GUARD_MS);
    }
  }

  it('refuses a scenario file beyond the size limit before parsing it', () => {
    const result = parseScenarioText(' '.repeat(SCENARIO_FILE_CHARACTERS.max + 1));
    expect(result).toMatchObject({ ok: false, problems: [{ path: '', message: expect.stringMatching(/at most 50,000,000 characters/) }] });
  });

  it('accepts a scenario file that starts with a UTF-8 byte-order mark', async () => {
    const run = await wfm(['plan', 's.json'], { files: { 's.json': `\ufeff${JSON.stringify(worldCupDoc())}` } });
    expect(run.code).toBe(0);
  });

  it('refuses, before starting, a simulation beyond the contact limit (email 1e6 a day)', async () => {
    const doc = worldCupDoc();
    doc.forecast.weekly.email = new Array(7).fill(1e6);
    const run = await wfm(['simulate', 's.json', '--replications', '1'], { files: { 's.json': JSON.stringify(doc) } });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/cannot simulate: .* above the limit of 5,000,000 contacts/);
  }, HANG_GUARD_MS);

  it('refuses, before starting, a comparison beyond the memory limit (sixty strategies over a year at 15 minutes)', async () => {
    const doc = worldCupDoc();
    const double = (weights: number[]) => weights.flatMap((w) => [w, w]);
    Object.assign(doc, { days: 366, intervalMinutes: 15 });
    for (const id of Object.keys(doc.forecast.intraday)) doc.forecast.intraday[id] = double(doc.forecast.intraday[id]);
    for (const overrides of Object.values(doc.forecast.intradayByWeekday) as { weights: number[] }[][]) {
      for (const o of overrides) o.weights = double(o.weights);
    }
    // The sample's seven strategies over a year now fit (the band per interval, fewer workers:
    // run/budget.ts comparisonBudget); sixty do not, even on one worker.
    const own = doc.strategies as { id: string }[];
    doc.strategies = Array.from({ length: 60 }, (_, k) => ({ ...own[k % own.length]!, id: `s${k}` }));
    const run = await wfm(['compare', 's.json', '--replications', '30'], { files: { 's.json': JSON.stringify(doc) } });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/cannot compare: the comparison \(61 strategies × 30 replications × 35136 intervals, keeping only the service level per interval, on one worker forking one strategy per run of the baseline\) would hold about [\d,]+ MB, above the limit of 1,500 MB/);
  }, HANG_GUARD_MS);

  it('refuses staff --arrivals 1e8 --interval-minutes 1 --aht 1e7 --patience 1e7, naming each limit', async () => {
    const run = await wfm(['staff', '--arrivals', '1e8', '--interval-minutes', '1', '--aht', '1e7', '--patience', '1e7']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/--arrivals: must be ≤ 100,000 contacts.*--aht: must be ≤ 86,400 s.*--patience: must be ≤ 86,400 s/);
  }, HANG_GUARD_MS);

  it('refuses an offered load beyond the Erlang search bound, though each value is within its own', async () => {
    const run = await wfm(['staff', '--arrivals', '100000', '--interval-minutes', '1', '--aht', '86400']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/--arrivals: the offered load .* above the limit of 20,000 Erlangs/);
  }, HANG_GUARD_MS);
});
