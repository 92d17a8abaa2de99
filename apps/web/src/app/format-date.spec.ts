import { formatCalendarDate, formatDateTime } from './format-date';

describe('formatCalendarDate', () => {
  it('names the calendar day of a UTC date in the interface language', () => {
    expect(formatCalendarDate('2011-07-20T23:59:59Z', 'pl')).toBe('20 lipca 2011');
    expect(formatCalendarDate('2011-07-20T23:59:59Z', 'en')).toBe('20 July 2011');
  });
});

describe('formatDateTime', () => {
  it('gives the day and the time', () => {
    const text = formatDateTime('2011-07-12T10:04:00Z', 'pl');
    expect(text).toMatch(/lipca 2011/);
    expect(text).toMatch(/\d{2}:\d{2}/);
  });
});
