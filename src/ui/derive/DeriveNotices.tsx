/**
 * What the page says about its derived figures: "updating" while an outdated answer is shown,
 * "computing" before the first, and a banner when a derive worker failed or passed its time limit
 * (src/ui/derive/client.ts ends and replaces it).
 */
import { PAGE_ANALYSIS_SECONDS } from '../../scenario/limits';
import { useTranslation } from '../i18n/useTranslation';
import { useAppState } from '../state/context';

export function Updating({ current }: { current: boolean }) {
  const { t } = useTranslation();
  if (current) return null;
  return <p className="updating" role="status" data-testid="updating">{t('derive.updating')}</p>;
}

export function Computing() {
  const { t } = useTranslation();
  return <p className="computing" role="status" data-testid="computing">{t('derive.computing')}</p>;
}

export function DeriveFailureBanner() {
  const { t } = useTranslation();
  const failure = useAppState((s) => s.deriveFailure);
  const dismiss = useAppState((s) => s.setDeriveFailure);
  if (failure === null) return null;
  const job = t(`derive.job_${failure.job}`);
  return (
    <div className="banner alert" role="alert" data-testid="derive-failure">
      <p>{failure.reason === 'timeout'
        ? t('derive.timeout', { job, seconds: PAGE_ANALYSIS_SECONDS.max })
        : t('derive.error', { job, message: failure.message })}</p>
      <button type="button" className="small" onClick={() => dismiss(null)}>{t('derive.dismiss')}</button>
    </div>
  );
}
