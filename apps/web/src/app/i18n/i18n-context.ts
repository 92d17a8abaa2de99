import { createContext } from 'react';
import type { MessageParams } from './format-message';
import type { Language } from './language';
import type { MessageKey } from './messages.pl';

export interface I18nContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
  /** The text for `key` in the current language, with `{name}` placeholders filled from `params`. */
  t: (key: MessageKey, params?: MessageParams) => string;
}

export const I18nContext = createContext<I18nContextValue | null>(null);
