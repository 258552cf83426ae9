import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../../src/scenario/resolve';
import { defaultSample } from '../../../src/scenario/samples';
import { parseScenario } from '../../../src/scenario/parse';
import { getAt, LEVER_FORMS, newLever, setAt, fieldPath } from '../../../src/ui/compare/leverFields';
import { plainWords } from '../../../src/ui/compare/plainWords';
import { addStrategy, adoptStrategy, checkDraft, deleteStrategy, duplicateStrategy, uniqueId } from '../../../src/ui/compare/strategies';
import { recommend } from '../../../src/simulation/compare/recommend';
import type { LeverKind } from '../../../src/simulation/levers';

const world = () => {
  const parsed = parseScenario(defaultSample.scenario);
  if (!parsed.ok) throw new Error('default sample invalid');
  return parsed.scenario;
};

describe('strategy list edits', () => {
  it('gives new ids that clash with nothing, never "baseline"', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'a-2', 'a-3', 'baseline', 'b'), { maxLength: 6 }), fc.constantFrom('a', 'A!', 'baseline', ''), (taken, base) => {
      const id = uniqueId(base, taken);
      expect(taken).not.toContain(id);
      expect(id).not.toBe('baseline');
      expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
    }), { seed: 7, numRuns: 200 });
  });

  it('adopting any strategy the search found keeps the scenario valid (ids start with a letter, fit 64 characters)', () => {
    const s = world();
    const found = recommend(resolveScenario(s)).candidates.filter((c) => c.strategy.id.startsWith('search-'));
    expect(found.length).toBeGreaterThan(5);
    let scenario = s;
    for (const c of found) scenario = adoptStrategy(scenario, c.strategy).scenario;
    const parsed = parseScenario(scenario);
    expect(parsed.ok ? [] : parsed.problems.slice(0, 3)).toEqual([]);
    expect(uniqueId('12 temps, decided 1 Jun', [])).toBe('s-12-temps-decided-1-jun');
    expect(uniqueId('x'.repeat(200), []).length).toBeLessThanOrEqual(60);
  });

  it('duplicates right after the original with a deep copy, and deletes only the one named', () => {
    const s = world();
    const first = s.strategies[0]!;
    const dup = duplicateStrategy(s, first.id);
    expect(dup.scenario.strategies[1]!.id).toBe(dup.id);
    expect(dup.scenario.strategies[1]!.levers).toEqual(first.levers);
    expect(dup.scenario.strategies[1]!.levers[0]).not.toBe(first.levers[0]);
    expect(s.strategies).toHaveLength(world().strategies.length); // the original scenario is untouched
    const deleted = deleteStrategy(dup.scenario, dup.id);
    expect(deleted.strategies.map((x) => x.id)).toEqual(s.strategies.map((x) => x.id));
    const added = addStrategy(s);
    expect(added.scenario.strategies.at(-1)).toEqual({ id: added.id, name: 'New strategy', levers: [] });
  });
});

describe('lever drafts', () => {
  const s = resolveScenario(world());
  const defaults = { startDate: s.startDate, days: s.days, channels: s.channels, channelOfKind: (k: string) => s.channels.find((c) => c.kind === k)?.id };

  it('a new lever of every kind validates on the default scenario and reads in words', () => {
    for (const kind of Object.keys(LEVER_FORMS) as LeverKind[]) {
      const check = checkDraft(s, [newLever(kind, defaults)]);
      expect(check.ok, `${kind}: ${JSON.stringify([...check.problems[0]!])}`).toBe(true);
      expect(check.words[0]).toMatch(/\.$/);
    }
  });

  it('puts each schema message on the field it belongs to', () => {
    const lever = { ...newLever('overtime', defaults), hoursPerAgentPerDay: 3, capHoursPerDay: 2 };
    const check = checkDraft(s, [lever]);
    expect(check.ok).toBe(false);
    expect(check.problems[0]!.get('hoursPerAgentPerDay')).toBe('must be ≤ capHoursPerDay (2)');
    const typed = checkDraft(s, [setAt(newLever('outsourcing', defaults), 'routing.seconds', 'abc')]);
    expect(typed.problems[0]!.get('routing.seconds')).toBe('must be a number');
    // References the schema cannot see (an unknown channel) are checked when applying.
    const unknown = checkDraft(s, [{ ...newLever('temps', defaults), skills: ['fax'] }]);
    expect(unknown.problems[0]!.get('skills.0')).toMatch(/unknown channel 'fax'/);
  });

  it('setAt / getAt round-trip and never modify their input', () => {
    fc.assert(fc.property(fc.constantFrom('a', 'a.b', 'a.0.c', 'x.y.z'), fc.integer(), (path, value) => {
      const original = { a: { b: 1 }, keep: true };
      const frozen = JSON.stringify(original);
      const next = setAt(original, path, value);
      expect(getAt(next, path)).toBe(value);
      expect(JSON.stringify(original)).toBe(frozen);
      expect((next as { keep: boolean }).keep).toBe(true);
      expect(getAt(setAt(next, path, undefined), path)).toBeUndefined();
    }), { seed: 3, numRuns: 100 });
    expect(fieldPath('levers[2].chatStandby.moveTo[0].share', 'levers[2]')).toBe('chatStandby.moveTo.0.share');
  });
});

describe('plain words', () => {
  it('names channels and targets and writes dates out', () => {
    const name = (id: string) => ({ voice: 'Phone', email: 'Email' }[id] ?? id);
    expect(plainWords('The baseline misses voice serviceLevel, voice answerRate on 6 day(s), 2026-06-15 to 2026-06-20.', name, ['voice', 'email']))
      .toBe('The baseline misses Phone service level, Phone answer rate on 6 day(s), Mon 15 Jun to Sat 20 Jun.');
    // A channel id alone (inside a strategy's name) is left as written.
    expect(plainWords('move 10 agents to voice', name, ['voice'])).toBe('move 10 agents to voice');
  });
});
