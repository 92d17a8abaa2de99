import type { i18n as I18next } from 'i18next';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n as appI18n } from './i18n';
import { useI18n } from './useI18n';

/** The page's `lang` follows the interface language (screen readers, hyphenation). */
function DocumentLanguage() {
  const { language } = useI18n();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return null;
}

/** Gives the tree i18next (the dashboard's instance, or another one in specs). */
export function I18nProvider({ children, i18n = appI18n }: { children?: ReactNode; i18n?: I18next }) {
  return (
    <I18nextProvider i18n={i18n}>
      <DocumentLanguage />
      {children}
    </I18nextProvider>
  );
}
