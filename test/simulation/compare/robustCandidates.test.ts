/**
 * Candidates sized for stressed worlds (compare/robustCandidates.ts) join the comparison only when
 * their levers are new, and never under an id that names other levers: a search's ids name the
 * lever and its size, not its window, so a wider stressed window used to be dropped as "known".
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse';
import { resolveScenario } from '../../../src/scenario/resolve';
import { defaultSample } from '../../../src/scenario/samples';
import { recommend } from '../../../src/simulation/compare/recommend';
import { robustCandidates } from '../../../src/simulation/compare/robustCandidates';

describe('candidates sized for stressed worlds', () => {
  const parsed = parseScenario(defaultSample.scenario);
  if (!parsed.ok) throw new Error('invalid sample');
  const s = resolveScenario(parsed.scenario);
  const known = recommend(s, s.strategies).candidates.map((c) => c.strategy);
  const found = robustCandidates(s, known);

  it('brings levers the normal search did not try, each under an id of its own', () => {
    expect(found.length).toBeGreaterThan(0);
    const knownLevers = new Set(known.map((k) => JSON.stringify(k.levers)));
    for (const c of found) expect(knownLevers.has(JSON.stringify(c.levers))).toBe(false);
    const ids = [...known.map((k) => k.id), ...found.map((c) => c.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps a stressed candidate whose id the normal search gave to other levers, renamed with its level', () => {
    // The same search, with each of its finds' ids already taken by other levers.
    const taken = [...known, ...found.map((c) => ({ ...c, levers: [] }))];
    const again = robustCandidates(s, taken);
    expect(again.map((c) => JSON.stringify(c.levers))).toEqual(found.map((c) => JSON.stringify(c.levers)));
    again.forEach((c, k) => {
      expect(c.id.startsWith(`${found[k]!.id}-q`)).toBe(true);
      expect(c.id).toMatch(/-q\d+$/);
    });
  });

  it('nothing without an uncertainty block', () => {
    expect(robustCandidates({ ...s, uncertainty: undefined }, known)).toEqual([]);
  });
});
