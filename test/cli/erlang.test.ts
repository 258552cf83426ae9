/**
 * `wfm erlang` and `wfm staff` as docs/cli.md defines them: flags and `--stdin` batches, JSON
 * and tables, and bad input as one line on stderr with exit code 2 and nothing on stdout.
 */
import { describe, expect, it } from 'vitest';
import { wfm } from './harness';

describe('wfm erlang', () => {
  it('prints the Erlang C result fields as JSON (100 calls / 30 min, AHT 180 s, 14 agents)', async () => {
    const run = await wfm(['erlang', '--arrivals', '100', '--interval-minutes', '30', '--aht', '180', '--agents', '14', '--sl-seconds', '20', '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result).sort()).toEqual([
      'abandonRate', 'agents', 'answerRate', 'asaSeconds', 'avgQueueLength', 'model', 'occupancy',
      'probWait', 'serviceLevel', 'stable', 'trafficErlangs',
    ]);
    expect(result.model).toBe('erlang-c');
    expect(result.trafficErlangs).toBeCloseTo(10, 12);
    // Published worked example (see test/simulation/erlang reference tests for the source).
    expect(result.probWait).toBeCloseTo(0.174132, 5);
    expect(result.serviceLevel).toBeCloseTo(0.888350, 5);
    expect(result.asaSeconds).toBeCloseTo(7.836, 3);
  });

  it('switches to Erlang A when a patience is given', async () => {
    const run = await wfm(['erlang', '--arrivals', '100', '--aht', '180', '--agents', '9', '--patience', '120', '--json']);
    const result = JSON.parse(run.stdout);
    expect(result.model).toBe('erlang-a');
    expect(result.stable).toBe(true);
    expect(result.abandonRate).toBeGreaterThan(0);
    expect(result.answerRate + result.abandonRate).toBeCloseTo(1, 12);
  });

  it('says an overloaded Erlang C queue is unstable, with null waiting figures, never NaN', async () => {
    const run = await wfm(['erlang', '--arrivals', '100', '--aht', '180', '--agents', '10', '--json']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/NaN|Infinity/);
    const result = JSON.parse(run.stdout);
    expect(result.stable).toBe(false);
    expect(result.serviceLevel).toBeNull();
    expect(result.asaSeconds).toBeNull();
  });

  it('reads a batch on stdin and answers one result per case, in order', async () => {
    const cases = [
      { arrivals: 100, aht: 180, agents: 14 },
      { arrivals: 1000, intervalMinutes: 60, aht: 120, agents: 40 },
      { arrivals: 50, aht: 300, agents: 12, patience: 90, slSeconds: 30 },
    ];
    const run = await wfm(['erlang', '--stdin', '--json'], { stdin: JSON.stringify(cases) });
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout);
    expect(results.map((r: { agents: number }) => r.agents)).toEqual([14, 40, 12]);
    expect(results.map((r: { model: string }) => r.model)).toEqual(['erlang-c', 'erlang-c', 'erlang-a']);
    const single = JSON.parse((await wfm(['erlang', '--arrivals', '1000', '--interval-minutes', '60', '--aht', '120', '--agents', '40', '--json'])).stdout);
    expect(results[1]).toEqual(single);
  });

  it('prints a readable table without --json', async () => {
    const run = await wfm(['erlang', '--arrivals', '100', '--aht', '180', '--agents', '14']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^serviceLevel\s+0\.888/m);
    expect(() => JSON.parse(run.stdout)).toThrow();
  });

  it.each([
    [['erlang', '--arrivals', '100', '--aht', '-5', '--agents', '14'], /^wfm erlang: --aht: must be ≥ 1 s: a handle time is between 1 s and 24 h\n$/],
    [['erlang', '--arrivals', '100', '--aht', 'abc', '--agents', '14'], /^wfm erlang: --aht: must be a number, got 'abc'\n$/],
    [['erlang', '--arrivals', '100', '--aht', '180'], /^wfm erlang: --agents: is required\n$/],
    [['erlang', '--arrivals', '100', '--aht', '180', '--agents', '2.5'], /--agents: must be a whole number/],
    [['erlang', '--arrivals', '100', '--aht', '180', '--agents', '14', '--colour', 'red'], /colour/],
    [['nonsense'], /unknown command 'nonsense'/],
    [['erlang', '--arrivals', '1e300', '--aht', '1e300', '--agents', '5'], /--arrivals: must be ≤ 100,000 contacts: one channel receives at most 100,000 contacts in one interval; --aht: must be ≤ 86,400 s \(24 h\)/],
  ])('rejects bad input %j with exit 2, one line on stderr, nothing on stdout', async (argv, message) => {
    const run = await wfm(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('names the bad case of a batch by its index and prints nothing', async () => {
    const run = await wfm(['erlang', '--stdin', '--json'], { stdin: '[{"arrivals":10,"aht":180,"agents":3},{"arrivals":10,"aht":0,"agents":3}]' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('wfm erlang: [1].aht: must be ≥ 1 s: a handle time is between 1 s and 24 h\n');
    const notJson = await wfm(['erlang', '--stdin'], { stdin: 'not\njson\n' });
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^wfm erlang: stdin: not valid JSON/);
    // One line, even when the parser quotes input that holds newlines.
    expect(notJson.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('wfm staff', () => {
  it('finds 14 agents for 80/20 and 20 scheduled at 30% shrinkage', async () => {
    const run = await wfm(['staff', '--arrivals', '100', '--aht', '180', '--target-sl', '0.8', '--shrinkage', '0.3', '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.agents).toBe(14);
    expect(result.scheduled).toBe(20);
    expect(result.serviceLevel).toBeGreaterThanOrEqual(0.8);
  });

  it('lets max occupancy bind: 1000 calls / hour, AHT 120 s → 40 agents, 58 scheduled', async () => {
    const run = await wfm(['staff', '--arrivals', '1000', '--interval-minutes', '60', '--aht', '120',
      '--target-sl', '0.8', '--max-occupancy', '0.85', '--shrinkage', '0.3', '--json']);
    const result = JSON.parse(run.stdout);
    expect(result.agents).toBe(40);
    expect(result.scheduled).toBe(58);
    expect(result.occupancy).toBeLessThanOrEqual(0.85);
  });

  it('rejects a shrinkage of 1 and an unknown stdin field, naming them', async () => {
    const shrink = await wfm(['staff', '--arrivals', '10', '--aht', '180', '--shrinkage', '1']);
    expect(shrink).toMatchObject({ code: 2, stdout: '' });
    expect(shrink.stderr).toBe('wfm staff: --shrinkage: must be < 1\n');
    const unknown = await wfm(['staff', '--stdin'], { stdin: '[{"arrivals":10,"aht":180,"agents":4}]' });
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toBe("wfm staff: [0]: unknown field 'agents'\n");
  });
});
