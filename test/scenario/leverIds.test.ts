/** A pool a lever creates is named by the scenario's id rule: no built-in names, no clash with results keyed by id. */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse';
import { defaultSample } from '../../src/scenario/samples';

const withOutsourcer = (poolId: string, name = 'Partner') => {
  const file = structuredClone(defaultSample.scenario) as { strategies: { id: string; name: string; levers: unknown[] }[] };
  file.strategies = [{ id: 'bpo', name: 'BPO', levers: [{ kind: 'outsourcing', poolId, name, channels: ['voice'], routing: { mode: 'share', share: 0.2 }, start: '2026-06-15', end: '2026-06-20', agents: 5, pricing: { mode: 'perContact', rate: 3.5 } }] }];
  return parseScenario(file);
};

describe('lever pool ids', () => {
  it('accepts an ordinary id', () => {
    expect(withOutsourcer('partner').ok).toBe(true);
  });
  it.each(['__proto__', 'constructor', '1bpo', 'a b', 'x'.repeat(65)])('refuses %j, naming the field', (poolId) => {
    const r = withOutsourcer(poolId);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.path).toBe('strategies[0].levers[0].poolId');
  });
  it('bounds a lever name as other names', () => {
    const r = withOutsourcer('partner', 'n'.repeat(201));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ path: 'strategies[0].levers[0].name' });
  });
});
