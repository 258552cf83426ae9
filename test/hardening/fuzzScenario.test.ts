/**
 * Mutated scenario files through validation and `plan`: one leaf of a sample changed to a wrong
 * type, a sign, zero, a huge or tiny number, a NaN-like string, a long string; or an unknown key,
 * `__proto__`, `constructor` added to an object. Never a throw, never past the time guard; every
 * refusal names a path; a refused file changes nothing; an accepted one plans to finite figures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText } from '../../src/scenario/parse';
import { resolveScenario } from '../../src/scenario/resolve';
import { samples } from '../../src/scenario/samples';
import { planScenario } from '../../src/simulation/plan';
import { CASE_TIME_LIMIT_MS, FUZZ } from './fuzzCounts';
import { checkPlan } from './invariants';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Paths of every leaf (number, string, boolean) and of every object, of a JSON value. */
function walk(value: Json, path: (string | number)[], leaves: (string | number)[][], objects: (string | number)[][]): void {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], leaves, objects));
  else if (value !== null && typeof value === 'object') {
    objects.push(path);
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k], leaves, objects);
  } else leaves.push(path);
}

const LEAF_VALUES: Json[] = [
  'x', true, null, [], {}, -1, 0, 1e308, 1e12, -1e308, 1e-300, 5e-324, 'NaN', 'Infinity', '-0', '1e999',
  'a'.repeat(100_000), '<script>alert(1)</script>', 0.5, 2 ** 31, -(2 ** 31), 1.5,
];
const EXTRA_KEYS = ['zzz', '__proto__', 'constructor', 'toString', 'prototype'];

function setAt(root: Json, path: (string | number)[], value: Json): void {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path.at(-1)!] = value;
}

const bases = samples.map((s) => {
  const doc = JSON.parse(JSON.stringify(s.scenario)) as Json;
  const leaves: (string | number)[][] = [];
  const objects: (string | number)[][] = [];
  walk(doc, [], leaves, objects);
  return { text: JSON.stringify(doc), leaves, objects };
});

/** Shown for a failing case: the change, not the whole file. */
const described = <T extends { what: string }>(x: T) => Object.assign(x, { [fc.toStringMethod]: () => x.what });

/** A mutated file's text: one leaf replaced, or one key added to one object (as raw JSON text, so `__proto__` is a key). */
const mutant = fc.record({
  base: fc.nat(bases.length - 1),
  pick: fc.nat(),
  kind: fc.constantFrom('leaf', 'key'),
  value: fc.constantFrom(...LEAF_VALUES),
  key: fc.constantFrom(...EXTRA_KEYS),
}).map(({ base, pick, kind, value, key }) => {
  const b = bases[base]!;
  const doc = JSON.parse(b.text) as Json;
  if (kind === 'leaf') {
    const path = b.leaves[pick % b.leaves.length]!;
    setAt(doc, path, value);
    return described({ text: JSON.stringify(doc), what: `${path.join('.')} = ${JSON.stringify(value)?.slice(0, 40)}` });
  }
  const path = b.objects[pick % b.objects.length]!;
  const marker = '"@@extra@@":1';
  setAt(doc, [...path, '@@extra@@'], 1);
  return described({ text: JSON.stringify(doc).replace(marker, `${JSON.stringify(key)}:${JSON.stringify(value)}`), what: `${path.join('.')}.${key} added` });
});

describe('mutated scenario files (fuzz)', () => {
  it(`${FUZZ.scenarioMutants} single-field mutants: refused with a path, or planned to finite figures`, () => {
    let slowest = { ms: 0, what: '' };
    let refused = 0;
    fc.assert(fc.property(mutant, ({ text, what }) => {
      const started = performance.now();
      const parsed = parseScenarioText(text);
      // Nothing applied: validation leaves the document it was given as it was.
      const doc = JSON.parse(text) as unknown;
      parseScenario(doc);
      expect(JSON.stringify(doc)).toBe(JSON.stringify(JSON.parse(text)));
      if (!parsed.ok) {
        refused++;
        expect(parsed.problems.length).toBeGreaterThan(0);
        for (const p of parsed.problems) {
          // The path, or (an unknown key of the top level) the key itself in the message.
          expect(p.path !== '' || /^unknown field '/.test(p.message), what).toBe(true);
          expect(p.message.length).toBeGreaterThan(0);
          expect(p.message).not.toMatch(/\n/);
        }
      } else {
        {
          const resolved = resolveScenario(parsed.scenario);
          checkPlan(planScenario(resolved), resolved);
        }
      }
      const ms = performance.now() - started;
      if (ms > slowest.ms) slowest = { ms, what };
      expect(ms, what).toBeLessThan(CASE_TIME_LIMIT_MS);
      expect(Object.keys(Object.prototype), what).toEqual([]);
    }), { seed: FUZZ.seed, numRuns: FUZZ.scenarioMutants });
    expect(refused).toBeGreaterThan(FUZZ.scenarioMutants / 4);
    // The measured figures of the report (not asserted: machine-dependent).
    console.info(`scenario mutants: ${FUZZ.scenarioMutants}, refused ${refused}, slowest ${slowest.ms.toFixed(0)} ms (${slowest.what})`);
  }, 300_000);
});
