export const LANGUAGES = ['pl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'pl';
export const LANGUAGE_STORAGE_KEY = 'officebench.language';

/**
 * The locale of each interface language, the one place it is written: ICU messages (plural rules, numbers,
 * dates) and the format helpers all take it from here.
 */
export const LOCALES: Readonly<Record<Language, string>> = { pl: 'pl-PL', en: 'en-GB' };

/** The stored choice when it is a language we have, otherwise Polish. */
export function resolveLanguage(stored: string | null | undefined): Language {
  return LANGUAGES.find((language) => language === stored) ?? DEFAULT_LANGUAGE;
}

/** The locale for a language code (an unknown one is read as Polish). */
export function localeOf(language: string | null | undefined): string {
  return LOCALES[resolveLanguage(language)];
}

export function otherLanguage(language: Language): Language {
  return language === 'pl' ? 'en' : 'pl';
}
