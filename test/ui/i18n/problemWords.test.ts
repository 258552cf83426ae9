import { afterEach, describe, expect, it } from 'vitest';
import { parseForecastCsv } from '../../../src/scenario/csv';
import { DECISION_AIDS_WORK } from '../../../src/scenario/limits';
import { parseScenario } from '../../../src/scenario/parse';
import { samples } from '../../../src/scenario/samples';
import { setLanguage } from '../../../src/ui/i18n';
import { frenchQuantity, problemText } from '../../../src/ui/i18n/problemWords';

afterEach(() => setLanguage('en'));

const sample = () => structuredClone(samples[0]!.scenario) as unknown as Record<string, unknown> & { channels: Record<string, unknown>[]; pools: Record<string, unknown>[]; days: unknown };
const problemsOf = (doc: unknown) => {
  const parsed = parseScenario(doc);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.problems;
};

describe('problems in the app\'s language', () => {
  it('English shows the command line\'s message as written', () => {
    const doc = sample();
    (doc.channels[0]!.aht as { mean: number }).mean = -5;
    const [p] = problemsOf(doc);
    expect(problemText(p!)).toBe(p!.message);
  });

  it('French: a bound with its reason, its number in French digits', () => {
    setLanguage('fr');
    const doc = sample();
    (doc.channels[0]!.aht as { mean: number }).mean = 1e6;
    const [p] = problemsOf(doc);
    expect(p!.message).toBe('must be ≤ 86,400 s (24 h): a handle time is between 1 s and 24 h');
    expect(problemText(p!)).toBe('doit être ≤ 86\u202f400 s (24 h) : une DMT est comprise entre 1 s et 24 h');
  });

  it('French: the decision aids refused for their work, with the limit\'s reason in French', () => {
    const message = `the sensitivity and the price of waiting would evaluate about 63,072,000 channel-intervals, above the limit of 20,000,000: ${DECISION_AIDS_WORK.reason}`;
    setLanguage('fr');
    const text = problemText({ message });
    expect(text).toContain('la sensibilité et le prix de l’attente évalueraient environ 63\u202f072\u202f000');
    expect(text).toContain('prenez des intervalles de 30 ou 60 minutes');
  });

  it('French: a missing field, an unknown field, a wrong type', () => {
    setLanguage('fr');
    const doc = sample();
    delete doc.pools[0]!.hourlyCost;
    doc.pools[0]!.shrinkge = 0.3;
    doc.days = 'x';
    const texts = problemsOf(doc).map(problemText);
    expect(texts).toContain('est obligatoire');
    expect(texts).toContain("champ inconnu 'shrinkge'");
    expect(texts.some((t) => t.startsWith('valeur invalide') || t === 'doit être un nombre')).toBe(true);
  });

  it('French: a CSV line with two reasons says both', () => {
    setLanguage('fr');
    const parsed = parseScenario(samples[0]!.scenario);
    if (!parsed.ok) throw new Error('sample');
    const ids = parsed.scenario.channels.map((c) => c.id);
    const csv = parseForecastCsv(`date,time,${ids[0]},${ids[1]}\n2026-06-15,00:00,-2,x\n`, parsed.scenario);
    if (csv.ok) throw new Error('expected a refusal');
    expect(csv.problems[0]!.code).toBe('several');
    expect(problemText(csv.problems[0]!)).toBe(`${ids[0]} -2 est négatif ; ${ids[1]} 'x' n’est pas un nombre`);
  });

  it('every refusal of the single-field mutants reads in French: no English sentence, no raw value name', () => {
    setLanguage('fr');
    const english = /\b(must|is required|unknown|should|between|at most|a day|per)\b|\{\{/;
    let checked = 0;
    for (const s of samples) {
      const text = JSON.stringify(s.scenario);
      for (const path of [['days'], ['intervalMinutes'], ['channels', 0, 'aht', 'mean'], ['channels', 1, 'kind'], ['pools', 0, 'shrinkage'], ['forecast', 'kind'], ['strategies', 0, 'levers', 0, 'kind'], ['name']] as (string | number)[][]) {
        for (const value of ['x', -1, 0, 1e12, null, []]) {
          const doc = JSON.parse(text);
          let node = doc;
          for (const key of path.slice(0, -1)) node = node?.[key];
          if (node === undefined || node === null) continue;
          node[path.at(-1)!] = value;
          const parsed = parseScenario(doc);
          if (parsed.ok) continue;
          for (const p of parsed.problems) {
            expect(problemText(p), p.message).not.toMatch(english);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('puts numbers and units into French', () => {
    expect(frenchQuantity('1,000,000 contacts')).toBe('1\u202f000\u202f000 contacts');
    expect(frenchQuantity('200 characters')).toBe('200 caractères');
    expect(frenchQuantity('0.5')).toBe('0,5');
  });
});
