/**
 * Problems carry a code and values (src/scenario/problemCodes.ts) so the app can say them in
 * French, while their English message, what the command line prints, stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { parseForecastCsv } from '../../src/scenario/csv';
import { parseScenario, parseScenarioText } from '../../src/scenario/parse';
import { codeOf, PROBLEM_TEMPLATES } from '../../src/scenario/problemCodes';
import type { Problem } from '../../src/scenario/problems';
import { samples } from '../../src/scenario/samples';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function leaves(value: Json, path: (string | number)[], out: (string | number)[][]): void {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  else out.push(path);
}
function setAt(root: Json, path: (string | number)[], value: Json): void {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path.at(-1)!] = value;
}
const fill = (template: string, params: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, n: string) => params[n]!);

/** Every refusal of every sample with one leaf changed to each of a few bad values. */
function refusals(): Problem[] {
  const out: Problem[] = [];
  for (const sample of samples) {
    const text = JSON.stringify(sample.scenario);
    const paths: (string | number)[][] = [];
    leaves(JSON.parse(text) as Json, [], paths);
    for (const path of paths) {
      for (const value of ['x', 'email', -1, 0, 1e12, null, 1.5, [], 'a'.repeat(300)] as Json[]) {
        const doc = JSON.parse(text) as Json;
        setAt(doc, path, value);
        const parsed = parseScenario(doc);
        if (!parsed.ok) out.push(...parsed.problems);
      }
    }
  }
  return out;
}

describe('problem codes', () => {
  const all = refusals();

  it('every refusal of the single-field mutants of the samples has a code', () => {
    const uncoded = [...new Set(all.filter((p) => p.code === undefined).map((p) => p.message))];
    expect(all.length).toBeGreaterThan(1000);
    expect(uncoded).toEqual([]);
  });

  it('each coded message is its template filled with its values: the English text is unchanged', () => {
    for (const p of all) {
      if (p.code === undefined || p.code === 'several') continue;
      expect(fill(PROBLEM_TEMPLATES[p.code], p.params!)).toBe(p.message);
    }
  });

  it('gives files, links and CSV lines their codes too', () => {
    const notJson = parseScenarioText('{');
    expect(!notJson.ok && notJson.problems[0]).toMatchObject({ code: 'notJson' });
    const scenario = parseScenario(samples[0]!.scenario);
    if (!scenario.ok) throw new Error('sample');
    const csv = parseForecastCsv('date,time,voice\n2026-06-15,00:00,-3\n2026-06-15,00:30,x\n', scenario.scenario);
    expect(csv.ok).toBe(false);
    if (!csv.ok) expect(csv.problems.map((p) => p.code)).toEqual(['csvNegative', 'csvNotNumber']);
  });

  it('a message no template knows has no code (the app then shows it as written)', () => {
    expect(codeOf('something the catalogue never saw')).toBeNull();
  });
});
