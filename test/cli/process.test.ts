/**
 * The real `wfm` process (tsx, worker threads, exit codes, stdout vs stderr), as a user runs it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function wfmProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/wfm.ts', ...args], { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (error as { code?: number }).code ?? 1 : 0, stdout, stderr });
    });
  });
}

describe('the wfm process', () => {
  it('exits 2 with one line on stderr and nothing on stdout for bad input', async () => {
    const run = await wfmProcess(['staff', '--arrivals', '100', '--aht', '-1']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('wfm staff: --aht: must be ≥ 1 s: a handle time is between 1 s and 24 h\n');
  }, 60_000);

  it('simulates on worker threads: JSON on stdout, progress on stderr, same bytes for 1 and 2 workers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wfm-'));
    const sample = await wfmProcess(['sample', 'product-recall']);
    const file = join(dir, 'recall.json');
    writeFileSync(file, sample.stdout);
    const one = await wfmProcess(['simulate', file, '--replications', '3', '--seed', '7', '--workers', '1', '--json']);
    const two = await wfmProcess(['simulate', file, '--replications', '3', '--seed', '7', '--workers', '2', '--json']);
    expect(one.code).toBe(0);
    expect(one.stderr).toMatch(/simulated 3\/3 replications/);
    expect(two.stdout).toBe(one.stdout);
    const out = JSON.parse(one.stdout);
    expect(out).toMatchObject({ seed: 7, replications: 3 });
    expect(out.strategies[0].id).toBe('baseline');
    const voice = out.strategies[0].channels.voice;
    expect(Object.keys(voice.serviceLevel).sort()).toEqual(['ci95', 'mean', 'p10', 'p50', 'p90']);
    expect(one.stdout).not.toMatch(/NaN|Infinity/);
  }, 120_000);
});
