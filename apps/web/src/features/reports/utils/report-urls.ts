import type { Language } from '../../../app/i18n';

/** The column separators a CSV export offers (the API's `separator`): Polish Excel expects semicolons. */
export const SEPARATORS = ['semicolon', 'comma', 'tab'] as const;
export type Separator = (typeof SEPARATORS)[number];

/** The decimal marks a CSV export offers (the API's `decimal`): Polish Excel reads "3,5". */
export const DECIMAL_MARKS = ['comma', 'point'] as const;
export type DecimalMark = (typeof DECIMAL_MARKS)[number];

export interface CsvOptions {
  separator: Separator;
  decimal: DecimalMark;
}

/** What Polish Excel opens as columns and numbers without an import wizard. */
export const DEFAULT_CSV_OPTIONS: CsvOptions = { separator: 'semicolon', decimal: 'comma' };

export const isSeparator = (value: unknown): value is Separator => SEPARATORS.some((separator) => separator === value);
export const isDecimalMark = (value: unknown): value is DecimalMark => DECIMAL_MARKS.some((mark) => mark === value);

/** An API address with its query: empty choices (e.g. no period: every period) are left out. */
function apiUrl(path: string, params: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  return `/api/${path}?${query.toString()}`;
}

export interface OfficeChoice {
  programmeId: string;
  officeId: string;
  lang: Language;
}

/** The office's report of one period against one peer group (PDF). */
export function officeReportPdfUrl({ periodId, peerGroupId, ...office }: OfficeChoice & { periodId: string; peerGroupId: string }): string {
  return apiUrl('reports/office.pdf', { ...office, periodId, peerGroupId });
}

/** The office's own values over time and the released peer statistics it may see, as one workbook. */
export function officeXlsxUrl(office: OfficeChoice): string {
  return apiUrl('exports/office.xlsx', { ...office });
}

/** The office's own values (`values`) or its released comparison cells (`comparison`) as CSV. */
export function officeCsvUrl(file: 'values' | 'comparison', office: OfficeChoice, { separator, decimal }: CsvOptions): string {
  return apiUrl(`exports/office-${file}.csv`, { ...office, separator, decimal });
}

export interface ProgrammeChoice {
  programmeId: string;
  /** One period, or null for every period. */
  periodId: string | null;
  lang: Language;
}

/** The programme's identified values (the lead's export) as a workbook. */
export function programmeXlsxUrl(programme: ProgrammeChoice): string {
  return apiUrl('exports/programme.xlsx', { ...programme });
}

/** The programme's identified values as CSV. */
export function programmeCsvUrl(programme: ProgrammeChoice, { separator, decimal }: CsvOptions): string {
  return apiUrl('exports/programme.csv', { ...programme, separator, decimal });
}
