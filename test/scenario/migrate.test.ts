import { describe, expect, it } from 'vitest';
import { migrateScenario } from '../../src/scenario/migrate';
import { parseScenario } from '../../src/scenario/parse';

const day = (value: number) => new Array<number>(24).fill(value);

/** A version-0 file as Renfort 0.x wrote it. */
function v0File(): Record<string, unknown> {
  return {
    schemaVersion: 0,
    name: 'Old file',
    startDate: '2026-06-08',
    intervalMinutes: 60,
    days: 1,
    channels: [
      { id: 'voice', name: 'Voice', kind: 'voice', ahtSeconds: 300, patienceSeconds: 120,
        targets: { serviceLevel: 0.8, serviceSeconds: 30, minAnswerRate: 0.9 } },
      { id: 'email', name: 'Email', kind: 'email', ahtSeconds: 420, targets: { responseShare: 0.9, responseHours: 24 } },
    ],
    volumes: { voice: day(10), email: day(2) },
    pools: [{ id: 'team', name: 'Team', skills: ['voice', 'email'], agents: day(6), shrinkage: 0.3, hourlyCost: 31 }],
  };
}

/** The same scenario written directly as version 1. */
function v1Equivalent(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    name: 'Old file',
    startDate: '2026-06-08',
    intervalMinutes: 60,
    days: 1,
    channels: [
      { id: 'voice', name: 'Voice', kind: 'voice', aht: { dist: 'exponential', mean: 300 },
        patience: { dist: 'exponential', mean: 120 },
        targets: { serviceLevel: { share: 0.8, seconds: 30 }, minAnswerRate: 0.9 } },
      { id: 'email', name: 'Email', kind: 'email', aht: { dist: 'exponential', mean: 420 },
        targets: { responseWithin: [{ share: 0.9, hours: 24 }] } },
    ],
    forecast: { kind: 'intervals', volumes: { voice: day(10), email: day(2) } },
    pools: [{ id: 'team', name: 'Team', skills: ['voice', 'email'], staffing: { kind: 'intervals', scheduled: day(6) }, shrinkage: 0.3, hourlyCost: 31 }],
  };
}

describe('migrateScenario', () => {
  it('loads a version-0 file as the equivalent version-1 scenario', () => {
    const old = parseScenario(v0File());
    const current = parseScenario(v1Equivalent());
    expect(old.ok && current.ok).toBe(true);
    if (old.ok && current.ok) {
      expect(old.migratedFrom).toBe(0);
      expect(current.migratedFrom).toBeUndefined();
      expect(old.scenario).toEqual(current.scenario);
    }
  });

  it('defaults a v0 service-level threshold to 20 s', () => {
    const file = v0File() as any; // any: editing raw JSON
    delete file.channels[0].targets.serviceSeconds;
    const result = parseScenario(file);
    expect(result.ok && result.scenario.channels[0].targets.serviceLevel).toEqual({ share: 0.8, seconds: 20 });
  });

  it('reports an unconvertible v0 field at its old path', () => {
    const file = v0File() as any; // any: editing raw JSON
    file.channels[1].ahtSeconds = -5;
    expect(parseScenario(file)).toMatchObject({ ok: false, problems: [{ path: 'channels[1].ahtSeconds', message: 'must be a number > 0' }] });
  });

  it('validates a migrated file like any other', () => {
    const file = v0File() as any; // any: editing raw JSON
    file.pools[0].agents = day(6).slice(1);
    const result = parseScenario(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].path).toBe('pools[0].staffing.scheduled');
  });

  it('refuses a newer, missing or malformed version', () => {
    const problem = (version: unknown) => {
      const file = { ...v1Equivalent(), schemaVersion: version };
      if (version === undefined) delete (file as Record<string, unknown>).schemaVersion;
      const result = migrateScenario(file);
      return result.ok ? null : result.problems;
    };
    expect(problem(2)).toEqual([{ path: 'schemaVersion', message: 'version 2 was written by a newer Renfort; this one reads up to 1' }]);
    expect(problem(undefined)).toEqual([{ path: 'schemaVersion', message: 'is required (1 for files written by this version)' }]);
    expect(problem('1')).toEqual([{ path: 'schemaVersion', message: 'must be a whole number from 0 to 1' }]);
    expect(problem(0.5)?.[0].path).toBe('schemaVersion');
  });

  it('leaves a current file untouched', () => {
    const file = v1Equivalent();
    expect(migrateScenario(file)).toEqual({ ok: true, value: file });
  });
});
