import { FORMAT_MESSAGES, type DateStyle, type NumberStyle } from './formats';
import { i18n } from './i18n';
import { resolveLanguage } from './language';

type FormatKey = keyof typeof FORMAT_MESSAGES;

function format(key: FormatKey, value: number | Date, language: string): string {
  return i18n.t(key, { lng: resolveLanguage(language), value });
}

/** A number in the language's locale, in one of the registered ICU number styles. */
export function formatNumberIn(language: string, value: number, style: NumberStyle = 'decimal'): string {
  return format(`format.number.${style}`, value, language);
}

/** A date in the language's locale, in one of the registered ICU date styles. */
export function formatDateIn(language: string, value: Date, style: DateStyle): string {
  return format(`format.date.${style}`, value, language);
}

/** A time of day in the language's locale: "12:04". */
export function formatClockIn(language: string, value: Date): string {
  return format('format.time.clock', value, language);
}
