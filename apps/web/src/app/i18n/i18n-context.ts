import { createContext } from 'react';
import type { Language } from './language';
import type { MessageKey } from './messages.pl';

export interface I18nContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey) => string;
}

export const I18nContext = createContext<I18nContextValue | null>(null);
