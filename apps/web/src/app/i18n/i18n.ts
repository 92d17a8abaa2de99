import i18next, { type i18n as I18next } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { FORMAT_MESSAGES, ICU_FORMATS } from './formats';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, LANGUAGES, localeOf, resolveLanguage, type Language } from './language';
import { NAMESPACE, RESOURCES, type MessageKey } from './resources';

export type MessageParams = Readonly<Record<string, string | number>>;
/** The text for `key` in a language, its ICU message filled from `params`. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * An i18next instance with every message bundled and ICU MessageFormat (i18next-icu): initialised
 * synchronously, so the first render already has its texts (no loading, no Suspense).
 */
export function createI18n(language: Language = DEFAULT_LANGUAGE): I18next {
  const instance = i18next.createInstance();
  void instance
    .use(new ICU({ formats: ICU_FORMATS, parseLngForICU: localeOf }))
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      resources: withFormats(RESOURCES),
      ns: [NAMESPACE],
      defaultNS: NAMESPACE,
      initAsync: false,
      // Keys are flat ("comparison.title"), never "namespace:key".
      keySeparator: false,
      nsSeparator: false,
      returnNull: false,
      interpolation: { escapeValue: false }, // React escapes
      react: { useSuspense: false },
    });
  return instance;
}

function withFormats(resources: typeof RESOURCES) {
  return Object.fromEntries(
    Object.entries(resources).map(([language, bundle]) => [language, { [NAMESPACE]: { ...bundle[NAMESPACE], ...FORMAT_MESSAGES } }]),
  );
}

function readStoredLanguage(): Language {
  try {
    return resolveLanguage(localStorage.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    return DEFAULT_LANGUAGE; // no storage (tests) or storage blocked by the browser
  }
}

/** The dashboard's instance, in the language chosen last time on this browser (Polish otherwise). */
export const i18n = createI18n(readStoredLanguage());

/** Switches the interface language and remembers the choice on this browser. */
export function changeLanguage(instance: I18next, next: Language): void {
  void instance.changeLanguage(next);
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
  } catch {
    // storage blocked: the choice lasts until the page is reloaded
  }
}

/** The messages of one language, outside React (format helpers, specs): i18next's lookup and ICU formatting. */
export function translator(language: Language, instance: I18next = i18n): Translate {
  const t = instance.getFixedT(language);
  return (key, params) => t(key, { ...params });
}
