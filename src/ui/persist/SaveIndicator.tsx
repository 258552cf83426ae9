/** The header's word on saving: saved (when), saving, or not saved — the banner below says why. */
import { useTranslation } from '../i18n/useTranslation';
import { usePersistence, usePersistState } from './context';
import { timeOfDay } from './dates';

export function SaveIndicator() {
  const persistence = usePersistence();
  const status = usePersistState((s) => s.status);
  const savedAt = usePersistState((s) => s.savedAt);
  const { t } = useTranslation();
  if (!persistence) return null;
  const text = {
    saved: savedAt ? t('app.savedAt', { time: timeOfDay(savedAt) }) : t('app.saved'),
    pending: t('app.saving'),
    saving: t('app.saving'),
    error: t('app.notSaved'),
    conflict: t('app.notSavedConflict'),
    unkept: t('app.notSavedLink'),
    off: t('app.notSaved'),
  }[status];
  return <span className={`save-indicator ${status}`} role="status" data-testid="save-status" data-status={status}>{text}</span>;
}
