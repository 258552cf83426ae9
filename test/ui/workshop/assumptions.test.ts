import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse';
import { defaultSample } from '../../../src/scenario/samples';
import type { ScenarioFile } from '../../../src/scenario/schema';
import { ASSUMPTIONS, readAssumption, writeAssumption } from '../../../src/ui/workshop/assumptions';
import { MAX_SHOWN, toggleShown } from '../../../src/ui/workshop/snapshots';

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
      for (const b of ASSUMPTIONS) if (b.id !== a.id && b.path(s) !== a.path(s)) expect(readAssumption(b, moved), `${a.id} → ${b.id}`).toBe(readAssumption(b, s));
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

  it('a key per snapshot shows or hides it, at most four lined up', () => {
    let shown: number[] = [];
    for (const k of [0, 1, 2, 3, 4]) shown = toggleShown(shown, k);
    expect(shown).toHaveLength(MAX_SHOWN);
    expect(shown).toEqual([1, 2, 3, 4]);
    expect(toggleShown(shown, 2)).toEqual([1, 3, 4]);
  });
});
