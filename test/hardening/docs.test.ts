/**
 * docs/limits.md and the README state the bounds and the fuzz counts: they must say what the
 * code does (the table rows are checked against limits.ts, the counts against fuzzCounts.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as L from '../../src/scenario/limits';
import { FINDINGS } from './findings';
import { FUZZ } from './fuzzCounts';

const doc = readFileSync('docs/limits.md', 'utf8');
const readme = readFileSync('README.md', 'utf8');
const limits = Object.entries(L).filter((e): e is [string, L.Limit] => typeof e[1] === 'object' && e[1] !== null && 'max' in e[1]);
const n = (x: number) => x.toLocaleString('en-US');

describe('docs/limits.md and the README', () => {
  it('list every bound with its minimum, maximum and reason', () => {
    for (const [name, l] of limits) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, name).toBeDefined();
      expect(row).toContain(`| ${L.formatBound(l.min, l.unit)} | ${L.formatBound(l.max, l.unit)} |`);
      expect(row).toContain(l.reason);
    }
    expect(doc.split('\n').filter((line) => /^\| `[A-Z_]+` \|/.test(line))).toHaveLength(limits.length);
  });

  it('state the fuzz counts the tests run', () => {
    for (const text of [doc, readme]) {
      expect(text).toContain(`| ${n(FUZZ.scenarioMutants)} |`);
      expect(text).toMatch(new RegExp(`\\| ${n(FUZZ.csvFiles)} \\|`));
      expect(text).toContain(`${FINDINGS.length} `);
    }
    expect(doc).toContain(`| ${FUZZ.planScenarios} |`);
    expect(doc).toContain(`| ${FUZZ.simulatedScenarios} |`);
    expect(readme).toContain(`| ${FUZZ.planScenarios} / ${FUZZ.simulatedScenarios} |`);
    expect(readme).toContain('(docs/limits.md)');
  });
});
