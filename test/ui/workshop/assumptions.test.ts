import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse';
import { defaultSample } from '../../../src/scenario/samples';
import type { ScenarioFile } from '../../../src/scenario/schema';
import { ASSUMPTIONS, readAssumption, targetOf, writeAssumption } from '../../../src/ui/workshop/assumptions';
import { MAX_SHOWN, snapshotsOf, takeSnapshot, toggleShown, withSnapshots } from '../../../src/ui/workshop/snapshots';
import { scenarioHash } from '../../../src/simulation/run/hash';

function defaultScenario(): ScenarioFile {
  const parsed = parseScenario(defaultSample.scenario);
  if (!parsed.ok) throw new Error('default sample does not parse');
  return parsed.scenario;
}
const byId = (id: string) => ASSUMPTIONS.find((a) => a.id === id)!;

describe('workshop assumptions', () => {
  it('every slider reads a value from the default scenario and writes back exactly what it shows', () => {
    const s = defaultScenario();
    for (const a of ASSUMPTIONS) {
      const value = readAssumption(a, s);
      expect(value, a.id).not.toBeNull();
      const moved = writeAssumption(a, s, value! + a.step);
      expect(readAssumption(a, moved), a.id).toBeCloseTo(value! + a.step, 9);
      // Nothing else moves: the other sliders read what they read before.
      for (const b of ASSUMPTIONS) if (b.id !== a.id && targetOf(b, s)?.path !== targetOf(a, s)?.path) expect(readAssumption(b, moved), `${a.id} → ${b.id}`).toBe(readAssumption(b, s));
    }
  });

  it('shares are shown in %, stored 0–1 (absence 30 % is shrinkage 0.3)', () => {
    const s = defaultScenario();
    expect(readAssumption(byId('absence'), s)).toBe(s.pools[0]!.shrinkage * 100);
    expect(writeAssumption(byId('absence'), s, 40).pools[0]!.shrinkage).toBeCloseTo(0.4, 12);
  });

  it('the temps start date moves the decision date by the same number of days', () => {
    const s = defaultScenario();
    const a = byId('tempsStart');
    const start = readAssumption(a, s)!;
    const later = writeAssumption(a, s, start + 3);
    const decision = (f: ScenarioFile) => (f.strategies.find((st) => st.id === 'temps')!.levers[0] as unknown as { decisionDate: string }).decisionDate;
    expect(Date.parse(decision(later)) - Date.parse(decision(s))).toBe(3 * 86_400_000);
  });

  it('each slider acts on the target picked: another channel, team or strategy, the others untouched', () => {
    const s = defaultScenario();
    // Handle time of the second channel: the first keeps its own.
    const aht = byId('aht');
    const second = s.channels[1]!.id;
    const moved = writeAssumption(aht, s, 400, second);
    expect(moved.channels[1]!.aht.mean).toBe(400);
    expect(moved.channels[0]!.aht.mean).toBe(s.channels[0]!.aht.mean);
    expect(readAssumption(aht, moved, second)).toBe(400);
    // Absence of the second team.
    if (s.pools.length > 1) {
      const absence = writeAssumption(byId('absence'), s, 12, s.pools[1]!.id);
      expect(absence.pools[1]!.shrinkage).toBeCloseTo(0.12, 12);
      expect(absence.pools[0]!.shrinkage).toBe(s.pools[0]!.shrinkage);
    }
    // A strategy picked among those with the lever; a target that is gone falls back to the first.
    const temps = byId('temps');
    const withTwo = { ...s, strategies: [...s.strategies, { ...structuredClone(s.strategies.find((st) => st.id === 'temps')!), id: 'temps-2', name: 'Temps again' }] };
    expect(temps.targets(withTwo).map((x) => x.key)).toEqual([...temps.targets(s).map((x) => x.key), 'temps-2']);
    const second2 = writeAssumption(temps, withTwo, 7, 'temps-2');
    expect(readAssumption(temps, second2, 'temps-2')).toBe(7);
    expect(readAssumption(temps, second2, 'temps')).toBe(readAssumption(temps, withTwo, 'temps'));
    expect(targetOf(temps, withTwo, 'gone')!.key).toBe('temps');
  });

  it('snapshots are kept in the scenario and change no result (the hash the engines read is the same)', () => {
    const s = defaultScenario();
    const snap = takeSnapshot('As planned', 'EUR', [{ id: 'baseline', name: 'Baseline' }], new Map([['baseline', { ok: true as const, figures: { meetsTargets: false, failures: [], total: 10, extraCost: 0, currency: 'EUR' } }]]), new Date('2026-06-01T10:00:00Z'));
    const kept = withSnapshots(s, [snap]);
    expect(snapshotsOf(kept)).toEqual([snap]);
    expect(scenarioHash(kept)).toBe(scenarioHash(s));
    // Through the file: saved, read back, the same snapshots; none leaves no field.
    const reread = parseScenario(JSON.parse(JSON.stringify(kept)));
    expect(reread.ok && snapshotsOf(reread.scenario)).toEqual([snap]);
    expect('workshop' in withSnapshots(kept, [])).toBe(false);
    // A file without the field (older files) loads with none.
    expect(snapshotsOf(s)).toEqual([]);
  });

  it('a key per snapshot shows or hides it, at most four lined up', () => {
    let shown: number[] = [];
    for (const k of [0, 1, 2, 3, 4]) shown = toggleShown(shown, k);
    expect(shown).toHaveLength(MAX_SHOWN);
    expect(shown).toEqual([1, 2, 3, 4]);
    expect(toggleShown(shown, 2)).toEqual([1, 3, 4]);
  });
});
