/** `wfm link`: the share fragment, read back by Node's zlib, and links made by zlib opened (docs/keep-share-export.md). */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse';
import { getSample } from '../../src/scenario/samples';
import { wfm } from './harness';

const worldCup = getSample('world-cup')!.scenario;
const fromB64Url = (data: string) => Buffer.from(data, 'base64url');

describe('wfm link', () => {
  it('prints #scenario= + unpadded base64url of the raw-deflated JSON, which zlib reads back', async () => {
    const run = await wfm(['link', 'wc.json'], { files: { 'wc.json': JSON.stringify(worldCup) } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const fragment = run.stdout.trimEnd();
    expect(run.stdout.split('\n')).toHaveLength(2);
    expect(fragment).toMatch(/^#scenario=[A-Za-z0-9_-]+$/);
    const data = fragment.slice('#scenario='.length);
    const decoded = JSON.parse(inflateRawSync(fromB64Url(data)).toString('utf8'));
    const parsed = parseScenario(worldCup);
    expect(parsed.ok).toBe(true);
    expect(decoded).toEqual(parsed.ok ? parsed.scenario : null);
  });

  it('opens a link made with zlib, from a whole address, a fragment or the data alone', async () => {
    const scenario = { ...structuredClone(worldCup), name: 'Made by a script — été' };
    const data = deflateRawSync(Buffer.from(JSON.stringify(scenario), 'utf8')).toString('base64url');
    expect(data).not.toContain('=');
    for (const given of [`http://127.0.0.1:4173/#scenario=${data}`, `#scenario=${data}`, data]) {
      const run = await wfm(['link', '--open', given]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const opened = JSON.parse(run.stdout);
      expect(opened.name).toBe('Made by a script — été');
      expect(opened.channels.map((c: { id: string }) => c.id)).toEqual(worldCup.channels.map((c) => c.id));
    }
  });

  it('round-trips: link then --open gives the validated scenario', async () => {
    const made = await wfm(['link', 'wc.json'], { files: { 'wc.json': JSON.stringify(worldCup) } });
    const opened = await wfm(['link', '--open', made.stdout.trim()]);
    expect(opened.code).toBe(0);
    const parsed = parseScenario(worldCup);
    expect(JSON.parse(opened.stdout)).toEqual(parsed.ok ? parsed.scenario : null);
  });

  it('refuses a damaged fragment: one line naming the reason, exit 2, nothing on stdout', async () => {
    const good = deflateRawSync(Buffer.from(JSON.stringify(worldCup))).toString('base64url');
    const cases: [string, RegExp][] = [
      ['#scenario=abc$def', /characters outside base64url/],
      [`#scenario=${good.slice(0, Math.floor(good.length / 8) * 4)}`, /does not unpack/],
      ['#scenario=', /carries no scenario/],
      ['#other=abc', /no 'scenario=' part/],
      [`#scenario=${deflateRawSync(Buffer.from('{"name": ')).toString('base64url')}`, /not valid JSON/],
    ];
    for (const [given, reason] of cases) {
      const run = await wfm(['link', '--open', given]);
      expect(run, given).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toMatch(/^wfm link: --open: /);
      expect(run.stderr).toMatch(reason);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('names the bad field of a scenario a link carries, as for a file', async () => {
    const scenario = structuredClone(worldCup) as { channels: { aht: { mean: number } }[] };
    scenario.channels[1].aht.mean = -3;
    const data = deflateRawSync(Buffer.from(JSON.stringify(scenario))).toString('base64url');
    const run = await wfm(['link', '--open', data]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/channels\[1\]\.aht\.mean: must be ≥ 1 s/);
  });

  it('refuses a link that unpacks to more than the cap', async () => {
    const bomb = deflateRawSync(Buffer.alloc(9 * 1024 * 1024, 32)).toString('base64url');
    const run = await wfm(['link', '--open', bomb]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/unpacks to more than 8 MB/);
  });

  it('needs a scenario file, and says when it cannot be read', async () => {
    expect(await wfm(['link'])).toMatchObject({ code: 2, stdout: '' });
    const missing = await wfm(['link', 'nowhere.json']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/nowhere\.json: cannot read the file/);
  });
});
