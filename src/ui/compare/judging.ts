/**
 * How targets are judged, said once for every place that shows per-interval figures: an interval
 * below the target line does not by itself fail a strategy. The words are the message
 * `comparison.judged`, in the app's language.
 */
import { t } from '../i18n';

export const judgedPerDay = (): string => t('comparison.judged');
