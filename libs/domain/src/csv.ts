import { foldText } from './practice-search';

/**
 * CSV files the dashboard offers for download (a chart's or a table's data), built for Polish Excel,
 * which is what the programme's offices open them with:
 * - UTF-8 with a byte order mark: without it Excel reads the file as Windows-1250 and garbles "ą", "ł"…;
 * - semicolons between cells: in a Polish locale Excel's list separator is ";" (the comma is the decimal
 *   separator, "12,5"), so a comma-separated file would open as one column;
 * - CRLF between rows (RFC 4180), cells quoted only when they hold a quote, a separator or a line break.
 * A cell that a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage
 * return) gets an apostrophe in front, so that opening the file cannot run anything ("CSV injection");
 * a plain number ("-1,5", "+15", "-3 %") is left as it is, since it cannot be a formula.
 * The exports (docs/reports.md) write the same way, with the separator and decimal mark the user chose
 * (`CsvOptions`) and numbers at full precision (`plainDecimal`); the defaults stay Polish Excel's.
 */

export const CSV_SEPARATOR = ';';
export const CSV_BOM = '\uFEFF';

/** The separators an export offers (`separator=semicolon|comma|tab`): Polish Excel wants the semicolon. */
export const CSV_SEPARATORS = { semicolon: ';', comma: ',', tab: '\t' } as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[keyof typeof CSV_SEPARATORS];
/** The decimal marks an export offers (`decimal=comma|point`): Polish Excel wants the comma. */
export const DECIMAL_MARKS = { comma: ',', point: '.' } as const;
export type DecimalMark = (typeof DECIMAL_MARKS)[keyof typeof DECIMAL_MARKS];

/** How a file is written; the defaults (semicolon, decimal comma) are Polish Excel's. */
export interface CsvOptions {
  separator?: CsvSeparator;
  decimal?: DecimalMark;
}

/** A cell before it is written: text (neutralised, quoted when needed), a number (full precision), or nothing. */
export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
/** A number as the dashboard writes it: sign, digits grouped by (non-breaking) spaces, decimal comma or point, maybe "%". */
const PLAIN_NUMBER = /^[+-]?(\d{1,3}([ \u00a0\u202f]\d{3})+|\d+)([.,]\d+)?([ \u00a0\u202f]?%)?$/;

/**
 * The cell's text, with an apostrophe in front when a spreadsheet could read it as a formula: it starts
 * with =, +, -, @, a tab or a carriage return and is not a plain number. The rule for every text cell of
 * a CSV or XLSX file (an XLSX string is not a formula, but a workbook gets re-saved as CSV).
 */
export function neutraliseCsvCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * A finite number in plain decimal notation with the point: every significant digit JavaScript needs to
 * give the same double back (its shortest round-trip form), never an exponent ("1e-7" becomes
 * "0.0000001"), never a thousands separator.
 */
export function plainDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, whole, fraction = '', exponentText] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A number as an export writes it: `plainDecimal` with the chosen decimal mark (a comma by default). */
export function formatCsvNumber(value: number, decimal: DecimalMark = ','): string {
  const text = plainDecimal(value);
  return decimal === '.' ? text : text.replace('.', decimal);
}

/**
 * The cell as written in the file: a number at full precision with the decimal mark, a text neutralised;
 * then quoted (inner quotes doubled) when it holds a quote, the separator or a line break (so "1,5" is
 * quoted in a comma-separated file with a decimal comma).
 */
export function csvCell(value: CsvValue, options: CsvOptions = {}): string {
  const separator = options.separator ?? CSV_SEPARATOR;
  if (value === null || value === undefined) return '';
  const safe = typeof value === 'number' ? formatCsvNumber(value, options.decimal ?? ',') : neutraliseCsvCell(value);
  return safe.includes('"') || safe.includes(separator) || /[\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The whole file's text, byte order mark first: the header row, then each row (short rows are not
 * padded), rows ended by CRLF; semicolons and decimal commas unless `options` says otherwise.
 */
export function buildCsv(header: readonly CsvValue[], rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? CSV_SEPARATOR;
  const lines = [header, ...rows].map((row) => row.map((cell) => csvCell(cell, options)).join(separator));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * A file name from a title: folded as the practice search folds words (lower case, Polish letters in
 * ASCII), every other run of characters a hyphen, at most 80 characters; `fallback` when nothing is left.
 */
export function fileNameFrom(title: string, extension: string, fallback = 'dane'): string {
  const slug = foldText(title)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
  return `${slug || fallback}.${extension}`;
}
