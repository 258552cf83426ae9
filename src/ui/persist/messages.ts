/** What the planner reads when storage refuses: the reason, and what to do about it. */
import type { StorageError } from './db';
import { t } from '../i18n';

export function storageMessage(error: StorageError): string {
  switch (error.reason) {
    case 'full':
      return t('persist.full');
    case 'unavailable':
      return t('persist.unavailable');
    default:
      return t('persist.refused', { message: error.message });
  }
}
