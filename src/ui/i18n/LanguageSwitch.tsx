/** The language switch in the header: the work on screen stays (it lives in the store). */
import { useTranslation } from './useTranslation';
import { setLanguage } from '.';
import { LANGUAGES, type Language } from './locale';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((lang) => (
        // Short on screen (EN, FR) for a header that must fit a projector; the full name for a reader.
        <button type="button" key={lang} lang={lang} aria-pressed={i18n.language === lang} aria-label={t(`app.languageNames.${lang}`)} title={t(`app.languageNames.${lang}`)} onClick={() => setLanguage(lang as Language)}>
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
