/**
 * The components' access to messages: react-i18next's hook bound to the app's instance, imported
 * from here so that any entry (the app, a component test) has the messages set up first.
 */
import { useTranslation as useI18next } from 'react-i18next';
import { i18n } from '.';

export function useTranslation() {
  return useI18next(undefined, { i18n });
}
