import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatMessage, type MessageParams } from './format-message';
import { I18nContext } from './i18n-context';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, MESSAGES, resolveLanguage, type Language } from './language';
import type { MessageKey } from './messages.pl';

function readStoredLanguage(): Language {
  try {
    return resolveLanguage(localStorage.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    return DEFAULT_LANGUAGE; // storage blocked by the browser
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState(readStoredLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // storage blocked: the choice lasts until the page is reloaded
    }
  }, []);

  const value = useMemo(() => {
    const messages = MESSAGES[language];
    return { language, setLanguage, t: (key: MessageKey, params?: MessageParams) => formatMessage(messages[key], params) };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
