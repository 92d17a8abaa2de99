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
 */

export const CSV_SEPARATOR = ';';
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
/** A number as the dashboard writes it: sign, digits grouped by (non-breaking) spaces, decimal comma or point, maybe "%". */
const PLAIN_NUMBER = /^[+-]?(\d{1,3}([ \u00a0\u202f]\d{3})+|\d+)([.,]\d+)?([ \u00a0\u202f]?%)?$/;

/** The cell's text, with an apostrophe in front when a spreadsheet could read it as a formula. */
export function neutraliseCsvCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** The cell as written in the file: neutralised, then quoted (inner quotes doubled) when it must be. */
export function csvCell(text: string): string {
  const safe = neutraliseCsvCell(text);
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole file's text, byte order mark first: the header row, then each row (short rows are not padded). */
export function buildCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR));
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
