export type { MessageParams } from './format-message';
export { I18nProvider } from './I18nProvider';
export { otherLanguage } from './language';
export type { MessageKey } from './messages.pl';
export { useI18n } from './useI18n';
export { useT } from './useT';
