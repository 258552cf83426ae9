/**
 * The app's language, as the format functions need it: no React and no i18next here, so
 * `format.ts`, `money.ts` and the chart models read it synchronously (Node tests: English).
 * `i18n/index.ts` is the one place that sets it.
 */
export type Language = 'en' | 'fr';

export const LANGUAGES: readonly Language[] = ['en', 'fr'];

let current: Language = 'en';

export function language(): Language {
  return current;
}

/** The `Intl` locale of the language: British English (day before month), French of France. */
export function intlLocale(lang: Language = current): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}

export function setCurrentLanguage(lang: Language): void {
  current = lang;
}

/** French when the browser prefers French, else English. */
export function browserLanguage(languages: readonly string[]): Language {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'fr') return 'fr';
    if (base === 'en') return 'en';
  }
  return 'en';
}
