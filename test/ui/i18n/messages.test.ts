import { describe, expect, it } from 'vitest';
import type { LeverKind } from '../../../src/simulation/levers';
import { fieldLabel, groupLabel, LEVER_FORMS, leverTitle, optionLabel } from '../../../src/ui/compare/leverFields';
import { i18n, setLanguage } from '../../../src/ui/i18n';
import { en } from '../../../src/ui/i18n/locales/en';
import { fr } from '../../../src/ui/i18n/locales/fr';

/** Every leaf of a message tree as `path → text`. */
function leaves(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}
const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  const english = leaves(en);
  const french = leaves(fr);

  it('French and English have exactly the same keys, none empty', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of [...english, ...french]) expect(text.trim(), key).not.toBe('');
  });

  it('each message names the same values in both languages', () => {
    for (const [key, text] of english) expect(variables(french.get(key) ?? ''), key).toEqual(variables(text));
  });

  it('French messages are French: none is left as its English text, except names that are the same in both', () => {
    const same = [...english].filter(([key, text]) => french.get(key) === text).map(([key]) => key);
    expect(same.sort()).toEqual([
      'app.languageNames.en', 'app.languageNames.fr', 'calc.contacts', 'calc.erlangs', 'calc.intervalMinutes_unit', 'comparison.verdict', 'editor.abandons', 'editor.kind_chat', 'forecast.factor', 'forecast.kind_chat', 'forecast.total',
      'guide.region', 'report.kind_chat', 'simulate.erlang', 'simulate.verdict', 'staffing.dayOk',
    ].sort());
  });

  it('every lever form field, option and group has its words in both languages', () => {
    try {
      for (const lang of ['en', 'fr'] as const) {
        setLanguage(lang);
        for (const [kind, form] of Object.entries(LEVER_FORMS) as [LeverKind, (typeof LEVER_FORMS)[LeverKind]][]) {
          const texts = [leverTitle(kind)];
          for (const f of [...form.fields, ...form.groups.flatMap((g) => g.fields)]) {
            texts.push(fieldLabel(kind, f.path));
            if (f.input.type === 'select') for (const o of f.input.options) texts.push(optionLabel(kind, f.path, o.value));
          }
          for (const g of form.groups) texts.push(groupLabel(kind, g.path));
          // A missing message comes back as its key.
          for (const text of texts) expect(text, `${lang} ${kind}`).not.toMatch(/^levers\./);
        }
      }
    } finally {
      setLanguage('en');
    }
    expect(i18n.language).toBe('en');
  });
});
