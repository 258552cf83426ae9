/**
 * `wfm compare` as a user runs it (docs/cli.md, "compare"): its JSON is a contract — field names,
 * the baseline first, every strategy of the scenario, analytic beside simulated, the
 * recommendation — and its exit codes: 0 with JSON, 2 with one line and nothing on stdout for
 * bad input.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getSample } from '../../src/scenario/samples';
import { quietYear } from '../simulation/run/generatedScenario';

function wfmProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/wfm.ts', ...args], { maxBuffer: 256 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (error as { code?: number }).code ?? 1 : 0, stdout, stderr });
    });
  });
}

const ESTIMATE_KEYS = ['ci95', 'mean', 'p10', 'p50', 'p90'];
const LEVER_KINDS = ['outsourcing', 'reallocation', 'temps', 'overtime'];

describe('wfm compare --json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wfm-compare-'));
  const file = join(dir, 'recall.json');
  let run: { code: number; stdout: string; stderr: string };
  // `any`: the parsed JSON is what the test checks, field by field.
  let out: any;

  beforeAll(async () => {
    writeFileSync(file, JSON.stringify(getSample('product-recall')!.scenario));
    run = await wfmProcess(['compare', file, '--replications', '2', '--seed', '3', '--workers', '1', '--json']);
    out = JSON.parse(run.stdout);
  }, 180_000);

  it('exits 0, JSON on stdout, progress on stderr', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/simulated \d+\/\d+ replications/);
    expect(run.stdout).not.toMatch(/NaN|Infinity/);
    // No `seconds`: timings go to stderr, or into the JSON with --timings, so the bytes do not depend on the machine.
    expect(Object.keys(out).sort()).toEqual(['intervalDetail', 'recommendation', 'replications', 'scenario', 'seed', 'strategies']);
    // A short horizon keeps every figure per interval (the band alone is for a year: run/budget.ts).
    expect(out).toMatchObject({ seed: 3, replications: 2, intervalDetail: 'all' });
  });

  it('lists the baseline first, then every strategy of the scenario, then the search\'s candidates', () => {
    const scenarioIds = (getSample('product-recall')!.scenario as { strategies: { id: string }[] }).strategies.map((st) => st.id);
    const ids: string[] = out.strategies.map((st: { id: string }) => st.id);
    expect(ids[0]).toBe('baseline');
    expect(ids.slice(1, 1 + scenarioIds.length)).toEqual(scenarioIds);
    expect(out.strategies.map((st: { source: string }) => st.source)).toEqual(
      ids.map((_, k) => (k === 0 ? 'baseline' : k <= scenarioIds.length ? 'scenario' : 'recommendation')));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives each strategy its levers, simulated figures as estimates, a verdict, a cost and the analytic figures beside', () => {
    for (const st of out.strategies) {
      expect(Array.isArray(st.levers)).toBe(true);
      for (const lever of st.levers) expect(LEVER_KINDS).toContain(lever.kind);
      expect(typeof st.meetsTargets).toBe('boolean');
      expect(st.meetsTargets).toBe(st.failures.length === 0);
      expect(Object.keys(st.cost.total).sort()).toEqual(ESTIMATE_KEYS);
      expect(st.cost.currency).toBe('EUR');
      for (const [id, channel] of Object.entries<Record<string, unknown>>(st.channels)) {
        for (const key of ['offered', 'answered', 'abandoned', 'answerRate', 'occupancy', 'maxQueue']) {
          expect(Object.keys(channel[key] as object).sort(), `${st.id}.${id}.${key}`).toEqual(ESTIMATE_KEYS);
        }
      }
      expect(typeof st.analytic.meetsTargets).toBe('boolean');
      expect(Object.keys(st.analytic.channels).sort()).toEqual(Object.keys(st.channels).sort());
      expect(st.intervals.length).toBeGreaterThan(0);
      expect(Object.keys(st.intervals[0]).sort()).toEqual(['channels', 'date', 'time']);
    }
    expect(out.strategies[0].levers).toEqual([]);
  });

  it('leaves out of every email object the figures that mean nothing for email, and keeps them for voice', () => {
    const absent = ['serviceLevel', 'serviceLevelOfAnswered', 'asaSeconds'];
    for (const st of out.strategies) {
      const email = [st.channels.email, ...st.days.email, ...st.intervals.map((k: { channels: Record<string, unknown> }) => k.channels.email), st.analytic.channels.email];
      for (const figures of email) for (const key of absent) expect(Object.keys(figures), `${st.id} email ${key}`).not.toContain(key);
      expect(Object.keys(st.channels.email)).toEqual(expect.arrayContaining(['withinTarget', 'withinTargets', 'responseHours', 'backlog']));
      expect(Object.keys(st.channels.voice)).toEqual(expect.arrayContaining(absent));
      expect(Object.keys(st.analytic.channels.voice)).toEqual(expect.arrayContaining(['serviceLevel', 'asaSeconds']));
    }
  });

  it('names each failure by channel, target, days and where', () => {
    const failures = out.strategies.flatMap((st: { failures: unknown[] }) => st.failures);
    expect(failures.length).toBeGreaterThan(0); // the recall's baseline misses its targets
    for (const f of failures) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['channelId', 'target', 'days', 'intervals', 'worst', 'gap']));
      expect(f.days.length).toBeGreaterThan(0);
      for (const d of f.days) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('recommends a strategy it simulated, with its cost, reasons and frontier', () => {
    const r = out.recommendation;
    const simulated = new Map(out.strategies.map((st: { id: string }) => [st.id, st]));
    expect(simulated.has(r.strategyId)).toBe(true);
    // `any`: JSON under test.
    const chosen = simulated.get(r.strategyId) as any;
    expect(r.meetsTargets).toBe(chosen.meetsTargets);
    expect(r.cost).toBeCloseTo(chosen.cost.total.mean, 6);
    // The cheapest strategy whose simulated means meet every target, when one does.
    const passing = out.strategies.filter((st: { meetsTargets: boolean }) => st.meetsTargets);
    if (passing.length > 0) expect(r.cost).toBe(Math.min(...passing.map((st: { cost: { total: { mean: number } } }) => st.cost.total.mean)));
    expect(r.reasons.length).toBeGreaterThan(0);
    for (const p of r.frontier) expect(simulated.has(p.strategyId)).toBe(true);
    expect(Object.keys(r.latestDecisionDate).sort()).toEqual(['outsourcing', 'temps']);
  });

  it('exits 2 with one line naming the problem, and nothing on stdout, for bad input', async () => {
    const missing = await wfmProcess(['compare', join(dir, 'nope.json'), '--json']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
    const badFlag = await wfmProcess(['compare', file, '--replications', '0', '--json']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stdout).toBe('');
    expect(badFlag.stderr).toBe('wfm compare: --replications: must be between 1 and 100000, got 0\n');
    const badFile = join(dir, 'bad.json');
    writeFileSync(badFile, JSON.stringify({ ...(getSample('product-recall')!.scenario as object), days: 0 }));
    const badField = await wfmProcess(['compare', badFile, '--json']);
    expect(badField.code).toBe(2);
    expect(badField.stdout).toBe('');
    expect(badField.stderr).toMatch(/^wfm compare: .*days: /);
  }, 120_000);
});

describe('wfm compare on a long horizon (the band per interval: docs/cli.md, intervalDetail)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wfm-compare-year-'));
  const file = join(dir, 'year.json');
  writeFileSync(file, JSON.stringify(quietYear()));

  it('--json: intervalDetail "band", each strategy with its serviceLevelBand in place of intervals, days whole', async () => {
    const run = await wfmProcess(['compare', file, '--replications', '2', '--seed', '1', '--workers', '2', '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.intervalDetail).toBe('band');
    for (const st of out.strategies) {
      expect(st).not.toHaveProperty('intervals');
      expect(Object.keys(st.serviceLevelBand).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
      expect(st.serviceLevelBand.a.mean).toHaveLength(364 * 96);
      expect(st.days.a).toHaveLength(364);
    }
  }, 180_000);

  it('text: says under its title that only the service level is kept per interval', async () => {
    const run = await wfmProcess(['compare', file, '--replications', '2', '--seed', '1', '--workers', '2']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[1]).toMatch(/^per interval: the service level and its 95% interval only/);
  }, 180_000);
});
