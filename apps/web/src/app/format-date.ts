import { formatDateIn } from './i18n/format-value';

/**
 * A date of the programme calendar (stored at UTC, e.g. a deadline of 2011-07-20T23:59:59Z) as the day
 * it names, in the interface language.
 */
export function formatCalendarDate(iso: string, language: string): string {
  return formatDateIn(language, new Date(iso), 'calendarDate');
}

/** A moment (e.g. when a submission was saved), in the user's time zone: "12 lipca 2011 12:04". */
export function formatDateTime(iso: string, language: string): string {
  return formatDateIn(language, new Date(iso), 'dateTime');
}
