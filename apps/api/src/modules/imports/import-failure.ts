import type { SubmissionStatus } from '@officebench/domain';
import type { CellProblemCode, FileProblemCode } from './import-messages';

/** One problem of one cell (or row), before it is put into words. */
export interface CellProblem {
  /** The spreadsheet row number (the header is row 1 when it is the first row). */
  row: number;
  /** The column's canonical name: office, period, indicator, value, numerator, denominator or comment. */
  column: string;
  /** The cell's reference (e.g. E12) when the column is in the file. */
  cell?: string;
  code: CellProblemCode;
  params?: Record<string, string | number>;
}

export type FailureStatus = 400 | 403 | 404 | 409 | 413 | 415;

/** The whole request is refused: HTTP status, a code put into words in the caller's language, and optionally the cells at fault. */
export class ImportFailure extends Error {
  constructor(
    readonly status: FailureStatus,
    readonly code: FileProblemCode,
    readonly params: Record<string, string | number> = {},
    readonly cells: CellProblem[] = [],
    /** SUBMISSION_NOT_EDITABLE: the submissions that are handed in, each explained in the answer's language. */
    readonly handedIn: ReadonlyArray<{ office: string; period: string; status: SubmissionStatus }> = [],
  ) {
    super(`${code} ${JSON.stringify(params)}`);
  }
}

export const malformedZip = (reason: string) => new ImportFailure(400, 'ZIP_MALFORMED', { reason });
export const malformedXlsx = (reason: string) => new ImportFailure(400, 'XLSX_MALFORMED', { reason });

/** Excel's column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The 0-based column index of a cell reference's letters (B12 → 1), or -1. */
export function columnIndex(reference: string): number {
  let index = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    const upper = code >= 97 && code <= 122 ? code - 32 : code;
    if (upper < 65 || upper > 90) break;
    index = index * 26 + (upper - 64);
  }
  return i === 0 ? -1 : index - 1;
}
