import i18next, { type i18n as I18next } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { NAMESPACE } from './catalogue';
import { FORMAT_MESSAGES, ICU_FORMATS } from './formats';
import { catalogueAtHand, loadCatalogue } from './catalogues-at-hand';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, LANGUAGES, localeOf, resolveLanguage, type Language } from './language';
import type { MessageKey, Messages } from './resources';

export type MessageParams = Readonly<Record<string, string | number>>;
/** The text for `key` in a language, its ICU message filled from `params`. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const bundleOf = (messages: Messages) => ({ ...messages, ...FORMAT_MESSAGES });

/**
 * An i18next instance with ICU MessageFormat (i18next-icu) and every catalogue at hand
 * (catalogues-at-hand.ts: Polish, and English once loaded): initialised synchronously, so the first render
 * already has its texts (no Suspense). In a language whose catalogue is not at hand yet it speaks Polish
 * until `switchLanguage` has loaded it.
 */
export function createI18n(language: Language = DEFAULT_LANGUAGE): I18next {
  const instance = i18next.createInstance();
  void instance
    .use(new ICU({ formats: ICU_FORMATS, parseLngForICU: localeOf }))
    .use(initReactI18next)
    .init({
      lng: catalogueAtHand(language) ? language : DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      resources: Object.fromEntries(
        LANGUAGES.flatMap((code) => {
          const messages = catalogueAtHand(code);
          return messages ? [[code, { [NAMESPACE]: bundleOf(messages) }]] : [];
        }),
      ),
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

/** Switches `instance` to `language`, loading its catalogue first when it is not at hand (English, once). */
export async function switchLanguage(instance: I18next, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, NAMESPACE))
    instance.addResourceBundle(language, NAMESPACE, bundleOf(await loadCatalogue(language)));
  if (instance.language !== language) await instance.changeLanguage(language);
}

function readStoredLanguage(): Language {
  try {
    return resolveLanguage(localStorage.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    return DEFAULT_LANGUAGE; // no storage (tests) or storage blocked by the browser
  }
}

const storedLanguage = readStoredLanguage();

/** The dashboard's instance, in the language chosen last time on this browser (Polish otherwise). */
export const i18n = createI18n(storedLanguage);

/**
 * Resolves once the dashboard's instance speaks the stored language (at once for Polish; after loading
 * the English catalogue for English); main.tsx renders then. On a failed load the dashboard stays Polish.
 */
export const i18nReady: Promise<void> = switchLanguage(i18n, storedLanguage).catch(() => undefined);

/** Switches the interface language (loading its catalogue if needed) and remembers the choice on this browser. */
export function changeLanguage(instance: I18next, next: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
  } catch {
    // storage blocked: the choice lasts until the page is reloaded
  }
  void switchLanguage(instance, next).catch(() => undefined); // offline: the language stays as it was
}

/** The messages of one language, outside React (format helpers, specs): i18next's lookup and ICU formatting. */
export function translator(language: Language, instance: I18next = i18n): Translate {
  const t = instance.getFixedT(language);
  return (key, params) => t(key, { ...params });
}
