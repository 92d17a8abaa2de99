import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, type Translate } from './i18n';
import type { I18nContextValue } from './i18n-context';
import { resolveLanguage } from './language';

/** react-i18next's `useTranslation`, as the components use it: re-renders when the language changes. */
export function useI18n(): I18nContextValue {
  const { t: translate, i18n } = useTranslation();
  const language = resolveLanguage(i18n.resolvedLanguage ?? i18n.language);
  return useMemo(() => {
    const t: Translate = (key, params) => translate(key, { ...params });
    return { language, setLanguage: (next) => changeLanguage(i18n, next), t };
  }, [translate, i18n, language]);
}
