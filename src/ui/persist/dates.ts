/** Dates of saved scenarios as the list shows them, in the app's language and the planner's time zone. */
import { intlLocale } from '../i18n/locale';

export function timeOfDay(iso: string): string {
  return new Date(iso).toLocaleTimeString(intlLocale(), { hour: '2-digit', minute: '2-digit' });
}

export function dateTime(iso: string): string {
  return new Date(iso).toLocaleString(intlLocale(), { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}
