/**
 * `wfm compare --json` on a scenario with uncertain inputs (docs/cli.md, "compare"): every
 * strategy's probability of meeting the targets with its interval, and a recommendation at the
 * scenario's confidence that agrees with the strategies printed beside it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getSample } from '../../src/scenario/samples';

function wfmProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/wfm.ts', ...args], { maxBuffer: 256 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (error as { code?: number }).code ?? 1 : 0, stdout, stderr });
    });
  });
}

describe('wfm compare --json with an uncertainty block', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wfm-uncertain-'));
  const file = join(dir, 'recall.json');
  // `any`: the parsed JSON is what the test checks, field by field.
  let out: any;
  let code = -1;

  beforeAll(async () => {
    const scenario = structuredClone(getSample('product-recall')!.scenario) as Record<string, unknown>;
    scenario.uncertainty = { events: [{ event: 'Kettle recall notice', factor: { dist: 'triangular', min: 2, mode: 3, max: 5 } }], confidence: 0.8 };
    writeFileSync(file, JSON.stringify(scenario));
    const run = await wfmProcess(['compare', file, '--replications', '8', '--seed', '5', '--workers', '1', '--json']);
    code = run.code;
    out = JSON.parse(run.stdout);
  }, 300_000);

  it('gives every strategy its probability of meeting the targets, a share of the replications, with a Wilson interval around it', () => {
    expect(code).toBe(0);
    for (const st of out.strategies) {
      const p = st.probMeetsTargets;
      expect(Object.keys(p).sort()).toEqual(['ci95', 'high', 'low', 'mean', 'replications', 'successes']);
      // Over the replications the strategy received: all 8, or fewer when the early look on worlds
      // stopped it as met in none (compare/sequentialWorlds.ts, withEarlyLook).
      expect(p.replications).toBe(st.replications);
      expect(p.replications).toBeLessThanOrEqual(8);
      if (p.replications < 8) expect(st.stoppedBecause).toMatch(/^clearly below 80% sure \(met in 0 of \d+ worlds\)$/);
      expect(p.mean).toBeCloseTo(p.successes / p.replications, 12);
      expect(p.low).toBeLessThanOrEqual(p.mean);
      expect(p.high).toBeGreaterThanOrEqual(p.mean);
      expect(p.high).toBeLessThanOrEqual(1);
      expect(st.extraCost.p10).toBeLessThanOrEqual(st.extraCost.p90);
    }
  });

  it('recommends the cheapest strategy at the confidence asked, and prices 80%, 90%, 95%', () => {
    const rec = out.recommendation;
    expect(rec.confidence).toBe(0.8);
    expect(rec.costOfConfidence.map((x: { confidence: number }) => x.confidence)).toEqual([0.8, 0.9, 0.95]);
    const byId = new Map(out.strategies.map((st: any) => [st.id, st]));
    const reaching = out.strategies.filter((st: any) => st.probMeetsTargets.mean >= 0.8);
    expect(rec.reachesConfidence).toBe(reaching.length > 0);
    const chosen: any = byId.get(rec.strategyId);
    expect(rec.probMeetsTargets).toEqual(chosen.probMeetsTargets);
    if (rec.reachesConfidence) {
      for (const st of reaching) expect(st.cost.total.mean).toBeGreaterThanOrEqual(chosen.cost.total.mean);
    }
    for (const step of rec.costOfConfidence) {
      if (step.strategyId === null) continue;
      expect((byId.get(step.strategyId) as any).probMeetsTargets.mean).toBeGreaterThanOrEqual(step.confidence);
    }
  });
});
