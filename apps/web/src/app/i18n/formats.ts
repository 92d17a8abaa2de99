import type { IcuFormats } from 'i18next-icu';

/**
 * The named number, date and time styles of the ICU messages (`{value, date, calendarDate}`), registered
 * once with i18next-icu. The format helpers (app/format-date.ts, the number helpers) write through them.
 */
export const ICU_FORMATS = {
  number: {
    /** A value for reading: grouped, at most two decimals ("1 234,57"). */
    decimal: { maximumFractionDigits: 2 },
    /** A whole number ("87"). */
    integer: { maximumFractionDigits: 0 },
  },
  date: {
    /** A date of the programme calendar, stored at UTC, as the day it names: "20 lipca 2011". */
    calendarDate: { dateStyle: 'long', timeZone: 'UTC' },
    /** A moment as its day in the user's time zone: "12 lipca 2024". */
    day: { dateStyle: 'long' },
    /** A moment in the user's time zone: "12 lipca 2011 12:04". */
    dateTime: { dateStyle: 'long', timeStyle: 'short' },
  },
  time: {
    /** "12:04" */
    clock: { hour: '2-digit', minute: '2-digit' },
  },
} as const satisfies IcuFormats;

export type NumberStyle = keyof typeof ICU_FORMATS.number;
export type DateStyle = keyof typeof ICU_FORMATS.date;

/** Messages that only format a value, the same in every language (their locale comes from the language). */
export const FORMAT_MESSAGES = {
  'format.number.decimal': '{value, number, decimal}',
  'format.number.integer': '{value, number, integer}',
  'format.date.calendarDate': '{value, date, calendarDate}',
  'format.date.day': '{value, date, day}',
  'format.date.dateTime': '{value, date, dateTime}',
  'format.time.clock': '{value, time, clock}',
} as const;
