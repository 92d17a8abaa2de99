/**
 * A date of the programme calendar (stored at UTC, e.g. a deadline of 2011-07-20T23:59:59Z) as the day
 * it names, in the interface language.
 */
export function formatCalendarDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'pl' ? 'pl-PL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}

/** A moment (e.g. when a submission was saved), in the user's time zone: "12 lipca 2011 12:04". */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'pl' ? 'pl-PL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}
