/** `compare --json` is byte-identical whatever the number of workers (timings go to stderr). */
import { describe, expect, it } from 'vitest';
import { getSample } from '../../src/scenario/samples';
import { wfm } from '../cli/harness';

describe('compare --json', () => {
  it('gives the same bytes for 1 and 2 workers, and no timing unless --timings', async () => {
    const files = { 'r.json': JSON.stringify(getSample('product-recall')!.scenario) };
    const args = ['compare', 'r.json', '--replications', '1', '--seed', '3', '--json'];
    const one = await wfm([...args, '--workers', '1'], { files });
    const two = await wfm([...args, '--workers', '2'], { files });
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout)).not.toHaveProperty('seconds');
    expect(one.stderr).toMatch(/compared in [\d.]+ s/);
    const timed = await wfm([...args, '--workers', '1', '--timings'], { files });
    expect(JSON.parse(timed.stdout).seconds).toBeGreaterThan(0);
  }, 120_000);
});
