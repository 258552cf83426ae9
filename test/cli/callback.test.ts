/**
 * `wfm compare` with a web call-back strategy (docs/cli.md, "compare"): the voice channel gains
 * the call-back counts and the share of promises kept (horizon and per day, as estimates), the
 * analytic figures beside, the story in the JSON, and the text output tells it in words.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getSample } from '../../src/scenario/samples';
import type { ScenarioInput } from '../../src/scenario/schema';

function wfmProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/wfm.ts', ...args], { maxBuffer: 256 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (error as { code?: number }).code ?? 1 : 0, stdout, stderr });
    });
  });
}

const ESTIMATE_KEYS = ['ci95', 'mean', 'p10', 'p50', 'p90'];
const CALLBACK_FIGURES = ['callbacksOffered', 'callbacksAccepted', 'callbacksKept', 'callbacksLate', 'callbacksFailed', 'promisesKept'];

describe('wfm compare with a web call-back strategy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wfm-callback-'));
  const file = join(dir, 'recall-callback.json');
  let json: { code: number; stdout: string; stderr: string };
  let text: { code: number; stdout: string; stderr: string };
  // `any`: the parsed JSON is what the test checks, field by field.
  let out: any;

  beforeAll(async () => {
    const scenario = structuredClone(getSample('product-recall')!.scenario) as ScenarioInput;
    scenario.strategies = [{
      id: 'web-callback', name: 'Web call back',
      levers: [{ kind: 'callback', channel: 'voice', offerAfterSeconds: 30, acceptShare: 0.6, promiseMinutes: 120, costPerCallback: 0.1 }],
    }];
    writeFileSync(file, JSON.stringify(scenario));
    [json, text] = await Promise.all([
      wfmProcess(['compare', file, '--replications', '2', '--seed', '5', '--workers', '1', '--json']),
      wfmProcess(['compare', file, '--replications', '2', '--seed', '5', '--workers', '1']),
    ]);
    out = JSON.parse(json.stdout);
  }, 240_000);

  it('gives voice the call-back figures, horizon and per day, only where the lever acts', () => {
    expect(json.code).toBe(0);
    expect(json.stdout).not.toMatch(/NaN|Infinity/);
    const baseline = out.strategies[0];
    const callback = out.strategies.find((st: { id: string }) => st.id === 'web-callback');
    for (const key of CALLBACK_FIGURES) {
      expect(Object.keys(callback.channels.voice[key]).sort(), key).toEqual(ESTIMATE_KEYS);
      for (const day of callback.days.voice) expect(Object.keys(day[key]).sort()).toEqual(ESTIMATE_KEYS);
      expect(baseline.channels.voice[key]).toBeUndefined();
    }
    const v = callback.channels.voice;
    expect(v.callbacksAccepted.mean).toBeGreaterThan(0);
    expect(v.callbacksAccepted.mean).toBeCloseTo(v.callbacksKept.mean + v.callbacksLate.mean + v.callbacksFailed.mean, 9);
    expect(Object.keys(callback.analytic.channels.voice.callbacks).sort()).toEqual(['accepted', 'attempts', 'failed', 'kept', 'late', 'offered', 'promisesKept']);
    expect(callback.callbackStories[0].channelId).toBe('voice');
    expect(callback.cost.breakdown.callback.mean).toBeGreaterThan(0);
  });

  it('prints the promises kept beside the other figures and tells the story in words', () => {
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/promises kept/);
    expect(text.stdout).toMatch(/web call back, web-callback: voice: absorbed \d+ callers by call back/);
  });
});
