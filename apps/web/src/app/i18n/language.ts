import { messagesEn } from './messages.en';
import { messagesPl, type Messages } from './messages.pl';

export const LANGUAGES = ['pl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'pl';
export const LANGUAGE_STORAGE_KEY = 'officebench.language';

export const MESSAGES: Record<Language, Messages> = { pl: messagesPl, en: messagesEn };

/** The stored choice when it is a language we have, otherwise Polish. */
export function resolveLanguage(stored: string | null | undefined): Language {
  return LANGUAGES.find((language) => language === stored) ?? DEFAULT_LANGUAGE;
}

export function otherLanguage(language: Language): Language {
  return language === 'pl' ? 'en' : 'pl';
}
