import {
  DEFAULT_CSV_OPTIONS,
  isDecimalMark,
  isSeparator,
  officeCsvUrl,
  officeReportPdfUrl,
  officeXlsxUrl,
  programmeCsvUrl,
  programmeXlsxUrl,
} from './report-urls';

const office = { programmeId: 'p 1', officeId: 'o&2', lang: 'pl' as const };
const query = (url: string) => Object.fromEntries(new URL(url, 'http://localhost').searchParams);
const path = (url: string) => new URL(url, 'http://localhost').pathname;

describe('the reports’ download addresses', () => {
  it('ask for the office’s PDF of one period and peer group in the chosen language, every value encoded', () => {
    const url = officeReportPdfUrl({ ...office, lang: 'en', periodId: '2024-Q1', peerGroupId: 'g=1' });
    expect(path(url)).toBe('/api/reports/office.pdf');
    expect(query(url)).toEqual({ programmeId: 'p 1', officeId: 'o&2', periodId: '2024-Q1', peerGroupId: 'g=1', lang: 'en' });
    expect(url).toContain('officeId=o%262');
  });

  it('ask for the office’s workbook without CSV options', () => {
    const url = officeXlsxUrl(office);
    expect(path(url)).toBe('/api/exports/office.xlsx');
    expect(query(url)).toEqual({ programmeId: 'p 1', officeId: 'o&2', lang: 'pl' });
  });

  it('ask for each of the office’s CSV files with the separator and decimal mark chosen', () => {
    const values = officeCsvUrl('values', office, DEFAULT_CSV_OPTIONS);
    expect(path(values)).toBe('/api/exports/office-values.csv');
    expect(query(values)).toEqual({ ...office, separator: 'semicolon', decimal: 'comma' });
    const comparison = officeCsvUrl('comparison', office, { separator: 'tab', decimal: 'point' });
    expect(path(comparison)).toBe('/api/exports/office-comparison.csv');
    expect(query(comparison)).toMatchObject({ separator: 'tab', decimal: 'point' });
  });

  it('ask for the programme’s values of one period, or of every period when none is chosen', () => {
    expect(query(programmeXlsxUrl({ programmeId: 'p', periodId: 'q', lang: 'en' }))).toEqual({
      programmeId: 'p',
      periodId: 'q',
      lang: 'en',
    });
    const everyPeriod = programmeCsvUrl({ programmeId: 'p', periodId: null, lang: 'pl' }, { separator: 'comma', decimal: 'point' });
    expect(path(everyPeriod)).toBe('/api/exports/programme.csv');
    expect(query(everyPeriod)).toEqual({ programmeId: 'p', lang: 'pl', separator: 'comma', decimal: 'point' });
  });

  it('know the options the API takes', () => {
    expect(['semicolon', 'comma', 'tab', 'colon'].map(isSeparator)).toEqual([true, true, true, false]);
    expect(['comma', 'point', 'dot'].map(isDecimalMark)).toEqual([true, true, false]);
  });
});
