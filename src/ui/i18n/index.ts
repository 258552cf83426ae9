/**
 * Languages: i18next holds the messages (src/ui/i18n/locales/), react-i18next re-renders the
 * components that use them. French when the browser prefers French (or the user chose it: kept
 * in localStorage), English otherwise; switching never touches the scenario or the results, which
 * live in the store. Numbers, money, dates and percentages follow the language through
 * `locale.ts` (format.ts, charts/money.ts, charts/time.ts).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { browserLanguage, LANGUAGES, setCurrentLanguage, type Language } from './locale';
import { en } from './locales/en';
import { fr } from './locales/fr';

const STORAGE_KEY = 'renfort.language';

function stored(): Language | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return (LANGUAGES as readonly string[]).includes(v ?? '') ? (v as Language) : null;
  } catch {
    return null;
  }
}

/** The language to open with: the user's choice, else the browser's. */
export function startLanguage(): Language {
  if (typeof navigator === 'undefined') return 'en';
  return stored() ?? browserLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

export const i18n = i18next.createInstance();

export function initI18n(lang: Language = startLanguage()): typeof i18n {
  setCurrentLanguage(lang);
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: lang,
    fallbackLng: false,
    // React escapes; the messages hold no markup.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  return i18n;
}

/** Switch language; the work on screen stays (it is in the store, not in the components). */
export function setLanguage(lang: Language): void {
  setCurrentLanguage(lang);
  try { localStorage.setItem(STORAGE_KEY, lang); } catch { /* the choice then lasts this session */ }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

/** A message outside React (chart inputs, progress words); components use `useTranslation`. */
export const t: typeof i18n.t = ((...args: Parameters<typeof i18n.t>) => i18n.t(...args)) as typeof i18n.t;

// Ready at import: the app's first render and the unit tests (English under Node) find it set up.
initI18n();
