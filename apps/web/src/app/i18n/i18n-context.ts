import type { Translate } from './i18n';
import type { Language } from './language';

/** What components get from `useI18n()`: the language, the switch and i18next's `t` for that language. */
export interface I18nContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
  /** The text for `key` in the current language, its ICU message filled from `params`. */
  t: Translate;
}
