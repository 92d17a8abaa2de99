export { createI18n, i18nReady, translator, type MessageParams, type Translate } from './i18n';
export { I18nProvider } from './I18nProvider';
export { LOCALES, localeOf, otherLanguage, type Language } from './language';
export type { MessageKey } from './resources';
export { useI18n } from './useI18n';
export { useT } from './useT';
