import { formatClockIn, formatDateIn, formatNumberIn } from './format-value';
import { localeOf, LOCALES } from './language';

describe('the locale of each language', () => {
  it('is written once: Polish is pl-PL, English is British', () => {
    expect(LOCALES).toEqual({ pl: 'pl-PL', en: 'en-GB' });
    expect(localeOf('en')).toBe('en-GB');
    expect(localeOf('de')).toBe('pl-PL');
  });
});

describe('ICU formats through i18next', () => {
  it('write numbers grouped with at most two decimals, or whole', () => {
    expect(formatNumberIn('pl', 12345.678)).toBe('12\u00a0345,68');
    expect(formatNumberIn('en', 12345.678)).toBe('12,345.68');
    expect(formatNumberIn('pl', 87.5, 'integer')).toBe('88');
  });

  it('write a calendar date as the UTC day it names, in British order in English', () => {
    expect(formatDateIn('pl', new Date('2011-07-20T23:59:59Z'), 'calendarDate')).toBe('20 lipca 2011');
    expect(formatDateIn('en', new Date('2011-07-20T23:59:59Z'), 'calendarDate')).toBe('20 July 2011');
  });

  it('write a moment as its day and as a time of day', () => {
    const moment = new Date(2024, 6, 12, 9, 4);
    expect(formatDateIn('pl', moment, 'day')).toBe('12 lipca 2024');
    expect(formatClockIn('pl', moment)).toBe('09:04');
    expect(formatClockIn('en', moment)).toBe('09:04');
  });
});
