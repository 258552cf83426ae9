/** How verdicts are reached, said where verdicts are shown (the judge's own words, compare/kpis.ts, in the app's language). */
import { useTranslation } from '../i18n/useTranslation';

export function JudgingRule() {
  const { t } = useTranslation();
  return <p className="hint" data-testid="judging-rule">{t('comparison.rule')}</p>;
}
