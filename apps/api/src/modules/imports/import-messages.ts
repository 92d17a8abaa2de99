import type { Language } from '@officebench/domain';
import { message } from '../../common/messages';

type Params = Record<string, string | number>;

/** Why a whole file is refused (the answer is an HTTP error with `{ message }`). */
export type FileProblemCode =
  | 'NO_FILE'
  | 'FILE_TOO_LARGE'
  | 'TOO_MANY_ROWS'
  | 'EMPTY_FILE'
  | 'UNSUPPORTED_FORMAT'
  | 'OLD_XLS_OR_ENCRYPTED'
  | 'ENCRYPTED'
  | 'MACROS'
  | 'XLSB'
  | 'NOT_UTF8'
  | 'UTF16'
  | 'CSV_MALFORMED'
  | 'ZIP_MALFORMED'
  | 'XLSX_MALFORMED'
  | 'PART_TOO_LARGE'
  | 'ZIP_BOMB'
  | 'SIZE_MISMATCH'
  | 'FORMULAS'
  | 'FORMULA_INJECTION'
  | 'NO_HEADER'
  | 'UNKNOWN_COLUMNS'
  | 'DUPLICATE_COLUMN'
  | 'MISSING_INDICATOR_COLUMN'
  | 'MISSING_VALUE_COLUMNS'
  | 'OFFICE_COLUMN_NEEDED'
  | 'PERIOD_COLUMN_NEEDED'
  | 'PROGRAMME_UNKNOWN'
  | 'BAD_PARAMETER'
  | 'BAD_IDEMPOTENCY_KEY'
  | 'IDEMPOTENCY_CONFLICT'
  | 'PERIOD_NOT_FOUND'
  | 'PROGRAMME_NOT_FOUND'
  | 'NOT_A_COORDINATOR'
  | 'MAY_NOT_SEE_PROGRAMME';

/** What is wrong with one cell or row (listed in `errors` with its row and column). */
export type CellProblemCode =
  | 'NOT_A_NUMBER'
  | 'EXCEL_ERROR'
  | 'CELL_TOO_LONG'
  | 'FORMULA'
  | 'FORMULA_INJECTION'
  | 'INDICATOR_MISSING'
  | 'OFFICE_MISSING'
  | 'OFFICE_UNKNOWN'
  | 'OFFICE_AMBIGUOUS'
  | 'PERIOD_MISSING'
  | 'PERIOD_UNKNOWN'
  | 'PERIOD_MISMATCH'
  | 'DUPLICATE_ROW'
  | 'ROW_PROGRAMME';

const MB = (bytes: string | number) => Math.round(Number(bytes) / (1024 * 1024));

/**
 * Parameters as the sentences print them: numbers as they are written (no thousands separators), and
 * byte sizes also in MB (`maxMb`, `sizeMb`).
 */
function asWritten(params: Params): Record<string, string> {
  const written: Record<string, string> = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)]));
  if (params.max !== undefined) written.maxMb = String(MB(params.max));
  if (params.size !== undefined) written.sizeMb = String(MB(params.size));
  return written;
}

/** The sentences live in the API's catalogue (common/messages.ts) under `import.file.<code>`. */
export function describeFileProblem(code: FileProblemCode, params: Params, language: Language): string {
  return message(`import.file.${code}`, language, asWritten(params));
}

/** The sentences live in the API's catalogue (common/messages.ts) under `import.cell.<code>`. */
export function describeCellProblem(code: CellProblemCode, params: Params, language: Language): string {
  return message(`import.cell.${code}`, language, asWritten(params));
}
